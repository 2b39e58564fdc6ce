/**
 * The default terminal report: per fund a header (as-of, rows, flagged positions, value and % of
 * fund), then its findings grouped by listed entity with tier, relation and the official lists,
 * then run totals and the lists used. Fits `width` columns (80 by default): the issuer column
 * wraps rather than truncates, and optional columns (ticker, shares, match, exchange) appear only
 * when there is room. Every input-derived string passes through `terminalText`.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { MIN_TIER_NOTE, type Finding, type ScreenResult } from '../screen/result.js';
import type { FundExposure } from '../screen/exposure.js';
import { compareName, compareText } from '../text-order.js';
import { INSPECT_HINT, NO_LISTING, expiryLabel, methodLabel, pctLabel, valueLabel, weightLabel, listedAfterNote, listingShort, coverageLineShort, selectionText } from './evidence.js';
import { buildReport, tierLine, type ReportModel } from './model.js';
import { formatMoneys, formatNumber, formatShares } from './numbers.js';
import type { RenderOptions } from './options.js';
import { lookThroughTables, type TextTable } from './look-through-view.js';
import { historyTables } from './history-view.js';
import { listingTimings } from '../screen/listing-dates.js';
import { terminalText } from './sanitize.js';
import { displayWidth, padEnd, padStart, wrap } from './text-width.js';
import { pushTo } from '../group-by.js';

const INDENT = 4;
const GAP = 2;
const MIN_ISSUER = 12;
/** Clean funds listed one per line up to this many; beyond it they are only counted. */
const MAX_CLEAN_LISTED = 10;
const SKIPPED_SHOWN = 3;

const t = (s: string): string => terminalText(s).trim();

interface Column {
  header: string;
  cells: string[];
  align: 'left' | 'right';
  optional: boolean;
  flex?: boolean;
}

function natural(c: Column): number {
  return Math.max(displayWidth(c.header), ...c.cells.map(displayWidth));
}

interface Grid {
  header: string;
  /** Rendered lines of each row (the flex column wraps onto continuation lines). */
  rows: string[][];
}

/**
 * Lays columns out in `width`: required columns always (the flex column shrinks, down to
 * MIN_ISSUER, and wraps), optional ones in order while they fit.
 */
function layoutGrid(columns: Column[], width: number, style: (col: Column, text: string, row: number) => string): Grid {
  const avail = width - INDENT;
  const widths = new Map<Column, number>();
  const used = (): number => [...widths.values()].reduce((a, b) => a + b, 0) + GAP * (widths.size - 1);
  for (const c of columns) if (!c.optional) widths.set(c, natural(c));
  const flex = columns.find((c) => c.flex)!;
  if (used() > avail) widths.set(flex, Math.max(MIN_ISSUER, natural(flex) - (used() - avail)));
  for (const c of columns) {
    if (!c.optional) continue;
    widths.set(c, natural(c));
    if (used() > avail) widths.delete(c);
  }
  const shown = columns.filter((c) => widths.has(c));
  const render = (texts: (c: Column) => string, row: number): string[] => {
    const cellLines = shown.map((c) => (c.flex ? wrap(texts(c), widths.get(c)!) : [texts(c)]));
    const height = Math.max(...cellLines.map((l) => l.length));
    const out: string[] = [];
    for (let i = 0; i < height; i++) {
      const parts = shown.map((c, j) => {
        const text = cellLines[j][i] ?? '';
        const padded = c.align === 'right' ? padStart(text, widths.get(c)!) : padEnd(text, widths.get(c)!);
        return text ? style(c, padded, row) : padded;
      });
      out.push((' '.repeat(INDENT) + parts.join(' '.repeat(GAP))).trimEnd());
    }
    return out;
  };
  const header = render((c) => c.header, -1)[0];
  return { header, rows: columns[0].cells.map((_, r) => render((c) => c.cells[r], r)) };
}

