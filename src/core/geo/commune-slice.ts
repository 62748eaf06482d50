/**
 * Which commune `near="Nom (CP)"` names, told from a postcode slice of the national gazetteer
 * (scripts/commune-slices.mjs: every commune having a postcode of CP's prefix) rather than from
 * every commune of France (issue 15). Owns that rule and nothing else: fetching the slice is
 * the gazetteer controller's, the national look-up the origin controller's.
 *
 * The rule is the national look-up's (OriginController.resolve): among the communes having that
 * postcode, the one whose name is `name` by the search's key (folded, saints spelt out). It
 * answers only when the answer cannot differ from the national look-up's; otherwise undefined,
 * and the caller takes the national look-up.
 */
import type { GazetteerEntry } from '../search/types.js';
import { fold } from '../text/fold.js';
import { communeKey } from './commune-key.js';

/**
 * The one commune of `slice` that `name` with `postcode` designates, or undefined when the
 * national look-up is needed to be sure:
 * - none, or several (namesakes sharing a postcode: the one the catalogue serves would come
 *   first, which the slice does not know);
 * - a name that is a postcode (the national look-up then takes any commune having it);
 * - a commune the element already knows (`known`: the catalogue's own, the deployer's list)
 *   with that name and postcode that the national list would not merge into the slice's
 *   (../geo/gazetteer.ts buildGazetteer merges by INSEE code, or folded name and postcode: an
 *   address without INSEE code spelt "St-Céré" stays a commune of its own, which the national
 *   look-up prefers as the one the catalogue serves).
 */
export function communeInSlice(slice: readonly GazetteerEntry[], name: string, postcode: string, known: readonly GazetteerEntry[]): GazetteerEntry | undefined {
  const code = postcode.trim().toUpperCase();
  const key = communeKey(name);
  if (key === '' || /^\d/.test(key)) return undefined;
  let pick: GazetteerEntry | undefined;
  for (const e of slice)
    if (e.postcodes.includes(code) && communeKey(e.name) === key) {
      if (pick) return undefined;
      pick = e;
    }
  if (!pick) return undefined;
  const p = pick;
  const other = (c: GazetteerEntry): boolean =>
    c.postcodes.includes(code) && communeKey(c.name) === key && c.insee !== p.insee && fold(c.name) !== fold(p.name);
  if (known.some(other)) return undefined;
  return { ...p, postcodes: [...p.postcodes] };
}
