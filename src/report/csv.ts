/**
 * CSV: a header row, then one row per finding (suppressed ones included) with every position and
 * evidence field, named as in the JSON contract (snake_case). RFC 4180: CRLF line ends, quotes
 * doubled; cells a spreadsheet would run as a formula are neutralised (see sanitize.csvCell).
 * Several listings of one entity share a cell, joined by " | " in the same order in each column.
 * `source` is the file's display name (sources.ts: never a local path; stdin is "stdin").
 * `record` says what a row is: "finding" (direct, or with --look-through an indirect one,
 * `indirect` true), "not-looked-through" (with --look-through: a holder position no holdings file
 * joins, a cycle or a path cut at the depth limit, with its `reason`), or in a history run "timeline": one row per timeline point, after the
 * findings, the fund (or family) and entity, the date, shares and value held, through funds apart.
 */
import type { ScreenResult } from '../screen/result.js';
import { HOLDING_ID_FIELDS, csvColumn } from '../reference/identifiers.js';
import { toFindingJson, type FindingJson } from './finding-json.js';
import { csvCell } from './sanitize.js';
import { allSources } from './model.js';
import { sourceNames } from './sources.js';
import { toIndirectJson, toTimelineJson } from './look-through-json.js';

type Cell = string | number | boolean | null;

const COLUMNS: [string, (f: FindingJson) => Cell][] = [
  ['source', (f) => f.source],
  ['line', (f) => f.line],
  ['fund', (f) => f.fund],
  ['family', (f) => f.family ?? null],
  ['issuer', (f) => f.issuer],
  ...HOLDING_ID_FIELDS.map((k): [string, (f: FindingJson) => Cell] => [csvColumn(k), (f) => f[k]]),
  ['shares', (f) => f.shares],
  ['market_value', (f) => f.marketValue],
  ['weight_pct', (f) => f.weightPct],
  ['weight_bound', (f) => f.weightBound ?? null],
  ['currency', (f) => f.currency],
  ['trading_currency', (f) => f.tradingCurrency ?? null],
  ['entity_id', (f) => f.entity.id],
  ['entity_name', (f) => f.entity.name],
  ['lists', (f) => joined(f.entity.listings.map((l) => (l.program ? `${l.list} (${l.program})` : l.list)))],
  ['listing_dates', (f) => joined(f.entity.listings.map((l) => l.date))],
  ['listing_urls', (f) => joined(f.entity.listings.map((l) => l.url))],
  ['listing_citations', (f) => joined(f.entity.listings.map((l) => l.citation))],
  ['tier', (f) => f.tier],
  ['relation', (f) => f.relation],
  ['method', (f) => f.match.method],
  ['score', (f) => f.match.score],
  ['alias', (f) => f.match.alias],
  ['explanation', (f) => f.match.explanation],
  ['suppressed', (f) => f.suppressed],
  ['suppression_reason', (f) => f.suppression?.reason ?? null],
  ['baseline', (f) => f.baseline ?? null],
  ['listing_note', (f) => (f.listedAfterFileDate ? `listed ${f.listedAfterFileDate.listed}, after this file's date ${f.listedAfterFileDate.fileDate}` : null)],
  ['as_of', (f) => f.asOf],
  ['listing_timing', (f) => joined(f.listingTiming.map((t) => t.text))],
  ['record', () => 'finding'],
];

export const CSV_COLUMNS: readonly string[] = COLUMNS.map(([name]) => name);

function joined(values: string[]): string {
  return values.join(' | ');
}

type IndirectJson = ReturnType<typeof toIndirectJson>;

/** Appended only in --look-through runs, so a plain run's CSV keeps its columns byte for byte.
 *  An indirect row's position columns describe the flagged holding in its own fund's file. */
const LOOK_THROUGH_COLUMNS: [string, (f: IndirectJson | null) => Cell][] = [
  ['indirect', (f) => f !== null],
  ['holder', (f) => (f ? (f.holder.fund ?? f.holder.source) : null)],
  ['path', (f) => (f ? f.path.map((s) => (s.held.named && s.held.fund ? s.held.fund : s.issuer)).join(' → ') : null)],
  ['fund_weight_pct', (f) => f?.fundWeightPct ?? null],
  ['path_weight_pct', (f) => f?.pathWeightPct ?? null],
  ['exposure', (f) => f?.exposure?.amount ?? null],
  ['exposure_currency', (f) => f?.exposure?.currency ?? null],
  ['look_through_shares', (f) => f?.lookThroughShares ?? null],
  // Only on a not-looked-through row: why the position was not looked through.
  ['reason', () => null],
];

