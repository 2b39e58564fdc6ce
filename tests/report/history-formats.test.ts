/**
 * Issue 16, done-when: every format shows direct and indirect findings apart, and the timeline.
 * One run over the three quarters of fixtures/lookthrough/nport (look-through on, real readers and
 * the shipped list) is rendered in every format; the timeline figures are worked out here from the
 * fixture's README table (not copied from the tool) and must appear in each format, and each
 * format must keep the direct findings and the indirect ones apart, the same counts as the JSON.
 */
import { parse } from 'csv-parse/sync';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expandInputs, openHoldings } from '../../src/holdings/read.js';
import { loadSelectedLists } from '../../src/lists/select.js';
import { createMatcher } from '../../src/match/matcher.js';
import { REPORT_FORMATS, renderReport, type ReportFormat } from '../../src/report/index.js';
import { formatMoney, formatShares } from '../../src/report/numbers.js';
import { htmlEscape, markdownCell } from '../../src/report/sanitize.js';
import { FundLinkCollector } from '../../src/screen/fund-links.js';
import { withHistory } from '../../src/screen/history.js';
import { lookThrough } from '../../src/screen/look-through.js';
import { screen } from '../../src/screen/screen.js';
import type { ScreenResult } from '../../src/screen/result.js';
import { repoRoot } from '../helpers/cli.js';
import { parseJsonl, reportErrors } from '../helpers/report-contract.js';

const quarters = ['2024-03', '2024-06', '2024-09'].map((q) => path.join(repoRoot, 'fixtures/lookthrough/nport', q));
const DATES = ['2024-03-31', '2024-06-30', '2024-09-30'];

// The fixture README's table, per quarter.
const intlHoshine = [{ shares: 1_000_000, value: 5_000_000 }, { shares: 1_100_000, value: 4_400_000 }, { shares: 900_000, value: 4_500_000 }];
const intlTotal = [1_000_000_000, 1_100_000_000, 1_200_000_000];
const target2050InIntl = [400_000_000, 440_000_000, 480_000_000];
const emHoshine = [{ shares: 139_200, value: 696_000 }, { shares: 139_200, value: 556_800 }, { shares: 0, value: 0 }];
// CBP WRO 2021-06-24 to each quarter end: 2 y 9 m (to 03-31), 3 y (06-30), 3 y 3 m (09-30).
const since = ['2 years 9 months', '3 years', '3 years 3 months'].map((e) => `held ${e} after the CBP WRO of 2021-06-24`);

interface Point { asOf: string; shares: number; value: number; throughShares: number | null; throughValue: number | null; timing: string }

// Target 2050 holds Hoshine only through Total International: its part of that fund (position /
// fund total) of Hoshine's shares, and position x Hoshine's weight in the fund as value.
const throughShares = (q: number) => (intlHoshine[q]!.shares * target2050InIntl[q]!) / intlTotal[q]!;
const throughValue = (q: number) => (target2050InIntl[q]! * intlHoshine[q]!.value) / intlTotal[q]!;

const EXPECTED: { scope: 'fund' | 'family'; name: string; points: Point[] }[] = [
  { scope: 'fund', name: 'Fixture Total International Stock Index Fund', points: DATES.map((asOf, q) => ({ asOf, ...intlHoshine[q]!, throughShares: null, throughValue: null, timing: since[q]! })) },
  { scope: 'fund', name: 'Fixture Target Retirement 2050 Fund', points: DATES.map((asOf, q) => ({ asOf, shares: 0, value: 0, throughShares: throughShares(q), throughValue: throughValue(q), timing: since[q]! })) },
  { scope: 'fund', name: 'Fixture Emerging Markets ETF', points: DATES.map((asOf, q) => ({ asOf, ...emHoshine[q]!, throughShares: null, throughValue: null, timing: q < 2 ? since[q]! : '' })) },
  // A family sums its funds' direct holdings; the fund of funds' look-through stays apart.
  { scope: 'family', name: 'FIXTURE STAR FUNDS', points: DATES.map((asOf, q) => ({ asOf, ...intlHoshine[q]!, throughShares: throughShares(q), throughValue: throughValue(q), timing: since[q]! })) },
  { scope: 'family', name: 'FIXTURE SHARES TRUST', points: DATES.map((asOf, q) => ({ asOf, ...emHoshine[q]!, throughShares: null, throughValue: null, timing: q < 2 ? since[q]! : '' })) },
];

let result: ScreenResult;
let out: Record<ReportFormat, string>;

beforeAll(async () => {
  const lists = await loadSelectedLists({ useDefault: true, extra: [] });
  const collector = new FundLinkCollector(new Set(quarters));
  const { result: screened } = await screen(
    { inputs: quarters, lists, readOptions: {}, minTier: 'review', generatedAt: '2026-12-06T00:00:00.000Z', today: '2026-12-06', tool: { name: 'fundscreen', version: '0.0.0' }, observer: collector },
    { expandInputs, openHoldings, matcher: createMatcher(lists) },
  );
  result = withHistory(lookThrough(screened, collector.finish()));
  out = Object.fromEntries(REPORT_FORMATS.map((f) => [f, renderReport(result, f, { color: false, width: 240, showSuppressed: true })])) as Record<ReportFormat, string>;
});

