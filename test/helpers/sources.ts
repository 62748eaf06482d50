/**
 * The raw open data the tests read, committed under data/sources/ (provenance and licences in
 * its README). A missing file is a broken checkout: tests read these paths directly and fail,
 * rather than skip.
 */
import { fileURLToPath } from 'node:url';

export const SOURCES = fileURLToPath(new URL('../../data/sources/', import.meta.url));
/** The national France services list (ANCT, 2024-08-01). */
export const NATIONAL_CSV = `${SOURCES}france-services-2024-08-01.csv`;
