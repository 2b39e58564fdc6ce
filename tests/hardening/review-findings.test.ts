/**
 * Cases a read-only review found on inputs the suite did not cover; each test states the fixed
 * behaviour. Files are written to a temp folder (never into the repo).
 */
import { writeFile, copyFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, repoRoot } from '../helpers/cli.js';
import { parseNumber } from '../../src/holdings/values.js';
import { sniffDecimalComma } from '../../src/holdings/sniff.js';
import { secNumber } from '../../src/holdings/formats/sec/sec-values.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tmp = useTempDir('fundscreen-review-');

describe('numbers', () => {
  it('spreadsheet error values are "no value", not a reason to drop the row', async () => {
    expect(parseNumber('#DIV/0!')).toEqual({ ok: true, value: null });
    expect(parseNumber('#VALUE!')).toEqual({ ok: true, value: null });
    expect(parseNumber('NM')).toEqual({ ok: true, value: null });
    const f = path.join(tmp, 'excel-errors.csv');
    await writeFile(f, 'Name,Ticker,Exchange,Shares,Market Value,Weight (%)\nAPPLE INC,AAPL,NASDAQ,100,1000,1\nZHEJIANG DAHUA TECHNOLOGY LTD A,002236,Shenzhen Stock Exchange,100,1000,#DIV/0!\n');
    const r = await runCli(['screen', f, '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.findings.map((x: { line: number; weightPct: number | null }) => [x.line, x.weightPct])).toEqual([[3, null]]);
    expect(report.funds[0].rows).toEqual({ read: 2, screened: 2, excluded: 0, skipped: 0 });
  });

  it('with a dot as decimal mark, commas only group thousands: "0,125" and "1 000,5" are not silently misread', () => {
    expect(parseNumber('1,234.5')).toEqual({ ok: true, value: 1234.5 });
    expect(parseNumber('12,345,678')).toEqual({ ok: true, value: 12345678 });
    expect(parseNumber('0,125').ok).toBe(false);
    expect(parseNumber('1 000,5').ok).toBe(false);
    expect(parseNumber('0,125', true)).toEqual({ ok: true, value: 0.125 });
  });

  it('three decimals after "0," and dot-grouped thousands are decimal-comma evidence', () => {
    expect(sniffDecimalComma([['0,125%'], ['0,031%'], ['4,250%']], [0])).toBe(true);
    expect(sniffDecimalComma([['1.008.626'], ['12.345.678']], [0])).toBe(true);
    expect(sniffDecimalComma([['0.125'], ['1,008,626']], [0])).toBe(false);
  });

  it('a plain-looking but infinite SEC value is not a number', () => {
    expect(secNumber('12467.33')).toEqual({ ok: true, value: 12467.33 });
    expect(secNumber('1e400').ok).toBe(false);
  });
});

describe('stderr', () => {
  it('a file name carrying an escape sequence does not reach the terminal raw', async () => {
    const f = path.join(tmp, 'fn\u001b[2Jx.csv');
    await copyFile(path.join(repoRoot, 'fixtures/cli/ishares-em-sample.csv'), f);
    const r = await runCli(['screen', f, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('rows read');
    expect(r.stderr).not.toContain('\u001b');
    const missing = await runCli(['screen', path.join(tmp, 'nope\u001b]0;pwn\u0007x.csv')]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).not.toMatch(/[\u001b\u0007]/);
  });
});

describe('N-PORT data sets', () => {
  it('each fund carries its own filing report date, not the data set latest', async () => {
    const r = await runCli(['screen', 'fixtures/holdings/nport/dataset', '--format', 'json', '--fail-on', 'none']);
    expect(r.code).toBe(0);
    const funds = JSON.parse(r.stdout).funds.map((f: { fund: string; asOf: string }) => [f.fund, f.asOf]);
    // SUBMISSION.tsv: FIXTURE-0001 reports 31-JAN-2024, FIXTURE-0002 31-MAR-2023.
    expect(funds).toEqual([
      ['Global X DAX Germany ETF', '2024-01-31'],
      ['GOLDMAN SACHS TRUST', '2023-03-31'],
    ]);
  });
});
