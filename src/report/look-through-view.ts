/**
 * The look-through sections of the human reports (table, markdown, html) as plain-text tables:
 * one wording and one order for all three; each renderer escapes for its medium. Direct and
 * indirect exposure are always separate columns, never summed into one figure.
 */
import type { IndirectFinding, LookThrough } from '../screen/result.js';
import type { Money } from '../reference/money.js';
import { pctLabel } from './evidence.js';
import { formatMoney, formatMoneys, formatNumber, formatShares } from './numbers.js';
import { listingTiming } from '../screen/listing-dates.js';
import type { Listing } from '../lists/schema.js';

/** A finding's date against one listing in a report's own markup ("held 3 years after"); '' without a date. */
export function timingNote(asOf: string | null | undefined, listing: Pick<Listing, 'list' | 'program' | 'date'>, wrap: (short: string) => string): string {
  const t = asOf ? listingTiming(asOf, listing) : null;
  return t ? wrap(t.short) : '';
}

export interface TextTable {
  id: string;
  title: string;
  note: string;
  header: string[];
  rows: string[][];
  numeric: boolean[];
  /** Row i is an indirect finding that is suppressed (dimmed where a medium can). */
  suppressed?: boolean[];
}

const moneys = (ms: readonly Money[]) => (ms.length === 0 ? '-' : formatMoneys(ms));
const shares = (n: number | null) => (n === null ? '-' : formatShares(n));
const count = (n: number) => formatNumber(n, 0);

/** How a report names a fund: its own name, else its source's display name (ReportModel.fund). */
export type FundNamer = (f: { fund: string | null; source: string }) => string;

/** "portfolio.csv → iShares MSCI Emerging Markets ETF → HOSHINE SILICON INDUSTRY LTD A". */
export function pathLabel(f: IndirectFinding, fundLabel: FundNamer): string {
  // A fund file without a name of its own is called what its holder's file calls it.
  const steps = [fundLabel(f.holder), ...f.path.map((s) => (s.held.named && s.held.fund ? s.held.fund : s.issuer))];
  return `${steps.join(' → ')} → ${f.finding.position.issuer}`;
}

export function lookThroughTables(l: LookThrough, showSuppressed: boolean, fundLabel: FundNamer): TextTable[] {
  const out: TextTable[] = [];
  out.push({
    id: 'look-through-holders',
    title: 'Look-through: direct and indirect exposure',
    note: `Direct: flagged positions held by the fund itself. Indirect: flagged holdings of the funds it holds (position value x each fund's weight along the path, up to ${l.maxDepth} funds deep), summed over paths. The two are never added together.`,
    header: ['Holder', 'As of', 'Direct positions', 'Direct value', 'Indirect paths', 'Indirect value'],
    rows: l.holders.map((h) => [fundLabel(h), h.asOf ?? '-', count(h.directPositions), moneys(h.direct), count(h.indirectPaths), moneys(h.indirect)]),
    numeric: [false, false, true, true, true, true],
  });
  if (l.entities.length > 0) {
    out.push({
      id: 'look-through-entities',
      title: 'Look-through per listed entity',
      note: 'Indirect shares: the flagged holding\'s shares x the part of its fund the path owns.',
      header: ['Entity', 'Direct value', 'Direct shares', 'Indirect value', 'Indirect shares'],
      rows: l.entities.map((e) => [e.name, moneys(e.direct), shares(e.directShares), moneys(e.indirect), shares(e.indirectShares)]),
      numeric: [false, true, true, true, true],
    });
  }
  if (l.families.length > 0) {
    out.push({
      id: 'look-through-families',
      title: 'Look-through per fund family',
      note: 'A family\'s indirect exposure through funds of the same family is also in those funds\' direct exposure.',
      header: ['Family', 'Funds', 'Direct value', 'Indirect value'],
      rows: l.families.map((f) => [f.family, count(f.funds), moneys(f.direct), moneys(f.indirect)]),
      numeric: [false, true, true, true],
    });
  }
  const listed = l.findings.filter((f) => showSuppressed || !f.suppressed);
  if (listed.length > 0) {
    out.push({
      id: 'look-through-findings',
      title: 'Indirect findings',
      note: 'One row per path and flagged holding; line is the holding\'s line in its fund\'s file.',
      header: ['Path', 'Line', 'Entity', 'Tier', 'Fund weight', 'Path weight', 'Exposure', 'Shares'],
      rows: listed.map((f) => [
        pathLabel(f, fundLabel),
        String(f.finding.position.line),
        f.finding.match.entity.name,
        // With --baseline the status rides on the tier: 'confirmed, new'.
        `${f.finding.match.tier}${f.suppressed ? ' (suppressed)' : ''}${f.finding.baseline ? `, ${f.finding.baseline}` : ''}`,
        pctLabel(f.fundWeightPct),
        pctLabel(f.pathWeightPct),
        f.exposure ? formatMoney(f.exposure) : '-',
        shares(f.shares),
      ]),
      numeric: [false, true, false, false, true, true, true, true],
      suppressed: listed.map((f) => f.suppressed),
    });
  }
  if (l.notLookedThrough.length > 0) {
    out.push({
      id: 'not-looked-through',
      title: 'Not looked through',
      note: 'Positions whose holdings were not screened; none of them is counted above.',
      header: ['Holder', 'Line', 'Position', 'Value', 'Reason'],
      rows: l.notLookedThrough.map((n) => [
        fundLabel(n.holder),
        String(n.line),
        n.issuer,
        n.value === null ? '-' : formatMoney(n.value),
        n.reason,
      ]),
      numeric: [false, true, false, true, false],
    });
  }
  if (l.funds.length > 0) {
    out.push({
      id: 'look-through-funds',
      title: 'Funds read for look-through',
      note: '',
      header: ['Fund', 'As of', 'Format', 'Rows read', 'Screened', 'Excluded', 'Skipped', 'Findings'],
      rows: l.funds.map((f) => [fundLabel(f), f.asOf ?? '-', f.format, count(f.rows.read), count(f.rows.screened), count(f.rows.excluded), count(f.rows.skipped), count(f.findings)]),
      numeric: [false, false, false, true, true, true, true, true],
    });
  }
  return out;
}
