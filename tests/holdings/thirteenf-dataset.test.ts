import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { isThirteenFDatasetDir, readThirteenFDataset } from '../../src/holdings/formats/thirteenf-dataset.js';
import type { HoldingsRecord, Position, ReadOptions } from '../../src/holdings/position.js';
import { zip } from './nport-zip-writer.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixtureDir = path.join(repoRoot, 'fixtures/holdings/13f/dataset');
const TABLES = ['INFOTABLE.tsv', 'SUBMISSION.tsv', 'COVERPAGE.tsv'];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), '13f-dataset-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function read(p: string, opts: ReadOptions = {}) {
  const reader = await readThirteenFDataset(p, opts);
  const records: HoldingsRecord[] = [];
  for await (const r of reader.records) records.push(r);
  const count = (k: HoldingsRecord['kind']) => records.filter((r) => r.kind === k).length;
  return { meta: reader.meta, records, positions: records.filter((r): r is Position => r.kind === 'position'), count };
}

describe('13F data set', () => {
  it('converts VALUE by filing date (thousands before 2023-01-03, dollars from that day), fund = manager', async () => {
    const { meta, records, positions, count } = await read(fixtureDir);
    expect(meta).toMatchObject({ format: '13f-tsv', asOf: '2022-12-31', fund: null });
    expect(meta.warnings).toEqual([expect.stringContaining('PERIODOFREPORT ranges from 2022-09-30 to 2022-12-31')]);
    expect([records.length, count('position'), count('excluded'), count('skipped')]).toEqual([5, 4, 0, 1]);
    expect(positions.map((p) => [p.line, p.fund, p.issuer, p.marketValue, p.shares, p.assetClass])).toEqual([
      [2, 'FIXTURE CAPITAL LLC', 'DAQO NEW ENERGY CORP', 310_000, 2290, 'shares'],
      [3, 'FIXTURE CAPITAL LLC', 'ISHARES TR', 445_000, null, 'principal amount'],
      [4, 'FIXTURE ADVISERS LP', 'DAQO NEW ENERGY CORP', 309_700, 2290, 'shares'],
      [5, 'FIXTURE ADVISERS LP', 'ALIBABA GROUP HLDG LTD', 475, 2241, 'put option'],
    ]);
    expect(positions[3].ids).toEqual({ cusip: '01609W102', figi: '02079K102653' });
    expect(records[4]).toMatchObject({ kind: 'skipped', line: 6, reason: expect.stringContaining('value') });
    expect(await isThirteenFDatasetDir(fixtureDir)).toBe(true);
  });

  it('older quarters without the FIGI column read the same; missing SUBMISSION.tsv falls back with a warning', async () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'old-'));
    const lines = fs.readFileSync(path.join(fixtureDir, 'INFOTABLE.tsv'), 'utf8').trimEnd().split('\n');
    fs.writeFileSync(path.join(dir, 'INFOTABLE.tsv'), lines.map((l) => l.split('\t').filter((_, i) => i !== 5).join('\t')).join('\n') + '\n');
    fs.copyFileSync(path.join(fixtureDir, 'COVERPAGE.tsv'), path.join(dir, 'COVERPAGE.tsv'));
    const { meta, positions } = await read(dir, { valueUnit: 'thousands' });
    expect(meta.columns.figi).toBeUndefined();
    expect(positions.map((p) => p.marketValue)).toEqual([310_000, 445_000, 309_700_000, 475_000]);
    expect(meta.warnings.join('\n')).toMatch(/SUBMISSION\.tsv is missing[\s\S]*2 filing\(s\) have no FILING_DATE.*thousands/);
  });

  it('reads the data set from a zip', async () => {
    const file = path.join(tmp, '13f.zip');
    fs.writeFileSync(file, zip(TABLES.map((t) => [t, fs.readFileSync(path.join(fixtureDir, t))])));
    expect(await isThirteenFDatasetDir(file)).toBe(true);
    const { records } = await read(file);
    expect(records).toHaveLength(5);
    expect(records[0].source).toBe(`${file}:INFOTABLE.tsv`);
  });

  it('a folder without INFOTABLE.tsv is an InputError', async () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'empty-'));
    fs.copyFileSync(path.join(fixtureDir, 'COVERPAGE.tsv'), path.join(dir, 'COVERPAGE.tsv'));
    await expect(read(dir)).rejects.toMatchObject({ exitCode: 3, message: expect.stringContaining('no INFOTABLE.tsv') });
    expect(await isThirteenFDatasetDir(dir)).toBe(false);
  });
});
