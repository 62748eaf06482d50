/**
 * The browser suite runs in Chromium and in Firefox (web-test-runner.config.mjs and
 * web-test-runner.firefox.config.mjs). What one of them cannot do on our machines is skipped
 * there, never silently: the reason goes into the skipped test's or suite's title, and the
 * counting reporter lists the reasons at the end of the run.
 *
 *   skipIn('firefox', NO_WEBGL).it('draws the places', async () => { … });
 *   skipIn('firefox', NO_WEBGL).describe('MapLibre adapter', () => { … });
 */
export type BrowserName = 'chromium' | 'firefox';

export const browserName: BrowserName = navigator.userAgent.includes('Firefox/') ? 'firefox' : 'chromium';

/** Whether this browser can create a WebGL2 context at all (MapLibre's requirement). */
export const hasWebGL2 = (() => {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
})();

/**
 * MapLibre needs WebGL2; headless Firefox has none on a machine without a display or GPU (it finds
 * no GL driver: FEATURE_FAILURE_WEBGL_EXHAUSTED_DRIVERS), where headless Chromium has SwiftShader.
 * The no-WebGL fallback itself is tested in both browsers (*.nowebgl.test.ts).
 */
export const NO_WEBGL = 'no WebGL2 in headless Firefox here, and the map needs it';
/** Forced colours are emulated through the Chrome DevTools protocol, which Firefox does not speak. */
export const NO_FORCED_COLORS = 'forced-colours emulation goes through the Chrome DevTools protocol';
/** emulateMedia's media features (reduced motion) go through the Chrome DevTools protocol. */
export const NO_MEDIA_FEATURES = 'media-feature emulation (prefers-reduced-motion) needs the Chrome DevTools protocol';

/**
 * `it` and `describe` that skip in `browser` (with the reason in the title) and run elsewhere.
 * A WebGL reason skips only when the browser really has no WebGL2, so a Firefox that has it runs
 * the map tests too.
 */
export function skipIn(browser: BrowserName, reason: string): { it: Mocha.TestFunction; describe: Mocha.SuiteFunction } {
  const skip = browserName === browser && (reason !== NO_WEBGL || !hasWebGL2);
  if (!skip) return { it, describe };
  const title = (t: string) => `${t} [skipped in ${browser}: ${reason}]`;
  const skippedIt = ((t: string, fn?: Mocha.Func | Mocha.AsyncFunc) => it.skip(title(t), fn)) as unknown as Mocha.TestFunction;
  const skippedDescribe = ((t: string, fn: (this: Mocha.Suite) => void) => describe.skip(title(t), fn)) as unknown as Mocha.SuiteFunction;
  return { it: skippedIt, describe: skippedDescribe };
}
