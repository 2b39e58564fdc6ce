/**
 * One self-contained HTML file: no script at all, no external style, font or image, and a CSP
 * that forbids loading anything (the one inline stylesheet is allowed by its hash). Summary
 * cards, an inline-SVG bar chart of flagged exposure per fund, exposure by family, an entity view
 * ("who holds X": funds, shares, value), the findings with links to each official source,
 * resolved findings, skipped rows, warnings and the lists used. Everything input-derived goes
 * through `htmlEscape`; links only to https URLs.
 */
import { createHash } from 'node:crypto';
import type { Listing } from '../lists/schema.js';
import type { Finding, ScreenResult } from '../screen/result.js';
import type { Money } from '../reference/money.js';
import type { FundExposure } from '../screen/exposure.js';
import { compareText } from '../text-order.js';
import { INSPECT_HINT, NO_LISTING, expiryLabel, listingLabel, methodLabel, pctLabel, weightLabel, listedAfterNote, listingShort, selectionText } from './evidence.js';
import { buildReport, type ReportModel } from './model.js';
import { formatCompact, formatMoney, formatMoneys, formatNumber, formatShares } from './numbers.js';
import type { RenderOptions } from './options.js';
import { lookThroughTables } from './look-through-view.js';
import { historyTables, timelineTitle } from './history-view.js';
import { timelineSvg } from './timeline-svg.js';
import { timingNote } from './look-through-view.js';
import { htmlEscape as esc, safeUrl } from './sanitize.js';

const CHART_MAX_FUNDS = 25;
const ROWS_SHOWN = 200;

const STYLE = `
:root{color-scheme:light dark;--fg:#1b1f24;--muted:#57606a;--bg:#fff;--card:#f6f8fa;--line:#d0d7de;--bar:#b42318;--confirmed:#b42318;--probable:#9a6700;--review:#0969da}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9da7b3;--bg:#0d1117;--card:#161b22;--line:#30363d;--bar:#f85149;--confirmed:#f85149;--probable:#d29922;--review:#58a6ff}}
*{box-sizing:border-box}
body{margin:0 auto;max-width:1320px;padding:24px;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:32px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}h3{font-size:15px;margin:16px 0 4px}
.meta,.note,.sub{color:var(--muted)}.sub{display:block;font-size:12px}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(170px,1fr));gap:12px;margin:16px 0}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px}
.card .label{display:block;color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}
.card .value{display:block;font-size:22px;font-weight:600;margin-top:4px}.card .value.small{font-size:15px}
.money,.num{white-space:nowrap;font-variant-numeric:tabular-nums}
ul.listings{margin:4px 0;padding-left:18px}
table{border-collapse:collapse;width:100%;margin:8px 0}
th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:var(--card);font-weight:600;overflow-wrap:normal}
td.num,th.num{text-align:right;white-space:nowrap;overflow-wrap:normal}
.tier{font-weight:600;white-space:nowrap}.tier-confirmed{color:var(--confirmed)}.tier-probable{color:var(--probable)}.tier-review{color:var(--review)}
tbody.finding tr.main td{border-bottom:none;padding-bottom:2px}
tbody.finding tr.detail td{padding-top:0;font-size:12px;color:var(--muted)}
tbody.suppressed td{color:var(--muted)}
.cite{display:block;color:var(--muted);font-size:12px}
.new{font-weight:700}
details{border:1px solid var(--line);border-radius:8px;padding:8px 12px;margin:8px 0;background:var(--card)}
summary{cursor:pointer;font-weight:600}
dl.legend{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;margin:8px 0}dl.legend dt{font-weight:600}dl.legend dd{margin:0}
svg{max-width:100%;height:auto}
svg text{fill:var(--fg);font:12px system-ui,sans-serif}
svg .bar{fill:var(--bar)}svg .axis{stroke:var(--line)}
svg .line{fill:none;stroke:var(--bar);stroke-width:2}svg .line.indirect{stroke-dasharray:6 4}svg .dot{fill:var(--bar)}svg .dot.indirect{fill:var(--card);stroke:var(--bar);stroke-width:2}
a{color:var(--review)}
code{font-size:12px;overflow-wrap:anywhere}
@page{margin:12mm}
@media print{
:root{--fg:#000;--muted:#444;--bg:#fff;--card:#fff;--line:#bbb}
body{max-width:none;padding:0;font-size:11px}
.cards{grid-template-columns:repeat(4,1fr)}
details{border:none;padding:0;margin:8px 0}
details::details-content{display:block!important;content-visibility:visible!important}
summary{list-style:none;cursor:auto}summary::-webkit-details-marker{display:none}
table{break-inside:auto}thead{display:table-header-group}tr,tbody.finding{break-inside:avoid}
h2,h3,summary{break-after:avoid}
a{color:inherit;text-decoration:none}
}
`;

