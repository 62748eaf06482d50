/**
 * Words for a validation result's problems on the page (issue 15, item 3). The validator (in the
 * catalogue worker, or the page's validator chunk) finds problems as data; their French and
 * English words (core/catalogue/problem-words.ts, with messages.ts) are a chunk of their own,
 * loaded only when there are problems, and a JSON syntax error's locator (json-error.ts) another,
 * loaded only for a file that is not JSON. A clean catalogue's page never fetches either.
 */
import type { ProblemData, ValidationData, ValidationResult } from '../core/catalogue/problems.js';
import { lazy } from './lazy.js';

const loadWords = lazy(() => import('../core/catalogue/problem-words.js'));
const loadJsonError = lazy(() => import('../core/catalogue/json-error.js'));

/**
 * `data` with its problems worded; `text`, the file's decoded text, for a JSON syntax error's
 * line and column. Never rejects: if the words cannot load (a chunk missing on a broken
 * deployment), each problem says its code, so the list and the count still come.
 */
export async function withWords(data: ValidationData, text = ''): Promise<ValidationResult> {
  if (data.problems.length === 0) return { ...data, problems: [] };
  try {
    const [{ wordProblems }, notJson] = await Promise.all([
      loadWords(),
      data.problems.some((p) => p.say.m === 'notJson') ? loadJsonError().then((m) => (error: string) => m.notJsonMessage(text, error)) : undefined,
    ]);
    return { ...data, problems: wordProblems(data.problems, notJson) };
  } catch (e) {
    console.warn('service-locator: the problems’ words did not load / les messages des problèmes n’ont pas pu être chargés:', e);
    return { ...data, problems: data.problems.map(codeOnly) };
  }
}

function codeOnly({ say: _say, then: _then, ...p }: ProblemData): ValidationResult['problems'][number] {
  return { ...p, message: { fr: p.code, en: p.code } };
}
