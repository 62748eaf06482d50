/**
 * The hostile catalogues of the browser suite (test/fixtures/hostile/catalogues.mjs), written
 * to a temp dir and checked by the real command (`bin/service-locator.js validate`, a child
 * process): it never crashes, keeps every valid place, names every skipped one, exits 0/1/2 as
 * documented, and prints nothing from the file that a terminal would act on.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { hugeStringsText, manyPlacesText, payloadCatalogueText, smallText, truncatedText, validPlace } from '../fixtures/hostile/catalogues.mjs';

const BIN = fileURLToPath(new URL('../../bin/service-locator.js', import.meta.url));
let dir = '';

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sl-hostile-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const p = join(dir, name);
  await writeFile(p, content);
  return p;
}

interface Summary {
  ok: boolean;
  usable: boolean;
  total: number;
  kept: number;
  skipped: number;
  problems: Array<{ severity: string; path: string; placeIndex?: number; message: { fr: string; en: string } }>;
}

const json = (r: Run) => JSON.parse(r.stdout) as Summary;

test('payloads, bad URLs, wrong types, impossible numbers, swapped coordinates, duplicates: every valid place kept, every bad one named', async () => {
  const { text, mustShow, mustSkip } = payloadCatalogueText();
  const p = await file('payloads.json', text);
  const r = await cli(['validate', p, '--json']);
  assert.equal(r.code, 1, r.stderr);
  const s = json(r);
  assert.equal(s.usable, true);
  assert.equal(s.kept, mustShow.length);
  assert.equal(s.skipped, mustSkip.length);
  assert.equal(s.total, mustShow.length + mustSkip.length);
  const doc = JSON.parse(text) as { places: unknown[] };
  // Each skipped entry has an error naming its index; the valid ones have none.
  const errorIndexes = new Set(s.problems.filter((x) => x.severity === 'error').map((x) => x.placeIndex));
  assert.equal(errorIndexes.size, mustSkip.length);
  doc.places.forEach((pl, i) => {
    const name = (pl as { name?: unknown } | null)?.name;
    if (typeof name === 'string' && mustShow.includes(name)) assert.ok(!errorIndexes.has(i), `${name} has an error`);
  });
  // Bad URLs are reported, never kept.
  assert.ok(s.problems.some((x) => /javascript:/i.test(x.message.en) && x.path.endsWith('contact.website')));
  assert.ok(s.problems.some((x) => /coordinates-swapped|swapped|inversé/i.test(x.message.en + x.message.fr)));
  assert.ok(s.problems.some((x) => x.path.endsWith('.id') && /duplicate|same id|déjà|double/i.test(x.message.en + x.message.fr)));
  // The text output names the same counts.
  const t = await cli(['validate', p]);
  assert.equal(t.code, 1);
  assert.match(t.stderr, new RegExp(`${mustShow.length} lieu\\(x\\) gardé\\(s\\), ${mustSkip.length} ignoré\\(s\\) sur ${mustShow.length + mustSkip.length}`));
});

test('control characters in values are printed escaped: the terminal is never driven by the file', async () => {
  const place = validPlace(1, 'Lieu\u001b[2J\u001b]0;pwned\u0007');
  place.id = 'id\u001b[31m\nERREUR  faux';
  (place as Record<string, unknown>)['kind'] = 'ccas\u009b2J';
  const p = await file('escapes.json', JSON.stringify({ version: 1, name: 'T', territory: 'Lot', updated: '2026-11-01', licence: 'LO', attribution: 'T', places: [place] }));
  const r = await cli(['validate', p]);
  assert.equal(r.code, 1);
  assert.doesNotMatch(r.stdout + r.stderr, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  assert.match(r.stderr, /\\x1b\[31m\\x0aERREUR {2}faux/);
  // One problem line plus the summary: the newline in the id made no line of its own.
  assert.equal(r.stderr.trimEnd().split('\n').length, 2, r.stderr);
});

test('10 MB strings: the place with a 10 MB name or id is skipped, the others kept, and the output stays small', async () => {
  const { text, mustShow, mustSkip } = hugeStringsText();
  const p = await file('huge.json', text);
  const r = await cli(['validate', p, '--json']);
  assert.equal(r.code, 1);
  const s = json(r);
  assert.equal(s.kept, mustShow.length);
  assert.equal(s.skipped, mustSkip.length);
  assert.ok(r.stdout.length < 20000, `${r.stdout.length} characters of output`);
  const t = await cli(['validate', p]);
  assert.ok(t.stderr.length < 20000, `${t.stderr.length} characters of output`);
});

test('100,000 places: all kept, exit 0', async () => {
  const p = await file('many.json', manyPlacesText(100000));
  const r = await cli(['validate', p, '--json']);
  assert.equal(r.code, 0, r.stderr);
  const s = json(r);
  assert.equal(s.kept, 100000);
  assert.equal(s.problems.length, 0);
});

test('BOM and UTF-16 (LE and BE with a BOM, LE without): read as the same catalogue', async () => {
  const { text, mustShow } = smallText();
  const le = Buffer.from(text, 'utf16le');
  const variants: Record<string, Uint8Array> = {
    'bom.json': Buffer.from('\uFEFF' + text, 'utf8'),
    'utf16le-bom.json': Buffer.concat([Buffer.from([0xff, 0xfe]), le]),
    'utf16be-bom.json': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()]),
    'utf16le.json': le,
  };
  for (const [name, bytes] of Object.entries(variants)) {
    const r = await cli(['validate', await file(name, bytes), '--json']);
    assert.equal(r.code, 0, `${name}: ${r.stdout}${r.stderr}`);
    assert.equal(json(r).kept, mustShow.length, name);
  }
});

test('truncated JSON, an HTML page, an empty file and binary noise: unusable, exit 1, with the line and column', async () => {
  const cases: Record<string, string | Uint8Array> = {
    'truncated.json': truncatedText(),
    'page.json': '<!doctype html><html><body><script>alert(1)</script></body></html>',
    'empty.json': '',
    'noise.json': Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256),
  };
  for (const [name, content] of Object.entries(cases)) {
    const r = await cli(['validate', await file(name, content)]);
    assert.equal(r.code, 1, `${name}: ${r.stdout}${r.stderr}`);
    assert.match(r.stderr, /n'est pas du JSON valide \(ligne \d+, colonne \d+\)/, name);
    assert.match(r.stderr, /catalogue inutilisable/, name);
  }
  const t = await cli(['validate', await file('truncated2.json', truncatedText()), '--lang', 'en']);
  assert.match(t.stderr, /line 1, column \d+/);
});

test('valid JSON that is not a catalogue (an array, a number, null, places not a list): exit 1, says what is missing', async () => {
  for (const [name, content] of Object.entries({ 'array.json': '[]', 'number.json': '1e400', 'null.json': 'null', 'places.json': '{"places": {"0": {}}}' })) {
    const r = await cli(['validate', await file(name, content), '--json']);
    assert.equal(r.code, 1, name);
    const s = json(r);
    assert.equal(s.usable, false, name);
    assert.ok(s.problems.length >= 1 && s.problems.every((x) => x.message.fr.length > 0 && x.message.en.length > 0), name);
  }
});

test('a directory or a missing file: exit 2 with a message, no stack trace', async () => {
  const d = join(dir, 'a-directory.json');
  await mkdir(d);
  for (const p of [d, join(dir, 'missing.json')]) {
    const r = await cli(['validate', p]);
    assert.equal(r.code, 2, p);
    assert.match(r.stderr, /Fichier illisible/);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  }
});
