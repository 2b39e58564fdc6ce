import { describe, expect, it } from 'vitest';
import type { Finding, FundSummary, ScreenResult } from '../../src/screen/result.js';
import { refreshFundSummaries, summarize } from '../../src/screen/summary.js';
import { ENTITIES, EEM, VT, match, position, sampleFindings, sampleResult } from '../report/sample-result.js';

describe('summarize: per fund', () => {
  it('counts flagged positions, value and % of fund from unsuppressed findings', () => {
    const r = sampleResult();
    r.findings[7] = { ...r.findings[7], suppressed: { reason: 'r', expires: 'never' } }; // VT Dahua
    const s = summarize(r);
    const [eem, vt] = s.funds;
    expect(eem.positions).toBe(4);
    expect(eem.amounts).toEqual([{ currency: 'USD', amount: 1957011.4 + 1008626.83 + 963373.09 + 744124.45 }]);
    expect(eem.pctOfFund).toBeCloseTo(0.03, 10); // the file's weights: 0.01 + 0.01 + 0.01 + 0.00
    expect(vt.positions).toBe(4);
    expect(vt.suppressed).toBe(1);
    expect(vt.amounts).toEqual([{ currency: null, amount: 1301915.4 + 309699.6 + 276150.65 + 109130.06 }]);
    expect(vt.pctOfFund).toBeNull(); // no weights and no fund total
    expect(s.totals).toMatchObject({ funds: 2, fundsFlagged: 2, positions: 8, suppressed: 1 });
    expect(s.totals.rows).toEqual({ read: 10036, screened: 10000, excluded: 36, skipped: 0 });
    // Never adds currencies together.
    expect(s.totals.amounts.map((m) => m.currency)).toEqual(['USD', null]);
  });

  it('uses value over the fund total when weights are missing', () => {
    const r = sampleResult(sampleFindings().filter((f) => f.position.source === VT));
    r.funds[1] = { ...r.funds[1], totalMarketValue: 2_000_000_000 };
    const vt = summarize(r).funds[1];
    expect(vt.pctOfFund).toBeCloseTo(((1301915.4 + 309699.6 + 276150.65 + 226130.76 + 109130.06) / 2e9) * 100, 10);
    expect(summarize(r).funds[0]).toMatchObject({ positions: 0, pctOfFund: 0, amounts: [] });
  });

  it('counts a position flagged for two entities once in the fund, once under each entity', () => {
    const hoshine = sampleFindings()[1];
    const alsoDaqo: Finding = { ...hoshine, match: match(ENTITIES.daqo, 'review', 'name', 'x', 'test double flag') };
    const s = summarize(sampleResult([hoshine, alsoDaqo]));
    expect(s.funds[0].positions).toBe(1);
    expect(s.funds[0].findings).toBe(2);
    expect(s.funds[0].amounts[0].amount).toBeCloseTo(1008626.83, 6);
    expect(s.entities.map((e) => [e.id, e.positions])).toEqual([['hoshine-silicon', 1], ['xinjiang-daqo-new-energy', 1]]);
  });
});

describe('summarize: per entity ("who holds X")', () => {
  it('lists each holding fund with shares, value and weight, entities by name', () => {
    const s = summarize(sampleResult());
    expect(s.entities.map((e) => e.name)).toEqual([
      'Hangzhou Hikvision Digital Technology Co., Ltd.',
      'Hoshine Silicon Industry Co., Ltd.',
      'iFlytek Co., Ltd.',
      'Xiamen Meiya Pico Information Co., Ltd.',
      'Xinjiang Daqo New Energy Co., Ltd.',
      'Zhejiang Dahua Technology Co., Ltd.',
    ]);
    const iflytek = s.entities.find((e) => e.id === 'iflytek')!;
    expect(iflytek.funds).toBe(2);
    expect(iflytek.holders).toEqual([
      { source: EEM, fund: 'iShares MSCI Emerging Markets ETF', family: null, positions: 1, shares: 299219, amounts: [{ currency: 'USD', amount: 1957011.4 }], weightPct: 0.01 },
      { source: VT, fund: 'Total World Stock ETF (VT)', family: null, positions: 1, shares: 54600, amounts: [{ currency: null, amount: 276150.65 }], weightPct: null },
    ]);
    expect(iflytek.listings[0].list).toBe('BIS Entity List');
  });
});

