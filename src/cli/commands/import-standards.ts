/**
 * The `import` sub-commands for the national standards and the staff spreadsheet
 * (data-inclusion, mediation-numerique, tableur); `import.ts` parses the options and hands
 * over. Reads the files, runs the core importer, prints the catalogue on stdout and, on
 * stderr, every record skipped or adjusted (escaped: file contents never reach the terminal
 * raw), a summary, and any validator error (a bug in the importer, reported rather than hidden).
 */
import type { CliIO } from '../main.js';
import { both } from '../args.js';
import { validateCatalogue } from '../../core/catalogue/validate.js';
import { decodeSpreadsheetBytes, escapeForTerminal, formatIssue, type ImportResult } from '../../core/import/common.js';
import type { CommuneCentre } from '../../core/import/tableur.js';
import type { Lang } from '../../core/lang.js';

export interface StandardOptions {
  lang: Lang;
  meta: { name?: string; territory?: string; updated?: string };
  communes?: string;
}

async function read(io: CliIO, file: string, spreadsheet: boolean): Promise<string | { error: string }> {
  try {
    // Spreadsheets may be Windows-1252: decode from the bytes when the host gives them.
    if (spreadsheet && io.readBytes) return decodeSpreadsheetBytes(await io.readBytes(file)).text;
    return await io.readFile!(file);
  } catch (e) {
    return { error: `service-locator import: ${escapeForTerminal(both(`Fichier illisible : ${file}`, `cannot read file: ${file}`))} (${escapeForTerminal(e instanceof Error ? e.message : String(e))})\n` };
  }
}

/** Reads a commune list (core/geo/commune-list.ts: a plain list or the compact national gazetteer). */
async function readCommunes(io: CliIO, file: string): Promise<CommuneCentre[] | { error: string }> {
  const text = await read(io, file, false);
  if (typeof text !== 'string') return text;
  try {
    const doc: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    const { readCommuneList } = await import('../../core/geo/commune-list.js');
    const list = readCommuneList(doc);
    if (list.ok) return list.entries;
    return { error: `${escapeForTerminal(file)}: ${escapeForTerminal(list.message)}\n` };
  } catch (e) {
    return { error: `${escapeForTerminal(file)}: ${escapeForTerminal(String(e))}\n` };
  }
}

export async function runStandard(
  source: 'data-inclusion' | 'mediation-numerique' | 'tableur',
  files: string[],
  options: StandardOptions,
  io: CliIO,
  usage: (io: CliIO) => number,
): Promise<number> {
  const { lang, meta } = options;
  if (files.length < 1 || files.length > (source === 'data-inclusion' ? 2 : 1)) return usage(io);
  const texts: string[] = [];
  for (const f of files) {
    const t = await read(io, f, source !== 'data-inclusion' || f.toLowerCase().endsWith('.csv'));
    if (typeof t !== 'string') {
      io.stderr(t.error);
      return 2;
    }
    texts.push(t);
  }
  let result: ImportResult;
  if (source === 'data-inclusion') {
    const { importDataInclusion } = await import('../../core/import/data-inclusion.js');
    result = importDataInclusion(texts[0]!, texts[1], meta);
  } else if (source === 'mediation-numerique') {
    const { importMediationNumerique } = await import('../../core/import/mediation-numerique.js');
    result = importMediationNumerique(texts[0]!, meta);
  } else {
    let communes: CommuneCentre[] | undefined;
    if (options.communes) {
      const c = await readCommunes(io, options.communes);
      if (!Array.isArray(c)) {
        io.stderr(c.error);
        return 2;
      }
      communes = c;
    }
    const { importTableur } = await import('../../core/import/tableur.js');
    result = importTableur(texts[0]!, { ...meta, ...(communes ? { communes } : {}) });
  }
  const report = result.issues.map((i) => formatIssue(i, lang));
  const skipped = result.issues.filter((i) => i.severity === 'skipped').length;
  const notes = result.issues.length - skipped;
  const kept = result.catalogue.places.length;
  report.push(
    lang === 'fr'
      ? `${result.read} enregistrement(s) lu(s), ${kept} lieu(x) gardé(s), ${skipped} ignoré(s), ${notes} remarque(s).`
      : `${result.read} record(s) read, ${kept} place(s) kept, ${skipped} skipped, ${notes} note(s).`,
  );
  const check = validateCatalogue(JSON.parse(JSON.stringify(result.catalogue)));
  const errors = check.problems.filter((p) => p.severity === 'error');
  for (const p of errors) report.push(escapeForTerminal(`ERROR ${p.path}: ${p.message[lang]}`));
  io.stderr(report.join('\n') + '\n');
  if (result.unreadable) return 1;
  io.stdout(JSON.stringify(result.catalogue, null, 2) + '\n');
  return errors.length === 0 ? 0 : 1;
}
