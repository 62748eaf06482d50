// One host rule for the inner views (issue 17, point 2: components/service-locator/theme.ts,
// viewHostStyles): each is a block in the theme's font and colour, and the `hidden` attribute
// hides it (the list, search box, coverage view, detail and editor ignored it before: their
// own `display` on :host beat the attribute).
import { expect, fixture, html } from '@open-wc/testing';
import { ServiceLocatorSearchElement } from '../../src/components/service-locator-search/service-locator-search.js';
import { ServiceLocatorListElement } from '../../src/components/service-locator-list/service-locator-list.js';
import { ServiceLocatorDetailElement } from '../../src/components/service-locator-detail/service-locator-detail.js';
import { ServiceLocatorMapElement } from '../../src/components/service-locator-map/service-locator-map.js';
import { ServiceLocatorCoverageElement } from '../../src/components/service-locator-coverage/service-locator-coverage.js';
import { ServiceLocatorResultsActionsElement } from '../../src/components/service-locator-results-actions/service-locator-results-actions.js';
import { ServiceLocatorEditorElement } from '../../src/editor/service-locator-editor.js';

const VIEWS = [
  ServiceLocatorSearchElement,
  ServiceLocatorListElement,
  ServiceLocatorDetailElement,
  ServiceLocatorMapElement,
  ServiceLocatorCoverageElement,
  ServiceLocatorResultsActionsElement,
  ServiceLocatorEditorElement,
];
for (const view of VIEWS) view.define();

describe('inner views share one host rule', () => {
  for (const view of VIEWS) {
    it(`<${view.tagName}> takes the theme's font and colour, and hides when hidden`, async () => {
      const host = await fixture<HTMLDivElement>(html`<div style="--service-locator-font: Courier; --service-locator-text: rgb(1, 2, 3)"></div>`);
      const el = document.createElement(view.tagName);
      host.append(el);
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const style = getComputedStyle(el);
      expect(style.fontFamily, 'font').to.equal('Courier');
      expect(style.color, 'colour').to.equal('rgb(1, 2, 3)');
      // The detail's host is no box (its dialog is); every other view is a block.
      expect(style.display).to.equal(view === ServiceLocatorDetailElement ? 'contents' : 'block');
      el.hidden = true;
      expect(getComputedStyle(el).display).to.equal('none');
    });
  }
});
