import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { main, type CliIO } from '../../src/cli/main.js';

const FIXTURE = new URL('./fixtures/schedule-catalogue.json', import.meta.url).pathname;
const DEMO = new URL('../../data/catalogue.json', import.meta.url).pathname;
const FROM = ['--from', '2026-11-23T10:00:00+01:00'];

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const r = { out: '', err: '' };
  const io: CliIO = {
    stdout: (t) => void (r.out += t),
    stderr: (t) => void (r.err += t),
    readFile: (p) => readFile(p, 'utf8'),
  };
  const code = await main(['schedule', ...args], io);
  return { code, ...r };
}

test('schedule: the next visits of a bus across its stops, and the stops with no known visit', async () => {
  const r = await cli(FIXTURE, '--place', 'bus-test', ...FROM, '--days', '31');
  assert.equal(r.code, 0, r.err);
  assert.equal(
    r.out,
    [
      'Bus France services, Grand Cahors (bus-test)',
      "Horaires du service : Ouvert jusqu'à 12 h",
      'Passages dans les 31 jours (5) :',
      'Prochain passage à Catus : mardi 24 novembre, 9 h – 12 h',
      '  mardi 24 novembre, 9 h – 12 h · Catus',
      '  jeudi 3 décembre, 14 h – 17 h 15 · Lherm',
      '  mardi 8 décembre, 9 h – 12 h · Catus',
      '  jeudi 17 décembre, 14 h – 17 h 15 · Lherm',
      '  mardi 22 décembre, 9 h – 12 h · Catus',
      'Arrêts sans passage connu (1) :',
      '  Espère (espere) : Jours de passage non connus : appelez le 07 62 60 96 94.',
      '',
    ].join('\n'),
  );
});

test('schedule --stop, in English', async () => {
  const r = await cli(FIXTURE, '--place', 'bus-test', '--stop', 'lherm', ...FROM, '--days', '20', '--lang', 'en');
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^Next visit to Lherm: Thursday 3 December, 2 pm – 5:15 pm$/m);
  assert.doesNotMatch(r.out, /Catus/);
  assert.match(r.out, /Visits in the next 20 days \(1\):/);
});

test('schedule --ics prints a valid iCalendar file of the visits', async () => {
  const r = await cli(FIXTURE, '--place', 'bus-test', '--stop', 'lherm', ...FROM, '--days', '31', '--ics');
  assert.equal(r.code, 0, r.err);
  const cal = new ICAL.Component(ICAL.parse(r.out));
  ICAL.TimezoneService.register(new ICAL.Timezone(cal.getFirstSubcomponent('vtimezone')!));
  const events = cal.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
  assert.deepEqual(
    events.map((e) => [e.startDate.toJSDate().toISOString(), e.endDate.toJSDate().toISOString(), e.location]),
    [
      ['2026-12-03T13:00:00.000Z', '2026-12-03T16:15:00.000Z', 'Lherm, 46150 Lherm'],
      ['2026-12-17T13:00:00.000Z', '2026-12-17T16:15:00.000Z', 'Lherm, 46150 Lherm'],
    ],
  );
});

test('schedule of a place that is not a bus: status and week table, today marked', async () => {
  const r = await cli(FIXTURE, '--place', 'fs-cajarc', ...FROM);
  assert.equal(r.code, 0, r.err);
  assert.equal(
    r.out,
    [
      'France services Cajarc (fs-cajarc)',
      "Ouvert jusqu'à 12 h 30",
      '  ▸ lundi      9 h – 12 h 30, 14 h – 18 h',
      '    mardi      12 h 30 – 17 h',
      '    mercredi   9 h – 12 h',
      '    jeudi      13 h – 18 h',
      '    vendredi   9 h – 14 h',
      '    samedi     9 h – 12 h',
      '    dimanche   fermé',
      '',
    ].join('\n'),
  );
  const en = await cli(FIXTURE, '--place', 'fs-cajarc', '--from', '2026-11-11T10:00:00+01:00', '--lang', 'en');
  assert.match(en.out, /^Closed · opens tomorrow at 1 pm$/m); // 11 November is a public holiday
  assert.match(en.out, /▸ Wednesday {2}closed/);
  const unknown = await cli(FIXTURE, '--place', 'ccas-sans-horaires', ...FROM);
  assert.match(unknown.out, /^Horaires non communiqués$/m);
  assert.doesNotMatch(unknown.out, /fermé/);
});

test('schedule: usage errors exit 2, unknown place or stop exit 1', async () => {
  assert.equal((await cli(FIXTURE)).code, 2);
  assert.equal((await cli(FIXTURE, '--place', 'bus-test', '--from', 'demain')).code, 2);
  assert.equal((await cli(FIXTURE, '--place', 'bus-test', '--days', '0')).code, 2);
  assert.equal((await cli(FIXTURE, '--place', 'fs-cajarc', '--ics', ...FROM)).code, 2);
  assert.equal((await cli(FIXTURE, '--place', 'nowhere', ...FROM)).code, 1);
  assert.equal((await cli(FIXTURE, '--place', 'bus-test', '--stop', 'nowhere', ...FROM)).code, 1);
  assert.equal((await cli('/nonexistent.json', '--place', 'x')).code, 2);
  const help = await cli('--help');
  assert.equal(help.code, 0);
  assert.match(help.out, /--ics/);
});

