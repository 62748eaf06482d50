// What every command shares (issue 13 point 7, issue 17 point 2): --version, one language
// policy for diagnostics, the same exit code for the same error, catalogue text escaped on
// the terminal, one catalogue loader that always validates, arguments through node:util parseArgs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { main, type CliIO } from '../../src/cli/main.js';

const ROOT = new URL('../../', import.meta.url);
const DEMO_TEXT = await readFile(new URL('data/catalogue.json', ROOT), 'utf8');
const COMMUNES = new URL('data/communes.json', ROOT).pathname;

interface Io extends CliIO {
  out: string;
  err: string;
}

/** In-memory files first, then the disk; `refuse` makes a path unreadable (as if not installed). */
function io(files: Record<string, string> = {}, refuse: (path: string) => boolean = () => false): Io {
  const r: Io = {
    out: '',
    err: '',
    stdout: (t) => {
      r.out += t;
    },
    stderr: (t) => {
      r.err += t;
    },
    readFile: async (p) => {
      if (refuse(p)) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${p}'`), { code: 'ENOENT' });
      return files[p] ?? (await readFile(p, 'utf8'));
    },
  };
  return r;
}

async function run(args: string[], files: Record<string, string> = {}, refuse?: (path: string) => boolean): Promise<Io & { code: number }> {
  const o = io(files, refuse);
  const code = await main(args, o);
  return Object.assign(o, { code });
}

const FILES = { 'demo.json': DEMO_TEXT, 'broken.json': '{ "places": [', 'communes.json': await readFile(COMMUNES, 'utf8') };

/** One invocation per command, with `cat` as its catalogue. */
const COMMANDS: Record<string, (cat: string) => string[]> = {
  validate: (cat) => ['validate', cat],
  search: (cat) => ['search', cat, 'caf'],
  schedule: (cat) => ['schedule', cat, '--place', 'fs-262'],
  coverage: (cat) => ['coverage', cat, '--communes', 'communes.json'],
  merge: (cat) => ['merge', cat, 'demo.json'],
};

test('--version prints the package version, also through the bin script', async () => {
  const pkg = JSON.parse(await readFile(new URL('package.json', ROOT), 'utf8')) as { version: string };
  const r = await run(['--version']);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out, `service-locator-element ${pkg.version}\n`);
  const b = spawnSync(process.execPath, ['bin/service-locator.js', '--version'], { cwd: ROOT.pathname, encoding: 'utf8' });
  assert.equal(b.status, 0, b.stderr);
  assert.equal(b.stdout.trim(), `service-locator-element ${pkg.version}`);
  assert.match((await run(['--help'])).out, /--version/);
});

test('the same error gives the same exit code in every command', async () => {
  for (const [name, args] of Object.entries(COMMANDS)) {
    const unreadable = await run(args('missing.json'), FILES);
    assert.equal(unreadable.code, 2, `${name}, unreadable file: ${unreadable.err}`);
    const broken = await run(args('broken.json'), FILES);
    assert.equal(broken.code, 1, `${name}, not JSON: ${broken.err}`);
    assert.match(broken.err, /catalogue inutilisable/, name);
    const unknown = await run([...args('demo.json'), '--bogus'], FILES);
    assert.equal(unknown.code, 2, `${name}, unknown option`);
    const missing = await run([...args('demo.json'), '--lang'], FILES);
    assert.equal(missing.code, 2, `${name}, option without its value`);
  }
  const imp = await run(['import', 'france-services', 'missing.csv'], FILES);
  assert.equal(imp.code, 2);
  assert.equal((await run(['import', 'france-services', 'x.csv', '--bogus'], FILES)).code, 2);
});

test('one language policy: diagnostics in both languages whatever --lang says; reports follow --lang', async () => {
  const cmd = await run(['serach']);
  assert.equal(cmd.code, 2);
  assert.match(cmd.err, /commande inconnue « serach » \/ unknown command "serach"/);
  for (const lang of ['fr', 'en']) {
    for (const [name, args] of Object.entries(COMMANDS)) {
      const r = await run([...args('missing.json'), '--lang', lang], FILES);
      assert.match(r.err, /Fichier illisible : missing\.json \/ cannot read file: missing\.json/, `${name} --lang ${lang}: ${r.err}`);
      const u = await run([...args('demo.json'), '--bogus', '--lang', lang], FILES);
      assert.match(u.err, /option inconnue : --bogus \/ unknown option: --bogus/, `${name} --lang ${lang}: ${u.err}`);
    }
    const i = await run(['import', 'france-services', 'missing.csv', '--lang', lang], FILES);
    assert.match(i.err, /Fichier illisible : missing\.csv \/ cannot read file: missing\.csv/, i.err);
  }
  // The report about the data follows --lang.
  assert.match((await run(['validate', 'demo.json', '--lang', 'en'], FILES)).out, /place\(s\) kept/);
  assert.match((await run(['validate', 'demo.json'], FILES)).out, /lieu\(x\) gardé\(s\)/);
});

