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
    return { ok: true, bytes: await response.arrayBuffer() };
  } catch (error) {
    if (options.signal.aborted) return { ok: false, reason: 'aborted' };
    if (timedOut) return { ok: false, reason: 'timeout' };
    return { ok: false, reason: 'network', error };
  } finally {
    clearTimeout(timer);
    options.signal.removeEventListener('abort', onAbort);
  }
}
