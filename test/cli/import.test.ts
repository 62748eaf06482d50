import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NATIONAL_CSV as NATIONAL } from '../helpers/sources.js';
import { readFile } from 'node:fs/promises';
import { main, type CliIO } from '../../src/cli/main.js';
import { validateCatalogue } from '../../src/core/catalogue/validate.js';


function io(files: Record<string, string> = {}) {
  const out = { stdout: '', stderr: '' };
  const cli: CliIO = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    readFile: async (p) => (p in files ? files[p]! : (await readFile(p, 'utf8')).replace(/^\uFEFF/, '')),
  };
  return { cli, out };
}

test('import france-services <national csv>: valid catalogue on stdout, summary on stderr, exit 0', async () => {
  const { cli, out } = io();
  assert.equal(await main(['import', 'france-services', NATIONAL], cli), 0, out.stderr);
  const catalogue = JSON.parse(out.stdout) as { updated: string; places: unknown[] };
  assert.equal(catalogue.updated, '2024-08-01', 'date taken from the file name');
  assert.ok(catalogue.places.length >= 2817);
  const v = validateCatalogue(catalogue);
  assert.equal(v.problems.filter((p) => p.severity === 'error').length, 0);
  assert.equal(v.places.length, catalogue.places.length);
  assert.match(out.stderr, /2845 ligne\(s\) lue\(s\), \d+ gardée\(s\), \d+ ignorée\(s\)/);
});

test('skipped rows are named on stderr with line, id_fs and reason; --dep filters', async () => {
  const header =
    'id_fs,insee_dep,lib_fs,adresse,complement_adresse,insee_com,code_postal,lib_com,latitude,longitude,mail,telephone,h_lundi,h_mardi,h_mercredi,h_jeudi,h_vendredi,h_samedi,prise_rdv,commentaire,type_fs,format_fs,groupe_fs,labellisation_fs';
  const csv = `${header}
1,46,Bon,,,46042,46000,Cahors,44.4,1.4,,,09:00 - 12:00,,,,,,Non,,Principal,Fixe,,
2,46,Sans point,,,46042,46000,Cahors,,,,,,,,,,,Non,,Principal,Fixe,,
3,38,Isère,,,38185,38000,Grenoble,45.18,5.72,,,,,,,,,Oui,,Principal,Fixe,,
`;
  const a = io({ 'fs.csv': csv });
  assert.equal(await main(['import', 'france-services', 'fs.csv', '--lang', 'en'], a.cli), 0);
  assert.match(a.out.stderr, /line 3 \(id_fs 2\) skipped: missing or unreadable coordinates/);
  assert.match(a.out.stderr, /3 row\(s\) read, 2 kept, 1 skipped/);
  assert.deepEqual((JSON.parse(a.out.stdout) as { places: { id: string }[] }).places.map((p) => p.id), ['fs-1', 'fs-3']);
  const b = io({ 'fs.csv': csv });
  assert.equal(await main(['import', 'france-services', 'fs.csv', '--dep', '38', '--updated', '2025-01-02'], b.cli), 0);
  const c = JSON.parse(b.out.stdout) as { updated: string; places: { id: string; updated: string }[] };
  assert.deepEqual(c.places.map((p) => p.id), ['fs-3']);
  assert.equal(c.updated, '2025-01-02');
});

test('bad usage → exit 2 with help; an unusable file → exit 1', async () => {
  const a = io();
  assert.equal(await main(['import', 'inconnu', 'x.csv'], a.cli), 2);
  assert.match(a.out.stderr, /import france-services <file.csv>/);
  const b = io({ 'x.csv': 'a,b\n1,2\n' });
  assert.equal(await main(['import', 'france-services', 'x.csv'], b.cli), 1);
  assert.match(b.out.stderr, /en-tête inattendu/);
  assert.equal(b.out.stdout, '');
});
