/**
 * The catalogue validator (format v1): turns any JSON value into the valid places and a list
 * of problems, as data (a message's name and values: problems.ts `ProblemData`). It owns the
 * rules of what a valid place is; the shapes are in ./types.ts, the limits in ./limits.ts, the
 * wording in ./messages.ts (put on by ./problem-words.ts; ./validate.ts gives worded results),
 * the JSON Schema in data/catalogue.schema.json (a test keeps the four in step). Nothing here
 * imports the words: the catalogue worker and the page's validator chunk carry none (issue 15).
 *
 * Rules of thumb, so that one webmaster's typo never empties the map:
 * - a broken required field (id, name, kind, needs, address.city, location) is an `error`:
 *   the place is reported and skipped, every other place is kept, in order;
 * - a broken optional field (hours, website, equipment…) is a `warning`: the value is
 *   dropped (malformed hours become "unknown", never "closed") and the place is kept;
 * - a broken stop of a bus is a `warning`: the stop is dropped, the bus kept;
 * - unknown fields are a `warning` and are not copied into the result.
 * It never throws, whatever the input (a property test checks it), and never reads the clock.
 */
import { emailProblem } from './email.js';
import { isInseeCode, isPostcode } from './commune-codes.js';
import { isRecord } from '../is-record.js';
import { FRANCE_TERRITORIES, franceTerritoryOf } from './geo-bounds.js';
import { LIMITS } from './limits.js';
import type { Consequence, FoundKind, ProblemCode, ProblemData, ProblemSeverity, Say, SayArg, ValidationData } from './problems.js';
import {
  APPOINTMENT_POLICIES,
  EQUIPMENT,
  type Accessibility,
  type Address,
  type AppointmentPolicy,
  type CatalogueMeta,
  type CatalogueSource,
  type Contact,
  type Equipment,
  type Location,
  type LocationPrecision,
  type Place,
  type Stop,
  type StopFrequency,
  WEEKDAY_CODES,
} from './types.js';
import { NEED_IDS, PLACE_KINDS, isNeedId, isPlaceKind, type NeedId } from '../needs/vocabulary.js';
import { checkHoursSyntax } from '../hours/status.js';
import { clip, isWellFormed, toWellFormed } from '../text/well-formed.js';
import type { Steps } from '../slices.js';
import type { HoursSyntaxError } from '../hours/types.js';

export { FRANCE_TERRITORIES };

/** Checks an opening_hours string; returns null when it is fine. */
export type HoursChecker = (source: string) => HoursSyntaxError | null;

export interface ValidateOptions {
  /**
   * Syntax check for `hours` (stops' too). Default: the hours engine's `checkHoursSyntax`.
   * `null` checks only that hours are a text of sane length.
   */
  checkHours?: HoursChecker | null;
}

export const LOCATION_PRECISIONS = ['exact', 'commune'] as const satisfies readonly LocationPrecision[];
export const WHEELCHAIR_VALUES = ['yes', 'limited', 'no'] as const satisfies readonly NonNullable<Accessibility['wheelchair']>[];

/** Field lists of format v1; the schema test compares them with the JSON Schema. */
export const FIELDS = {
  catalogue: ['$schema', 'version', 'name', 'territory', 'updated', 'licence', 'attribution', 'sources', 'places'],
  catalogueRequired: ['version', 'name', 'territory', 'updated', 'licence', 'attribution', 'places'],
  source: ['name', 'url', 'licence'],
  sourceRequired: ['name', 'licence'],
  place: [
    'id', 'name', 'kind', 'needs', 'address', 'location', 'hours', 'hoursNote', 'contact', 'appointment',
    'equipment', 'accessibility', 'free', 'partners', 'description', 'source', 'updated', 'stops',
  ],
  placeRequired: ['id', 'name', 'kind', 'needs', 'address', 'location'],
  address: ['street', 'postcode', 'city', 'insee'],
  addressRequired: ['city'],
  location: ['lat', 'lon', 'precision'],
  locationRequired: ['lat', 'lon', 'precision'],
  contact: ['phone', 'email', 'website'],
  accessibility: ['wheelchair', 'note'],
  stop: ['id', 'name', 'address', 'location', 'hours', 'hoursNote', 'frequency'],
  stopRequired: ['id', 'name', 'address', 'location'],
  frequency: ['timesPerMonth', 'weekday', 'from', 'to', 'datesNote'],
  frequencyRequired: ['timesPerMonth', 'weekday'],
} as const;

const PLACE_SET = new Set<string>(FIELDS.place);
const ADDRESS_SET = new Set<string>(FIELDS.address);
const LOCATION_SET = new Set<string>(FIELDS.location);
const CONTACT_SET = new Set<string>(FIELDS.contact);
const ACCESSIBILITY_SET = new Set<string>(FIELDS.accessibility);
const STOP_SET = new Set<string>(FIELDS.stop);
const FREQUENCY_SET = new Set<string>(FIELDS.frequency);
const CATALOGUE_SET = new Set<string>(FIELDS.catalogue);
const SOURCE_SET = new Set<string>(FIELDS.source);

