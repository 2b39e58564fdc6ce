/**
 * The JSON contract, schemaVersion 1, built in exactly one place. Later versions may add fields,
 * never rename or remove them. Each finding is finding-json.ts's `toFindingJson`, as in jsonl and csv.
 */
import type { Money } from '../reference/money.js';
import type { ScreenResult } from '../screen/result.js';
import { allSources, tierSummary } from './model.js';
import { scrubPaths, sourceNames } from './sources.js';
import { toHistoryJson, toLookThroughJson } from './look-through-json.js';
import { toFindingJson } from './finding-json.js';

export const SCHEMA_VERSION = 1;

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
