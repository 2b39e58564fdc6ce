import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { TEXT_LAYOUTS } from '../../src/holdings/formats/index.js';
import { readXlsx } from '../../src/holdings/formats/xlsx.js';
import type { HoldingsRecord, Position } from '../../src/holdings/position.js';
import { xlsx } from './nport-zip-writer.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const spy = path.resolve(repoRoot, '..', 'shared', 'sources', 'holdings', 'spdr', 'holdings-daily-us-en-spy__onlyspx_2024-05-10.xlsx');
const haveShared = fs.existsSync(spy);
if (!haveShared && !process.env.CI) console.log(`skipping the real SPDR sample: ${spy} is absent`);

async function read(source: string, bytes: Buffer) {
  const reader = await readXlsx(source, bytes, {}, TEXT_LAYOUTS, 'spdr');
  const records: HoldingsRecord[] = [];
  for await (const batch of reader.batches) for (const r of batch) records.push(r);
  const count = (k: HoldingsRecord['kind']) => records.filter((r) => r.kind === k).length;
  return { meta: reader.meta, records, positions: records.filter((r): r is Position => r.kind === 'position'), count };
}

const HEADER = ['Name', 'Ticker', 'Identifier', 'SEDOL', 'Weight', 'Sector', 'Shares Held', 'Local Currency'];
const PREAMBLE = [
  ['Fund Name:', 'SPDR® S&P 500® ETF Trust'],
  ['Ticker Symbol:', 'SPY'],
  ['Holdings:', 'As of 10-May-2024'],
  [],
];

describe.runIf(haveShared || process.env.CI)('SPDR xlsx: the real SPY file', () => {
  it('reads preamble, header row 5 and the 504 rows 6-509 (one cash line); disclaimers are not rows', async () => {
    const { meta, records, positions, count } = await read(spy, fs.readFileSync(spy));
    expect(meta).toMatchObject({ format: 'spdr-xlsx', fund: 'SPDR® S&P 500® ETF Trust', asOf: '2024-05-10', headerLine: 5 });
    expect(meta.columns).toMatchObject({ issuer: 'Name', ticker: 'Ticker', cusip: 'Identifier', weightPct: 'Weight', shares: 'Shares Held' });
    expect(meta.warnings).toEqual([]);
    // Counted by hand in the sheet: header on row 5, MICROSOFT on row 6 ... NEWS CORP CLASS B on row 509;
    // one of them, row 250, is the cash line `US DOLLAR` (ticker -, identifier 999USDZ92).
    expect([records.length, count('position'), count('excluded'), count('skipped')]).toEqual([504, 503, 1, 0]);
    expect(records.find((r) => r.kind === 'excluded')).toMatchObject({ line: 250, issuer: 'US DOLLAR', weightPct: 0.079551, reason: 'cash or currency' });
    expect(records[0].line).toBe(6);
    expect(records[503].line).toBe(509);
    const apple = positions.find((p) => p.issuer === 'APPLE INC')!;
    expect(apple).toMatchObject({
      line: 7, fund: 'SPDR® S&P 500® ETF Trust', ids: { ticker: 'AAPL', cusip: '037833100', sedol: '2046251' },
      shares: 170182704, weightPct: 6.053475, tradingCurrency: 'USD', value: null,
    });
    expect(positions.find((p) => p.ids.ticker === 'MSFT')!.shares).toBe(87116767); // stored as the text 8.7116767E7
    expect(positions.find((p) => p.ids.ticker === 'BIO')!.ids.cusip).toBe('090572207'); // leading zero kept
  });
});

describe('SPDR xlsx: generated workbooks', () => {
  it('finds the header wherever it is, excludes cash, skips bad numbers, stops at the disclaimer', async () => {
    const rows = [
      ...PREAMBLE,
      ['Some note'],
      HEADER,
      ['APPLE INC', 'AAPL', '037833100', '2046251', '6.053475', '-', '1.70182704E8', 'USD'],
      ['US DOLLAR', 'CASH_USD', '-', '-', '0.01', '-', '12345', 'USD'],
      ['DAQO NEW ENERGY ADR', 'DQ', 'US23703Q2030', 'B953PM3', 'n/a', '-', '2290', 'USD'],
      ['DAQO NEW ENERGY ADR', 'DQ', '23703Q203', 'B953PM3', '0.02', '-', 'lots', 'USD'],
      [],
      ['Past performance is not a reliable indicator of future performance.'],
      ['Distributor: State Street Global Advisors Funds Distributors, LLC'],
    ];
    const { meta, records, count } = await read('gen.xlsx', xlsx(rows));
    expect(meta.headerLine).toBe(6);
    expect(meta.asOf).toBe('2024-05-10');
    expect(records.map((r) => [r.line, r.kind])).toEqual([[7, 'position'], [8, 'excluded'], [9, 'position'], [10, 'skipped']]);
    expect(count('position') + count('excluded') + count('skipped')).toBe(records.length);
    const daqo = records[2] as Position;
    expect(daqo.ids).toEqual({ ticker: 'DQ', isin: 'US23703Q2030', sedol: 'B953PM3' });
    expect(daqo.weightPct).toBeNull(); // 'n/a' is a placeholder, not an error
    expect(records[3]).toMatchObject({ reason: expect.stringContaining('Shares Held') });
  });

  it('reads data-looking rows after the table end (a gap in the sheet), with a warning, instead of dropping them', async () => {
    const rows = [...PREAMBLE, HEADER, ['APPLE INC', 'AAPL', '037833100', '2046251', '6.05', '-', '10', 'USD'], [], ['MICROSOFT CORP', 'MSFT', '594918104', '2588173', '7.02', '-', '20', 'USD']];
    const { meta, records } = await read('gap.xlsx', xlsx(rows));
    expect(records.map((r) => [r.line, r.kind])).toEqual([[6, 'position'], [8, 'position']]);
    expect(meta.warnings).toEqual(['row 8 looks like data but comes after the table ended at row 7: read as a holding, as are the rows like it after it']);
  });

  it('a truncated or non-xlsx file and a sheet without the header are InputErrors', async () => {
    const good = xlsx([...PREAMBLE, HEADER]);
    await expect(read('cut.xlsx', good.subarray(0, good.length - 40))).rejects.toBeInstanceOf(InputError);
    await expect(read('text.xlsx', Buffer.from('Name,Ticker\n'))).rejects.toThrow(/not a readable xlsx/);
    await expect(read('nohead.xlsx', xlsx([['Fund Name:', 'X'], ['A', 'B']]))).rejects.toThrow(/no SPDR holdings header/);
  });
});