/** Defaults for missing catalogue metadata (each use is reported). Empty means "not said". */
type MetaTextKey = 'name' | 'territory' | 'updated' | 'licence' | 'attribution';
export const META_DEFAULTS: Readonly<Pick<CatalogueMeta, MetaTextKey>> = {
  name: 'Catalogue',
  territory: '',
  updated: '',
  licence: '',
  attribution: '',
};

const DATE_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * True for a link a resident may safely follow: http(s) with a host, tel or mailto. Anything
 * else (javascript:, data:, a bare "www.…", a relative path) is refused.
 */
export function isSafeUrl(url: string): boolean {
  const m = /^([a-z][a-z0-9+.-]*):/i.exec(url);
  if (!m) return false;
  const scheme = m[1]!.toLowerCase();
  if (/\s/.test(url)) return scheme === 'tel' && /^tel:[+\d][\d\s().-]*$/i.test(url);
  if (scheme === 'tel') return /^tel:[+\d][\d().-]*$/i.test(url);
  // A bare address only: a query would add hidden recipients or a prepared message (email.ts).
  if (scheme === 'mailto') return emailProblem(url.slice(m[0].length)) === null && !/\s/.test(url);
  if (scheme !== 'http' && scheme !== 'https') return false;
  try {
    return new URL(url).hostname.length > 0;
  } catch {
    return false;
  }
}

/** A problem's message as data: its name in messages.ts and its values (worded in problem-words.ts). */
const say = (m: Say['m'], ...a: SayArg[]): Say => ({ m, a });

/** What a value is, for "found …" words: the kind, not the value (see {@link FoundKind}). */
function found(v: unknown): { found: FoundKind } {
  if (v === null) return { found: 'null' };
  if (Array.isArray(v)) return { found: 'list' };
  if (typeof v === 'number' && !Number.isFinite(v)) return { found: String(v) as FoundKind };
  return { found: typeof v };
}

/**
 * Collects problems, as data (no words: the worker and a clean catalogue's page do without
 * them); one per validation run. Place context is set while a place is checked.
 */
class Reporter {
  readonly problems: ProblemData[] = [];
  placeIndex: number | undefined;
  placeId: string | undefined;
  /** Number of errors reported for the current place (0 = the place is valid). */
  placeErrors = 0;

  add(code: ProblemCode, severity: ProblemSeverity, path: string, message: Say, then?: Consequence[]): void {
    // Paths quote catalogue keys: keep them well-formed for whoever prints them (the words are repaired when worded).
    const p: ProblemData = { code, severity, path: toWellFormed(path), say: message };
    if (then) p.then = then;
    if (this.placeIndex !== undefined) p.placeIndex = this.placeIndex;
    if (this.placeId !== undefined) p.placeId = this.placeId;
    if (severity === 'error') this.placeErrors++;
    this.problems.push(p);
  }

  /** A required value absent at `path` (one method: the validator reports it from a dozen places). */
  missing(severity: ProblemSeverity, path: string): void {
    this.add('missing', severity, path, say('missing', path));
  }

  /** A value at `path` that is not the `expected` type (string, object…): says what was found. */
  wrongType(severity: ProblemSeverity, path: string, expected: 'string' | 'number' | 'boolean' | 'object' | 'array', v: unknown, then?: Consequence[]): void {
    this.add('wrong-type', severity, path, say('wrongType', path, expected, found(v)), then);
  }

  unknownFields(obj: Record<string, unknown>, known: Set<string>, path: string): void {
    for (const k in obj) {
      if (!Object.prototype.hasOwnProperty.call(obj, k) || known.has(k)) continue;
      this.add('unknown-field', 'warning', join(path, k), say('unknownField', k));
    }
  }
}

const join = (path: string, key: string): string => (path ? `${path}.${key}` : key);

/**
 * A value from a closed set (kind, need, equipment, appointment, wheelchair, precision) as the
 * vocabularies spell them: trimmed like every text (no-break spaces from spreadsheets
 * included), NFC, lower case. A stray space must not cost the place. Non-strings pass as is.
 */
function keyword(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  // Most values are already spelt as the vocabulary spells them: one look-up instead of four
  // string passes a value (issue 15, validation speed).
  return KEYWORDS.has(v) ? v : spell(v);
}

const spell = (v: string): string => toWellFormed(v.trim().normalize('NFC').toLowerCase());

