/**
 * Turns a fetched catalogue file into a validation result without a long task on the page's
 * main thread (issue 15): in the catalogue worker when one starts, else here in slices that
 * yield (decode and JSON.parse are one step each; the places are validated 256 at a time).
 * Either way the result is the core validator's, the one the CLI runs.
 */
import type { ValidationData } from '../core/catalogue/problems.js';
import { runInSlices, type Progress } from '../core/slices.js';
import type { ValidatorCore } from './data-core-loader.js';
import type { CatalogueWorker } from './catalogue-worker-client.js';

/**
 * The worker could not be used; `cause` says why (for the console). Here, not in
 * ./catalogue-worker-client.ts: that module is a chunk loaded only for a large catalogue, and
 * failing to load it is a worker unavailable too.
 */
export class WorkerUnavailable extends Error {
  override readonly name = 'WorkerUnavailable';
  /** The worker died after it was given the bytes (transferred): they are gone with it. */
  lostBytes = false;
}

export interface Validated {
  /** Problems as data: worded by the caller, once it knows they are shown (problem-words-loader.ts). */
  result: ValidationData;
  /**
   * The decoded text when it is needed after validation: always from the main-thread path; from
   * the worker only for a small unusable document (a sharded catalogue's index, say).
   */
  text: string;
}

export interface ValidateBytesOptions {
  /** The main-thread path's validator, loaded only when that path is taken. */
  validator: () => Promise<ValidatorCore>;
  /** A worker being started; absent, or failing to start, means the main-thread path. */
  worker?: Promise<CatalogueWorker>;
  /** A superseded load: the worker stops, the slices stop at their next pause. */
  signal: AbortSignal;
  onProgress: (progress: Progress) => void;
}

export async function validateCatalogueBytes(buffer: ArrayBuffer, options: ValidateBytesOptions): Promise<Validated> {
  const { signal, onProgress } = options;
  if (options.worker) {
    try {
      const worker = await options.worker;
      signal.throwIfAborted();
      return await new Promise<Validated>((resolve, reject) => {
        const stop = (): void => {
          worker.stop();
          reject(signal.reason instanceof Error ? signal.reason : new DOMException('superseded', 'AbortError'));
        };
        signal.addEventListener('abort', stop, { once: true });
        worker.validate(buffer, onProgress).then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
      });
    } catch (e) {
      if (!(e instanceof WorkerUnavailable)) throw e;
      // The bytes went to a worker that died with them: nothing left to validate here.
      if (e.lostBytes) throw e;
      // For the deployer: the list still comes, only the page works harder for it.
      console.info('service-locator: the catalogue is validated on the page (no worker):', e.cause ?? e.message);
    }
  }
  const core = await options.validator();
  const text = core.decodeCatalogueBytes(new Uint8Array(buffer));
  const result = await runInSlices(core.parseCatalogueTextDataSteps(text), { signal, onProgress });
  return { result, text };
}
