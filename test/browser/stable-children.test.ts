// Issue #17 point 3: the root hands its views values that change only when their content does.
// A render of the root with the same state must not re-render the list, the search box, the
// detail or the print/download toolbar; without a `now`, one clock tick a minute gives the time.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import type { ServiceLocatorListElement } from '../../src/components/service-locator-list/service-locator-list.js';
import type { ServiceLocatorDetailElement } from '../../src/components/service-locator-detail/service-locator-detail.js';
import type { ServiceLocatorResultsActionsElement } from '../../src/components/service-locator-results-actions/service-locator-results-actions.js';
import { ClockController, msToNextMinute, type ClockSource } from '../../src/controllers/clock-controller.js';
import { SMALL, detailDialog, items, list, loaded, root, search } from './helpers/locator.js';
import '../../src/define.js';

/** Counts the updates of a Lit element from now on. */
function countUpdates(el: LitElement): { n: number } {
  const count = { n: 0 };
  el.addController({ hostUpdated: () => void count.n++ });
  return count;
}

/** Not within the last seconds of a minute, when the real clock would tick during the test. */
async function awayFromTheMinute(): Promise<void> {
  const left = msToNextMinute(Date.now());
  if (left < 8000) await new Promise((r) => setTimeout(r, left + 100));
}

describe('stable children', () => {
  it('a render of the root with unchanged state re-renders no view and passes the same values', async () => {
    await awayFromTheMinute();
    // No `now`: the clock path, where `new Date()` at each render used to reach every view.
    const el = await loaded(html`<service-locator src=${SMALL} near="Figeac"></service-locator>`);
    await waitUntil(() => list(el)?.origin, 'the list got the origin (near=Figeac)');
    items(el)[0]!.querySelector<HTMLButtonElement>('[part="details-button"]')!.click();
    await detailDialog(el);
    await waitUntil(() => root(el).querySelector('service-locator-results-actions')?.shadowRoot?.querySelector('[part="toolbar"]'), 'the print/download toolbar rendered');

    const listEl = list(el) as ServiceLocatorListElement;
    const detailEl = root(el).querySelector('service-locator-detail') as ServiceLocatorDetailElement;
    const actions = root(el).querySelector('service-locator-results-actions') as ServiceLocatorResultsActionsElement;
    const box = search(el) as unknown as LitElement;
    await Promise.all([listEl.updateComplete, detailEl.updateComplete, actions.updateComplete, box.updateComplete]);
    const before = { results: listEl.results, now: listEl.now, origin: listEl.origin, detailNow: detailEl.now, actionsResults: actions.results, actionsNow: actions.now };
    const counts = { list: countUpdates(listEl), detail: countUpdates(detailEl), actions: countUpdates(actions), search: countUpdates(box) };
    let rootRenders = 0;
    el.addController({ hostUpdated: () => void rootRenders++ });

    for (let i = 0; i < 3; i++) {
      el.requestUpdate();
      await el.updateComplete;
    }
    await Promise.all([listEl.updateComplete, detailEl.updateComplete, actions.updateComplete, box.updateComplete]);

    expect(rootRenders, 'the root rendered').to.equal(3);
    expect({ results: listEl.results, now: listEl.now, origin: listEl.origin, detailNow: detailEl.now, actionsResults: actions.results, actionsNow: actions.now }).to.deep.equal(before);
    expect(listEl.results).to.equal(before.results);
    expect(listEl.now).to.equal(before.now);
    expect(listEl.origin).to.equal(before.origin);
    expect(detailEl.now).to.equal(before.detailNow);
    expect(actions.results).to.equal(before.actionsResults);
    expect({ list: counts.list.n, detail: counts.detail.n, actions: counts.actions.n, search: counts.search.n }).to.deep.equal({ list: 0, detail: 0, actions: 0, search: 0 });
  });

  it('a real change still reaches the list (the memo is keyed on content, not frozen)', async () => {
    const el = await loaded(html`<service-locator src=${SMALL}></service-locator>`);
    const listEl = list(el) as ServiceLocatorListElement;
    const results = listEl.results;
    el.now = new Date('2026-12-03T14:00:00Z');
    await el.updateComplete;
    await listEl.updateComplete;
    expect(listEl.now.toISOString()).to.equal('2026-12-03T14:00:00.000Z');
    el.query = 'caf';
    await waitUntil(() => listEl.results !== results, 'new results after a new query');
  });
});

