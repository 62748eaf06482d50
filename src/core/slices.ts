/**
 * Long computations written as generators, so that one body runs three ways: to the end at once
 * (the CLI, the benchmarks, `createSearchIndex`), in a worker that reports progress between
 * steps, and on a page's main thread in slices that give the browser back its thread every few
 * milliseconds (no task long enough to freeze typing or scrolling). A step yields either nothing
 * or its progress; the generator's return value is the result. DOM-free: the caller passes the
 * way to pause.
 */

/** How far a long computation is: `done` of `total` units (places, for the catalogue). */
export interface Progress {
  done: number;
  total: number;
}

/** A computation in steps: yields between slices of work (with its progress, when it knows it). */
export type Steps<T> = Generator<Progress | undefined, T, void>;

/** Runs steps to the end, in one go. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export interface SliceOptions {
  /** Milliseconds of work before giving the thread back (default 8: well under a 50 ms long task). */
  budgetMs?: number;
  /** Gives the thread back; default {@link yieldToBrowser}. */
  pause?: () => Promise<unknown>;
  /** Stops at the next pause, rejecting with the signal's reason. */
  signal?: AbortSignal;
  /** Told the last progress seen, once per slice. */
  onProgress?: (progress: Progress) => void;
}

let channel: MessageChannel | undefined;
const waiting: (() => void)[] = [];

/**
 * Gives the thread back to the browser: a message to ourselves (a task like any other, queued
 * behind the page's own timers and events, and without the 4 ms clamp of nested timeouts), else
 * a zero timeout. Not `scheduler.yield()`: its continuation goes ahead of every other task of its
 * priority, so in Chromium the host page's timers did not run at all during a load, and frames
 * came ~10 times a second (test/browser/catalogue-worker.test.ts counts them).
 */
export function yieldToBrowser(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
    // Node (the CLI, tests): an open port would keep the process alive after the work is done.
    for (const port of [channel.port1, channel.port2]) (port as { unref?: () => void }).unref?.();
  }
  const port = channel.port2;
  return new Promise((resolve) => {
    waiting.push(resolve);
    port.postMessage(null);
  });
}

/**
 * Runs steps in slices of about `budgetMs`, pausing between them, and also before the first
 * slice and after the last: a slice is always a task of its own. Without those two pauses the
 * first slice ran inside the caller's task (a worker message, another job's last slice: in
 * traces at 100k, the index's, the facets' and the gazetteer's first slices in one 30–37 ms
 * task) and the caller's continuation ran inside the last slice (the first render with results
 * after the index's last slice: 40–56 ms).
 */
export async function runInSlices<T>(steps: Steps<T>, options: SliceOptions = {}): Promise<T> {
  const budget = options.budgetMs ?? 8;
  const pause = options.pause ?? yieldToBrowser;
  for (;;) {
    await pause();
    options.signal?.throwIfAborted();
    const start = performance.now();
    let last: Progress | undefined;
    for (;;) {
      const r = steps.next();
      if (r.done) {
        await pause();
        options.signal?.throwIfAborted();
        return r.value;
      }
      if (r.value) last = r.value;
      if (performance.now() - start >= budget) break;
    }
    if (last) options.onProgress?.(last);
  }
}

/** How many comparisons or copies between two yields of the sorts below. */
const SORT_STEP = 4096;

/**
 * Sorts strings in place, in the order `Array.prototype.sort()` gives them without a comparator
 * (UTF-16 code units), yielding every few thousand operations: a bottom-up merge sort. One
 * `sort()` of 100,000 keys is a single task of a few hundred milliseconds on a slow machine.
 */
export function* sortStringsSteps(keys: string[]): Steps<string[]> {
  const n = keys.length;
  // Short runs sorted by the engine (each a few milliseconds at most), then merged.
  const RUN = 1024;
  for (let start = 0; start < n; start += RUN) {
    const run = keys.slice(start, start + RUN).sort();
    for (let i = 0; i < run.length; i++) keys[start + i] = run[i]!;
    yield undefined;
  }
  let from = keys;
  let to = new Array<string>(n);
  let ops = 0;
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        // Stable: equal keys keep their order (the default sort is stable too).
        to[k++] = from[j]! < from[i]! ? from[j++]! : from[i++]!;
        if (++ops === SORT_STEP) {
          ops = 0;
          yield undefined;
        }
      }
      while (i < mid) to[k++] = from[i++]!;
      while (j < hi) to[k++] = from[j++]!;
    }
    [from, to] = [to, from];
    yield undefined;
  }
  if (from !== keys) for (let i = 0; i < n; i++) keys[i] = from[i]!;
  return keys;
}
