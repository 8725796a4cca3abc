import { build } from 'esbuild';
import { mkdirSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { threadId } from 'node:worker_threads';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Built files live here, out of git; a fresh clone builds them on first use. */
const OUT = join(ROOT, 'out', 'workers');
const SELF = relative(ROOT, fileURLToPath(import.meta.url));

const built = new Map<string, Promise<URL>>();

/**
 * A worker's TypeScript entry (relative to the repository) as one prebuilt JavaScript file, built with
 * esbuild when it is missing or older than any file it was built from (this one included). A worker
 * started from it loads in milliseconds; one that compiled TypeScript as it started took about 0.5 s.
 */
export function workerBundle(entry: string): Promise<URL> {
  let url = built.get(entry);
  if (!url) built.set(entry, (url = fresh(entry)));
  return url;
}

async function fresh(entry: string): Promise<URL> {
  const name = entry.replace(/^.*\//, '').replace(/\.ts$/, '');
  const file = join(OUT, `${name}.mjs`);
  const inputsFile = join(OUT, `${name}.inputs.json`);
  if (!isStale(file, inputsFile)) return pathToFileURL(file);
  const started = new Date();
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = [SELF, ...Object.keys(result.metafile.inputs)];
  mkdirSync(OUT, { recursive: true });
  // Written under a temporary name and renamed, so a process starting workers meanwhile never reads half a file.
  const tag = `${process.pid}-${threadId}`;
  const temporary = `${file}.${tag}.tmp`;
  writeFileSync(temporary, result.outputFiles[0]!.contents);
  // Dated from the build's start, so a source saved during the build leaves the bundle stale.
  utimesSync(temporary, started, started);
  renameSync(temporary, file);
  writeFileSync(`${inputsFile}.${tag}.tmp`, JSON.stringify(inputs));
  renameSync(`${inputsFile}.${tag}.tmp`, inputsFile);
  return pathToFileURL(file);
}

function isStale(file: string, inputsFile: string): boolean {
  try {
    const builtAt = statSync(file).mtimeMs;
    const inputs = JSON.parse(readFileSync(inputsFile, 'utf8')) as string[];
    return inputs.some((input) => statSync(join(ROOT, input)).mtimeMs > builtAt);
  } catch {
    return true; // missing, unreadable, or an input gone
  }
}
