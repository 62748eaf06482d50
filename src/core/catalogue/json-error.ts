/**
 * The words of a JSON syntax error: where it is (line, column) and what is wrong, found by
 * json-locate.ts in the text. Apart from problem-words.ts so that the page loads the locator
 * only for a file that is not JSON (issue 15, item 3).
 */
import { lineColumn, locateJsonError } from './json-locate.js';
import { messages, type Message } from './messages.js';

/**
 * The `not-json` message of a catalogue file's `text` (as decoded: its byte-order mark is
 * dropped here, as before parsing), whose `JSON.parse` failed with `error`.
 */
export function notJsonMessage(text: string, error: string): Message {
  text = text.replace(/^\uFEFF/, '');
  const found = locateJsonError(text);
  const detail = found?.detail ?? { fr: error, en: error };
  const where = lineColumn(text, found ? found.offset : text.length);
  return messages.notJson(where.line, where.column, detail);
}
