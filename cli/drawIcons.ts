// npm run icons: draw the installed app's PNG icons from public/icon.svg in headless Chromium.
// The PNGs are committed, so a build needs no browser; run this after changing the SVG.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { REPO_ROOT } from '../tests/e2e/support/server.ts';

const PUBLIC = join(REPO_ROOT, 'public');
// The sizes a web app manifest needs for install prompts and splash screens.
const SIZES = [192, 512];

const svg = readFileSync(join(PUBLIC, 'icon.svg'));
const browser = await launchBrowser();
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<body style="margin:0"><img width="${size}" height="${size}" src="data:image/svg+xml;base64,${svg.toString('base64')}"></body>`);
    const file = join(PUBLIC, `icon-${size}.png`);
    await page.screenshot({ path: file });
    await page.close();
    console.log(`wrote ${file}`);
  }
} finally {
  await browser.close();
}
