/**
 * A chunk loaded on first use: the promise is shared while it loads and kept once it has, and a
 * failed import (a missing chunk on a broken deployment, a dropped connection) is forgotten, so
 * the next use tries again. Used for the views the first paint does not need (map, detail,
 * print and downloads, coverage).
 */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((e: unknown) => {
      pending = undefined;
      throw e;
    }));
}
