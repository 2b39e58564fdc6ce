/**
 * The one exposure model: per fund, per listed entity across funds ("who holds Hoshine"), per fund
 * family (N-PORT registrants), and run totals. Computed once per run (screen() stores it in
 * ScreenResult.exposure) and read by every report format, JSON included. Pure.
 *
 * Rules, so every figure in every format agrees:
 * - Only unsuppressed findings count toward exposure; suppressed findings are only counted.
 * - A position flagged for several entities (a parent and its listed subsidiary) counts once in
 *   a fund's or family's exposure, and once under each entity it is flagged for.
 * - Amounts in different currencies are never added together (a `Money[]`, one per currency); a
 *   single figure (`marketValue`) exists only when there is one currency.
 * - A percentage of a fund is flagged value over the fund's screened value, in one currency, when
 *   the file gives values; else the sum of the file's weights when every one is a figure. A weight
 *   the file gives only as a bound (`<0.01%`) is never added up.
 */
import type { Position } from '../holdings/position.js';
import type { Listing } from '../lists/schema.js';
import { addMoney, singleAmount, sumMoney, type Money } from '../reference/money.js';
import type { EntityExposure, ExposureSummary, FamilyExposure, Finding, FundExposure, FundSummary, Holder, ScreenResult } from './result.js';
import { emptyRows, sumRows } from './accounting.js';
import { compareName, compareText } from '../text-order.js';
import { pushTo } from '../group-by.js';

export type { Money } from '../reference/money.js';

// The exposure types live with the rest of the result's types (result.ts), so the two modules
// do not import each other.
export type { FundExposure, Holder, EntityExposure, FamilyExposure, RunTotals, ExposureSummary } from './result.js';

function sumOrNull(values: readonly (number | null)[]): number | null {
  if (values.length === 0 || values.some((v) => v === null)) return null;
  return (values as number[]).reduce((a, b) => a + b, 0);
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
 * Flagged value over screened value, in percent: only when every flagged position has a value in
 * the one currency the fund's screened values are in. Nothing flagged is 0 when the total is known.
 */
export function valuePct(flagged: readonly Position[], screenedValue: readonly Money[]): number | null {
  if (screenedValue.length !== 1 || !(screenedValue[0].amount > 0)) return null;
  const { currency, amount: total } = screenedValue[0];
  let sum = 0;
  for (const p of flagged) {
    if (p.value === null || p.value.currency !== currency) return null;
    sum += p.value.amount;
  }
  return (sum / total) * 100;
}

/**
 * Below this share of the fund stated for its screened rows, a file lists only part of its fund (a
 * top-ten table, a report's largest holdings): flagged values over the screened value would be their
 * share of that part, not of the fund. A whole file's weights come to about 100 (cash or derivatives
 * left out, rounding).
 */
export const PARTIAL_FILE_PCT = 90;
/**
 * At or below this sum the weights may be fractions of one, as some exports write them (0.0045 for
 * 0.45 %), not percents of a small part: values decide, as for a whole file.
 */
export const FRACTION_WEIGHTS_MAX = 1.5;

/**
 * A fund whose positions' stated weights sum to FRACTION_WEIGHTS_MAX or less (and more than 0): its
 * weights are fractions of one as some exports write them (0.0045 for 0.45 %), or the file lists a
 * small part of the fund; no figure tells which. Said, not guessed: each position's weight is
 * shown as the file writes it, the fund's share from values (pctOfFund). Null otherwise.
 */
export function fractionWeightsNote(fund: Pick<FundSummary, 'fund' | 'statedWeightPct' | 'rows'>): string | null {
  const sum = fund.statedWeightPct;
  if (sum === undefined || sum === null || sum <= 0 || sum > FRACTION_WEIGHTS_MAX || fund.rows.screened < 2) return null;
  return `the weights of ${fund.fund ?? 'its positions'} sum to ${sum.toFixed(4)}: fractions of one (0.0045 for 0.45 %), or the file lists a small part of its fund; position weights are shown as written, the fund's share from values`;
}

/**
 * A fund's flagged percentage: from values when it can be (more digits than a file's rounded
 * weights), else the file's weights when every one is a figure; the file's weights first when the
 * file states it lists less than PARTIAL_FILE_PCT of its fund (and more than FRACTION_WEIGHTS_MAX).
 */
export function pctOfFund(flagged: readonly Position[], fund: Pick<FundSummary, 'screenedValue' | 'statedWeightPct'>): number | null {
  if (flagged.length === 0) return 0;
  const weights = sumOrNull(flagged.map((p) => p.weightPct));
  const stated = fund.statedWeightPct;
  if (weights !== null && stated !== undefined && stated !== null && stated < PARTIAL_FILE_PCT && stated > FRACTION_WEIGHTS_MAX) return weights;
  return valuePct(flagged, fund.screenedValue) ?? weights;
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
        rows: emptyRows(), screenedValue: [],
      };
      byKey.set(fundKey(p.source, p.fund), fund);
      groups.set(fund, []);
    }
    groups.get(fund)!.push(finding);
  }
  return groups;
}

