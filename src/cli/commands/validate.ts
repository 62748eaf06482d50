/**
 * `service-locator validate <catalogue.json> [--json] [--lang fr|en]`: checks a catalogue
 * with the same core validator the element uses, and prints what a webmaster must fix.
 */
import type { CliIO } from '../main.js';
import { EXIT, printableLines, readArgs, readLang } from '../args.js';
import { loadCatalogueFile } from '../catalogue-file.js';
import type { ValidationProblem, ValidationResult } from '../../core/catalogue/problems.js';

export const HELP = `Usage: service-locator validate <catalogue.json> [--json] [--lang fr|en]

Vérifie un catalogue (format v1) / Checks a catalogue (format v1).

  --json        résultat lisible par une machine / machine-readable output
  --lang en     messages en anglais (français par défaut) / English messages (default French)

Code de sortie / exit code:
  0  aucune erreur (les avertissements éventuels sont affichés) / no error (warnings, if any, are printed)
  1  au moins une erreur : lieu ignoré ou catalogue inutilisable / at least one error: a place skipped or the catalogue unusable
  2  mauvais usage ou fichier illisible / bad usage or unreadable file
     (les mêmes codes pour toutes les commandes / the same codes for every command)
`;

export interface ValidateSummary {
  file: string;
  ok: boolean;
  usable: boolean;
  /** Entries in `places[]` (0 when the document is unusable). */
  total: number;
  kept: number;
  skipped: number;
  errors: number;
  warnings: number;
  problems: ValidationProblem[];
}

/** Counts for a validation result; `total` is what the file held. */
export function summarise(file: string, result: ValidationResult, total: number): ValidateSummary {
  let errors = 0;
  for (const p of result.problems) if (p.severity === 'error') errors++;
  return {
    file,
    ok: errors === 0,
    usable: result.usable,
    total,
    kept: result.places.length,
    skipped: total - result.places.length,
    errors,
    warnings: result.problems.length - errors,
    problems: result.problems,
  };
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const read = readArgs(args, { json: { type: 'boolean' }, lang: { type: 'string' } });
  if (!read.ok) {
    io.stderr(`service-locator validate: ${read.message}\n\n${HELP}`);
    return EXIT.usage;
  }
  const { values, positionals: files } = read.parsed;
  if (values.help) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  const lang = readLang(values.lang);
  if (typeof lang !== 'string') {
    io.stderr(`service-locator validate: ${lang.message}\n`);
    return EXIT.usage;
  }
  const json = values.json ?? false;
  if (files.length !== 1) {
    io.stderr(HELP);
    return EXIT.usage;
  }
  const file = files[0]!;
  const loaded = await loadCatalogueFile(io, file);
  if (!loaded.result) {
    io.stderr(`service-locator validate: ${loaded.ok ? '' : loaded.message}\n`);
    return loaded.ok ? EXIT.ok : loaded.code;
  }
  const result = loaded.result;
  // Every skipped place has at least one error naming its index.
  const skippedIndexes = new Set<number>();
  for (const p of result.problems) if (p.severity === 'error' && p.placeIndex !== undefined) skippedIndexes.add(p.placeIndex);
  const total = result.places.length + skippedIndexes.size;
  const s = summarise(file, result, total);
  if (json) {
    io.stdout(JSON.stringify(s, null, 2) + '\n');
    return s.ok ? EXIT.ok : EXIT.data;
  }
  const lines: string[] = [];
  for (const p of s.problems) {
    const sev = p.severity === 'error' ? (lang === 'fr' ? 'ERREUR' : 'ERROR') : lang === 'fr' ? 'avertissement' : 'warning';
    const who = p.placeId !== undefined ? ` [${p.placeId}]` : '';
    lines.push(`${sev}  ${p.path}${who}: ${p.message[lang]}`);
  }
  if (!s.usable) lines.push(lang === 'fr' ? `${file} : catalogue inutilisable.` : `${file}: unusable catalogue.`);
  else
    lines.push(
      lang === 'fr'
        ? `${file} : ${s.kept} lieu(x) gardé(s), ${s.skipped} ignoré(s) sur ${s.total} ; ${s.errors} erreur(s), ${s.warnings} avertissement(s).`
        : `${file}: ${s.kept} place(s) kept, ${s.skipped} skipped out of ${s.total}; ${s.errors} error(s), ${s.warnings} warning(s).`,
    );
  // One line per problem: catalogue values quoted in messages are escaped (see printable).
  (s.ok ? io.stdout : io.stderr)(printableLines(lines));
  return s.ok ? EXIT.ok : EXIT.data;
}
