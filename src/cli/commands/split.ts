/**
 * `service-locator split <catalogue.json> --out DIR [--lang en]`: one catalogue file per
 * département (`46.json`, `2A.json`, `971.json`, `autres.json`) and `index.json` describing
 * them (bounds, counts, needs and kinds offered, SHA-256 of each file's bytes), for a static
 * host or CDN: `src` pointing at the index makes the element load the shards around the
 * resident first. The input goes through the one validating loader; only valid places are
 * written. Formats: src/core/catalogue/shards.ts and data/shard-index.schema.json.
 */
import { createHash } from 'node:crypto';
import type { CliIO } from '../main.js';
import { both, EXIT, printable, readArgs, readLang } from '../args.js';
import { loadCatalogueFile } from '../catalogue-file.js';
import { shardIndexText, splitCatalogue } from '../../core/catalogue/split.js';
import type { ShardEntry } from '../../core/catalogue/shards.js';

export const HELP = `Usage: service-locator split <catalogue.json> --out DIR [--lang en]

Découpe un catalogue en un fichier par département (département tiré du code INSEE, à défaut
du code postal ; Corse 2A/2B, outre-mer 971 à 988 ; les lieux sans département vont dans
autres.json) et écrit DIR/index.json : emprise, nombre de lieux, besoins et types offerts,
empreinte SHA-256 de chaque fichier. Mêmes données, mêmes octets : relancer ne change rien.
Publiez le dossier tel quel et pointez src sur index.json.
Splits a catalogue into one file per département (from the INSEE code, else the postcode;
places without one go to autres.json) and writes DIR/index.json (bounds, counts, needs and
kinds offered, SHA-256 of each file). Same data, same bytes. Publish the folder as it is and
point src at index.json. Files of an earlier run that the index no longer lists are left alone.

  --out DIR     dossier de sortie (créé au besoin) / output folder (created if needed)
  --lang en     compte rendu en anglais / report in English
`;

export const INDEX_FILE = 'index.json';

export async function run(args: string[], io: CliIO): Promise<number> {
  const read = readArgs(args, { out: { type: 'string' }, lang: { type: 'string' } });
  if (!read.ok) return usage(io, read.message);
  const { values: v, positionals: files } = read.parsed;
  if (v.help) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  const lang = readLang(v.lang);
  if (typeof lang !== 'string') return usage(io, lang.message);
  if (files.length !== 1) return usage(io, both('un seul catalogue', 'exactly one catalogue'));
  if (!v.out) return usage(io, both('--out DIR : dossier de sortie attendu', '--out DIR: output folder expected'));
  if (!io.writeFile) return usage(io, both('pas d’accès en écriture ici', 'no file writing here'));
  const file = files[0]!;
  const loaded = await loadCatalogueFile(io, file);
  if (!loaded.ok) {
    io.stderr(`service-locator split: ${loaded.message}\n`);
    return loaded.code;
  }
  const { meta, places, problems } = loaded.result;
  const errors = problems.filter((p) => p.severity === 'error').length;
  const out = v.out.replace(/\/+$/, '') || '/';
  const shards = splitCatalogue(meta, places);
  const entries: ShardEntry[] = [];
  try {
    for (const shard of shards) {
      await io.writeFile(`${out}/${shard.file}`, shard.bytes);
      const { id, file: name, bounds, places: count, bytes, kinds, needs } = shard.entry;
      const sha256 = createHash('sha256').update(shard.bytes).digest('hex');
      entries.push({ id, file: name, bounds, places: count, bytes, sha256, kinds, needs });
    }
    const index = new TextEncoder().encode(shardIndexText(meta, entries));
    await io.writeFile(`${out}/${INDEX_FILE}`, index);
    const lines = [
      lang === 'fr'
        ? `${places.length} lieu(x) → ${shards.length} fragment(s) dans ${out}/ ; index ${out}/${INDEX_FILE} (${index.length} octets).`
        : `${places.length} place(s) → ${shards.length} shard(s) in ${out}/; index ${out}/${INDEX_FILE} (${index.length} bytes).`,
    ];
    if (errors)
      lines.push(
        lang === 'fr'
          ? `${file} : ${errors} erreur(s), les lieux concernés sont laissés de côté (voir service-locator validate).`
          : `${file}: ${errors} error(s), the places concerned are left out (see service-locator validate).`,
      );
    (errors ? io.stderr : io.stdout)(printable(lines.join(' ')) + '\n');
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    io.stderr(`service-locator split: ${printable(both(`écriture impossible dans ${out}`, `cannot write to ${out}`) + ` (${why})`)}\n`);
    return EXIT.usage;
  }
  return errors ? EXIT.data : EXIT.ok;
}

function usage(io: CliIO, message: string): number {
  io.stderr(`service-locator split: ${message}\n\n${HELP}`);
  return EXIT.usage;
}
