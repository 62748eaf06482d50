/**
 * First use of the national commune list in a real browser (`npm run bench:commune`, after
 * `npm run build`): the demo page, a resident types a commune the catalogue does not know ("Vif",
 * Isère) in "Où ?" and presses "Chercher autour"; timed from the click to the count naming Vif.
 * That covers the download of communes-france.json (from the page's own server), its decoding,
 * the matcher and the index rebuild. Baseline in the same run: the same steps for a commune of
 * the catalogue ("Cahors") once the list is loaded. Each run uses a fresh browser context (empty
 * cache); with BENCH_THROTTLE=1 the network is throttled like a slow 4G phone (1.6 Mbit/s down,
 * 150 ms latency). Prints medians of BENCH_RUNS runs (default 5).
 */
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import puppeteer from 'puppeteer-core';

const PORT = 8765;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const THROTTLE = process.env.BENCH_THROTTLE === '1';
const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function countNames(page, name) {
  await page.waitForFunction(
    (n) => document.querySelector('service-locator')?.shadowRoot?.querySelector('.count')?.textContent?.includes(`de ${n}`),
    { timeout: 60000 },
    name,
  );
}

async function submit(page, text) {
  await page.evaluate((t) => {
    const root = document.querySelector('service-locator').shadowRoot;
    const input = root.querySelector('#commune');
    input.value = t;
    input.dispatchEvent(new Event('input'));
  }, text);
  // The resident's input starts the list's download; the click is what they wait on.
  const t0 = await page.evaluate(() => performance.now());
  await page.evaluate(() => document.querySelector('service-locator').shadowRoot.querySelector('.location button[type="submit"]').click());
  await countNames(page, text);
  return (await page.evaluate(() => performance.now())) - t0;
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless=new', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  await sleep(500);
  const first = [];
  const known = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    if (THROTTLE) {
      const cdp = await page.createCDPSession();
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 90_000 });
    }
    await page.goto(`http://localhost:${PORT}/`, { waitUntil: 'load' });
    await page.waitForFunction(() => /lieu/.test(document.querySelector('service-locator')?.shadowRoot?.querySelector('.count')?.textContent ?? ''), { timeout: 60000 });
    first.push(await submit(page, 'Vif'));
    known.push(await submit(page, 'Cahors'));
    await context.close();
  }
  console.log(`Commune look-up in "Où ?" — demo page, ${RUNS} runs, ${THROTTLE ? 'slow 4G (1.6 Mbit/s, 150 ms)' : 'local server, no throttling'}`);
  console.log('| step | median ms | runs ms |');
  console.log('|---|---:|---|');
  console.log(`| first use: "Vif" (download + decode + index) | ${median(first).toFixed(0)} | ${first.map((x) => x.toFixed(0)).join(', ')} |`);
  console.log(`| then: "Cahors" (list loaded; baseline) | ${median(known).toFixed(0)} | ${known.map((x) => x.toFixed(0)).join(', ')} |`);
  console.log(`ratio first use / baseline: ${(median(first) / median(known)).toFixed(1)}×`);
} finally {
  await browser.close();
  server.kill();
}
