import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { main, type CliIO } from '../../src/cli/main.js';
import { validateCatalogue } from '../../src/core/catalogue/validate.js';
import { tableurTemplate } from '../../src/core/import/tableur.js';

const F = (name: string): string => fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));
const TEMPLATE = fileURLToPath(new URL('../../data/templates/lieux-modele.csv', import.meta.url));

function io(bytes: Record<string, Uint8Array> = {}) {
  const out = { stdout: '', stderr: '' };
  const cli: CliIO = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    readFile: async (p) => (await readFile(p, 'utf8')).replace(/^\uFEFF/, ''),
    readBytes: async (p) => bytes[p] ?? new Uint8Array(await readFile(p)),
  };
  return { cli, out };
}

async function runOk(args: string[]): Promise<{ stdout: string; stderr: string; places: { id: string }[] }> {
  const { cli, out } = io();
  assert.equal(await main(args, cli), 0, out.stderr);
  const catalogue = JSON.parse(out.stdout) as { places: { id: string }[] };
  const v = validateCatalogue(catalogue);
  assert.equal(v.problems.filter((p) => p.severity === 'error').length, 0);
  assert.equal(v.places.length, catalogue.places.length);
  return { ...out, places: catalogue.places };
}

test('import data-inclusion structures.json services.json: catalogue on stdout, problems and summary on stderr', async () => {
  const r = await runOk(['import', 'data-inclusion', F('di-structures.json'), F('di-services.json')]);
  assert.equal(r.places.length, 4);
  assert.match(r.stderr, /structure dora--sans-point \[ignoré\] : pas de coordonnées/);
  assert.match(r.stderr, /10 enregistrement\(s\) lu\(s\), 4 lieu\(x\) gardé\(s\), 6 ignoré\(s\)/);
  const csv = await runOk(['import', 'data-inclusion', F('di-structures.csv'), F('di-services.csv'), '--lang', 'en', '--territory', 'Lot']);
  assert.match(csv.stderr, /2 record\(s\) read, 2 place\(s\) kept/);
  assert.match(csv.stdout, /"territory": "Lot"/);
});

test('import mediation-numerique lieux.csv', async () => {
  const r = await runOk(['import', 'mediation-numerique', F('mednum.csv')]);
  assert.equal(r.places.length, 4);
  assert.match(r.stderr, /ligne 6, lieu structure-5 \[ignoré\] : le lieu n’accueille pas de public/);
});

test('import tableur: the template, its Windows-1252 form, a commune list for missing points, and named problems', async () => {
  const r = await runOk(['import', 'tableur', TEMPLATE, '--name', 'Lieux du Ségala']);
  assert.equal(r.places.length, 2);
  assert.match(r.stdout, /"name": "Lieux du Ségala"/);
  const latin = Uint8Array.from([...tableurTemplate()].map((c) => (c === '’' ? 0x92 : c.charCodeAt(0))));
  const a = io({ 'lieux.csv': latin });
  assert.equal(await main(['import', 'tableur', 'lieux.csv'], a.cli), 0);
  assert.match(a.out.stdout, /Boucle magnétique à l’accueil/);
  const noPoint = new TextEncoder().encode('Nom;Type de lieu;Commune;Code INSEE;Besoins\nMairie;permanence;Leyme;46170;CAF\nMairie 2;permanence;Nullepart;;CAF\n');
  const b = io({ 'sans-point.csv': noPoint });
  assert.equal(await main(['import', 'tableur', 'sans-point.csv', '--communes', fileURLToPath(new URL('../../data/communes.json', import.meta.url))], b.cli), 0);
  assert.match(b.out.stdout, /"precision": "commune"/);
  assert.match(b.out.stderr, /ligne 3, champ « « Latitude » \(colonne absente\) » \[ignoré\] : pas de coordonnées et commune « Nullepart » introuvable/);
});

test('control characters from a file never reach the terminal raw', async () => {
  const evil = new TextEncoder().encode('Nom;Type de lieu;Commune;Besoins\nMairie;\u001b[2Jpermanence;Leyme;CAF\n');
  const a = io({ 'evil.csv': evil });
  assert.equal(await main(['import', 'tableur', 'evil.csv'], a.cli), 0);
  assert.ok(!a.out.stderr.includes('\u001b'));
  assert.match(a.out.stderr, /\\x1b\[2J/);
});

test('merge national.json departement.json commune.json: merged catalogue on stdout, report on stderr', async () => {
  const r = await runOk(['merge', F('national.json'), F('departement.json'), F('commune.json')]);
  assert.deepEqual(r.places.map((p) => p.id), ['fs-1', 'fs-2', 'fs-3', 'lot-souillac', 'gramat-ccas']);
  assert.match(r.stderr, /fusionné : « Espace France services Gramat »/);
  assert.match(r.stderr, /gardés à part : « France services de Souillac »/);
  assert.match(r.stderr, /3 \+ 3 \+ 2 lieu\(x\) lu\(s\) → 5 lieu\(x\), 3 fusion\(s\)\./);
});

test('bad usage → exit 2 with help; unreadable inputs → exit 1 or 2, nothing on stdout', async () => {
  const a = io();
  assert.equal(await main(['merge', F('national.json')], a.cli), 2);
  assert.match(a.out.stderr, /Usage: service-locator merge/);
  const b = io();
  assert.equal(await main(['import', 'mediation-numerique'], b.cli), 2);
  const c = io();
  assert.equal(await main(['import', 'data-inclusion', F('mednum.csv')], c.cli), 1);
  assert.match(c.out.stderr, /utilisez « import mediation-numerique »/);
  assert.equal(c.out.stdout, '');
  const d = io();
  assert.equal(await main(['import', 'tableur', '/nonexistent/lieux.csv'], d.cli), 2);
  assert.match(d.out.stderr, /Fichier illisible/);
  const e = io();
  assert.equal(await main(['merge', F('national.json'), F('mednum.csv')], e.cli), 1);
  assert.equal(e.out.stdout, '');
});