/** Every closed set's values that spell as themselves (all do today; kept only if so, so `keyword` answers as `spell`). */
const KEYWORDS: ReadonlySet<string> = new Set(
  [PLACE_KINDS, NEED_IDS, EQUIPMENT, APPOINTMENT_POLICIES, WHEELCHAIR_VALUES, LOCATION_PRECISIONS].flat().filter((x: string) => spell(x) === x),
);

/**
 * A text with its lone surrogates (half an emoji, left by a tool that cut the text) replaced
 * by U+FFFD, reported once per field: such a string is legal JSON but makes
 * `encodeURIComponent` and others throw further down.
 */
function wellFormed(r: Reporter, s: string, path: string): string {
  if (isWellFormed(s)) return s;
  r.add('ill-formed-text', 'warning', path, say('illFormedText', path));
  return toWellFormed(s);
}

/**
 * A text field. Returns the trimmed text, or undefined (problem reported unless the field is
 * optional and absent/empty). `severity` says what a problem costs: the place, or the value.
 */
function text(
  r: Reporter,
  obj: Record<string, unknown>,
  key: string,
  path: string,
  max: number,
  severity: ProblemSeverity,
  required: boolean,
): string | undefined {
  const v = obj[key];
  // Paths are built only when a problem is reported: most values are fine.
  if (v === undefined || v === null) {
    if (required) r.missing(severity, join(path, key));
    return undefined;
  }
  if (typeof v !== 'string') {
    r.wrongType(severity, join(path, key), 'string', v);
    return undefined;
  }
  const s = v.trim();
  if (s === '') {
    if (required) r.missing(severity, join(path, key));
    return undefined;
  }
  if (s.length > max) {
    r.add('too-long', severity, join(path, key), say('tooLong', join(path, key), s.length, max));
    return undefined;
  }
  return wellFormed(r, s, join(path, key));
}

/** A required nested object (address, location): reported when absent or not an object. */
function requiredObject(r: Reporter, v: unknown, path: string, severity: ProblemSeverity): Record<string, unknown> | undefined {
  if (v === undefined || v === null) {
    r.missing(severity, path);
    return undefined;
  }
  if (!isRecord(v)) {
    r.wrongType(severity, path, 'object', v);
    return undefined;
  }
  return v;
}

function address(r: Reporter, input: unknown, path: string, severity: ProblemSeverity): Address | undefined {
  const v = requiredObject(r, input, path, severity);
  if (!v) return undefined;
  r.unknownFields(v, ADDRESS_SET, path);
  const city = text(r, v, 'city', path, LIMITS.city, severity, true);
  const street = text(r, v, 'street', path, LIMITS.street, 'warning', false);
  const postcode = text(r, v, 'postcode', path, 10, 'warning', false);
  const insee = text(r, v, 'insee', path, 10, 'warning', false);
  let pc: string | undefined;
  if (postcode !== undefined) {
    if (isPostcode(postcode)) pc = postcode;
    else r.add('unknown-value', 'warning', join(path, 'postcode'), say('badFormat', join(path, 'postcode'), postcode, { expect: 'postcode' }));
  }
  let code: string | undefined;
  if (insee !== undefined) {
    const up = insee.toUpperCase();
    if (isInseeCode(up)) code = up;
    else r.add('unknown-value', 'warning', join(path, 'insee'), say('badFormat', join(path, 'insee'), insee, { expect: 'insee' }));
  }
  if (city === undefined) return undefined;
  // Postal order: street, postcode, city.
  const a = {} as Address;
  if (street !== undefined) a.street = street;
  if (pc !== undefined) a.postcode = pc;
  a.city = city;
  if (code !== undefined) a.insee = code;
  return a;
}

function coordinate(r: Reporter, obj: Record<string, unknown>, key: string, path: string, severity: ProblemSeverity): number | undefined {
  const v = obj[key];
  if (v === undefined || v === null) {
    r.missing(severity, join(path, key));
    return undefined;
  }
  if (typeof v !== 'number') {
    r.wrongType(severity, join(path, key), 'number', v);
    return undefined;
  }
  if (!Number.isFinite(v)) {
    r.add('wrong-type', severity, join(path, key), say('notFinite', join(path, key), v));
    return undefined;
  }
  return v;
}

