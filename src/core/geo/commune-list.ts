/**
 * The one reader of commune list files, whatever their shape: the compact national gazetteer
 * (`data/communes-france.json`, see ./gazetteer-format.ts) or a plain list (`data/communes.json`,
 * the open-data shape with French field names, see ./gazetteer.ts). The command line's
 * `search --communes` and `import tableur --communes` read their file with it, so both accept
 * the same files and say the same thing about a wrong one. Never throws.
 */
import type { GazetteerEntry } from '../search/types.js';
import { isRecord } from '../is-record.js';
import { decodeGazetteer } from './gazetteer-format.js';
import { parseGazetteer } from './gazetteer.js';

export type CommuneListRead = { ok: true; entries: GazetteerEntry[] } | { ok: false; message: string };

/** Reads parsed JSON as a commune list; entries without a name or a usable position are skipped. */
export function readCommuneList(json: unknown): CommuneListRead {
  // The compact format names itself; a wrong version or a broken column is an error, not an empty list.
  if (isRecord(json) && 'format' in json) {
    const decoded = decodeGazetteer(json);
    return decoded.ok ? { ok: true, entries: decoded.entries } : { ok: false, message: decoded.problem.message };
  }
  if (Array.isArray(json) || (isRecord(json) && Array.isArray(json['communes']))) return { ok: true, entries: parseGazetteer(json) };
  return { ok: false, message: 'not a commune list (an array of communes, { "communes": [...] } or the compact national gazetteer)' };
}
