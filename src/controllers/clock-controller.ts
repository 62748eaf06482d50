/**
 * The root's minute clock. When the page sets no `now`, the views still need one instant to say
 * "Ouvert" or "Ferme à 17 h" against; `new Date()` at each render would hand the list, the
 * detail and the print/download toolbar a new object every time, so they would re-render (and
 * recompute hours) on every render of the root. This controller holds one `Date` and replaces
 * it once a minute, just after the minute turns (the finest unit the hours are said in), then
 * asks the host to render.
 *
 * Owns: the current minute's `Date` and its timer (started on connect, stopped on disconnect).
 * Does not own: the `now` property (the root prefers it when set) or what depends on the time.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where the time and the timers come from: the system by default, a fake in tests. */
export interface ClockSource {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

export const systemClock: ClockSource = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
};

const MINUTE_MS = 60_000;

/** Milliseconds from `t` to the next minute boundary (a full minute when `t` is on one). */
export function msToNextMinute(t: number): number {
  return MINUTE_MS - (((t % MINUTE_MS) + MINUTE_MS) % MINUTE_MS);
}

export class ClockController implements ReactiveController {
  private current: Date;
  private timer: unknown = undefined;
  private readonly host: ReactiveControllerHost;
  private readonly source: ClockSource;

  private readonly inUse: () => boolean;

  /**
   * `inUse`: whether the host reads this clock now (the root does not while the page sets `now`);
   * a tick then keeps the time without asking the host to render for nothing.
   */
  constructor(host: ReactiveControllerHost, source: ClockSource = systemClock, inUse: () => boolean = () => true) {
    this.host = host;
    this.source = source;
    this.inUse = inUse;
    this.current = new Date(source.now());
    host.addController(this);
  }

  /** The current instant, the same object until the minute turns. */
  get now(): Date {
    return this.current;
  }

  /** True while a tick is scheduled (between connect and disconnect). */
  get running(): boolean {
    return this.timer !== undefined;
  }

  hostConnected(): void {
    // Back in the page after a while: the time it kept is stale.
    const t = this.source.now();
    if (Math.floor(t / MINUTE_MS) !== Math.floor(this.current.getTime() / MINUTE_MS)) this.current = new Date(t);
    this.schedule();
  }

  hostDisconnected(): void {
    if (this.timer !== undefined) this.source.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    if (this.timer !== undefined) this.source.clearTimeout(this.timer);
    this.timer = this.source.setTimeout(() => {
      this.timer = undefined;
      this.current = new Date(this.source.now());
      if (this.inUse()) this.host.requestUpdate();
      this.schedule();
    }, msToNextMinute(this.source.now()));
  }
}
