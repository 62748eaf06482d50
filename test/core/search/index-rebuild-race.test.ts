/**
 * A look-up in "Où ?" on first use meets a sharded catalogue still loading (issue 15, item 1):
 * the national commune list arrives and starts an index build with it, and a shard merged
 * meanwhile starts a newer build, over more places, that supersedes it. The superseded build's
 * own promise then resolves (false) while the newest build still runs; a look-up that waited
 * for that promise read the index being replaced, which has only the catalogue's communes:
 * "Cahus" (Lot, no place) became the catalogue's Catus, a letter away, and the resident would
 * have seen distances from the wrong village.
 *
 * The real controllers (search and gazetteer) with a host that wires them as the element does;
 * the national list comes through a stubbed fetch (offline) that the test releases, and the
 * shard merge is started right after the national list's build has begun (and the look-up has
 * begun to wait), before that build's first pause: no timer, only which build is newest. It
 * assumes only that a build over 2,000 places takes more than one 8 ms slice (50 to 100 ms here).
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { ReactiveControllerHost } from 'lit';
import type { Place } from '../../../src/core/catalogue/types.js';
import { parseCatalogueText } from '../../../src/core/catalogue/validate.js';
import { resetGazetteerLoads } from '../../../src/core/geo/gazetteer-loader.js';
import { SearchController } from '../../../src/controllers/search-controller.js';
import { GazetteerController } from '../../../src/controllers/gazetteer-controller.js';

const shard = (n: string): Place[] => {
  const r = parseCatalogueText(readFileSync(new URL(`../../browser/fixtures/shards/${n}.json`, import.meta.url), 'utf8'));
  assert.ok(r.usable);
  return r.places;
};
const LOT = shard('46');
const LOT_AND_ISERE = [...LOT, ...shard('38')];
/**
 * Many places, as a national catalogue's shards hold: a build over them takes many slices (about
 * 50 to 100 ms here, where a slice is 8), as a real one does; the fixture shards alone may be
 * indexed within one slice, before anything else can happen.
 */
const many = (places: Place[]): Place[] => Array.from({ length: 50 }, (_, k) => places.map((p) => ({ ...p, id: `${p.id}-${k}` }))).flat();
const FIRST = many(LOT);
const MERGED = many(LOT_AND_ISERE);
const NATIONAL: unknown = JSON.parse(readFileSync(new URL('../../../data/communes-france.json', import.meta.url), 'utf8'));

// The builds pause on an unref'd message port (core/slices.ts): a timer keeps node's loop alive meanwhile.
const alive = setInterval(() => undefined, 60_000);
after(() => clearInterval(alive));

const host: ReactiveControllerHost = {
  addController: () => undefined,
  removeController: () => undefined,
  requestUpdate: () => undefined,
  updateComplete: Promise.resolve(true),
};

/** The national list's download, held until `release` (every other fetch fails: offline). */
function holdNationalList(): { release: () => void; restore: () => void } {
  const original = globalThis.fetch;
  let release = (): void => undefined;
  const arrived = new Promise<void>((resolve) => (release = resolve));
  globalThis.fetch = (async (input: RequestInfo | URL) => {
    if (!String(input instanceof Request ? input.url : input).endsWith('communes-france.json')) throw new TypeError('offline');
    await arrived;
    return { ok: true, status: 200, json: () => Promise.resolve(NATIONAL) };
  }) as typeof fetch;
  return { release, restore: () => void (globalThis.fetch = original) };
}

/** The element's wiring (service-locator.ts): a settle or new communes build the index over the places known now. */
function locator(): { search: SearchController; communes: GazetteerController; settle: (places: Place[]) => Promise<boolean>; onNewCommunes: (f: () => void) => void } {
  const search = new SearchController(host, () => ({ origin: null, at: new Date('2026-12-01T10:00:00Z') }), () => '');
  let places: Place[] = [];
  let afterNewCommunes = (): void => undefined;
  let ready = (): void => undefined;
  const indexReady = new Promise<void>((resolve) => (ready = resolve));
  const build = (): Promise<boolean> => {
    const built = search.setPlaces(places, communes.entries);
    void built.then((ok) => ok && ready());
    return built;
  };
  const communes: GazetteerController = new GazetteerController(host, {
    index: () => search.index,
    indexReady: () => indexReady,
    whenIndexed: () => search.whenIndexed(),
    // Returns the build, as the element's did before `whenIndexed` (what a look-up then waited
    // for): the test runs unchanged against the gazetteer controller of before, and fails there.
    // eslint-disable-next-line @typescript-eslint/no-misused-promises
    onChange: () => {
      const built = build();
      // After what runs at once with the new communes (the look-up begins waiting), before the
      // build's next pause.
      queueMicrotask(afterNewCommunes);
      return built;
    },
  });
  const settle = (next: Place[]): Promise<boolean> => {
    places = next;
    return build();
  };
  return { search, communes, settle, onNewCommunes: (f) => (afterNewCommunes = f) };
}

test('a shard merged while the index is rebuilt with the national list: the look-up waits for the newest index', async () => {
  resetGazetteerLoads();
  const national = holdNationalList();
  try {
    const { search, communes, settle, onNewCommunes } = locator();
    assert.equal(await settle(FIRST), true, 'the first shard is searchable');
    assert.equal(
      search.index?.findCommunes('Cahus', 3).map((c) => c.name)[0],
      'Catus',
      "the first shard's index knows only the catalogue's communes: Cahus is a letter from Catus",
    );
    let merged: Promise<boolean> | undefined;
    // The Isère shard lands while the national list's build runs: its build supersedes that one.
    onNewCommunes(() => {
      merged = settle(MERGED);
    });
    const lookup = communes.find('Cahus', 3);
    national.release();
    const found = await lookup;
    assert.ok(merged, 'the merge happened while the national list was being indexed');
    assert.equal(found[0]?.name, 'Cahus', `found: ${found.map((c) => c.name).join(', ')}`);
    assert.ok(found[0]?.postcodes.includes('46130'), 'the Cahus of the Lot');
    assert.equal(await merged, true);
  } finally {
    national.restore();
  }
});

test('whenIndexed settles once the newest build is the index, whichever builds superseded which', async () => {
  const search = new SearchController(host, () => ({ origin: null, at: new Date('2026-12-01T10:00:00Z') }), () => '');
  assert.equal(await search.setPlaces(LOT, []), true);
  await search.whenIndexed(); // nothing under way: at once
  const first = search.setPlaces(LOT, []); // a new gazetteer, same places
  const waiting = search.whenIndexed();
  // Started after the wait began: a merge (other places: `first` resolves false at once), then
  // another settle over the same places (`second` resolves with it). The wait re-chains to each.
  const second = search.setPlaces(MERGED, []);
  const third = search.setPlaces(MERGED, []);
  let thirdDone = false;
  void third.then(() => (thirdDone = true));
  assert.equal(await first, false, 'superseded by a build over other places: false, whatever runs');
  await waiting;
  assert.equal(thirdDone, true, 'the newest build is done');
  assert.equal(search.index?.search({ text: '', limit: 0 }).total, MERGED.length);
  assert.equal(await second, true, 'superseded over the same places: resolves with the newer build');
  search.setPlaces(null, []).catch(() => undefined);
  await search.whenIndexed(); // no catalogue: nothing to wait for
});
