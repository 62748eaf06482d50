/**
 * `service-locator merge <a.json> <b.json> […] [--name N] [--territory T] [--lang en]`: one
 * catalogue from several, later files winning field by field (core/import/merge.ts says the
 * rules). Each input is validated first; only its valid places are merged. The merged
 * catalogue goes to stdout, the report (merged, overridden, kept apart) to stderr.
 */
import type { CliIO } from '../main.js';
import { validateCatalogue } from '../../core/catalogue/validate.js';
import { both, EXIT, readArgs, readLang } from '../args.js';
import { loadCatalogueFile } from '../catalogue-file.js';
import type { Catalogue } from '../../core/catalogue/types.js';
import { escapeForTerminal } from '../../core/import/common.js';
import { mergeCatalogues, type MergeInput } from '../../core/import/merge.js';

export const HELP = `Usage: service-locator merge <national.json> <departement.json> [commune.json …] [--name N] [--territory T] [--lang en]

Fusionne des catalogues : un même lieu présent dans deux fichiers (même identifiant, même
téléphone, ou même nom à moins de 150 m) devient un seul lieu ; le fichier le plus à droite
l'emporte champ par champ, sauf valeur vide. Catalogue fusionné sur la sortie standard,
compte rendu (fusionnés, remplacés, gardés à part) sur la sortie d'erreur.
Merges catalogues: the same place in two files (same id, same phone, or same name within 150 m)
becomes one; the rightmost file wins field by field, except empty values.
`;

export async function run(args: string[], io: CliIO): Promise<number> {
  const read = readArgs(args, { name: { type: 'string' }, territory: { type: 'string' }, lang: { type: 'string' } });
  if (!read.ok) {
    io.stderr(`service-locator merge: ${read.message}\n\n${HELP}`);
    return EXIT.usage;
  }
  const { values: v, positionals: files } = read.parsed;
  if (v.help) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  const lang = readLang(v.lang);
  if (typeof lang !== 'string') return usage(io, lang.message);
  if (v.name === '' || v.territory === '') return usage(io, both('--name et --territory : valeur attendue', '--name and --territory: value expected'));
  const meta: { name?: string; territory?: string } = { ...(v.name ? { name: v.name } : {}), ...(v.territory ? { territory: v.territory } : {}) };
  if (files.length < 2) return usage(io, both('au moins deux catalogues', 'at least two catalogues'));
  const inputs: MergeInput[] = [];
  const report: string[] = [];
  for (const file of files) {
    const loaded = await loadCatalogueFile(io, file);
    if (!loaded.ok) {
      io.stderr(`service-locator merge: ${loaded.message}\n`);
      return loaded.code;
    }
    const v = loaded.result;
    const dropped = v.problems.filter((p) => p.severity === 'error').length;
    if (dropped) report.push(escapeForTerminal(lang === 'fr' ? `${file} : ${dropped} erreur(s), les lieux concernés sont laissés de côté (voir service-locator validate).` : `${file}: ${dropped} error(s), the places concerned are left out (see service-locator validate).`));
    const catalogue: Catalogue = { version: 1, ...v.meta, places: v.places };
    inputs.push({ name: file, catalogue });
  }
  const result = mergeCatalogues(inputs, meta);
  for (const e of result.events) report.push(escapeForTerminal(e.message[lang]));
  report.push(
    lang === 'fr'
      ? `${result.counts.inputs.join(' + ')} lieu(x) lu(s) → ${result.counts.output} lieu(x), ${result.counts.merged} fusion(s).`
      : `${result.counts.inputs.join(' + ')} place(s) read → ${result.counts.output} place(s), ${result.counts.merged} merge(s).`,
  );
  const check = validateCatalogue(JSON.parse(JSON.stringify(result.catalogue)));
  const errors = check.problems.filter((p) => p.severity === 'error');
  for (const p of errors) report.push(escapeForTerminal(`ERROR ${p.path}: ${p.message[lang]}`));
  io.stderr(report.join('\n') + '\n');
  io.stdout(JSON.stringify(result.catalogue, null, 2) + '\n');
  return errors.length === 0 ? EXIT.ok : EXIT.data;
}

function usage(io: CliIO, message: string): number {
  io.stderr(`service-locator merge: ${message}\n\n${HELP}`);
  return EXIT.usage;
}
