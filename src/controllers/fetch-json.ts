import { yieldToBrowser } from '../core/slices.js';

/**
 * One JSON resource for the element (a commune list, outlines): fetched with the page's
 * credentials rules, abortable so a newer URL supersedes an older one, and never throwing:
 * `undefined` means "not available" (the element then works with what it has).
 */
export async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
  try {
    const r = await fetch(url, { credentials: 'same-origin', ...(signal ? { signal } : {}) });
    if (!r.ok) return undefined;
    return (await r.json()) as unknown;
  } catch {
    return undefined;
  }
}

/** What {@link fetchBytes} got: the bytes, or why not. */
export type FetchBytesResult =
  | { ok: true; bytes: ArrayBuffer }
  | { ok: false; reason: 'http'; status: number }
  | { ok: false; reason: 'timeout' }
  | { ok: false; reason: 'aborted' }
  | { ok: false; reason: 'network'; error: unknown };

/**
 * A file's bytes (a catalogue, a shard) with the page's credential rules, never throwing.
 * `timeoutMs` bounds the download only: what the caller does with the bytes afterwards is work,
 * not a server to wait for. `signal` aborts it (a newer `src`, a disconnection): `aborted`, which
 * is not a failure to report.
 */
export async function fetchBytes(
  url: string,
  options: {
    signal: AbortSignal;
    timeoutMs: number;
    /**
     * Told the `Content-Length` once the headers have come (undefined: none, or unreadable),
     * before the body downloads. With a compressed response it is the compressed size: a lower
     * bound of the bytes this resolves with.
     */
    onHeaders?: (contentLength: number | undefined) => void;
  },
): Promise<FetchBytesResult> {
  const abort = new AbortController();
  const onAbort = (): void => abort.abort();
  options.signal.addEventListener('abort', onAbort);
  if (options.signal.aborted) abort.abort();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort.abort();
  }, options.timeoutMs);
  try {
    const response = await fetch(url, { signal: abort.signal, credentials: 'same-origin' });
    if (!response.ok) return { ok: false, reason: 'http', status: response.status };
    if (options.onHeaders) {
      const length = Number(response.headers.get('content-length') ?? NaN);
      options.onHeaders(Number.isSafeInteger(length) && length >= 0 ? length : undefined);
    }
    return { ok: true, bytes: await readBody(response) };
  } catch (error) {
    if (options.signal.aborted) return { ok: false, reason: 'aborted' };
    if (timedOut) return { ok: false, reason: 'timeout' };
    return { ok: false, reason: 'network', error };
  } finally {
    clearTimeout(timer);
    options.signal.removeEventListener('abort', onAbort);
  }
}

/** Milliseconds of copying between two pauses while joining chunks. */
const JOIN_SLICE_MS = 4;

/**
 * From this declared size the body is read chunk by chunk: below it `arrayBuffer()`'s single copy
 * takes under ~4 ms (50 MB took 24-27 ms of main-thread CPU in bench:load's traces).
 */
const READ_IN_CHUNKS_FROM = 8 * 1024 * 1024;

/** The largest `Content-Length` taken at its word for the buffer (a header is no promise). */
const MAX_PREALLOCATED = 256 * 1024 * 1024;

/**
 * The body's bytes, copied into one buffer as each chunk comes rather than by `arrayBuffer()`:
 * Chromium handed a 50 MB catalogue to the page in one task that copied it all (25–35 ms,
 * bench:load EXPLAIN), where a reader gets it in a hundred or more chunks, each copied in a task
 * of well under a millisecond. That needs the size up front: the `Content-Length` (from
 * `chunkedFrom` bytes; below it, or without one, `arrayBuffer()`). Past it (a compressed
 * response's is the compressed size), the chunks are kept and joined at the end in slices of a
 * few milliseconds.
 */
export async function readBody(response: Response, chunkedFrom = READ_IN_CHUNKS_FROM): Promise<ArrayBuffer> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  // Only a body that says it is large is read through a reader: Chromium reports a body read to
  // its end that way as a failed request (net::ERR_ABORTED in DevTools, puppeteer's
  // `requestfailed`) on a third of map-view loads of the demo here, every byte delivered and no
  // abort called (checked by patching AbortController), where `arrayBuffer()` never does. A
  // webmaster would read that as the catalogue failing. So small or unsized bodies (a file
  // compressed on the fly has no length) are copied in one go; below the limit that is a few ms.
  if (!response.body || !(Number.isSafeInteger(declared) && declared >= chunkedFrom)) return response.arrayBuffer();
  const buffer = new Uint8Array(Number.isSafeInteger(declared) && declared > 0 && declared <= MAX_PREALLOCATED ? declared : 0);
  let filled = 0;
  let length = 0;
  const rest: Uint8Array[] = [];
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (rest.length === 0 && filled + value.byteLength <= buffer.byteLength) {
      buffer.set(value, filled);
      filled += value.byteLength;
    } else rest.push(value);
    length += value.byteLength;
  }
  if (rest.length === 0 && filled === buffer.byteLength) return buffer.buffer;
  const all = new Uint8Array(length);
  all.set(buffer.subarray(0, filled));
  let at = filled;
  let sliceStart = performance.now();
  for (const chunk of rest) {
    all.set(chunk, at);
    at += chunk.byteLength;
    if (performance.now() - sliceStart >= JOIN_SLICE_MS) {
      await yieldToBrowser();
      sliceStart = performance.now();
    }
  }
  return all.buffer;
}
