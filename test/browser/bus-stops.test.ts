/**
 * A bus reached through one stop (issue 11, point 6): the detail leads with that stop, the others
 * are one click away; a stop whose dates are not fixed shows its pattern and no .ics; the list
 * card speaks of that stop in one line.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ServiceLocatorDetailElement } from '../../src/components/service-locator-detail/service-locator-detail.js';
import { ServiceLocatorListElement } from '../../src/components/service-locator-list/service-locator-list.js';
import type { Place, Stop } from '../../src/core/catalogue/types.js';
import type { SearchResult } from '../../src/core/search/types.js';

if (!customElements.get('service-locator-detail')) customElements.define('service-locator-detail', ServiceLocatorDetailElement);
if (!customElements.get('service-locator-list')) customElements.define('service-locator-list', ServiceLocatorListElement);

const NOW = new Date('2026-11-23T10:00+01:00');
const stop = (id: string, name: string, over: Partial<Stop> = {}): Stop => ({
  id,
  name,
  address: { city: name, postcode: '46150' },
  location: { lat: 44.56, lon: 1.3, precision: 'commune' },
  ...over,
});
const BUS: Place = {
  id: 'bus',
  name: 'Bus France services du Grand Cahors',
  kind: 'bus',
  needs: ['caf'],
  address: { city: 'Cahors', postcode: '46000' },
  location: { lat: 44.45, lon: 1.44, precision: 'exact' },
  stops: [
    stop('catus', 'Catus', { hours: 'Tu[2,4] 09:00-12:00' }),
    stop('lherm', 'Lherm', { frequency: { timesPerMonth: 2, weekday: 'Th', from: '14:00', to: '17:15', datesNote: 'dates au 07 62 60 96 94' } }),
    stop('espere', 'Espère'),
  ],
};
const PATTERN = 'Deux jeudis par mois, de 14 h à 17 h 15 · dates au 07 62 60 96 94';
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('bus stops in the detail and the list', () => {
  it('the detail leads with the stop it was reached through, the others in a disclosure; no .ics for an undated stop', async () => {
    const el = await fixture<ServiceLocatorDetailElement>(html`<service-locator-detail .now=${NOW} .stopId=${'lherm'}></service-locator-detail>`);
    await el.show(BUS);
    const root = el.shadowRoot!;
    const lead = root.querySelector('ul.stops.lead')!;
    expect(lead.querySelectorAll(':scope > li')).to.have.length(1);
    expect(text(lead)).to.contain('Lherm').and.to.contain(PATTERN);
    expect(lead.querySelector('button'), 'no .ics for a stop with no fixed date').to.equal(null);
    expect(text(root.querySelector('.body'))).not.to.match(/Passage possible|jeudi \d/);
    const others = root.querySelector<HTMLDetailsElement>('details.other-stops')!;
    expect(others.open).to.equal(false);
    expect(text(others.querySelector('summary'))).to.equal('2 autres arrêts');
    others.open = true;
    await el.updateComplete;
    expect(text(others)).to.contain('Catus').and.to.contain('Prochain passage à Catus : mardi 24 novembre');
    expect(text(others.querySelector('button'))).to.equal('Ajouter les passages à Catus à mon agenda (.ics)');
    await expect(el).to.be.accessible();
    el.close();
  });

  it('without a stop, every stop is listed as before', async () => {
    const el = await fixture<ServiceLocatorDetailElement>(html`<service-locator-detail .now=${NOW} lang="en"></service-locator-detail>`);
    await el.show(BUS);
    const root = el.shadowRoot!;
    expect(root.querySelector('details.other-stops')).to.equal(null);
    expect(root.querySelectorAll('ul.stops > li')).to.have.length(3);
    expect(text(root.querySelector('ul.stops'))).to.contain('Two Thursdays a month, 2 pm to 5:15 pm · dates au 07 62 60 96 94');
    el.close();
  });

  it('the list card of a bus reached through an undated stop says its pattern in one line', async () => {
    const results = [{ place: BUS, stopId: 'lherm', score: 1, matches: [] } as unknown as SearchResult];
    const el = await fixture<ServiceLocatorListElement>(html`<service-locator-list .now=${NOW} .results=${results}></service-locator-list>`);
    const status = el.shadowRoot!.querySelectorAll('li.place .status');
    expect(status).to.have.length(1);
    // One short line (issue 16): the pattern; the stop is named on the kind line, where to
    // learn the dates is in the detail.
    expect(text(status[0]).replace(/\u00a0/g, ' ')).to.equal(PATTERN.split(' · ')[0]);
    expect(text(el.shadowRoot!.querySelector('li.place .kind')).replace(/\u00a0/g, ' ')).to.contain('Arrêt : Lherm');
    await expect(el).to.be.accessible();
  });
});
