/**
 * Validating a fetched catalogue off the main thread: starts the catalogue worker
 * (src/worker/catalogue-worker.ts), hands it the bytes once it has started, and puts the
 * validation result back together from its batches. Where a worker cannot be used (no Worker,
 * a page policy that refuses it, the widget served from another origin, a missing file, a
 * worker that dies), it says so with {@link WorkerUnavailable}, and the catalogue controller
 * validates on the main thread in slices instead: a resident always gets the list.
 */
import type { Place } from '../core/catalogue/types.js';
import type { ValidationData } from '../core/catalogue/problems.js';
import type { Progress } from '../core/slices.js';
import type { WorkerReply } from '../worker/protocol.js';
import { scriptUrlPolicy, vouchFor } from '../trusted-script-url.js';
import { WorkerUnavailable } from './catalogue-validation.js';

/** What starts the worker: the page's `Worker`, replaceable by tests (one that throws, a missing file). */
export type WorkerFactory = () => Worker;

/**
 * The worker file beside this module's build output (rollup re-points the path in the
 * standalone build; bundlers copy the file through this very expression), started as a module
 * worker. Its own line, `new Worker(new URL(…, import.meta.url))`, is the form Vite and webpack
 * recognise and bundle.
 */
export const defaultWorkerFactory: WorkerFactory = () => {
  const url = new URL('../worker/catalogue-worker.js', import.meta.url).href;
  const policy = scriptUrlPolicy();
  if (!policy) return new Worker(new URL('../worker/catalogue-worker.js', import.meta.url), { type: 'module', name: 'service-locator-catalogue' });
  vouchFor(url);
  return new Worker(policy.createScriptURL(url) as unknown as string, { type: 'module', name: 'service-locator-catalogue' });
};

/** A started worker, waiting for the bytes. */
export interface CatalogueWorker {
  /** Validates the bytes (transferred: unusable afterwards); problems come as data, without words. */
  validate(bytes: ArrayBuffer, onProgress: (progress: Progress) => void): Promise<{ result: ValidationData; text: string }>;
  /** Stops it (a superseded or abandoned load). */
  stop(): void;
}

/**
 * Starts the worker now, so that it loads while the catalogue downloads. Resolves once its
 * module runs; rejects with {@link WorkerUnavailable} when it cannot start.
 */
export function startCatalogueWorker(factory: WorkerFactory = defaultWorkerFactory): Promise<CatalogueWorker> {
  let worker: Worker;
  try {
    worker = factory();
  } catch (e) {
    return Promise.reject(new WorkerUnavailable('the catalogue worker could not be created', { cause: e }));
  }
  return new Promise((resolve, reject) => {
    // Before 'ready': failing to load (404, a policy, a syntax error). After: dying mid-way.
    let fail = (reason: unknown): void => {
      worker.terminate();
      reject(new WorkerUnavailable('the catalogue worker did not start', { cause: reason }));
    };
    const onError = (event: Event): void => {
      event.preventDefault();
      fail(event instanceof ErrorEvent ? event.message || event.type : event.type);
    };
    worker.addEventListener('error', onError);
    worker.addEventListener('messageerror', onError);
    let receive = (reply: WorkerReply): void => {
      if (reply.type !== 'ready') return;
      resolve({ validate, stop: () => worker.terminate() });
    };
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => receive(event.data));

    function validate(bytes: ArrayBuffer, onProgress: (progress: Progress) => void): Promise<{ result: ValidationData; text: string }> {
      return new Promise((done, failed) => {
        const places: Place[] = [];
        fail = (reason) => {
          worker.terminate();
          const error = new WorkerUnavailable('the catalogue worker stopped', { cause: reason });
          error.lostBytes = true;
          failed(error);
        };
        receive = (reply) => {
          if (reply.type === 'progress') onProgress({ done: reply.done, total: reply.total });
          else if (reply.type === 'places') {
            for (const p of reply.places) places.push(p);
          } else if (reply.type === 'done') {
            worker.terminate();
            done({ result: { meta: reply.meta, places, problems: reply.problems, usable: reply.usable }, text: reply.text ?? '' });
          }
        };
        worker.postMessage({ bytes }, [bytes]);
      });
    }
  });
}
