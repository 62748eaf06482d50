/**
 * Resolves once the browser has painted what is rendered now, then found a moment to spare: for
 * code that the first list does not need (print and downloads), so that its download starts only
 * after that list is on screen and never competes with it (issue 15: what loads before the first
 * list paint is budgeted, `npm run size`).
 *
 * The frame callback runs just before the next paint; a task queued from it runs after that
 * paint. An idle callback (where there is one) then waits for a quiet moment, bounded by
 * `IDLE_TIMEOUT_MS`. A hidden page runs no frames: `FALLBACK_MS` lets the code load anyway.
 */
const IDLE_TIMEOUT_MS = 500;
const FALLBACK_MS = 1500;

/**
 * `idle: false` skips the wait for a quiet moment: for work the resident is waiting for (the
 * search index after the first list), which must only not compete with that list's paint.
 */
export function afterPaint(options: { idle?: boolean } = {}): Promise<void> {
  const idle = options.idle ?? true;
  return new Promise((resolve) => {
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      clearTimeout(fallback);
      resolve();
    };
    const fallback = setTimeout(finish, FALLBACK_MS);
    // No frames to wait for (Node, where the controllers are tested): a task later.
    if (typeof requestAnimationFrame !== 'function') return void setTimeout(finish, 0);
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (idle && typeof requestIdleCallback === 'function') requestIdleCallback(finish, { timeout: IDLE_TIMEOUT_MS });
        else finish();
      }, 0),
    );
  });
}