function counted(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.suppressed === null);
}

function fundExposure(fund: FundSummary, findings: readonly Finding[]): FundExposure {
  const live = counted(findings);
  const flagged = distinctPositions(live);
  const amounts = sumMoney(flagged.map((p) => p.value));
  return {
    source: fund.source,
    fund: fund.fund,
    family: fund.family,
    asOf: fund.asOf,
    format: fund.format,
    sha256: fund.sha256 ?? null,
    rows: fund.rows,
    screenedValue: fund.screenedValue,
    statedWeightPct: fund.statedWeightPct ?? null,
    positions: flagged.length,
    findings: live.length,
    all: [...findings],
    suppressed: findings.length - live.length,
    newFindings: live.filter((f) => f.baseline === 'new').length,
    amounts,
    marketValue: singleAmount(amounts),
    pctOfFund: pctOfFund(flagged, fund),
  };
}

function entityExposures(funds: readonly FundExposure[]): EntityExposure[] {
  // fund -> entity -> its findings there
  const byEntity = new Map<string, Map<FundExposure, Finding[]>>();
  for (const fund of funds) {
    for (const f of counted(fund.all)) {
      let holders = byEntity.get(f.match.entity.id);
      if (!holders) byEntity.set(f.match.entity.id, (holders = new Map<FundExposure, Finding[]>()));
      pushTo(holders, fund, f);
    }
  }
  const out: EntityExposure[] = [];
  for (const [id, byFund] of byEntity) {
    const holders: Holder[] = [...byFund]
      .map(([fund, fs]) => {
        const ps = distinctPositions(fs);
        return {
          source: fund.source,
          fund: fund.fund,
          family: fund.family,
          positions: ps.length,
          shares: sumOrNull(ps.map((p) => p.shares)),
          amounts: sumMoney(ps.map((p) => p.value)),
          weightPct: pctOfFund(ps, fund),
        };
      })
      .sort((a, b) => compareText(a.source, b.source) || compareText(a.fund ?? '', b.fund ?? ''));
    const all = [...byFund.values()].flat();
    const entity = all[0].match.entity;
    const positions = distinctPositions(all);
    out.push({
      id,
      name: entity.name,
      listings: entity.listings,
      positions: positions.length,
      funds: holders.length,
      amounts: sumMoney(positions.map((p) => p.value)),
      holders,
    });
  }
  return out.sort((a, b) => compareName(a.name, b.name) || compareText(a.id, b.id));
}

function familyExposures(funds: readonly FundExposure[]): FamilyExposure[] {
  const byFamily = new Map<string, FundExposure[]>();
  for (const f of funds) if (f.family) pushTo(byFamily, f.family, f);
  const out: FamilyExposure[] = [];
  for (const [family, members] of byFamily) {
    const flagged = members.flatMap((m) => distinctPositions(counted(m.all)));
    out.push({
      family,
      funds: members.length,
      fundsFlagged: members.filter((m) => m.positions > 0).length,
      positions: flagged.length,
      amounts: sumMoney(flagged.map((p) => p.value)),
      pctOfAssets: valuePct(flagged, sumMoney(members.flatMap((m) => m.screenedValue))),
    });
  }
  return out.sort((a, b) => compareName(a.family, b.family));
}

/** The exposure of a run's funds and findings (after suppressions and baseline). */
export function computeExposure(r: Pick<ScreenResult, 'funds' | 'findings'>): ExposureSummary {
  const funds = [...groupByFund(r.funds, r.findings)].map(([summary, fs]) => fundExposure(summary, fs));
  let amounts: Money[] = [];
  for (const f of funds) for (const a of f.amounts) amounts = addMoney(amounts, a);
  const rows = sumRows(funds);
  return {
    funds,
    entities: entityExposures(funds),
    families: familyExposures(funds),
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
