import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { main, type CliIO } from '../../src/cli/main.js';

/** Six rows of the national France services list (ANCT, 2024-08-01, Licence Ouverte 2.0), Lot. */
const FRANCE_SERVICES_CSV = `"id_fs","insee_dep","lib_fs","adresse","complement_adresse","insee_com","code_postal","lib_com","latitude","longitude","mail","telephone","h_lundi","h_mardi","h_mercredi","h_jeudi","h_vendredi","h_samedi","prise_rdv","commentaire","type_fs","format_fs","groupe_fs","labellisation_fs"
"262","46","Bus France services Communauté d'agglomération Grand Cahors","72 Rue du Président Wilson","Hôtel Wilson","46042","46000","Cahors",44.44622,1.439927,"busfranceservices@grandcahors.fr","07 62 60 96 94","09:00 - 12:00 / 14:00 - 17:15","09:15 - 12:30 / 14:00 - 17:15","09:15 - 12:30","09:15 - 12:30 / 14:00 - 17:15","09:15 - 12:30 / 14:00 - 17:15",,"Non",,"Principal","Bus_équivalent",,"Espace labellisé 01/01/2020"
"263","46","France services Association Ségala Limargue","81 Rue Principale","Pôle Multiculturel Communautaire","46170","46120","Leyme",44.78526,1.900465,"franceservices.segalalimargue1@gmail.com","05 65 38 98 17",,,,,,,"Non",,"Principal","Fixe","Association Ségala Limargue","Espace labellisé 01/01/2020"
"264","46","France services Cauvaldor - Biars-sur-Cère","94 Avenue de la République",,"46029","46130","Biars-sur-Cère",44.92068,1.841345,"cauvaldorservices-biarssurcere@cauvaldor.fr","05 65 38 03 79",,"09:00 - 17:00","09:00 - 12:00","14:00 - 17:30","09:00 - 12:30 / 14:00 - 17:00","09:30 - 12:30","Non",,"Principal","Fixe",,"Espace labellisé 01/09/2020"
"265","46","France services Cajarc","40 Boulevard du Tour de Ville","Mairie","46045","46160","Cajarc",44.48475,1.843145,"cajarc@franceservices.gouv.fr","05 65 40 65 20","09:00 - 12:30 / 14:00 - 18:00","12:30 - 17:00","09:00 - 12:00","13:00 - 18:00","09:00 - 14:00","09:00 - 12:00","Non",,"Principal","Fixe",,"Espace labellisé 01/01/2020"
"266","46","France services Communauté de communes du Causse de Labastide-Murat","8 Grande Rue du Causse","Labastide-Murat","46138","46240","Cœur de Causse",44.64746,1.567651,"franceservices@cc-labastide-murat.fr","05 65 20 38 62","09:30 - 12:00 / 14:00 - 17:00","09:30 - 12:00 / 14:00 - 17:00","09:30 - 12:00 / 14:00 - 17:00","09:30 - 12:00 / 14:00 - 17:00","09:30 - 12:00 / 14:00 - 17:00",,"Non",,"Principal","Fixe",,"Espace labellisé 01/01/2020"
"267","46","France services Gourdon","98 Avenue Gambetta","Communauté de communes Quercy Bouriane","46127","46300","Gourdon",44.739162,1.389239,"gourdon@france-services.gouv.fr","05 65 41 95 50","14:00 - 17:00","09:00 - 12:30 / 14:00 - 17:00","09:00 - 12:30 / 13:00 - 17:00","09:00 - 12:30 / 14:00 - 17:00","09:00 - 12:30 / 14:00 - 17:00",,"Non",,"Principal","Fixe",,"Espace labellisé 01/09/2020"
`;

const DEMO = new URL('../../data/catalogue.json', import.meta.url).pathname;

function io(files: Record<string, string> = {}): CliIO & { out: string; err: string } {
  const r = {
    out: '',
    err: '',
    stdout: (t: string) => {
      r.out += t;
    },
    stderr: (t: string) => {
      r.err += t;
    },
    readFile: async (p: string) => files[p] ?? (await readFile(p, 'utf8')),
  };
  return r;
}

interface Row {
  id: string;
  name: string;
  kind: string;
  needs: string[];
  distance_km?: number;
  open_state?: string;
  matched: { field: string; term: string; need?: string }[];
}

test('search the demo catalogue: need + commune, JSON with distances and matched terms', async () => {
  const t = io();
  const code = await main(['search', DEMO, 'carte grise lherm', '--limit', '4', '--json'], t);
  assert.equal(code, 0, t.err);
  const rows = JSON.parse(t.out) as Row[];
  assert.equal(rows.length, 4);
  for (const r of rows) {
    assert.ok(r.needs.includes('papiers'));
    assert.equal(typeof r.distance_km, 'number');
    assert.ok(r.matched.some((m) => m.need === 'papiers' && m.term === 'carte grise'));
  }
  const d = rows.map((r) => r.distance_km!);
  assert.deepEqual(d, [...d].sort((a, b) => a - b));
});