const usd = (amount: number) => formatMoney({ amount, currency: 'USD' });
/** A human table's cells for a point, as the history tables write them ('-' for nothing). */
const humanCells = (name: string, p: Point) => [
  name, 'Hoshine Silicon Industry Co., Ltd.', p.asOf, formatShares(p.shares), p.value === 0 ? '-' : usd(p.value),
  p.throughShares === null ? '-' : formatShares(p.throughShares), p.throughValue === null ? '-' : usd(p.throughValue), p.timing || 'not held',
];

interface JsonTimeline { fund?: string; family: string | null; funds?: number; entity: { id: string }; points: { asOf: string; shares: number | null; amounts: { amount: number; currency: string }[]; indirectPaths: number; indirectShares: number | null; indirectAmounts: { amount: number; currency: string }[]; timing: { text: string }[] }[] }
interface JsonReportShape { findings: unknown[]; lookThrough: { findings: unknown[] }; history: { dates: string[]; funds: JsonTimeline[]; families: JsonTimeline[] } }

function jsonPoints(t: JsonTimeline): Point[] {
  return t.points.map((p) => ({
    asOf: p.asOf,
    shares: p.shares ?? NaN,
    value: p.amounts.reduce((a, m) => (expect(m.currency).toBe('USD'), a + m.amount), 0),
    throughShares: p.indirectPaths > 0 ? p.indirectShares : null,
    throughValue: p.indirectPaths > 0 ? p.indirectAmounts.reduce((a, m) => a + m.amount, 0) : null,
    timing: p.timing.map((x) => x.text).join('; '),
  }));
}

describe('history run (three N-PORT quarters, look-through): the timeline in every format', () => {
  it('JSON: each timeline point is the fixture README\'s figure (direct; through funds apart)', () => {
    const json = JSON.parse(out.json) as JsonReportShape;
    expect(reportErrors(json)).toEqual([]);
    expect(json.history.dates).toEqual(DATES);
    for (const e of EXPECTED) {
      const t = (e.scope === 'fund' ? json.history.funds.filter((x) => x.fund === e.name) : json.history.families.filter((x) => x.family === e.name && x.fund === undefined));
      expect(t, e.name).toHaveLength(1);
      expect(jsonPoints(t[0]!), e.name).toEqual(e.points);
    }
    expect(json.history.funds.length + json.history.families.length).toBe(EXPECTED.length);
  });

  it('JSONL: one timeline line per timeline (scope fund or family), after the findings, with the same points', () => {
    const records = parseJsonl(out.jsonl) as ({ record: 'finding'; indirect?: true } | ({ record: 'timeline'; scope: 'fund' | 'family' } & JsonTimeline))[];
    const kinds = records.map((r) => r.record);
    expect(kinds.indexOf('timeline')).toBe(kinds.lastIndexOf('finding') + 1);
    for (const e of EXPECTED) {
      const t = records.filter((r): r is { record: 'timeline'; scope: 'fund' | 'family' } & JsonTimeline => r.record === 'timeline' && r.scope === e.scope && (e.scope === 'fund' ? r.fund : r.family) === e.name);
      expect(t, e.name).toHaveLength(1);
      expect(jsonPoints(t[0]!)).toEqual(e.points);
    }
  });

  it('CSV: one timeline row per point (record "timeline"), direct and through-funds figures in their own columns', () => {
    const rows = parse(out.csv, { columns: true }) as Record<string, string>[];
    const timeline = rows.filter((r) => r.record === 'timeline');
    expect(timeline).toHaveLength(EXPECTED.length * DATES.length);
    for (const e of EXPECTED) {
      const mine = timeline.filter((r) => r.timeline === e.scope && (e.scope === 'fund' ? r.fund : r.family) === e.name);
      expect(mine.map((r) => ({
        asOf: r.as_of,
        shares: Number(r.shares),
        value: r.market_value === '' ? 0 : Number(r.market_value),
        throughShares: r.look_through_shares === '' ? null : Number(r.look_through_shares),
        throughValue: r.exposure === '' ? null : Number(r.exposure),
        timing: r.listing_timing,
      })), e.name).toEqual(e.points);
      for (const r of mine) {
        expect(r.currency).toBe(r.market_value === '' ? '' : 'USD');
        expect(r.exposure_currency).toBe(r.exposure === '' ? '' : 'USD');
        expect(r.fund).toBe(e.scope === 'fund' ? e.name : '');
        // Not a finding: no line, tier or indirect flag.
        expect([r.line, r.tier, r.indirect]).toEqual(['', '', '']);
      }
    }
    // Finding rows come first and leave the history columns empty.
    const firstTimeline = rows.findIndex((r) => r.record === 'timeline');
    expect(rows.slice(0, firstTimeline).every((r) => r.record === 'finding' && r.timeline === '' && r.positions === '')).toBe(true);
    expect(rows.slice(firstTimeline).every((r) => r.record === 'timeline')).toBe(true);
  });

  it('SARIF: the run carries the JSON\'s history block; every result its as-of date and listing timing', () => {
    const sarif = JSON.parse(out.sarif) as { runs: { properties?: { history?: unknown }; results: { properties: { indirect: boolean; asOf: string | null; listingTiming: { text: string }[] } }[] }[] };
    const json = JSON.parse(out.json) as JsonReportShape;
    expect(sarif.runs[0]!.properties?.history).toEqual(json.history);
    for (const r of sarif.runs[0]!.results) {
      const q = DATES.indexOf(r.properties.asOf ?? '');
      expect(q).toBeGreaterThanOrEqual(0);
      expect(r.properties.listingTiming.map((t) => t.text)).toEqual([since[q]]);
    }
  });

  it('table, markdown and HTML: a history row per point with the same figures, through funds in their own columns', () => {
    const mdLines = out.markdown.split('\n');
    const html = out.html.replace(/<span class="money">([^<]*)<\/span>/g, '$1');
    const table = out.table.replace(/\s+/g, ' ');
    for (const e of EXPECTED) {
      for (const p of e.points) {
        const cells = humanCells(e.name, p);
        expect(mdLines, `${e.name} ${p.asOf} (markdown)`).toContain(`| ${cells.map(markdownCell).join(' | ')} |`);
        expect(html, `${e.name} ${p.asOf} (html)`).toContain(`<tr><td>${cells.slice(0, 3).map(htmlEscape).join('</td><td>')}</td>${cells.slice(3, 7).map((c) => `<td class="num">${htmlEscape(c)}</td>`).join('')}<td>${htmlEscape(cells[7]!)}</td></tr>`);
        // The table writes a row as "holder: header value · header value ...", wrapped to the width.
        const labels = ['entity', 'as of', 'shares', 'value', 'shares through funds', 'value through funds', 'against the listings'];
        expect(table, `${e.name} ${p.asOf} (table)`).toContain(`${cells[0]}: ${cells.slice(1).map((c, i) => `${labels[i]} ${c}`).join(' · ')}`);
      }
    }
  });
});

