/**
 * What validation reports. Every problem names the place (id and/or index), the JSON path of
 * the offending value and a plain-language message in French and English, so a webmaster
 * can find and fix the entry. The validator finds them as data ({@link ProblemData}); the
 * words are put on where they are shown (problem-words.ts).
 */
import type { messages } from './messages.js';
import type { Catalogue, CatalogueMeta, Place } from './types.js';

export type ProblemSeverity =
  /** The place (or the whole catalogue, when `placeIndex` is absent) is skipped. */
  | 'error'
  /** The value is dropped or kept as is, the place is kept. */
  | 'warning';

export type ProblemCode =
  | 'not-json'
  | 'not-object'
  | 'missing'
  | 'wrong-type'
  | 'duplicate-id'
  | 'unknown-kind'
  | 'unknown-need'
  | 'unknown-value'
  | 'coordinates-out-of-range'
  | 'coordinates-outside-france'
  | 'coordinates-swapped'
  | 'hours-syntax'
  | 'bad-url'
  | 'too-long'
  | 'too-many'
  | 'unknown-field'
  /** A text had lone UTF-16 surrogates (half an emoji), replaced by U+FFFD; the value is kept. */
  | 'ill-formed-text'
  /** A shard of a sharded catalogue did not load (HTTP, hash, invalid); its places are missing. */
  | 'shard-unavailable';

export interface ValidationProblem {
  code: ProblemCode;
  severity: ProblemSeverity;
  /** JSON path, e.g. `places[12].location.lat` or `places[3].stops[0].hours`. */
  path: string;
  /** Index of the place in `places[]`, when the problem belongs to a place. */
  placeIndex?: number;
  /** The place's id, when it has a usable one. */
  placeId?: string;
  message: { fr: string; en: string };
}

/**
 * What a value found is, as data, for "found …" words (messages.ts `describeValue`): the
 * validator names the kind instead of sending the value itself (which may be huge, or not
 * cloneable to the page).
 */
export type FoundKind =
  | 'null' | 'list' | 'string' | 'number' | 'boolean' | 'object' | 'undefined' | 'bigint' | 'symbol' | 'function'
  | 'NaN' | 'Infinity' | '-Infinity';

/** An expected format of messages.ts `expectations`, by name (`timeAfter` with its time). */
export type ExpectationRef = { expect: 'postcode' | 'insee' | 'date' | 'email' | 'timesPerMonth' | 'time' } | { expect: 'timeAfter'; after: string };

/** One value of a message: plain data, cloneable from the worker to the page. */
export type SayArg = string | number | boolean | null | readonly string[] | { found: FoundKind } | ExpectationRef | { fr: string; en: string };

/**
 * Which message of messages.ts a problem words, and its values, in the factory's order; worded
 * only where the problem is shown (problem-words.ts). `notJson` has the engine's error only:
 * its line and column come from the text (json-error.ts).
 */
export interface Say {
  m: keyof typeof messages;
  a: readonly SayArg[];
}

/** What the problem costs, worded after its message (messages.ts: stopSkipped, placeSkipped, frequencyIgnored). */
export type Consequence = 'stopSkipped' | 'placeSkipped' | 'frequencyIgnored';

/**
 * A problem as the validator finds it, before words: {@link ValidationProblem} with `say` (and
 * `then`, the consequences) instead of `message`. The catalogue worker sends these, so that
 * neither it nor a page with a clean catalogue carries the messages (issue 15, item 3).
 */
export interface ProblemData extends Omit<ValidationProblem, 'message'> {
  say: Say;
  then?: Consequence[];
}

/** A validation result whose problems are not worded yet (see {@link ProblemData}). */
export interface ValidationData extends Omit<ValidationResult, 'problems'> {
  problems: ProblemData[];
}

export interface ValidationResult {
  /** Metadata with defaults filled in where the catalogue lacked them (each reported). */
  meta: CatalogueMeta;
  /** Every valid place, in catalogue order. */
  places: Place[];
  problems: ValidationProblem[];
  /** False when the document itself is unusable (not JSON, not an object, no places array). */
  usable: boolean;
}

/** A catalogue object rebuilt from a validation result (what the CLI importer prints). */
export function toCatalogue(result: ValidationResult): Catalogue {
  return { version: 1, ...result.meta, places: result.places };
}
