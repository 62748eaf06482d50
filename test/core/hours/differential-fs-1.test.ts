/**
 * Differential test, France services corpus (half 1 of 2, split so the two halves run on both
 * cores): every distinct opening_hours value the importer's converter produces from the national
 * CSV, evaluated by this engine and by the reference package at seeded random instants over
 * 2026–2027 (plus both 2026 daylight-saving days every 15 minutes). Same state, same next change.
 * The unit run checks a seeded sample, `npm run test:full` everything (differential-helper.ts).
 */
import { franceServicesHalfTest } from './differential-helper.js';

process.env.TZ = 'Europe/Paris';

franceServicesHalfTest(1);