/** The one currency of a fund's flagged values, for the value column header (undefined: several). */
function soleCurrency(findings: readonly Finding[]): string | null | undefined {
  const set = new Set(findings.flatMap((f) => (f.position.value ? [f.position.value.currency] : [])));
  return set.size === 1 ? [...set][0] : undefined;
}

function findingsGrid(findings: Finding[], width: number, c: ChalkInstance): Grid {
  const currency = soleCurrency(findings);
  const hasBaseline = findings.some((f) => f.baseline !== undefined);
  const status = (f: Finding): string => (f.suppressed ? 'ignored' : f.baseline === 'new' ? 'NEW' : '');
  const any = (pick: (f: Finding) => unknown): boolean => findings.some((f) => pick(f) !== null && pick(f) !== undefined);
  const p = (f: Finding) => f.position;
  const cols: Column[] = [
    { header: 'tier', cells: findings.map((f) => f.match.tier), align: 'left', optional: false },
    { header: 'line', cells: findings.map((f) => String(p(f).line)), align: 'right', optional: false },
    { header: 'issuer', cells: findings.map((f) => t(p(f).issuer)), align: 'left', optional: false, flex: true },
  ];
  if (any((f) => p(f).value)) {
    cols.push({
      header: currency ? `value ${t(currency)}` : 'value',
      cells: findings.map((f) => {
        const v = p(f).value;
        if (v === null) return '-';
        return currency !== undefined ? formatNumber(v.amount) : t(valueLabel(p(f)));
      }),
      align: 'right',
      optional: false,
    });
  }
  if (any((f) => p(f).weightPct ?? p(f).weightBound)) {
    cols.push({ header: 'weight', cells: findings.map((f) => weightLabel(p(f))), align: 'right', optional: false });
  }
  if (hasBaseline || findings.some((f) => f.suppressed)) {
    cols.push({ header: 'status', cells: findings.map(status), align: 'left', optional: false });
  }
  if (any((f) => p(f).ids.ticker)) {
    cols.push({ header: 'ticker', cells: findings.map((f) => t(p(f).ids.ticker ?? '-')), align: 'left', optional: true });
  }
  if (any((f) => p(f).shares)) {
    cols.push({ header: 'shares', cells: findings.map((f) => (p(f).shares === null ? '-' : formatShares(p(f).shares!))), align: 'right', optional: true });
  }
  cols.push({ header: 'match', cells: findings.map(methodLabel), align: 'left', optional: true });
  if (any((f) => p(f).ids.exchange)) {
    cols.push({ header: 'exchange', cells: findings.map((f) => t(p(f).ids.exchange ?? '-')), align: 'left', optional: true });
  }
  const tierColor = { confirmed: c.red.bold, probable: c.yellow, review: c.cyan };
  return layoutGrid(cols, width, (col, text, row) => {
    if (row < 0) return c.dim(text);
    const f = findings[row];
    if (col.header === 'tier') return f.suppressed ? c.dim(text) : tierColor[f.match.tier](text);
    if (col.header === 'status' && f.baseline === 'new' && !f.suppressed) return c.bold(text);
    return f.suppressed ? c.dim(text) : text;
  });
}

/** Findings of one fund grouped by (entity, relation), groups in entity-name order; with a --sort
 *  other than source, in the order of their first finding (the findings come in that order). */
function entityGroups(findings: Finding[], sorted: boolean): Finding[][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const k = `${f.match.entity.id}\u0000${f.match.relation}`;
    pushTo(groups, k, f);
  }
  if (sorted) return [...groups.values()];
  return [...groups.values()].sort(
    (a, b) =>
      compareName(a[0].match.entity.name, b[0].match.entity.name) ||
      compareText(a[0].match.entity.id, b[0].match.entity.id) ||
      compareText(a[0].match.relation, b[0].match.relation),
  );
}

function wrapped(text: string, width: number, indent: number): string[] {
  return wrap(text, width - indent).map((l) => ' '.repeat(indent) + l);
}

