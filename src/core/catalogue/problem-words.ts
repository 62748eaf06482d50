/**
 * Words for the validator's problems: turns {@link ProblemData} (a message's name and values)
 * into {@link ValidationProblem} (its French and English words; a found value's through
 * messages.ts `describeValue`, from a stand-in of its kind). The validator finds problems
 * as data so that the catalogue worker, and a page whose catalogue is clean, never carry the
 * messages (issue 15, item 3); the page loads this module, a chunk of its own, only when there
 * are problems to show (controllers/problem-words-loader.ts), the CLI and the editor through
 * validate.ts's worded functions. A JSON syntax error's words need the text: json-error.ts.
 */
import { expectations, messages, withConsequence, type Message } from './messages.js';
import type { FoundKind, ProblemData, SayArg, ValidationProblem } from './problems.js';
import { isWellFormed, toWellFormed } from '../text/well-formed.js';

/** A value whose {@link describeValue} words are those of the kind found. */
const STAND_IN: Record<FoundKind, () => unknown> = {
  null: () => null,
  list: () => [],
  string: () => '',
  number: () => 0,
  boolean: () => false,
  object: () => ({}),
  undefined: () => undefined,
  bigint: () => BigInt(0),
  symbol: () => Symbol('found'),
  function: () => () => undefined,
  NaN: () => NaN,
  Infinity: () => Infinity,
  '-Infinity': () => -Infinity,
};

function value(a: SayArg): unknown {
  if (a === null || typeof a !== 'object' || Array.isArray(a)) return a;
  if ('found' in a) return STAND_IN[a.found]();
  if ('expect' in a) return a.expect === 'timeAfter' ? expectations.timeAfter(a.after) : expectations[a.expect];
  return a;
}

/**
 * The words of one problem. `notJson` words a JSON syntax error found in the text: without it
 * (json-error.ts's `notJsonMessage`, bound to the text), the engine's own error is shown.
 */
export function wordProblem(p: ProblemData, notJson?: (error: string) => Message): ValidationProblem {
  const { say, then, ...rest } = p;
  let message: Message;
  if (say.m === 'notJson') {
    // Not repaired: the locator quotes the offending character as JSON (lone halves escaped).
    const error = typeof say.a[0] === 'string' ? say.a[0] : '';
    message = notJson ? notJson(error) : messages.notJson(0, 0, { fr: error, en: error });
  } else {
    const factory = messages[say.m] as (...args: unknown[]) => Message;
    message = factory(...say.a.map(value));
    for (const c of then ?? []) message = withConsequence(message, messages[c]());
    // Messages quote catalogue keys and values: keep them well-formed for whoever prints them.
    if (!isWellFormed(message.fr) || !isWellFormed(message.en)) message = { fr: toWellFormed(message.fr), en: toWellFormed(message.en) };
  }
  // The order of a problem's fields as the validator always wrote them (the CLI prints them as JSON).
  const out: ValidationProblem = { code: rest.code, severity: rest.severity, path: rest.path, message };
  if (rest.placeIndex !== undefined) out.placeIndex = rest.placeIndex;
  if (rest.placeId !== undefined) out.placeId = rest.placeId;
  return out;
}

/** {@link wordProblem} for each. */
export function wordProblems(problems: readonly ProblemData[], notJson?: (error: string) => Message): ValidationProblem[] {
  return problems.map((p) => wordProblem(p, notJson));
}
