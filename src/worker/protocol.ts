/**
 * The messages between the element and the catalogue worker (src/worker/catalogue-worker.ts).
 * Types only: nothing here runs, so both sides import it without pulling code into the other.
 */
import type { CatalogueMeta, Place } from '../core/catalogue/types.js';
import type { ProblemData } from '../core/catalogue/problems.js';
import type { Progress } from '../core/slices.js';

/** To the worker: the catalogue file's bytes (transferred, not copied). */
export interface ValidateRequest {
  bytes: ArrayBuffer;
}

export type WorkerReply =
  /** The worker's module ran: it can be given the bytes. */
  | { type: 'ready' }
  | ({ type: 'progress' } & Progress)
  /** Valid places, in order, a batch at a time (each small enough to receive in a few ms). */
  | { type: 'places'; places: Place[] }
  /**
   * The end: everything but the places, already sent; problems as data, worded on the page only
   * when shown (issue 15, item 3: the messages are not in the worker). `text`, the document
   * itself, only when it is unusable and small (the element reads a sharded catalogue's index
   * from it) or not JSON at all (the page locates the syntax error in it).
   */
  | { type: 'done'; meta: CatalogueMeta; problems: ProblemData[]; usable: boolean; text?: string };

/** The largest unusable document whose text goes back to the page (a shard index is tens of KB). */
export const MAX_TEXT_BACK = 4_000_000;

/** Places per `places` message: about 5 ms to receive in Chromium at realistic sizes (bench:load). */
export const PLACES_PER_MESSAGE = 250;
