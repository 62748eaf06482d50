/**
 * What the live region says after a change comes in a chunk of its own (i18n/strings-announce.ts,
 * issue 15, item 3): announceWords answers at once when nothing changed, once the words have
 * come the first time, and at once after that, always the same sentence as announceSentence.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SEARCH_STATE, NO_FILTERS, type SearchState } from '../../../src/core/search/state.js';
import { announceWords } from '../../../src/i18n/strings-search.js';
import { uiStringsReady } from '../../../src/i18n/strings.js';

const before: SearchState = DEFAULT_SEARCH_STATE;
const after: SearchState = { ...DEFAULT_SEARCH_STATE, needs: ['caf'], filters: { ...NO_FILTERS, equipment: ['printer'] } };

test('announceWords: the count alone at once when nothing changed; what changed once its words have come, then at once', async () => {
  assert.equal(announceWords('fr', null, after, '3 lieux trouvés'), '3 lieux trouvés');
  const first = announceWords('fr', before, after, '3 lieux trouvés');
  assert.ok(first instanceof Promise, 'the words are fetched the first time');
  assert.equal(await first, 'Démarche CAF, allocations ajoutée, Filtre Imprimante ajouté\u00a0: 3 lieux trouvés');
  assert.equal(announceWords('fr', before, after, '3 lieux trouvés'), 'Démarche CAF, allocations ajoutée, Filtre Imprimante ajouté\u00a0: 3 lieux trouvés');
  // An English element waits for its words before it renders (base-element.ts); so does this.
  await uiStringsReady('en');
  assert.equal(announceWords('en', after, before, '12 places found'), 'Procedure Family benefits (CAF) removed, Filter Printer removed: 12 places found');
});