const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');
const CSP = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; img-src 'none'; base-uri 'none'; form-action 'none'`;

function n(x: number): string {
  return formatNumber(x, 0);
}

/** Each amount unbroken; amounts in different currencies joined with "+", never added. */
function money(ms: readonly Money[]): string {
  if (ms.length === 0) return '-';
  return ms.map((m) => `<span class="money">${esc(m.currency || ms.length === 1 ? formatMoney(m) : `${formatMoney(m)} (currency not stated)`)}</span>`).join(' + ');
}

/** A listing linked to its official source; `short` shows list and date (the program goes in the tooltip). */
function link(l: Listing, short = false): string {
  const url = safeUrl(l.url);
  const label = esc(short ? listingShort(l) : listingLabel(l));
  const title = esc(l.program ?? '');
  return url ? `<a href="${esc(url)}" title="${title}" rel="noopener noreferrer">${label}</a>` : `<span title="${title}">${label}</span>`;
}

/** A listing with its citation visible (in print too), not only in a tooltip. */
function citedLink(l: Listing): string {
  return `${link(l, true)}<span class="cite">${esc(l.citation)}</span>`;
}

/** Long names shortened in the middle, so two names that share a start stay apart; full text in the tooltip. */
function shorten(s: string, max: number): string {
  if (s.length <= max) return s;
  const head = Math.ceil((max - 1) * 0.6);
  return `${s.slice(0, head)}…${s.slice(s.length - (max - 1 - head))}`;
}

function shortName(s: string, max = 48): string {
  return s.length <= max ? esc(s) : `<span title="${esc(s)}">${esc(shorten(s, max))}</span>`;
}

function table(header: string[], rows: string[][], numeric: boolean[], rowClass: (i: number) => string = () => ''): string {
  const th = header.map((h, i) => `<th${numeric[i] ? ' class="num"' : ''}>${h}</th>`).join('');
  const body = rows
    .map((r, i) => {
      const cls = rowClass(i);
      return `<tr${cls ? ` class="${cls}"` : ''}>${r.map((c, j) => `<td${numeric[j] ? ' class="num"' : ''}>${c}</td>`).join('')}</tr>`;
    })
    .join('\n');
  return `<table>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

function card(label: string, value: string): string {
  return `<div class="card"><span class="label">${label}</span><span class="value">${value}</span></div>`;
}

/** Amounts never break inside a number; several currencies wrap between amounts, at the "+". */
function moneyCard(label: string, ms: readonly Money[]): string {
  return `<div class="card"><span class="label">${label}</span><span class="value${ms.length > 1 ? ' small' : ''}">${money(ms)}</span></div>`;
}

interface Bar {
  label: string;
  title: string;
  value: number;
  text: string;
}

/** What the bars measure: % of fund when every fund has it, else value in one currency, else positions. */
function chartBars(m: ReportModel, funds: FundExposure[]): { unit: string; bars: Bar[] } {
  const label = (f: FundExposure) => m.fund(f);
  const detail = (f: FundExposure) => `${n(f.positions)} position${f.positions === 1 ? '' : 's'}${f.amounts.length ? ` · ${formatMoneys(f.amounts)}` : ''}`;
  if (funds.every((f) => f.pctOfFund !== null)) {
    return {
      unit: '% of fund flagged',
      bars: funds.map((f) => ({ label: label(f), title: `${label(f)}: ${pctLabel(f.pctOfFund)} · ${detail(f)}`, value: f.pctOfFund!, text: `${pctLabel(f.pctOfFund)}${f.amounts.length === 1 ? ` · ${f.amounts[0].currency ?? ''} ${formatCompact(f.amounts[0].amount)}`.replace('  ', ' ') : ''}` })),
    };
  }
  const currencies = new Set(funds.flatMap((f) => f.amounts.map((a) => a.currency)));
  if (currencies.size <= 1) {
    const cur = [...currencies][0] ?? null;
    return {
      unit: `flagged market value${cur ? ` (${cur})` : ''}`,
      bars: funds.map((f) => {
        const v = f.amounts[0]?.amount ?? 0;
        return { label: label(f), title: `${label(f)}: ${detail(f)}`, value: v, text: formatCompact(v) };
      }),
    };
  }
  return { unit: 'flagged positions', bars: funds.map((f) => ({ label: label(f), title: `${label(f)}: ${detail(f)}`, value: f.positions, text: n(f.positions) })) };
}

