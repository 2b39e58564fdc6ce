/**
 * The `lookThrough` block of the JSON report (additive to schemaVersion 1) and the one JSON shape
 * of an indirect finding, shared by json, jsonl and csv.
 */
import type { Money } from '../reference/money.js';
import type { Exposures, History, IndirectFinding, LookThrough, Timeline } from '../screen/result.js';
import { toFindingJson } from './finding-json.js';

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
const roundOrNull = (n: number | null, digits: number) => (n === null ? null : round(n, digits));
const money = (ms: readonly Money[]) => ms.map((m) => ({ amount: round(m.amount, 2), currency: m.currency }));

/** An indirect finding: the underlying fund's finding (source, line, fund are that fund's), with
 *  `indirect: true`, the root holder, the path and the exposure that reaches the holder. */
export function toIndirectJson(f: IndirectFinding) {
  return {
    ...toFindingJson(f.finding),
    indirect: true as const,
    holder: f.holder,
    path: f.path.map((s) => ({
      source: s.source,
      fund: s.fund,
      line: s.line,
      issuer: s.issuer,
      held: s.held,
      matchedBy: s.matchedBy,
      weightPct: roundOrNull(s.weightPct, 6),
    })),
    fundWeightPct: roundOrNull(f.fundWeightPct, 6),
    pathWeightPct: roundOrNull(f.pathWeightPct, 8),
    exposure: f.exposure ? { amount: round(f.exposure.amount, 2), currency: f.exposure.currency } : null,
    lookThroughShares: roundOrNull(f.shares, 4),
  };
}

function exposuresJson(e: Exposures) {
  return { directPositions: e.directPositions, direct: money(e.direct), indirectPaths: e.indirectPaths, indirect: money(e.indirect) };
}

export function toLookThroughJson(l: LookThrough) {
  return {
    maxDepth: l.maxDepth,
    holders: l.holders.map((h) => ({ source: h.source, fund: h.fund, ...(h.family ? { family: h.family } : {}), asOf: h.asOf, ...exposuresJson(h) })),
    entities: l.entities.map((e) => ({
      id: e.id,
      name: e.name,
      ...exposuresJson(e),
      directShares: roundOrNull(e.directShares, 4),
      indirectShares: roundOrNull(e.indirectShares, 4),
    })),
    families: l.families.map((f) => ({ family: f.family, funds: f.funds, ...exposuresJson(f) })),
    funds: l.funds.map((f) => ({
      source: f.source,
      fund: f.fund,
      ...(f.family ? { family: f.family } : {}),
      asOf: f.asOf,
      format: f.format,
      sha256: f.sha256 ?? null,
      rows: { ...f.rows },
      findings: f.findings,
      screened: money(f.screenedValue),
    })),
    findings: l.findings.map(toIndirectJson),
    notLookedThrough: l.notLookedThrough,
  };
}

/** One timeline as the JSON report's `history` block writes it (also a JSONL timeline line). */
export function toTimelineJson(t: Timeline) {
  return {
    ...(t.fund !== null ? { fund: t.fund } : {}),
    family: t.family,
    ...(t.fund === null ? { funds: t.funds } : {}),
    entity: t.entity,
    points: t.points.map((p) => ({
      asOf: p.asOf,
      positions: p.positions,
      shares: roundOrNull(p.shares, 4),
      amounts: money(p.amounts),
      indirectPaths: p.indirectPaths,
      indirectShares: roundOrNull(p.indirectShares, 4),
      indirectAmounts: money(p.indirectAmounts),
      timing: p.timing.map((t) => ({ list: t.list, date: t.date, relation: t.relation, elapsed: t.elapsed, text: t.text })),
    })),
  };
}

/** The `history` block (additive to schemaVersion 1). */
export function toHistoryJson(h: History) {
  return { dates: h.dates, funds: h.funds.map(toTimelineJson), families: h.families.map(toTimelineJson) };
}
