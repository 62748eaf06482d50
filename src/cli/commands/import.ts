/**
 * `service-locator import <source> <file…> [options]`: converts an outside source into a
 * catalogue on stdout; what was skipped or adjusted goes to stderr. The output is validated
 * before it is printed. Sources: the national France services CSV, data·inclusion structures
 * and services, the Lieux de médiation numérique standard, and the staff spreadsheet.
 */
import type { CliIO } from '../main.js';
import { importFranceServices } from '../../core/import/france-services.js';
import { validateCatalogue } from '../../core/catalogue/validate.js';

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
  let lang: 'fr' | 'en' = 'fr';
  let departments: string[] | undefined;
  let updated: string | undefined;
  let communes: string | undefined;
  let name: string | undefined;
  let territory: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--help' || a === '-h') {
      io.stdout(HELP);
      return 0;
    } else if (a === '--lang') {
      const l = args[++i];
      if (l !== 'fr' && l !== 'en') return usage(io);
      lang = l;
    } else if (a === '--dep') {
      const d = args[++i];
      if (!d) return usage(io);
      departments = d.split(',').map((x) => x.trim()).filter(Boolean);
    } else if (a === '--updated') {
      const d = args[++i];
      if (!d || !/^\d{4}-\d{2}-\d{2}$/.test(d)) return usage(io);
      updated = d;
    } else if (a === '--communes' || a === '--name' || a === '--territory') {
      const v = args[++i];
      if (!v) return usage(io);
      if (a === '--communes') communes = v;
      else if (a === '--name') name = v;
      else territory = v;
    } else if (a.startsWith('--')) return usage(io);
    else rest.push(a);
  }
  if (!io.readFile) return usage(io);
  if (rest[0] === 'data-inclusion' || rest[0] === 'mediation-numerique' || rest[0] === 'tableur') {
    const { runStandard } = await import('./import-standards.js');
    const meta = { ...(name ? { name } : {}), ...(territory ? { territory } : {}), ...(updated ? { updated } : {}) };
    return runStandard(rest[0], rest.slice(1), { lang, meta, ...(communes ? { communes } : {}) }, io, usage);
  }
  if (rest.length !== 2 || rest[0] !== 'france-services') return usage(io);
  const file = rest[1]!;
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (e) {
    io.stderr(`${lang === 'fr' ? 'Fichier illisible' : 'Cannot read file'}: ${file} (${e instanceof Error ? e.message : String(e)})\n`);
    return 2;
  }
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
  io.stderr(report.join('\n') + '\n');
  if (result.unreadable) return 1;
  io.stdout(JSON.stringify(result.catalogue, null, 2) + '\n');
  return errors.length === 0 ? 0 : 1;
}

function usage(io: CliIO): number {
  io.stderr(HELP);
  return 2;
}
