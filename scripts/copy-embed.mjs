// Copies the iframe page (demo/embed.html and what it loads) into dist/embed/, so that the
// package and a plain copy of dist/ carry it. Run by `npm run build` after rollup.
// The page imports the standalone build as `../dist/service-locator.js` from demo/; from
// dist/embed/ that file is `../service-locator.js`: the one line rewritten here.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const from = join(root, 'demo');
const to = join(root, 'dist/embed');
mkdirSync(join(to, 'themes'), { recursive: true });

for (const file of ['embed.html', 'embed.css', 'embed-params.js']) copyFileSync(join(from, file), join(to, file));
for (const file of readdirSync(join(from, 'themes'))) if (file.endsWith('.css')) copyFileSync(join(from, 'themes', file), join(to, 'themes', file));

const IMPORT = "from '../dist/service-locator.js'";
const script = readFileSync(join(from, 'embed.js'), 'utf8');
if (!script.includes(IMPORT)) throw new Error(`demo/embed.js no longer imports ${IMPORT}: update scripts/copy-embed.mjs`);
writeFileSync(join(to, 'embed.js'), script.replace(IMPORT, "from '../service-locator.js'"));
