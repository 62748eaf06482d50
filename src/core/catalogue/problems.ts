/**
 * What validation reports. Every problem names the place (id and/or index), the JSON path of
 * the offending value and a plain-language message in French and English, so a webmaster
 * can find and fix the entry.
 */
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