function location(r: Reporter, input: unknown, path: string, severity: ProblemSeverity): Location | undefined {
  const v = requiredObject(r, input, path, severity);
  if (!v) return undefined;
  r.unknownFields(v, LOCATION_SET, path);
  const lat = coordinate(r, v, 'lat', path, severity);
  const lon = coordinate(r, v, 'lon', path, severity);
  let precision: LocationPrecision | undefined;
  const pv = keyword(v['precision']);
  const pp = join(path, 'precision');
  if (pv === undefined || pv === null || pv === '') r.missing(severity, pp);
  else if (typeof pv !== 'string') r.wrongType(severity, pp, 'string', pv);
  else if (pv === 'exact' || pv === 'commune') precision = pv;
  else r.add('unknown-value', severity, pp, say('unknownValue', pp, pv, LOCATION_PRECISIONS));
  if (lat === undefined || lon === undefined) return undefined;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    const swappedIn = Math.abs(lon) <= 90 ? franceTerritoryOf({ lat: lon, lon: lat }) : undefined;
    if (swappedIn) r.add('coordinates-swapped', severity, path, say('swapped', lat, lon, swappedIn.name));
    else r.add('coordinates-out-of-range', severity, path, say('outOfRange', lat, lon));
    return undefined;
  }
  if (!franceTerritoryOf({ lat, lon })) {
    const swappedIn = franceTerritoryOf({ lat: lon, lon: lat });
    if (swappedIn) r.add('coordinates-swapped', severity, path, say('swapped', lat, lon, swappedIn.name));
    else r.add('coordinates-outside-france', severity, path, say('outsideFrance', lat, lon));
    return undefined;
  }
  if (precision === undefined) return undefined;
  return { lat, lon, precision };
}

/** Hours: a warning drops them (the place shows "hours unknown"), never the place. */
function hours(r: Reporter, obj: Record<string, unknown>, path: string, check: HoursChecker | undefined): string | undefined {
  const h = text(r, obj, 'hours', path, LIMITS.hours, 'warning', false);
  if (h === undefined || !check) return h;
  let err: HoursSyntaxError | null;
  try {
    err = check(h);
  } catch (e) {
    // The hours engine promises not to throw; if it does, treat the string as unreadable.
    err = { message: { fr: String(e), en: String(e) }, position: 0 };
  }
  if (!err) return h;
  const p = join(path, 'hours');
  r.add('hours-syntax', 'warning', p, say('hoursSyntax', h, err.message, err.position));
  return undefined;
}

function url(r: Reporter, obj: Record<string, unknown>, key: string, path: string, max: number): string | undefined {
  const u = text(r, obj, key, path, max, 'warning', false);
  if (u === undefined) return undefined;
  if (isSafeUrl(u)) return u;
  r.add('bad-url', 'warning', join(path, key), say('badUrl', join(path, key), u));
  return undefined;
}

function date(r: Reporter, obj: Record<string, unknown>, key: string, path: string): string | undefined {
  const d = text(r, obj, key, path, 40, 'warning', false);
  if (d === undefined) return undefined;
  if (DATE_RE.test(d)) return d;
  r.add('unknown-value', 'warning', join(path, key), say('badFormat', join(path, key), d, { expect: 'date' }));
  return undefined;
}

function contact(r: Reporter, v: unknown, path: string): Contact | undefined {
  if (v === undefined || v === null) return undefined;
  if (!isRecord(v)) {
    r.wrongType('warning', path, 'object', v);
    return undefined;
  }
  r.unknownFields(v, CONTACT_SET, path);
  const c: Contact = {};
  const phone = text(r, v, 'phone', path, LIMITS.phone, 'warning', false);
  if (phone !== undefined) c.phone = phone;
  const email = text(r, v, 'email', path, LIMITS.email, 'warning', false);
  if (email !== undefined) {
    const problem = emailProblem(email);
    if (problem === null) c.email = email;
    else if (problem === 'query') r.add('unknown-value', 'warning', join(path, 'email'), say('emailWithQuery', join(path, 'email'), email));
    else r.add('unknown-value', 'warning', join(path, 'email'), say('badFormat', join(path, 'email'), email, { expect: 'email' }));
  }
  const website = url(r, v, 'website', path, LIMITS.website);
  if (website !== undefined) c.website = website;
  return c.phone === undefined && c.email === undefined && c.website === undefined ? undefined : c;
}

function accessibility(r: Reporter, v: unknown, path: string): Accessibility | undefined {
  if (v === undefined || v === null) return undefined;
  if (!isRecord(v)) {
    r.wrongType('warning', path, 'object', v);
    return undefined;
  }
  r.unknownFields(v, ACCESSIBILITY_SET, path);
  const a: Accessibility = {};
  const w = keyword(v['wheelchair']);
  const wp = join(path, 'wheelchair');
  if (w !== undefined && w !== null) {
    if (typeof w !== 'string') r.wrongType('warning', wp, 'string', w);
    else if (w === 'yes' || w === 'limited' || w === 'no') a.wheelchair = w;
    else r.add('unknown-value', 'warning', wp, say('unknownValue', wp, w, WHEELCHAIR_VALUES));
  }
  const note = text(r, v, 'note', path, LIMITS.accessibilityNote, 'warning', false);
  if (note !== undefined) a.note = note;
  return a.wheelchair === undefined && a.note === undefined ? undefined : a;
}

