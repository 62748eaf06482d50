#!/usr/bin/env node
// In a checkout (src/ present and tsx installed) run the TypeScript sources, so the command
// always matches the code; in an installed package run the built CLI.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('..', import.meta.url);
const source = fileURLToPath(new URL('src/cli/node-main.ts', root));
let ran = false;
if (existsSync(source)) {
  try {
    const { register } = await import('tsx/esm/api');
    register();
    await import(new URL('src/cli/node-main.ts', root).href);
    ran = true;
  } catch (err) {
    if (!(err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('tsx'))) throw err;
  }
}
if (!ran) await import(new URL('dist/cli/service-locator.js', root).href);
