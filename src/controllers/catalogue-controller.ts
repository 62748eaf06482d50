/**
 * Loads and validates the catalogue for the element: from a URL (`src`) or an object
 * (`catalogue` property). Owns the fetch, its abort and timeout, and the turn of every failure
 * (network, HTTP status, timeout, unusable document) into data the element renders. It does
 * not render anything and never throws into the host page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadFullCore, loadListCore, loadValidator, type DataCore } from './data-core-loader.js';
import type { ValidationResult } from '../core/catalogue/problems.js';
import { runInSlices, type Progress } from '../core/slices.js';
import type { CatalogueWorker, WorkerFactory } from './catalogue-worker-client.js';
import { validateCatalogueBytes, WorkerUnavailable } from './catalogue-validation.js';
import { withWords } from './problem-words-loader.js';
import { fetchBytes, type FetchBytesResult } from './fetch-json.js';
import type { GeoPoint } from '../core/catalogue/types.js';
import type { ShardIndex } from '../core/catalogue/shards.js';
import type { ShardStatus } from './shard-loader.js';

export type CatalogueFailure =
  | { kind: 'network'; detail: string; /** The widget's own code (a chunk) did not come, not the catalogue. */ code?: true }
  /** A catalogue on another origin whose server does not allow this page (no CORS header). */
  | { kind: 'cors'; url: string }
  | { kind: 'http'; status: number }
  | { kind: 'timeout' }
  | { kind: 'invalid'; result: ValidationResult }
  | { kind: 'none' };

export type CatalogueState =
  | { status: 'idle' }
  /** `progress`: places validated so far, for a catalogue large enough to take a while. */
  | { status: 'loading'; progress?: Progress }
  /** `shards`: `src` is a sharded catalogue's index; `result` holds the shards merged so far. */
  | { status: 'ready'; result: ValidationResult; shards?: ShardStatus }
  | { status: 'error'; failure: CatalogueFailure };

/** A fetched shard index whose shards are still to load (src/controllers/shard-loader.ts). */
type Sharded = { status: 'sharded'; index: ShardIndex; problems: ValidationResult['problems']; core: DataCore };

export interface CatalogueControllerOptions {
  /**
   * Called once per finished load (not when superseded by a newer one); for a sharded
   * catalogue, after each merge of shards too (`state.shards.done` on the last call).
   */
  onSettled?: (state: CatalogueState) => void;
  /** The resident's origin, read as shards are chosen: the nearest load first. */
  origin?: () => GeoPoint | null;
  /** The `near` text (a postcode in it names the first shard to load). */
  near?: () => string | null | undefined;
  /** Milliseconds, or a function read at each load (so the host's property can change). */
  timeoutMs?: number | (() => number);
  /** What starts the catalogue worker (tests); null validates on the main thread, in slices. */
  workerFactory?: WorkerFactory | null;
}

export class CatalogueController implements ReactiveController {
  /**
   * Fetched catalogue files of more bytes than this are validated in the catalogue worker;
   * smaller ones on the page, in slices. Tests set 0 to put their small fixtures through the
   * worker. Why 500 KB, measured in headless Chromium (`npm run bench:page-validate`,
   * 2026-12-01, 2 cores): on the page, decoding, parsing and validating 100 KB / 500 KB / 1 MB /
   * 2 MB cost 45 / 60 / 84 / 141 ms of work, in slices of at most 32-48 ms at every size (the
   * validator pauses every 256 places); through the worker the same took 71 / 90 / 134 / 176 ms
   * (16-28 ms of it to start), plus its 17.7 KB gzip of code before the first list paint. Below
   * 500 KB the page's share is a few frames' worth, paid once; above it, it grows by ~50 ms per
   * MB, time during which the resident could not type smoothly.
   */
  static workerMinBytes = 500_000;

  state: CatalogueState = { status: 'idle' };
  private abort?: AbortController;
  private generation = 0;
  private readonly host: ReactiveControllerHost;
  private readonly options: CatalogueControllerOptions;

  constructor(host: ReactiveControllerHost, options: CatalogueControllerOptions = {}) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** The source of a fetch that a disconnection interrupted, loaded again on reconnection. */
  private interrupted?: { src?: string | null; catalogue?: unknown };
  private lastSource: { src?: string | null; catalogue?: unknown } = {};

  hostConnected(): void {
    const source = this.interrupted;
    this.interrupted = undefined;
    if (source) void this.load(source);
  }

  hostDisconnected(): void {
    const loading = this.state.status === 'loading' || (this.state.status === 'ready' && this.state.shards && !this.state.shards.done);
    if (loading && this.abort) {
      // Moved in the page (a framework re-parenting it) or removed mid-load: drop this fetch
      // without reporting a network error, and fetch again if the element comes back.
      this.generation++;
      this.interrupted = this.lastSource;
    }
    this.abort?.abort();
  }