test('schedule on the demo catalogue: the Grand Cahors bus and its stops', { skip: !existsSync(DEMO) && 'no demo catalogue' }, async () => {
  const r = await cli(DEMO, '--place', 'fs-262', ...FROM);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /Bus France services du Grand Cahors/);
  // Lherm is the one stop whose day is known (Thursday 14:00–17:15, twice a month): listed with
  // a visit if the catalogue gives its hours, otherwise with its note; never invented.
  assert.match(r.out, /Lherm/);
  const ics = await cli(DEMO, '--place', 'fs-262', ...FROM, '--ics');
  assert.equal(ics.code, 0, ics.err);
  assert.doesNotThrow(() => ICAL.parse(ics.out));
});

test('schedule on public holidays: hours without PH are not confirmed, PH off is followed, visits to be confirmed', async () => {
  const christmas = ['--from', '2026-12-25T10:00:00+01:00'];
  const bus = await cli(FIXTURE, '--place', 'bus-test', ...christmas, '--days', '7');
  assert.match(bus.out, /^Horaires du service : Jour férié : ouverture non confirmée$/m);
  const week = await cli(FIXTURE, '--place', 'fs-cajarc', ...christmas);
  assert.match(week.out, /^Fermé · ouvre demain à 9 h$/m);
  assert.match(week.out, /▸ vendredi {3}fermé \(jour férié\)$/m);
  // 1 January 2026 is the first Thursday of the month: Lherm's Th[1,3] falls on a holiday.
  const newYear = await cli(FIXTURE, '--place', 'bus-test', '--stop', 'lherm', '--from', '2025-12-29T10:00:00+01:00', '--days', '10');
  assert.match(newYear.out, /^Passage possible à Lherm : jeudi 1er janvier, 14 h – 17 h 15 \(jour férié : à confirmer\)$/m);
  assert.match(newYear.out, /^ {2}jeudi 1er janvier, 14 h – 17 h 15 · Lherm \(à confirmer : jour férié\)$/m);
});

/** The CLI on a catalogue given as an object (read through the injected `readFile`). */
async function cliOn(catalogue: object, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const r = { out: '', err: '' };
  const io: CliIO = { stdout: (t) => void (r.out += t), stderr: (t) => void (r.err += t), readFile: async () => JSON.stringify(catalogue) };
  const code = await main(['schedule', 'catalogue.json', ...args], io);
  return { code, ...r };
}

const fixture = async () => JSON.parse(await readFile(FIXTURE, 'utf8')) as { places: { id: string; stops?: Record<string, unknown>[] }[] };

test('schedule of a stop open around the clock: exit 0, "ouvert 24 h sur 24", and a valid .ics (issue 12)', async () => {
  for (const hours of ['24/7', 'Mo-Su 00:00-24:00', 'open', '00:00-24:00']) {
    const cat = await fixture();
    cat.places[0]!.stops![0]!['hours'] = hours;
    const r = await cliOn(cat, '--place', 'bus-test', '--stop', 'lherm', ...FROM);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^À Lherm : ouvert 24 h sur 24$/m, hours);
    assert.doesNotMatch(r.out, /Invalid|minuit/);
    const ics = await cliOn(cat, '--place', 'bus-test', '--stop', 'lherm', ...FROM, '--ics');
    assert.equal(ics.code, 0, ics.err);
    assert.doesNotThrow(() => ICAL.parse(ics.out));
  }
});

test('schedule of a stop known by its frequency: the pattern in words, no dated visit, an .ics without events that says why (issue 11)', async () => {
  const cat = await fixture();
  const lherm = cat.places[0]!.stops![0]!;
  delete lherm['hours'];
  lherm['frequency'] = { timesPerMonth: 2, weekday: 'Th', from: '14:00', to: '17:15', datesNote: 'dates au 07 62 60 96 94' };
  const r = await cliOn(cat, '--place', 'bus-test', '--stop', 'lherm', ...FROM);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^ {2}Passages à Lherm : deux jeudis par mois, de 14 h à 17 h 15 · dates au 07 62 60 96 94$/m);
  assert.doesNotMatch(r.out, /jeudi \d|possible/);
  const en = await cliOn(cat, '--place', 'bus-test', ...FROM, '--lang', 'en');
  assert.match(en.out, /^ {2}Visits to Lherm: two Thursdays a month, 2 pm to 5:15 pm · dates au 07 62 60 96 94$/m);
  assert.match(en.out, /Catus/); // dated stops keep their visits
  const ics = await cliOn(cat, '--place', 'bus-test', '--stop', 'lherm', ...FROM, '--ics');
  assert.equal(ics.code, 0);
  const cal = new ICAL.Component(ICAL.parse(ics.out));
  assert.equal(cal.getAllSubcomponents('vevent').length, 0);
  assert.match(String(cal.getFirstPropertyValue('x-wr-caldesc')), /Dates non fixées/);
  assert.match(ics.err, /aucun passage daté/);
});
