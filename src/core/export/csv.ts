/**
 * CSV writing for exports people open in a spreadsheet. Owns quoting (RFC 4180: fields with a
 * comma, quote or line break in double quotes, quotes doubled, CRLF between records), the
 * UTF-8 byte-order mark Excel needs to read accents, and the guard against formula injection
 * (a cell starting with = + - @, a tab or a carriage return is prefixed with an apostrophe,
 * as OWASP recommends, so a spreadsheet shows it as text instead of running it).
 */

/** A cell: text, a number (written as is, never guarded), or empty. */
export type CsvCell = string | number | boolean | null | undefined;

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark (default true: Excel needs it for accents). */
  bom?: boolean;
  /** Field separator (default `,`; `;` suits French Excel). */
  separator?: ',' | ';' | '\t';
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as CSV text: guarded against formulas, then quoted when needed. */
export function csvCell(value: CsvCell, separator: string = ','): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (typeof value === 'number') text = Number.isFinite(value) ? String(value) : '';
  else if (typeof value === 'boolean') text = value ? 'true' : 'false';
  else text = FORMULA_START.test(value) ? "'" + value : value;
  return text.includes(separator) || /["\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
}

/** A whole table (header row first) as CSV text. */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const sep = options.separator ?? ',';
  const body = rows.map((r) => r.map((c) => csvCell(c, sep)).join(sep)).join('\r\n');
  return (options.bom === false ? '' : '\uFEFF') + body + (rows.length ? '\r\n' : '');
}
