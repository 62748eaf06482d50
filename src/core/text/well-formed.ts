/**
 * Well-formed UTF-16. A lone surrogate (half of an emoji, what a tool leaves when it cuts a
 * string in the middle of one) is legal in JSON and in a JS string, but `encodeURIComponent`
 * throws `URIError` on it and other APIs may too; one such name once blanked the whole list.
 * The validator repairs catalogue strings with this; the link builders use it as a last guard.
 */

/** In `u` mode a surrogate pair is one code point, so `\p{Cs}` matches only lone halves. */
const LONE_SURROGATE = /\p{Cs}/u;
const LONE_SURROGATES = /\p{Cs}/gu;

type WithWellFormed = { toWellFormed?: (this: string) => string; isWellFormed?: (this: string) => boolean };
const proto = String.prototype as unknown as WithWellFormed;

/** For engines without `String.prototype.toWellFormed` (before Chrome 111, Safari 16.4, Node 20). */
export function toWellFormedFallback(s: string): string {
  return s.replace(LONE_SURROGATES, '\ufffd');
}

/** `s` with every lone surrogate replaced by U+FFFD (the replacement character). */
export const toWellFormed: (s: string) => string =
  typeof proto.toWellFormed === 'function' ? (s) => proto.toWellFormed!.call(s) : toWellFormedFallback;

/** True when `s` has no lone surrogate. */
export const isWellFormed: (s: string) => boolean =
  typeof proto.isWellFormed === 'function' ? (s) => proto.isWellFormed!.call(s) : (s) => !LONE_SURROGATE.test(s);

/**
 * Shortens a value quoted in a message (core/catalogue/messages.ts) or kept as a place's id in a
 * problem (the validator), never between the two halves of an emoji. Here, beside the other
 * surrogate rules, because both the page's validator chunk and the messages' chunk use it and
 * this module is in the initial chunk already: a module of its own became a chunk of its own.
 */
export function clip(s: string, max = 80): string {
  if (s.length <= max) return s;
  // Never cut between the two halves of an emoji: that would leave a lone surrogate.
  const end = /[\ud800-\udbff]/.test(s.charAt(max - 2)) ? max - 2 : max - 1;
  return s.slice(0, end) + '…';
}
