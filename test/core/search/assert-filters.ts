/**
 * The search contract's filter rules, as assertions shared by the property tests: a result must
 * satisfy every active filter of the query (needs, kinds, equipment, step-free access,
 * appointment policy, open state). Distance and radius checks stay in each test, which knows
 * how its query's origin was built.
 */
import assert from 'node:assert/strict';
import type { Place } from '../../../src/core/catalogue/types.js';
import type { OpenState, SearchQuery } from '../../../src/core/search/types.js';

export function assertMeetsFilters(p: Place, q: SearchQuery, openState: (p: Place, at: Date) => OpenState): void {
  for (const need of q.needs ?? []) assert.ok(p.needs.includes(need), `need ${need}`);
  if (q.kinds?.length) assert.ok(q.kinds.includes(p.kind), 'kind');
  for (const e of q.equipment ?? []) assert.ok(p.equipment?.includes(e), `equipment ${e}`);
  if (q.wheelchair) assert.equal(p.accessibility?.wheelchair, 'yes');
  if (q.appointment === 'walk-in') assert.ok(p.appointment === 'walk-in' || p.appointment === 'both');
  if (q.appointment === 'appointment') assert.ok(p.appointment === 'appointment' || p.appointment === 'both');
  if (q.openAt) {
    const s = openState(p, q.openAt);
    assert.notEqual(s, 'closed', `${p.id} closed at ${q.openAt.toISOString()}`);
    if (q.openMode !== 'include-unknown') assert.equal(s, 'open');
  }
}
