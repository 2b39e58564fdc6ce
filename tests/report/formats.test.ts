import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/report/csv.js';
import { renderReport } from '../../src/report/index.js';
import { toJsonReport } from '../../src/report/json.js';
import { displayWidth } from '../../src/report/text-width.js';
import type { ScreenResult } from '../../src/screen/result.js';
import { ReportContract } from '../helpers/report-contract.js';
import { EEM, sampleFindings, sampleResult, withExposure } from './sample-result.js';

const opts = { color: false, width: 80, showSuppressed: false };

function withSuppressed(): ScreenResult {
  const r = sampleResult();
  r.findings[7] = { ...r.findings[7], suppressed: { reason: 'Reviewed by the committee', expires: '2027-01-31' } };
  return withExposure(r);
}

describe('table', () => {
  it('fits 80 columns, and shows more columns when the terminal is wider', () => {
    const narrow = renderReport(sampleResult(), 'table', opts);
    for (const line of narrow.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    const header80 = narrow.split('\n').find((l) => l.includes('tier') && l.includes('issuer'))!;
    expect(header80).not.toContain('exchange');
    const wide = renderReport(sampleResult(), 'table', { ...opts, width: 160 });
    const header160 = wide.split('\n').find((l) => l.includes('tier') && l.includes('issuer'))!;
    expect(header160).toContain('ticker');
    expect(header160).toContain('exchange');
    expect(wide).toContain('Shanghai Stock Exchange');
  });

  it('wraps a long issuer inside its column instead of cutting it, even at 40 columns', () => {
    const r = sampleResult();
    const table = renderReport(r, 'table', { ...opts, width: 40 });
    for (const line of table.split('\n').filter((l) => l.startsWith('    '))) expect(displayWidth(line)).toBeLessThanOrEqual(60);
    for (const word of 'Hangzhou Hikvision Digital Technology Co. Ltd.'.split(' ')) expect(table).toContain(word);
  });

  it('groups findings under the entity with its official lists, tier and relation, per fund', () => {
    const table = renderReport(sampleResult(), 'table', opts);
    expect(table).toMatch(/Hoshine Silicon Industry Co\., Ltd\.\n\s+CBP WRO 2021-06-24\n.*confirmed\s+1042\s+HOSHINE SILICON INDUSTRY LTD A/);
    expect(table).toContain('Xinjiang Daqo New Energy Co., Ltd. (issuer is its parent)');
    expect(table).toMatch(/iShares MSCI Emerging Markets ETF\n\s+as of 2025-01-17/);
    expect(table).toContain('flagged: 4 positions · USD 4,673,135.77 · 0.03 % of fund');
    expect(table).toContain('rows: 1,243 read · 1,213 screened · 30 excluded · 0 skipped');
    expect(table).toMatch(/Total: 2 funds · 10,000 rows screened · 9 flagged positions in 2 funds/);
    expect(table).toMatch(/List xinjiang 2024-11-25 \(6 entities\) sha256\s+[0-9a-f]{64}/);
    expect(table).toContain('fundscreen 0.1.0 · 2026-11-26T16:00:00.000Z');
  });

  it('hides suppressed findings unless asked, and always counts them', () => {
    const hidden = renderReport(withSuppressed(), 'table', opts);
    const vtDahua = /probable {2}5292 {2}Zhejiang Dahua Technology/; // VT's Dahua row (its issuer may wrap)
    expect(hidden).not.toMatch(vtDahua);
    expect(hidden).toContain('1 suppressed');
    expect(hidden).toContain('--show-suppressed');
    const shown = renderReport(withSuppressed(), 'table', { ...opts, showSuppressed: true });
    expect(shown).toMatch(vtDahua);
    expect(shown).toContain('ignored (until 2027-01-31): Reviewed by the committee');
  });

  it('says plainly when nothing was found, with the rows screened', () => {
    const table = renderReport(sampleResult([]), 'table', opts);
    expect(table).toContain('No findings: 10,000 rows screened in 2 funds');
    expect(table).toContain('0 flagged positions');
  });

  it('lists the first skipped rows with line and reason and points to inspect', () => {
    const r = sampleResult();
    r.skipped = [5, 9, 12, 40].map((line) => ({ kind: 'skipped' as const, source: EEM, line, reason: `ragged row ${line}` }));
    const table = renderReport(r, 'table', opts);
    expect(table).toContain('4 rows skipped in ishares/EEM_holdings__ViktorLor_2025-01.csv (first 3):');
    expect(table).toContain('line 5: ragged row 5');
    expect(table).toContain('line 12: ragged row 12');
    expect(table).not.toContain('line 40:');
    expect(table).toContain('fundscreen inspect');
  });

  it('colours only when asked (chalk never decides by itself)', () => {
    expect(renderReport(sampleResult(), 'table', opts)).not.toContain('\u001b[');
    expect(renderReport(sampleResult(), 'table', { ...opts, color: true })).toContain('\u001b[31m');
  });
});

describe('json', () => {
  it('keeps the schemaVersion-1 contract, suppressed findings included', () => {
    const report = ReportContract.parse(JSON.parse(renderReport(withSuppressed(), 'json', opts)));
    expect(report.findings).toHaveLength(9);
    expect(report.findings.filter((f) => f.suppressed)).toHaveLength(1);
  });
});

describe('jsonl', () => {
  it('is one finding per line, each the JSON report finding plus `record: "finding"`, and nothing else (no history: no timeline line)', () => {
    const r = withSuppressed();
    const lines = renderReport(r, 'jsonl', opts).trimEnd().split('\n');
    const json = toJsonReport(r);
    expect(lines).toHaveLength(json.findings.length);
    lines.forEach((l, i) => expect(JSON.parse(l)).toEqual({ record: 'finding', ...json.findings[i] }));
    expect(renderReport(sampleResult([]), 'jsonl', opts)).toBe('');
  });
});

describe('csv', () => {
  it('has the documented header and one row per finding, fields as in the JSON contract', () => {
    const r = withSuppressed();
    const text = renderReport(r, 'csv', opts);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual([...CSV_COLUMNS]);
    for (const name of ['source', 'line', 'fund', 'issuer', 'ticker', 'exchange', 'country', 'isin', 'cusip', 'sedol', 'lei', 'shares', 'market_value', 'weight_pct', 'currency', 'entity_id', 'entity_name', 'lists', 'listing_dates', 'listing_urls', 'listing_citations', 'tier', 'relation', 'method', 'score', 'alias', 'explanation', 'suppressed', 'suppression_reason', 'baseline']) {
      expect(CSV_COLUMNS).toContain(name);
    }
    expect(rows).toHaveLength(sampleFindings().length);
    const json = toJsonReport(r).findings;
    rows.forEach((row, i) => {
      expect(row.line).toBe(String(json[i].line));
      expect(row.issuer).toBe(json[i].issuer);
      expect(row.entity_id).toBe(json[i].entity.id);
      expect(row.market_value).toBe(json[i].marketValue === null ? '' : String(json[i].marketValue));
      expect(row.listing_urls.split(' | ')).toEqual(json[i].entity.listings.map((l) => l.url));
      expect(row.listing_citations.split(' | ')).toEqual(json[i].entity.listings.map((l) => l.citation));
    });
    const suppressed = rows.find((row) => row.suppressed === 'true')!;
    expect(suppressed.suppression_reason).toBe('Reviewed by the committee');
  });
});
