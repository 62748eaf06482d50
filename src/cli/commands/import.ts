/**
 * `service-locator import <source> <file…> [options]`: converts an outside source into a
 * catalogue on stdout; what was skipped or adjusted goes to stderr. The output is validated
 * before it is printed. Sources: the national France services CSV, data·inclusion structures
 * and services, the Lieux de médiation numérique standard, and the staff spreadsheet.
 */
import type { CliIO } from '../main.js';
import { importFranceServices } from '../../core/import/france-services.js';
import { validateCatalogue } from '../../core/catalogue/validate.js';
import { both, EXIT, printableLines, readArgs, readLang } from '../args.js';
import { readTextFile } from '../catalogue-file.js';

export const HELP = `Usage: service-locator import france-services <file.csv> [--dep 46,02,38] [--updated YYYY-MM-DD] [--lang fr|en]
       service-locator import data-inclusion <structures.json|csv> [services.json|csv] [--name N] [--territory T]
       service-locator import mediation-numerique <lieux.csv|json> [--name N] [--territory T]
       service-locator import tableur <lieux.csv> [--communes communes.json] [--name N] [--territory T]

Convertit une source en catalogue (JSON sur la sortie standard) :
  france-services       liste nationale des France services (ANCT, CSV)
  data-inclusion        structures et services du standard data·inclusion (JSON ou CSV)
  mediation-numerique   standard des Lieux de médiation numérique (ANCT, CSV ou JSON)
  tableur               tableur du personnel (modèle data/templates/lieux-modele.csv ;
                        UTF-8 ou Windows-1252, séparateur ; ou ,)
Converts a source into a catalogue (JSON on stdout).

  --dep        ne garder que ces départements / keep only these departments (france-services)
  --updated    date du fichier (par défaut celle du nom du fichier) / date of the file (default: from its name)
  --communes   liste des communes : leur centre remplace des coordonnées absentes (tableur)
               commune list: its centres stand in for missing coordinates (tableur)
  --name, --territory   nom et territoire du catalogue / catalogue name and territory
  --lang en    résumé en anglais / summary in English

Lignes ignorées et ajustements sur la sortie d'erreur. Code de sortie : 0 si le catalogue produit est valide.
Skipped rows and adjustments go to stderr. Exit code 0 when the catalogue produced is valid.
`;

export async function run(args: string[], io: CliIO): Promise<number> {
  const read = readArgs(args, {
    lang: { type: 'string' },
    dep: { type: 'string' },
    updated: { type: 'string' },
    communes: { type: 'string' },
    name: { type: 'string' },
    territory: { type: 'string' },
  });
  if (!read.ok) return usage(io, read.message);
  const { values: v, positionals: rest } = read.parsed;
  if (v.help) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  const lang = readLang(v.lang);
  if (typeof lang !== 'string') return usage(io, lang.message);
  if (v.dep !== undefined && !v.dep.trim()) return usage(io, both('--dep : départements attendus', '--dep: départements expected'));
  const departments = v.dep?.split(',').map((x) => x.trim()).filter(Boolean);
  let updated = v.updated;
  if (updated !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(updated)) return usage(io, both('--updated : AAAA-MM-JJ', '--updated: YYYY-MM-DD'));
  for (const k of ['communes', 'name', 'territory'] as const) if (v[k] === '') return usage(io, both(`--${k} : valeur attendue`, `--${k}: value expected`));
  const { communes, name, territory } = v;
  if (rest[0] === 'data-inclusion' || rest[0] === 'mediation-numerique' || rest[0] === 'tableur') {
    const { runStandard } = await import('./import-standards.js');
    const meta = { ...(name ? { name } : {}), ...(territory ? { territory } : {}), ...(updated ? { updated } : {}) };
    return runStandard(rest[0], rest.slice(1), { lang, meta, ...(communes ? { communes } : {}) }, io, usage);
  }
  if (rest.length !== 2 || rest[0] !== 'france-services') return usage(io);
  const file = rest[1]!;
  const fileText = await readTextFile(io, file);
  if (!fileText.ok) {
    io.stderr(`service-locator import: ${fileText.message}\n`);
    return fileText.code;
  }
  const text = fileText.text;
  updated ??= /(\d{4}-\d{2}-\d{2})/.exec(file.split(/[\\/]/).pop() ?? '')?.[1];
  const result = importFranceServices(text, {
    ...(updated ? { updated } : {}),
    ...(departments ? { departments } : {}),
  });
  const report: string[] = [];
  for (const s of result.skipped)
    report.push(`${lang === 'fr' ? 'ligne' : 'line'} ${s.line}${s.idFs ? ` (id_fs ${s.idFs})` : ''} ${lang === 'fr' ? 'ignorée' : 'skipped'}: ${s.reason[lang]}`);
  for (const n of result.notes) report.push(`${lang === 'fr' ? 'ligne' : 'line'} ${n.line} (id_fs ${n.idFs}): ${n.message[lang]}`);
  const kept = result.catalogue.places.length;
  report.push(
    lang === 'fr'
      ? `${result.rows} ligne(s) lue(s), ${kept} gardée(s), ${result.skipped.length} ignorée(s), ${result.notes.length} ajustement(s).`
      : `${result.rows} row(s) read, ${kept} kept, ${result.skipped.length} skipped, ${result.notes.length} adjustment(s).`,
  );
  // The importer's output must pass the validator: a failure here is a bug to report, not hide.
  const check = validateCatalogue(result.catalogue);
  const errors = check.problems.filter((p) => p.severity === 'error');
  for (const p of errors) report.push(`ERROR ${p.path}: ${p.message[lang]}`);
  // Values quoted from the file: escaped, one line per issue.
  io.stderr(printableLines(report));
  if (result.unreadable) return EXIT.data;
  io.stdout(JSON.stringify(result.catalogue, null, 2) + '\n');
  return errors.length === 0 ? EXIT.ok : EXIT.data;
}

function usage(io: CliIO, message?: string): number {
  io.stderr(`${message ? `service-locator import: ${message}\n\n` : ''}${HELP}`);
  return EXIT.usage;
}
