import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateNportDataset } from '../../bench/nport-gen.js';
import { readNportDataset } from '../../src/holdings/formats/nport-dataset.js';
import type { HoldingsRecord, Position } from '../../src/holdings/position.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tmp = useTempDir('nport-gen-');

describe('bench/nport-gen.ts', () => {
  it('is deterministic and its output reads back row for row, planted issuers with their real identifiers', async () => {
    const a = await generateNportDataset(path.join(tmp, 'a'), { holdings: 12_000 });
    const b = await generateNportDataset(path.join(tmp, 'b'), { holdings: 12_000, shuffleIdentifiers: true });
    const holdings = (d: string) => fs.readFileSync(path.join(d, 'FUND_REPORTED_HOLDING.tsv'));
    expect(holdings(a.dir).equals(holdings(b.dir))).toBe(true);
    expect(a).toMatchObject({ holdings: 12_000, planted: 2 });

    for (const set of [a, b]) {
      const reader = await readNportDataset(set.dir, {});
      const records: HoldingsRecord[] = [];
      for await (const batch of reader.batches) for (const r of batch) records.push(r);
      expect(records).toHaveLength(set.holdings);
      expect(records.filter((r) => r.kind === 'skipped')).toEqual([]);
      const planted = records.filter((r): r is Position => r.kind === 'position' && !r.issuer.startsWith('BENCH'));
      expect(planted.map((p) => [p.issuer, p.ids.isin ?? null, p.ids.ticker ?? null])).toEqual([
        ['XINJIANG DAQO NEW ENERGY LTD A', null, '688303'],
        ['IFLYTEK A', 'CNE100000B81', '002230'],
      ]);
      expect(planted.every((p) => p.fund && p.family?.startsWith('BENCH FUND TRUST'))).toBe(true);
    }
  });
});
