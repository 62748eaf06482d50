/**
 * The opening-hours contract shared by the element, search, coverage and the CLI.
 * Every function takes the instant as an argument and evaluates in Europe/Paris; none reads
 * the clock. Implementation: ./index.ts.
 */
import type { OpenState } from '../search/types.js';

export type { OpenState } from '../search/types.js';

export interface HoursSyntaxError {
  message: { fr: string; en: string };
  /** 0-based character offset of the problem in the source string. */
  position: number;
}

export interface HoursStatus {
  state: OpenState;
  /** When the current state ends (open → closes at; closed → opens at), if within the horizon. */
  until?: Date;
  /** Next opening when closed. */
  nextOpen?: Date;
  /** A rule comment (`"sur rendez-vous"`) that applies now. */
  comment?: string;
  /**
   * Unknown because today is a public holiday where the place is and its hours have no `PH` rule:
   * "Jour férié : ouverture non confirmée".
   */
  holiday?: true;
}

export interface TimeRange {
  /** Minutes from midnight, local time; `to` may exceed 1440 for ranges past midnight. */
  from: number;
  to: number;
}

export interface WeekDayRow {
  /** The day's date (local midnight in Europe/Paris). */
  date: Date;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  ranges: TimeRange[];
  today: boolean;
  /** `unknown` when the hours cannot say for that day. */
  state: 'open' | 'closed' | 'unknown';
  comment?: string;
  /** The day is a public holiday where the place is (its hours may follow it with `PH`, or not say). */
  holiday?: true;
}

/** A visit of an itinerant service to a stop. */
export interface Visit {
  placeId: string;
  stopId: string;
  stopName: string;
  start: Date;
  end: Date;
  /**
   * The hours say "unknown" for this time rather than "open" (e.g. `Th 14:00-17:15 unknown "deux fois
   * par mois"`): a possible visit, to be confirmed.
   */
  tentative?: boolean;
  /** The rule comment that applies to the visit. */
  comment?: string;
  /** Tentative because the day is a public holiday the stop's hours say nothing about. */
  holiday?: true;
  /**
   * The stop is open around the clock (`24/7` and its spellings): not a dated visit. `start` and
   * `end` are then the window asked for, and the phrases say "ouvert 24 h sur 24".
   */
  aroundTheClock?: true;
}
