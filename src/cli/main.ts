/**
 * The `service-locator` command: dispatches to one module per sub-command, loaded on demand
 * so that `validate` does not pay for the search index.
 */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads a file as text (UTF-8, BOM stripped); injectable for tests. */
  readFile?: (path: string) => Promise<string>;
  /** Reads a file's bytes (spreadsheets may be Windows-1252); optional, `readFile` is the fallback. */
  readBytes?: (path: string) => Promise<Uint8Array>;
  /** Writes a file's exact bytes, creating its folder (`split`); injectable for tests. */
  writeFile?: (path: string, bytes: Uint8Array) => Promise<void>;
}

import { both, EXIT, printable } from './args.js';

export type CommandRun = (args: string[], io: CliIO) => Promise<number>;

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: CommandRun }> }> = {
  validate: { summary: 'validate <catalogue.json> [--json] [--lang en]', load: () => import('./commands/validate.js') },
  import: {
    summary: 'import france-services|data-inclusion|mediation-numerique|tableur <file…> (import --help)',
    load: () => import('./commands/import.js'),
  },
  merge: { summary: 'merge <a.json> <b.json> [c.json …] [--name N] [--territory T]', load: () => import('./commands/merge.js') },
  split: { summary: 'split <catalogue.json> --out DIR (one shard per département + index.json)', load: () => import('./commands/split.js') },
  search: {
    summary:
      'search <catalogue> "<query>" [--near LAT,LON | --near-commune NAME] [--need ID] [--kind KIND] [--open-at ISO] [--limit N] [--json]',
    load: () => import('./commands/search.js'),
  },
  schedule: {
    summary: 'schedule <catalogue> --place ID [--stop ID] [--from ISO] [--days N] [--ics]',
    load: () => import('./commands/schedule.js'),
  },
  coverage: {
    summary:
      'coverage <catalogue> --communes FILE [--outlines GEOJSON] [--minutes 30] [--need ID | --kind KIND] [--format md|csv|geojson] [--dep CODE] [--at ISO] [--precise]',
    load: () => import('./commands/coverage.js'),
  },
};

export function usage(): string {
  return (
    'Usage: service-locator <command> …\n\n' +
    Object.values(COMMANDS)
      .map((c) => '  service-locator ' + c.summary)
      .join('\n') +
    '\n  service-locator --version\n\n' +
    'Codes de sortie / exit codes: 0 ok ; 1 données en défaut, aucun résultat / data at fault, no result ;\n' +
    '2 mauvais usage, fichier illisible / bad usage, unreadable file.\n'
  );
}

/**
 * The package's version, read from its package.json: two folders up from this module both in a
 * checkout (src/cli/main.ts) and in the installed package (dist/cli/service-locator.js).
 */
export async function packageVersion(readFile: (path: string) => Promise<string>): Promise<string | undefined> {
  const url = new URL('../../package.json', import.meta.url);
  if (url.protocol !== 'file:') return undefined;
  try {
    const pkg = JSON.parse(await readFile(decodeURIComponent(url.pathname))) as { name?: unknown; version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : undefined;
  } catch {
    return undefined;
  }
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version' || name === '-V' || name === 'version') {
    const version = io.readFile ? await packageVersion(io.readFile) : undefined;
    if (!version) {
      io.stderr(`service-locator: ${both('version inconnue (package.json introuvable)', 'unknown version (no package.json)')}\n`);
      return EXIT.usage;
    }
    io.stdout(`service-locator-element ${version}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(printable(`service-locator: ${both(`commande inconnue « ${name} »`, `unknown command "${name}"`)}`) + `\n\n${usage()}`);
    return EXIT.usage;
  }
  const { run } = await command.load();
  return run(rest, io);
}
