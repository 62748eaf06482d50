/**
 * A small catalogue made from the shared open-data rows (places.csv), used by the search tests
 * when the project's demo catalogue (data/catalogue.json) is not there. The mapping is a test
 * fixture's, not the importer's: kinds and needs follow the row's type, the Grand Cahors bus
 * stops become the stops of one bus.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { NeedId, Place, PlaceKind, Stop } from '../../../src/core/catalogue/types.js';
import { FRANCE_SERVICES_NEEDS } from '../../../src/core/needs/vocabulary.js';
import { fileURLToPath } from 'node:url';

type Row = Record<string, string>;

export const PLACES_CSV = fileURLToPath(new URL('../../../data/sources/places.csv', import.meta.url));

function kindAndNeeds(r: Row): { kind: PlaceKind; needs: NeedId[] } {
  const type = r['type'] ?? '';
  const sub = r['subtype'] ?? '';
  if (type === 'France services')
    return { kind: sub.startsWith('Bus') ? 'bus' : 'france-services', needs: ['demarches', ...FRANCE_SERVICES_NEEDS] };
  if (type.startsWith('Structure accueillant')) return { kind: 'espace-numerique', needs: ['numerique', 'demarches'] };
  if (type.startsWith('Centre social')) return { kind: 'centre-social', needs: ['aide-sociale', 'numerique', 'ecrivain-public'] };
  if (type === 'CIAS') return { kind: 'ccas', needs: ['aide-sociale', 'demarches', 'logement', 'handicap'] };
  if (type.startsWith('Maison du territoire')) return { kind: 'solidarites', needs: ['aide-sociale', 'handicap', 'logement', 'caf'] };
  if (type.startsWith('Espace Solidarit')) {
    if (sub.includes('centre social')) return { kind: 'centre-social', needs: ['aide-sociale', 'numerique', 'demarches', 'ecrivain-public'] };
    if (sub.includes('numérique') || sub.includes('médiathèque')) return { kind: 'espace-numerique', needs: ['numerique', 'demarches'] };
    if (sub === 'CCAS' || sub === 'mairie annexe') return { kind: 'ccas', needs: ['aide-sociale', 'demarches', 'logement', 'energie'] };
    if (sub.includes('emploi')) return { kind: 'permanence', needs: ['emploi'] };
    return { kind: 'permanence', needs: ['demarches', 'papiers', 'impots', 'caf', 'sante', 'numerique'] };
  }
  return { kind: 'permanence', needs: ['aide-sociale'] };
}

/** Builds the fixture catalogue's places from places.csv. */
export function placesFromCsv(path = PLACES_CSV): Place[] {
  const rows = parse<Row>(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true });
  const places: Place[] = [];
  const stops: Stop[] = [];
  for (const r of rows) {
    const location = {
      lat: Number(r['lat']),
      lon: Number(r['lon']),
      precision: (r['coord_precision'] ?? '').startsWith('source_point') ? ('exact' as const) : ('commune' as const),
    };
    const address = { city: r['commune'] ?? '', postcode: r['postcode'] || undefined, insee: r['insee'] || undefined, street: r['address'] || undefined };
    if ((r['type'] ?? '').startsWith('Arrêt du bus')) {
      stops.push({ id: r['place_id']!, name: (r['name'] ?? '').split('–').pop()!.trim(), address, location });
      continue;
    }
    const { kind, needs } = kindAndNeeds(r);
    const p: Place = { id: r['place_id']!, name: r['name']!, kind, needs, address, location };
    if (r['appointment'] === 'Oui') p.appointment = 'appointment';
    else if (r['appointment'] === 'Non') p.appointment = 'walk-in';
    if (kind === 'espace-numerique' || kind === 'france-services') p.equipment = ['computer', 'printer', 'scanner', 'wifi'];
    if (kind === 'france-services') p.partners = ['CAF', 'CPAM', 'DGFiP', 'France Travail', 'MSA', 'CARSAT', 'ANTS'];
    if (places.length % 3 === 0) p.accessibility = { wheelchair: 'yes' };
    places.push(p);
  }
  const cahorsBus: Place = {
    id: 'bus-grand-cahors',
    name: 'Bus France services Grand Cahors',
    kind: 'bus',
    needs: ['demarches', ...FRANCE_SERVICES_NEEDS],
    address: { street: '72 rue du Président Wilson', postcode: '46000', city: 'Cahors', insee: '46042' },
    location: { lat: 44.4475, lon: 1.4419, precision: 'exact' },
    stops,
  };
  places.push(cahorsBus);
  return places;
}
