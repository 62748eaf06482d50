/**
 * Builds the national gazetteer `data/communes-france.json` from
 * data/sources/communes-france.csv (34,875 communes + 45 municipal arrondissements, COG 2026;
 * provenance in data/sources/README.md) in the compact form of
 * src/core/geo/gazetteer-format.ts. Deterministic: rows sorted by INSEE code, no clock.
 *
 * Run: `npm run data` (after build-data.ts), or `node --import tsx scripts/build-gazetteer.ts`.
 * `--measure` also prints the raw, gzip and brotli sizes of the encodings that were weighed,
 * so the choice can be checked again when the data changes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { encodeGazetteer, decodeGazetteer, type CommuneRow } from '../src/core/geo/gazetteer-format.js';
import { isPostcode } from '../src/core/catalogue/commune-codes.js';

const SOURCES = process.env['SHARED_DATA'] ?? join(import.meta.dirname, '..', 'data', 'sources');
const OUT = join(import.meta.dirname, '..', 'data', 'communes-france.json');
const SOURCE =
  'INSEE/Etalab découpage administratif (@etalab/decoupage-administratif 6.0.0, COG 2026) ; centres : IGN Admin Express 2018 via france-geojson (voir data/sources/README.md)';
const LICENCE = 'Licence Ouverte 2.0 (Etalab)';

type Raw = Record<'code' | 'name' | 'dep' | 'postcodes' | 'population' | 'lat' | 'lon', string>;

function readRows(): CommuneRow[] {
  const raw = parse<Raw>(readFileSync(join(SOURCES, 'communes-france.csv'), 'utf8'), { columns: true, skip_empty_lines: true });
  const rows = raw.map((r): CommuneRow => {
    const row: CommuneRow = {
      code: r.code,
      name: r.name.trim(),
      dep: r.dep,
      postcodes: r.postcodes ? r.postcodes.split('|') : [],
      population: Number(r.population || 0),
      lat: Number(r.lat),
      lon: Number(r.lon),
    };
    if (!/^[0-9][0-9AB][0-9]{3}$/.test(row.code) || !row.name || !Number.isFinite(row.lat) || !Number.isFinite(row.lon))
      throw new Error(`communes-france.csv: bad row ${JSON.stringify(r)}`);
    if (!row.postcodes.every(isPostcode)) throw new Error(`communes-france.csv: bad postcode in ${row.code}`);
    return row;
  });
  return rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

const rows = readRows();
const compact = encodeGazetteer(rows, { source: SOURCE, licence: LICENCE });
// One line per column: diffs of a rebuild stay readable, and it costs a few bytes.
const text =
  '{\n' +
  Object.entries(compact)
    .map(([k, v]) => JSON.stringify(k) + ':' + JSON.stringify(v))
    .join(',\n') +
  '\n}\n';

// Round trip before writing: the file must decode to the source rows (positions to 1e-4°).
const back = decodeGazetteer(JSON.parse(text) as unknown);
if (!back.ok) throw new Error(`round trip: ${back.problem.message}`);
rows.forEach((r, i) => {
  const e = back.entries[i]!;
  if (e.insee !== r.code || e.name !== r.name || e.dep !== r.dep || e.postcodes.join() !== r.postcodes.join() || Math.abs(e.lat - r.lat) > 6e-5 || Math.abs(e.lon - r.lon) > 6e-5)
    throw new Error(`round trip: row ${r.code} differs`);
});

mkdirSync(join(OUT, '..'), { recursive: true });
writeFileSync(OUT, text);

const gz = (s: string | Buffer): number => gzipSync(s, { level: 9 }).length;
const br = (s: string | Buffer): number => brotliCompressSync(s, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n: number): string => (n / 1024).toFixed(0) + ' KB';
process.stdout.write(`data/communes-france.json: ${rows.length} communes, ${kb(Buffer.byteLength(text))} raw, ${kb(gz(text))} gzip, ${kb(br(text))} brotli.\n`);

if (process.argv.includes('--measure')) {
  const line = (label: string, s: string | string[]): void => {
    const parts = Array.isArray(s) ? s : [s];
    const raw = parts.reduce((t, p) => t + Buffer.byteLength(p), 0);
    process.stdout.write(
      `| ${label} | ${kb(raw)} | ${kb(parts.reduce((t, p) => t + gz(p), 0))} | ${kb(parts.reduce((t, p) => t + br(p), 0))} |${parts.length > 1 ? ` ${parts.length} files, largest ${kb(Math.max(...parts.map((p) => gz(p))))} gzip` : ''}\n`,
    );
  };
  process.stdout.write('| encoding | raw | gzip | brotli |\n|---|---:|---:|---:|\n');
  line('source CSV (5 decimals)', readFileSync(join(SOURCES, 'communes-france.csv'), 'utf8'));
  line('objects, one per line (as the shared JSON, 5 decimals)', '[\n' + rows.map((r) => JSON.stringify(r)).join(',\n') + '\n]\n');
  const tsv = (digits: number): string =>
    rows.map((r) => [r.code, r.name, r.postcodes.join(' '), r.population, r.lat.toFixed(digits), r.lon.toFixed(digits)].join('\t')).join('\n') + '\n';
  line('TSV, absolute positions 1e-4', tsv(4));
  line('columns, absolute positions 1e-4', JSON.stringify({ ...compact, lat: rows.map((r) => Math.round(r.lat * 1e4)), lon: rows.map((r) => Math.round(r.lon * 1e4)) }));
  line('columns, deltas 1e-5', JSON.stringify(encodeGazetteer(rows, { source: SOURCE, licence: LICENCE, precision: 5 })));
  line('columns, deltas 1e-3 (about 110 m)', JSON.stringify(encodeGazetteer(rows, { source: SOURCE, licence: LICENCE, precision: 3 })));
  line('columns, deltas 1e-4 (chosen)', text);
  const byDep = new Map<string, CommuneRow[]>();
  for (const r of rows) byDep.set(r.dep, [...(byDep.get(r.dep) ?? []), r]);
  line('per-département split, columns 1e-4', [...byDep.values()].map((rs) => JSON.stringify(encodeGazetteer(rs, { source: SOURCE, licence: LICENCE }))));
}
