/**
 * "Vouliez-vous dire…?" as loaded on the first empty result of three letters or more: the
 * matcher (../../core/search/did-you-mean.ts) and the buttons with their words (the results
 * toolbar's table, ../../i18n/strings-actions.ts). The controller beside it
 * (./did-you-mean-controller.ts) stays with the page; this comes only when there is something to
 * suggest, so its words are always here when its buttons render (issue 15, item 3).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Suggestion } from '../../core/search/did-you-mean.js';
import { actionsStrings } from '../../i18n/strings-actions.js';
import type { Lang } from '../../core/lang.js';

export { buildDidYouMeanEntries, createDidYouMean } from '../../core/search/did-you-mean.js';

/**
 * "Vouliez-vous dire : [impôts] [Cahors]": one button per suggestion that runs `pick(value)`.
 * Renders nothing without suggestions.
 */
export function renderDidYouMean(suggestions: readonly Suggestion[], lang: Lang, pick: (value: string) => void): TemplateResult | typeof nothing {
  if (!suggestions.length) return nothing;
  const t = actionsStrings(lang);
  return html`<p class="did-you-mean" part="did-you-mean">
    ${t.didYouMean}
    ${suggestions.map((s) => html` <button type="button" aria-label=${t.searchFor(s.label)} @click=${() => pick(s.value)}>${s.label}</button>`)}
  </p>`;
}
