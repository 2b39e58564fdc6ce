/** The delimited-table reader: line handling, headers, notes, progress. */
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openHoldings } from '../../src/holdings/read.js';
import { expectRows, fixture, readAll } from './read-all.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tmp = useTempDir('fundscreen-table-');

async function file(name: string, text: string | Buffer): Promise<string> {
  const f = path.join(tmp, name);
  await writeFile(f, text);
  return f;
}

describe('table reader', () => {
  it('amounts carry the currency their header names over a currency column that names another (the security\'s), said once', async () => {
    const r = await readAll(await file('cur.csv', 'Ticker,Name,Market Value (USD),Currency\n603260,HOSHINE SILICON INDUSTRY CO LTD,1000,EUR\n700,TENCENT HOLDINGS LTD,500,HKD\n'));
    expect(r.positions.map((p) => p.value)).toEqual([{ amount: 1000, currency: 'USD' }, { amount: 500, currency: 'USD' }]);
    expect(r.meta.warnings.filter((w) => /names USD/.test(w))).toEqual(['line 2: Market Value (USD) names USD, its Currency column EUR: amounts are labelled USD, as their header says (the column read as the security\'s currency)']);
    // Without a currency in the header, the column says.
    const plain = await readAll(await file('cur2.csv', 'Ticker,Name,Market Value,Currency\n700,TENCENT HOLDINGS LTD,500,HKD\n'));
    expect(plain.positions[0]!.value).toEqual({ amount: 500, currency: 'HKD' });
  });

  it('a currency column is read as ISO 4217 codes (usd, RMB, €); text that names no one currency (GBp: pence) labels nothing, said once', async () => {
    const r = await readAll(await file('codes.csv', 'Name,Market Value,Currency\nA,1,usd\nB,2,RMB\nC,3,€\nD,4,GBp\nE,5,GBX\n'));
    expect(r.positions.map((p) => p.value?.currency ?? null)).toEqual(['USD', 'CNY', 'EUR', null, null]);
    expect(r.meta.warnings.filter((w) => /ISO 4217/.test(w))).toEqual(['line 5: Currency "GBp" is no ISO 4217 currency code: such rows\' amounts are labelled as their header or cell says, else with no currency']);
  });

  it('old-Mac CR-only line ends', async () => {
    const r = await readAll(await file('cr.csv', 'Name,Ticker\rApple Inc.,AAPL\rMicrosoft Corp.,MSFT\r'));
    expectRows(r, 2, 2, 0, 0);
    expect(r.positions.map((p) => [p.line, p.ids.ticker])).toEqual([[2, 'AAPL'], [3, 'MSFT']]);
  });

  it('a header with trailing delimiters accepts rows that stop at the last named column; a row with one cell too many is salvaged', async () => {
    const r = await readAll(await file('trailing.csv', 'Name,Ticker,,\nApple Inc.,AAPL\nMicrosoft Corp.,MSFT,,\nBad Row,X,,,oops\n'));
    expectRows(r, 3, 3, 0, 0);
    expect(r.positions[2]).toMatchObject({ line: 4, issuer: 'Bad Row', ids: { ticker: 'X' }, salvaged: expect.stringMatching(/removed|ignored/) });
  });

  it('a repeated header (concatenated exports) is not a row, and is reported', async () => {
    const r = await readAll(await file('repeat.csv', 'Name,Ticker\nApple Inc.,AAPL\nName,Ticker\nMicrosoft Corp.,MSFT\n'));
    expectRows(r, 2, 2, 0, 0);
    expect(r.meta.warnings).toEqual(['1 repeated header line(s) ignored']);
  });

  it('blank lines inside the table do not end it; a single-cell line after a blank is a note', async () => {
    const r = await readAll(await file('blank.csv', 'Name,Ticker\nApple Inc.,AAPL\n\nMicrosoft Corp.,MSFT\n\n"Source: a footnote, with a comma"\n'));
    expectRows(r, 2, 2, 0, 0);
    expect(r.meta.warnings).toEqual([]); // a disclaimer after the table is expected, not a warning
    expect(r.meta.footer).toEqual({ lines: 1, fromLine: 6 });
  });

  it('a single-cell line inside the table (no blank before it) is a skipped ragged row, not a note', async () => {
    const r = await readAll(await file('single.csv', 'Name,Ticker\nApple Inc.,AAPL\nJUST A NAME\nMicrosoft Corp.,MSFT\n'));
    expectRows(r, 3, 2, 0, 1);
    expect(r.skipped[0]).toMatchObject({ line: 3, reason: 'ragged row: 1 fields, the header at line 1 has 2' });
  });

  it('a quoted name with a line of delimiters only inside it is one record, not an unclosed quote', async () => {
    // Found by a property test: ",,," has the header's width but is no row.
    const r = await readAll(await file('delims-inside.csv', 'Name,Ticker,Market Value,Weight (%)\n"Co \n,,,\nX",A,0.00,0\nApple Inc.,AAPL,1,2\n'));
    expectRows(r, 2, 2, 0, 0);
    expect(r.positions.map((p) => [p.line, p.issuer, p.ids.ticker])).toEqual([[2, 'Co ,,, X', 'A'], [5, 'Apple Inc.', 'AAPL']]);
  });

  it('a quoted name spanning two lines is one record at its first line; lines after it keep their numbers', async () => {
    const r = await readAll(await file('multiline.csv', 'Name,Ticker\n"Hangzhou Hikvision\nDigital Technology Co. Ltd.",002415\nApple Inc.,AAPL\n'));
    expectRows(r, 2, 2, 0, 0);
    expect(r.positions.map((p) => [p.line, p.issuer])).toEqual([[2, 'Hangzhou Hikvision Digital Technology Co. Ltd.'], [4, 'Apple Inc.']]);
  });

  it('a row without a name but with an identifier is screened; one with neither is skipped', async () => {
    const r = await readAll(await file('noname.csv', 'Name,ISIN,Country\n,CNE100000PM8,China\n-,-,China\n'));
    expectRows(r, 2, 1, 0, 1);
    expect(r.positions[0]).toMatchObject({ issuer: '', ids: { isin: 'CNE100000PM8', country: 'China' } });
    expect(r.skipped[0]).toMatchObject({ line: 3, reason: 'no issuer name and no identifier' });
  });

  it('reports byte progress up to the file size (compressed bytes for .gz)', async () => {
    for (const f of [fixture('vanguard', 'vt-2020.csv'), fixture('ishares-us', 'pristine-2022.csv.gz')]) {
      const seen: number[] = [];
      const reader = await openHoldings(f, { onBytes: (read) => seen.push(read) });
      for await (const _ of reader.batches);
      expect(seen.at(-1)).toBe((await stat(f)).size);
    }
  });

  it('a consumer may stop early', async () => {
    const reader = await openHoldings(fixture('vanguard', 'vt-2020.csv'), {});
    for await (const batch of reader.batches) {
      expect(batch[0].line).toBe(9);
      break;
    }
  });
});
