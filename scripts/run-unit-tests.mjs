// Runs the DOM-free unit tests with node's own test runner (node 20 has no glob for --test).
// Usage: node scripts/run-unit-tests.mjs [--full] [dir-or-file ...]   (default: test/core test/cli)
//   --full  the slow depth (`npm run test:full`): the opening-hours differential tests check every
//           value at every instant (HOURS_DIFF=full) instead of a seeded sample; see
//           test/core/hours/differential-helper.ts (HOURS_DIFF_SEED changes the sample).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const full = args.includes('--full');
const paths = args.filter((a) => a !== '--full');
const roots = paths.length ? paths : ['test/core', 'test/cli'];
const files = [];
for (const root of roots) {
  let st;
  try {
    st = statSync(root);
  } catch {
    continue;
  }
  if (st.isFile()) files.push(root);
  else
    for (const f of readdirSync(root, { recursive: true }))
      if (String(f).endsWith('.test.ts')) files.push(join(root, String(f)));
}
if (files.length === 0) {
  console.error('No unit test files found under ' + roots.join(', '));
  process.exit(1);
}
// The heaviest files first (a few seconds each), so that two workers share them instead of one
// of them finishing the run alone; the rest in name order.
const HEAVY = ['test/cli/hostile.test.ts', 'test/core/hours/differential-', 'test/core/hours/property.test.ts'];
const weight = (f) => {
  const i = HEAVY.findIndex((h) => f.replaceAll('\\', '/').includes(h));
  return i === -1 ? HEAVY.length : i;
};
files.sort((a, b) => weight(a) - weight(b) || a.localeCompare(b));
const r = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...files],
  { stdio: 'inherit', env: full ? { ...process.env, HOURS_DIFF: 'full' } : process.env },
);
process.exit(r.status ?? 1);
