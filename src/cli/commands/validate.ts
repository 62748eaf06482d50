/**
 * `service-locator validate <catalogue.json> [--json] [--lang fr|en]`: checks a catalogue
 * with the same core validator the element uses, and prints what a webmaster must fix.
 */
import type { CliIO } from '../main.js';
import { parseCatalogueText } from '../../core/catalogue/validate.js';
import type { ValidationProblem, ValidationResult } from '../../core/catalogue/problems.js';

export const HELP = `Usage: service-locator validate <catalogue.json> [--json] [--lang fr|en]

Vérifie un catalogue (format v1) / Checks a catalogue (format v1).

  --json        résultat lisible par une machine / machine-readable output
  --lang en     messages en anglais (français par défaut) / English messages (default French)

Code de sortie / exit code:
  0  aucune erreur (les avertissements éventuels sont affichés) / no error (warnings, if any, are printed)
  1  au moins une erreur : lieu ignoré ou catalogue inutilisable / at least one error: a place skipped or the catalogue unusable
  2  mauvais usage ou fichier illisible / bad usage or unreadable file
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
  let json = false;
  let lang: 'fr' | 'en' = 'fr';
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') json = true;
    else if (a === '--lang') {
      const l = args[++i];
      if (l !== 'fr' && l !== 'en') {
        io.stderr('--lang: fr ou en / fr or en\n');
        return 2;
      }
      lang = l;
    } else if (a === '--help' || a === '-h') {
      io.stdout(HELP);
      return 0;
    } else if (a.startsWith('--')) {
      io.stderr(`Option inconnue / unknown option: ${a}\n\n${HELP}`);
      return 2;
    } else files.push(a);
  }
  if (files.length !== 1 || !io.readFile) {
    io.stderr(HELP);
    return 2;
  }
  const file = files[0]!;
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    io.stderr(lang === 'fr' ? `Fichier illisible : ${file} (${why})\n` : `Cannot read file: ${file} (${why})\n`);
    return 2;
  }
  const result = parseCatalogueText(text);
  // Every skipped place has at least one error naming its index.
  const skippedIndexes = new Set<number>();
  for (const p of result.problems) if (p.severity === 'error' && p.placeIndex !== undefined) skippedIndexes.add(p.placeIndex);
  const total = result.places.length + skippedIndexes.size;
  const s = summarise(file, result, total);
  if (json) {
    io.stdout(JSON.stringify(s, null, 2) + '\n');
    return s.ok ? 0 : 1;
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
  (s.ok ? io.stdout : io.stderr)(lines.map(printable).join('\n') + '\n');
  return s.ok ? 0 : 1;
}

/**
 * Catalogue values quoted in messages reach a terminal: their control characters (ESC
 * sequences can clear the screen or set the window title; a newline could fake a line of
 * output) are shown escaped, one line per problem.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
