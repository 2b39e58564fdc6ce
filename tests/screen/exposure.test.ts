import { describe, expect, it } from 'vitest';
import type { Finding, FundSummary, ScreenResult } from '../../src/screen/result.js';
import { computeExposure, pctOfFund } from '../../src/screen/exposure.js';
import { ENTITIES, EEM, VT, match, position, sampleFindings, sampleResult, withExposure } from '../report/sample-result.js';

const EEM_TOTAL = 15561393094.84;
const VT_TOTAL = 20169702867.77;

describe('computeExposure: per fund', () => {
  it('counts flagged positions, value and % of fund (value over the screened value) from unsuppressed findings', () => {
    const r = sampleResult();
    r.findings[7] = { ...r.findings[7], suppressed: { reason: 'r', expires: 'never' } }; // VT Dahua
    const s = computeExposure(r);
    const [eem, vt] = s.funds;
    expect(eem.positions).toBe(4);
    const eemFlagged = 1957011.4 + 1008626.83 + 963373.09 + 744124.45;
    expect(eem.amounts).toEqual([{ currency: 'USD', amount: eemFlagged }]);
    expect(eem.marketValue).toBe(eemFlagged);
    // From values, not the file's rounded weights (0.01 + 0.01 + 0.01 + 0.00 would say 0.03).
    expect(eem.pctOfFund).toBeCloseTo((eemFlagged / EEM_TOTAL) * 100, 12);
    expect(vt.positions).toBe(4);
    expect(vt.suppressed).toBe(1);
    const vtFlagged = 1301915.4 + 309699.6 + 276150.65 + 109130.06;
    expect(vt.amounts).toEqual([{ currency: 'USD', amount: vtFlagged }]);
    // VT's weights are all "<0.01%": the percentage comes from values, never from the bounds.
    expect(vt.pctOfFund).toBeCloseTo((vtFlagged / VT_TOTAL) * 100, 12);
    expect(s.totals).toMatchObject({ funds: 2, fundsFlagged: 2, positions: 8, suppressed: 1 });
    expect(s.totals.rows).toEqual({ read: 10036, screened: 10000, excluded: 36, skipped: 0 });
    expect(s.totals.amounts).toEqual([{ currency: 'USD', amount: eemFlagged + vtFlagged }]);
  });

  it('never adds currencies: amounts per currency, no single marketValue, no % from values', () => {
    const [hik, , iflytek] = sampleFindings().filter((f) => f.position.source === VT);
    const inCny = { ...iflytek, position: { ...iflytek.position, value: { amount: 2000000, currency: 'CNY' } } };
    const r = withExposure({ ...sampleResult([hik, inCny]) });
    const vt = r.exposure.funds[1];
    expect(vt.amounts).toEqual([{ currency: 'CNY', amount: 2000000 }, { currency: 'USD', amount: 1301915.4 }]);
    expect(vt.marketValue).toBeNull();
    expect(vt.pctOfFund).toBeNull(); // one value is not in the fund's currency, and the weights are bounds
    expect(r.exposure.totals.amounts.map((m) => m.currency)).toEqual(['CNY', 'USD']);
  });

  it('a weight is never summed from bounds; figures are summed when the file gives no values', () => {
    const noValues = sampleResult().findings.map((f) => ({ ...f, position: { ...f.position, value: null } }));
    const s = computeExposure({ ...sampleResult(), findings: noValues });
    expect(s.funds[0].pctOfFund).toBeCloseTo(0.03, 10); // EEM: the file's weights, all figures
    expect(s.funds[1].pctOfFund).toBeNull(); // VT: only bounds
    expect(s.funds[1]).toMatchObject({ amounts: [], marketValue: 0 });
  });

  it('nothing flagged is a known zero', () => {
    const r = sampleResult(sampleFindings().filter((f) => f.position.source === VT));
    expect(r.exposure.funds[0]).toMatchObject({ positions: 0, pctOfFund: 0, amounts: [], marketValue: 0 });
  });

  it('counts a position flagged for two entities once in the fund, once under each entity', () => {
    const hoshine = sampleFindings()[1];
    const alsoDaqo: Finding = { ...hoshine, match: match(ENTITIES.daqo, 'review', 'name', 'x', 'test double flag') };
    const s = computeExposure(sampleResult([hoshine, alsoDaqo]));
    expect(s.funds[0].positions).toBe(1);
    expect(s.funds[0].findings).toBe(2);
    expect(s.funds[0].amounts[0].amount).toBeCloseTo(1008626.83, 6);
    expect(s.entities.map((e) => [e.id, e.positions])).toEqual([['hoshine-silicon', 1], ['xinjiang-daqo-new-energy', 1]]);
  });
});

