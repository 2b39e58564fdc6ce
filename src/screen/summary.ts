/**
 * Exposure summaries for the human-facing reports: per fund, per listed entity across funds
 * ("who holds Hoshine"), per fund family (N-PORT registrants), and run totals. Pure.
 *
 * Rules, shared by every report so their figures agree:
 * - Only unsuppressed findings count toward exposure; suppressed findings are only counted.
 * - A position flagged for several entities (a parent and its listed subsidiary) counts once in
 *   a fund's or family's exposure, and once under each entity it is flagged for.
 * - Amounts in different currencies are never added together (a `Money[]`, one per currency).
 */
import type { Position } from '../holdings/position.js';
import type { Listing } from '../lists/schema.js';
import type { Finding, FundSummary, RowCounts, ScreenResult } from './result.js';

export interface Money {
  /** As the file states it; null when the file gives no currency. */
  currency: string | null;
  amount: number;
}

/** A fund as the run summary names and counts it (FundSummary), with its exposure worked out. */
export interface FundExposure extends Pick<FundSummary, 'source' | 'fund' | 'family' | 'asOf' | 'format' | 'rows'> {
  /** Distinct flagged positions (unsuppressed). */
  positions: number;
  /** Unsuppressed findings (a position can carry several). */
  findings: number;
  /** Every finding of the fund, suppressed ones included, in result order. */
  all: Finding[];
  suppressed: number;
  /** Unsuppressed findings marked 'new' against a baseline. */
  newFindings: number;
  amounts: Money[];
  /** Percent of the fund flagged: the file's weights when every flagged position has one,
   *  else flagged market value over the fund's screened market value. */
  pctOfFund: number | null;
}

export interface Holder {
  source: string;
  fund: string | null;
  family: string | null;
  positions: number;
  /** Sum of shares; null when any holding position gives none. */
  shares: number | null;
  amounts: Money[];
  /** Sum of weights; null when any holding position gives none. */
  weightPct: number | null;
}

export interface EntityExposure {
  id: string;
  name: string;
  listings: Listing[];
  positions: number;
  funds: number;
  amounts: Money[];
  holders: Holder[];
}

export interface FamilyExposure {
  family: string;
  funds: number;
  fundsFlagged: number;
  positions: number;
  amounts: Money[];
  /** Percent of the family's screened assets, when every fund gives values in one currency. */
  pctOfAssets: number | null;
}

export interface RunTotals {
  funds: number;
  fundsFlagged: number;
  rows: RowCounts;
  positions: number;
  findings: number;
  suppressed: number;
  newFindings: number;
  amounts: Money[];
}

export interface ExposureSummary {
  funds: FundExposure[];
  entities: EntityExposure[];
  families: FamilyExposure[];
  totals: RunTotals;
}

/** Adds an amount to a per-currency list (kept sorted by currency; unstated currency last). */
export function addMoney(list: Money[], currency: string | null, amount: number): Money[] {
  const i = list.findIndex((m) => m.currency === currency);
  const next = i >= 0 ? list.map((m, j) => (j === i ? { currency, amount: m.amount + amount } : m)) : [...list, { currency, amount }];
  return next.sort((a, b) => (a.currency ?? '\uffff').localeCompare(b.currency ?? '\uffff'));
}

function sumMoney(positions: readonly Position[]): Money[] {
  let out: Money[] = [];
  for (const p of positions) if (p.marketValue !== null) out = addMoney(out, p.currency, p.marketValue);
  return out;
}

function sumOrNull(values: readonly (number | null)[]): number | null {
  if (values.length === 0 || values.some((v) => v === null)) return null;
  return (values as number[]).reduce((a, b) => a + b, 0);
}

/** Sum of what is known (null when nothing is): the FundSummary.exposure convention. */
function sumKnown(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
}

function positionKey(p: Position): string {
  return `${p.source}\u0000${p.line}`;
}

function distinctPositions(findings: readonly Finding[]): Position[] {
  const seen = new Map<string, Position>();
  for (const f of findings) if (!seen.has(positionKey(f.position))) seen.set(positionKey(f.position), f.position);
  return [...seen.values()];
}

