/**
 * Where MapLibre's worker comes from, in a form every bundler and every page policy accepts.
 *
 * Owns: the default worker URL (`maplibre-gl-worker.mjs` beside this module, written as
 * `new URL('./…', import.meta.url)` so that Vite, rollup and webpack copy the file and rewrite
 * the URL; MapLibre's own lookup is beside *its* chunk, which bundlers never copy), the
 * `worker-url` override, the URL vouched for by the widget's Trusted Types policy (which lets the
 * worker start under `require-trusted-types-for 'script'`; src/trusted-script-url.ts, shared with
 * the catalogue worker), and the same-origin `blob:` wrapper for a worker
 * on another origin (a page may only start a worker from its own origin).
 * Does not own: calling MapLibre (`maplibre-adapter.ts` passes the result to `setWorkerUrl`), or
 * what the resident reads when the worker cannot start (the map element).
 */
import { scriptUrlPolicy, TRUSTED_TYPES_POLICY, vouchFor } from '../trusted-script-url.js';

// The policy is shared with the catalogue worker's start: one name, created once per page.
export { TRUSTED_TYPES_POLICY } from '../trusted-script-url.js';

/** The worker file shipped beside this module (and copied by bundlers through this very line). */
function defaultWorkerUrl(): string {
  return new URL('./maplibre-gl-worker.mjs', import.meta.url).href;
}

const blobs = new Map<string, string>();

/**
 * A same-origin `blob:` module that imports a worker from another origin (a CDN). Kept for the
 * page's life: MapLibre may start the workers again after a context loss.
 */
function sameOriginWrapper(href: string): string {
  let blob = blobs.get(href);
  if (!blob) {
    blob = URL.createObjectURL(new Blob([`import ${JSON.stringify(href)};\n`], { type: 'text/javascript' }));
    blobs.set(href, blob);
  }
  return blob;
}

/** What to pass to MapLibre's `setWorkerUrl`, and the URL actually fetched (for messages). */
export interface WorkerSource {
  /** A string, or a TrustedScriptURL that MapLibre can still read as a string. */
  value: string;
  /** The worker file's absolute URL. */
  href: string;
  /** True when the worker is on another origin (started through a `blob:` module). */
  crossOrigin: boolean;
}

/**
 * The worker to start. `configured` (the `worker-url` attribute) is resolved against the page;
 * the default is the file beside this module.
 */
export function workerSource(configured?: string): WorkerSource {
  const href = configured ? new URL(configured, document.baseURI).href : defaultWorkerUrl();
  const crossOrigin = new URL(href).origin !== location.origin;
  const url = crossOrigin ? sameOriginWrapper(href) : href;
  const p = scriptUrlPolicy();
  if (!p) return { value: url, href, crossOrigin };
  vouchFor(url);
  // MapLibre 6 hands this value to `new Worker()` unchanged, which is the one place Trusted Types
  // check, but first reads it as a string (`endsWith`, `split`): give the trusted object those
  // two string methods. A MapLibre update that reads it otherwise fails the Trusted Types test.
  const trusted = p.createScriptURL(url) as object & { toString(): string };
  Object.defineProperties(trusted, {
    endsWith: { value: (search: string) => url.endsWith(search) },
    split: { value: (separator: RegExp | string) => url.split(separator) },
  });
  return { value: trusted as unknown as string, href, crossOrigin };
}

/** Why a policy violation stops the worker, or undefined when it does not concern it. */
export function describeWorkerViolation(event: SecurityPolicyViolationEvent, source: WorkerSource): 'trusted-types' | 'worker' | undefined {
  const directive = event.effectiveDirective || event.violatedDirective;
  if (directive === 'require-trusted-types-for' && /Worker/i.test(event.sample)) return 'trusted-types';
  if (directive === 'trusted-types' && event.sample.startsWith(TRUSTED_TYPES_POLICY)) return 'trusted-types';
  if (directive === 'worker-src' || directive === 'script-src' || directive === 'script-src-elem') {
    const blocked = event.blockedURI;
    if (blocked === source.href || blocked === 'blob' || blocked.startsWith('blob:') || source.href.startsWith(blocked)) return 'worker';
  }
  return undefined;
}