/** A list of values from a closed set: unknown entries are dropped with a warning. */
function enumList<T extends string>(
  r: Reporter,
  v: unknown,
  path: string,
  isT: (x: unknown) => x is T,
  unknownCode: ProblemCode,
  unknownMessage: (value: string) => Say,
  severity: ProblemSeverity,
): T[] | undefined {
  if (!Array.isArray(v)) {
    r.wrongType(severity, path, 'array', v);
    return undefined;
  }
  const out: T[] = [];
  for (let i = 0; i < v.length; i++) {
    const x = keyword(v[i]);
    if (isT(x)) {
      if (!out.includes(x)) out.push(x);
    } else if (typeof x !== 'string') r.wrongType('warning', `${path}[${i}]`, 'string', x);
    else r.add(unknownCode, 'warning', `${path}[${i}]`, unknownMessage(x));
  }
  return out;
}

const isEquipment = (x: unknown): x is Equipment => typeof x === 'string' && (EQUIPMENT as readonly string[]).includes(x);

/** An optional list: a warning when it is not an array (dropped) or too long (cut to `max`). */
function cappedList(r: Reporter, v: unknown, path: string, max: number): unknown[] | undefined {
  if (!Array.isArray(v)) {
    r.wrongType('warning', path, 'array', v);
    return undefined;
  }
  const list: unknown[] = v;
  if (list.length <= max) return list;
  r.add('too-many', 'warning', path, say('tooMany', path, list.length, max));
  return list.slice(0, max);
}

function partners(r: Reporter, v: unknown, path: string): string[] | undefined {
  if (v === undefined || v === null) return undefined;
  const list = cappedList(r, v, path, LIMITS.partners);
  if (!list) return undefined;
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const x = list[i];
    if (typeof x !== 'string') {
      r.wrongType('warning', `${path}[${i}]`, 'string', x);
      continue;
    }
    const t = x.trim();
    if (t.length > LIMITS.partner) r.add('too-long', 'warning', `${path}[${i}]`, say('tooLong', `${path}[${i}]`, t.length, LIMITS.partner));
    else if (t !== '') {
      const w = wellFormed(r, t, `${path}[${i}]`);
      if (!out.includes(w)) out.push(w);
    }
  }
  return out;
}

function stop(r: Reporter, v: unknown, path: string, check: HoursChecker | undefined): Stop | undefined {
  if (!isRecord(v)) {
    r.add('not-object', 'warning', path, say('notObject', 'stop', found(v)), ['stopSkipped']);
    return undefined;
  }
  r.unknownFields(v, STOP_SET, path);
  // Every problem of a stop costs the stop, not the place: count them apart.
  const before = r.problems.length;
  const id = text(r, v, 'id', path, LIMITS.id, 'warning', true);
  const name = text(r, v, 'name', path, LIMITS.name, 'warning', true);
  const addr = address(r, v['address'], join(path, 'address'), 'warning');
  const loc = location(r, v['location'], join(path, 'location'), 'warning');
  if (id === undefined || name === undefined || addr === undefined || loc === undefined) {
    // Say on the stop's problems that the stop, not the bus, is dropped.
    for (let i = before; i < r.problems.length; i++) {
      const pr = r.problems[i]!;
      if (pr.code !== 'unknown-field') pr.then = [...(pr.then ?? []), 'stopSkipped'];
    }
    return undefined;
  }
  const s: Stop = { id, name, address: addr, location: loc };
  const h = hours(r, v, path, check);
  if (h !== undefined) s.hours = h;
  const note = text(r, v, 'hoursNote', path, LIMITS.hoursNote, 'warning', false);
  if (note !== undefined) s.hoursNote = note;
  if (v['frequency'] !== undefined && v['frequency'] !== null) {
    // Known dates beat a pattern: the hours give the visits; a frequency beside them would contradict them.
    if (s.hours !== undefined) r.add('unknown-field', 'warning', join(path, 'frequency'), say('frequencyWithHours', path));
    else {
      const f = frequency(r, v['frequency'], join(path, 'frequency'));
      if (f) s.frequency = f;
    }
  }
  return s;
}

const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * `frequency`: every problem drops the frequency (the stop then reads "passages non communiqués"),
 * never the stop: a wrong pattern must not be shown, and the stop is still a place to go.
 */