function chart(m: ReportModel, funds: FundExposure[]): string {
  const { unit, bars: all } = chartBars(m, funds);
  const bars = all
    .map((b, i) => ({ ...b, i }))
    .sort((a, b) => b.value - a.value || a.i - b.i)
    .slice(0, CHART_MAX_FUNDS);
  const max = Math.max(0, ...bars.map((b) => b.value));
  const labelW = 280;
  const barW = 360;
  const rowH = 28;
  const width = labelW + barW + 140;
  const height = bars.length * rowH + 36;
  const short = (s: string) => shorten(s, 40);
  const rows = bars.map((b, k) => {
    const y = 8 + k * rowH;
    const w = max > 0 ? Math.max(b.value > 0 ? 2 : 0, Math.round((b.value / max) * barW)) : 0;
    return [
      `<g><title>${esc(b.title)}</title>`,
      `<text x="${labelW - 8}" y="${y + 17}" text-anchor="end">${esc(short(b.label))}</text>`,
      `<rect class="bar" x="${labelW}" y="${y + 4}" width="${w}" height="${rowH - 10}" rx="2"/>`,
      `<text x="${labelW + w + 6}" y="${y + 17}">${esc(b.text)}</text></g>`,
    ].join('');
  });
  const axisY = 8 + bars.length * rowH;
  const more = all.length > bars.length ? `<p class="note">Showing the ${bars.length} funds with the highest exposure of ${n(all.length)}.</p>` : '';
  return [
    `<svg id="exposure-chart" role="img" aria-label="Flagged exposure per fund (${esc(unit)})" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">`,
    ...rows,
    `<line class="axis" x1="${labelW}" y1="4" x2="${labelW}" y2="${axisY}"/>`,
    `<text x="${labelW}" y="${axisY + 20}">${esc(unit)}${max === 0 ? ' - no flagged exposure' : ''}</text>`,
    '</svg>',
    more,
  ].join('\n');
}

/**
 * One finding as two rows of its own tbody: the facts a reader needs on one line (fund and
 * source line, issuer, entity with each official listing and its citation, tier, value, weight),
 * the match explanation on the line below across the whole width. Cells wrap; numbers do not.
 */
function findingRows(m: ReportModel, f: Finding, extra: { baseline: boolean; suppression: boolean }, span: number): string {
  const p = f.position;
  const ids = [p.ids.ticker, p.ids.isin ?? p.ids.cusip ?? p.ids.sedol, p.shares === null ? null : `${formatShares(p.shares)} shares`].filter(Boolean) as string[];
  const relation = f.match.relation === 'direct' ? '' : `<span class="sub">issuer is its ${esc(f.match.relation)}</span>`;
  const cells = [
    `<td>${shortName(m.fund(p))}<span class="sub f-source">${esc(m.source(p.source))}:${p.line}</span></td>`,
    `<td>${esc(p.issuer)}${ids.length ? `<span class="sub">${esc(ids.join(' · '))}</span>` : ''}</td>`,
    `<td>${esc(f.match.entity.name)}${relation}${f.match.entity.listings.map((l) => `<span class="sub">${citedLink(l)}${timingNote(p.asOf, l, (x) => `<span class="cite">${esc(x)}</span>`)}</span>`).join('')}${f.match.entity.listings.length === 0 ? `<span class="sub">${esc(NO_LISTING)}</span>` : ''}${listedAfterNote(f) ? `<span class="sub"><span class="note">${esc(listedAfterNote(f)!)}</span></span>` : ''}</td>`,
    `<td><span class="tier tier-${f.match.tier} f-tier">${f.match.tier}</span></td>`,
    `<td class="num f-value">${p.value === null ? '-' : money([p.value])}</td>`,
    `<td class="num">${esc(weightLabel(p))}</td>`,
  ];
  if (extra.baseline) cells.push(`<td>${f.baseline === 'new' ? '<span class="new">new</span>' : esc(f.baseline ?? '-')}</td>`);
  if (extra.suppression) cells.push(`<td>${f.suppressed ? `${esc(f.suppressed.reason)}<span class="sub">${esc(expiryLabel(f.suppressed.expires))}</span>` : '-'}</td>`);
  const detail = `<td colspan="${span}">match: ${esc(methodLabel(f))} · ${esc(f.match.explanation)}</td>`;
  return `<tbody class="finding${f.suppressed ? ' suppressed' : ''}"><tr class="main">${cells.join('')}</tr><tr class="detail">${detail}</tr></tbody>`;
}

