/**
 * "Vouliez-vous dire…?" for the element: a reactive controller that, only when a search with
 * text comes back empty, loads ./did-you-mean-view.ts (the matcher of
 * ../../core/search/did-you-mean.ts, the buttons and their words) through a dynamic `import()`,
 * so none of it is in the initial bundle, builds its matcher once per catalogue, gazetteer and
 * language, and holds the suggestions for the host to render with `render()`. Owns the loading
 * and the staleness (a newer search wins); not the search itself.
 */
import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Place } from '../../core/catalogue/types.js';
import type { DidYouMean, Suggestion } from '../../core/search/did-you-mean.js';
import type { GazetteerEntry } from '../../core/search/types.js';
import type { Lang } from '../../core/lang.js';

export type { Suggestion } from '../../core/search/did-you-mean.js';

export interface DidYouMeanSource {
  places: readonly Place[];
  gazetteer?: readonly GazetteerEntry[];
  lang: Lang;
}

export class DidYouMeanController implements ReactiveController {
  /** Suggestions for the last empty search (empty otherwise). */
  suggestions: Suggestion[] = [];
  private matcher: { key: [readonly Place[], readonly GazetteerEntry[] | undefined, string]; dym: DidYouMean } | undefined;
  private generation = 0;
  /** The view module, once an empty result has loaded it. */
  private view: typeof import('./did-you-mean-view.js') | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: () => DidYouMeanSource,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    // A load finishing after disconnection must not write into a detached host.
    this.generation++;
  }

  /**
   * Call after every search: with `empty` true and some text, suggestions are looked up (the
   * module is loaded the first time); otherwise they are cleared. Resolves when they are set.
   */
  async update(text: string | undefined, empty: boolean): Promise<void> {
    const gen = ++this.generation;
    // Under 3 letters nothing is ever suggested: do not load or build anything for it.
    if (!empty || !text || text.trim().length < 3) {
      if (this.suggestions.length) {
        this.suggestions = [];
        this.host.requestUpdate();
      }
      return;
    }
    let next: Suggestion[];
    try {
      const { places, gazetteer, lang } = this.source();
      const m = this.matcher;
      let dym: DidYouMean;
      if (m && m.key[0] === places && m.key[1] === gazetteer && m.key[2] === lang) dym = m.dym;
      else {
        const mod = await import('./did-you-mean-view.js');
        this.view = mod;
        dym = mod.createDidYouMean(mod.buildDidYouMeanEntries(places, gazetteer ?? [], lang));
        this.matcher = { key: [places, gazetteer, lang], dym };
      }
      next = dym.suggest(text, 3);
    } catch {
      // The chunk failed to load (offline after an update): no suggestion, the empty state stays useful.
      next = [];
    }
    if (gen !== this.generation) return;
    this.suggestions = next;
    this.host.requestUpdate();
  }

  /**
   * "Vouliez-vous dire : [impôts] [Cahors]": one button per suggestion that runs `pick(value)`;
   * nothing without suggestions (there are none before the view module has come).
   */
  render(lang: Lang, pick: (value: string) => void): TemplateResult | typeof nothing {
    return this.view && this.suggestions.length ? this.view.renderDidYouMean(this.suggestions, lang, pick) : nothing;
  }
}
