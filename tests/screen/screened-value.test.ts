import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { screen } from '../../src/screen/screen.js';
import { expandInputs, openHoldings } from '../../src/holdings/read.js';
import { sumMoney } from '../../src/reference/money.js';

describe("a fund's screened value", () => {
  it('is summed per currency in row order, whatever order the currencies come in', async () => {
    // Amounts whose floating-point sum depends on the order they are added in.
    const rows: Array<[string, number, string]> = [
      ['ALPHA CORP', 0.1, 'USD'], ['BETA AG', 0.1, 'EUR'], ['GAMMA INC', 0.2, 'USD'], ['DELTA INC', 0.2, 'EUR'],
      ['EPSILON SA', 0.2, 'EUR'], ['ZETA', 7, ''], ['ETA PLC', 0.3, 'USD'], ['THETA NV', 0.7, 'EUR'], ['IOTA', 0.5, ''],
    ];
    const dir = mkdtempSync(path.join(tmpdir(), 'screened-value-'));
    const file = path.join(dir, 'fund.csv');
    writeFileSync(file, ['Name,Ticker,Market Value,Currency', ...rows.map(([n, v, c], i) => `${n},T${i},${v},${c}`)].join('\n') + '\n');
    const { result } = await screen(
      { inputs: [file], lists: [], readOptions: {}, minTier: 'review', generatedAt: '2026-12-06T00:00:00.000Z', today: '2026-12-06', tool: { name: 'fundscreen', version: 'test' } },
      { expandInputs, openHoldings, matcher: { match: () => [] } },
    );
    const inOrder = (currency: string) => rows.filter((r) => r[2] === currency).reduce((sum, r) => sum + r[1], 0);
    expect(result.funds).toHaveLength(1);
    expect(result.funds[0]!.screenedValue).toEqual(sumMoney([
      { amount: inOrder('USD'), currency: 'USD' }, { amount: inOrder('EUR'), currency: 'EUR' }, { amount: inOrder(''), currency: null },
    ]));
    expect(inOrder('USD')).not.toBe(0.1 + (0.2 + 0.3));
  });
});
