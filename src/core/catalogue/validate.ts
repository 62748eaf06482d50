/**
 * The catalogue validator with words: the rules and everything else are ./validate-data.ts's,
 * which finds problems as data; here they get their French and English words at once
 * (./problem-words.ts; a JSON syntax error's line and column, ./json-error.ts), for the CLI,
 * the editor, the importers and the tests. The page and the catalogue worker use
 * validate-data.ts and word problems only when there are some to show
 * (controllers/problem-words-loader.ts).
 */
import { notJsonMessage } from './json-error.js';
import { wordProblems } from './problem-words.js';
import type { ValidationData, ValidationResult } from './problems.js';
import { parseCatalogueTextDataSteps, validateCatalogueDataSteps, type ValidateOptions } from './validate-data.js';
import { runSteps, type Steps } from '../slices.js';
import { useFastParser } from '../hours/parse.js';

// The CLI and the editor check whole catalogues' hours: with the parser's fast path (hours/grammar.ts).
useFastParser();

export * from './validate-data.js';

/**
 * Validates a parsed catalogue. Never throws. `usable` is false only when there is no
 * `places` list to read at all.
 */
export function validateCatalogue(input: unknown, options: ValidateOptions = {}): ValidationResult {
  return runSteps(validateCatalogueSteps(input, options));
}

/**
 * {@link validateCatalogue} in steps, with its progress in places (see core/slices.ts), for
 * code that words problems at once.
 */
export function* validateCatalogueSteps(input: unknown, options: ValidateOptions = {}): Steps<ValidationResult> {
  return worded(yield* validateCatalogueDataSteps(input, options));
}

/**
 * Parses and validates catalogue text (a file's contents). Strips a byte-order mark; a JSON
 * syntax error becomes a `not-json` problem with its line and column. Never throws.
 */
export function parseCatalogueText(text: string, options: ValidateOptions = {}): ValidationResult {
  return runSteps(parseCatalogueTextSteps(text, options));
}

/** {@link parseCatalogueText} in steps (the parse itself is one: JSON.parse cannot be cut). */
export function* parseCatalogueTextSteps(text: string, options: ValidateOptions = {}): Steps<ValidationResult> {
  return worded(yield* parseCatalogueTextDataSteps(text, options), typeof text === 'string' ? text : '');
}

/** A result with its problems worded; `text`, for a JSON syntax error's line and column. */
function worded(data: ValidationData, text = ''): ValidationResult {
  return { ...data, problems: wordProblems(data.problems, (error) => notJsonMessage(text, error)) };
}
