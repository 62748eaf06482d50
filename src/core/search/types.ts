/**
 * The search contract shared by the element, the CLI and the benchmark.
 * Implementation: ./search-index.ts (`createSearchIndex`).
 */
import type { AppointmentPolicy, Equipment, GeoPoint, NeedId, Place, PlaceKind } from '../catalogue/types.js';
import type { Lang } from '../lang.js';

/** Open state of a place at an instant, as the hours engine answers it. */
export type OpenState = 'open' | 'closed' | 'unknown';

export interface SearchQuery {
  /** What the resident typed: needs, names, kinds, communes, postcodes, in any mix. */
  text?: string;
  /** Active need filters (chips): a place must answer every one. */
  needs?: NeedId[];
  kinds?: PlaceKind[];
  /** Keep only places open at this instant … */
  openAt?: Date;
  /**
   * … `confirmed` (default) drops places whose hours are unknown at that instant (and counts
   * them in `SearchOutcome.hoursUnknown`); `include-unknown` keeps them.
   */
  openMode?: 'include-unknown' | 'confirmed';
  /** `walk-in` keeps walk-in and both; `appointment` keeps appointment and both. */
  appointment?: Exclude<AppointmentPolicy, 'both'>;
  /** A place must have every one. */
  equipment?: Equipment[];
  /** Step-free access only. */
  wheelchair?: boolean;
  /** Origin for distances and the radius filter (else a commune named in `text`). */
  near?: GeoPoint;
  /** Keep places within this distance of the origin (`near`, or a commune named in the text). */
  radiusKm?: number;
  /**
   * When fewer than `minResults` places are within `radiusKm`: try these larger radii in turn,
   * then fall back to the `minResults` nearest places (`SearchOutcome.radius` says which).
   */
  widenKm?: readonly number[];
  minResults?: number;
  /** Default: `distance` when there is an origin, else `relevance`. Ties: by name. */
  sort?: 'relevance' | 'distance';
  /**
   * How many results to build (the page shown): only those are sorted, get a distance and an
   * explanation. `total`, `radius` and `hoursUnknown` still count every match. Default: all.
   */
  limit?: number;
}

export type MatchField = 'need' | 'name' | 'kind' | 'commune' | 'postcode' | 'partner' | 'filter';

/** Why a result matched: "Répond à : impôts". */
export interface Match {
  field: MatchField;
  /** The query word(s) that matched. */
  query: string;
  /** The thesaurus term, name or commune it matched. */
  term: string;
  /** For `field: 'need'`. */
  need?: NeedId;
}

export interface SearchResult {
  place: Place;
  /** Higher is better; comparable only within one search. */
  score: number;
  /** Great-circle distance from `near`, to the place or its nearest bus stop. */
  distanceKm?: number;
  /** For a bus: the stop nearest to `near` (or the one the text named). */
  stopId?: string;
  matches: Match[];
}

export interface SearchOutcome {
  results: SearchResult[];
  /** Count before `limit`. */
  total: number;
  /**
   * Positions in the indexed places of every result, not only the `limit` shown, in no
   * particular order: what a map needs to draw them all without a result object each.
   */
  ids?: Int32Array;
  /** Needs the text was understood as (for chips and "Répond à"). */
  needs: NeedId[];
  /** A commune the text named, used as origin when `near` is absent ("carte grise lherm"). */
  commune?: GazetteerEntry;
  /**
   * The text named a place that is several communes and none was taken: a postcode they share
   * ("46150": Catus, Lherm and ten others) or homonyms the catalogue does not tell apart. No
   * origin is made up; ask the resident to choose (a listbox), then search with `near` set.
   */
  communeChoices?: GazetteerEntry[];
  /** With a radius: what was asked, what was used, and how many places were within what was asked. */
  radius?: RadiusOutcome;
  /** With `openAt` (confirmed mode): places that matched but whose hours are unknown at that instant. */
  hoursUnknown?: number;
}

export interface RadiusOutcome {
  requestedKm: number;
  /** The radius the results are within: `requestedKm`, a wider step, or null for "the nearest few". */
  usedKm: number | null;
  /** How many places were within `requestedKm`. */
  within: number;
}

export interface NeedSuggestion {
  need: NeedId;
  /** The thesaurus term that matched what was typed ("carte grise"). */
  term: string;
  /** The plain-language label of the need in the requested language. */
  label: string;
  /** The term is from the other language's thesaurus ("carer" for a French search on "car"). */
  otherLanguage?: boolean;
}

export interface GazetteerEntry {
  name: string;
  insee?: string;
  postcodes: string[];
  lat: number;
  lon: number;
  population?: number;
  /** Département code ("46", "2A", "971"), when the list gives it (the national gazetteer does). */
  dep?: string;
}

export interface SearchIndexOptions {
  /** Communes known offline, in addition to those of the catalogue's places. */
  gazetteer?: GazetteerEntry[];
  /** Injected so search does not depend on how hours are evaluated. */
  openState?: (place: Place, at: Date) => OpenState;
  /**
   * Called once for every place during the build, a few hundred places per step: the element
   * compiles the place's hours there (`compilePlaceHours`), so that the first "open now" finds
   * them compiled instead of compiling a national catalogue's ~50,000 values in one task.
   */
  prepareHours?: (place: Place) => void;
  /**
   * The places' order by name (./ranking.ts `nameRankSteps` over the same places), when already
   * computed: the element's first list computes it before the index is built. Ignored when its
   * length is not the places'.
   */
  nameRank?: Int32Array;
}

export interface SearchIndex {
  search(query: SearchQuery): SearchOutcome;
  /** Needs suggested for what is being typed, best first (the combobox). */
  suggestNeeds(text: string, lang: Lang, limit?: number): NeedSuggestion[];
  /** Communes whose name or postcode starts like `text`, best first. */
  findCommunes(text: string, limit?: number): GazetteerEntry[];
}
