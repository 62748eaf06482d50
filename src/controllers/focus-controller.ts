/**
 * Focus is never lost. Owns one rule for the root element: when what had focus inside the
 * widget disappears with an update (a removed chip, the origin chip, a filter button that goes
 * with the last filter, the empty state replaced by results), focus moves to what says what
 * changed, the result count, or else the search field. Without it, the browser sends focus to
 * `<body>` and a keyboard or screen-reader user starts again from the top of the page.
 *
 * Also moves focus on request (`focusSoon`) once the views have rendered, for actions whose
 * result is a new count (removing a criterion in the empty state, a correction).
 *
 * Does not own: the dialog's focus return (the selection controller), "Autour de moi" (the root).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The deepest focused element, through shadow roots. */
export function deepActiveElement(): HTMLElement | null {
  let a: Element | null = document.activeElement;
  while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
  return a instanceof HTMLElement ? a : null;
}

/** Whether `node` is `host` or inside it, through shadow roots. */
function within(host: Element, node: Node | null): boolean {
  for (let n = node; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) if (n === host) return true;
  return false;
}

export class FocusController implements ReactiveController {
  private last: Element | null = null;
  private timer?: ReturnType<typeof setTimeout>;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly fallback: () => HTMLElement | null | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, fallback: () => HTMLElement | null | undefined) {
    this.host = host;
    this.fallback = fallback;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.last = null;
  }

  /** Before an update: what has focus in the widget, if anything. */
  hostUpdate(): void {
    const active = deepActiveElement();
    if (active && active !== this.host && within(this.host, active)) this.last = active;
  }

  hostUpdated(): void {
    const last = this.last;
    if (!last) return;
    // The inner views render after the root: look once they have.
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.last !== last || last.isConnected) return;
      this.last = null;
      const active = deepActiveElement();
      if (active && active !== document.body && active !== this.host && active.isConnected) return;
      this.fallback()?.focus();
    });
  }

  /** Focuses what `target` returns once the host and its views have rendered. */
  focusSoon(target: () => HTMLElement | null | undefined): void {
    void this.host.updateComplete.then(() =>
      setTimeout(() => {
        (target() ?? this.fallback())?.focus();
      }),
    );
  }
}
