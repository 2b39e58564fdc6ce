/**
 * Markdown, ready to paste into an issue or a report: run facts, a summary table per fund,
 * exposure by fund family and by listed entity, the findings with links to each official source,
 * then resolved findings (baseline), skipped rows and warnings. Every cell goes through
 * `markdownCell` (pipes, backticks and markup escaped); links only to https URLs.
 */
import type { Listing } from '../lists/schema.js';
import type { ScreenResult } from '../screen/result.js';
import type { Money } from '../reference/money.js';
import { INSPECT_HINT, NO_LISTING, expiryLabel, listingLabel, methodLabel, pctLabel, valueLabel, weightLabel, listedAfterNote, coverageText, selectionText } from './evidence.js';
import { buildReport } from './model.js';
import { formatMoney, formatMoneys, formatNumber, formatShares } from './numbers.js';
import type { RenderOptions } from './options.js';
import { lookThroughTables } from './look-through-view.js';
import { historyTables } from './history-view.js';
import { timingNote } from './look-through-view.js';
import { markdownCell as cell, markdownUrl } from './sanitize.js';

const CLEAN_FUNDS_LISTED = 50;
const SKIPPED_LISTED = 200;

function table(header: string[], rows: string[][], align: ('l' | 'r')[]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `| ${align.map((a) => (a === 'r' ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

function link(l: Listing): string {
  const url = markdownUrl(l.url);
  const label = cell(listingLabel(l));
  return url ? `[${label}](${url})` : label;
}

function money(ms: readonly Money[]): string {
  return cell(formatMoneys(ms));
}

function n(x: number): string {
  return formatNumber(x, 0);
}

export function renderMarkdown(result: ScreenResult, opts: RenderOptions): string {
  const m = buildReport(result, opts);
  const s = m.summary;
  const fundLabel = m.fund;
  const out: string[] = ['# fundscreen report', ''];
  out.push(`Generated ${cell(result.generatedAt)} by ${cell(result.tool.name)} ${cell(result.tool.version)}.`, '');
  out.push(
    ...table(
      ['List', 'Version', 'Entities', 'SHA-256'],
      result.lists.map((l) => [cell(l.id), cell(l.version), n(l.entities), `\`${l.sha256.replace(/[^0-9a-f]/gi, '')}\``]),
      ['l', 'l', 'r', 'l'],
    ),
    '',
  );
  if (m.inputs.some((i) => i.sha256 !== null)) {
    out.push(...table(['Input', 'Format', 'SHA-256'], m.inputs.map((i) => [cell(i.name), cell(i.format), i.sha256 ? `\`${i.sha256}\`` : '-']), ['l', 'l', 'l']), '');
  }
  for (const l of result.lists) {
    const only = selectionText(l);
    if (only) out.push(`${cell(l.id)}: ${cell(only)}.`, '');
    if (l.coverage?.length) out.push(`Coverage of ${cell(l.id)}:`, '', ...l.coverage.map((c) => `- ${c.stale ? '**' : ''}${cell(coverageText(c))}${c.stale ? '**' : ''}`), '');
  }

  const tot = s.totals;
  out.push('## Summary', '');
  const totalsLine = [
    `**${n(tot.positions)}** flagged position${tot.positions === 1 ? '' : 's'} in **${n(tot.fundsFlagged)}** of ${n(tot.funds)} fund${tot.funds === 1 ? '' : 's'}`,
    `${n(tot.rows.screened)} rows screened`,
  ];
  if (tot.amounts.length > 0) totalsLine.push(`flagged value ${money(tot.amounts)}`);
  if (tot.newFindings > 0) totalsLine.push(`${n(tot.newFindings)} new since the baseline`);
  if (tot.suppressed > 0) totalsLine.push(`${n(tot.suppressed)} suppressed${opts.showSuppressed ? '' : ' (not listed)'}`);
  out.push(`${totalsLine.join(' · ')}.`, '');

  const flagged = s.funds.filter((f) => f.positions > 0 || f.suppressed > 0);
  const clean = s.funds.filter((f) => f.positions === 0 && f.suppressed === 0);
  const fundRows = (fs: typeof s.funds) =>
    fs.map((f) => [
      cell(fundLabel(f)),
      cell(f.asOf ?? '-'),
      n(f.rows.screened),
      n(f.positions),
      money(f.amounts),
      cell(pctLabel(f.pctOfFund)),
      n(f.suppressed),
    ]);
  const fundHeader = ['Fund', 'As of', 'Rows screened', 'Flagged positions', 'Flagged value', '% of fund', 'Suppressed'];
  const fundAlign: ('l' | 'r')[] = ['l', 'l', 'r', 'r', 'r', 'r', 'r'];
  if (flagged.length > 0) out.push(...table(fundHeader, fundRows(flagged), fundAlign), '');
  if (clean.length > 0 && clean.length <= CLEAN_FUNDS_LISTED) {
    out.push(flagged.length > 0 ? 'Funds with no findings:' : 'No findings.', '');
    out.push(...table(['Fund', 'As of', 'Rows screened'], clean.map((f) => [cell(fundLabel(f)), cell(f.asOf ?? '-'), n(f.rows.screened)]), ['l', 'l', 'r']), '');
  } else if (clean.length > 0) {
    out.push(`${n(clean.length)} funds with no findings (${n(clean.reduce((a, f) => a + f.rows.screened, 0))} rows screened).`, '');
  }

  if (s.families.length > 0) {
    out.push('## By fund family', '');
    out.push(
      ...table(
        ['Family', 'Funds', 'Funds flagged', 'Flagged positions', 'Flagged value', '% of assets'],
        s.families.map((f) => [cell(f.family), n(f.funds), n(f.fundsFlagged), n(f.positions), money(f.amounts), cell(pctLabel(f.pctOfAssets))]),
        ['l', 'r', 'r', 'r', 'r', 'r'],
      ),
      '',
    );
  }

  if (s.entities.length > 0) {
    out.push('## By listed entity', '');
    for (const e of s.entities) {
      out.push(`### ${cell(e.name)}`, '', `Listed: ${e.listings.length > 0 ? e.listings.map(link).join('; ') : NO_LISTING}.`, '');
      out.push(
        ...table(
          ['Fund', 'Positions', 'Shares', 'Value', 'Weight'],
          e.holders.map((h) => [cell(fundLabel(h)), n(h.positions), h.shares === null ? '-' : formatShares(h.shares), money(h.amounts), cell(pctLabel(h.weightPct))]),
          ['l', 'r', 'r', 'r', 'r'],
        ),
        '',
      );
    }
  }

  const listed = m.listed;
  if (listed.length > 0) {
    const hasBaseline = listed.some((f) => f.baseline !== undefined);
    const showSuppression = listed.some((f) => f.suppressed);
    out.push('## Findings', '');
    const header = ['Fund', 'Line', 'Issuer', 'Ticker', 'Entity', 'Listed', 'Tier', 'Relation', 'Match', 'Value', 'Weight'];
    const align: ('l' | 'r')[] = ['l', 'r', 'l', 'l', 'l', 'l', 'l', 'l', 'l', 'r', 'r'];
    if (hasBaseline) {
      header.push('Baseline');
      align.push('l');
    }
    if (showSuppression) {
      header.push('Suppressed');
      align.push('l');
    }
    const rows = listed.map((f) => {
      const p = f.position;
      const row = [
        cell(fundLabel(p)),
        String(p.line),
        cell(p.issuer),
        cell(p.ids.ticker ?? '-'),
        cell(f.match.entity.name),
        [...f.match.entity.listings.map((l) => link(l) + timingNote(p.asOf, l, (t) => ` (${cell(t)})`)), ...(f.match.entity.listings.length === 0 ? [NO_LISTING] : []), ...(listedAfterNote(f) ? [`_${cell(listedAfterNote(f)!)}_`] : [])].join('<br>'),
        f.match.tier,
        f.match.relation,
        cell(methodLabel(f)),
        cell(valueLabel(p)),
        cell(weightLabel(p)),
      ];
      if (hasBaseline) row.push(f.baseline ?? '-');
      if (showSuppression) row.push(f.suppressed ? cell(`${f.suppressed.reason} (${expiryLabel(f.suppressed.expires)})`) : '-');
      return row;
    });
    out.push(...table(header, rows, align), '');
  }

  if (result.lookThrough || result.history) {
    const tables = [...(result.lookThrough ? lookThroughTables(result.lookThrough, opts.showSuppressed, m.fund) : []), ...(result.history ? historyTables(result.history) : [])];
    for (const tbl of tables) {
      out.push(`## ${cell(tbl.title)}`, '');
      if (tbl.note) out.push(cell(tbl.note), '');
      out.push(...table(tbl.header, tbl.rows.map((r) => r.map(cell)), tbl.numeric.map((x) => (x ? 'r' : 'l'))), '');
    }
  }

  const resolved = result.resolved ?? [];
  if (resolved.length > 0) {
    out.push('## Resolved since the baseline', '');
    out.push(...table(['Fund', 'Issuer', 'Entity'], resolved.map((r) => [cell(fundLabel(r)), cell(r.issuer), cell(r.entityId)]), ['l', 'l', 'l']), '');
  }

  const carried = result.carriedOver ?? [];
  if (carried.length > 0) {
    out.push('## Not screened in this run', '', 'Findings of the baseline whose fund this run did not screen: carried over, not resolved.', '');
    out.push(...table(['Fund', 'Issuer', 'Entity'], carried.map((r) => [cell(fundLabel(r)), cell(r.issuer), cell(r.entityId)]), ['l', 'l', 'l']), '');
  }

  if (m.errors.length > 0) {
    out.push(m.errors.every((e) => e.run) ? '## Why the run fails (exit 3)' : '## Inputs that could not be read', '');
    out.push(...table(['Source', 'Line', 'Reason'], m.errors.map((e) => [cell(e.source), e.line === null ? '-' : String(e.line), cell(e.reason)]), ['l', 'r', 'l']), '');
  }

  if (result.skipped.length > 0) {
    out.push('## Skipped rows', '', `${n(result.skipped.length)} row${result.skipped.length === 1 ? '' : 's'} could not be read (${cell(INSPECT_HINT)}).`, '');
    out.push(...table(['Source', 'Line', 'Reason'], result.skipped.slice(0, SKIPPED_LISTED).map((r) => [cell(m.source(r.source)), String(r.line), cell(r.reason)]), ['l', 'r', 'l']), '');
    if (result.skipped.length > SKIPPED_LISTED) out.push(`First ${SKIPPED_LISTED} shown; the JSON report lists all.`, '');
  }

  if (m.warnings.length > 0) {
    out.push('## Warnings', '', ...m.warnings.map((w) => `- ${cell(w)}`), '');
  }

  const g = m.guide;
  out.push('## How to read this report', '', ...g.notes.map((x) => `- ${cell(x)}`), '');
  out.push(...table(['Tier', 'Meaning'], g.tiers.map(([t, x]) => [t, cell(x)]), ['l', 'l']), '');
  out.push(...table(['Relation', 'Meaning'], g.relations.map(([r, x]) => [r, cell(x)]), ['l', 'l']), '');
  out.push(...table(['Official list', 'What a listing means'], g.lists.map(([l, x]) => [cell(l), cell(x ?? 'not described here: a list of your own')]), ['l', 'l']), '');
  return `${out.join('\n').trimEnd()}\n`;
}
