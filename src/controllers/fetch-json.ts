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
