import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Polygon } from 'geojson';
import {
  RateLimiter,
  analyseCoverage,
  applyIsochrones,
  fetchIsochrones,
  isochroneKey,
  isochroneUrl,
  parseCoverageCommunes,
  pointInGeometry,
  relevantPoints,
  servicePoints,
  type FetchLike,
} from '../../../src/core/coverage/index.js';
import { COMMUNES_RAW, LON, PLACES, square } from './fixture.js';

/** A fake clock: `sleep` advances time instantly. */
function fakeClock(start = Date.UTC(2026, 10, 23, 12)): { now: () => number; sleep: (ms: number) => Promise<void>; slept: number[] } {
  let t = start;
  const slept: number[] = [];
  return {
    now: () => t,
    sleep: async (ms: number) => {
      slept.push(ms);
      t += ms;
    },
    slept,
  };
}

/** Counts calls, answers from `answer(url, n)`; advances the fake clock by `latency` ms per call. */
function fakeFetch(answer: (url: string, n: number) => { status: number; body?: unknown }, clock?: ReturnType<typeof fakeClock>, latency = 0) {
  const calls: { url: string; at: number }[] = [];
  const fetch: FetchLike = async (url) => {
    calls.push({ url, at: clock ? clock.now() : 0 });
    if (clock && latency) await clock.sleep(latency);
    const { status, body } = answer(url, calls.length);
    return { ok: status >= 200 && status < 300, status, json: async () => body };
  };
  return { fetch, calls };
}

const polygonAround = (lat: number, half: number): Polygon => ({ type: 'Polygon', coordinates: square(lat, LON, half) });

describe('isochrones: rate limiter', () => {
  it('never starts more than 5 requests in any 1-second window', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(5, clock.now, clock.sleep);
    const starts: number[] = [];
    await Promise.all(Array.from({ length: 17 }, () => limiter.acquire().then(() => starts.push(clock.now()))));
    assert.equal(starts.length, 17);
    for (let i = 5; i < starts.length; i++) assert.ok(starts[i]! - starts[i - 5]! >= 1000, `window at ${i}`);
    assert.equal(starts.at(-1)! - starts[0]!, 3000, '17 requests at 5/s take 3 s');
  });

  it('does not wait when requests are already slow', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(5, clock.now, clock.sleep);
    for (let i = 0; i < 8; i++) {
      await limiter.acquire();
      await clock.sleep(300);
    }
    assert.ok(clock.slept.every((ms) => ms === 300), 'only our own sleeps');
  });
});

