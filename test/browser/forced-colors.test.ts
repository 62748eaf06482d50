import { expect, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { NOW, SMALL, items, list, loaded, root } from './helpers/locator.js';
import { NO_FORCED_COLORS, skipIn } from './helpers/skip.js';

const { describe: forcedColorsDescribe } = skipIn('firefox', NO_FORCED_COLORS);

// Windows high-contrast (forced colours): every control keeps a visible outline, states are in
// words, and the pressed view button stays distinguishable.
forcedColorsDescribe('<service-locator> in forced-colours mode', () => {
  afterEach(async () => {
    await executeServerCommand('emulate-forced-colors', { active: false });
  });

  it('keeps buttons outlined and states in words, and passes axe', async () => {
    await executeServerCommand('emulate-forced-colors', { active: true });
    expect(matchMedia('(forced-colors: active)').matches, 'emulation active').to.equal(true);
    const el = await loaded(html`<service-locator src=${SMALL} .now=${NOW} view="list"></service-locator>`);
    await waitUntil(() => list(el) && items(el).length > 0, 'results');
    // Buttons have a border (forced colours remove backgrounds, so a border is what shows them).
    const buttons = [
      ...root(el).querySelectorAll<HTMLButtonElement>('.toolbar button, .views button'),
      ...list(el)!.shadowRoot!.querySelectorAll<HTMLButtonElement>('li.place button'),
    ];
    expect(buttons.length).to.be.greaterThan(2);
    for (const b of buttons) {
      const cs = getComputedStyle(b);
      expect(cs.borderTopStyle, `border of "${b.textContent.trim()}"`).to.not.equal('none');
      expect(parseFloat(cs.borderTopWidth), `border width of "${b.textContent.trim()}"`).to.be.greaterThan(0);
    }
    // The pressed view button keeps a background of its own (Highlight): without it, forced
    // colours paint every button alike and the current view is lost.
    const views = [...root(el).querySelectorAll<HTMLButtonElement>('.views button')];
    const pressed = views.find((b) => b.getAttribute('aria-pressed') === 'true')!;
    const other = views.find((b) => b.getAttribute('aria-pressed') === 'false')!;
    expect(getComputedStyle(pressed).backgroundColor).to.not.equal(getComputedStyle(other).backgroundColor);
    // The open status is a phrase, not only a colour.
    const statusText = list(el)!.shadowRoot!.textContent;
    expect(/Ouvert|Fermé|Horaires non communiqués/.test(statusText)).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