function frequency(r: Reporter, input: unknown, path: string): StopFrequency | undefined {
  if (!isRecord(input)) {
    r.wrongType('warning', path, 'object', input, ['frequencyIgnored']);
    return undefined;
  }
  r.unknownFields(input, FREQUENCY_SET, path);
  const drop = (code: ProblemCode, key: string, m: Say): undefined => {
    r.add(code, 'warning', join(path, key), m, ['frequencyIgnored']);
    return undefined;
  };
  const n = input['timesPerMonth'];
  const np = join(path, 'timesPerMonth');
  if (n === undefined || n === null) return drop('missing', 'timesPerMonth', say('missing', np));
  if (typeof n !== 'number') return drop('wrong-type', 'timesPerMonth', say('wrongType', np, 'number', found(n)));
  if (!Number.isInteger(n) || n < 1 || n > 4) return drop('unknown-value', 'timesPerMonth', say('badFormat', np, String(n), { expect: 'timesPerMonth' }));
  const w = input['weekday'];
  const wp = join(path, 'weekday');
  if (w === undefined || w === null || w === '') return drop('missing', 'weekday', say('missing', wp));
  if (typeof w !== 'string') return drop('wrong-type', 'weekday', say('wrongType', wp, 'string', found(w)));
  const code = WEEKDAY_CODES.find((c) => c.toLowerCase() === w.trim().toLowerCase());
  if (!code) return drop('unknown-value', 'weekday', say('unknownValue', wp, w, WEEKDAY_CODES));
  const f: StopFrequency = { timesPerMonth: n, weekday: code };
  const from = text(r, input, 'from', path, 10, 'warning', false);
  const to = text(r, input, 'to', path, 10, 'warning', false);
  if (from !== undefined || to !== undefined) {
    if (from === undefined) return drop('missing', 'from', say('missing', join(path, 'from')));
    if (to === undefined) return drop('missing', 'to', say('missing', join(path, 'to')));
    if (!TIME_RE.test(from)) return drop('unknown-value', 'from', say('badFormat', join(path, 'from'), from, { expect: 'time' }));
    if (!TIME_RE.test(to) && to !== '24:00') return drop('unknown-value', 'to', say('badFormat', join(path, 'to'), to, { expect: 'time' }));
    if (to <= from) return drop('unknown-value', 'to', say('badFormat', join(path, 'to'), to, { expect: 'timeAfter', after: from }));
    f.from = from;
    f.to = to;
  }
  const note = text(r, input, 'datesNote', path, LIMITS.hoursNote, 'warning', false);
  if (note !== undefined) f.datesNote = note;
  return f;
}

function stops(r: Reporter, v: unknown, path: string, check: HoursChecker | undefined): Stop[] | undefined {
  const list = cappedList(r, v, path, LIMITS.stops);
  if (!list) return undefined;
  const out: Stop[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < list.length; i++) {
    const p = `${path}[${i}]`;
    const s = stop(r, list[i], p, check);
    if (!s) continue;
    if (ids.has(s.id)) {
      r.add('duplicate-id', 'warning', join(p, 'id'), say('duplicateStopId', s.id));
      continue;
    }
    ids.add(s.id);
    out.push(s);
  }
  return out;
}

function place(r: Reporter, v: unknown, path: string, check: HoursChecker | undefined): Place | undefined {
  if (!isRecord(v)) {
    r.add('not-object', 'error', path, say('notObject', 'place', found(v)), ['placeSkipped']);
    return undefined;
  }
  const rawId = v['id'];
  if (typeof rawId === 'string' && rawId.trim() !== '') r.placeId = toWellFormed(clip(rawId.trim(), LIMITS.id));
  r.unknownFields(v, PLACE_SET, path);
  const id = text(r, v, 'id', path, LIMITS.id, 'error', true);
  const name = text(r, v, 'name', path, LIMITS.name, 'error', true);

  let kind: Place['kind'] | undefined;
  const kv = keyword(v['kind']);
  if (isPlaceKind(kv)) kind = kv;
  else {
    const kp = join(path, 'kind');
    if (kv === undefined || kv === null || kv === '') r.missing('error', kp);
    else if (typeof kv !== 'string') r.wrongType('error', kp, 'string', kv);
    else r.add('unknown-kind', 'error', kp, say('unknownKind', kv, PLACE_KINDS));
  }

  let needs: NeedId[] | undefined;
  if (v['needs'] === undefined || v['needs'] === null) r.missing('error', join(path, 'needs'));
  else
    needs = enumList(r, v['needs'], join(path, 'needs'), isNeedId, 'unknown-need', (x) => say('unknownNeed', x, NEED_IDS), 'error');

  const addr = address(r, v['address'], join(path, 'address'), 'error');
  const loc = location(r, v['location'], join(path, 'location'), 'error');

  // Built now, in output order (the importer prints these objects); returned only if valid.
  const p = { id, name, kind, needs, address: addr, location: loc } as Place;
  const h = hours(r, v, path, check);
  if (h !== undefined) p.hours = h;
  const hn = text(r, v, 'hoursNote', path, LIMITS.hoursNote, 'warning', false);
  if (hn !== undefined) p.hoursNote = hn;
  if (v['contact'] !== undefined && v['contact'] !== null) {
    const c = contact(r, v['contact'], join(path, 'contact'));
    if (c) p.contact = c;
  }

  const av = keyword(v['appointment']);
  if (av !== undefined && av !== null) {
    const ap = join(path, 'appointment');
    if (typeof av !== 'string') r.wrongType('warning', ap, 'string', av);
    else if ((APPOINTMENT_POLICIES as readonly string[]).includes(av)) p.appointment = av as AppointmentPolicy;
    else r.add('unknown-value', 'warning', ap, say('unknownValue', ap, av, APPOINTMENT_POLICIES));
  }
  if (v['equipment'] !== undefined && v['equipment'] !== null) {
    const ep = join(path, 'equipment');
    const eq = enumList(r, v['equipment'], ep, isEquipment, 'unknown-value', (x) => say('unknownValue', ep, x, EQUIPMENT), 'warning');
    if (eq) p.equipment = eq;
  }
  if (v['accessibility'] !== undefined && v['accessibility'] !== null) {
    const acc = accessibility(r, v['accessibility'], join(path, 'accessibility'));
    if (acc) p.accessibility = acc;
  }
  const fv = v['free'];
  if (fv !== undefined && fv !== null) {
    if (typeof fv === 'boolean') p.free = fv;
    else r.wrongType('warning', join(path, 'free'), 'boolean', fv);
  }
  if (v['partners'] !== undefined && v['partners'] !== null) {
    const pa = partners(r, v['partners'], join(path, 'partners'));
    if (pa) p.partners = pa;
  }
  const desc = text(r, v, 'description', path, LIMITS.description, 'warning', false);
  if (desc !== undefined) p.description = desc;
  const src = text(r, v, 'source', path, LIMITS.source, 'warning', false);
  if (src !== undefined) p.source = src;
  const upd = date(r, v, 'updated', path);
  if (upd !== undefined) p.updated = upd;
  if (v['stops'] !== undefined && v['stops'] !== null) {
    const sp = join(path, 'stops');
    if (kind !== undefined && kind !== 'bus') r.add('unknown-field', 'warning', sp, say('stopsNotBus', kind));
    else {
      const st = stops(r, v['stops'], sp, check);
      if (st) p.stops = st;
    }
  }

  if (r.placeErrors > 0 || id === undefined || name === undefined || kind === undefined || needs === undefined || addr === undefined || loc === undefined)
    return undefined;
  return p;
}