describe('summarize: per fund family (N-PORT data sets)', () => {
  // A data set holds many funds per file; values are in USD. Names here are placeholders.
  const src = 'nport/dataset.zip:FUND_REPORTED_HOLDING.tsv';
  const fund = (name: string, family: string, total: number | null): FundSummary => ({
    source: src, fund: name, family, asOf: '2024-12-31', format: 'nport-dataset',
    rows: { read: 100, screened: 100, excluded: 0, skipped: 0 }, findings: 0, exposure: { marketValue: null, weightPct: null }, totalMarketValue: total,
  });
  const held = (fundName: string, family: string, line: number, value: number): Finding => ({
    position: position({ source: src, line, fund: fundName, family, issuer: 'HOSHINE SILICON INDUSTRY CO LTD', marketValue: value, currency: 'USD' }),
    match: match(ENTITIES.hoshine, 'probable', 'name', 'Hoshine Silicon Industry Co., Ltd.', 'name'),
    suppressed: null,
  });

  it('answers how much each family holds in listed companies', () => {
    const result: ScreenResult = {
      ...sampleResult([]),
      funds: [fund('Fund A1', 'Family A', 1_000_000), fund('Fund A2', 'Family A', 3_000_000), fund('Fund B1', 'Family B', 500_000)],
      findings: [held('Fund A1', 'Family A', 10, 1000), held('Fund A2', 'Family A', 250, 3000)],
    };
    const s = summarize(result);
    expect(s.families).toEqual([
      { family: 'Family A', funds: 2, fundsFlagged: 2, positions: 2, amounts: [{ currency: 'USD', amount: 4000 }], pctOfAssets: 0.1 },
      { family: 'Family B', funds: 1, fundsFlagged: 0, positions: 0, amounts: [], pctOfAssets: 0 },
    ]);
  });
});

describe('refreshFundSummaries', () => {
  it('recomputes findings and exposure after suppression, so JSON and reports agree', () => {
    const r = sampleResult();
    const findings = r.findings.map((f) => (f.match.entity.id === 'iflytek' ? { ...f, suppressed: { reason: 'r', expires: 'never' } } : f));
    const [eem, vt] = refreshFundSummaries(r.funds, findings);
    expect(eem.findings).toBe(3);
    expect(eem.exposure.marketValue).toBeCloseTo(1008626.83 + 963373.09 + 744124.45, 6);
    expect(eem.exposure.weightPct).toBeCloseTo(0.02, 10);
    expect(vt.findings).toBe(4);
    expect(vt.exposure.weightPct).toBeNull();
    expect(eem.rows).toEqual(r.funds[0].rows);
  });
});

describe('family summary in the human reports', () => {
  it('appears in table, markdown and html when funds carry a family', async () => {
    const { renderReport } = await import('../../src/report/index.js');
    const r = sampleResult();
    r.funds = r.funds.map((f, i) => ({ ...f, family: i === 0 ? 'Family A' : 'Family B' }));
    const opts = { color: false, width: 100, showSuppressed: false };
    expect(renderReport(r, 'table', opts)).toMatch(/By fund family\n  Family A: 1 fund of 1 flagged · 4 positions · USD 4,673,135.77/);
    expect(renderReport(r, 'markdown', opts)).toContain('| Family A | 1 | 1 | 4 | USD 4,673,135.77 |');
    expect(renderReport(r, 'html', opts)).toContain('<section id="families">');
  });
});