export function renderHtml(result: ScreenResult, opts: RenderOptions): string {
  const m = buildReport(result, opts);
  const s = m.summary;
  const fundLabel = m.fund;
  const tot = s.totals;
  const out: string[] = [];
  out.push(
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>fundscreen report ${esc(result.generatedAt)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    '<h1>fundscreen report</h1>',
    `<p class="meta">Generated <time datetime="${esc(result.generatedAt)}">${esc(result.generatedAt)}</time> by ${esc(result.tool.name)} ${esc(result.tool.version)} against ${result.lists.map((l) => `${esc(l.id)} ${esc(l.version)}`).join(', ')}.</p>`,
    '</header>',
    '<main>',
  );

  const cards = [
    card('Funds screened', n(tot.funds)),
    card('Rows screened', n(tot.rows.screened)),
    card('Flagged positions', n(tot.positions)),
    card('Funds flagged', n(tot.fundsFlagged)),
    moneyCard('Flagged value', tot.amounts),
    card('Suppressed', n(tot.suppressed)),
  ];
  if (result.findings.some((f) => f.baseline !== undefined) || result.resolved) {
    cards.push(card('New since baseline', n(tot.newFindings)), card('Resolved', n(result.resolved?.length ?? 0)));
    if (result.carriedOver?.length) cards.push(card('Not screened, carried over', n(result.carriedOver.length)));
  }
  if (tot.rows.skipped > 0) cards.push(card('Rows skipped', n(tot.rows.skipped)));
  out.push('<section class="cards" id="summary">', ...cards, '</section>');

  out.push('<section id="chart">', '<h2>Flagged exposure per fund</h2>', chart(m, s.funds), '</section>');

  out.push('<section id="funds">', '<h2>Funds</h2>');
  // Fund, its date and layout in one cell and the four row counts in one, so the table fits print width.
  const fundRows = (fs: FundExposure[]) =>
    fs.map((f) => [
      `${shortName(fundLabel(f))}<span class="sub">${esc(f.asOf ? `as of ${f.asOf}` : 'as-of date not stated')} · ${esc(f.format)}</span>`,
      [f.rows.read, f.rows.screened, f.rows.excluded, f.rows.skipped].map((x) => `<span class="num">${n(x)}</span>`).join(' / '),
      n(f.positions),
      money(f.amounts),
      esc(pctLabel(f.pctOfFund)),
      n(f.suppressed),
    ]);
  const fundHead = ['Fund', 'Rows: read / screened / excluded / skipped', 'Flagged positions', 'Flagged value', '% of fund', 'Suppressed'];
  const fundNum = [false, false, true, true, true, true];
  const flagged = s.funds.filter((f) => f.positions > 0 || f.suppressed > 0);
  const clean = s.funds.filter((f) => f.positions === 0 && f.suppressed === 0);
  if (flagged.length > 0) out.push(table(fundHead, fundRows(flagged), fundNum));
  if (clean.length > 0) {
    const body = table(fundHead, fundRows(clean), fundNum);
    out.push(flagged.length > 0 ? `<details><summary>${n(clean.length)} fund${clean.length === 1 ? '' : 's'} with no findings</summary>\n${body}\n</details>` : `<p>No findings.</p>\n${body}`);
  }
  out.push('</section>');

  if (s.families.length > 0) {
    out.push('<section id="families">', '<h2>By fund family</h2>');
    out.push(
      table(
        ['Family', 'Funds', 'Funds flagged', 'Flagged positions', 'Flagged value', '% of assets'],
        s.families.map((f) => [esc(f.family), n(f.funds), n(f.fundsFlagged), n(f.positions), money(f.amounts), esc(pctLabel(f.pctOfAssets))]),
        [false, true, true, true, true, true],
      ),
      '</section>',
    );
  }

  if (s.entities.length > 0) {
    out.push('<section id="entities">', '<h2>Who holds each listed entity</h2>');
    for (const e of s.entities) {
      out.push(
        `<details id="entity-${esc(e.id)}"><summary>${esc(e.name)} · ${n(e.funds)} fund${e.funds === 1 ? '' : 's'} · ${n(e.positions)} position${e.positions === 1 ? '' : 's'} · ${money(e.amounts)}</summary>`,
        `<ul class="listings">${e.listings.length > 0 ? e.listings.map((l) => `<li>${link(l)}<br><span class="note">${esc(l.citation)}</span></li>`).join('') : `<li>${esc(NO_LISTING)}</li>`}</ul>`,
        table(
          ['Fund', 'Family', 'Positions', 'Shares', 'Value', 'Weight'],
          e.holders.map((h) => [shortName(fundLabel(h)), esc(h.family ?? '-'), n(h.positions), h.shares === null ? '-' : formatShares(h.shares), money(h.amounts), esc(pctLabel(h.weightPct))]),
          [false, false, true, true, true, true],
        ),
        '</details>',
      );
    }
    out.push('</section>');
  }

  const listed = m.listed;
  out.push('<section id="findings">', '<h2>Findings</h2>');
  if (listed.length === 0) {
    out.push(`<p>No findings${tot.suppressed > 0 ? ` (${n(tot.suppressed)} suppressed, not listed)` : ''}.</p>`);
  } else {
    const hasBaseline = listed.some((f) => f.baseline !== undefined);
    const showSuppression = listed.some((f) => f.suppressed);
    const head = ['Fund · source:line', 'Issuer', 'Listed entity · official listing', 'Tier', 'Value', 'Weight'];
    const num = [false, false, false, false, true, true];
    if (hasBaseline) head.push('Baseline'), num.push(false);
    if (showSuppression) head.push('Suppressed'), num.push(false);
    const extra = { baseline: hasBaseline, suppression: showSuppression };
    out.push(
      '<table class="findings">',
      `<thead><tr>${head.map((h, i) => `<th${num[i] ? ' class="num"' : ''}>${h}</th>`).join('')}</tr></thead>`,
      ...listed.map((f) => findingRows(m, f, extra, head.length)),
      '</table>',
    );
    if (tot.suppressed > 0 && !opts.showSuppressed) out.push(`<p class="note">${n(tot.suppressed)} suppressed finding${tot.suppressed === 1 ? '' : 's'} not listed.</p>`);
  }
  out.push('</section>');

  if (result.lookThrough) {
    for (const tbl of lookThroughTables(result.lookThrough, opts.showSuppressed, m.fund)) {
      out.push(`<section id="${tbl.id}">`, `<h2>${esc(tbl.title)}</h2>`);
      if (tbl.note) out.push(`<p>${esc(tbl.note)}</p>`);
      out.push(table(tbl.header.map(esc), tbl.rows.map((r) => r.map(esc)), tbl.numeric, (i) => (tbl.suppressed?.[i] ? 'suppressed' : '')), '</section>');
    }
  }

  if (result.history) {
    out.push('<section id="history">', '<h2>History</h2>');
    const charts = [...result.history.families, ...result.history.funds];
    charts.forEach((t, i) => out.push(`<h3>${esc(timelineTitle(t))}</h3>`, timelineSvg(t, `timeline-${i + 1}`)));
    for (const tbl of historyTables(result.history)) {
      out.push(`<h3>${esc(tbl.title)}</h3>`, `<p>${esc(tbl.note)}</p>`, table(tbl.header.map(esc), tbl.rows.map((r) => r.map(esc)), tbl.numeric));
    }
    out.push('</section>');
  }

  const resolved = [...(result.resolved ?? [])].sort((a, b) => compareText(a.source, b.source) || compareText(a.key, b.key));
  if (resolved.length > 0) {
    out.push('<section id="resolved">', '<h2>Resolved since the baseline</h2>');
    out.push(table(['Fund', 'Issuer', 'Entity'], resolved.map((r) => [esc(fundLabel(r)), esc(r.issuer), esc(r.entityId)]), [false, false, false]), '</section>');
  }

  const carried = result.carriedOver ?? [];
  if (carried.length > 0) {
    out.push('<section id="carried-over">', '<h2>Not screened in this run</h2>', '<p>Findings of the baseline whose fund this run did not screen: carried over, not resolved.</p>');
    out.push(table(['Fund', 'Issuer', 'Entity'], carried.map((r) => [esc(fundLabel(r)), esc(r.issuer), esc(r.entityId)]), [false, false, false]), '</section>');
  }

  if (m.errors.length > 0) {
    out.push('<section id="errors">', m.errors.every((e) => e.run) ? '<h2>Why the run fails (exit 3)</h2>' : '<h2>Inputs that could not be read</h2>');
    out.push(table(['Source', 'Line', 'Reason'], m.errors.map((e) => [esc(e.source), e.line === null ? '-' : String(e.line), esc(e.reason)]), [false, true, false]), '</section>');
  }

  if (result.skipped.length > 0) {
    out.push('<section id="skipped">', '<h2>Skipped rows</h2>', `<p>${n(result.skipped.length)} row${result.skipped.length === 1 ? '' : 's'} could not be read (${esc(INSPECT_HINT)}).</p>`);
    out.push(table(['Source', 'Line', 'Reason'], result.skipped.slice(0, ROWS_SHOWN).map((r) => [esc(m.source(r.source)), String(r.line), esc(r.reason)]), [false, true, false]));
    if (result.skipped.length > ROWS_SHOWN) out.push(`<p class="note">First ${ROWS_SHOWN} shown; the JSON report lists all.</p>`);
    out.push('</section>');
  }

  if (m.warnings.length > 0) {
    out.push('<section id="warnings">', '<h2>Warnings</h2>', '<ul>', ...m.warnings.map((w) => `<li>${esc(w)}</li>`), '</ul>', '</section>');
  }

  const g = m.guide;
  const legend = (rows: [string, string | null][]) => `<dl class="legend">${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v ?? 'not described here: a list of your own')}</dd>`).join('')}</dl>`;
  out.push(
    '<section id="how-to-read">', '<h2>How to read this report</h2>',
    '<ul>', ...g.notes.map((x) => `<li>${esc(x)}</li>`), '</ul>',
    '<h3>Tiers</h3>', legend(g.tiers), '<h3>Relations</h3>', legend(g.relations), '<h3>Official lists</h3>', legend(g.lists),
    '</section>',
  );

  out.push('<section id="lists">', '<h2>Lists used</h2>');
  out.push(table(['List', 'Version', 'Entities', 'SHA-256'], result.lists.map((l) => [esc(l.id), esc(l.version), n(l.entities), `<code>${esc(l.sha256)}</code>`]), [false, false, true, false]));
  if (m.inputs.some((i) => i.sha256 !== null)) {
    out.push('<h3>Inputs</h3>', table(['Input', 'Format', 'SHA-256'], m.inputs.map((i) => [esc(i.name), esc(i.format), i.sha256 ? `<code>${esc(i.sha256)}</code>` : '-']), [false, false, false]));
  }
  for (const l of result.lists) {
    const only = selectionText(l);
    if (only) out.push(`<p class="note">${esc(l.id)}: ${esc(only)}.</p>`);
    if (l.coverage?.length) {
      out.push(`<h3>Coverage of ${esc(l.id)}</h3>`);
      out.push(table(['Official list', 'Entities', 'Complete to', 'Age (days)', 'Known to be missing'], l.coverage.map((c) => [
        esc(c.list), `${n(c.entities)}${c.officialEntities !== null ? ` of ${n(c.officialEntities)}` : ''}`, esc(c.completeToAssumed ? `${c.completeTo} (newest listing)` : c.completeTo),
        c.ageDays === null ? '-' : c.ageDays < 0 ? 'dated after today' : `${n(c.ageDays)}${c.stale ? ' (older than the maximum age)' : ''}`, esc(c.missing ?? '-'),
      ]), [false, true, false, true, false]));
    }
  }
  out.push('</section>', '</main>', '</body>', '</html>');
  return `${out.join('\n')}\n`;
}
