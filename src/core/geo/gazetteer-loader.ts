/**
 * Fetching the national gazetteer in the browser: once per URL (memoised, shared by every
 * element of the page), abortable by the caller, and never throwing: a failure is a result the
 * origin controller can say in words ("Liste des communes indisponible") while the catalogue's
 * own communes keep working. A failed or aborted load is forgotten, so the next attempt
 * fetches again.
 *
 * The default URL comes from ./gazetteer-url.ts, which the builds point at the shipped file.
 */
import { communeMatcher, type CommuneMatcher } from './commune-matcher.js';
import { decodeGazetteer, type CommuneEntry, type GazetteerProblem } from './gazetteer-format.js';

export type GazetteerLoad =
  | { ok: true; entries: CommuneEntry[]; matcher: CommuneMatcher; /** Milliseconds spent decoding and indexing. */ decodeMs: number }
  | { ok: false; problem: GazetteerProblem | { code: 'network' | 'http' | 'aborted' | 'json'; message: string } };

export interface GazetteerLoadOptions {
  /** Aborts this caller's wait; the shared download goes on while another caller waits for it. */
  signal?: AbortSignal;
  /** Injected for tests and the CLI (default: global `fetch`). */
  fetch?: (url: string, init: { signal: AbortSignal }) => Promise<Pick<Response, 'ok' | 'status' | 'json'>>;
}

interface Pending {
  promise: Promise<GazetteerLoad>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}
const loads = new Map<string, Pending>();

/** Forgets every memoised load (tests). */
export function resetGazetteerLoads(): void {
  for (const p of loads.values()) p.controller.abort();
  loads.clear();
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * Loads and decodes the compact gazetteer at `url` (a string or URL), building its matcher.
 * The download is aborted only when every caller waiting for it has aborted.
 */
export function loadGazetteer(url: string | URL, options: GazetteerLoadOptions = {}): Promise<GazetteerLoad> {
  const key = String(url);
  const { signal } = options;
  if (signal?.aborted) return Promise.resolve({ ok: false, problem: { code: 'aborted', message: 'aborted' } });
  let pending = loads.get(key);
  if (!pending) {
    const controller = new AbortController();
    const doFetch = options.fetch ?? ((u: string, init: { signal: AbortSignal }) => fetch(u, init));
    const promise = (async (): Promise<GazetteerLoad> => {
      let json: unknown;
      try {
        const r = await doFetch(key, { signal: controller.signal });
        if (!r.ok) return { ok: false, problem: { code: 'http', message: `HTTP ${r.status}` } };
        try {
          json = await r.json();
        } catch (err) {
          if (controller.signal.aborted) return { ok: false, problem: { code: 'aborted', message: 'aborted' } };
          return { ok: false, problem: { code: 'json', message: err instanceof Error ? err.message : String(err) } };
        }
      } catch (err) {
        if (controller.signal.aborted) return { ok: false, problem: { code: 'aborted', message: 'aborted' } };
        return { ok: false, problem: { code: 'network', message: err instanceof Error ? err.message : String(err) } };
      }
      const t0 = now();
      const decoded = decodeGazetteer(json);
      if (!decoded.ok) return { ok: false, problem: decoded.problem };
      const matcher = communeMatcher(decoded.entries);
      return { ok: true, entries: decoded.entries, matcher, decodeMs: now() - t0 };
    })().then((result) => {
      entry.settled = true;
      // Only a success is kept: the next caller retries after a failure.
      if (!result.ok && loads.get(key) === entry) loads.delete(key);
      return result;
    });
    const entry: Pending = { promise, controller, waiting: 0, settled: false };
    pending = entry;
    loads.set(key, pending);
  }
  const p = pending;
  p.waiting++;
  if (!signal) return p.promise;
  return new Promise<GazetteerLoad>((resolve) => {
    const onAbort = (): void => {
      p.waiting--;
      if (!p.settled && p.waiting === 0 && loads.get(key) === p) {
        loads.delete(key);
        p.controller.abort();
      }
      resolve({ ok: false, problem: { code: 'aborted', message: 'aborted' } });
    };
    signal.addEventListener('abort', onAbort, { once: true });
    void p.promise.then((r) => {
      signal.removeEventListener('abort', onAbort);
      resolve(r);
    });
  });
}
