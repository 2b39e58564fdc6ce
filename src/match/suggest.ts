/**
 * "Did you mean": the list aliases nearest to a name, by fuse.js's approximate substring search
 * over the alias cores, for a name the matcher's indexes find nothing for. One query over the
 * list, never on the screening path (fuse.js is far too slow for that).
 */
import Fuse from 'fuse.js';

export interface Suggestion {
  entityId: string;
  alias: string;
  /** fuse.js score: 0 is a perfect match, 1 none. */
  distance: number;
}

/** Up to `limit` entities whose alias cores are nearest to `core`, one alias each, nearest first. */
export function suggestions(core: string, aliases: Array<{ entityId: string; alias: string; core: string }>, limit: number): Suggestion[] {
  if (!core) return [];
  const fuse = new Fuse(aliases, { keys: ['core'], includeScore: true, ignoreLocation: true, ignoreFieldNorm: true, threshold: 0.4, minMatchCharLength: 3 });
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  for (const r of fuse.search(core.slice(0, 32))) {
    if (seen.has(r.item.entityId)) continue;
    seen.add(r.item.entityId);
    out.push({ entityId: r.item.entityId, alias: r.item.alias, distance: Math.round((r.score ?? 1) * 1000) / 1000 });
    if (out.length >= limit) break;
  }
  return out;
}
