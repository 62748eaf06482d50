/**
 * Finds where a JSON text goes wrong, for a webmaster-readable "line 12, column 5" message.
 * `JSON.parse` error messages differ between engines and versions (node 20 often gives no
 * position at all), so this small scanner, run only after `JSON.parse` has failed, walks the
 * text by the JSON grammar and stops at the first offending character.
 */
import type { Message } from './messages.js';

export interface JsonSyntaxProblem {
  /** 0-based offset of the first offending character (text length for a premature end). */
  offset: number;
  detail: Message;
}

const EN: Record<string, string> = { 'une valeur': 'a value', '"nom"': '"name"', 'fin du fichier': 'end of file' };

class Stop extends Error {
  constructor(
    readonly offset: number,
    readonly detail: Message,
  ) {
    super(detail.en);
  }
}

/** Returns the first syntax problem of `text`, or null when it is valid JSON. */
export function locateJsonError(text: string): JsonSyntaxProblem | null {
  let i = 0;
  const n = text.length;
  const ws = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const fail = (what?: string): never => {
    if (i >= n) throw new Stop(n, { fr: 'le fichier se termine trop tôt (accolade ou crochet non fermé ?)', en: 'the file ends too early (unclosed brace or bracket?)' });
    const ch = text[i]!;
    const shown = JSON.stringify(ch);
    throw new Stop(i, {
      fr: `caractère inattendu ${shown}${what ? ` (attendu : ${what})` : ''}`,
      en: `unexpected character ${shown}${what ? ` (expected: ${EN[what] ?? what})` : ''}`,
    });
  };
  const str = (): void => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c < 32) fail('"');
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            i += 2;
            fail('\\uXXXX');
          }
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else {
          i++;
          fail('\\" \\\\ \\n …');
        }
      } else i++;
    }
    fail();
  };
  const num = (): void => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '-' || m[0] === '') fail('une valeur');
    i += m![0].length;
  };
  // Iterative, with an explicit stack of open containers: a recursive walk overflowed on a
  // 100,000-deep file and could only say "nesting too deep" at line 1, even when the real
  // problem was a file cut short at its end.
  const OBJECT = 0;
  const ARRAY = 1;
  const open: number[] = [];
  /** Reads one value; containers are opened here and closed by `afterValue`. */
  const startValue = (): 'key' | 'value' | 'after' => {
    ws();
    if (i >= n) fail();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return 'after';
      }
      open.push(OBJECT);
      return 'key';
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return 'after';
      }
      open.push(ARRAY);
      return 'value';
    }
    if (c === '"') str();
    else if (c === 't' && text.startsWith('true', i)) i += 4;
    else if (c === 'f' && text.startsWith('false', i)) i += 5;
    else if (c === 'n' && text.startsWith('null', i)) i += 4;
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) num();
    else fail('une valeur');
    return 'after';
  };
  const key = (): 'value' => {
    ws();
    if (text[i] !== '"') fail('"nom"');
    str();
    ws();
    if (text[i] !== ':') fail(':');
    i++;
    return 'value';
  };
  /** After a value inside a container: a comma, or the container's end. */
  const afterValue = (): 'key' | 'value' | 'after' | 'done' => {
    const top = open[open.length - 1];
    if (top === undefined) return 'done';
    ws();
    if (text[i] === ',') {
      i++;
      return top === OBJECT ? 'key' : 'value';
    }
    if (text[i] === (top === OBJECT ? '}' : ']')) {
      i++;
      open.pop();
      return 'after';
    }
    return fail(top === OBJECT ? ', }' : ', ]');
  };
  const value = (): void => {
    let state: 'key' | 'value' | 'after' | 'done' = 'value';
    while (state !== 'done') state = state === 'value' ? startValue() : state === 'key' ? key() : afterValue();
  };
  try {
    value();
    ws();
    if (i < n) fail('fin du fichier');
    return null;
  } catch (e) {
    if (e instanceof Stop) return { offset: e.offset, detail: e.detail };
    // Nothing above recurses; kept so that the locator never throws, whatever happens.
    return { offset: 0, detail: { fr: String(e), en: String(e) } };
  }
}

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++)
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  return { line, column: end - start + 1 };
}
