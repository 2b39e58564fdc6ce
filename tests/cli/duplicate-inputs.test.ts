/**
 * A file named twice (twice on the command line, spelled two ways, or inside a folder also given)
 * is screened once, with a warning: counted twice it would double every row count and exposure,
 * and with --look-through every path (each copy of a holder joins each copy of a fund).
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ReportContract } from '../helpers/report-contract.js';

const dir = 'fixtures/lookthrough/portfolio';
const lookThrough = ['--look-through', `${dir}/EEM_holdings.csv`, `VXUS,VTIAX=${dir}/total-international.csv`, `VFIFX=${dir}/target-2050.csv`];

async function json(args: string[]) {
  const r = await runCli(['screen', ...args, '--format', 'json', '--quiet']);
  return { code: r.code, report: ReportContract.parse(JSON.parse(r.stdout)) };
}

describe('an input named more than once', () => {
  it('look-through: the portfolio given twice gives the figures of once (Hoshine 2,320, iFlytek 3,000 indirect), no duplicate rows', async () => {
    const { code, report } = await json([`${dir}/portfolio.csv`, `./${dir}/portfolio.csv`, ...lookThrough]);
    expect(code).toBe(1);
    const lt = report.lookThrough!;
    expect(report.funds).toHaveLength(1);
    expect(report.findings).toHaveLength(1);
    expect(lt.holders).toHaveLength(1);
    expect(lt.findings).toHaveLength(4);
    expect(lt.notLookedThrough).toHaveLength(1);
    expect(Object.fromEntries(lt.entities.map((e) => [e.id, e.indirect]))).toEqual({
      'hoshine-silicon': [{ amount: 2320, currency: 'USD' }],
      iflytek: [{ amount: 3000, currency: 'USD' }],
    });
    expect(report.warnings).toContain('./portfolio.csv: given more than once; screened once');
  });

  it('a file and the folder holding it: each file once, rows counted once', async () => {
    const once = await json([`${dir}/portfolio.csv`]);
    const both = await json([`${dir}/portfolio.csv`, dir]);
    const portfolio = both.report.funds.filter((f) => f.source.endsWith('portfolio.csv'));
    expect(portfolio).toHaveLength(1);
    expect(portfolio[0].rows).toEqual(once.report.funds[0].rows);
    expect(new Set(both.report.funds.map((f) => f.source)).size).toBe(both.report.funds.length);
    expect(both.report.warnings.some((w) => /portfolio\.csv: given more than once; screened once/.test(w))).toBe(true);
  });
});