test('--near-commune without the national gazetteer names --communes', async () => {
  const notInstalled = (p: string) => p.endsWith('communes-france.json');
  const r = await run(['search', 'demo.json', 'caf', '--near-commune', 'Vif'], FILES, notInstalled);
  assert.equal(r.code, 2);
  assert.match(r.err, /commune inconnue « Vif »/);
  assert.match(r.err, /--communes FICHIER/);
  assert.match(r.err, /give one with --communes FILE/);
  // With a list given, the commune is found in it; and the national file is accepted there too.
  const national = await readFile(new URL('data/communes-france.json', ROOT), 'utf8');
  const g = await run(['search', 'demo.json', 'caf', '--near-commune', 'Vif', '--communes', 'fr.json', '--limit', '1'], { ...FILES, 'fr.json': national }, notInstalled);
  assert.equal(g.code, 0, g.err);
  assert.match(g.out, /Vif \(38450\)/);
});

test('catalogue text reaches the terminal escaped in search and schedule (as in validate)', async () => {
  const doc = JSON.parse(DEMO_TEXT) as { places: { id: string; name: string; stops?: { name: string }[]; hoursNote?: string; hours?: string }[] };
  const bus = doc.places.find((p) => p.id === 'fs-262')!;
  bus.name = 'Bus\u001b[2J\u001b]0;pwned\u0007 France services';
  bus.stops![0]!.name = 'Arrêt\u001b[31m\nfaux';
  const fixed = doc.places.find((p) => !p.stops && p.hours)!;
  fixed.hoursNote = 'Note\u001b[2J\u009b';
  const files = { ...FILES, 'evil.json': JSON.stringify(doc) };
  const outputs = [
    await run(['search', 'evil.json', 'bus france services', '--limit', '50'], files),
    await run(['search', 'evil.json', fixed.name, '--limit', '50'], files),
    await run(['schedule', 'evil.json', '--place', 'fs-262', '--from', '2026-11-02T08:00:00+01:00'], files),
    await run(['schedule', 'evil.json', '--place', fixed.id, '--from', '2026-11-02T08:00:00+01:00'], files),
  ];
  for (const r of outputs) {
    assert.equal(r.code, 0, r.err);
    assert.doesNotMatch(r.out + r.err, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/, r.out);
  }
  assert.match(outputs[0]!.out, /Bus\\x1b\[2J\\x1b\]0;pwned\\x07 France services/);
  assert.match(outputs[2]!.out, /Arrêt\\x1b\[31m\\x0afaux/);
  assert.match(outputs[3]!.out, /Note\\x1b\[2J\\x9b/);
});

test('one catalogue loader, always validating: an invalid place is never listed by search or schedule', async () => {
  const doc = JSON.parse(DEMO_TEXT) as { places: Record<string, unknown>[] };
  const bad: Record<string, unknown> = { ...doc.places.find((p) => p['id'] === 'fs-262')!, id: 'bad-bus', name: 'Bus sans coordonnées' };
  delete bad['location'];
  doc.places.push(bad);
  const files = { ...FILES, 'bad.json': JSON.stringify(doc) };
  const s = await run(['search', 'bad.json', 'Bus sans coordonnées', '--json', '--limit', '50'], files);
  assert.ok(!(JSON.parse(s.out || '[]') as { id: string }[]).some((r) => r.id === 'bad-bus'), s.out);
  const sc = await run(['schedule', 'bad.json', '--place', 'bad-bus'], files);
  assert.equal(sc.code, 1);
  // In the sources: one loader, no unvalidated fallback, no hand-written argument loop.
  const dir = new URL('src/cli/commands/', ROOT);
  for (const f of await readdir(dir)) {
    const text = await readFile(new URL(f, dir), 'utf8');
    assert.doesNotMatch(text, /as Place\[\]/, `${f}: unvalidated places`);
    assert.doesNotMatch(text, /parseCatalogueText\(/, `${f}: reads a catalogue without the shared loader (src/cli/catalogue-file.ts)`);
    assert.doesNotMatch(text, /for \(let i = 0; i < args\.length/, `${f}: hand-written argument parser (use readArgs, node:util parseArgs)`);
  }
});

test('arguments through parseArgs: --opt=value, values starting with a dash, -h', async () => {
  const a = await run(['search', 'demo.json', 'caf', '--limit=1', '--json'], FILES);
  assert.equal(a.code, 0, a.err);
  assert.equal((JSON.parse(a.out) as unknown[]).length, 1);
  // La Réunion: a negative latitude as a separate argument, and after "=".
  for (const args of [['--near', '-21.1,55.5'], ['--near=-21.1,55.5']]) {
    const r = await run(['search', 'demo.json', 'caf', ...args, '--radius', 'all', '--limit', '1'], FILES);
    assert.equal(r.code, 0, `${args.join(' ')}: ${r.err}`);
  }
  const h = await run(['schedule', '-h']);
  assert.equal(h.code, 0);
  assert.match(h.out, /--place ID/);
  const repeated = await run(['search', 'demo.json', '', '--need', 'caf', '--need', 'papiers', '--json'], FILES);
  assert.equal(repeated.code, 0, repeated.err);
  const flagValue = await run(['validate', 'demo.json', '--json=yes'], FILES);
  assert.equal(flagValue.code, 2);
  assert.match(flagValue.err, /--json ne prend pas de valeur \/ --json takes no value/);
});
