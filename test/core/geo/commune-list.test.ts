// One reader of commune list files (issue 17, point 2): `search --communes` and
// `import tableur --communes` accept the same files and refuse the same ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCommuneList } from '../../../src/core/geo/commune-list.js';
import { encodeGazetteer } from '../../../src/core/geo/gazetteer-format.js';
import { main, type CliIO } from '../../../src/cli/main.js';

const LEYME_OPEN_DATA = { nom: 'Leyme', code: '46170', codes_postaux: ['46120'], centre: { lat: 44.78363, lon: 1.89654 } };

test('reads a plain list, a { communes } object and the compact gazetteer; refuses anything else with a reason', () => {
  const plain = readCommuneList([LEYME_OPEN_DATA, { name: 'Sans position' }]);
  assert.ok(plain.ok);
  assert.deepEqual(plain.entries.map((e) => [e.name, e.insee, e.postcodes]), [['Leyme', '46170', ['46120']]]);
  const wrapped = readCommuneList({ communes: [LEYME_OPEN_DATA] });
  assert.ok(wrapped.ok && wrapped.entries.length === 1);
  const compact = encodeGazetteer([{ code: '46170', name: 'Leyme', postcodes: ['46120'], lat: 44.78363, lon: 1.89654, dep: '46', population: 932 }], { source: 'test', licence: 'test' });
  const decoded = readCommuneList(JSON.parse(JSON.stringify(compact)) as unknown);
  assert.ok(decoded.ok);
  assert.equal(decoded.entries[0]?.name, 'Leyme');
  const broken = readCommuneList({ ...compact, version: 99 });
  assert.ok(!broken.ok);
  for (const bad of [{}, { places: [] }, 'Leyme', 42, null]) assert.equal(readCommuneList(bad).ok, false, JSON.stringify(bad));
});

function io(): { cli: CliIO; out: { stdout: string; stderr: string } } {
  const out = { stdout: '', stderr: '' };
  const cli: CliIO = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    readFile: async (p) => (await readFile(p, 'utf8')).replace(/^\uFEFF/, ''),
    readBytes: async (p) => new Uint8Array(await readFile(p)),
  };
  return { cli, out };
}

test('import tableur --communes reads the open-data spelling too (it kept only `name` entries before)', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'sl-communes-'));
  const communes = join(dir, 'communes.json');
  await writeFile(communes, JSON.stringify([LEYME_OPEN_DATA]));
  const sheet = join(dir, 'lieux.csv');
  await writeFile(sheet, 'Nom;Type de lieu;Commune;Code INSEE;Besoins\nMairie;permanence;Leyme;46170;CAF\n');
  const a = io();
  assert.equal(await main(['import', 'tableur', sheet, '--communes', communes], a.cli), 0, a.out.stderr);
  assert.match(a.out.stdout, /"precision": "commune"/);
  // A file that is no commune list is refused by both commands, with the same reason.
  const notList = join(dir, 'not-a-list.json');
  await writeFile(notList, JSON.stringify({ places: [] }));
  const b = io();
  assert.notEqual(await main(['import', 'tableur', sheet, '--communes', notList], b.cli), 0);
  assert.match(b.out.stderr, /not a commune list/);
});
