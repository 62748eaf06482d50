// The browser suite again, in Firefox: Debian's firefox-esr (the system binary, FIREFOX_PATH
// overrides it), driven by puppeteer-core over WebDriver BiDi through @web/test-runner-chrome's
// launcher (the same thing @web/test-runner-puppeteer does with `browser: 'firefox'`; Playwright's
// own Firefox build cannot be downloaded here). Same files, plugins and server as the Chromium
// run (web-test-runner.config.mjs); what headless Firefox cannot do here is skipped in the tests
// themselves with the reason (test/browser/helpers/skip.ts), and the reasons are listed at the end.
import { existsSync } from 'node:fs';
import * as puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import chromium, { countingReporter } from './web-test-runner.config.mjs';

const executablePath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
if (!existsSync(executablePath))
  throw new Error(
    `Firefox not found at ${executablePath}.\n` +
      'Install it (Debian): sudo apt-get update && sudo apt-get install -y firefox-esr\n' +
      'or point FIREFOX_PATH at a Firefox binary.',
  );

// Keep the browser off the network: no updates, telemetry, safe-browsing lists or captive-portal
// probes (puppeteer already turns most of these off; these are the rest).
const quiet = {
  'app.update.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'toolkit.telemetry.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
};

const launcher = (prefs = {}) =>
  chromeLauncher({
    puppeteer,
    launchOptions: { browser: 'firefox', executablePath, headless: true, extraPrefsFirefox: { ...quiet, ...prefs } },
  });

export default {
  ...chromium,
  reporters: [defaultReporter(), countingReporter('Firefox')],
  browsers: [launcher()],
  groups: [
    {
      // Same group as in Chromium, with WebGL turned off by preference (whatever the machine has).
      name: 'no-webgl',
      files: 'test/browser/**/*.nowebgl.test.ts',
      browsers: [launcher({ 'webgl.disabled': true })],
    },
  ],
};
