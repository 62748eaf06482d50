/**
 * The widget's one Trusted Types policy, `service-locator`, shared by the two workers it starts
 * (MapLibre's, src/map/worker-url.ts, and the catalogue's, src/controllers/catalogue-worker-client.ts):
 * a policy name can be created once per page, so both must go through this module. Under
 * `require-trusted-types-for 'script'` a worker starts only from a TrustedScriptURL.
 * The policy vouches only for URLs this code built (`vouchFor`), never for what a caller passes later.
 */

/** Name of the Trusted Types policy the widget creates; a page's CSP lists it in `trusted-types`. */
export const TRUSTED_TYPES_POLICY = 'service-locator';

export interface ScriptUrlPolicy {
  createScriptURL(url: string): object;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
}

/** The URLs the policy vouches for: only those the widget built, nothing a caller passes later. */
const vouched = new Set<string>();
let policy: ScriptUrlPolicy | null | undefined;

/**
 * The policy, created once per page. Null when the browser has no Trusted Types, or when the
 * page's `trusted-types` directive does not allow the name (a worker then starts only if
 * Trusted Types are not enforced).
 */
export function scriptUrlPolicy(): ScriptUrlPolicy | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  policy = null;
  if (!factory) return policy;
  try {
    policy = factory.createPolicy(TRUSTED_TYPES_POLICY, {
      createScriptURL(url: string): string {
        if (!vouched.has(url)) throw new TypeError(`${TRUSTED_TYPES_POLICY}: refused script URL ${url}`);
        return url;
      },
    });
  } catch {
    policy = null;
  }
  return policy;
}

/** Marks a URL the widget built as one the policy may turn into a TrustedScriptURL. */
export function vouchFor(url: string): void {
  vouched.add(url);
}