describe('isochrones: requests and cache', () => {
  const communes = analyseCoverage(PLACES, parseCoverageCommunes(COMMUNES_RAW).communes.filter((c) => c.dep === '46')).communes;
  const { points } = servicePoints(PLACES);

  it('builds the Géoplateforme URL (arrival at the place, car, minutes)', () => {
    const u = new URL(isochroneUrl(1.441234567, 44.4475, 30));
    assert.equal(u.origin + u.pathname, 'https://data.geopf.fr/navigation/isochrone');
    const q = Object.fromEntries(u.searchParams);
    assert.deepEqual(q, {
      resource: 'bdtopo-valhalla', profile: 'car', costType: 'time', costValue: '30', timeUnit: 'minute',
      direction: 'arrival', point: '1.44123,44.4475', geometryFormat: 'geojson',
    });
    assert.equal(isochroneKey(1.441234567, 44.4475, 30), '1.44123,44.4475,30,arrival');
  });

  it('fetches each point once within the rate limit, caches, and a second run sends nothing', async () => {
    const clock = fakeClock();
    const many = Array.from({ length: 12 }, (_, i) => ({ placeId: `p${i}`, name: `p${i}`, lat: 44 + i / 100, lon: LON }));
    const f = fakeFetch((url) => ({ status: 200, body: { point: url, geometry: polygonAround(44, 0.2) } }), clock, 20);
    const run = await fetchIsochrones([...many, many[0]!], { minutes: 30, fetch: f.fetch, now: clock.now, sleep: clock.sleep });
    assert.equal(run.requests, 12, 'a repeated point is requested once');
    assert.equal(Object.keys(run.cache).length, 12);
    assert.deepEqual(run.failures, []);
    for (let i = 5; i < f.calls.length; i++) assert.ok(f.calls[i]!.at - f.calls[i - 5]!.at >= 1000);
    const entry = run.cache[isochroneKey(LON, 44, 30)]!;
    assert.equal(entry.fetchedAt, '2026-11-23T12:00:00.020Z', 'the fake clock after the first answer');
    assert.equal(entry.geometry.type, 'Polygon');
    // The cache survives JSON (it is written into the CLI's output) and makes a second run offline.
    const again = fakeFetch(() => ({ status: 500 }));
    const run2 = await fetchIsochrones(many, { minutes: 30, fetch: again.fetch, now: clock.now, sleep: clock.sleep, cache: JSON.parse(JSON.stringify(run.cache)) });
    assert.equal(again.calls.length, 0);
    assert.equal(run2.requests, 0);
    assert.equal(Object.keys(run2.cache).length, 12);
  });

  it('retries a 429 after a second, and reports failures as data', async () => {
    const clock = fakeClock();
    const f = fakeFetch((url, n) => (url.includes('44.5') ? { status: 503 } : n === 1 ? { status: 429 } : { status: 200, body: { geometry: polygonAround(44, 0.1) } }), clock);
    const pts = [
      { placeId: 'A', name: 'A', lat: 44, lon: LON },
      { placeId: 'B', stopId: 's', name: 'B', lat: 44.5, lon: LON },
      { placeId: 'C', name: 'C', lat: 45, lon: LON },
    ];
    const run = await fetchIsochrones(pts, { minutes: 30, fetch: f.fetch, now: clock.now, sleep: clock.sleep });
    assert.equal(f.calls.length, 4, 'A twice (429 then 200), B once, C once');
    assert.ok(clock.slept.includes(1000));
    assert.deepEqual(run.failures.map((x) => [x.placeId, x.stopId, x.reason]), [['B', 's', 'HTTP 503']]);
    const thrown = await fetchIsochrones(pts.slice(0, 1), { minutes: 30, fetch: () => Promise.reject(new Error('down')), now: clock.now, sleep: clock.sleep });
    assert.deepEqual(thrown.failures.map((x) => x.reason), ['network error: down']);
    const bad = await fetchIsochrones(pts.slice(0, 1), { minutes: 30, fetch: fakeFetch(() => ({ status: 200, body: { geometry: { type: 'Point', coordinates: [1, 2] } } })).fetch, now: clock.now, sleep: clock.sleep });
    assert.deepEqual(bad.failures.map((x) => x.reason), ['answer without a polygon']);
    const capped = await fetchIsochrones(pts, { minutes: 30, fetch: f.fetch, now: clock.now, sleep: clock.sleep, maxRequests: 1 });
    assert.equal(capped.requests, 1);
    assert.equal(capped.failures.length, 2);
  });

  it('skips points too far to matter and applies the polygons to the communes', async () => {
    const far = { placeId: 'far', name: 'far', lat: 49, lon: 3 };
    assert.deepEqual(relevantPoints([...points, far], communes, 30).map((p) => p.placeId), ['A', 'B']);
    // A's isochrone (43.55–44.15) holds Un (44.10) and Quatre (43.70), not Deux (44.30); B's answer is missing.
    const clock = fakeClock();
    const f = fakeFetch((url) => (url.includes('44.5') ? { status: 500 } : { status: 200, body: { geometry: polygonAround(43.85, 0.3) } }));
    const run = await fetchIsochrones(points, { minutes: 30, fetch: f.fetch, now: clock.now, sleep: clock.sleep });
    const r = analyseCoverage(PLACES, parseCoverageCommunes(COMMUNES_RAW).communes.filter((c) => c.dep === '46'));
    const precise = applyIsochrones(r, points, run);
    assert.deepEqual(precise.communes.map((c) => c.covered), [true, null, null, true, null]);
    assert.deepEqual(precise.population, { total: 4000, within: 1300, unknown: 2700, share: 0.325 });
  });
});

describe('isochrones: point in polygon', () => {
  it('respects holes and multipolygons', () => {
    const withHole: Polygon = { type: 'Polygon', coordinates: [square(0, 0, 1)[0]!, square(0, 0, 0.5)[0]!] };
    assert.equal(pointInGeometry(0.75, 0, withHole), true);
    assert.equal(pointInGeometry(0, 0, withHole), false);
    assert.equal(pointInGeometry(2, 0, withHole), false);
    assert.equal(pointInGeometry(10, 10, { type: 'MultiPolygon', coordinates: [square(0, 0, 1), square(10, 10, 1)] }), true);
    assert.equal(pointInGeometry(0, 0, { type: 'Point', coordinates: [0, 0] }), false);
  });
});
