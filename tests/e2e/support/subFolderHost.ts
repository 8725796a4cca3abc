// A plain static host that serves a folder under a sub-folder of its address, as a school's web server
// would: files only, with their types; no fallback to index.html, no headers of the app's own.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
};

export interface SubFolderHost {
  /** The sub-folder's address, e.g. http://127.0.0.1:41234/schools/kuroshio/ */
  url: string;
  /** Every request the host answered, as `STATUS PATH`. */
  served: string[];
  close(): Promise<void>;
}

/** Serve `dir` at `folder` (e.g. '/schools/kuroshio/') on a free port of 127.0.0.1. */
export async function serveUnder(dir: string, folder: string): Promise<SubFolderHost> {
  const served: string[] = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    const inside = path.startsWith(folder) ? normalize(path.slice(folder.length)) : '..';
    const reply = (status: number, type = 'text/plain', body: Buffer | string = '') => {
      served.push(`${status} ${path}`);
      res.writeHead(status, { 'content-type': type }).end(body);
    };
    if (inside.startsWith('..')) return reply(404);
    const file = join(dir, inside === '.' || inside.endsWith('/') ? join(inside, 'index.html') : inside);
    readFile(file).then((body) => reply(200, TYPES[extname(file)] ?? 'application/octet-stream', body), () => reply(404));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}${folder}`,
    served,
    close: () =>
      (closing ??= new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })),
  };
}
