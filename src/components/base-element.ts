/**
 * The one contract every element of this package follows (issue #17):
 *
 * - **Registration**: the tag is declared on the class (`static readonly tagName`) and
 *   `Class.define()` is the only way the element registers. It is idempotent (a second call, or a
 *   second copy of the package on the page, leaves the first definition alone), and importing the
 *   class registers nothing, so the class can be imported without side effects.
 * - **Internal events**: inner views tell the root what the resident did through `emit()`, which
 *   fires a `CustomEvent` that neither bubbles nor crosses a shadow root (`bubbles: false`,
 *   `composed: false`). The root listens on the view itself; the host page never sees these
 *   events. Their names start with the view's own tag (`service-locator-list-details`), never a
 *   foreign prefix. The root element is the only source of public events (see
 *   `service-locator/events.ts`), which it dispatches itself.
 *
 * `Events` maps each internal event name to its detail type, so `emit()` is checked at compile
 * time; listeners read `CustomEvent<Events[name]>`.
 */
import { LitElement } from 'lit';
import { toLang, uiStringsReady } from '../i18n/index.js';

export class BaseElement<Events extends object = Record<never, never>> extends LitElement {
  /** The element's tag, declared by every concrete subclass. */
  static readonly tagName: string = '';

  /**
   * Registers this class under its `tagName` in `registry`, unless that tag is already defined
   * there (then nothing happens: the first definition stays, as custom elements cannot be
   * redefined).
   */
  static define(registry: CustomElementRegistry = customElements): void {
    const tag = this.tagName;
    if (!tag) throw new Error(`${this.name} declares no static tagName`);
    if (!registry.get(tag)) registry.define(tag, this);
  }

  /**
   * Each update waits for the words of the element's language: the English ones are a chunk of
   * their own (i18n/strings.ts), so that French pages never fetch them before the first list
   * paint (issue 15, item 3). An English element renders once they are here, in English from its
   * first frame; a French one, or an English one whose words have come, updates as it always did
   * (no promise, no extra microtask).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = uiStringsReady(toLang(this.lang));
    return ready ? ready.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /**
   * Fires an internal event on this element: not bubbling, not composed, so only a listener on
   * this element (the root's template) hears it. Returns `dispatchEvent`'s result.
   */
  protected emit<K extends keyof Events & string>(type: K, detail: Events[K]): boolean {
    return this.dispatchEvent(new CustomEvent<Events[K]>(type, { detail, bubbles: false, composed: false }));
  }
}
