/**
 * What every human-facing report (table, markdown, html, sarif) is written from, built once per
 * render: the exposure summary, the findings a report lists in the one order they are listed in,
 * and how sources and funds are named (never by a local path: see sources.ts). The writers only
 * lay this out for their medium; none of them recomputes a figure or re-sorts.
 */
import type { Finding, InputProblem, ScreenResult } from '../screen/result.js';
import type { ExposureSummary } from '../screen/exposure.js';
import { compareName, compareText } from '../text-order.js';
import { TIER_RANK, TIERS, type Tier } from '../match/types.js';
import type { FindingSort, RenderOptions } from './options.js';
import { scrubPaths, sourceNames } from './sources.js';
import { readingGuide, type ReadingGuide } from './reading-guide.js';

export interface ReportModel {
  result: ScreenResult;
  summary: ExposureSummary;
  /** Findings a human report lists (suppressed ones only with --show-suppressed), in report order. */
  listed: Finding[];
  /** Findings per tier: the "7 flagged: 6 confirmed, 1 probable" line. */
  tiers: ReturnType<typeof tierSummary>;
  /** The display name of a source path. */
  source(source: string): string;
  /** A fund's name: its own, else its source's display name (a baseline fund of an old report). */
  fund(f: { fund: string | null; source: string }): string;
  /** Warnings and input errors with every source path replaced by its display name. */
  warnings: string[];
  errors: InputProblem[];
  /** "How to read this report" for the findings listed. */
  guide: ReadingGuide;
  /** Each input file once (in fund order), by display name, with its SHA-256 (null: a data-set folder). */
  inputs: { name: string; format: string; sha256: string | null }[];
}

export function allSources(result: ScreenResult): string[] {
  return [
    ...result.inputs.map((i) => i.source),
    ...result.funds.map((f) => f.source),
    ...result.findings.map((f) => f.position.source),
    ...result.skipped.map((s) => s.source),
    ...result.errors.map((e) => e.source),
    ...(result.resolved ?? []).map((r) => r.source),
    ...(result.carriedOver ?? []).map((r) => r.source),
  ];
}

/** Source, then line, then entity: a report groups and must not depend on input order. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.position.source, b.position.source) ||
    a.position.line - b.position.line ||
    compareText(a.match.entity.id, b.match.entity.id)
  );
}

/** Findings by tier (unsuppressed; suppressed ones counted apart): the JSON `summary` and the table's last line. */
export function tierSummary(findings: readonly Finding[]): { findings: number; confirmed: number; probable: number; review: number; suppressed: number } {
  const counted = findings.filter((f) => f.suppressed === null);
  const of = (tier: Tier) => counted.filter((f) => f.match.tier === tier).length;
  return { findings: counted.length, confirmed: of('confirmed'), probable: of('probable'), review: of('review'), suppressed: findings.length - counted.length };
}

/** "7 flagged: 6 confirmed, 1 probable" (tiers with none left out); "0 flagged" when nothing is. */
export function tierLine(s: ReturnType<typeof tierSummary>): string {
  const parts = TIERS.filter((t) => s[t] > 0).map((t) => `${s[t]} ${t}`);
  return `${s.findings} flagged${parts.length ? `: ${parts.join(', ')}` : ''}${s.suppressed ? ` (${s.suppressed} suppressed)` : ''}`;
}

/** One row per input file: the funds of a data set share their source and its digest. */
function inputDigests(result: ScreenResult, name: (source: string) => string): ReportModel['inputs'] {
  const seen = new Map<string, ReportModel['inputs'][number]>();
  for (const f of result.funds) if (!seen.has(f.source)) seen.set(f.source, { name: name(f.source), format: f.format, sha256: f.sha256 ?? null });
  return [...seen.values()];
}

/** A weight to order by: the file's figure, else its bound (a '<0.01' sorts just under 0.01); null: none. */
function weightOf(f: Finding): number | null {
  const p = f.position;
  if (p.weightPct !== null) return p.weightPct;
  const bound = /^([<>]=?)(\d+(?:\.\d+)?)$/.exec(p.weightBound ?? '');
  return bound ? Number(bound[2]) - (bound[1] === '<' ? 1e-9 : 0) : null;
}

/** Larger first, none last. */
const desc = (a: number | null, b: number | null): number => (a === b ? 0 : a === null ? 1 : b === null ? -1 : b - a);

/**
 * The order of --sort, every key ending in file order (source, line, entity) so it is total:
 * value: largest market value first within each currency (currencies alphabetical, none last; an
 * amount is never compared across currencies); weight: largest weight of the fund first; tier:
 * confirmed, probable, review; entity: the listed entity's name.
 */
export function findingOrder(sort: FindingSort = 'source'): (a: Finding, b: Finding) => number {
  switch (sort) {
    case 'source':
      return compareFindings;
    case 'value':
      return (a, b) => {
        const ca = a.position.value?.currency ?? null;
        const cb = b.position.value?.currency ?? null;
        const byCurrency = ca === cb ? 0 : ca === null ? 1 : cb === null ? -1 : compareText(ca, cb);
        return byCurrency || desc(a.position.value?.amount ?? null, b.position.value?.amount ?? null) || compareFindings(a, b);
      };
    case 'weight':
      return (a, b) => desc(weightOf(a), weightOf(b)) || compareFindings(a, b);
    case 'tier':
      return (a, b) => TIER_RANK[b.match.tier] - TIER_RANK[a.match.tier] || compareFindings(a, b);
    case 'entity':
      return (a, b) => compareName(a.match.entity.name, b.match.entity.name) || compareText(a.match.entity.id, b.match.entity.id) || compareFindings(a, b);
  }
}

export function buildReport(result: ScreenResult, opts: Pick<RenderOptions, 'showSuppressed' | 'sort'>): ReportModel {
  const names = sourceNames(allSources(result));
  const source = (s: string): string => names.get(s) ?? scrubPaths(s, names);
  return {
    result,
    summary: result.exposure,
    listed: result.findings.filter((f) => opts.showSuppressed || f.suppressed === null).sort(findingOrder(opts.sort)),
    tiers: tierSummary(result.findings),
    source,
    fund: (f) => f.fund ?? source(f.source),
    warnings: result.warnings.map((w) => scrubPaths(w, names)),
    errors: result.errors.map((e) => ({ ...e, source: source(e.source), reason: scrubPaths(e.reason, names) })),
    guide: readingGuide(result.findings),
    inputs: inputDigests(result, source),
  };
}
