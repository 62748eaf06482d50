// Screenshots of the widget as a resident sees it, for the README and docs/: the iframe page
// (demo/embed.html on the built dist/) searching "caf" around Lherm, at 360 px (a phone, list)
// and 1280 px (a desktop, list and map). Run after `npm run build`:
//
//   node scripts/screenshots.mjs [label]      → docs/screenshots/<label>-360.png, <label>-1280.png
//
// The label defaults to "current"; "before"/"after" pairs document a change of look. A fixed
// instant (a Thursday, 10:00 in Paris) keeps the open status the same from one run to the next.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

const root = resolve(new URL('..', import.meta.url).pathname);
const label = process.argv[2] || 'current';
const out = resolve(root, 'docs/screenshots');
mkdirSync(out, { recursive: true });
const port = 8300 + Math.floor(Math.random() * 500);
const server = spawn(process.execPath, ['scripts/serve.mjs'], { cwd: root, env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((ok) => server.stdout.once('data', ok));

const SHOTS = [
  { width: 360, height: 1100, view: 'list' },
  { width: 1280, height: 900, view: 'both' },
];
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless=new', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--hide-scrollbars'],
});
try {
  for (const s of SHOTS) {
    const page = await browser.newPage();
    await page.setViewport({ width: s.width, height: s.height, deviceScaleFactor: 1 });
    // A fixed instant, set before the widget reads the clock.
    await page.evaluateOnNewDocument(() => {
      const fixed = new Date('2026-12-03T10:00:00+01:00').getTime();
      const RealDate = Date;
      const start = RealDate.now();
      globalThis.Date = class extends RealDate {
        constructor(...a) {
          super(...(a.length ? a : [fixed + (RealDate.now() - start)]));
        }
        static now() {
          return fixed + (RealDate.now() - start);
        }
      };
    });
    await page.goto(`http://localhost:${port}/embed.html?query=caf&near=Lherm&view=${s.view}&map-style=offline`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => {
      const el = document.querySelector('service-locator');
      return !!el?.shadowRoot?.querySelector('service-locator-list')?.shadowRoot?.querySelector('li.place');
    }, { timeout: 20000 });
    if (s.view !== 'list') {
      await page
        .waitForFunction(() => {
          const map = document.querySelector('service-locator')?.shadowRoot?.querySelector('service-locator-map');
          return !!map?.shadowRoot?.querySelector('.visible li');
        }, { timeout: 20000 })
        .catch(() => undefined);
    }
    await new Promise((r) => setTimeout(r, 1500));
    const file = resolve(out, `${label}-${s.width}.png`);
    await page.screenshot({ path: file });
    console.log(`screenshot: ${file.slice(root.length + 1)}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
