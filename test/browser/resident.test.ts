/**
 * A resident's experience on a phone and with assistive technology (issue 16): the result list
 * a phone can use, focus never lost, the map by keyboard and the ways past it, quiet and useful
 * announcements, the detail as a phone sheet, filters that match, words for residents.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { ServiceLocatorElement } from '../../src/components/service-locator/service-locator.js';
import { NOW, SMALL, announcer, countText, deepActive, detailDialog, filtersBody, items, list, loaded, root, search } from './helpers/locator.js';
import { demo, idleMap, mapOf } from './helpers/demo.js';
import { NO_WEBGL, skipIn } from './helpers/skip.js';

const { it: webglIt } = skipIn('firefox', NO_WEBGL);
const nb = (s: string | null | undefined) => (s ?? '').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
const checkbox = async (el: ServiceLocatorElement, label: RegExp) =>
  [...(await filtersBody(el)).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find((i) => label.test(i.parentElement!.textContent))!;



afterEach(async () => {
  await setViewport({ width: 800, height: 600 });
});

describe('issue 16 · 1. a result list a phone can use', () => {
  it('at 360 px, the first result comes right after one compact bar; print and downloads wait after the list', async () => {
    await setViewport({ width: 360, height: 740 });
    const el = await demo({ near: 'Lherm', query: 'caf' });
    const count = root(el).querySelector<HTMLElement>('.count')!;
    const first = items(el)[0]!;
    // Count, sort and view: one bar, not a screenful of buttons.
    const gap = first.getBoundingClientRect().top - count.getBoundingClientRect().bottom;
    expect(gap, 'space between the count and the first result').to.be.below(150);
    await waitUntil(() => root(el).querySelector('service-locator-results-actions'), 'print and downloads');
    const menu = root(el).querySelector<HTMLDetailsElement>('details.export')!;
    expect(nb(menu.querySelector('summary')!.textContent)).to.equal('Imprimer ou télécharger');
    expect(menu.contains(root(el).querySelector('service-locator-results-actions'))).to.equal(true);
    expect(menu.open).to.equal(false);
    const lastCard = items(el).at(-1)!;
    expect(menu.getBoundingClientRect().top).to.be.above(lastCard.getBoundingClientRect().bottom);
    // Text at 16 px at least.
    expect(parseFloat(getComputedStyle(first.querySelector('.kind')!).fontSize)).to.be.at.least(15.2);
    expect(parseFloat(getComputedStyle(first.querySelector('.status')!).fontSize)).to.be.at.least(16);
    await expect(el).to.be.accessible();
  });

  it('a card reads name, kind, status, distance, address; one primary action and at most two links', async () => {
    const el = await demo({ near: 'Lherm', query: 'caf' });
    for (const li of items(el)) {
      const order = [...li.children].map((c) => (c.tagName === 'H3' ? 'name' : c.className.split(' ')[0]));
      const at = (k: string) => order.indexOf(k);
      expect(at('name'), order.join()).to.equal(0);
      expect(at('kind')).to.equal(1);
      expect(at('status')).to.equal(2);
      if (at('meta') >= 0) expect(at('meta')).to.be.below(at('address'));
      const actions = [...li.querySelectorAll<HTMLElement>('.actions > *')];
      expect(actions.length, li.dataset['placeId']).to.be.at.most(3);
      expect(actions.filter((a) => a.classList.contains('primary'))).to.have.length(1);
      for (const a of actions.slice(1)) expect(['Appeler', 'Itinéraire']).to.include(nb(a.textContent));
    }
    // The bus reached through its Lherm stop: that stop, in one short line, no raw note.
    const bus = items(el).find((li) => li.dataset['placeId'] === 'fs-262')!;
    expect(nb(bus.querySelector('.kind')!.textContent)).to.equal('Bus itinérant · Arrêt : Lherm');
    const status = nb(bus.querySelector('.status')!.textContent);
    expect(status).to.match(/^Deux jeudis par mois/);
    expect(status).to.not.match(/dates au|·/);
  });
});

describe('issue 16 · 2. focus never lost', () => {
  it('removing a criterion in the empty state focuses the new count', async () => {
    const el = await loaded(html`<service-locator src=${SMALL} .now=${NOW} need="ecrivain-public"></service-locator>`);
    (await checkbox(el, /fauteuil/)).click();
    await waitUntil(() => root(el).querySelector('.empty'), 'nothing found');
    const remove = [...root(el).querySelectorAll<HTMLButtonElement>('.empty button')].find((b) => b.textContent.includes('fauteuil'))!;
    remove.focus();
    remove.click();
    await waitUntil(() => items(el).length > 0, 'results again');
    await waitUntil(() => deepActive()?.classList.contains('count'), 'focus on the count');
    expect(countText(el)).to.equal('1 lieu trouvé');
  });

  it('removing a need chip or the origin chip moves focus to the count, never to <body>', async () => {
    const el = await loaded(html`<service-locator src=${SMALL} .now=${NOW} need="caf" near="Cahors"></service-locator>`);
    await waitUntil(() => root(el).querySelector('.origin button'), 'origin chip');
    const chip = search(el).shadowRoot!.querySelector<HTMLButtonElement>('.chips button')!;
    chip.focus();
    chip.click();
    await waitUntil(() => !search(el).shadowRoot!.querySelector('.chips button'), 'chip gone');
    await waitUntil(() => deepActive()?.classList.contains('count'), 'focus on the count after the chip');
    const origin = root(el).querySelector<HTMLButtonElement>('.origin button')!;
    origin.focus();
    origin.click();
    await waitUntil(() => !root(el).querySelector('.origin button'), 'origin gone');
    await waitUntil(() => deepActive()?.classList.contains('count'), 'focus on the count after the origin');
  });

  webglIt('closing a detail opened from the map returns to the same place in the visible list; the map has not moved', async () => {
    const el = await demo({ near: 'Cahors', view: 'both' });
    const adapter = await idleMap(el);
    const before = JSON.stringify([adapter.map!.getCenter(), adapter.map!.getZoom()]);
    const entries = () => [...mapOf(el)!.shadowRoot!.querySelectorAll<HTMLButtonElement>('.visible button[data-place-id]')];
    const second = entries()[1]!;
    const id = second.dataset['placeId']!;
    second.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await detailDialog(el);
    await waitUntil(() => dialog.open, 'detail open');
    // While the dialog is open the places in view change order (the map moved, new results):
    // the entry that opened the dialog must still be that place's, not whatever took its row.
    const m = mapOf(el)! as unknown as { visibleIds: string[]; updateComplete: Promise<unknown> };
    m.visibleIds = [id, ...m.visibleIds.filter((x) => x !== id)];
    await m.updateComplete;
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'closed');
    await waitUntil(() => (deepActive() as HTMLElement | null)?.dataset?.['placeId'] === id, 'focus on the same place');
    expect(nb(deepActive()!.textContent)).to.contain(nb(second.textContent));
    await adapter.whenIdle();
    expect(JSON.stringify([adapter.map!.getCenter(), adapter.map!.getZoom()])).to.equal(before);
  });
});

describe('issue 16 · 3. map by keyboard, and ways past it', () => {
  // In Firefox the focus after the skip link's Enter lands in a full run only some of the time
  // (WebDriver BiDi key events race the click's update); it passes alone. Chromium checks it.
  skipIn('firefox', 'skip-link focus under WebDriver BiDi key events is flaky in a full run').it('"Aller aux résultats" is the first tab stop and moves focus to the count', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">avant</button><service-locator src=${SMALL} .now=${NOW}></service-locator></div>`);
    const el = wrapper.querySelector('service-locator') as ServiceLocatorElement;
    await waitUntil(() => list(el) && items(el).length > 0, 'results');
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(nb(deepActive()!.textContent)).to.equal('Aller aux résultats');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActive()?.classList.contains('count'), 'focus on the count after "Aller aux résultats"');
  });

  webglIt('"Aller à la carte", "Passer la carte"; the visible list is one tab stop, arrows move through it and the marker follows', async () => {
    const el = await demo({ near: 'Cahors', view: 'both' });
    await idleMap(el);
    const skips = [...root(el).querySelectorAll<HTMLButtonElement>('.skip')].map((b) => nb(b.textContent));
    expect(skips).to.include.members(['Aller aux résultats', 'Aller à la carte', 'Passer la carte']);
    [...root(el).querySelectorAll<HTMLButtonElement>('.skip')].find((b) => b.textContent.includes('Aller à la carte'))!.click();
    expect(deepActive()?.tagName).to.equal('CANVAS');
    [...root(el).querySelectorAll<HTMLButtonElement>('.skip')].find((b) => b.textContent.includes('Passer la carte'))!.click();
    expect(nb(deepActive()!.textContent)).to.equal('Imprimer ou télécharger');

    const map = mapOf(el)!;
    const entries = () => [...map.shadowRoot!.querySelectorAll<HTMLButtonElement>('.visible button[data-place-id]')];
    expect(entries().length).to.be.greaterThan(2);
    expect(entries().filter((b) => b.tabIndex === 0)).to.have.length(1);
    entries()[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    const second = entries()[1]!;
    await waitUntil(() => deepActive() === second, 'arrow down moves to the next entry');
    expect(entries().filter((b) => b.tabIndex === 0)).to.deep.equal([second]);
    const status = map.shadowRoot!.querySelector('.visible [role="status"]')!;
    expect(nb(status.textContent)).to.match(new RegExp(`^Sur la carte : ${second.querySelector('span:not(.swatch) span')!.textContent}`));
    await sendKeys({ press: 'End' });
    await waitUntil(() => deepActive() === entries().at(-1), 'End to the last entry');
    await expect(el).to.be.accessible();
  });
});

describe('issue 16 · 4. quiet, useful announcements', () => {
  it('says what changed: "Filtre Imprimante retiré : 6 lieux trouvés"; nothing after one letter or a word being typed', async () => {
    const el = await loaded();
    (await checkbox(el, /Imprimante/)).click();
    await waitUntil(() => announcer(el).textContent.includes('Filtre Imprimante ajouté'), 'filter added, said', { timeout: 3000 });
    expect(nb(announcer(el).textContent)).to.equal('Filtre Imprimante ajouté : 2 lieux trouvés');
    (await checkbox(el, /Imprimante/)).click();
    await waitUntil(() => announcer(el).textContent.includes('retiré'), 'filter removed, said', { timeout: 3000 });
    expect(nb(announcer(el).textContent)).to.equal('Filtre Imprimante retiré : 6 lieux trouvés');

    const said: string[] = [];
    const watch = new MutationObserver(() => said.push(nb(announcer(el).textContent)));
    watch.observe(announcer(el), { childList: true, subtree: true, characterData: true });
    const input = search(el).shadowRoot!.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    input.focus();
    await sendKeys({ type: 'x' });
    await new Promise((r) => setTimeout(r, 1300));
    await sendKeys({ type: 'qzw' });
    await new Promise((r) => setTimeout(r, 1300));
    watch.disconnect();
    expect(said, 'nothing said for one letter or a word that finds nothing yet').to.deep.equal([]);
  });

  it('a need chosen and a radius changed are named with the count near the origin', async () => {
    const el = await demo({ near: 'Lherm' });
    const radios = [...(await filtersBody(el)).querySelectorAll<HTMLInputElement>('input[name="radius"]')];
    radios[2]!.click();
    await waitUntil(() => announcer(el).textContent.includes('60 km'), 'radius said', { timeout: 3000 });
    expect(nb(announcer(el).textContent)).to.match(/^Distance à moins de 60 km : \d+ lieux à moins de 60 km de Lherm$/);
  });
});

describe('issue 16 · 5. the detail on a phone', () => {
  it('at 320 px: a full-height sheet, no word or time broken, targets of 44 px', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await loaded();
    items(el).find((li) => li.dataset['placeId'] === 'fs-cahors')!.querySelector<HTMLButtonElement>('[part="details-button"]')!.click();
    const dialog = await detailDialog(el);
    await waitUntil(() => dialog.open, 'open');
    const r = dialog.getBoundingClientRect();
    expect(r.width).to.be.at.least(319);
    expect(r.height).to.be.at.least(639);
    const close = dialog.querySelector<HTMLButtonElement>('[part="close-button"]')!;
    // "Fermer" on one line: its height is one line's, not three.
    expect(close.getBoundingClientRect().height).to.be.at.most(48);
    expect(dialog.querySelector('.head')!.getBoundingClientRect().height).to.be.below(120);
    // Times never break inside: "13 h 30" and "9 h" hold no breaking space.
    const text = dialog.textContent;
    expect(text).to.not.match(/\d h\b|\bh \d/);
    for (const a of dialog.querySelectorAll<HTMLElement>('.contact a, button')) {
      if (a.getBoundingClientRect().width === 0) continue;
      expect(a.getBoundingClientRect().height, a.textContent).to.be.at.least(44);
    }
    await expect(el).to.be.accessible();
    dialog.close();
  });

  it('at 320 × 256 (400 % zoom), the header scrolls away with the content', async () => {
    await setViewport({ width: 320, height: 256 });
    const el = await loaded();
    items(el)[0]!.querySelector<HTMLButtonElement>('[part="details-button"]')!.click();
    const dialog = await detailDialog(el);
    await waitUntil(() => dialog.open, 'open');
    expect(dialog.querySelector('.head')!.getBoundingClientRect().height).to.be.below(128);
    expect(getComputedStyle(dialog.querySelector('.head')!).position).to.equal('static');
    dialog.close();
  });

  webglIt('the map zoom buttons are 44 px', async () => {
    const el = await demo({ view: 'both' });
    await idleMap(el);
    const zoom = mapOf(el)!.shadowRoot!.querySelector<HTMLElement>('.maplibregl-ctrl-zoom-in')!;
    expect(zoom.getBoundingClientRect().height).to.be.at.least(44);
    expect(zoom.getBoundingClientRect().width).to.be.at.least(44);
  });
});

describe('issue 16 · 6. filters that match', () => {
  it('offers only values some place has, with their count; one "Filtres"; a visible disclosure marker', async () => {
    const el = await loaded();
    const box = search(el).shadowRoot!;
    const details = box.querySelector('details')!;
    details.open = true;
    await filtersBody(el);
    await el.updateComplete;
    const equipment = [...box.querySelectorAll<HTMLInputElement>('input[name="equipment"]')].map((i) => nb(i.parentElement!.textContent));
    expect(equipment).to.deep.equal(['Ordinateur en libre accès (2)', 'Imprimante (2)', 'Scanner (1)', 'Wi-Fi (1)']);
    const kinds = [...box.querySelectorAll<HTMLInputElement>('input[name="kind"]')].map((i) => nb(i.parentElement!.textContent));
    expect(kinds).to.include('France services (1)');
    expect(kinds.every((k) => /\(\d+\)$/.test(k))).to.equal(true);
    const titles = [...box.querySelectorAll('summary, legend')].map((x) => nb(x.textContent));
    expect(titles.filter((x) => x === 'Filtres')).to.have.length(1);
    const marker = getComputedStyle(box.querySelector('summary')!, '::before');
    expect(marker.content).to.not.equal('none');
    expect(parseFloat(marker.width)).to.be.greaterThan(4);
    await expect(el).to.be.accessible();
  });
});

describe('issue 16 · 7. words for residents', () => {
  it('help-contact is offered where a resident is stuck: an error, nothing found', async () => {
    const bad = await fixture<ServiceLocatorElement>(html`<service-locator src="/__test__/status/404" help-contact="05 65 00 00 00"></service-locator>`);
    await waitUntil(() => root(bad).querySelector('[role="alert"]'), 'error');
    const help = root(bad).querySelector('.help')!;
    expect(nb(help.textContent)).to.equal('Besoin d’aide ? appelez le 05 65 00 00 00');
    expect(help.querySelector('a')!.getAttribute('href')).to.match(/^tel:/);
    expect(root(bad).textContent).to.not.match(/404/);
    await expect(bad).to.be.accessible();

    const empty = await loaded(html`<service-locator src=${SMALL} .now=${NOW} query="zzzzzz" help-contact="https://mairie.example.fr/contact"></service-locator>`);
    await waitUntil(() => root(empty).querySelector('.empty .help a'), 'help in the empty state');
    expect(root(empty).querySelector('.empty .help a')!.getAttribute('href')).to.equal('https://mairie.example.fr/contact');
  });

  it('French suggestions never show an English thesaurus term ("Handicap, MDPH (carer)")', async () => {
    const el = await loaded();
    const input = search(el).shadowRoot!.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    input.focus();
    await sendKeys({ type: 'care' });
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true', 'suggestions');
    const options = [...search(el).shadowRoot!.querySelectorAll('[role="option"]')].map((o) => nb(o.textContent));
    expect(options.some((o) => /Handicap/.test(o)), options.join(' | ')).to.equal(true);
    expect(options.join(' | ')).to.not.match(/carer|disab/i);
  });

  it('in English, catalogue text is marked lang="fr" and times read one way ("9 am", never "09:00")', async () => {
    const el = await loaded(html`<service-locator src=${SMALL} .now=${NOW} lang="en"></service-locator>`);
    const card = items(el).find((li) => li.dataset['placeId'] === 'fs-cahors')!;
    expect(card.querySelector('h3')!.getAttribute('lang')).to.equal('fr');
    expect(card.querySelector('.address')!.getAttribute('lang')).to.equal('fr');
    card.querySelector<HTMLButtonElement>('[part="details-button"]')!.click();
    const dialog = await detailDialog(el);
    await waitUntil(() => dialog.open, 'open');
    expect(dialog.querySelector('h2')!.getAttribute('lang')).to.equal('fr');
    const week = nb(dialog.querySelector('table')!.textContent);
    expect(week).to.not.match(/\d\d:\d\d/);
    expect(week).to.match(/9 am – noon/);
    await expect(el).to.be.accessible();
    dialog.close();
  });
});

describe('issue 16 · axe in every state, both languages, at 360 and 1280 px', () => {
  for (const width of [360, 1280]) {
    for (const lang of ['fr', 'en'] as const) {
      it(`${width} px, ${lang}: results, filters open, skip link, detail, empty, error`, async () => {
        await setViewport({ width, height: 800 });
        const el = await loaded(html`<service-locator src=${SMALL} .now=${NOW} lang=${lang} near="Cahors" help-contact="05 65 00 00 00"></service-locator>`);
        await waitUntil(() => root(el).querySelector('.origin button'), 'origin');
        await expect(el, 'results').to.be.accessible();
        search(el).shadowRoot!.querySelector('details')!.open = true;
        await filtersBody(el);
        await waitUntil(() => root(el).querySelector('details.export'), 'export menu');
        root(el).querySelector<HTMLDetailsElement>('details.export')!.open = true;
        await el.updateComplete;
        await expect(el, 'filters and export open').to.be.accessible();
        root(el).querySelector<HTMLButtonElement>('.skip')!.focus();
        await expect(el, 'skip link shown').to.be.accessible();
        items(el)[0]!.querySelector<HTMLButtonElement>('[part="details-button"]')!.click();
        const dialog = await detailDialog(el);
        await waitUntil(() => dialog.open, 'open');
        await expect(el, 'detail').to.be.accessible();
        dialog.close();
        el.query = 'zzzzzz';
        await waitUntil(() => root(el).querySelector('.empty'), 'empty');
        await expect(el, 'empty').to.be.accessible();
        const bad = await fixture<ServiceLocatorElement>(html`<service-locator src="/__test__/status/500" lang=${lang} help-contact="https://mairie.example.fr/contact"></service-locator>`);
        await waitUntil(() => root(bad).querySelector('[role="alert"]'), 'error');
        await expect(bad, 'error').to.be.accessible();
      });
    }
  }

  webglIt('360 and 1280 px: the map with its visible places and skip links', async () => {
    for (const width of [360, 1280]) {
      await setViewport({ width, height: 800 });
      const el = await demo({ near: 'Cahors', view: 'both' });
      await idleMap(el);
      await expect(el).to.be.accessible();
    }
  });
});
