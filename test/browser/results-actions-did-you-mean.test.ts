import { expect, fixture, html as thtml } from '@open-wc/testing';
import { html } from 'lit';
import { BaseElement } from '../../src/components/base-element.js';
import { DidYouMeanController } from '../../src/components/service-locator-results-actions/did-you-mean-controller.js';
import { themeStyles } from '../../src/components/service-locator/theme.js';
import { createSearchIndex } from '../../src/core/search/search-index.js';
import type { GazetteerEntry } from '../../src/core/search/types.js';
import { BUS, CCAS, GRAMAT } from './results-actions-fixture.js';

const PLACES = [GRAMAT, BUS, CCAS];
const GAZETTEER: GazetteerEntry[] = [{ name: 'Lherm', insee: '46172', postcodes: ['46150'], lat: 44.5667, lon: 1.2467 }];

/** A minimal host doing what the root element does: search, and on an empty outcome, suggest. */
// A BaseElement, as the root is: it waits for its language's words (English is a chunk of its own).
class DymHost extends BaseElement {
  static override styles = [themeStyles];
  override lang: 'fr' | 'en' = 'fr';
  text = '';
  count = 0;
  readonly index = createSearchIndex(PLACES, { gazetteer: GAZETTEER });
  readonly dym = new DidYouMeanController(this, () => ({ places: PLACES, gazetteer: GAZETTEER, lang: this.lang }));
  pending: Promise<void> = Promise.resolve();

  run(text: string): Promise<void> {
    this.text = text;
    const outcome = this.index.search({ text });
    this.count = outcome.total;
    this.pending = this.dym.update(text, outcome.total === 0);
    this.requestUpdate();
    return this.pending;
  }

  protected override render() {
    return html`<p class="count">${this.count}</p>
      ${this.dym.render(this.lang, (v) => void this.run(v))}`;
  }
}
customElements.define('dym-test-host', DymHost);

const loaded = (part: string) => performance.getEntriesByType('resource').some((e) => e.name.includes(part));

describe('did you mean (lazy, on an empty result)', () => {
  it('loads nothing while searches find places, then suggests after an empty one; a suggestion re-runs the search', async () => {
    const el = await fixture<DymHost>(thtml`<dym-test-host></dym-test-host>`);
    await el.run('caf');
    expect(el.count).to.be.greaterThan(0);
    expect(loaded('did-you-mean.ts'), 'module loaded before any empty result').to.equal(false);
    expect(loaded('fuse'), 'fuse.js loaded before any empty result').to.equal(false);

    await el.run('kaf');
    await el.updateComplete;
    expect(el.count).to.equal(0);
    expect(loaded('did-you-mean.ts')).to.equal(true);
    expect(loaded('fuse')).to.equal(true);
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.did-you-mean button')];
    expect(el.shadowRoot!.querySelector('.did-you-mean')!.textContent).to.contain('Vouliez-vous dire :');
    expect(buttons.map((b) => b.textContent)).to.deep.equal(['CAF']);
    expect(buttons[0]!.getAttribute('aria-label')).to.equal('Rechercher « CAF »');
    await expect(el).to.be.accessible();

    buttons[0]!.click();
    await el.pending;
    await el.updateComplete;
    expect(el.text).to.equal('CAF');
    expect(el.count).to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelector('.did-you-mean')).to.equal(null);
  });

  it('suggests a commune typed without its first letter, and nothing for gibberish', async () => {
    const el = await fixture<DymHost>(thtml`<dym-test-host></dym-test-host>`);
    await el.run('ramat');
    await el.updateComplete;
    expect(el.count).to.equal(0);
    const labels = [...el.shadowRoot!.querySelectorAll('.did-you-mean button')].map((b) => b.textContent);
    expect(labels[0]).to.equal('Gramat');
    await el.run('zzzzqx');
    await el.updateComplete;
    expect(el.count).to.equal(0);
    expect(el.shadowRoot!.querySelector('.did-you-mean')).to.equal(null);
  });

  it('a newer search wins over a slower older one', async () => {
    const el = await fixture<DymHost>(thtml`<dym-test-host></dym-test-host>`);
    const first = el.run('mpots');
    const second = el.run('caf');
    await Promise.all([first, second]);
    await el.updateComplete;
    expect(el.dym.suggestions).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('.did-you-mean')).to.equal(null);
  });

  it('speaks English in the English interface', async () => {
    const el = await fixture<DymHost>(thtml`<dym-test-host></dym-test-host>`);
    el.lang = 'en';
    await el.run('mpots');
    await el.updateComplete;
    const p = el.shadowRoot!.querySelector('.did-you-mean')!;
    expect(p.textContent).to.contain('Did you mean:');
    expect(p.querySelector('button')!.getAttribute('aria-label')).to.equal('Search for “impôts”');
  });
});
