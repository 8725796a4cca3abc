// Debian's Chromium driven by playwright-core (which never downloads a browser), plus helpers
// for screenshots and for collecting what went wrong on a page.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * WebGL 2 on SwiftShader (software). Do not add --enable-unsafe-webgpu (pixi then picks WebGPU and
 * draws a blank canvas) or --disable-software-rasterizer (no WebGL: pixi silently falls back to
 * canvas). playwright-core adds --headless, --no-sandbox and a fresh profile itself.
 */
export const CHROMIUM_ARGS: readonly string[] = ['--disable-quic', '--enable-unsafe-swiftshader', '--use-angle=swiftshader'];

const INSTALL_COMMAND = 'sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-noto-cjk';

export interface LaunchOptions {
  /** Flags added after CHROMIUM_ARGS, for an experiment. */
  extraArgs?: readonly string[];
}

/** Launch headless Chromium from /usr/bin/chromium. Throws if it is not installed. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      process.env.CI
        ? `Chromium is missing at ${CHROMIUM_PATH}: in CI this is a failure, not a skip. .ci/run installs it ` +
            `(apt-get install -y chromium fonts-noto-cjk) before the tests; look at that step's output.`
        : `Browser tests need Debian's Chromium at ${CHROMIUM_PATH}, which is not installed. Install it with:\n  ${INSTALL_COMMAND}`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, ...(options.extraArgs ?? [])],
  });
}

/** tests/e2e/screenshots/ (gitignored): PNGs to look at, to see what the page showed a person. */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../screenshots/', import.meta.url));

/** Save a full-page screenshot as tests/e2e/screenshots/<name>.png and return its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export interface CspViolation {
  effectiveDirective: string;
  blockedURI: string;
  sourceFile: string;
  lineNumber: number;
  /** 'enforce', or 'report' for a Content-Security-Policy-Report-Only policy. */
  disposition: string;
  sample: string;
}

export interface PageProblems {
  /** console.error messages (Chromium also logs failed loads and CSP refusals here). */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections. */
  pageErrors: string[];
  /** 'securitypolicyviolation' events, from every frame and every navigation of the page. */
  cspViolations: CspViolation[];
  /** Everything above, one line each, for `expect(watch.all()).toEqual([])`. */
  all(): string[];
}

const watched = new WeakMap<Page, PageProblems>();

/**
 * Start collecting a page's console errors, uncaught errors and CSP violations. Call it before the
 * first `page.goto` so that nothing that happens while the page loads is missed. Calling it again
 * for the same page returns the same collector.
 */
export async function watchPage(page: Page): Promise<PageProblems> {
  const existing = watched.get(page);
  if (existing) return existing;
  const problems: PageProblems = {
    consoleErrors: [],
    pageErrors: [],
    cspViolations: [],
    all: () => [
      ...problems.consoleErrors.map((m) => `console error: ${m}`),
      ...problems.pageErrors.map((m) => `page error: ${m}`),
      ...problems.cspViolations.map(
        (v) => `CSP violation (${v.disposition}): ${v.effectiveDirective} blocked ${v.blockedURI || '(inline)'}` +
          (v.sourceFile ? ` at ${v.sourceFile}:${v.lineNumber}` : '') + (v.sample ? ` [${v.sample}]` : ''),
      ),
    ],
  };
  watched.set(page, problems);

  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const { url, lineNumber } = msg.location();
    problems.consoleErrors.push(url ? `${msg.text()} (${url}:${lineNumber})` : msg.text());
  });
  page.on('pageerror', (err) => problems.pageErrors.push(err.stack ?? String(err)));

  // A binding (CDP Runtime.addBinding) and an init script are not subject to the page's CSP.
  await page.exposeBinding('__kuroshioReportCspViolation', (_source, v: CspViolation) => {
    problems.cspViolations.push(v);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { __kuroshioReportCspViolation?(v: unknown): Promise<void> };
      void w.__kuroshioReportCspViolation?.({
        effectiveDirective: e.effectiveDirective,
        blockedURI: e.blockedURI,
        sourceFile: e.sourceFile,
        lineNumber: e.lineNumber,
        disposition: e.disposition,
        sample: e.sample,
      });
    }, true);
  });
  return problems;
}

/**
 * Wait until the page has drawn its map (pixi.js and the theatre's land are chunks loaded lazily). Drawn in
 * software (SwiftShader), that took over 20 s in one CI run on a loaded machine: the limit is for a map that never
 * comes, not for load.
 */
export async function mapDrawn(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__kuroshio?.mapDrawnAt !== undefined, null, { timeout: 90_000 });
}