function meta(r: Reporter, doc: Record<string, unknown>): CatalogueMeta {
  const m: CatalogueMeta = { ...META_DEFAULTS };
  const limits: Record<MetaTextKey, number> = {
    name: LIMITS.name,
    territory: LIMITS.meta,
    updated: 40,
    licence: LIMITS.meta,
    attribution: LIMITS.meta,
  };
  for (const key of Object.keys(META_DEFAULTS) as MetaTextKey[]) {
    const val = key === 'updated' ? date(r, doc, key, '') : text(r, doc, key, '', limits[key], 'warning', false);
    if (val !== undefined) m[key] = val;
    else if (doc[key] === undefined || doc[key] === null || doc[key] === '')
      r.add('missing', 'warning', key, say('missingMeta', key, META_DEFAULTS[key]));
  }
  const version = doc['version'];
  if (version === undefined || version === null)
    r.add('missing', 'warning', 'version', say('missingMeta', 'version', '1'));
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- quoted as String() always quoted it (messages.unknownVersion)
  else if (version !== 1) r.add('unknown-value', 'warning', 'version', say('unknownVersion', String(version)));

  const sv = doc['sources'];
  if (sv !== undefined && sv !== null) {
    if (!Array.isArray(sv)) r.wrongType('warning', 'sources', 'array', sv);
    else {
      const out: CatalogueSource[] = [];
      for (let i = 0; i < sv.length; i++) {
        const p = `sources[${i}]`;
        const s: unknown = sv[i];
        if (!isRecord(s)) {
          r.wrongType('warning', p, 'object', s);
          continue;
        }
        r.unknownFields(s, SOURCE_SET, p);
        const name = text(r, s, 'name', p, LIMITS.name, 'warning', true);
        const licence = text(r, s, 'licence', p, LIMITS.meta, 'warning', true);
        const u = url(r, s, 'url', p, LIMITS.website);
        if (name === undefined || licence === undefined) continue;
        const src: CatalogueSource = { name, licence };
        if (u !== undefined) src.url = u;
        out.push(src);
      }
      m.sources = out;
    }
  }
  return m;
}

/**
 * Validates a parsed catalogue, in steps, with its progress in places (see core/slices.ts): the
 * catalogue worker reports it, and a page without a worker validates in slices that yield.
 * Never throws. `usable` is false only when there is no `places` list to read at all. Problems
 * come as data ({@link ProblemData}), worded where they are shown (validate.ts for the CLI and
 * the editor, problem-words-loader.ts on the page).
 */
