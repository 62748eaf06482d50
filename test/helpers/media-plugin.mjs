/**
 * web-test-runner server plugin: the `emulate-forced-colors` command turns Windows-style
 * forced colours (high contrast) on or off for the calling test's page, through the DevTools
 * protocol (Puppeteer's emulateMediaFeatures refuses `forced-colors`).
 */
/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function forcedColorsPlugin() {
  // One DevTools session per test page, kept open: Chromium drops a session's emulation when
  // the session detaches.
  const clients = new Map();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const browser = session.browser;
      if (typeof browser.getPage !== 'function') throw new Error('emulate-forced-colors needs the Chrome (Puppeteer) launcher');
      const page = browser.getPage(session.id);
      let client = clients.get(session.id);
      if (!client) {
        client = await page.createCDPSession();
        clients.set(session.id, client);
      }
      await client.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload && payload.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}