function fundHeader(m: ReportModel, f: FundExposure, width: number, c: ChalkInstance): string[] {
  const lines = wrapped(t(m.fund(f)), width, 0).map((l) => c.bold(l));
  const where = [f.asOf ? `as of ${f.asOf}` : 'as-of date not stated', f.format, t(m.source(f.source))].join(' · ');
  lines.push(...wrapped(where, width, 2).map((l) => c.dim(l)));
  const r = f.rows;
  lines.push(...wrapped(`rows: ${formatNumber(r.read, 0)} read · ${formatNumber(r.screened, 0)} screened · ${formatNumber(r.excluded, 0)} excluded · ${formatNumber(r.skipped, 0)} skipped`, width, 2));
  const flagged = [`flagged: ${plural(f.positions, 'position')}`];
  if (f.amounts.length > 0) flagged.push(t(formatMoneys(f.amounts)));
  if (f.pctOfFund !== null) flagged.push(`${pctLabel(f.pctOfFund)} of fund`);
  if (f.suppressed > 0) flagged.push(`${f.suppressed} suppressed`);
  if (f.newFindings > 0) flagged.push(`${f.newFindings} new`);
  lines.push(...wrapped(flagged.join(' · '), width, 2).map((l) => (f.positions > 0 ? c.bold(l) : l)));
  return lines;
}

