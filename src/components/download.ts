/**
 * Saving a file the page built (the CSV and GeoJSON exports, a bus's visits as iCalendar, the
 * edited catalogue): one helper, so every download behaves the same way.
 *
 * The link is put in `host` (a view's shadow root) for the click, because Firefox ignores a
 * click on a link that is not in the document, and removed at once. The object URL is revoked
 * later, not at once: some browsers read it after `click()` returns, and a "save as" dialog
 * may hold it for seconds; half a minute is long enough and frees the blob within the visit.
 */
export const REVOKE_DELAY_MS = 30_000;

/** Offers `blob` as a file named `name`; the temporary link lives in `host` during the click. */
export function saveBlob(host: Node, blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  host.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
  }
}
