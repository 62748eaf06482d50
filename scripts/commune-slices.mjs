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
 * Plain JavaScript working on the columns themselves (integers, never decoded to degrees and
 * back, so a slice's positions decode to the national file's exact numbers): rollup.config.mjs
 * runs it at build time, and the test server serves slices of the checkout from it. The
 * format's reader is the TypeScript one; test/core/geo/commune-slices.test.ts decodes every
 * slice with it and compares with the national entries.
 */

/** The slice a postcode is in: its first two characters (`"46000"` → `"46"`, `"97133"` → `"97"`). */
export const slicePrefix = (postcode) => postcode.slice(0, 2);

/**
 * Every slice of a compact national gazetteer (parsed JSON), by prefix, each a compact
 * gazetteer object with the national file's metadata. Throws on a file it cannot read: a build
 * must not ship half the slices.
 */
export function communeSlices(national) {
  if (national?.format !== 'service-locator/communes' || national.version !== 1) throw new Error('not a service-locator/communes v1 file');
  const rows = [];
  let row = 0;
  let lat = 0;
  let lon = 0;
  let pcs = [];
  for (const [dep, n] of national.dep) {
    let num = 0;
    for (let k = 0; k < n; k++, row++) {
      num += national.code[row];
      lat += national.lat[row];
      lon += national.lon[row];
      const pc = national.postcodes[row];
      if (pc !== '') pcs = pc === '-' ? [] : pc.split(' ');
      rows.push({ dep, num, name: national.name[row], postcodes: pcs, population: national.population[row], lat, lon });
    }
  }
  if (row !== national.count) throw new Error(`dep counts ${row}, count ${national.count}`);
  const byPrefix = new Map();
  for (const r of rows)
    for (const prefix of new Set(r.postcodes.map(slicePrefix))) {
      let list = byPrefix.get(prefix);
      if (!list) byPrefix.set(prefix, (list = []));
      list.push(r);
    }
  const out = new Map();
  for (const prefix of [...byPrefix.keys()].sort()) out.set(prefix, encode(byPrefix.get(prefix), national));
  return out;
}

/** Rows (in national order) as a compact gazetteer: the encoder of gazetteer-format.ts, on integers. */
function encode(rows, meta) {
  const out = {
    format: meta.format,
    version: meta.version,
    source: meta.source,
    licence: meta.licence,
    count: rows.length,
    precision: meta.precision,
    dep: [],
    code: [],
    name: [],
    postcodes: [],
    population: [],
    lat: [],
    lon: [],
  };
  let prevDep = '';
  let prevNum = 0;
  let prevPc = '\u0000';
  let prevLat = 0;
  let prevLon = 0;
  for (const r of rows) {
    if (r.dep !== prevDep) {
      out.dep.push([r.dep, 0]);
      prevDep = r.dep;
      prevNum = 0;
    }
    out.dep[out.dep.length - 1][1]++;
    out.code.push(r.num - prevNum);
    prevNum = r.num;
    out.name.push(r.name);
    const pc = r.postcodes.length ? r.postcodes.join(' ') : '-';
    out.postcodes.push(pc === prevPc ? '' : pc);
    prevPc = pc;
    out.population.push(r.population);
    out.lat.push(r.lat - prevLat);
    out.lon.push(r.lon - prevLon);
    prevLat = r.lat;
    prevLon = r.lon;
  }
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