/** One blank line between sections, never two. */
function blank(lines: string[]): void {
  if (lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
}

function plural(n: number, word: string, many = `${word}s`): string {
  return `${formatNumber(n, 0)} ${n === 1 ? word : many}`;
}

function skippedSection(m: ReportModel, width: number, c: ChalkInstance): string[] {
  const result = m.result;
  const bySource = new Map<string, typeof result.skipped>();
  for (const s of result.skipped) pushTo(bySource, s.source, s);
  const lines: string[] = [];
  for (const [source, rows] of bySource) {
    blank(lines);
    lines.push(...wrapped(`${plural(rows.length, 'row')} skipped in ${t(m.source(source))}${rows.length > SKIPPED_SHOWN ? ` (first ${SKIPPED_SHOWN})` : ''}:`, width, 0).map((l) => c.yellow(l)));
    for (const s of [...rows].sort((a, b) => a.line - b.line).slice(0, SKIPPED_SHOWN)) {
      lines.push(...wrapped(`line ${s.line}: ${t(s.reason)}`, width, 2));
    }
  }
  if (lines.length > 0) lines.push(...wrapped(`(${INSPECT_HINT})`, width, 0).map((l) => c.dim(l)));
  return lines;
}

/** A look-through table as lines: the first cell, then "header value" pairs, wrapped. */
function textTableLines(tbl: TextTable, width: number, c: ChalkInstance): string[] {
  const lines = [c.bold(t(tbl.title))];
  if (tbl.note) lines.push(...wrapped(t(tbl.note), width, 0).map((l) => c.dim(l)));
  for (const [i, row] of tbl.rows.entries()) {
    const pairs = row.slice(1).map((v, j) => `${tbl.header[j + 1].toLowerCase()} ${v}`);
    const text = wrapped(t(`${row[0]}: ${pairs.join(' · ')}`), width, 2);
    lines.push(...(tbl.suppressed?.[i] ? text.map((l) => c.dim(l)) : text));
  }
  return lines;
}

export function renderTable(result: ScreenResult, opts: RenderOptions): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const width = Math.max(40, opts.width);
  const m = buildReport(result, opts);
  const summary = m.summary;
  const order = new Map(m.listed.map((f, i) => [f, i]));
  const sorted = opts.sort !== undefined && opts.sort !== 'source';
  const out: string[] = [];

  // With --sort, funds come in the order of their first finding, and findings in that order.
  const first = (fund: FundExposure) => Math.min(...fund.all.map((f) => order.get(f) ?? Infinity));
  const funds = sorted ? [...summary.funds].sort((a, b) => (first(a) === first(b) ? 0 : first(a) - first(b))) : summary.funds;
  const clean: FundExposure[] = [];
  for (const fund of funds) {
    const mine = fund.all.filter((f) => order.has(f));
    if (sorted) mine.sort((a, b) => order.get(a)! - order.get(b)!);
    if (mine.length === 0 && fund.suppressed === 0) {
      clean.push(fund);
      continue;
    }
    out.push(...fundHeader(m, fund, width, c));
    const grid = findingsGrid(mine, width, c);
    const rowOf = new Map(mine.map((f, i) => [f, grid.rows[i]]));
    out.push('', grid.header);
    for (const [i, group] of entityGroups(mine, sorted).entries()) {
      if (i > 0) out.push('');
      const e = group[0].match.entity;
      const relation = group[0].match.relation === 'direct' ? '' : ` (issuer is its ${group[0].match.relation})`;
      out.push(...wrapped(`${t(e.name)}${relation}`, width, 2).map((l) => c.bold(l)));
      // With the holding's date against each listing ("held 3 years after"), when the file has one.
      const timing = listingTimings(group[0].position.asOf, e.listings);
      const listed = e.listings.map((l, k) => t(`${listingShort(l)}${timing.length === e.listings.length ? ` (${timing[k].short})` : ''}`));
      // (A list of names only, a user's CSV, states no listing: said, not a blank line.)
      const listedLine = listed.length > 0 ? listed.join('; ') : NO_LISTING;
      out.push(...wrapped(listedLine, width, 2).map((l) => c.dim(l)));
      for (const f of group) {
        out.push(...rowOf.get(f)!);
        if (f.suppressed) out.push(...wrapped(`ignored (${expiryLabel(f.suppressed.expires)}): ${t(f.suppressed.reason)}`, width, INDENT + 2).map((l) => c.dim(l)));
        const late = listedAfterNote(f);
        if (late) out.push(...wrapped(`note: ${t(late)}`, width, INDENT + 2).map((l) => c.yellow(l)));
      }
    }
    out.push('');
  }

  if (summary.totals.rows.screened === 0) {
    // Nothing was screened: "no findings" would read as a clean result, which it is not.
    out.push(c.bold('Nothing screened: no holdings row could be read.'));
  } else if (summary.totals.positions === 0 && summary.totals.suppressed === 0) {
    // With --min-tier, matches below it were left out: "none matched" would be false.
    const filtered = result.warnings.find((w) => w.startsWith(MIN_TIER_NOTE));
    out.push(filtered
      ? `No findings at or above ${filtered.slice(MIN_TIER_NOTE.length).split(':')[0]}: ${formatNumber(summary.totals.rows.screened, 0)} rows screened in ${plural(summary.funds.length, 'fund')}; ${filtered.slice(filtered.indexOf(':') + 2)}.`
      : `No findings: ${formatNumber(summary.totals.rows.screened, 0)} rows screened in ${plural(summary.funds.length, 'fund')}, none matched a listed company.`);
  } else if (clean.length > 0) {
    out.push(`No findings in ${plural(clean.length, 'other fund')}${clean.length > MAX_CLEAN_LISTED ? '' : ':'}`);
  }
  if (clean.length > 0 && clean.length <= MAX_CLEAN_LISTED && !(summary.totals.positions === 0 && clean.length === 1 && summary.totals.suppressed === 0)) {
    for (const f of clean) out.push(...wrapped(`${t(m.fund(f))} (${plural(f.rows.screened, 'row')} screened)`, width, 2));
  }

  if (summary.families.length > 0) {
    blank(out);
    out.push(c.bold('By fund family'));
    for (const fam of summary.families) {
      const parts = [`${plural(fam.fundsFlagged, 'fund')} of ${formatNumber(fam.funds, 0)} flagged`, plural(fam.positions, 'position')];
      if (fam.amounts.length > 0) parts.push(t(formatMoneys(fam.amounts)));
      if (fam.pctOfAssets !== null) parts.push(`${pctLabel(fam.pctOfAssets)} of assets`);
      out.push(...wrapped(`${t(fam.family)}: ${parts.join(' · ')}`, width, 2));
    }
  }

  if (result.lookThrough || result.history) {
    const tables = [...(result.lookThrough ? lookThroughTables(result.lookThrough, opts.showSuppressed, m.fund) : []), ...(result.history ? historyTables(result.history) : [])];
    for (const tbl of tables) {
      blank(out);
      out.push(...textTableLines(tbl, width, c));
    }
  }

  const resolved = result.resolved ?? [];
  if (resolved.length > 0) {
    blank(out);
    out.push(c.bold(`Resolved since the baseline: ${plural(resolved.length, 'finding')}`));
    for (const r of resolved) out.push(...wrapped(`${t(m.fund(r))}: ${t(r.issuer)} (${t(r.entityId)})`, width, 2));
  }
  const carried = result.carriedOver ?? [];
  if (carried.length > 0) {
    blank(out);
    out.push(c.bold(`Not screened in this run, carried over from the baseline: ${plural(carried.length, 'finding')}`));
    for (const r of carried) out.push(...wrapped(`${t(m.fund(r))}: ${t(r.issuer)} (${t(r.entityId)})`, width, 2));
  }

  if (m.errors.length > 0) {
    blank(out);
    // (The run's own reason for exit 3 comes alone: verdict.ts gives one only when every input was read.)
    const heading = m.errors.every((e) => e.run) ? 'The run fails (exit 3):' : `${plural(m.errors.length, 'input')} could not be read:`;
    out.push(...wrapped(heading, width, 0).map((l) => c.red(l)));
    for (const e of m.errors) out.push(...wrapped(`${t(e.source)}${e.line !== null ? `:${e.line}` : ''}: ${t(e.reason)}`, width, 2));
  }

  const skipped = skippedSection(m, width, c);
  if (skipped.length > 0) {
    blank(out);
    out.push(...skipped);
  }

  const tot = summary.totals;
  const totals = [
    `Total: ${plural(tot.funds, 'fund')}`,
    `${formatNumber(tot.rows.screened, 0)} rows screened`,
    `${plural(tot.positions, 'flagged position')} in ${plural(tot.fundsFlagged, 'fund')}`,
  ];
  if (tot.amounts.length > 0) totals.push(t(formatMoneys(tot.amounts)));
  if (tot.newFindings > 0) totals.push(`${tot.newFindings} new`);
  if (tot.suppressed > 0) totals.push(`${tot.suppressed} suppressed${opts.showSuppressed ? '' : ' (--show-suppressed lists them)'}`);
  blank(out);
  out.push(...wrapped(totals.join(' · '), width, 0).map((l) => c.bold(l)));
  for (const l of result.lists) {
    out.push(...wrapped(`List ${t(l.id)} ${t(l.version)} (${plural(l.entities, 'entity', 'entities')}) sha256 ${t(l.sha256)}`, width, 0).map((x) => c.dim(x)));
    const only = selectionText(l);
    if (only) out.push(...wrapped(t(only), width, 2).map((x) => c.dim(x)));
    for (const cov of l.coverage ?? []) out.push(...wrapped(t(coverageLineShort(cov)), width, 2).map((x) => (cov.stale ? c.yellow(x) : c.dim(x))));
    if (l.coverage?.some((cov) => cov.missing)) out.push(...wrapped('known gaps of each list: `fundscreen lists show` (and the json, markdown and html reports)', width, 2).map((x) => c.dim(x)));
  }
  out.push(c.dim(`${t(result.tool.name)} ${t(result.tool.version)} · ${t(result.generatedAt)}`));
  // The last line, for a log or a CI summary: findings by tier.
  out.push(c.bold(tierLine(m.tiers)));
  return `${out.join('\n')}\n`;
}