describe('history run: direct and indirect findings apart in every format', () => {
  // The fixture: Total International (3 quarters) and the EM ETF (2) hold Hoshine directly; the
  // 2050 fund holds it only through Total International (3 quarters, one path each).
  const DIRECT = 3 + 2;
  const INDIRECT = 3;

  it('JSON, JSONL, CSV and SARIF: 5 direct and 3 indirect findings, each marked as such', () => {
    const json = JSON.parse(out.json) as JsonReportShape;
    expect([json.findings.length, json.lookThrough.findings.length]).toEqual([DIRECT, INDIRECT]);
    const jsonl = parseJsonl(out.jsonl) as { record: string; indirect?: boolean }[];
    const findings = jsonl.filter((r) => r.record === 'finding');
    expect([findings.filter((r) => r.indirect === undefined).length, findings.filter((r) => r.indirect === true).length]).toEqual([DIRECT, INDIRECT]);
    const csv = (parse(out.csv, { columns: true }) as Record<string, string>[]).filter((r) => r.record === 'finding');
    expect([csv.filter((r) => r.indirect === 'false').length, csv.filter((r) => r.indirect === 'true').length]).toEqual([DIRECT, INDIRECT]);
    for (const r of csv.filter((x) => x.indirect === 'true')) expect(r.holder).toBe('Fixture Target Retirement 2050 Fund');
    const sarif = JSON.parse(out.sarif) as { runs: { results: { properties: { indirect: boolean } }[] }[] };
    const results = sarif.runs[0]!.results;
    expect([results.filter((r) => r.properties.indirect === false).length, results.filter((r) => r.properties.indirect === true).length]).toEqual([DIRECT, INDIRECT]);
  });

  it('table, markdown and HTML: the indirect findings in their own section, one row per path, with the exposure worked out above', () => {
    for (const [format, text] of [['table', out.table], ['markdown', out.markdown], ['html', out.html]] as const) {
      const at = text.indexOf('Indirect findings');
      expect(at, format).toBeGreaterThan(0);
      const section = text.slice(at, text.indexOf('Funds read for look-through', at));
      for (let q = 0; q < 3; q++) expect(section, `${format} quarter ${q + 1}`).toContain(usd(throughValue(q)));
      expect((section.match(/Fixture Target Retirement 2050 Fund\s*→/g) ?? []).length, format).toBe(INDIRECT);
    }
  });
});
