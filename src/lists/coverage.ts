/**
 * Coverage and age of the lists a run uses, as data: per official list, what the file holds, the
 * date it is complete to, what is known to be missing, and whether it is older than the maximum
 * age (with the command that refreshes it). Pure: the run's date comes in, no clock is read here.
 */
import type { Coverage, LoadedList } from './schema.js';
import { IMPORT_SOURCES, type ImportFormat } from './import/formats.js';
import { slugify } from './slug.js';

export const DEFAULT_MAX_LIST_AGE_DAYS = 180;

export interface CoverageLine {
  list: string;
  key: string;
  kind: Coverage['kind'] | null;
  /** Entities of the file with a listing on this official list. */
  entities: number;
  officialEntities: number | null;
  officialAsOf: string | null;
  /** The date the file is complete to; for a file that does not say, its newest listing date. */
  completeTo: string;
  /** True when `completeTo` is the file's newest listing, not a stated coverage. */
  completeToAssumed: boolean;
  missing: string | null;
  source: string | null;
  ageDays: number | null;
  stale: boolean;
}

/** The importer that refreshes a list of this key, when there is one. */
const REFRESH_FORMAT: Record<string, ImportFormat> = {
  uflpa: 'dhs-uflpa', 'ofac-sdn': 'ofac-sdn', 'ofac-cmic': 'ofac-cons', bis: 'csl',
};

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Per official list of `list`: its coverage (stated, or assumed from the newest listing). */
export function coverageLines(list: Pick<LoadedList, 'version' | 'entities' | 'coverage'>, today: string | null, maxAgeDays: number | null): CoverageLine[] {
  const counts = new Map<string, number>();
  const newest = new Map<string, string>();
  for (const e of list.entities) {
    for (const l of e.listings) {
      if (!newest.has(l.list) || l.date > newest.get(l.list)!) newest.set(l.list, l.date);
    }
    for (const name of new Set(e.listings.map((l) => l.list))) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const stated = new Map((list.coverage ?? []).map((c) => [c.list, c]));
  const names = [...new Set([...(list.coverage ?? []).map((c) => c.list), ...[...counts.keys()].sort()])];
  return names.map((name) => {
    const c = stated.get(name);
    const completeTo = c?.completeTo ?? newest.get(name) ?? list.version;
    const ageDays = today ? daysBetween(completeTo, today) : null;
    return {
      list: name,
      key: c?.key ?? (slugify(name) || 'list'),
      kind: c?.kind ?? null,
      entities: counts.get(name) ?? 0,
      officialEntities: c?.officialEntities ?? null,
      officialAsOf: c?.officialAsOf ?? null,
      completeTo,
      completeToAssumed: !c,
      missing: c?.missing ?? null,
      source: c?.source ?? null,
      ageDays,
      stale: ageDays !== null && maxAgeDays !== null && ageDays > maxAgeDays,
    };
  });
}

/** "UFLPA Entity List: 152 of 187 entities (official count 2026-08-03), complete to 2025-08-19". */
export function coverageSummary(c: CoverageLine): string {
  const of = c.officialEntities !== null ? ` of ${c.officialEntities}` : '';
  const noun = c.entities === 1 && !of ? 'entity' : 'entities';
  const counted = c.officialEntities !== null && c.officialAsOf ? ` (official count ${c.officialAsOf})` : '';
  const complete = c.completeToAssumed ? `newest listing ${c.completeTo}` : `complete to ${c.completeTo}`;
  return `${c.list}: ${c.entities}${of} ${noun}${counted}, ${complete}`;
}

/** What a user runs to bring a list up to date. */
export function refreshHint(c: CoverageLine): string {
  const format = REFRESH_FORMAT[c.key];
  if (format) {
    const src = IMPORT_SOURCES[format];
    const filter = format === 'dhs-uflpa' || format === 'ofac-cons' ? '' : ' --filter';
    return `fundscreen lists import --from ${format} FILE --out ${c.key}.json${filter}, then --list ${c.key}.json (FILE from ${src.where})`;
  }
  return c.source ? `check ${c.source} and add what changed to a list of your own (\`--list\`; lists/README.md)` : 'check the official source and add what changed to a list of your own (`--list`; lists/README.md)';
}

/** The stderr line of a run: each official list with its count and the date it is complete to. */
export function coverageStderrLine(listId: string, version: string, lines: readonly CoverageLine[]): string {
  const parts = lines.map((c) => `${c.list} ${c.entities}${c.officialEntities !== null ? ` of ${c.officialEntities}` : ''} (${c.completeToAssumed ? 'newest listing' : 'complete to'} ${c.completeTo})`);
  const gaps = lines.some((c) => c.missing) ? '; known gaps: fundscreen lists show' : '';
  // A list of one's own names no official list (no row gives a listing): say so, not an empty line.
  return `list ${listId} ${version}: ${parts.length > 0 ? parts.join(', ') : 'no official listings (a list of your own)'}${gaps}`;
}

/** One warning per official list older than the maximum age. */
export function staleListWarnings(listId: string, lines: readonly CoverageLine[], maxAgeDays: number): string[] {
  return lines.flatMap((c) => {
    if (c.stale) return [`list ${listId}: ${c.list} is ${c.completeToAssumed ? 'dated' : 'complete only to'} ${c.completeTo}, ${c.ageDays} days ago (--max-list-age ${maxAgeDays}); to refresh: ${refreshHint(c)}`];
    // A date after today is a mistyped date (lists import --as-of), not a fresh list.
    if (c.ageDays !== null && c.ageDays < 0) return [`list ${listId}: ${c.list} is dated ${c.completeTo}, after today: its age cannot be told (a mistyped date?)`];
    return [];
  });
}