describe('computeExposure: per entity ("who holds X")', () => {
  it('lists each holding fund with shares, value and weight, entities by name', () => {
    const s = computeExposure(sampleResult());
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
      { source: EEM, fund: 'iShares MSCI Emerging Markets ETF', family: null, positions: 1, shares: 299219, amounts: [{ currency: 'USD', amount: 1957011.4 }], weightPct: (1957011.4 / EEM_TOTAL) * 100 },
      { source: VT, fund: 'Total World Stock ETF (VT)', family: null, positions: 1, shares: 54600, amounts: [{ currency: 'USD', amount: 276150.65 }], weightPct: (276150.65 / VT_TOTAL) * 100 },
    ]);
    expect(iflytek.listings[0].list).toBe('BIS Entity List');
  });
});

describe('computeExposure: per fund family (N-PORT data sets)', () => {
  // A data set holds many funds per file; values are in USD. Names here are placeholders.
  const src = 'nport/dataset.zip:FUND_REPORTED_HOLDING.tsv';
  const fund = (name: string, family: string, total: number | null): FundSummary => ({
    source: src, fund: name, family, asOf: '2024-12-31', format: 'nport-dataset',
    rows: { read: 100, screened: 100, excluded: 0, skipped: 0 }, screenedValue: total === null ? [] : [{ amount: total, currency: 'USD' }],
  });
  const held = (fundName: string, family: string, line: number, value: number): Finding => ({
    position: position({ source: src, line, fund: fundName, family, issuer: 'HOSHINE SILICON INDUSTRY CO LTD', value: { amount: value, currency: 'USD' } }),
    match: match(ENTITIES.hoshine, 'probable', 'name', 'Hoshine Silicon Industry Co., Ltd.', 'name'),
    suppressed: null,
  });

  it('answers how much each family holds in listed companies', () => {
    const result: ScreenResult = withExposure({
      ...sampleResult([]),
      funds: [fund('Fund A1', 'Family A', 1_000_000), fund('Fund A2', 'Family A', 3_000_000), fund('Fund B1', 'Family B', 500_000)],
      findings: [held('Fund A1', 'Family A', 10, 1000), held('Fund A2', 'Family A', 250, 3000)],
    });
    const s = result.exposure;
    expect(s.families).toEqual([
      { family: 'Family A', funds: 2, fundsFlagged: 2, positions: 2, amounts: [{ currency: 'USD', amount: 4000 }], pctOfAssets: 0.1 },
      { family: 'Family B', funds: 1, fundsFlagged: 0, positions: 0, amounts: [], pctOfAssets: 0 },
    ]);
  });
});

describe('family summary in the human reports', () => {
  it('appears in table, markdown and html when funds carry a family', async () => {
    const { renderReport } = await import('../../src/report/index.js');
    const r = sampleResult();
    const withFamilies = withExposure({ ...r, funds: r.funds.map((f, i) => ({ ...f, family: i === 0 ? 'Family A' : 'Family B' })) });
    const opts = { color: false, width: 100, showSuppressed: false };
    expect(renderReport(withFamilies, 'table', opts)).toMatch(/By fund family\n  Family A: 1 fund of 1 flagged · 4 positions · USD 4,673,135.77/);
    expect(renderReport(withFamilies, 'markdown', opts)).toContain('| Family A | 1 | 1 | 4 | USD 4,673,135.77 |');
    expect(renderReport(withFamilies, 'html', opts)).toContain('<section id="families">');
  });
});

describe('pctOfFund: a file that lists only part of its fund', () => {
  const held = (amount: number, weightPct: number | null) => position({ source: 'top10.csv', line: 2, issuer: 'X', value: { amount, currency: 'CNY' }, weightPct });
  const flagged = [held(2_000_000, 2.5), held(500_000, 0.6)];
  it('the file\'s own weights when its screened rows state less than 90 % of the fund (a top-ten table)', () => {
    // Values alone would say 2.5M of the 12.5M listed: 20 %, the flagged share of the ten, not of the fund.
    expect(pctOfFund(flagged, { screenedValue: [{ amount: 12_500_000, currency: 'CNY' }], statedWeightPct: 15.6 })).toBeCloseTo(3.1, 12);
  });
  it('values over the screened value for a whole file, or when the weights are not all stated', () => {
    expect(pctOfFund(flagged, { screenedValue: [{ amount: 80_000_000, currency: 'CNY' }], statedWeightPct: 99.4 })).toBeCloseTo(3.125, 12);
    expect(pctOfFund(flagged, { screenedValue: [{ amount: 80_000_000, currency: 'CNY' }], statedWeightPct: null })).toBeCloseTo(3.125, 12);
    // Weights that come to about 1 may be fractions (0.025 for 2.5 %): the values.
    const fractions = [held(2_000_000, 0.025), held(500_000, 0.006)];
    expect(pctOfFund(fractions, { screenedValue: [{ amount: 80_000_000, currency: 'CNY' }], statedWeightPct: 0.994 })).toBeCloseTo(3.125, 12);
    // A flagged row without a weight: the values, whatever the file states.
    expect(pctOfFund([held(2_000_000, null)], { screenedValue: [{ amount: 12_500_000, currency: 'CNY' }], statedWeightPct: 15.6 })).toBeCloseTo(16, 12);
  });
});
