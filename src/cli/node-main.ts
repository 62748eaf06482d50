/** Node entry of the CLI: real stdio, real files, exit code. */
import { readFile } from 'node:fs/promises';
import { main } from './main.js';

const io = {
  stdout: (t: string) => process.stdout.write(t),
  stderr: (t: string) => process.stderr.write(t),
  readFile: async (p: string) => (await readFile(p, 'utf8')).replace(/^\uFEFF/, ''),
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
