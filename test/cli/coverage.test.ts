import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { main, type CliIO } from '../../src/cli/main.js';
import { run } from '../../src/cli/commands/coverage.js';
import type { FetchLike } from '../../src/core/coverage/index.js';
import { CATALOGUE, COMMUNES_RAW, square } from '../core/coverage/fixture.js';

const FILES: Record<string, string> = {
  'cat.json': '\uFEFF' + JSON.stringify(CATALOGUE),
  'communes.json': JSON.stringify(COMMUNES_RAW),
  'outlines.geojson': JSON.stringify({
    type: 'FeatureCollection',
    features: COMMUNES_RAW.slice(0, 5).map((c) => ({ type: 'Feature', properties: { code: c.insee }, geometry: { type: 'Polygon', coordinates: square(c.lat, c.lon) } })),
  }),
  'broken.json': '{',
};

function io(): CliIO & { out: string; err: string } {
  const o = {
    out: '',
    err: '',
    stdout: (t: string) => void (o.out += t),
    stderr: (t: string) => void (o.err += t),
    readFile: async (p: string) => {
      const t = FILES[p];
      if (t === undefined) throw new Error('ENOENT');
      return t;
    },
  };
  return o;
}

describe('CLI coverage', () => {
  it('md: the hand-computed share and the communes beyond (fixture.ts)', async () => {
    const o = io();
    assert.equal(await main(['coverage', 'cat.json', '--communes', 'communes.json', '--dep', '46'], o), 0);
    assert.equal(o.err, '');
    assert.match(o.out, /42,5\u00a0% de la population/);
    assert.match(o.out, /au-delà : 2 /);
    assert.ok(o.out.indexOf('| Trois | 46003') < o.out.indexOf('| Quatre | 46004'));
    assert.doesNotMatch(o.out, /Ailleurs/);
  });

  it('without --dep counts every commune of the file', async () => {
    const o = io();
    assert.equal(await main(['coverage', 'cat.json', '--communes', 'communes.json', '--minutes', '45', '--lang', 'en'], o), 0);
    assert.match(o.out, /Communes: 6; within 45 min: 5; beyond: 1/);
    assert.match(o.out, /\| Ailleurs \| 02001 \| 9,999 \|/);
  });

  it('csv and geojson, with --need and --kind', async () => {
    const o = io();
    assert.equal(await main(['coverage', 'cat.json', '--communes', 'communes.json', '--dep', '46', '--format', 'csv', '--need', 'caf'], o), 0);
    const lines = o.out.slice(1).trimEnd().split('\r\n');
    assert.equal(lines.length, 6);
    assert.deepEqual(lines.slice(1).map((l) => l.split(',')[5]), ['false', 'true', 'false', 'false', 'true']);
    const g = io();
    assert.equal(await main(['coverage', 'cat.json', '--communes', 'communes.json', '--outlines', 'outlines.geojson', '--format', 'geojson', '--kind', 'espace-numerique'], g), 0);
    const fc = JSON.parse(g.out);
    assert.equal(fc.features.length, 6);
    assert.equal(fc.features[0].geometry.type, 'Polygon');
    assert.equal(fc.features[5].geometry.type, 'Point', 'no outline for Ailleurs');
    assert.match(g.err, /1 communes sans contour/);
    assert.deepEqual(fc.features[3].properties.minutes, 0);
    assert.equal(fc.coverage.target.kind, 'espace-numerique');
  });

  it('bad usage exits 2 with a message', async () => {
    for (const args of [
      ['cat.json'],
      ['--communes', 'communes.json'],
      ['cat.json', '--communes', 'communes.json', '--need', 'caf', '--kind', 'ccas'],
      ['cat.json', '--communes', 'communes.json', '--need', 'nope'],
      ['cat.json', '--communes', 'communes.json', '--minutes', '0'],
      ['cat.json', '--communes', 'communes.json', '--format', 'xls'],
      ['cat.json', '--communes', 'communes.json', '--bogus'],
      ['cat.json', '--communes', 'missing.json'],
      ['cat.json', '--communes', 'broken.json'],
      ['cat.json', '--communes', 'communes.json', '--dep', '99'],
    ]) {
      const o = io();
      assert.equal(await main(['coverage', ...args], o), 2, args.join(' '));
      assert.notEqual(o.err, '', args.join(' '));
      assert.equal(o.out, '');
    }
    // An unusable catalogue is the data at fault: exit 1, as in every command.
    const b = io();
    assert.equal(await main(['coverage', 'broken.json', '--communes', 'communes.json'], b), 1);
    assert.match(b.err, /catalogue inutilisable \/ .*unusable catalogue/);
    const h = io();
    assert.equal(await main(['coverage', '--help'], h), 0);
    assert.match(h.out, /--communes FILE/);
  });

  it('--precise uses the injected fetch within the rate limit, and its cache makes a second run offline', async () => {
    let t = 0;
    const calls: string[] = [];
    const fetch: FetchLike = async (url) => {
      calls.push(url);
      // Every isochrone is a square of ±0.12° around its point.
      const p = new URL(url).searchParams.get('point')!.split(',').map(Number);
      return { ok: true, status: 200, json: async () => ({ geometry: { type: 'Polygon', coordinates: square(p[1]!, p[0]!, 0.12) } }) };
    };
    const runtime = { fetch, now: () => t, sleep: async (ms: number) => void (t += ms) };
    const o = io();
    assert.equal(await run(['cat.json', '--communes', 'communes.json', '--dep', '46', '--precise', '--format', 'geojson'], o, runtime), 0);
    assert.equal(calls.length, 2, 'A and B (N is not a first welcome)');
    const fc = JSON.parse(o.out);
    assert.equal(Object.keys(fc.isochrones).length, 2);
    // ±0.12° squares: A (44.00) holds Un (44.10); B (44.50) holds Cinq (44.45); Deux, Trois, Quatre are outside.
    assert.deepEqual(fc.features.map((f: { properties: { coveredIsochrone: boolean } }) => f.properties.coveredIsochrone), [true, false, false, false, true]);
    FILES['previous.geojson'] = o.out;
    const again = io();
    const offline: FetchLike = () => Promise.reject(new Error('must not be called'));
    assert.equal(await run(['cat.json', '--communes', 'communes.json', '--dep', '46', '--isochrone-cache', 'previous.geojson'], again, { fetch: offline }), 0);
    assert.match(again.out, /Mode précis .*\*\*30,0\u00a0%\*\* de la population couverte/);
    assert.match(again.out, /0 requêtes, 0 échecs/);
  });
});

