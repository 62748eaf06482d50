/**
 * The catalogue worker: decodes, parses and validates a catalogue file off the page's main
 * thread (issue 15: at 100,000 places that is 1.5 s the page would otherwise be frozen for),
 * reports its progress, then sends the valid places in batches. The element fetches the file
 * itself (so the page's connect-src, credentials, referrer and CORS diagnosis stay the page's)
 * and transfers the bytes here. The code is the core's (core/catalogue/validate.ts), the same the
 * CLI and the main-thread fallback run.
 *
 * Built as a file of its own (rollup.config.mjs): `dist/catalogue-worker.js` beside the
 * standalone chunks, `dist/lib/worker/catalogue-worker.js` for bundlers.
 */
import { decodeCatalogueBytes, parseCatalogueTextDataSteps } from '../core/catalogue/validate-data.js';
import { MAX_TEXT_BACK, PLACES_PER_MESSAGE, type ValidateRequest, type WorkerReply } from './protocol.js';
import { useFastParser } from '../core/hours/parse.js';

// Large catalogues come here: their hours are checked with the parser's fast path (hours/grammar.ts).
useFastParser();

interface WorkerScope {
  postMessage(message: WorkerReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ValidateRequest>) => void): void;
}
const scope = globalThis as unknown as WorkerScope;

/** Progress messages at most this often: the page words it, it need not hear of every 256 places. */
const PROGRESS_EVERY_MS = 100;

scope.addEventListener('message', (event) => {
  const text = decodeCatalogueBytes(new Uint8Array(event.data.bytes));
  // Problems as data: their words (messages, the JSON error locator) load on the page, if ever.
  const steps = parseCatalogueTextDataSteps(text);
  let last = 0;
  let step = steps.next();
  while (!step.done) {
    const now = performance.now();
    if (step.value && now - last >= PROGRESS_EVERY_MS) {
      last = now;
      scope.postMessage({ type: 'progress', ...step.value });
    }
    step = steps.next();
  }
  const { meta, places, problems, usable } = step.value;
  for (let i = 0; i < places.length; i += PLACES_PER_MESSAGE) scope.postMessage({ type: 'places', places: places.slice(i, i + PLACES_PER_MESSAGE) });
  const textBack = !usable && (text.length <= MAX_TEXT_BACK || problems[0]?.code === 'not-json');
  scope.postMessage({ type: 'done', meta, problems, usable, ...(textBack ? { text } : {}) });
});

scope.postMessage({ type: 'ready' });
