/**
 * A holdings table published in Chinese (a fund report's top holdings: code, name, shares, value in
 * yuan, % of net asset value): read by its headers, names matched through their pinyin reading, and
 * the % of fund taken from the file's own weights, as the table lists only part of the fund.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const TABLE = [
  '证券代码,证券名称,数量（股）,持仓市值(元),占净值比例(%)',
  '600089,特变电工,100000,2000000,2.50',
  '002236,大华股份,20000,500000,0.60',
  '600519,贵州茅台,5000,9000000,9.10',
  '000001,平安银行,10000,1000000,1.00',
].join('\n');

describe('a Chinese-language holdings table', () => {
  it('is screened: values in CNY, listed companies found by their Chinese names, % of fund from the stated weights', async () => {
    const r = await runCli(['screen', '-', '--format', 'json'], { input: TABLE });
    const report = JSON.parse(r.stdout);
    expect(report.funds[0].rows).toMatchObject({ read: 4, screened: 4, skipped: 0 });
    const flagged = report.findings.map((f: { issuer: string; entity: { id: string } }) => [f.issuer, f.entity.id]);
    expect(flagged).toContainEqual(['特变电工', 'tbea']);
    expect(report.funds[0].exposure.amounts).toEqual([{ currency: 'CNY', amount: expect.any(Number) }]);
    expect(flagged).toContainEqual(['大华股份', expect.stringContaining('dahua')]);
    // 2.50 + 0.60 of the fund as the table states it, not the flagged share of the four rows' values (20 %).
    expect(report.funds[0].exposure.weightPct).toBeCloseTo(3.1, 6);
  });
});