describe('CLI coverage on the demo data (the Lot)', () => {
  const real: CliIO & { out: string; err: string } = {
    out: '',
    err: '',
    stdout: (t: string) => void (real.out += t),
    stderr: (t: string) => void (real.err += t),
    readFile: async (p: string) => (await readFile(p, 'utf8')).replace(/^\uFEFF/, ''),
  };
  const base = ['coverage', 'data/catalogue.json', '--communes', 'data/communes.json', '--dep', '46', '--at', '2026-11-23T12:00:00Z'];

  it('reports the share of the 312 communes within 30 minutes, and lists those beyond a shorter threshold', async () => {
    real.out = '';
    assert.equal(await main(base, real), 0);
    assert.match(real.out, /\*\*\d{1,3},\d\u00a0% de la population\*\* \([\d\u202f]+ habitants sur 176\u202f473\)/);
    assert.match(real.out, /Communes : 312 ;/);
    real.out = '';
    assert.equal(await main([...base, '--minutes', '15'], real), 0);
    const beyond = Number(/au-delà : (\d+) /.exec(real.out)![1]);
    const rows = real.out.split('\n').filter((l) => /^\| .* \| 46\d{3} \|/.test(l));
    assert.equal(rows.length, beyond, 'every commune beyond is listed');
    const pops = rows.map((l) => Number(l.split('|')[3]!.replace(/\D/g, '')));
    assert.deepEqual(pops, [...pops].sort((a, b) => b - a), 'largest population first');
  });

  it('writes one CSV row per Lot commune, and the outlines as GeoJSON', async () => {
    real.out = '';
    assert.equal(await main([...base, '--format', 'csv'], real), 0);
    const lines = real.out.slice(1).trimEnd().split('\r\n');
    assert.equal(lines.length, 313);
    assert.ok(lines.slice(1).every((l) => /^46\d{3},/.test(l) && l.split(',')[4] !== ''));
    real.out = '';
    assert.equal(await main([...base, '--format', 'geojson', '--outlines', 'data/outlines/communes-46-lot-cog2026.geojson'], real), 0);
    const fc = JSON.parse(real.out);
    assert.equal(fc.features.length, 312);
    assert.ok(fc.features.every((f: { geometry: { type: string } }) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'));
  });
});