test('search: --near-commune, --kind, --need, text output in French', async () => {
  const t = io();
  assert.equal(await main(['search', DEMO, '', '--near-commune', 'figeac', '--kind', 'france-services', '--need', 'impots', '--limit', '3'], t), 0, t.err);
  assert.match(t.out, /^Autour de \/ near Figeac/);
  assert.match(t.out, /\n1\. .* — France services — .* km/);
  const j = io();
  await main(['search', DEMO, '', '--near', '44.6086,2.0317', '--kind', 'france-services', '--need', 'impots', '--limit', '3', '--json'], j);
  const rows = JSON.parse(j.out) as Row[];
  assert.ok(rows.length === 3 && rows.every((r) => r.kind === 'france-services' && r.needs.includes('impots')));
});

test('search --open-at goes through the hours engine', async () => {
  const t = io();
  assert.equal(await main(['search', DEMO, 'caf', '--open-at', '2026-11-24T10:00:00+01:00', '--limit', '50', '--json'], t), 0, t.err);
  const rows = JSON.parse(t.out) as Row[];
  assert.ok(rows.length > 0 && rows.every((r) => r.open_state === 'open'));
  const sunday = io();
  await main(['search', DEMO, 'caf', '--open-at', '2026-11-22T03:00:00+01:00', '--confirmed-open', '--json'], sunday);
  assert.equal(sunday.out.trim() === '' ? 0 : (JSON.parse(sunday.out) as Row[]).filter((r) => r.open_state !== 'open').length, 0);
});

test('search a France services import', async () => {
  const imp = io({ 'fs.csv': FRANCE_SERVICES_CSV });
  assert.equal(await main(['import', 'france-services', 'fs.csv'], imp), 0, imp.err);
  const t = io({ 'fs.json': imp.out });
  assert.equal(await main(['search', 'fs.json', 'impots gourdon', '--json'], t), 0, t.err);
  const rows = JSON.parse(t.out) as Row[];
  assert.equal(rows.length, 6);
  assert.equal(rows[0]!.name, 'France services Gourdon');
  assert.ok(rows[0]!.distance_km! < 3, 'Gourdon is near the centre of Gourdon');
  const bus = io({ 'fs.json': imp.out });
  await main(['search', 'fs.json', 'bus', '--json'], bus);
  assert.deepEqual((JSON.parse(bus.out) as Row[]).map((r) => r.kind), ['bus']);
});

test('search: bad usage exits 2 with a message, no result exits 1', async () => {
  for (const args of [[], [DEMO, 'x', '--near', 'abc'], [DEMO, 'x', '--need', 'nope'], [DEMO, 'x', '--open-at', 'tomorrow'], [DEMO, 'x', '--near-commune', 'Zzyzx'], ['missing.json', 'caf']]) {
    const t = io();
    assert.equal(await main(['search', ...args], t), 2, args.join(' '));
    assert.ok(t.err.length > 0);
  }
  const none = io();
  assert.equal(await main(['search', DEMO, 'xqzwv', '--json'], none), 1);
  assert.deepEqual(JSON.parse(none.out), []);
});

test('search near a commune: within 30 km by default, the sentence names the radius; --radius all for the whole area', async () => {
  const t = io();
  assert.equal(await main(['search', DEMO, 'caf', '--near-commune', 'Lherm', '--limit', '200'], t), 0, t.err);
  assert.match(t.out, /\d+ lieux à moins de 30 km de Lherm/);
  assert.doesNotMatch(t.out, /Saint-Quentin|Grenoble|\(02\d{3}\)|\b02\d{3}\b|\b38\d{3}\b/);
  const j = io();
  await main(['search', DEMO, 'caf', '--near-commune', 'Lherm', '--limit', '200', '--json'], j);
  const rows = JSON.parse(j.out.slice(j.out.indexOf('['))) as Row[];
  assert.ok(rows.length > 0 && rows.every((r) => r.distance_km! <= 30));
  const all = io();
  await main(['search', DEMO, 'caf', '--near-commune', 'Lherm', '--radius', 'all', '--limit', '200', '--json'], all);
  assert.ok((JSON.parse(all.out.slice(all.out.indexOf('['))) as Row[]).length > rows.length);
});

test('search --open-at leaves unknown hours out and counts them; --include-unknown keeps them', async () => {
  const night = '2026-11-30T21:34:00+01:00';
  const t = io();
  assert.equal(await main(['search', DEMO, '', '--open-at', night], t), 1);
  assert.match(t.out, /Aucun lieu trouvé\n\d+ autres lieux n’indiquent pas leurs horaires/);
  const k = io();
  assert.equal(await main(['search', DEMO, '', '--open-at', night, '--include-unknown', '--limit', '300', '--json'], k), 0, k.err);
  const rows = JSON.parse(k.out) as Row[];
  assert.ok(rows.length > 0 && rows.every((r) => r.open_state === 'unknown'));
});