function fundKey(source: string, fund: string | null): string {
  return `${source}\u0000${fund ?? ''}`;
}

/**
 * Assigns each finding to its FundSummary: by (source, fund), else by source alone (a file whose
 * rows carry no fund name but whose preamble gave one). Findings of an unknown fund get a summary
 * of their own so that nothing drops out of the totals.
 */
function groupByFund(funds: readonly FundSummary[], findings: readonly Finding[]): Map<FundSummary, Finding[]> {
  const byKey = new Map<string, FundSummary>();
  const bySource = new Map<string, FundSummary>();
  const groups = new Map<FundSummary, Finding[]>();
  for (const f of funds) {
    byKey.set(fundKey(f.source, f.fund), f);
    if (!bySource.has(f.source)) bySource.set(f.source, f);
    groups.set(f, []);
  }
  for (const finding of findings) {
    const p = finding.position;
    let fund = byKey.get(fundKey(p.source, p.fund)) ?? bySource.get(p.source);
    if (!fund) {
      fund = {
        source: p.source, fund: p.fund, family: p.family, asOf: null, format: 'unknown',
        rows: { read: 0, screened: 0, excluded: 0, skipped: 0 }, findings: 0,
        exposure: { marketValue: null, weightPct: null }, totalMarketValue: null,
      };
      byKey.set(fundKey(p.source, p.fund), fund);
      groups.set(fund, []);
    }
    groups.get(fund)!.push(finding);
  }
  return groups;
}

function pctOfFund(flagged: readonly Position[], totalMarketValue: number | null): number | null {
  if (flagged.length === 0) return 0;
  const weights = sumOrNull(flagged.map((p) => p.weightPct));
  if (weights !== null) return weights;
  const value = sumOrNull(flagged.map((p) => p.marketValue));
  return value !== null && totalMarketValue ? (value / totalMarketValue) * 100 : null;
}

/**
 * FundSummary.findings and .exposure recomputed from the findings that still count (after
 * suppressions): the orchestrator calls this once suppressions are applied so the JSON funds
 * block and every report agree.
 */
export function refreshFundSummaries(funds: readonly FundSummary[], findings: readonly Finding[]): FundSummary[] {
  const groups = groupByFund(funds, findings.filter((f) => f.suppressed === null));
  return [...groups].map(([fund, fs]) => {
    const flagged = distinctPositions(fs);
    return {
      ...fund,
      findings: fs.length,
      // Nothing flagged is a known zero; with flags, null means the file gives no values.
      exposure:
        flagged.length === 0
          ? { marketValue: 0, weightPct: 0 }
          : { marketValue: sumKnown(flagged.map((p) => p.marketValue)), weightPct: sumKnown(flagged.map((p) => p.weightPct)) },
    };
  });
}

function fundExposure(fund: FundSummary, findings: readonly Finding[]): FundExposure {
  const counted = findings.filter((f) => f.suppressed === null);
  const flagged = distinctPositions(counted);
  return {
    source: fund.source,
    fund: fund.fund,
    family: fund.family,
    asOf: fund.asOf,
    format: fund.format,
    rows: fund.rows,
    positions: flagged.length,
    findings: counted.length,
    all: [...findings],
    suppressed: findings.length - counted.length,
    newFindings: counted.filter((f) => f.baseline === 'new').length,
    amounts: sumMoney(flagged),
    pctOfFund: pctOfFund(flagged, fund.totalMarketValue),
  };
}

