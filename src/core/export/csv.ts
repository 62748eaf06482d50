/**
 * CSV writing for exports people open in a spreadsheet. Owns quoting (RFC 4180: quotes doubled,
 * CRLF between records), the UTF-8 byte-order mark Excel needs to read accents, and the guard
 * against formula injection (a cell starting with = + - @, a tab or a carriage return, even
 * after leading spaces or quotes, is prefixed with an apostrophe, as OWASP recommends, so a
 * spreadsheet shows it as text instead of running it).
 *
 * Neither rule depends on the separator: a spreadsheet opening the file may guess another one
 * (French Excel splits on `;`, LibreOffice often on `,` and tab), so a cell holding any of
 * `,` `;` tab or a line break is quoted whatever was asked for, and "lieu-1,=1+1" in a
 * `;` file can never become a cell "=1+1" once split on `,`.
 */

/** A cell: text, a number (written as is, never guarded), or empty. */
export type CsvCell = string | number | boolean | null | undefined;

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark (default true: Excel needs it for accents). */
  bom?: boolean;
  /** Field separator (default `,`; `;` suits French Excel). */
  separator?: ',' | ';' | '\t';
}

/** A formula trigger first, or after spaces and quotes that some spreadsheets skip. */
const FORMULA_START = /^[\t\r]|^[\s"']*[=+\-@]/;
/** Any character that is a separator, a quote or a line break in some reading of the file. */
const NEEDS_QUOTES = /[,;\t"\r\n]/;

/**
 * One cell as CSV text: guarded against formulas, then quoted when needed. `separator` is
 * quoted too when it is not one of the usual three.
 */
export function csvCell(value: CsvCell, separator: string = ','): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (typeof value === 'number') text = Number.isFinite(value) ? String(value) : '';
  else if (typeof value === 'boolean') text = value ? 'true' : 'false';
  else text = FORMULA_START.test(value) ? "'" + value : value;
  return NEEDS_QUOTES.test(text) || text.includes(separator) ? '"' + text.replace(/"/g, '""') + '"' : text;
}

/** A whole table (header row first) as CSV text. */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const sep = options.separator ?? ',';
  const body = rows.map((r) => r.map((c) => csvCell(c, sep)).join(sep)).join('\r\n');
  return (options.bom === false ? '' : '\uFEFF') + body + (rows.length ? '\r\n' : '');
}
