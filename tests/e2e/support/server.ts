// Build the browser app with Vite's own API and serve it with Vite's preview server, in this
// process, on a free port of 127.0.0.1. No child process is started: when this process ends, the
// server ends with it (a backgrounded `npx vite preview` would outlive npm's process).
//
// Used by tests/e2e/support/globalSetup.ts (once per test run) and by cli/perf.ts.
import { existsSync, rmSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview, type Manifest } from 'vite';

/** The repository: the root of the app (index.html) and home of vite.config.ts. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * The folder whose index.html is built. The repository unless KUROSHIO_APP_ROOT names another
 * (for trying the harness on a stand-in page; KUROSHIO_VITE_CONFIG likewise replaces the config).
 */
export function appRoot(): string {
  return resolve(process.env.KUROSHIO_APP_ROOT ?? REPO_ROOT);
}

export interface BuiltApp {
  /** A fresh temporary folder holding the build; removed by `removeBuild` (or the app's close). */
  outDir: string;
  /** Vite's build manifest (build.manifest: true), keyed by source path relative to the root. */
  manifest: Manifest;
  buildMs: number;
}

export interface RunningApp {
  /** Where the app is served, e.g. http://127.0.0.1:41234/ (always ends with a slash). */
  url: string;
  /** Stop the server and delete the build. Safe to call more than once. */
  close(): Promise<void>;
  outDir: string;
  manifest: Manifest;
  buildMs: number;
}

/** The Vite config: the repository's vite.config.ts unless KUROSHIO_VITE_CONFIG names another. */
export function viteConfigFile(): string {
  return resolve(process.env.KUROSHIO_VITE_CONFIG ?? join(REPO_ROOT, 'vite.config.ts'));
}

/** Build the app (production mode, the repository's vite.config.ts) into a temporary folder. */
export async function buildApp(root = appRoot()): Promise<BuiltApp> {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`No index.html in ${root}: there is no browser app to build yet.`);
  }
  const outDir = await mkdtemp(join(tmpdir(), 'kuroshio-app-'));
  // Should the process end without removeBuild (Ctrl-C, a crash), delete the build on the way out.
  const removeOnExit = () => rmSync(outDir, { recursive: true, force: true });
  process.once('exit', removeOnExit);
  exitHandlers.set(outDir, removeOnExit);
  const t0 = performance.now();
  // Vite takes "production" from NODE_ENV, not from `mode`; Vitest sets NODE_ENV=test, which would
  // build a development bundle (import.meta.env.PROD false, libraries' dev code kept).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: viteConfigFile(),
      root,
      mode: 'production',
      logLevel: 'warn',
      clearScreen: false,
      build: { outDir, emptyOutDir: true, manifest: true },
    });
  } catch (err) {
    await removeBuild(outDir);
    throw err;
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  const buildMs = performance.now() - t0;
  const manifest = JSON.parse(await readFile(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  return { outDir, manifest, buildMs };
}

/** Serve a build with Vite's preview server (the config's preview options, e.g. CSP headers, apply). */
export async function serveBuild(outDir: string, root = appRoot()): Promise<{ url: string; close(): Promise<void> }> {
  const server = await preview({
    configFile: viteConfigFile(),
    root,
    mode: 'production',
    logLevel: 'warn',
    clearScreen: false,
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address || typeof address === 'string') {
    await server.close();
    throw new Error('The preview server is not listening on a TCP port.');
  }
  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => (closing ??= server.close()),
  };
}

const exitHandlers = new Map<string, () => void>();

export async function removeBuild(outDir: string): Promise<void> {
  const handler = exitHandlers.get(outDir);
  if (handler) process.off('exit', handler);
  exitHandlers.delete(outDir);
  await rm(outDir, { recursive: true, force: true });
}

/** Build the app once and serve it. `close()` stops the server and deletes the build. */
export async function startApp(root = appRoot()): Promise<RunningApp> {
  const built = await buildApp(root);
  let served: { url: string; close(): Promise<void> };
  try {
    served = await serveBuild(built.outDir, root);
  } catch (err) {
    await removeBuild(built.outDir);
    throw err;
  }
  let closing: Promise<void> | undefined;
  return {
    ...built,
    url: served.url,
    close: () =>
      (closing ??= (async () => {
        try {
          await served.close();
        } finally {
          await removeBuild(built.outDir);
        }
      })()),
  };
}
