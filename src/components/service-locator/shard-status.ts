/**
 * What the element says while a sharded catalogue loads: nothing once the answer shown is final
 * (core/catalogue/shards.ts's rule, reached through `ShardStatus.finality` so that it stays out
 * of the initial chunk, as do its words, `ShardStatus.words`: every shard nearer than the radius
 * the count covers is loaded, or every shard without an origin), else "Liste partielle…" (a live region, said once)
 * and where loading stands ("Résultats de 3 départements sur 102", not live: it changes with
 * each merge), or which départements failed. The live region is always rendered while shards
 * are in play, so its first words are announced.
 */
import { html, nothing } from 'lit';
import type { GeoPoint } from '../../core/catalogue/types.js';
import type { SearchOutcome } from '../../core/search/types.js';
import type { ShardStatus } from '../../controllers/shard-loader.js';
import type { Lang } from '../../i18n/index.js';

/**
 * The farthest distance the answer depends on: the radius whose count the list states. Without
 * an origin, with every distance ("all") or "the nearest few" (null), every shard may matter.
 */
export function answerHorizonKm(origin: GeoPoint | null, outcome: Pick<SearchOutcome, 'radius'> | null): number {
  const used = outcome?.radius?.usedKm;
  return origin && typeof used === 'number' ? used : Infinity;
}

export function renderShardStatus(lang: Lang, shards: ShardStatus | undefined, origin: GeoPoint | null, outcome: Pick<SearchOutcome, 'radius'> | null) {
  if (!shards) return nothing;
  const t = shards.words(lang);
  const total = shards.index.shards.length;
  const f = shards.finality(origin ?? undefined, answerHorizonKm(origin, outcome));
  const live = f.final ? '' : f.waiting.length ? t.partial : t.missing(f.missing);
  return html`<div class=${live ? 'notice shard-status' : 'shard-status'} part="status">
    <p role="status">${live}</p>
    ${live ? html`<p>${t.progress(shards.loaded.size, total)}</p>` : nothing}
  </div>`;
}
