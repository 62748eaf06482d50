/**
 * The words of a sharded catalogue's loading state (src/components/service-locator/shard-status.ts):
 * an honest "partial" while shards the answer depends on are loading or failed. French first.
 */
import { formatNumber, plural, type Lang } from './index.js';
import { formatList } from './formats.js';

export interface ShardStrings {
  /** The live part: said once when the list becomes partial (stable while shards load). */
  partial: string;
  /** Some shards the answer depends on failed: which, and that places may be missing. */
  missing: (ids: readonly string[]) => string;
  /** The visible count of where loading stands (not live: it changes with every merge). */
  progress: (loaded: number, total: number) => string;
}

export function shardStrings(lang: Lang): ShardStrings {
  if (lang === 'fr')
    return {
      partial: 'Liste partielle : d’autres départements se chargent, elle peut encore changer.',
      missing: (ids) =>
        `Liste incomplète : ${plural('fr', ids.length, 'un département n’a pas pu être chargé', `${formatNumber('fr', ids.length)} départements n’ont pas pu être chargés`)} (${formatList('fr', ids)}), des lieux peuvent manquer.`,
      progress: (loaded, total) => `Résultats de ${formatNumber('fr', loaded)} ${plural('fr', loaded, 'département', 'départements')} sur ${formatNumber('fr', total)}.`,
    };
  return {
    partial: 'Partial list: other départements are loading; it may still change.',
    missing: (ids) =>
      `Incomplete list: ${plural('en', ids.length, 'one département could not be loaded', `${formatNumber('en', ids.length)} départements could not be loaded`)} (${formatList('en', ids)}); places may be missing.`,
    progress: (loaded, total) => `Results from ${formatNumber('en', loaded)} of ${formatNumber('en', total)} ${plural('en', total, 'département', 'départements')}.`,
  };
}
