/**
 * The one e-mail rule, shared by the validator (what a catalogue may hold) and the links (what
 * becomes a `mailto:`): a bare address, `local@domain.tld`, and nothing else.
 *
 * Why so strict: a `mailto:` URL can carry a query (`?cc=`, `bcc=`, `subject=`, `body=`), and a
 * catalogue value `accueil@mairie.fr?bcc=someone@else.example` would open the resident's mail
 * program with a hidden recipient or a prepared message under the town's name. So `?`, `&`, `#`
 * and `%` (which could spell them encoded) are refused outright, as are characters that are
 * markup or separators; letters with accents are accepted (internationalised addresses).
 */

/** Characters allowed in the local part: letters, digits and the harmless RFC 5322 symbols. */
const LOCAL = /^[\p{L}\p{M}\p{N}._+\-!$*=^`{|}~]+$/u;
/** Dot-separated labels of letters, digits and inner hyphens; a top-level label of letters or punycode. */
const DOMAIN = /^(?:[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]*[\p{L}\p{M}\p{N}])?\.)+(?:[\p{L}\p{M}]{2,}|xn--[a-z0-9-]+)$/iu;
/** What would turn an address into a mailto with headers, encoded or not. */
const QUERY = /[?&#%]/;

/** Longest address accepted (RFC 5321's path limit). */
export const EMAIL_MAX = 254;

/** Why a value is not a bare address: `query` (it carries mail headers), `format`, or null when it is one. */
export function emailProblem(value: string): 'query' | 'format' | null {
  const v = value.trim();
  if (v.length === 0 || v.length > EMAIL_MAX) return 'format';
  const at = v.indexOf('@');
  if (at > 0 && QUERY.test(v)) return 'query';
  if (at <= 0 || at !== v.lastIndexOf('@')) return 'format';
  const local = v.slice(0, at);
  const domain = v.slice(at + 1);
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return 'format';
  return LOCAL.test(local) && DOMAIN.test(domain) ? null : 'format';
}

/** The trimmed address when it is a bare one, else null. */
export function bareEmail(value: string): string | null {
  return emailProblem(value) === null ? value.trim() : null;
}
