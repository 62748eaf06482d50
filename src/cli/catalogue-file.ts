/**
 * The one way a command reads a catalogue file: read, then always through the core validator
 * (the element's own, with the hours engine's syntax check), so `search`, `schedule`,
 * `coverage`, `merge` and `validate` see the same places the element would show, and no
 * command ever falls back to unvalidated JSON.
 */
import type { CliIO } from './main.js';
import { both, EXIT, printable } from './args.js';
import { parseCatalogueText } from '../core/catalogue/validate.js';
import type { ValidationResult } from '../core/catalogue/problems.js';

export type CatalogueFile =
  | { ok: true; result: ValidationResult }
  /** `result` is there when the file was read but is unusable (validate prints its problems). */
  | { ok: false; code: number; message: string; result?: ValidationResult };

/** Reads a file as text, or says in both languages why it cannot (exit code 2). */
export async function readTextFile(io: CliIO, file: string): Promise<{ ok: true; text: string } | { ok: false; code: number; message: string }> {
  if (!io.readFile) return { ok: false, code: EXIT.usage, message: both('pas d’accès aux fichiers ici', 'no file access here') };
  try {
    return { ok: true, text: await io.readFile(file) };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, code: EXIT.usage, message: printable(both(`Fichier illisible : ${file}`, `cannot read file: ${file}`) + ` (${why})`) };
  }
}

/**
 * The catalogue in `file`, validated. Unreadable: exit 2; unusable (not JSON, not a
 * catalogue): exit 1, with the first problem in both languages and the command that lists them.
 */
export async function loadCatalogueFile(io: CliIO, file: string): Promise<CatalogueFile> {
  const read = await readTextFile(io, file);
  if (!read.ok) return read;
  const result = parseCatalogueText(read.text);
  if (result.usable) return { ok: true, result };
  const first = result.problems.find((p) => p.severity === 'error') ?? result.problems[0];
  const why = first ? ` (${first.message.fr} / ${first.message.en})` : '';
  return {
    ok: false,
    code: EXIT.data,
    result,
    message: printable(both(`${file} : catalogue inutilisable`, `${file}: unusable catalogue`) + why) + `\n  → service-locator validate ${printable(file)}`,
  };
}
