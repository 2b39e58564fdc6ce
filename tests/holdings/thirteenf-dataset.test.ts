import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isThirteenFDatasetDir, readThirteenFDataset } from '../../src/holdings/formats/thirteenf-dataset.js';
import type { ExcludedRow, HoldingsRecord, Position, ReadOptions } from '../../src/holdings/position.js';
import { zip } from './nport-zip-writer.js';
import { useTempDir } from '../helpers/temp-dir.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixtureDir = path.join(repoRoot, 'fixtures/holdings/13f/dataset');
const TABLES = ['INFOTABLE.tsv', 'SUBMISSION.tsv', 'COVERPAGE.tsv'];
const tmp = useTempDir('13f-dataset-');

async function read(p: string, opts: ReadOptions = {}) {
  const reader = await readThirteenFDataset(p, opts);
  const records: HoldingsRecord[] = [];
  for await (const batch of reader.batches) for (const r of batch) records.push(r);
  const count = (k: HoldingsRecord['kind']) => records.filter((r) => r.kind === k).length;
  return { meta: reader.meta, records, positions: records.filter((r): r is Position => r.kind === 'position'), count };
}

describe('13F data set', () => {
  it('converts VALUE by filing date (thousands before 2023-01-03, dollars from that day), fund = manager', async () => {
    const { meta, records, positions, count } = await read(fixtureDir);
    expect(meta).toMatchObject({ format: '13f-tsv', asOf: '2022-12-31', fund: null });
    expect(meta.warnings).toEqual([expect.stringContaining('PERIODOFREPORT ranges from 2022-09-30 to 2022-12-31')]);
    expect([records.length, count('position'), count('excluded'), count('skipped')]).toEqual([5, 4, 0, 1]);
    expect(positions.map((p) => [p.line, p.fund, p.issuer, p.value?.amount, p.shares, p.assetClass])).toEqual([
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
    expect(positions.map((p) => p.value?.amount)).toEqual([310_000, 445_000, 309_700_000, 475_000]);
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

describe('13F data set: amendments', () => {
  const amendDir = path.join(repoRoot, 'fixtures/holdings/13f/amendments');
  /** A copy of the amendments fixture with `edit` applied to one table's text. */
  function variant(table: string, edit: (text: string) => string): string {
    const dir = fs.mkdtempSync(path.join(tmp, 'amend-'));
    for (const t of TABLES) {
      const text = fs.readFileSync(path.join(amendDir, t), 'utf8');
      fs.writeFileSync(path.join(dir, t), t === table ? edit(text) : text);
    }
    return dir;
  }
  /** Lines of INFOTABLE.tsv per accession, from the fixture itself (header is line 1). */
  const linesOf = (acc: string) =>
    fs.readFileSync(path.join(amendDir, 'INFOTABLE.tsv'), 'utf8').split('\n').flatMap((l, i) => (l.startsWith(`${acc}\t`) ? [i + 1] : []));
  const kindByLine = (records: HoldingsRecord[]) => new Map(records.map((r) => [r.line, r.kind]));
  const setCover = (acc: string, column: number, value: string) => (text: string) =>
    text.replace(new RegExp(`^${acc}\\t.*$`, 'm'), (row) => row.split('\t').map((c, i) => (i === column ? value : c)).join('\t'));
  const AMENDMENTTYPE = 4;

  it('a RESTATEMENT supersedes the original: its rows are excluded with the reason, the restatement is screened', async () => {
    const { meta, records, count } = await read(amendDir);
    const rows = fs.readFileSync(path.join(amendDir, 'INFOTABLE.tsv'), 'utf8').trimEnd().split('\n').length - 1;
    expect(records).toHaveLength(rows);
    expect(count('position') + count('excluded') + count('skipped')).toBe(rows);
    const byLine = new Map(records.map((r) => [r.line, r]));
    for (const line of linesOf('FIXTURE-13F-R0')) {
      expect(byLine.get(line)).toMatchObject({
        kind: 'excluded', fund: 'FIXTURE RESTATED LLC', reason: 'superseded by restatement FIXTURE-13F-R1 (filed 2024-05-20)',
      });
    }
    expect(linesOf('FIXTURE-13F-R1').map((l) => byLine.get(l)!.kind)).toEqual(['position', 'position', 'position']);
    // The excluded original keeps what it reported, so the report can still show it.
    const [daqoOld, daqoNew] = [byLine.get(linesOf('FIXTURE-13F-R0')[0]), byLine.get(linesOf('FIXTURE-13F-R1')[0])] as [ExcludedRow, Position];
    expect([daqoOld.issuer, daqoOld.marketValue]).toEqual([daqoNew.issuer, daqoNew.value?.amount]);
    expect(daqoOld.issuer).toBe('DAQO NEW ENERGY CORP');
    expect(meta.warnings).toEqual(['3 filing(s) superseded by restatements: their 4 rows are excluded']);
  });

  it('a NEW HOLDINGS amendment adds to the report: the original and the amendment are both screened', async () => {
    const { records } = await read(amendDir);
    const kinds = kindByLine(records);
    for (const line of [...linesOf('FIXTURE-13F-N0'), ...linesOf('FIXTURE-13F-N1')]) expect(kinds.get(line)).toBe('position');
  });

  it('of two restatements only the latest stands: FILING_DATE first, then AMENDMENTNO', async () => {
    const byReason = (records: HoldingsRecord[]) =>
      records.flatMap((r) => (r.kind === 'excluded' && r.fund === 'FIXTURE TWICE RESTATED INC' ? [[r.line, r.reason]] : []));
    const { records } = await read(amendDir);
    // T1 and T2 were filed the same day: AMENDMENTNO 2 stands.
    const byT2 = 'superseded by restatement FIXTURE-13F-T2 (filed 2024-03-01)';
    expect(byReason(records)).toEqual([...linesOf('FIXTURE-13F-T0'), ...linesOf('FIXTURE-13F-T1')].map((l) => [l, byT2]));
    expect(kindByLine(records).get(linesOf('FIXTURE-13F-T2')[0])).toBe('position');
    // Filed a day later, amendment no. 1 stands over no. 2.
    const later = variant('SUBMISSION.tsv', (t) => t.replace(/^(FIXTURE-13F-T1\t)01-MAR-2024/m, '$102-MAR-2024'));
    const moved = await read(later);
    const byT1 = 'superseded by restatement FIXTURE-13F-T1 (filed 2024-03-02)';
    expect(byReason(moved.records)).toEqual([...linesOf('FIXTURE-13F-T0'), ...linesOf('FIXTURE-13F-T2')].map((l) => [l, byT1]));
  });

  it('AMENDMENTTYPE is read case-insensitively with any spacing; an amendment of no known type is screened, with a warning', async () => {
    const loose = variant('COVERPAGE.tsv', (t) =>
      [setCover('FIXTURE-13F-R1', AMENDMENTTYPE, ' Restatement '), setCover('FIXTURE-13F-N1', AMENDMENTTYPE, 'new  holdings')].reduce((s, f) => f(s), t),
    );
    const a = await read(amendDir);
    const b = await read(loose);
    expect([...kindByLine(b.records)]).toEqual([...kindByLine(a.records)]);

    const untyped = await read(variant('COVERPAGE.tsv', setCover('FIXTURE-13F-R1', AMENDMENTTYPE, '')));
    const kinds = kindByLine(untyped.records);
    for (const line of [...linesOf('FIXTURE-13F-R0'), ...linesOf('FIXTURE-13F-R1')]) expect(kinds.get(line)).toBe('position');
    expect(untyped.meta.warnings).toContain(
      '1 amendment(s) are neither RESTATEMENT nor NEW HOLDINGS (AMENDMENTTYPE): their rows are screened alongside the report they amend',
    );
  });

  it('a restatement re-files the NEW HOLDINGS filed before it; those filed after it still add', async () => {
    // FIXTURE-13F-N1 (NEW HOLDINGS) moved to the restated filer (CIK 11, restated on 20-MAY-2024).
    const CIK = 3;
    const FILED = 1;
    const before = variant('SUBMISSION.tsv', setCover('FIXTURE-13F-N1', CIK, '0000000011'));
    const kindsBefore = kindByLine((await read(before)).records);
    expect(linesOf('FIXTURE-13F-N1').map((l) => kindsBefore.get(l))).toEqual(['excluded']);
    const after = variant('SUBMISSION.tsv', (t) => setCover('FIXTURE-13F-N1', FILED, '21-MAY-2024')(setCover('FIXTURE-13F-N1', CIK, '0000000011')(t)));
    const kindsAfter = kindByLine((await read(after)).records);
    expect(linesOf('FIXTURE-13F-N1').map((l) => kindsAfter.get(l))).toEqual(['position']);
  });

  it('a COVERPAGE.tsv without AMENDMENTTYPE: nothing is excluded, a warning says amendments could not be resolved', async () => {
    const dir = variant('COVERPAGE.tsv', (t) =>
      t.split('\n').map((l) => l.split('\t').filter((_, i) => i !== AMENDMENTTYPE).join('\t')).join('\n'),
    );
    const { meta, records, count } = await read(dir);
    expect(count('excluded')).toBe(0);
    expect(count('position')).toBe(records.length);
    expect(meta.warnings).toEqual([expect.stringMatching(/^amendments could not be resolved \(no COVERPAGE\.tsv AMENDMENTTYPE\)/)]);
  });

  it('without SUBMISSION.tsv nothing is excluded and the same warning is given', async () => {
    const dir = variant('INFOTABLE.tsv', (t) => t);
    fs.rmSync(path.join(dir, 'SUBMISSION.tsv'));
    const { meta, count } = await read(dir);
    expect(count('excluded')).toBe(0);
    expect(meta.warnings).toContainEqual(expect.stringMatching(/^amendments could not be resolved \(no SUBMISSION\.tsv\)/));
  });
});
