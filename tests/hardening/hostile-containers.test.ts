/**
 * Hostile containers around a good table: a SPDR workbook whose listed row is damaged or sits
 * after a gap, a file gzipped twice, a FIFO (process substitution). Written at test time.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { xlsx } from '../holdings/nport-zip-writer.js';
import { expectAccounting, expectNoStack, screenJson, type JsonReport } from './expect-cli.js';

const HEADER = ['Name', 'Ticker', 'Identifier', 'SEDOL', 'Weight', 'Sector', 'Shares Held', 'Local Currency'];
const spdr = (rows: string[][]) => xlsx([['Fund Name:', 'SPDR S&P 500 ETF Trust'], ['Ticker Symbol:', 'SPY'], ['Holdings:', 'As of 10-May-2024'], [], HEADER, ...rows]);
const APPLE = ['APPLE INC', 'AAPL', '037833100', '2046251', '6.05', '-', '10', 'USD'];
// Daqo's ADR line as the fixtures write it (CUSIP from its ISIN US23703Q2030); listed through its parent link.
const DAQO = ['DAQO NEW ENERGY ADR', 'DQ', '23703Q203', 'B953PM3', '0.02', '-', '2290', 'USD'];
const ishares = readFileSync(path.join(repoRoot, 'fixtures', 'holdings', 'ishares-us', 'pristine-2022.csv'));

type Finding = JsonReport['findings'][number] & { tier: string };
const found = (report: JsonReport) => (report.findings as Finding[]).map((f) => [f.line, f.entity.id, f.tier]);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hostile-containers-'));
  await writeFile(path.join(dir, 'bad-number.xlsx'), spdr([APPLE, [...DAQO.slice(0, 6), 'lots', 'USD']]));
  await writeFile(path.join(dir, 'after-gap.xlsx'), spdr([APPLE, [], ['Note: prices as of the close'], DAQO, []]));
  await writeFile(path.join(dir, 'twice.csv.gz'), gzipSync(gzipSync(ishares)));
});

describe('SPDR workbook', () => {
  it('a listed row with a bad number is skipped naming the column, and its cells are still searched (review, raw-line)', async () => {
    const { r, report } = await screenJson(['bad-number.xlsx'], { cwd: dir });
    expectNoStack(r);
    expectAccounting(report);
    expect(report.skipped).toEqual([{ source: 'bad-number.xlsx', line: 7, reason: 'Shares Held: not a number: "lots"' }]);
    expect(found(report)).toEqual([[7, 'xinjiang-daqo-new-energy', 'review']]);
  });

  it('a data row after a blank row and a note is read (with a warning), not dropped', async () => {
    const { report } = await screenJson(['after-gap.xlsx'], { cwd: dir });
    expect(report.funds[0].rows).toEqual({ read: 2, screened: 2, excluded: 0, skipped: 0 });
    expect(found(report)).toEqual([[9, 'xinjiang-daqo-new-energy', 'probable']]);
    expect(report.warnings).toContain('after-gap.xlsx: row 9 looks like data but comes after the table ended at row 7: read as a holding, as are the rows like it after it');
  });
});

describe('compressed and streamed inputs', () => {
  it('a file gzipped twice is unwrapped and screened', async () => {
    const { r, report } = await screenJson(['twice.csv.gz'], { cwd: dir });
    expectNoStack(r);
    expect(found(report)).toContainEqual([12, 'hoshine-silicon', 'confirmed']);
  });

  it('a FIFO (as `<(cmd)` gives) is read as a stream, not refused as an empty file', async () => {
    const fifo = path.join(dir, 'pipe.csv');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', 'cat "$1" > "$2"', 'sh', path.join(repoRoot, 'fixtures', 'holdings', 'ishares-us', 'pristine-2022.csv'), fifo], { stdio: 'ignore' });
    const closed = new Promise((resolve) => writer.on('close', resolve));
    const { r, report } = await screenJson(['pipe.csv'], { cwd: dir });
    await closed;
    expectNoStack(r);
    expect(found(report)).toContainEqual([12, 'hoshine-silicon', 'confirmed']);
  });
});
