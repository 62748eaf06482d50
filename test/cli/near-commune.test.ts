import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { main, type CliIO } from '../../src/cli/main.js';

const DEMO = new URL('../../data/catalogue.json', import.meta.url).pathname;

function io(): CliIO & { out: string; err: string } {
  const r = {
    out: '',
    err: '',
    stdout: (t: string) => {
      r.out += t;
    },
    stderr: (t: string) => {
      r.err += t;
    },
    readFile: (p: string) => readFile(p, 'utf8'),
  };
  return r;
}

test('--near-commune knows every commune of France (shipped national gazetteer)', async () => {
  const t = io();
  assert.equal(await main(['search', DEMO, 'caf', '--near-commune', 'Vif', '--limit', '3'], t), 0, t.err);
  assert.match(t.out, /Vif \(38450\)/);
  const r = io();
  assert.equal(await main(['search', DEMO, '', '--near-commune', 'rocamadour', '--limit', '1'], r), 0, r.err);
  assert.match(r.out, /Rocamadour/);
});

test('--near-commune: a shared postcode or homonyms ask to choose (exit 2, candidates listed)', async () => {
  const t = io();
  assert.equal(await main(['search', DEMO, 'caf', '--near-commune', '46150'], t), 2);
  assert.match(t.err, /Catus \(46\) 46150 → --near-commune "Catus \(46150\)"/);
  assert.match(t.err, /Lherm \(46\) 46150/);
  assert.equal(t.out, '');
  const h = io();
  assert.equal(await main(['search', DEMO, 'caf', '--near-commune', 'Sainte-Colombe'], h), 2);
  assert.ok(h.err.split('\n').filter((l) => l.includes('→')).length >= 5, h.err);
  // Each suggested argument picks its commune.
  const arg = /--near-commune "([^"]+)"/.exec(h.err)![1]!;
  const one = io();
  assert.equal(await main(['search', DEMO, 'caf', '--near-commune', arg, '--limit', '1'], one), 0, one.err);
  // Homonyms the catalogue tells apart: the Lherm of the Lot, where the bus stops.
  const l = io();
  assert.equal(await main(['search', DEMO, 'caf', '--near-commune', 'Lherm', '--limit', '1'], l), 0, l.err);
  assert.match(l.out, /Lherm \(46150\)/);
  const q = io();
  assert.equal(await main(['search', DEMO, 'caf', '--near-commune', 'Lherm (31)', '--limit', '1'], q), 0, q.err);
  assert.match(q.out, /Lherm \(31600\)/);
});
