/**
 * Merges catalogues from several sources (national list, département, communes) into one.
 *
 * Rules (stated in the README too):
 * - files are given in increasing precedence: a later file wins field by field, except where
 *   its value is empty (absent, empty text or empty list), so a commune's sheet that leaves the
 *   phone blank keeps the national phone;
 * - two places from different files are the same place when they have the same id (the same
 *   source record), or the same phone number, or the same normalised name within 150 m; places
 *   of one file are never merged with each other (their author kept them apart);
 * - nested objects (address, contact, accessibility) merge field by field; lists (needs,
 *   equipment, partners, stops) are replaced whole by a later non-empty list, like any field;
 * - the merged place keeps the id of its first occurrence, so ids stay stable as files are
 *   added; an id taken by a different place gets a `-2` suffix (reported);
 * - a report says what was merged (and why), which fields were overridden, and which places
 *   share a name but were kept apart (too far apart), for a person to check.
 */
import type { Catalogue, CatalogueSource, Place } from '../catalogue/types.js';
import type { Message } from '../catalogue/messages.js';
import { distanceKm } from '../geo/distance.js';
import { fold } from '../text/normalise.js';
import { isRecord } from '../is-record.js';
import type { Lang } from '../lang.js';

export const SAME_PLACE_METRES = 150;

export interface MergeInput {
  /** The file name, for the report. */
  name: string;
  catalogue: Catalogue;
}

export interface MergeEvent {
  kind: 'merged' | 'kept-apart' | 'renamed';
  /** Resulting place id. */
  id: string;
  message: Message;
}

export interface MergeResult {
  catalogue: Catalogue;
  events: MergeEvent[];
  /** How many places each input brought, and the output count. */
  counts: { inputs: number[]; output: number; merged: number };
}

/** The name as compared: folded, without the kind words that sources add or drop. */
export function nameKey(name: string): string {
  return fold(name)
    .split(' ')
    .filter((w) => w && !['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd'].includes(w))
    .join(' ');
}

/** The last nine digits of a French number (`+33 5 65…`, `05 65…` meet); undefined for short numbers. */
export function phoneKey(phone: string | undefined): string | undefined {
  const d = (phone ?? '').replace(/\D/g, '');
  return d.length >= 9 ? d.slice(-9) : undefined;
}

const isEmpty = (v: unknown): boolean =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);


/** Later wins field by field, empty values excepted; returns the overridden field paths. */
function overlay(base: Record<string, unknown>, later: Record<string, unknown>, prefix = ''): string[] {
  const changed: string[] = [];
  for (const [k, v] of Object.entries(later)) {
    if (k === 'id' || isEmpty(v)) continue;
    const old = base[k];
    if (isRecord(v) && isRecord(old) && k !== 'location') {
      const copy = { ...old };
      changed.push(...overlay(copy, v, `${prefix}${k}.`));
      base[k] = copy;
    } else {
      if (old !== undefined && JSON.stringify(old) !== JSON.stringify(v)) changed.push(`${prefix}${k}`);
      base[k] = structuredClone(v);
    }
  }
  return changed;
}

interface Entry {
  place: Place;
  file: number;
  /** Files whose places were merged into this one. */
  from: Set<number>;
}

