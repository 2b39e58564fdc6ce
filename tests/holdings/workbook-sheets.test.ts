/**
 * Which sheets of a workbook (an xlsx's sheets, an HTML page's tables, a JSON document's arrays)
 * are read: a sheet whose rows a longer one has (a Top 10, a copy) is left out, saying so; a sheet
 * listing positions by name only (their values blank) has rows of its own and is read.
 */
import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../helpers/cli.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { xlsxBook } from './nport-zip-writer.js';
import { readAll } from './read-all.js';

const EQUITY_HEADER = ['Ticker', 'Name', 'Sector', 'Market Value', 'Weight (%)'];
const equityRows = (n: number) => Array.from({ length: n }, (_, i) => [`T${i}`, `EXAMPLE COMPANY ${i} INC`, 'Information Technology', String(1000 + i), '0.1']);
const EQUITY = [EQUITY_HEADER, ...equityRows(12)];
/** Positions listed by name only, their value and weight blank (unpriced, suspended). */
const UNPRICED = [['Name', 'Market Value', 'Weight (%)'], ['HOSHINE SILICON INDUSTRY CO LTD', '', ''], ['Xinjiang Daqo New Energy Co., Ltd.', '', '']];

describe('a second sheet listing positions by name only', () => {
  const dir = useTempDir('workbook-sheets');
  const write = async (name: string, data: string | Buffer) => {
    const file = path.join(dir, name);
    await writeFile(file, data);
    return file;
  };

  it('xlsx: an "Unpriced" sheet of names with blank values is read, a fund of its own (it was judged a summary of the longer sheet and lost)', async () => {
    const file = await write('unpriced.xlsx', xlsxBook([['Equity', EQUITY], ['Unpriced', UNPRICED]]));
    const r = await readAll(file);
    expect(r.positions.filter((p) => p.fund !== null).map((p) => [p.line, p.issuer, p.fund])).toEqual([
      [2, 'HOSHINE SILICON INDUSTRY CO LTD', 'unpriced.xlsx (sheet Unpriced)'],
      [3, 'Xinjiang Daqo New Energy Co., Ltd.', 'unpriced.xlsx (sheet Unpriced)'],
    ]);
    expect(r.positions).toHaveLength(14);
    const screen = await runCli(['screen', file, '--format', 'json']);
    expect(screen.code).toBe(1);
    expect(JSON.parse(screen.stdout).findings.map((f: { issuer: string }) => f.issuer)).toEqual(expect.arrayContaining(['HOSHINE SILICON INDUSTRY CO LTD']));
  });

  it('HTML: a second table of names with blank values is read', async () => {
    const table = (rows: string[][]) => `<table>${rows.map((r, i) => `<tr>${r.map((c) => (i === 0 ? `<th>${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`).join('')}</table>`;
    const file = await write('page.html', `<html><body>${table(EQUITY)}<p>Unpriced</p>${table(UNPRICED)}</body></html>`);
    const r = await readAll(file);
    expect(r.positions.filter((p) => p.fund !== null).map((p) => [p.line, p.issuer])).toEqual([
      [2, 'HOSHINE SILICON INDUSTRY CO LTD'], [3, 'Xinjiang Daqo New Energy Co., Ltd.'],
    ]);
  });

  it('JSON: a second array whose records name a position, their values null, is read', async () => {
    const records = EQUITY.slice(1).map(([ticker, name, sector, marketValue, weight]) => ({ ticker, name, sector, marketValue: Number(marketValue), weight: Number(weight) }));
    const file = await write('doc.json', JSON.stringify({ equity: records, unpriced: [{ name: 'HOSHINE SILICON INDUSTRY CO LTD', marketValue: null, weight: null }] }));
    const r = await readAll(file);
    expect(r.positions.filter((p) => p.fund !== null).map((p) => [p.line, p.issuer, p.fund])).toEqual([[2, 'HOSHINE SILICON INDUSTRY CO LTD', 'doc.json (array unpriced)']]);
  });

  it('a Top 10 sheet with one-cell notes under it (a source, a footnote, a sentence, a total) is still a summary: left out, the warning naming it and why', async () => {
    const top = [['Name', 'Weight (%)'], ['Example Company 0 Inc', '0.1'], ['EXAMPLE COMPANY 1 INC', '0.1'], [],
      ['Source: Example Asset Management'], ['* Holdings are subject to change.'], ['Past performance is no guarantee of future results'],
      ['Total'], ['Common Stocks'], ['(1) Top ten by weight']];
    const file = await write('top10.xlsx', xlsxBook([['Equity', EQUITY], ['Top 10', top]]));
    const r = await readAll(file);
    expect(r.positions.map((p) => p.fund)).toEqual(Array(12).fill(null));
    expect(r.meta.warnings).toContain('sheet "Equity" read (the workbook has 2: Equity, Top 10); not read: "Top 10", whose rows are all in sheet "Equity" (a summary or a copy of it)');
  });

  it('a Top 10 sheet with a one-cell title under its header, which reads as a name ("Largest Positions", "Alibaba Group"), is still a summary: rows of one name count only where they are half the sheet', async () => {
    for (const title of ['Largest Positions', 'Alibaba Group']) {
      const top = [['Name', 'Weight (%)'], [title], ...equityRows(10).map((r) => [r[1], r[4]])];
      const file = await write('top-title.xlsx', xlsxBook([['Equity', EQUITY], ['Top 10', top]]));
      const r = await readAll(file);
      expect(r.positions.map((p) => p.fund)).toEqual(Array(12).fill(null));
    }
  });

  it('a sheet whose header names no value, weight or identifier, beside the holdings, is said to be left out, and why', async () => {
    const file = await write('names.xlsx', xlsxBook([['Equity', EQUITY], ['Managers', [['Name'], ['JANE EXAMPLE'], ['JOHN EXAMPLE']]]]));
    const r = await readAll(file);
    expect(r.positions).toHaveLength(12);
    expect(r.meta.warnings).toContain('sheet "Equity" read (the workbook has 2: Equity, Managers); not read: "Managers", whose header names no value, weight or identifier of a holding (a list of names, not holdings)');
  });
});
