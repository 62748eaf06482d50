/**
 * What every view needs to keep one place's failure to that place (issue 12, point 1): the
 * list, the detail, the print and the exports each run their per-place code through
 * `guardPlace`, and on failure show the place by the little that can still be read (`placeName`,
 * `placeId`) with "informations incomplètes". A validated place should never throw; this is for
 * the value nobody foresaw (the lone surrogate and the 24/7 bus stop each blanked the whole list
 * before they were fixed), so that it costs one place at most, never the list. DOM-free.
 */

/** Reads a place's field without throwing (a getter may throw, the value may not be text). */
function readText(place: unknown, key: 'name' | 'id'): string {
  try {
    const v = (place as Record<string, unknown> | null)?.[key];
    return typeof v === 'string' ? v : '';
  } catch {
    return '';
  }
}

/** The place's id, or '' when even that cannot be read. */
export function placeId(place: unknown): string {
  return readText(place, 'id');
}

/** The name to show for a place that failed: its name when it reads as text, else its id. */
export function placeName(place: unknown): string {
  return readText(place, 'name').trim() || placeId(place);
}

/**
 * Runs `render` for one place; if it throws, reports the error (with the place's id) and
 * returns `fallback(name, id)` instead. The caller decides whether to report the same place twice.
 */
export function guardPlace<T>(place: unknown, render: () => T, fallback: (name: string, id: string) => T, report?: (id: string, error: unknown) => void): T {
  try {
    return render();
  } catch (error) {
    const id = placeId(place);
    report?.(id, error);
    return fallback(placeName(place), id);
  }
}

/** Reads one value for a fallback, or `otherwise` when it throws. */
export function attempt<T>(read: () => T, otherwise: T): T {
  try {
    return read();
  } catch {
    return otherwise;
  }
}
