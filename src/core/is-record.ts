/**
 * The one test for "a JSON object we can read fields from", shared by every reader of untrusted
 * input (validator, gazetteers, importers, coverage files, the editor, the CLI). Arrays are
 * objects to `typeof` but never records here: a field read on them would silently be undefined.
 */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
