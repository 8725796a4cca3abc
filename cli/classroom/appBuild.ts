import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The repository: the app's root (index.html) and home of vite.config.ts. */
export const REPO_ROOT = new URL('../../', import.meta.url).pathname;
export const DIST = join(REPO_ROOT, 'dist');

/** What the built app is made from: a change to any of these makes dist/ stale. */
const SOURCES = ['index.html', 'vite.config.ts', 'package-lock.json', 'public', 'ui', 'engine', 'scenarios'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), s.mtimeMs);
}

/** Whether dist/ is missing or older than the source it is built from. */
export function appIsStale(dist = DIST): boolean {
  const built = join(dist, 'index.html');
  if (!existsSync(built)) return true;
  return SOURCES.some((s) => newest(join(REPO_ROOT, s)) > statSync(built).mtimeMs);
}

/** Build the app into dist/ with Vite's own API, as `npm run build` does; returns the seconds it took. */
export async function buildApp(dist = DIST): Promise<number> {
  const t0 = performance.now();
  const { build } = await import('vite');
  // Vite takes "production" from NODE_ENV, not from `mode`.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(REPO_ROOT, 'vite.config.ts'), root: REPO_ROOT, mode: 'production', logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return (performance.now() - t0) / 1000;
}
