/**
 * A file named twice (twice on the command line, spelled two ways, or inside a folder also given)
 * is screened once, with a warning: counted twice it would double every row count and exposure,
 * and with --look-through every path (each copy of a holder joins each copy of a fund).
 */
import { describe, expect, it } from 'vitest';
import { link, mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../helpers/cli.js';
import { ReportContract } from '../helpers/report-contract.js';
import { useTempDir } from '../helpers/temp-dir.js';

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

describe('one file reached through a link', () => {
  const tmp = useTempDir('fundscreen-links-');
  const holdings = 'Ticker,Name,Exchange,Market Value,Weight (%)\nAAPL,APPLE INC,NASDAQ,1000,50\n603260,HOSHINE SILICON INDUSTRY CO LTD,Shanghai Stock Exchange,1000,50\n';

  it('a folder with a file, a symbolic link and a hard link to it screens the file once, each link named in a warning with the file', async () => {
    const funds = path.join(tmp, 'funds');
    await mkdir(funds);
    await writeFile(path.join(funds, 'EEM_2025-01-17.csv'), holdings);
    await symlink('EEM_2025-01-17.csv', path.join(funds, 'EEM_latest.csv'));
    await link(path.join(funds, 'EEM_2025-01-17.csv'), path.join(funds, 'EEM_copy.csv'));
    const { code, report } = await json([funds]);
    expect(code).toBe(1);
    expect(report.funds.map((f) => path.basename(f.source))).toEqual(['EEM_2025-01-17.csv']);
    expect(report.funds[0].rows).toEqual({ read: 2, screened: 2, excluded: 0, skipped: 0 });
    expect(report.findings).toHaveLength(1);
    const said = report.warnings.filter((w) => w.includes('also reached as'));
    // Named from the file screened, which the report names without its local folder.
    expect(said).toEqual([
      'EEM_2025-01-17.csv: also reached as EEM_copy.csv (a link to the same file); screened once',
      'EEM_2025-01-17.csv: also reached as EEM_latest.csv (a link to the same file); screened once',
    ]);
    expect(report.warnings.join('\n')).not.toContain(tmp);
  });

  it('a file and a link to it named on the command line: screened once; two files with the same bytes are two files', async () => {
    const file = path.join(tmp, 'fund.csv');
    await writeFile(file, holdings);
    await symlink(file, path.join(tmp, 'latest.csv'));
    await writeFile(path.join(tmp, 'copy.csv'), holdings);
    const linked = await json([file, path.join(tmp, 'latest.csv')]);
    expect(linked.report.funds).toHaveLength(1);
    expect(linked.report.warnings).toContain('fund.csv: also reached as latest.csv (a link to the same file); screened once');
    const copied = await json([file, path.join(tmp, 'copy.csv')]);
    expect(copied.report.funds).toHaveLength(2);
  });
});
