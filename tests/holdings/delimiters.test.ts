import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expectRows, fixture, readAll } from './read-all.js';
import { useTempDir } from '../helpers/temp-dir.js';

const EXPECTED = [
  ['Zhejiang Dahua Technology Co. Ltd.', '002236', 226130.76, 0.02],
  ['Nestlé SA', 'NESN', 115823707.78, 0.57],
  ['Société Générale SA', 'GLE', 9876543.21, 0.05],
];

describe('delimiters', () => {
  it.each([
    ['semicolon-decimal-comma.csv', 'semicolon', 1],
    ['tab.tsv', 'tab', 1],
    ['pipe.txt', 'pipe', 1],
    ['sep-directive.csv', 'semicolon', 2],
  ])('%s is sniffed as %s', async (file, delimiter, headerLine) => {
    const r = await readAll(fixture('delimiters', file));
    expect(r.meta).toMatchObject({ delimiter, headerLine, format: 'generic-csv' });
    expectRows(r, 3, 3, 0, 0);
    expect(r.positions.map((p) => [p.issuer, p.ids.ticker, p.value?.amount, p.weightPct])).toEqual(EXPECTED);
  });

  it('semicolon files with a decimal comma say so', async () => {
    const r = await readAll(fixture('delimiters', 'semicolon-decimal-comma.csv'));
    expect(r.meta.warnings).toContain('numbers use a decimal comma (1.234,56)');
  });

  it('a forced delimiter wins over sniffing', async () => {
    await expect(readAll(fixture('delimiters', 'tab.tsv'), { delimiter: ';' })).rejects.toThrow(/no header row found/);
    const r = await readAll(fixture('delimiters', 'pipe.txt'), { delimiter: '|' });
    expect(r.positions).toHaveLength(3);
  });
});

describe('a decimal comma in a comma-delimited file', () => {
  const dir = useTempDir('fundscreen-comma-decimal-');
  const header = 'Ticker,Name,Exchange,Market Value,Weight (%)\n';

  it('quoted "1.234.567,89" cells are read as decimal-comma numbers, as in a ; file', async () => {
    const file = path.join(dir, 'quoted.csv');
    await writeFile(file, `${header}"AAPL","APPLE INC","NASDAQ","2.000,00","1,00"\n"603260","HOSHINE SILICON INDUSTRY CO LTD","Shanghai Stock Exchange","1.234.567,89","0,52"\nMSFT,MICROSOFT CORP,NASDAQ,"15,5",2\n`);
    const r = await readAll(file);
    expect(r.meta.delimiter).toBe('comma');
    expect(r.meta.warnings).toContain('numbers use a decimal comma (1.234,56)');
    expectRows(r, 3, 3, 0, 0);
    expect(r.positions.map((p) => [p.value?.amount, p.weightPct])).toEqual([[2000, 1], [1234567.89, 0.52], [15.5, 2]]);
  });

  it('quoted "1,234,567.89" cells stay dot-decimal, and dots alone ("1.234.567") are no evidence in a comma file', async () => {
    const us = path.join(dir, 'us.csv');
    await writeFile(us, `${header}AAPL,APPLE INC,NASDAQ,"1,234,567.89",1.00\nMSFT,MICROSOFT CORP,NASDAQ,"2,000",0.52\n`);
    const a = await readAll(us);
    expect(a.meta.warnings).not.toContain('numbers use a decimal comma (1.234,56)');
    expect(a.positions.map((p) => p.value?.amount)).toEqual([1234567.89, 2000]);
    const dots = path.join(dir, 'dots.csv');
    await writeFile(dots, `${header}AAPL,APPLE INC,NASDAQ,1.234.567,1\nMSFT,MICROSOFT CORP,NASDAQ,2.000.000,0.5\n`);
    expect((await readAll(dots)).meta.warnings).not.toContain('numbers use a decimal comma (1.234,56)');
  });
});
