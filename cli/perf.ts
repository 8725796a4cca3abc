// npm run perf [-- --path /?scenario=blockade --runs 3 --duration 3000 --json]
//
// Builds the browser app, serves it, and measures in headless Chromium:
//   (a) navigation → map drawn: `window.__kuroshio.mapDrawnAt`, a performance.now() timestamp the
//       app sets when the map's first frame is drawn (performance.now() counts from navigation start);
//   (b) initial JavaScript, gzipped: the entry chunk and its static imports (build manifest), and,
//       as a cross-check, the JS bytes the page actually fetched before it asked for the map module;
//   (c) pan and zoom frame times: mouse drags and wheel zooms over the map for ~3 s while the page
//       records requestAnimationFrame timestamps (paced at 60 Hz: 16.7 ms is a frame on time).
// Prints figures against the targets; it asserts nothing and exits 0 whatever they are (1 only when
// there is nothing to measure: no app, a failed build, no browser).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import type { Manifest } from 'vite';
import { launchBrowser, saveScreenshot, watchPage } from '../tests/e2e/support/browser.ts';
import { appRoot, buildApp, removeBuild, serveBuild } from '../tests/e2e/support/server.ts';

const TARGET_MAP_MS = 1500;
const TARGET_INITIAL_JS_BYTES = 400_000; // 400 kB, kB = 1000 bytes
const TARGET_MEDIAN_FRAME_MS = 16;
const VSYNC_MS = 1000 / 60;
// Frame intervals are whole 60 Hz periods, so a frame on time measures 16.7 ms, never < 16 ms:
// the frame target counts as met when the median frame makes its vsync (allowing for jitter).
const FRAME_MET_BELOW_MS = VSYNC_MS + 1;

