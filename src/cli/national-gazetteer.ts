/**
 * The national gazetteer for the command line: read from the installed package (the same
 * `data/communes-france.json` the element downloads), and what `--near-commune` designates.
 * The file is found relative to this module: data/ of a checkout from the sources
 * (src/cli/national-gazetteer.ts), the package's one copy in dist/ from the built CLI
 * (dist/cli/*.js), the copy the element loads too.
 */
import type { Place } from '../core/catalogue/types.js';
import { communeMatcher, type CommuneMatcher, type CommuneResolution } from '../core/geo/commune-matcher.js';
import { decodeGazetteer, type CommuneEntry } from '../core/geo/gazetteer-format.js';
import type { GazetteerEntry } from '../core/search/types.js';

/** Where the file is, relative to this module: from the sources, then from dist/cli/. */
export const NATIONAL_GAZETTEER_URLS = [new URL('../../data/communes-france.json', import.meta.url), new URL('../communes-france.json', import.meta.url)];

/** The shipped national gazetteer, or `undefined` when this installation has none (never throws). */
export async function readNationalGazetteer(
  readFile: (path: string) => Promise<string>,
): Promise<{ entries: CommuneEntry[]; matcher: CommuneMatcher } | undefined> {
  for (const url of NATIONAL_GAZETTEER_URLS) {
    if (url.protocol !== 'file:') continue;
    let text: string;
    try {
      text = await readFile(decodeURIComponent(url.pathname));
    } catch {
      continue; // Not at this place: the next one.
    }
    try {
      const decoded = decodeGazetteer(JSON.parse(text) as unknown);
      return decoded.ok ? { entries: decoded.entries, matcher: communeMatcher(decoded.entries) } : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * What `--near-commune` designates. Homonyms are told apart by the catalogue when exactly one
 * of them has places in it (the search text follows the same rule); a postcode shared by
 * several communes always asks.
 */
export function resolveNearCommune(matcher: CommuneMatcher, text: string, places: readonly Place[]): CommuneResolution {
  const r = matcher.resolve(text);
  if (r.status !== 'ambiguous' || r.reason !== 'homonyms') return r;
  const served = new Set<string>();
  for (const p of places) {
    if (p.address.insee) served.add(p.address.insee);
    for (const s of p.stops ?? []) if (s.address.insee) served.add(s.address.insee);
  }
  const mine = r.choices.filter((c) => c.insee && served.has(c.insee));
  return mine.length === 1 ? { status: 'found', entry: mine[0]!, corrected: false } : r;
}

/**
 * One line per candidate, with the argument that picks it: `Lherm (31) 31410 → --near-commune
 * "Lherm (31)"`; `sharedPostcode` when the candidates are the communes of one postcode.
 */
export function describeChoices(choices: readonly GazetteerEntry[], sharedPostcode?: string): string {
  const depOf = (c: GazetteerEntry): string | undefined => c.dep ?? c.insee?.slice(0, c.insee.startsWith('97') ? 3 : 2);
  return choices
    .map((c) => {
      const dep = depOf(c);
      // The département tells most homonyms apart; within one département, the postcode, then
      // the INSEE code (resolve() accepts all three in parentheses).
      const twins = choices.filter((o) => o !== c && o.name === c.name);
      const sameDep = twins.filter((o) => depOf(o) === dep);
      const pc = c.postcodes.length === 1 && !sameDep.some((o) => o.postcodes.includes(c.postcodes[0]!)) ? c.postcodes[0] : undefined;
      // Communes of a shared postcode are named with it: a name alone may have namesakes elsewhere.
      const qualifier = sharedPostcode ?? (twins.length === 0 ? undefined : sameDep.length === 0 ? dep : pc ?? c.insee);
      const arg = qualifier ? `${c.name} (${qualifier})` : c.name;
      return `  ${c.name}${dep ? ` (${dep})` : ''} ${c.postcodes.join(', ')} → --near-commune "${arg}"`;
    })
    .join('\n');
}