  /** Starts a load; a later call supersedes an earlier one still running. */
  load(source: { src?: string | null; catalogue?: unknown }): Promise<void> {
    this.abort?.abort();
    this.interrupted = undefined;
    this.lastSource = source;
    const gen = ++this.generation;
    const catalogue = source.catalogue;
    const src = source.src?.trim();
    if ((catalogue === undefined || catalogue === null) && !src) {
      this.settle(gen, { status: 'error', failure: { kind: 'none' } });
      return Promise.resolve();
    }
    this.state = { status: 'loading' };
    this.host.requestUpdate();
    if (catalogue !== undefined && catalogue !== null) {
      // No network, but the validator lives in the lazily loaded data core. An object from the
      // page's script cannot go to a worker cheaply (a copy is as long as a validation): it is
      // validated here, in slices that yield.
      const abort = new AbortController();
      this.abort = abort;
      return loadValidator()
        .then((core) => runInSlices(core.validateCatalogueDataSteps(catalogue), { signal: abort.signal, onProgress: (p) => this.progress(gen, p) }))
        .then((data) => withWords(data))
        .then(
          (result) => this.settle(gen, toState(result)),
          // No network here: the validator's chunk did not come.
          (e: unknown) => this.settle(gen, { status: 'error', failure: { kind: 'network', detail: String(e), code: true } }),
        );
    }
    const abort = new AbortController();
    this.abort = abort;
    return this.fetchText(src!, abort).then((state) => (state.status === 'sharded' ? this.loadShards(gen, src!, state, abort) : this.settle(gen, state)));
  }

  /** The shards of an index, nearest first; each merge settles (the state's `shards` says how far). */
  private async loadShards(gen: number, src: string, sharded: Sharded, abort: AbortController): Promise<void> {
    const { loadShards } = await import('./shard-loader.js');
    await loadShards(sharded.index, sharded.problems, {
      url: new URL(src, document.baseURI).href,
      core: sharded.core,
      signal: abort.signal,
      timeoutMs: (typeof this.options.timeoutMs === 'function' ? this.options.timeoutMs() : this.options.timeoutMs) ?? 20000,
      origin: () => this.options.origin?.() ?? null,
      near: () => this.options.near?.(),
      onUpdate: (result, shards) => this.settle(gen, { status: 'ready', result, shards }),
    });
  }

  private async fetchText(src: string, abort: AbortController): Promise<CatalogueState | Sharded> {
    // Start loading the list's code now: it downloads while the catalogue does. The data core
    // (index, thesaurus) loads after the first list has painted (the search controller), or
    // now when what is asked needs it (SearchController.prefetch).
    const corePromise = loadListCore();
    corePromise.catch(() => undefined);
    const gen = this.generation;
    const factory = this.options.workerFactory;
    const threshold = CatalogueController.workerMinBytes;
    // The validator comes to the page only when no worker validates (the worker carries its own).
    const pageValidator = (): void => void loadValidator().catch(() => undefined);
    let worker: Promise<CatalogueWorker> | undefined;
    const startWorker = (): void => {
      if (worker || factory === null) return;
      // The worker's client is a chunk of its own, fetched only for a large file.
      worker = import('./catalogue-worker-client.js').then(
        (m) => m.startCatalogueWorker(factory),
        (e: unknown) => Promise.reject(new WorkerUnavailable('the catalogue worker client could not be loaded', { cause: e })),
      );
      worker.catch(pageValidator);
    };
    if (factory === null) pageValidator();
    // The size decides, as early as it is known. A Content-Length over the threshold is a large
    // file for sure (compression only makes it smaller): the worker starts at once and loads
    // while the body downloads, as before. One under it is most likely a small file: the page's
    // validator loads meanwhile (15.6 KB gzip fetched for nothing when a compressed file turns
    // out large). No length (chunked, as a server compressing on the fly sends it): the worker's
    // decision waits for the bytes, but the page's validator is fetched now, as for a small
    // file: waiting for the body put it one round trip after the catalogue (npm run bench:paint,
    // Slow 4G: a third wave of code at 877 ms, first list paint 1143 ms); a large file wastes
    // its 11 KB gzip. A large file whose length did not say so starts its worker after the
    // download: 16-28 ms to start (workerMinBytes) on a load of hundreds of ms.
    const onHeaders = (length: number | undefined): void => {
      if (length !== undefined && length > threshold) startWorker();
      else if (factory !== null) pageValidator();
    };
    try {
      // Bytes, not response.text(): that always reads UTF-8, and hand-saved files may be UTF-16.
      const fetched = await fetchBytes(src, { signal: abort.signal, timeoutMs: (typeof this.options.timeoutMs === 'function' ? this.options.timeoutMs() : this.options.timeoutMs) ?? 20000, onHeaders });
      if (!fetched.ok) return await fetchFailure(src, fetched);
      if (fetched.bytes.byteLength > threshold) startWorker();
      const { result, text } = await validateCatalogueBytes(fetched.bytes, { validator: loadValidator, worker, signal: abort.signal, onProgress: (p) => this.progress(gen, p) });
      await corePromise;
      // Not a catalogue: perhaps a sharded one's index (`service-locator split`); its code loads only then.
      if (!result.usable && text.includes('service-locator-shards')) {
        const doc = (await import('./shard-loader.js')).readShardedDocument(text);
        if (doc) return doc.ok ? { status: 'sharded', index: doc.index, problems: doc.problems, core: await loadFullCore() } : toState(doc.result);
      }
      // Worded only now: a sharded catalogue's index is not shown as a catalogue's problems.
      return toState(await withWords(result, text));
    } catch (e) {
      // The download's failures are answers (fetchBytes): what throws here is a chunk of code
      // that did not come (the list's, the validator's), which a reload fetches again.
      return { status: 'error', failure: { kind: 'network', detail: String(e), code: true } };
    } finally {
      // Not used (an HTTP error, a failure) or done with: the worker goes.
      void worker?.then((w) => w.stop(), () => undefined);
    }
  }