export function mergeCatalogues(inputs: readonly MergeInput[], meta: Partial<Pick<Catalogue, 'name' | 'territory' | 'licence' | 'attribution' | 'updated'>> = {}): MergeResult {
  const entries: Entry[] = [];
  const byId = new Map<string, Entry>();
  const byPhone = new Map<string, Entry[]>();
  const byName = new Map<string, Entry[]>();
  const events: MergeEvent[] = [];
  let merged = 0;
  const index = (e: Entry): void => {
    const p = phoneKey(e.place.contact?.phone);
    if (p) byPhone.set(p, [...(byPhone.get(p) ?? []), e]);
    const n = nameKey(e.place.name);
    byName.set(n, [...(byName.get(n) ?? []), e]);
  };
  inputs.forEach(({ name: fileName, catalogue }, file) => {
    for (const original of catalogue.places) {
      const place = structuredClone(original);
      const other = (e: Entry): boolean => !e.from.has(file);
      let match: Entry | undefined;
      let why: Message | undefined;
      const sameId = byId.get(place.id);
      if (sameId && other(sameId)) [match, why] = [sameId, { fr: 'même identifiant', en: 'same id' }];
      const pk = phoneKey(place.contact?.phone);
      if (!match && pk) {
        const hit = byPhone.get(pk)?.find(other);
        if (hit) [match, why] = [hit, { fr: `même téléphone (${place.contact!.phone})`, en: `same phone (${place.contact!.phone})` }];
      }
      const nk = nameKey(place.name);
      const sameName = (byName.get(nk) ?? []).filter(other);
      if (!match) {
        const near = sameName.find((e) => distanceKm(e.place.location, place.location) * 1000 <= SAME_PLACE_METRES);
        if (near) {
          const m = Math.round(distanceKm(near.place.location, place.location) * 1000);
          [match, why] = [near, { fr: `même nom, à ${m} m`, en: `same name, ${m} m apart` }];
        }
      }
      if (match && why) {
        const before = match.place.name;
        const changed = overlay(match.place as unknown as Record<string, unknown>, place as unknown as Record<string, unknown>);
        match.from.add(file);
        merged++;
        index(match);
        events.push({
          kind: 'merged',
          id: match.place.id,
          message: {
            fr: `fusionné : « ${place.name} » (${fileName}) avec « ${before} » (${inputs[match.file]!.name}) : ${why.fr}${changed.length ? ` ; remplacé : ${changed.join(', ')}` : ' ; rien de remplacé'}`,
            en: `merged: "${place.name}" (${fileName}) with "${before}" (${inputs[match.file]!.name}): ${why.en}${changed.length ? `; overridden: ${changed.join(', ')}` : '; nothing overridden'}`,
          },
        });
        continue;
      }
      for (const e of sameName) {
        const km = distanceKm(e.place.location, place.location);
        events.push({
          kind: 'kept-apart',
          id: place.id,
          message: {
            fr: `gardés à part : « ${place.name} » (${fileName}) et « ${e.place.name} » (${inputs[e.file]!.name}) ont le même nom mais sont à ${formatKm(km, 'fr')}`,
            en: `kept apart: "${place.name}" (${fileName}) and "${e.place.name}" (${inputs[e.file]!.name}) share a name but are ${formatKm(km, 'en')} apart`,
          },
        });
      }
      let id = place.id;
      for (let n = 2; byId.has(id); n++) id = `${place.id}-${n}`;
      if (id !== place.id)
        events.push({
          kind: 'renamed',
          id,
          message: {
            fr: `identifiant « ${place.id} » (${fileName}) déjà pris par un autre lieu : devient « ${id} »`,
            en: `id "${place.id}" (${fileName}) already used by another place: becomes "${id}"`,
          },
        });
      place.id = id;
      const entry: Entry = { place, file, from: new Set([file]) };
      entries.push(entry);
      byId.set(id, entry);
      if (id !== original.id && !byId.has(original.id)) byId.set(original.id, entry);
      index(entry);
    }
  });

  const last = inputs[inputs.length - 1]?.catalogue;
  const sources: CatalogueSource[] = [];
  for (const { catalogue } of inputs)
    for (const s of catalogue.sources ?? []) if (!sources.some((x) => x.name === s.name)) sources.push(s);
  const join = (values: string[]): string => [...new Set(values.filter((v) => v.trim() !== ''))].join(' ; ');
  const updated = inputs.map((i) => i.catalogue.updated).filter(Boolean).sort().pop() ?? '';
  const catalogue: Catalogue = {
    version: 1,
    name: meta.name ?? last?.name ?? 'Catalogue',
    territory: meta.territory ?? join(inputs.map((i) => i.catalogue.territory)),
    updated: meta.updated ?? updated,
    licence: meta.licence ?? join(inputs.map((i) => i.catalogue.licence)),
    attribution: meta.attribution ?? join(inputs.map((i) => i.catalogue.attribution)),
    ...(sources.length ? { sources } : {}),
    places: entries.map((e) => e.place),
  };
  return { catalogue, events, counts: { inputs: inputs.map((i) => i.catalogue.places.length), output: entries.length, merged } };
}

function formatKm(km: number, lang: Lang): string {
  if (km < 1) return `${Math.round(km * 1000)} m`;
  const v = km.toFixed(1);
  return `${lang === 'fr' ? v.replace('.', ',') : v} km`;
}
