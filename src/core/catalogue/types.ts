/**
 * Catalogue format, version 1: the TypeScript mirror of `data/catalogue.schema.json`.
 *
 * A catalogue is what a webmaster points the widget at. These types describe a *validated*
 * catalogue: the validator (./validate.ts) turns unknown JSON into these shapes, reporting
 * and skipping what does not fit. Keep this file and the schema in step (a test checks it).
 */
import type { NeedId, PlaceKind } from '../needs/vocabulary.js';

export type { NeedId, PlaceKind } from '../needs/vocabulary.js';

/** Where a coordinate comes from: a real point, or only the commune centre. */
export type LocationPrecision = 'exact' | 'commune';

export interface GeoPoint {
  lat: number;
  lon: number;
}

export interface Location extends GeoPoint {
  /** `commune`: the point is the commune centre; the interface says "position approximative". */
  precision: LocationPrecision;
}

export interface Address {
  street?: string;
  postcode?: string;
  city: string;
  /** INSEE commune code (5 characters, e.g. `46042`, `2A004`). */
  insee?: string;
}

export interface Contact {
  /** A French phone number as written for people, e.g. `05 65 20 88 70`. */
  phone?: string;
  email?: string;
  /** http or https URL. */
  website?: string;
}

export const APPOINTMENT_POLICIES = ['walk-in', 'appointment', 'both'] as const;
export type AppointmentPolicy = (typeof APPOINTMENT_POLICIES)[number];

export const EQUIPMENT = ['computer', 'printer', 'scanner', 'wifi', 'phone'] as const;
export type Equipment = (typeof EQUIPMENT)[number];

export interface Accessibility {
  /** Step-free access for a wheelchair. */
  wheelchair?: 'yes' | 'limited' | 'no';
  /** Free text: hearing loop, sign language, large print… */
  note?: string;
}

/** Weekdays as opening_hours writes them (Monday first). */
export const WEEKDAY_CODES = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
export type WeekdayCode = (typeof WEEKDAY_CODES)[number];

/**
 * A stop visited N times a month on one weekday whose dates are not known in advance ("deux jeudis
 * par mois, dates au 07 62 60 96 94"). Shown as that pattern in words, never as a list of dates:
 * there is no date to give. When the dates are known, write `hours` instead (`Th[1,3] 14:00-17:15`).
 */
export interface StopFrequency {
  /** Visits a month, 1 to 4. */
  timesPerMonth: number;
  weekday: WeekdayCode;
  /** Start and end of a visit, `HH:MM` (both or neither). */
  from?: string;
  to?: string;
  /** Where to learn the dates, as residents read it ("dates au 07 62 60 96 94"). */
  datesNote?: string;
}

/** One stop of an itinerant service (`kind: "bus"`). */
export interface Stop {
  id: string;
  name: string;
  address: Address;
  location: Location;
  /** OpenStreetMap opening_hours syntax; absent when unknown. */
  hours?: string;
  hoursNote?: string;
  /** How often the bus comes when its dates are not known (never together with `hours`). */
  frequency?: StopFrequency;
}

export interface Place {
  /** Unique within the catalogue. */
  id: string;
  name: string;
  kind: PlaceKind;
  needs: NeedId[];
  address: Address;
  location: Location;
  /** OpenStreetMap opening_hours syntax (e.g. `Mo-Fr 09:00-12:00,13:30-17:00; PH off`). */
  hours?: string;
  /** Free text shown beside the hours ("sur rendez-vous le mercredi"). */
  hoursNote?: string;
  contact?: Contact;
  appointment?: AppointmentPolicy;
  equipment?: Equipment[];
  accessibility?: Accessibility;
  /** Free of charge (true for every public service here, but said explicitly). */
  free?: boolean;
  /** Partner organisations present or represented (CAF, CPAM, DGFiP…). */
  partners?: string[];
  description?: string;
  /** Where the record comes from (dataset name or URL). */
  source?: string;
  /** Date of the record's last update, ISO 8601 (`2024-08-01`). */
  updated?: string;
  /** Stops of an itinerant service; only for `kind: "bus"`. */
  stops?: Stop[];
}

export interface CatalogueSource {
  name: string;
  url?: string;
  licence: string;
}

export interface CatalogueMeta {
  name: string;
  /** Territory covered, in words ("Lot, Aisne et Isère"). */
  territory: string;
  /** ISO 8601 date of the catalogue's last update. */
  updated: string;
  licence: string;
  attribution: string;
  sources?: CatalogueSource[];
}

export interface Catalogue extends CatalogueMeta {
  $schema?: string;
  /** Catalogue format version. */
  version: 1;
  places: Place[];
}