  private lastProgressAt = 0;

  /** How far validation is, a few times a second at most (a polite status reads it). */
  private progress(gen: number, progress: Progress): void {
    if (gen !== this.generation || this.state.status !== 'loading') return;
    const now = performance.now();
    if (now - this.lastProgressAt < PROGRESS_EVERY_MS) return;
    this.lastProgressAt = now;
    this.state = { status: 'loading', progress };
    this.host.requestUpdate();
  }

  private settle(gen: number, state: CatalogueState): void {
    if (gen !== this.generation) return;
    this.state = state;
    this.host.requestUpdate();
    try {
      this.options.onSettled?.(state);
    } catch {
      // A host listener's error must not break loading.
    }
  }
}

/** A download that brought no bytes, as the element reports it (a CORS refusal named as such). */
async function fetchFailure(src: string, fetched: Exclude<FetchBytesResult, { ok: true }>): Promise<CatalogueState> {
  if (fetched.reason === 'http') return { status: 'error', failure: { kind: 'http', status: fetched.status } };
  if (fetched.reason === 'timeout') return { status: 'error', failure: { kind: 'timeout' } };
  if (fetched.reason === 'aborted') return { status: 'error', failure: { kind: 'network', detail: 'aborted' } };
  if (await refusedByCors(src)) {
    const url = new URL(src, document.baseURI).href;
    // For the deployer (the resident reads a message that does not blame their connection).
    console.error(
      `service-locator: the catalogue ${url} was refused by the browser (CORS): its server must answer this page's origin with ` +
        `"Access-Control-Allow-Origin: ${location.origin}" (or "*"). / Catalogue refusé par le navigateur (CORS) : son serveur doit ` +
        `répondre à l’origine de cette page avec cet en-tête.`,
    );
    return { status: 'error', failure: { kind: 'cors', url } };
  }
  return { status: 'error', failure: { kind: 'network', detail: String(fetched.error) } };
}

/**
 * Whether a failed fetch of `src` was a CORS refusal rather than a network failure: fetch
 * reports both as the same TypeError. Only a URL on another origin can be refused so; for it,
 * a `no-cors` request (an opaque answer, readable by nobody, sent without credentials) tells a
 * server that answered (so the refusal was CORS) from one that could not be reached (offline,
 * DNS, refused connection: a network failure). One extra request, only after a failure.
 */
async function refusedByCors(src: string): Promise<boolean> {
  let url: URL;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    return false;
  }
  if (url.origin === location.origin || (url.protocol !== 'http:' && url.protocol !== 'https:')) return false;
  try {
    const probe = await fetch(url.href, { mode: 'no-cors', credentials: 'omit', cache: 'no-store', signal: AbortSignal.timeout(5000) });
    return probe.type === 'opaque' || probe.ok;
  } catch {
    return false;
  }
}

/** Progress is shown at most this often: each change is a render and a polite announcement. */
const PROGRESS_EVERY_MS = 400;

function toState(result: ValidationResult): CatalogueState {
  if (!result.usable) return { status: 'error', failure: { kind: 'invalid', result } };
  return { status: 'ready', result };
}
