/**
 * The foundation's acceptance checks on real published files in ../shared (never copied here).
 * Run in CI (which has ../shared); skip elsewhere with a printed reason.
 */
import { describe, expect, it } from 'vitest';
import { runCli, sharedAvailable, sharedPath } from '../helpers/cli.js';
import { ReportContract, type ReportJson } from '../helpers/report-contract.js';

const have = sharedAvailable('real-sample CLI tests');

async function screenJson(file: string): Promise<{ code: number | null; report: ReportJson }> {
  const r = await runCli(['screen', file, '--format', 'json', '--quiet']);
  return { code: r.code, report: ReportContract.parse(JSON.parse(r.stdout)) };
}

const flaggedIssuers = (r: ReportJson) => new Set(r.findings.map((f) => f.issuer));

describe.skipIf(!have)('real fund files', () => {
  it('iShares EEM (2025, re-saved without preamble): flags the listed companies, not the look-alikes', async () => {
    const { code, report } = await screenJson(sharedPath('sources/holdings/ishares/EEM_holdings__ViktorLor_2025-01.csv'));
    expect(code).toBe(1);
    const flagged = flaggedIssuers(report);
    for (const name of ['HOSHINE SILICON INDUSTRY LTD A', 'IFLYTEK LTD A', 'ZHEJIANG DAHUA TECHNOLOGY LTD A', 'XINJIANG DAQO NEW ENERGY LTD A']) {
      expect(flagged, name).toContain(name);
    }
    expect(flagged).not.toContain('GOLDWIND SCIENCE&TECHNOLOGY LTD A');
    expect(flagged).not.toContain('ZHONGTAI SECURITIES LTD A');
    const hoshine = report.findings.find((f) => f.issuer === 'HOSHINE SILICON INDUSTRY LTD A')!;
    // Line 1042 of the file (counted with grep -n); the value and shares as written there.
    expect(hoshine).toMatchObject({ line: 1042, ticker: '603260', shares: 139200, marketValue: 1008626.83, entity: { id: 'hoshine-silicon' } });
    expect(hoshine.entity.listings.map((l) => l.date)).toContain('2021-06-24');
  });

  it('Vanguard VT (three sections, mixed line ends): flags Hikvision, Dahua, Iflytek, Meiya Pico; not Goldwind, Hefei Meiya, Sensata', async () => {
    const { code, report } = await screenJson(sharedPath('sources/holdings/vanguard/VT_Holdings_details_Total_World_Stock_ETF_2020-09-30.csv'));
    expect(code).toBe(1);
    const flagged = flaggedIssuers(report);
    for (const name of [
      'Hangzhou Hikvision Digital Technology Co. Ltd.',
      'Zhejiang Dahua Technology Co. Ltd.',
      'Iflytek Co. Ltd.',
      'Xiamen Meiya Pico Information Co. Ltd.',
    ]) {
      expect(flagged, name).toContain(name);
    }
    // This copy of the file holds Hikvision on one line only (SEDOL BD5CPQ2, line 2074): every
    // line of a listed company is its own finding (tested on a fixture with two lines elsewhere).
    expect(report.findings.filter((f) => f.entity.id === 'hikvision').map((f) => f.line)).toEqual([2074]);
    for (const name of ['Xinjiang Goldwind Science & Technology Co. Ltd.', 'Hefei Meiya Optoelectronic Technology Inc.', 'Sensata Technologies Holding plc']) {
      expect(flagged, name).not.toContain(name);
    }
    expect(report.funds[0]).toMatchObject({ fund: 'Total World Stock ETF (VT)', asOf: '2020-09-30', format: 'vanguard' });
  });

  it('pristine iShares ACWI 2022: preamble, NBSP line and footer; rows.read = holdings lines; JSON passes the contract', async () => {
    const { report } = await screenJson(sharedPath('sources/holdings/ishares/ACWI_holdings__ctanny_2022-03-10.csv'));
    const fund = report.funds[0];
    // Header on line 10, holdings on lines 11-2379, NBSP line 2380, disclaimer from 2381:
    // 2379 - 10 = 2369 holdings lines.
    expect(fund.rows.read).toBe(2369);
    expect(fund.rows.read).toBe(fund.rows.screened + fund.rows.excluded + fund.rows.skipped);
    expect(fund).toMatchObject({ fund: 'iShares MSCI ACWI ETF', asOf: '2022-03-10', format: 'ishares-us' });
    expect(report.skipped).toEqual([]);
  });
});
