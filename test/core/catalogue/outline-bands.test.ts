// The banded ray cast of France's outline (geo-bounds.ts, issue 15: validation speed) gives the
// answer of the plain walk over every edge it replaced, on a dense grid over the metropolitan
// frame and its margin, on every vertex and on points a hair away from each (where a float
// rounding of the band could drop an edge).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { insideOutline, outline } from '../../../src/core/catalogue/geo-bounds.js';

/** The ray cast as it was before the bands: every edge of every ring. */
function everyEdge(x: number, y: number): boolean {
  let inside = false;
  for (const r of outline()) {
    const n = r.length / 3;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const yi = r[i * 3 + 1]!;
      const yj = r[j * 3 + 1]!;
      if (yi > y !== yj > y) {
        const xi = r[i * 3]!;
        if (x < ((r[j * 3]! - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
  }
  return inside;
}

test('banded ray cast = every-edge ray cast over the frame and its margin', () => {
  let checked = 0;
  let inside = 0;
  // Steps that fall on no round number, so grid points land at every offset within a band.
  for (let y = 40.5; y <= 52; y += 0.0473)
    for (let x = -6; x <= 10.4; x += 0.0531) {
      const want = everyEdge(x, y);
      if (insideOutline(x, y) !== want) assert.fail(`(${x}, ${y}): ${!want} instead of ${want}`);
      checked++;
      if (want) inside++;
    }
  // The grid did cross the outline: both answers were seen many times.
  assert.ok(checked > 70_000 && inside > 15_000 && checked - inside > 15_000, `${checked} points, ${inside} inside`);
});

test('banded ray cast = every-edge ray cast on and beside every vertex', () => {
  const eps = [0, 1e-12, -1e-12, 1e-9, -1e-9, 1e-6, -1e-6];
  for (const r of outline())
    for (let i = 0; i < r.length; i += 3)
      for (const dy of eps)
        for (const dx of [0, 1e-9, -1e-9]) {
          const x = r[i]! + dx;
          const y = r[i + 1]! + dy;
          assert.equal(insideOutline(x, y), everyEdge(x, y), `(${x}, ${y})`);
        }
});

test('banded ray cast = every-edge ray cast on hostile numbers', () => {
  for (const [x, y] of [[NaN, 46], [2, NaN], [Infinity, 46], [2, -Infinity], [2, 41.3], [2, 51.15], [-5.3, 46], [9.6, 46], [0, 0], [2, 39], [2, 53]] as const)
    assert.equal(insideOutline(x, y), everyEdge(x, y), `(${x}, ${y})`);
});
