/**
 * Postcode slices of the national gazetteer (issue 15): for each two-digit postcode prefix,
 * every commune of data/communes-france.json having a postcode that begins with it, in the same
 * compact format (src/core/geo/gazetteer-format.ts), rows in the national file's order. The
 * element resolves `near="Cahors (46000)"` from `communes/46.json` (about 5 KB gzip) instead of
 * every commune of France (470 KB gzip); src/core/geo/gazetteer-url.ts `communeSliceUrl` names
 * the file.
 *
 * Why by postcode and not by département: a postcode is not the département's (communes of
 * one département use a neighbour's postcodes; Corsica's 20xxx cover 2A and 2B; 97133 and
 * 97150 are Saint-Barthélemy's and Saint-Martin's, départements 977 and 978). A commune with
 * postcodes of several prefixes is in each of their slices, so the slice of a postcode holds
 * every commune having that postcode, which is all the national look-up could pick from.
 *
 * The format's own reader and writer (src/core/geo/gazetteer-format.ts, through tsx, as the
 * CLI's sources are run in the tests): rows are decoded to degrees and encoded back, which gives
 * the national file's exact integers (n / 10^precision * 10^precision rounds to n);
 * test/core/geo/commune-slices.test.ts decodes every slice and compares with the national
 * entries. rollup.config.mjs runs it at build time, and the test server serves slices of the
 * checkout from it.
 */
import { tsImport } from 'tsx/esm/api';

const { decodeGazetteer, encodeGazetteer } = await tsImport('../src/core/geo/gazetteer-format.ts', import.meta.url);
const { slicePrefix } = await tsImport('../src/core/geo/gazetteer-url.ts', import.meta.url);

/**
 * Every slice of a compact national gazetteer (parsed JSON), by prefix, each a compact
 * gazetteer object with the national file's metadata. Throws on a file it cannot read: a build
 * must not ship half the slices.
 */
export function communeSlices(national) {
  const decoded = decodeGazetteer(national);
  if (!decoded.ok) throw new Error(`not a readable service-locator/communes file: ${decoded.problem.message}`);
  const byPrefix = new Map();
  for (const e of decoded.entries)
    for (const prefix of new Set(e.postcodes.map(slicePrefix))) {
      let list = byPrefix.get(prefix);
      if (!list) byPrefix.set(prefix, (list = []));
      list.push({ code: e.insee, name: e.name, dep: e.dep, postcodes: e.postcodes, population: e.population, lat: e.lat, lon: e.lon });
    }
  const meta = { source: national.source, licence: national.licence, precision: national.precision };
  const out = new Map();
  for (const prefix of [...byPrefix.keys()].sort()) out.set(prefix, encodeGazetteer(byPrefix.get(prefix), meta));
  return out;
}

/**
 * Writes every slice as `<dir>/<prefix>.json` (compact JSON, one line: the national file is
 * indented for review, slices are build output). Returns the prefixes written.
 */
export async function writeCommuneSlices(nationalFile, dir) {
  const { readFile, mkdir, writeFile } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const slices = communeSlices(JSON.parse(await readFile(nationalFile, 'utf8')));
  await mkdir(dir, { recursive: true });
  await Promise.all([...slices].map(([prefix, slice]) => writeFile(join(dir, `${prefix}.json`), JSON.stringify(slice))));
  return [...slices.keys()];
}