export function* validateCatalogueDataSteps(input: unknown, options: ValidateOptions = {}): Steps<ValidationData> {
  const r = new Reporter();
  try {
    return yield* run(r, input, options);
  } catch (e) {
    // Defensive: a getter or proxy in a JS-built input could throw. Report, do not crash.
    r.placeIndex = undefined;
    r.placeId = undefined;
    r.add('wrong-type', 'error', '$', say('unreadable', String(e)));
    return { meta: { ...META_DEFAULTS }, places: [], problems: r.problems, usable: false };
  }
}

/** How many places are validated between two steps. */
const PLACES_PER_STEP = 256;

function* run(r: Reporter, input: unknown, options: ValidateOptions): Steps<ValidationData> {
  if (!isRecord(input)) {
    r.add('not-object', 'error', '$', say('notObject', 'catalogue', found(input)));
    return { meta: { ...META_DEFAULTS }, places: [], problems: r.problems, usable: false };
  }
  r.unknownFields(input, CATALOGUE_SET, '');
  const m = meta(r, input);
  const pv = input['places'];
  if (!Array.isArray(pv)) {
    if (pv === undefined || pv === null) r.missing('error', 'places');
    else r.wrongType('error', 'places', 'array', pv);
    return { meta: m, places: [], problems: r.problems, usable: false };
  }
  const places: Place[] = [];
  const firstIndexOfId = new Map<string, number>();
  const check = options.checkHours === undefined ? checkHoursSyntax : (options.checkHours ?? undefined);
  for (let i = 0; i < pv.length; i++) {
    if (i % PLACES_PER_STEP === 0) yield { done: i, total: pv.length };
    r.placeIndex = i;
    r.placeId = undefined;
    r.placeErrors = 0;
    const path = `places[${i}]`;
    const p = place(r, pv[i], path, check);
    if (p) {
      const first = firstIndexOfId.get(p.id);
      if (first !== undefined) {
        r.add('duplicate-id', 'error', `${path}.id`, say('duplicateId', p.id, first));
      } else {
        firstIndexOfId.set(p.id, i);
        places.push(p);
      }
    }
  }
  r.placeIndex = undefined;
  r.placeId = undefined;
  return { meta: m, places, problems: r.problems, usable: true };
}

/**
 * Parses and validates catalogue text (a file's contents), in steps (the parse itself is one:
 * JSON.parse cannot be cut). Strips a byte-order mark; a JSON syntax error becomes a `not-json`
 * problem with the engine's error only: its line, column and words come from the text where it
 * is worded (json-error.ts), so the locator too stays out of the worker. Never throws.
 */
export function* parseCatalogueTextDataSteps(text: string, options: ValidateOptions = {}): Steps<ValidationData> {
  const src = typeof text === 'string' ? text.replace(/^\uFEFF/, '') : '';
  let doc: unknown;
  try {
    doc = JSON.parse(src);
  } catch (e) {
    return {
      meta: { ...META_DEFAULTS },
      places: [],
      problems: [{ code: 'not-json', severity: 'error', path: '$', say: say('notJson', String(e)) }],
      usable: false,
    };
  }
  return yield* validateCatalogueDataSteps(doc, options);
}

/**
 * Decodes a catalogue file's bytes to text. JSON is UTF-8, but catalogues edited by hand are
 * sometimes saved as "Unicode" (UTF-16, with or without a byte-order mark) by Windows tools;
 * read as UTF-8 those give an unreadable "unexpected character" error. A BOM decides the
 * encoding; without one, NUL bytes in the first characters (JSON text starts with ASCII)
 * reveal UTF-16. Anything else is read as UTF-8 (invalid bytes become U+FFFD). Never throws.
 */
export function decodeCatalogueBytes(bytes: Uint8Array): string {
  const b = bytes;
  let encoding: 'utf-8' | 'utf-16le' | 'utf-16be' = 'utf-8';
  let start = 0;
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) start = 3;
  else if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) [encoding, start] = ['utf-16le', 2];
  else if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) [encoding, start] = ['utf-16be', 2];
  else if (b.length >= 4) {
    let evenNul = 0;
    let oddNul = 0;
    const n = Math.min(b.length - (b.length % 2), 64);
    for (let i = 0; i < n; i++) {
      if (b[i] !== 0) continue;
      if (i % 2 === 0) evenNul++;
      else oddNul++;
    }
    if (oddNul >= n / 4 && evenNul === 0) encoding = 'utf-16le';
    else if (evenNul >= n / 4 && oddNul === 0) encoding = 'utf-16be';
  }
  let body = b.subarray(start);
  if (encoding === 'utf-16be') {
    // TextDecoder's utf-16be needs full ICU in Node; swapping to little-endian always works.
    const swapped = new Uint8Array(body.length - (body.length % 2));
    for (let i = 0; i + 1 < body.length; i += 2) {
      swapped[i] = body[i + 1]!;
      swapped[i + 1] = body[i]!;
    }
    body = swapped;
    encoding = 'utf-16le';
  }
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
}