/** A clock whose time and timers the test moves by hand. */
function fakeClock(start: number): ClockSource & { advance(ms: number): void; pending(): number[] } {
  let t = start;
  let next = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  return {
    now: () => t,
    setTimeout: (fn, ms) => {
      const id = next++;
      timers.set(id, { at: t + ms, fn });
      return id;
    },
    clearTimeout: (id) => void timers.delete(id as number),
    advance(ms: number) {
      const end = t + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, v]) => v.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        t = due[1].at;
        due[1].fn();
      }
      t = end;
    },
    pending: () => [...timers.values()].map((v) => v.at),
  };
}

class ClockHostElement extends LitElement {
  static source: ClockSource;
  readonly clock = new ClockController(this, ClockHostElement.source);
  renders = 0;
  protected override updated(): void {
    this.renders++;
  }
}
customElements.define('test-clock-host', ClockHostElement);

/** A host that reads its clock only while `useClock` is true, as the root without `now`. */
class IdleClockHostElement extends LitElement {
  static source: ClockSource;
  useClock = false;
  readonly clock = new ClockController(this, IdleClockHostElement.source, () => this.useClock);
  renders = 0;
  protected override updated(): void {
    this.renders++;
  }
}
customElements.define('test-idle-clock-host', IdleClockHostElement);

describe('ClockController', () => {
  it('msToNextMinute counts to the next minute boundary', () => {
    expect(msToNextMinute(Date.UTC(2026, 11, 1, 9, 15, 0))).to.equal(60_000);
    expect(msToNextMinute(Date.UTC(2026, 11, 1, 9, 15, 42, 500))).to.equal(17_500);
  });

  it('ticks just after each minute turns, keeps one Date between ticks, and stops on disconnect', async () => {
    const start = Date.UTC(2026, 11, 1, 9, 15, 42, 500);
    const clock = fakeClock(start);
    ClockHostElement.source = clock;
    const el = await fixture<ClockHostElement>(html`<test-clock-host></test-clock-host>`);
    const first = el.clock.now;
    expect(first.getTime()).to.equal(start);
    expect(clock.pending()).to.deep.equal([Date.UTC(2026, 11, 1, 9, 16)]);
    const renders = el.renders;

    clock.advance(17_499); // one millisecond before 9:16
    await el.updateComplete;
    expect(el.clock.now).to.equal(first);
    expect(el.renders).to.equal(renders);

    clock.advance(1); // 9:16:00.000
    await el.updateComplete;
    expect(el.clock.now.getTime()).to.equal(Date.UTC(2026, 11, 1, 9, 16));
    expect(el.renders).to.equal(renders + 1);
    expect(clock.pending()).to.deep.equal([Date.UTC(2026, 11, 1, 9, 17)]);

    clock.advance(60_000 * 3);
    await el.updateComplete;
    expect(el.clock.now.getTime()).to.equal(Date.UTC(2026, 11, 1, 9, 19));

    el.remove();
    expect(el.clock.running).to.equal(false);
    expect(clock.pending()).to.deep.equal([]);
    const kept = el.clock.now;
    clock.advance(60_000 * 10);
    expect(el.clock.now).to.equal(kept);

    // Back in the page ten minutes later: the stale time is replaced at once.
    document.body.append(el);
    expect(el.clock.now.getTime()).to.equal(Date.UTC(2026, 11, 1, 9, 29));
    expect(el.clock.running).to.equal(true);
    el.remove();
  });

  it('keeps the time but asks for no render while its host does not read it (the page set now)', async () => {
    const clock = fakeClock(Date.UTC(2026, 11, 1, 9, 15, 30));
    IdleClockHostElement.source = clock;
    const el = await fixture<IdleClockHostElement>(html`<test-idle-clock-host></test-idle-clock-host>`);
    const renders = el.renders;
    clock.advance(30_000);
    await el.updateComplete;
    expect(el.clock.now.getTime(), 'the time is kept').to.equal(Date.UTC(2026, 11, 1, 9, 16));
    expect(el.renders, 'no render for a clock nobody reads').to.equal(renders);
    el.useClock = true;
    clock.advance(60_000);
    await el.updateComplete;
    expect(el.renders, 'a render once it is read').to.equal(renders + 1);
    el.remove();
  });
});
