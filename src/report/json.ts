/**
 * The JSON contract, schemaVersion 1, built in exactly one place. Later versions may add fields,
 * never rename or remove them. `jsonl` and `csv` reuse `toFindingJson` so every machine format
 * carries the same fields under the same names.
 */
import type { Identifiers } from '../holdings/position.js';
import { HOLDING_ID_FIELDS, type HoldingIdField } from '../reference/identifiers.js';
import type { Money } from '../reference/money.js';
import type { Finding, ScreenResult } from '../screen/result.js';
import { allSources, tierSummary } from './model.js';
import { scrubPaths, sourceNames } from './sources.js';
import { toHistoryJson, toLookThroughJson } from './look-through-json.js';
import { listingTimings } from '../screen/listing-dates.js';

export const SCHEMA_VERSION = 1;

/** Every identifier field of the registry, null when the holding has none: the same keys in every finding. */
function idsJson(ids: Identifiers): Record<HoldingIdField, string | null> {
  return Object.fromEntries(HOLDING_ID_FIELDS.map((k) => [k, ids[k] ?? null])) as Record<HoldingIdField, string | null>;
}

export function toFindingJson(f: Finding) {
  const p = f.position;
  const m = f.match;
  return {
    source: p.source,
    line: p.line,
    fund: p.fund,
    ...(p.family ? { family: p.family } : {}),
    issuer: p.issuer,
    ...idsJson(p.ids),
    shares: p.shares,
    marketValue: p.value?.amount ?? null,
    weightPct: p.weightPct,
    ...(p.weightBound !== undefined ? { weightBound: p.weightBound } : {}),
    currency: p.value?.currency ?? null,
    ...(p.tradingCurrency ? { tradingCurrency: p.tradingCurrency } : {}),
    asOf: p.asOf ?? null,
    entity: {
      id: m.entity.id,
      name: m.entity.name,
      listings: m.entity.listings.map((l) => ({
        list: l.list,
        ...(l.program ? { program: l.program } : {}),
        date: l.date,
        citation: l.citation,
        url: l.url,
        verification: l.verification,
      })),
      listFile: m.listPath,
    },
    /** How the holding's as-of date relates to each listing (listing-dates.ts). */
    listingTiming: listingTimings(p.asOf, m.entity.listings).map((t) => ({ list: t.list, date: t.date, relation: t.relation, text: t.text })),
    relation: m.relation,
    ...(m.relationSource ? { relationSource: m.relationSource } : {}),
    tier: m.tier,
    // evidence: the rules that decided the match (src/match/evidence.ts), as data.
    match: { method: m.method, score: round(m.score, 4), alias: m.alias, explanation: m.explanation, ...(m.evidence.length > 0 ? { evidence: m.evidence } : {}) },
    suppressed: f.suppressed !== null,
    ...(f.suppressed ? { suppression: { reason: f.suppressed.reason, expires: f.suppressed.expires } } : {}),
    ...(f.baseline ? { baseline: f.baseline } : {}),
    ...(f.listedAfterFileDate ? { listedAfterFileDate: { ...f.listedAfterFileDate } } : {}),
  };
}

export type FindingJson = ReturnType<typeof toFindingJson>;

/** Paths as given appear only in `source` fields; free text names files by their display names. */
export function toJsonReport(r: ScreenResult) {
  const names = sourceNames(allSources(r));
  const scrub = (text: string): string => scrubPaths(text, names);
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: r.tool,
    generatedAt: r.generatedAt,
    lists: r.lists.map((l) => ({
      id: l.id, version: l.version, entities: l.entities, sha256: l.sha256, path: l.path,
      ...(l.onlyLists ? { onlyLists: l.onlyLists } : {}),
      ...(l.coverage ? { coverage: l.coverage.map((c) => ({ ...c })) } : {}),
    })),
    funds: r.exposure.funds.map((f) => ({
      source: f.source,
      fund: f.fund,
      ...(f.family ? { family: f.family } : {}),
      asOf: f.asOf,
      format: f.format,
      sha256: f.sha256 ?? null,
      rows: { ...f.rows },
      findings: f.findings,
      // marketValue only when the flagged amounts are in one currency; amounts always, per currency.
      exposure: {
        marketValue: roundOrNull(f.marketValue, 2),
        weightPct: roundOrNull(f.pctOfFund, 6),
        amounts: moneyJson(f.amounts),
        screened: moneyJson(f.screenedValue),
      },
    })),
    ...(r.exposure.families.length > 0
      ? {
          families: r.exposure.families.map((f) => ({
            family: f.family,
            funds: f.funds,
            fundsFlagged: f.fundsFlagged,
            positions: f.positions,
            amounts: moneyJson(f.amounts),
            weightPct: roundOrNull(f.pctOfAssets, 6),
          })),
        }
      : {}),
    findings: r.findings.map(toFindingJson),
    skipped: r.skipped.map((s) => ({ source: s.source, line: s.line, reason: s.reason })),
    salvaged: (r.salvaged ?? []).map((s) => ({ source: s.source, line: s.line, reason: scrub(s.reason) })),
    errors: r.errors.map((e) => ({ source: e.source, line: e.line, reason: scrub(e.reason) })),
    warnings: r.warnings.map(scrub),
    summary: tierSummary(r.findings),
    ...(r.resolved ? { resolved: r.resolved } : {}),
    ...(r.carriedOver ? { carriedOver: r.carriedOver } : {}),
    ...(r.lookThrough ? { lookThrough: toLookThroughJson(r.lookThrough) } : {}),
    ...(r.history ? { history: toHistoryJson(r.history) } : {}),
  };
}

export type JsonReport = ReturnType<typeof toJsonReport>;

export function renderJson(r: ScreenResult): string {
  return `${JSON.stringify(toJsonReport(r), null, 2)}\n`;
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

function moneyJson(ms: readonly Money[]): { amount: number; currency: string | null }[] {
  return ms.map((m) => ({ amount: round(m.amount, 2), currency: m.currency }));
}

function roundOrNull(n: number | null, digits: number): number | null {
  return n === null ? null : round(n, digits);
}
