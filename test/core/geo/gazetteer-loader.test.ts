import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadGazetteer, resetGazetteerLoads } from '../../../src/core/geo/gazetteer-loader.js';
import { gazetteerUrl } from '../../../src/core/geo/gazetteer-url.js';

const FILE = readFileSync(gazetteerUrl());
const hits = new Map<string, number>();

/** Real HTTP: the shipped file, a 404, a non-JSON body, another format, and a slow answer. */
function serve(): Promise<{ base: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = req.url ?? '';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (path.startsWith('/ok')) res.end(FILE);
    else if (path === '/not-json') res.end('<html>');
    else if (path === '/other') res.end('{"format":"something-else"}');
    else if (path === '/slow') setTimeout(() => res.end(FILE), 300);
    else res.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server })));
}

test('the loader: fetched once, decoded, matcher ready; failures are results and are retried', async () => {
  resetGazetteerLoads();
  const { base, server } = await serve();
  try {
    const [a, b] = await Promise.all([loadGazetteer(`${base}/ok`), loadGazetteer(`${base}/ok`)]);
    assert.ok(a.ok && b.ok);
    assert.equal(hits.get('/ok'), 1, 'one download for two callers');
    assert.equal(a.entries.length, 34920);
    assert.equal(a.matcher.resolve('Rocamadour').status, 'found');
    assert.ok(a.decodeMs >= 0);
    const again = await loadGazetteer(`${base}/ok`);
    assert.ok(again.ok && again.entries === a.entries, 'memoised');

    const missing = await loadGazetteer(`${base}/missing`);
    assert.deepEqual(missing.ok ? undefined : missing.problem.code, 'http');
    await loadGazetteer(`${base}/missing`);
    assert.equal(hits.get('/missing'), 2, 'a failure is not remembered');
    const notJson = await loadGazetteer(`${base}/not-json`);
    assert.equal(notJson.ok ? undefined : notJson.problem.code, 'json');
    const other = await loadGazetteer(`${base}/other`);
    assert.equal(other.ok ? undefined : other.problem.code, 'not-gazetteer');
    const refused = await loadGazetteer('http://127.0.0.1:1/nothing');
    assert.equal(refused.ok ? undefined : refused.problem.code, 'network');
  } finally {
    server.close();
  }
});

test('the loader: a caller that aborts stops waiting; the download stops when nobody waits', async () => {
  resetGazetteerLoads();
  const { base, server } = await serve();
  try {
    const c1 = new AbortController();
    const waiting = loadGazetteer(`${base}/slow`, { signal: c1.signal });
    const stays = loadGazetteer(`${base}/slow`, { signal: new AbortController().signal });
    c1.abort();
    const r1 = await waiting;
    assert.equal(r1.ok ? undefined : r1.problem.code, 'aborted');
    assert.ok((await stays).ok, 'the other caller still gets it');

    resetGazetteerLoads();
    const alone = new AbortController();
    const p = loadGazetteer(`${base}/slow?2`, { signal: alone.signal });
    alone.abort();
    const r = await p;
    assert.equal(r.ok ? undefined : r.problem.code, 'aborted');
    const pre = new AbortController();
    pre.abort();
    const r0 = await loadGazetteer(`${base}/ok`, { signal: pre.signal });
    assert.equal(r0.ok ? undefined : r0.problem.code, 'aborted');
  } finally {
    server.close();
  }
});
