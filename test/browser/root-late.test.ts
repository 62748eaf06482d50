import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ServiceLocatorElement } from '../../src/components/service-locator/service-locator.js';
import { NOW, SMALL, deepActive, firstItemPaint, loaded, root } from './helpers/locator.js';

// Issue 15, item 3: what the first list paint does not run (the empty state, the commune
// choices, the map pane, the coverage view and their controllers: root-late.ts) is requested
// after that paint, and it comes with its styles. The first test must be the first of this page
// to load it (each test file has its own page).
const LATE = /\/src\/components\/service-locator\/root-late\.ts$/;
const lateRequests = () => performance.getEntriesByType('resource').filter((e) => LATE.test(new URL(e.name).pathname));
const style = (el: Element | null) => getComputedStyle(el!);

describe('<service-locator> late parts', () => {
  it('are requested after the first list has painted, not before', async () => {
    expect(lateRequests(), 'this test must be the first to load them').to.have.length(0);
    const el = await fixture<ServiceLocatorElement>(html`<service-locator src=${SMALL} .now=${NOW}></service-locator>`);
    const painted = await firstItemPaint(el);
    expect(lateRequests(), 'none before the paint').to.have.length(0);
    await waitUntil(() => lateRequests().length > 0, 'requested after the paint', { timeout: 5000 });
    for (const r of lateRequests()) expect(r.startTime).to.be.at.least(painted - 1);
  });

  it('the empty state comes with its styles', async () => {
    const el = await loaded(html`<service-locator src=${SMALL} .now=${NOW} need="handicap"></service-locator>`);
    await waitUntil(() => root(el).querySelector('.empty'), 'the empty state');
    const empty = root(el).querySelector('.empty')!;
    expect(style(empty.querySelector('ul')).display).to.equal('flex');
    expect(style(empty.querySelector('ul')).listStyleType).to.equal('none');
    await expect(el).to.be.accessible();
  });

  it('the commune choices come with their styles and keyboard', async () => {
    const el = await loaded(html`<service-locator src=${SMALL} .now=${NOW} communes="/data/communes.json"></service-locator>`);
    const input = root(el).querySelector<HTMLInputElement>('#commune')!;
    input.value = '46140';
    input.dispatchEvent(new Event('input'));
    root(el).querySelector<HTMLFormElement>('.location form')!.requestSubmit();
    await waitUntil(() => root(el).querySelector('.choices[role="listbox"]'), 'choices shown');
    const listbox = root(el).querySelector<HTMLElement>('.choices')!;
    await waitUntil(() => deepActive() === listbox, 'focus on the choices');
    expect(style(listbox).display).to.equal('flex');
    const options = [...listbox.querySelectorAll<HTMLElement>('[role="option"]')];
    expect(options.length).to.be.greaterThan(1);
    expect(style(options[0]!).outlineStyle, 'the active option outlined').to.equal('solid');
    expect(style(options[1]!).outlineStyle).to.equal('none');
    await sendKeys({ press: 'ArrowDown' });
    expect(listbox.getAttribute('aria-activedescendant')).to.equal(options[1]!.id);
    expect(style(options[1]!).outlineStyle).to.equal('solid');
    await expect(el).to.be.accessible();
  });
});
