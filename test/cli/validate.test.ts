import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { main, type CliIO } from '../../src/cli/main.js';
import { PLACE_KINDS } from '../../src/core/needs/vocabulary.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A CLI io that reads real files, or the given texts for fake names. */
function io(files: Record<string, string> = {}) {
  const out = { stdout: '', stderr: '' };
  const cli: CliIO = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    readFile: async (p) => (p in files ? files[p]! : (await readFile(p, 'utf8')).replace(/^\uFEFF/, '')),
  };
  return { cli, out };
}

const place = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  name: `Lieu ${id}`,
  kind: 'ccas',
  needs: ['aide-sociale'],
  address: { city: 'Cahors' },
  location: { lat: 44.45, lon: 1.44, precision: 'commune' },
  ...over,
});
const doc = (places: unknown[]) =>
  JSON.stringify({ version: 1, name: 'T', territory: 'Lot', updated: '2026-11-23', licence: 'LO 2.0', attribution: 'T', places });

test('the demo catalogue validates: exit 0, at least 150 places, every kind present', async () => {
  const { cli, out } = io();
  const code = await main(['validate', `${ROOT}data/catalogue.json`, '--json'], cli);
  assert.equal(code, 0, out.stdout + out.stderr);
  const s = JSON.parse(out.stdout) as { ok: boolean; kept: number; skipped: number; errors: number; warnings: number };
  assert.equal(s.ok, true);
  assert.ok(s.kept >= 150, `${s.kept} places`);
  assert.equal(s.skipped, 0);
  assert.equal(s.errors, 0);
  assert.equal(s.warnings, 0);
  const catalogue = JSON.parse(await readFile(`${ROOT}data/catalogue.json`, 'utf8')) as { places: { kind: string; stops?: unknown[] }[] };
  for (const k of PLACE_KINDS.filter((k) => k !== 'permanence')) assert.ok(catalogue.places.some((p) => p.kind === k), k);
  assert.ok(catalogue.places.some((p) => (p.stops?.length ?? 0) >= 20), 'the Grand Cahors bus and its stops');
});

test('errors: exit 1 with the problem list and kept/skipped counts, French by default, English on request', async () => {
  const files = { 'bad.json': doc([place('a'), place('b', { kind: 'mairie' }), place('a')]) };
  const fr = io(files);
  assert.equal(await main(['validate', 'bad.json'], fr.cli), 1);
  assert.match(fr.out.stderr, /ERREUR {2}places\[1\]\.kind \[b\]: Type de lieu inconnu « mairie »/);
  assert.match(fr.out.stderr, /ERREUR {2}places\[2\]\.id \[a\]/);
  assert.match(fr.out.stderr, /1 lieu\(x\) gardé\(s\), 2 ignoré\(s\) sur 3 ; 2 erreur\(s\)/);
  const en = io(files);
  assert.equal(await main(['validate', 'bad.json', '--lang', 'en'], en.cli), 1);
  assert.match(en.out.stderr, /ERROR {2}places\[1\]\.kind \[b\]: Unknown kind of place "mairie"/);
  assert.match(en.out.stderr, /1 place\(s\) kept, 2 skipped out of 3; 2 error\(s\)/);
});

test('warnings only: exit 0, warnings printed', async () => {
  const { cli, out } = io({ 'w.json': doc([place('a', { contact: { website: 'javascript:alert(1)' } })]) });
  assert.equal(await main(['validate', 'w.json'], cli), 0);
  assert.match(out.stdout, /avertissement {2}places\[0\]\.contact\.website \[a\]: Lien refusé/);
  assert.match(out.stdout, /1 lieu\(x\) gardé\(s\), 0 ignoré\(s\) sur 1 ; 0 erreur\(s\), 1 avertissement\(s\)/);
});

test('--json is machine-readable, also for a file that is not JSON', async () => {
  const { cli, out } = io({ 'x.json': '{\n "places": [\n' });
  assert.equal(await main(['validate', 'x.json', '--json'], cli), 1);
  const s = JSON.parse(out.stdout) as { ok: boolean; usable: boolean; problems: { code: string; message: { en: string } }[] };
  assert.equal(s.ok, false);
  assert.equal(s.usable, false);
  assert.equal(s.problems[0]!.code, 'not-json');
  assert.match(s.problems[0]!.message.en, /line 3, column 1/);
});

test('usage: missing file argument or unreadable file → exit 2; --help says what the exit codes mean', async () => {
  const a = io();
  assert.equal(await main(['validate'], a.cli), 2);
  const b = io();
  assert.equal(await main(['validate', '/nonexistent/catalogue.json'], b.cli), 2);
  assert.match(b.out.stderr, /Fichier illisible/);
  const c = io();
  assert.equal(await main(['validate', '--help'], c.cli), 0);
  assert.match(c.out.stdout, /0 {2}aucune erreur.*warnings, if any, are printed/);
  assert.match(c.out.stdout, /1 {2}au moins une erreur/);
});

test('`service-locator validate data/catalogue.json` works through the bin script', () => {
  const r = spawnSync(process.execPath, ['bin/service-locator.js', 'validate', 'data/catalogue.json', '--lang', 'en'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /data\/catalogue\.json: \d{3} place\(s\) kept, 0 skipped/);
});