function entityExposures(findings: readonly Finding[]): EntityExposure[] {
  const byEntity = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.suppressed !== null) continue;
    const list = byEntity.get(f.match.entity.id) ?? [];
    list.push(f);
    byEntity.set(f.match.entity.id, list);
  }
  const out: EntityExposure[] = [];
  for (const [id, fs] of byEntity) {
    const holdersByFund = new Map<string, Position[]>();
    for (const p of distinctPositions(fs)) {
      const k = fundKey(p.source, p.fund);
      holdersByFund.set(k, [...(holdersByFund.get(k) ?? []), p]);
    }
    const holders: Holder[] = [...holdersByFund.values()]
      .map((ps) => ({
        source: ps[0].source,
        fund: ps[0].fund,
        family: ps[0].family,
        positions: ps.length,
        shares: sumOrNull(ps.map((p) => p.shares)),
        amounts: sumMoney(ps),
        weightPct: sumOrNull(ps.map((p) => p.weightPct)),
      }))
      .sort((a, b) => compareText(a.source, b.source) || compareText(a.fund ?? '', b.fund ?? ''));
    const entity = fs[0].match.entity;
    const positions = distinctPositions(fs);
    out.push({
      id,
      name: entity.name,
      listings: entity.listings,
      positions: positions.length,
      funds: holders.length,
      amounts: sumMoney(positions),
      holders,
    });
  }
  return out.sort((a, b) => compareName(a.name, b.name) || compareText(a.id, b.id));
}

function familyExposures(funds: readonly FundExposure[], summaries: Map<FundExposure, FundSummary>, groups: Map<FundSummary, Finding[]>): FamilyExposure[] {
  const byFamily = new Map<string, FundExposure[]>();
  for (const f of funds) if (f.family) byFamily.set(f.family, [...(byFamily.get(f.family) ?? []), f]);
  const out: FamilyExposure[] = [];
  for (const [family, members] of byFamily) {
    let amounts: Money[] = [];
    for (const m of members) for (const a of m.amounts) amounts = addMoney(amounts, a.currency, a.amount);
    const totals = members.map((m) => summaries.get(m)!.totalMarketValue);
    const currencies = new Set(members.flatMap((m) => groups.get(summaries.get(m)!)!.map((f) => f.position.currency)));
    const total = sumOrNull(totals);
    const flaggedValue = amounts.length === 1 ? amounts[0].amount : amounts.length === 0 ? 0 : null;
    out.push({
      family,
      funds: members.length,
      fundsFlagged: members.filter((m) => m.positions > 0).length,
      positions: members.reduce((n, m) => n + m.positions, 0),
      amounts,
      pctOfAssets: currencies.size <= 1 && total && flaggedValue !== null ? (flaggedValue / total) * 100 : null,
    });
  }
  return out.sort((a, b) => compareName(a.family, b.family));
}

/** Code-point order: deterministic on every machine, unlike localeCompare with ICU variations. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Case-insensitive name order ("iFlytek" between "Hoshine" and "Xinjiang"), ties by code point. */
export function compareName(a: string, b: string): number {
  return compareText(a.toLowerCase(), b.toLowerCase()) || compareText(a, b);
}

export function summarize(result: ScreenResult): ExposureSummary {
  const groups = groupByFund(result.funds, result.findings);
  const summaries = new Map<FundExposure, FundSummary>();
  const funds: FundExposure[] = [];
  for (const [summary, fs] of groups) {
    const e = fundExposure(summary, fs);
    summaries.set(e, summary);
    funds.push(e);
  }
  let amounts: Money[] = [];
  for (const f of funds) for (const a of f.amounts) amounts = addMoney(amounts, a.currency, a.amount);
  const rows = { read: 0, screened: 0, excluded: 0, skipped: 0 };
  for (const f of funds) {
    rows.read += f.rows.read;
    rows.screened += f.rows.screened;
    rows.excluded += f.rows.excluded;
    rows.skipped += f.rows.skipped;
  }
  return {
    funds,
    entities: entityExposures(result.findings),
    families: familyExposures(funds, summaries, groups),
    totals: {
      funds: funds.length,
      fundsFlagged: funds.filter((f) => f.positions > 0).length,
      rows,
      positions: funds.reduce((n, f) => n + f.positions, 0),
      findings: funds.reduce((n, f) => n + f.findings, 0),
      suppressed: funds.reduce((n, f) => n + f.suppressed, 0),
      newFindings: funds.reduce((n, f) => n + f.newFindings, 0),
      amounts,
    },
  };
}