type TimelineJson = ReturnType<typeof toTimelineJson>;
type TimelinePointJson = TimelineJson['points'][number];

/** Appended only when the run has a history (a fund screened at two dates or more). */
const HISTORY_COLUMNS = ['timeline', 'timeline_funds', 'positions', 'indirect_paths'] as const;

/** Amounts of one point: a number when in one currency, else each amount and its currency joined
 *  by " | " in the same order (never added across currencies); empty when nothing is held. */
function amountCells(ms: readonly { amount: number; currency: string | null }[]): [Cell, Cell] {
  if (ms.length === 1) return [ms[0]!.amount, ms[0]!.currency];
  return ms.length === 0 ? [null, null] : [joined(ms.map((m) => String(m.amount))), joined(ms.map((m) => m.currency ?? ''))];
}

/** A timeline point as a CSV row: the columns a finding row shares with it (fund, family, entity,
 *  shares, market_value, currency, as_of, listing_timing; through funds: look_through_shares,
 *  exposure, exposure_currency), then the history columns; every other cell empty. */
function timelineCells(t: TimelineJson, p: TimelinePointJson, scope: 'fund' | 'family'): Record<string, Cell> {
  const [value, currency] = amountCells(p.amounts);
  const [through, throughCurrency] = amountCells(p.indirectAmounts);
  return {
    fund: 'fund' in t ? (t.fund ?? null) : null,
    family: t.family,
    entity_id: t.entity.id,
    entity_name: t.entity.name,
    shares: p.shares,
    market_value: value,
    currency,
    as_of: p.asOf,
    listing_timing: joined(p.timing.map((x) => x.text)),
    record: 'timeline',
    look_through_shares: p.indirectPaths > 0 ? p.indirectShares : null,
    exposure: through,
    exposure_currency: throughCurrency,
    timeline: scope,
    timeline_funds: scope === 'family' && 'funds' in t ? (t.funds ?? null) : 1,
    positions: p.positions,
    indirect_paths: p.indirectPaths,
  };
}

export function renderCsv(result: ScreenResult): string {
  const names = sourceNames(allSources(result));
  const lt = result.lookThrough;
  const history = result.history;
  const header = [...CSV_COLUMNS, ...(lt ? LOOK_THROUGH_COLUMNS.map(([name]) => name) : []), ...(history ? HISTORY_COLUMNS : [])];
  const pad = history ? HISTORY_COLUMNS.map(() => '') : [];
  const rows = [header.map(csvCell).join(',')];
  for (const f of result.findings) {
    const json = { ...toFindingJson(f), source: names.get(f.position.source) ?? f.position.source };
    const cells = COLUMNS.map(([, get]) => csvCell(get(json)));
    if (lt) cells.push(...LOOK_THROUGH_COLUMNS.map(([, get]) => csvCell(get(null))));
    rows.push([...cells, ...pad].join(','));
  }
  for (const f of lt?.findings ?? []) {
    const json = { ...toIndirectJson(f), source: names.get(f.finding.position.source) ?? f.finding.position.source };
    rows.push([...COLUMNS.map(([, get]) => csvCell(get(json))), ...LOOK_THROUGH_COLUMNS.map(([, get]) => csvCell(get(json))), ...pad].join(','));
  }
  // Holder positions not looked through: the position (source, line, issuer, value) and the reason.
  for (const n of lt?.notLookedThrough ?? []) {
    const source = names.get(n.holder.source) ?? n.holder.source;
    const cells: Record<string, Cell> = {
      source, line: n.line, fund: n.holder.fund, issuer: n.issuer,
      market_value: n.value?.amount ?? null, currency: n.value?.currency ?? null,
      record: 'not-looked-through', holder: n.holder.fund ?? source, reason: n.reason,
    };
    rows.push(header.map((name) => csvCell(cells[name] ?? null)).join(','));
  }
  if (history) {
    const timelines = [...history.funds.map((t) => ['fund', t] as const), ...history.families.map((t) => ['family', t] as const)];
    for (const [scope, t] of timelines) {
      const json = toTimelineJson(t);
      for (const p of json.points) {
        const cells = timelineCells(json, p, scope);
        rows.push(header.map((name) => csvCell(cells[name] ?? null)).join(','));
      }
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}
