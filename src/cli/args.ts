/**
 * What every sub-command shares: its arguments read by `node:util` `parseArgs` (strict, with
 * messages in both languages), the exit codes, the language policy of its messages, and the
 * escaping of anything a file brings to a terminal.
 *
 * Language policy: what is wrong with the command line or with reading a file is said in both
 * languages on one line ("français / English"), whatever `--lang` says, since it may be the
 * option being mistyped; what a command reports about the data (validation problems, results,
 * timetables, summaries) follows `--lang` (French by default).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { escapeForTerminal } from '../core/text/terminal.js';
import type { Lang } from '../core/lang.js';

/**
 * Exit codes, the same in every command:
 * - 0: done;
 * - 1: the data says no: errors in a catalogue or an unusable one (not JSON, not a catalogue),
 *   no result, no such place;
 * - 2: the command line is wrong, or a file cannot be read.
 */
export const EXIT = { ok: 0, data: 1, usage: 2 } as const;

/** One diagnostic in both languages (the policy above). */
export const both = (fr: string, en: string): string => (fr === en ? fr : `${fr} / ${en}`);

type Options = NonNullable<ParseArgsConfig['options']>;
type Config<O extends Options> = { args: string[]; options: O & { help: { type: 'boolean'; short: 'h' } }; allowPositionals: true; strict: true };
export type ParsedArgs<O extends Options> = ReturnType<typeof parseArgs<Config<O>>>;

/**
 * Reads `args` against `options` (a `help` flag, `-h`, is always added). A value may start
 * with a dash (`--near -21.1,55.5` in La Réunion): `--name value` is read as `--name=value`
 * for string options, as the hand-written parsers did, where `parseArgs` would call it
 * ambiguous. Returns the parse, or a message in both languages.
 */
export function readArgs<O extends Options>(args: readonly string[], options: O): { ok: true; parsed: ParsedArgs<O> } | { ok: false; message: string } {
  const strings = new Set(Object.entries(options).filter(([, o]) => o.type === 'string').map(([name]) => `--${name}`));
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      joined.push(...args.slice(i));
      break;
    }
    if (strings.has(a) && i + 1 < args.length && args[i + 1]!.startsWith('-') && args[i + 1] !== '--') joined.push(`${a}=${args[++i]!}`);
    else joined.push(a);
  }
  try {
    const parsed = parseArgs({
      args: joined,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { ok: true, parsed };
  } catch (e) {
    return { ok: false, message: describeParseError(e) };
  }
}

/** Node's parseArgs errors, said in both languages with the option they concern. */
function describeParseError(e: unknown): string {
  const err = e as { code?: string; message?: string };
  const message = String(err.message ?? e);
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return both(`option inconnue : ${option}`, `unknown option: ${option}`);
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/does not take an argument/.test(message)) return both(`${option} ne prend pas de valeur`, `${option} takes no value`);
    return both(`${option} : valeur attendue`, `${option}: value expected`);
  }
  return message;
}

/**
 * Text from a file (a catalogue, a spreadsheet, a commune list) on its way to a terminal, as
 * one line: the importers' escaping (control characters, ESC sequences that clear the screen
 * or set the window title, invisible bidirectional marks), and line breaks too, which could
 * fake a line of output.
 */
export function printable(text: string): string {
  return escapeForTerminal(text).replace(/\n/g, '\\x0a');
}

/** Lines of a report, each escaped: the line breaks between them are the command's own. */
export function printableLines(lines: readonly string[]): string {
  return lines.map(printable).join('\n') + '\n';
}

/**
 * A whole report (Markdown, CSV) on its way to a terminal: the same escaping, keeping its own
 * line breaks (LF or CRLF) and tabs.
 */
export function printableText(text: string): string {
  return text
    .split('\r\n')
    .map((part) => escapeForTerminal(part))
    .join('\r\n');
}

/** `--lang`: fr (default) or en. */
export function readLang(value: string | undefined): Lang | { message: string } {
  if (value === undefined || value === 'fr') return 'fr';
  if (value === 'en') return 'en';
  return { message: both('--lang : fr ou en', '--lang: fr or en') };
}
