// Browser tests in real headless Chromium (the system binary: Puppeteer's own download
// does not work on our machines): CHROME_PATH overrides /usr/bin/chromium.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { testServerMiddleware } from './test/helpers/server-middleware.mjs';
import { workerSourceMiddleware } from './test/helpers/worker-source-middleware.mjs';
import { printPdfPlugin } from './test/helpers/print-pdf-plugin.mjs';
import { forcedColorsPlugin } from './test/helpers/media-plugin.mjs';
import { axTreePlugin } from './test/helpers/ax-tree-plugin.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const baseArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

const launcher = (extraArgs = []) =>
  chromeLauncher({ launchOptions: { executablePath, args: [...baseArgs, ...extraArgs] } });

/**
 * Prints one plain line, "browser: N passed, N failed, N skipped (Name)", that .ci/run adds up,
 * then one line per reason tests were skipped for (test/browser/helpers/skip.ts puts the reason
 * in the skipped test's or suite's title).
 */
export function countingReporter(name = 'Chromium') {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const reasons = new Map();
  const reasonOf = (title) => /\[skipped in \w+: (.*)\]$/.exec(title ?? '')?.[1];
  return {
    onTestRunFinished({ sessions }) {
      passed = 0;
      failed = 0;
      skipped = 0;
      reasons.clear();
      const walk = (suite, inherited) => {
        const suiteReason = reasonOf(suite?.name) ?? inherited;
        for (const t of suite?.tests ?? []) {
          if (t.skipped) {
            skipped++;
            const reason = reasonOf(t.name) ?? suiteReason ?? 'it.skip without a reason';
            reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
          } else if (t.passed) passed++;
          else failed++;
        }
        for (const s of suite?.suites ?? []) walk(s, suiteReason);
      };
      for (const s of sessions) {
        walk(s.testResults);
        if (!s.passed && (s.errors?.length ?? 0) > 0) failed++;
      }
    },
    // Printed at stop, after the dynamic progress display is done with the terminal.
    stop() {
      const why = [...reasons].map(([reason, n]) => `  ${n} skipped: ${reason}\n`).join('');
      process.stdout.write(`\nbrowser: ${passed} passed, ${failed} failed, ${skipped} skipped (${name})\n${why}`);
    },
  };
}

/** csv-parse's Node build needs Node's Buffer: the browser gets its browser build (the editor reads spreadsheets). */
const csvParseBrowser = {
  name: 'csv-parse-browser',
  resolveImport({ source }) {
    if (source === 'csv-parse/sync') return '/node_modules/csv-parse/dist/esm/sync.js';
    return undefined;
  },
};

const files = process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : ['test/browser/**/*.test.ts'];

export default {
  files: [...files, '!test/browser/**/*.nowebgl.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  reporters: [defaultReporter(), countingReporter()],
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 20000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: './tsconfig.json' }), printPdfPlugin(), forcedColorsPlugin(), axTreePlugin(), csvParseBrowser],
  middleware: [testServerMiddleware, workerSourceMiddleware],
  browsers: [launcher()],
  groups: [
    {
      // The no-WebGL fallback needs a browser started without WebGL at all.
      name: 'no-webgl',
      files: 'test/browser/**/*.nowebgl.test.ts',
      browsers: [launcher(['--use-gl=disabled', '--disable-gpu', '--disable-software-rasterizer'])],
    },
  ],
};
