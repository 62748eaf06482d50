/** Node entry of the CLI: real stdio, real files, exit code. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { main } from './main.js';
import { decodeCatalogueBytes } from '../core/catalogue/validate.js';

const io = {
  stdout: (t: string) => process.stdout.write(t),
  stderr: (t: string) => process.stderr.write(t),
  // UTF-8 with or without BOM, and UTF-16 (hand-saved catalogues), all read as text.
  readFile: async (p: string) => decodeCatalogueBytes(await readFile(p)),
  readBytes: async (p: string) => new Uint8Array(await readFile(p)),
  writeFile: async (p: string, bytes: Uint8Array) => {
    await mkdir(dirname(p), { recursive: true });
    await writeFile(p, bytes);
  },
};

main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`service-locator: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