const { values: opts } = parseArgs({
  options: {
    path: { type: 'string', default: '/?scenario=blockade' },
    runs: { type: 'string', default: '3' },
    duration: { type: 'string', default: '3000' },
    timeout: { type: 'string', default: '20000' },
    viewport: { type: 'string', default: '1280x800' },
    'map-module': { type: 'string', default: 'ui/map/' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opts.help) {
  console.log(`npm run perf -- [options]
  --path P        page to open, relative to the served app (default /?scenario=blockade)
  --runs N        cold page loads for the map-drawn figure; the median is reported (default 3)
  --duration MS   length of the pan/zoom recording (default 3000)
  --timeout MS    how long to wait for window.__kuroshio.mapDrawnAt (default 20000)
  --viewport WxH  browser viewport (default 1280x800)
  --map-module S  source path prefix of the lazily loaded map module (default ui/map/)
  --json          print the figures as one JSON object instead of a table`);
  process.exit(0);
}
const runs = Math.max(1, Number(opts.runs) || 1);
const durationMs = Math.max(500, Number(opts.duration) || 3000);
const hookTimeoutMs = Math.max(1000, Number(opts.timeout) || 20000);
const [vw, vh] = opts.viewport.split('x').map(Number);
const viewport = { width: vw || 1280, height: vh || 800 };

// In-page code is passed as strings: tsx compiles this file with esbuild's keepNames, whose
// `__name` helper does not exist in the page. Frames are recorded from requestAnimationFrame timestamps.
// Each recording has its own run number, so a loop left from an earlier one stops instead of
// adding its frames to the next.
const START_RECORDING = `(() => {
  const run = (window.__perfRun ?? 0) + 1;
  window.__perfRun = run;
  window.__perfFrames = [];
  const tick = (t) => {
    if (window.__perfRun !== run) return;
    window.__perfFrames.push(t);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;
const STOP_RECORDING = 'window.__perfRun += 1, window.__perfFrames';

type Figure = { value: number; detail?: string } | { notMeasurable: string };
const figures: { mapDrawn?: Figure; initialJs?: Figure; frameMedian?: Figure; frameP95?: Figure } = {};
const notes: string[] = [];
const info: Record<string, unknown> = {};

interface KuroshioWindow {
  __kuroshio?: { mapDrawnAt?: number; renderer?: string };
}

// ---------------------------------------------------------------------------------------------
// Build and serve

let outDir: string | undefined;
let server: { url: string; close(): Promise<void> } | undefined;
let browser: Browser | undefined;
let cleaning: Promise<void> | undefined;
const cleanUp = () =>
  (cleaning ??= (async () => {
    await browser?.close().catch(() => {});
    await server?.close().catch(() => {});
    if (outDir) await removeBuild(outDir);
  })());
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    interrupted = true;
    void cleanUp().finally(() => process.exit(130));
  });
}

try {
  let manifest: Manifest;
  try {
    const built = await buildApp();
    outDir = built.outDir;
    manifest = built.manifest;
    info.buildSeconds = round(built.buildMs / 1000, 1);
  } catch (err) {
    console.error(`not measurable: the app did not build (${appRoot()}): ${(err as Error).message}`);
    process.exitCode = 1;
    throw err;
  }
  server = await serveBuild(outDir);
  const pageUrl = new URL(opts.path, server.url).href;
  info.page = opts.path;

  const initial = initialChunks(manifest);
  const mapFiles = mapModuleFiles(manifest, initial.files, opts['map-module']);
  figures.initialJs = initial.entry
    ? { value: sumGzip(outDir, initial.files), detail: `${initial.files.length} file(s): ${initial.files.join(', ')}` }
    : { notMeasurable: 'the build manifest has no entry chunk (does index.html load a module script?)' };
  info.initialCssGzipBytes = sumGzip(outDir, initial.css);
  if (mapFiles.size === 0) notes.push(`no lazily loaded chunk from ${opts['map-module']} in the build: the map module is not split out (or not there yet)`);

  const t0 = performance.now();
  browser = await launchBrowser();
  info.browserLaunchSeconds = round((performance.now() - t0) / 1000, 2);
  info.browser = `Chromium ${browser.version()}`;

  // (a) navigation → map drawn, over `runs` cold loads (a fresh context has an empty cache).
  const loads: LoadResult[] = [];
  for (let i = 0; i < runs; i++) {
    loads.push(await measureLoad(browser, pageUrl, mapFiles, i === 0));
    if (loads[i]!.mapDrawnAt === undefined) break; // no point waiting for a hook that is not there again
  }
  const drawn = loads.map((l) => l.mapDrawnAt).filter((t): t is number => t !== undefined);
  if (drawn.length === loads.length) {
    const sorted = [...drawn].sort((a, b) => a - b);
    figures.mapDrawn = {
      value: quantile(sorted, 0.5),
      detail: runs > 1 ? `median of ${runs} cold loads: ${sorted.map((t) => Math.round(t)).join(', ')} ms` : 'one cold load',
    };
  } else {
    figures.mapDrawn = { notMeasurable: loads.find((l) => l.problem)?.problem ?? 'the map was not drawn' };
  }
  const first = loads[0]!;
  info.timings = first.timings;
  info.renderer = first.renderer;
  if (first.jsBeforeMap) info.jsFetchedBeforeMapModule = first.jsBeforeMap;
  for (const l of loads) for (const p of l.problems) if (!notes.includes(p)) notes.push(p);

  // (c) pan and zoom. The browser's frames are paced by a 60 Hz display clock, so the intervals are
  // whole vsync periods (16.7, 33.3, 50 ms ...): what a person would see on this machine. (With the
  // frame-rate cap turned off, rAF callbacks run far faster than frames are drawn on SwiftShader,
  // so uncapped intervals understate the cost of a frame: measured, 0.5 ms against 67 ms.)
  const frames = await measurePanZoom(browser, pageUrl, drawn.length > 0);
  if ('notMeasurable' in frames) {
    figures.frameMedian = figures.frameP95 = frames;
  } else {
    const detail = `${frames.count} frames in ${frames.seconds.toFixed(1)} s (${(frames.count / frames.seconds).toFixed(0)} frames/s), ${frames.late} of them (${Math.round((100 * frames.late) / frames.count)}%) longer than one 60 Hz frame; max ${frames.max.toFixed(1)} ms; ${frames.drags} drags, ${frames.wheels} wheel steps; at rest (no input, 1 s) the median frame is ${frames.idleMedian.toFixed(1)} ms`;
    figures.frameMedian = { value: frames.median, detail };
    figures.frameP95 = { value: frames.p95 };
    if (!frames.moved) notes.push('the map looked the same after a wheel zoom: the input may not have reached it');
  }
} catch (err) {
  if (!process.exitCode && !interrupted) {
    console.error(`perf failed: ${(err as Error).stack ?? err}`);
    process.exitCode = 1;
  }
} finally {
  await cleanUp();
}
if (!process.exitCode && !interrupted) report();

// ---------------------------------------------------------------------------------------------
// Measurements

interface LoadResult {
  mapDrawnAt?: number;
  renderer?: string;
  problem?: string;
  problems: string[];
  timings?: Record<string, number | null>;
  jsBeforeMap?: { bytesTransferred: number; files: number };
}

async function measureLoad(b: Browser, url: string, mapFiles: Set<string>, keepScreenshot: boolean): Promise<LoadResult> {
  const context = await b.newContext({ viewport });
  const page = await context.newPage();
  const watch = await watchPage(page);
  // JS requests in the order the page made them, until the first request for the map module.
  const js: { path: string; response: Promise<number> }[] = [];
  let mapRequested = false;
  page.on('request', (req) => {
    const path = new URL(req.url()).pathname.replace(/^\//, '');
    if (mapFiles.has(path)) mapRequested = true;
    if (mapRequested || !/\.m?js$/.test(path)) return;
    js.push({
      path,
      response: req.response().then(async (res) => (res ? (await req.sizes()).responseBodySize : 0)).catch(() => 0),
    });
  });
  const result: LoadResult = { problems: [] };
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const handle = await page
      .waitForFunction(() => (window as KuroshioWindow).__kuroshio?.mapDrawnAt, undefined, { timeout: hookTimeoutMs })
      .catch(() => undefined);
    if (handle) result.mapDrawnAt = (await handle.jsonValue()) as number;
    else {
      const hooks = await page.evaluate(() => (window as KuroshioWindow).__kuroshio !== undefined).catch(() => false);
      result.problem = hooks
        ? `window.__kuroshio.mapDrawnAt was not set within ${hookTimeoutMs / 1000} s (is the map shown at ${opts.path}?)`
        : `the page has no window.__kuroshio hook (waited ${hookTimeoutMs / 1000} s)`;
    }
    await page.waitForLoadState('load').catch(() => {});
    result.renderer = await page.evaluate(() => (window as KuroshioWindow).__kuroshio?.renderer).catch(() => undefined);
    result.timings = (await page.evaluate(`(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const times = {
        responseStart: nav?.responseStart,
        domContentLoaded: nav?.domContentLoadedEventEnd,
        load: nav?.loadEventEnd,
        firstContentfulPaint: fcp?.startTime,
      };
      for (const k in times) times[k] = times[k] > 0 ? Math.round(times[k]) : null;
      return times;
    })()`)) as Record<string, number | null>;
    if (mapFiles.size > 0 && mapRequested) {
      const sizes = await Promise.all(js.map((j) => j.response));
      result.jsBeforeMap = { bytesTransferred: sizes.reduce((a, b) => a + b, 0), files: js.length };
    }
    if (keepScreenshot) notes.push(`screenshot of the page when measured: ${await saveScreenshot(page, 'perf-load')}`);
  } catch (err) {
    result.problem = `the page did not load: ${(err as Error).message.split('\n')[0]}`;
  }
  result.problems.push(...watch.all().map((p) => `on the page: ${p.split('\n')[0]}`));
  await context.close();
  return result;
}

type FrameResult =
  | { notMeasurable: string }
  | { median: number; p95: number; max: number; late: number; count: number; seconds: number; drags: number; wheels: number; moved: boolean; idleMedian: number };

async function measurePanZoom(b: Browser, url: string, mapWasDrawn: boolean): Promise<FrameResult> {
  const context = await b.newContext({ viewport });
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    if (mapWasDrawn) {
      const ok = await page
        .waitForFunction(() => (window as KuroshioWindow).__kuroshio?.mapDrawnAt, undefined, { timeout: hookTimeoutMs })
        .then(() => true, () => false);
      if (!ok) return { notMeasurable: 'the map was not drawn in the pan/zoom run' };
    } else {
      // No hook: measure over the largest canvas if there is one, once the page has settled.
      await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
    }
    const box = await largestCanvas(page);
    if (!box) return { notMeasurable: mapWasDrawn ? 'no <canvas> on the page' : 'the map was not drawn (no hook) and there is no <canvas> on the page' };
    if (!mapWasDrawn) notes.push('pan/zoom measured over the largest canvas without the map-drawn hook');

    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const reach = Math.min(box.width, box.height) / 4;
    await page.mouse.move(cx, cy);

    // Does the input reach the map? Compare the canvas before and after one wheel step.
    const clip = { x: box.x, y: box.y, width: box.width, height: box.height };
    const before = await page.screenshot({ clip });
    await page.mouse.wheel(0, -240);
    await page.waitForTimeout(300);
    const after = await page.screenshot({ clip });
    await page.mouse.wheel(0, 240);
    await page.waitForTimeout(300);
    const moved = !before.equals(after);

    // The same map without input, for comparison: the cost of drawing it at rest.
    await page.evaluate(START_RECORDING);
    await page.waitForTimeout(1000);
    const idle = intervals((await page.evaluate(STOP_RECORDING)) as number[]);

    await page.evaluate(START_RECORDING);
    // From the whole theatre: zoom in a few steps, drag away, zoom back out, drag back; repeat.
    // Every input waits for the page to take it, so the clock is checked before each one.
    const end = performance.now() + durationMs;
    let drags = 0;
    let wheels = 0;
    for (let turn = 0; performance.now() < end; turn++) {
      const angle = (turn * Math.PI) / 3;
      const away = { x: cx + Math.cos(angle) * reach, y: cy + Math.sin(angle) * reach };
      for (const [zoom, from, to] of [[-120, { x: cx, y: cy }, away], [120, away, { x: cx, y: cy }]] as const) {
        for (let i = 0; i < 3 && performance.now() < end; i++, wheels++) await page.mouse.wheel(0, zoom);
        if (performance.now() >= end) break;
        await page.mouse.move(from.x, from.y);
        await page.mouse.down();
        for (let i = 1; i <= 12 && performance.now() < end; i++) {
          await page.mouse.move(from.x + ((to.x - from.x) * i) / 12, from.y + ((to.y - from.y) * i) / 12);
        }
        await page.mouse.up();
        drags++;
      }
    }
    const stamps = (await page.evaluate(STOP_RECORDING)) as number[];
    const deltas = intervals(stamps);
    if (deltas.length < 3) return { notMeasurable: `only ${stamps.length} animation frames in ${durationMs} ms` };
    return {
      median: quantile(deltas, 0.5),
      p95: quantile(deltas, 0.95),
      max: deltas[deltas.length - 1]!,
      late: deltas.filter((d) => d > VSYNC_MS * 1.5).length,
      count: deltas.length,
      seconds: (stamps[stamps.length - 1]! - stamps[0]!) / 1000,
      drags,
      wheels,
      moved,
      idleMedian: idle.length ? quantile(idle, 0.5) : NaN,
    };
  } catch (err) {
    return { notMeasurable: `pan/zoom failed: ${(err as Error).message.split('\n')[0]}` };
  } finally {
    await context.close();
  }
}

/** Frame intervals, sorted. */
function intervals(stamps: number[]): number[] {
  return stamps.slice(1).map((t, i) => t - stamps[i]!).sort((a, b) => a - b);
}

async function largestCanvas(page: Page): Promise<{ x: number; y: number; width: number; height: number } | null> {
  let best: { x: number; y: number; width: number; height: number } | null = null;
  for (const canvas of await page.locator('canvas').all()) {
    const box = await canvas.boundingBox();
    if (box && box.width * box.height > (best ? best.width * best.height : 0)) best = box;
  }
  return best && best.width >= 50 && best.height >= 50 ? best : null;
}

// ---------------------------------------------------------------------------------------------
// The build manifest

/** The HTML entry's chunk and everything it imports statically: the JS a first visit must load. */
function initialChunks(manifest: Manifest): { entry: string | undefined; files: string[]; css: string[] } {
  const entries = Object.entries(manifest).filter(([, c]) => c.isEntry && /\.m?js$/.test(c.file));
  const entry = (entries.find(([key]) => key === 'index.html') ?? entries.find(([key]) => key.endsWith('.html')) ?? entries[0])?.[0];
  const seen = new Set<string>();
  const css = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const c of manifest[key].css ?? []) css.add(c);
    for (const k of manifest[key].imports ?? []) visit(k);
  };
  if (entry) visit(entry);
  return { entry, files: [...seen].map((k) => manifest[k]!.file), css: [...css] };
}

/** Files of the lazily loaded map module: its dynamic entry chunk(s) and their static imports not in the initial set. */
function mapModuleFiles(manifest: Manifest, initialFiles: string[], prefix: string): Set<string> {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file) || initialFiles.includes(chunk.file)) return;
    files.add(chunk.file);
    for (const k of chunk.imports ?? []) visit(k);
  };
  for (const [key, chunk] of Object.entries(manifest)) {
    if (chunk.isDynamicEntry && (chunk.src ?? key).startsWith(prefix)) visit(key);
  }
  return files;
}

function sumGzip(dir: string, files: string[]): number {
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f))).length, 0);
}

// ---------------------------------------------------------------------------------------------
// Output

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (i - lo);
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

function report(): void {
  if (opts.json) {
    console.log(JSON.stringify({ figures, info, notes }, null, 2));
    return;
  }
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  const ms = (t: number) => `${t.toFixed(t < 100 ? 1 : 0)} ms`;
  const rows: [string, Figure | undefined, (v: number) => string, string, ((v: number) => boolean) | undefined][] = [
    ['navigation → map drawn', figures.mapDrawn, ms, `< ${TARGET_MAP_MS} ms`, (v) => v < TARGET_MAP_MS],
    ['initial JS, gzipped', figures.initialJs, kB, `< ${TARGET_INITIAL_JS_BYTES / 1000} kB`, (v) => v < TARGET_INITIAL_JS_BYTES],
    ['pan/zoom frame, median', figures.frameMedian, ms, `< ${TARGET_MEDIAN_FRAME_MS} ms (60 Hz)`, (v) => v < FRAME_MET_BELOW_MS],
    ['pan/zoom frame, p95', figures.frameP95, ms, '', undefined],
  ];
  const table = rows.map(([name, fig, fmt, target, ok]) => {
    if (!fig) return [name, 'not measured', target, '—'];
    if ('notMeasurable' in fig) return [name, `not measurable: ${fig.notMeasurable}`, target, '—'];
    return [name, fmt(fig.value), target, ok ? (ok(fig.value) ? 'yes' : 'NO') : ''];
  });
  const header = ['figure', 'value', 'target', 'met'];
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => (i === 1 && r[1]!.startsWith('not measurable') ? 0 : r[i]!.length))));
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd();

  console.log(`Kuroshio browser performance: ${info.page} on ${info.browser ?? 'Chromium'}, ${viewport.width}×${viewport.height}` +
    `${info.renderer ? `, renderer ${info.renderer}` : ''}`);
  console.log(`build ${info.buildSeconds} s, browser launch ${info.browserLaunchSeconds} s\n`);
  console.log(line(header));
  for (const r of table) {
    if (r[1]!.startsWith('not measurable')) console.log(`${r[0]!.padEnd(widths[0]!)}  ${r[1]}`);
    else console.log(line(r));
  }
  console.log('');
  for (const [name, fig] of rows.map(([n, f]) => [n, f] as const)) {
    if (fig && 'detail' in fig && fig.detail) console.log(`${name}: ${fig.detail}`);
  }
  const t = info.timings as Record<string, number | null> | undefined;
  if (t) {
    const f = (v: number | null | undefined) => (v == null ? '—' : `${v} ms`);
    console.log(`navigation timings (first load, from navigation start): first byte ${f(t.responseStart)}, ` +
      `DOMContentLoaded ${f(t.domContentLoaded)}, load ${f(t.load)}, first contentful paint ${f(t.firstContentfulPaint)}`);
  }
  const before = info.jsFetchedBeforeMapModule as { bytesTransferred: number; files: number } | undefined;
  if (before) console.log(`JS fetched before the map module was requested: ${kB(before.bytesTransferred)} over the wire (gzip) in ${before.files} file(s)`);
  console.log(`initial CSS, gzipped: ${kB(info.initialCssGzipBytes as number)}`);
  console.log(`frame times: requestAnimationFrame intervals at the browser's 60 Hz pacing, so a frame on time is ${VSYNC_MS.toFixed(1)} ms; ` +
    `the median target counts as met below ${FRAME_MET_BELOW_MS.toFixed(1)} ms. WebGL here is SwiftShader (software, on the CPU).`);
  for (const n of notes) console.log(`note: ${n}`);
}
