import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { isNportDatasetDir, readNportDataset } from '../../src/holdings/formats/nport-dataset.js';
import type { HoldingsRecord, Position } from '../../src/holdings/position.js';
import { zip } from './nport-zip-writer.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { runCli } from '../helpers/cli.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixtureDir = path.join(repoRoot, 'fixtures/holdings/nport/dataset');
const TABLES = ['FUND_REPORTED_HOLDING.tsv', 'IDENTIFIERS.tsv', 'FUND_REPORTED_INFO.tsv', 'REGISTRANT.tsv', 'SUBMISSION.tsv'];
const tmp = useTempDir('nport-dataset-');

/** A copy of the fixture set without some tables. */
function without(...drop: string[]): string {
  const dir = fs.mkdtempSync(path.join(tmp, 'set-'));
  for (const t of TABLES.filter((t) => !drop.includes(t))) fs.copyFileSync(path.join(fixtureDir, t), path.join(dir, t));
  return dir;
}

async function read(p: string) {
  const reader = await readNportDataset(p, {});
  const records: HoldingsRecord[] = [];
  for await (const batch of reader.batches) for (const r of batch) records.push(r);
  const count = (k: HoldingsRecord['kind']) => records.filter((r) => r.kind === k).length;
  return { meta: reader.meta, records, positions: records.filter((r): r is Position => r.kind === 'position'), count };
}

const holdingsLines = fs.readFileSync(path.join(fixtureDir, 'FUND_REPORTED_HOLDING.tsv'), 'utf8').replace(/\n$/, '').split('\n');

describe('N-PORT data set: fixture directory', () => {
  it('joins identifiers, fund, family and as-of; one record per holdings line', async () => {
    const { meta, records, positions, count } = await read(fixtureDir);
    expect(meta).toMatchObject({ format: 'nport-dataset', asOf: '2024-01-31', fund: null, delimiter: '\t', headerLine: 1 });
    expect(meta.source).toBe(path.join(fixtureDir, 'FUND_REPORTED_HOLDING.tsv'));
    expect(meta.warnings).toEqual([expect.stringContaining('REPORT_DATE ranges from 2023-03-31 to 2024-01-31')]);
    expect(records).toHaveLength(holdingsLines.length - 1);
    expect([count('position'), count('excluded'), count('skipped')]).toEqual([5, 2, 1]);
    expect(records.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);

    const sap = positions.find((p) => p.issuer === 'SAP SE')!;
    expect(sap).toMatchObject({
      source: path.join(fixtureDir, 'FUND_REPORTED_HOLDING.tsv'), line: 4,
      fund: 'Global X DAX Germany ETF', family: 'GLOBAL X FUNDS',
      ids: { isin: 'DE0007164600', lei: '529900D6BF99LW9R2E68', country: 'DE' },
      shares: 33749, value: { amount: 5894893.76, currency: 'USD' }, weightPct: 10.6773096462, tradingCurrency: 'EUR',
    });
    expect(positions.find((p) => p.line === 3)!.issuer).toBe('Dr Ing hc F Porsche AG PREFERRED STOCK');
    // SERIES_NAME N/A -> the registrant's name.
    expect(positions.find((p) => p.issuer === 'Fannie Mae')).toMatchObject({ fund: 'GOLDMAN SACHS TRUST', family: 'GOLDMAN SACHS TRUST', ids: { cusip: '3138W7WP5', isin: 'US3138W7WP51' } });
    // ISIN and ticker on two IDENTIFIERS rows, listed out of HOLDING_ID order.
    expect(positions.find((p) => p.line === 9)!.ids).toMatchObject({ isin: 'US23703Q2030', ticker: 'DQ', cusip: '23703Q203' });
    expect(records.filter((r) => r.kind === 'excluded').map((r) => r.kind === 'excluded' && r.reason)).toEqual([
      expect.stringContaining('future'),
      expect.stringContaining('forward'),
    ]);
    expect(records[6]).toMatchObject({ kind: 'skipped', line: 8, reason: '3 fields where the header has 22' });
  });

  it('without IDENTIFIERS.tsv: still screens, with a warning that ISINs and tickers are missing', async () => {
    const { meta, records, positions } = await read(without('IDENTIFIERS.tsv'));
    expect(meta.warnings).toContainEqual(expect.stringMatching(/IDENTIFIERS\.tsv is missing: ISINs and tickers are missing/));
    expect(records).toHaveLength(8);
    expect(positions.every((p) => p.ids.isin === undefined && p.ids.ticker === undefined)).toBe(true);
    expect(positions.find((p) => p.issuer === 'Fannie Mae')!.ids.cusip).toBe('3138W7WP5');
  });

  it('a field over the size cap skips its row only', async () => {
    const dir = without();
    const lines = [...holdingsLines];
    lines[1] = lines[1].replace('Zalando SE', 'Z'.repeat(1024 * 1024 + 1));
    fs.writeFileSync(path.join(dir, 'FUND_REPORTED_HOLDING.tsv'), lines.join('\n') + '\n');
    const { records, count } = await read(dir);
    expect(records).toHaveLength(8);
    expect(count('skipped')).toBe(2);
    expect(records[0]).toMatchObject({ kind: 'skipped', line: 2, reason: expect.stringContaining('ISSUER_NAME longer than') });
  });

  it('accepts the path of FUND_REPORTED_HOLDING.tsv itself', async () => {
    const { records } = await read(path.join(fixtureDir, 'FUND_REPORTED_HOLDING.tsv'));
    expect(records).toHaveLength(8);
  });

  it('a folder without FUND_REPORTED_HOLDING.tsv is an InputError; detection says no', async () => {
    const dir = without('FUND_REPORTED_HOLDING.tsv');
    await expect(read(dir)).rejects.toThrow(InputError);
    await expect(read(dir)).rejects.toThrow(/no FUND_REPORTED_HOLDING\.tsv/);
    expect(await isNportDatasetDir(dir)).toBe(false);
    expect(await isNportDatasetDir(fixtureDir)).toBe(true);
  });

  it('a holdings file whose header lacks the key columns is an InputError at line 1', async () => {
    const dir = without();
    fs.writeFileSync(path.join(dir, 'FUND_REPORTED_HOLDING.tsv'), 'NAME\tVALUE\nX\t1\n');
    await expect(read(dir)).rejects.toMatchObject({ line: 1, message: expect.stringMatching(/header lacks ACCESSION_NUMBER, HOLDING_ID, ISSUER_NAME/) });
  });
});

describe('N-PORT data set: zip', () => {
  const entries = TABLES.map((t) => [`2024q1_nport/${t}`, fs.readFileSync(path.join(fixtureDir, t))] as [string, Buffer]);

  it('reads the same records from a zip (members in a subfolder), source naming the member', async () => {
    const file = path.join(tmp, 'set.zip');
    fs.writeFileSync(file, zip(entries));
    expect(await isNportDatasetDir(file)).toBe(true);
    const fromZip = await read(file);
    const fromDir = await read(fixtureDir);
    expect(fromZip.records[0].source).toBe(`${file}:2024q1_nport/FUND_REPORTED_HOLDING.tsv`);
    const strip = (rs: HoldingsRecord[]) => rs.map(({ source: _s, ...rest }) => rest);
    expect(strip(fromZip.records)).toEqual(strip(fromDir.records));
  });

  it('a zip without IDENTIFIERS.tsv warns; a truncated zip and a zip without holdings are InputErrors', async () => {
    const noIds = path.join(tmp, 'noids.zip');
    fs.writeFileSync(noIds, zip(entries.filter(([n]) => !n.endsWith('IDENTIFIERS.tsv'))));
    const { meta, records } = await read(noIds);
    expect(meta.warnings.join('\n')).toMatch(/ISINs and tickers are missing/);
    expect(records).toHaveLength(8);

    const whole = zip(entries);
    const cut = path.join(tmp, 'cut.zip');
    fs.writeFileSync(cut, whole.subarray(0, Math.floor(whole.length * 0.6)));
    await expect(read(cut)).rejects.toThrow(/broken zip/);

    const noHoldings = path.join(tmp, 'noholdings.zip');
    fs.writeFileSync(noHoldings, zip(entries.filter(([n]) => !n.endsWith('FUND_REPORTED_HOLDING.tsv'))));
    await expect(read(noHoldings)).rejects.toThrow(/no FUND_REPORTED_HOLDING\.tsv/);
  });

  it('a damaged holdings entry is an InputError naming the member', async () => {
    const bytes = zip(entries);
    const at = bytes.indexOf(Buffer.from('2024q1_nport/FUND_REPORTED_HOLDING.tsv')) + 40;
    const broken = Buffer.from(bytes);
    broken.fill(0xff, at, at + 30); // corrupt the deflate stream of the first member
    const file = path.join(tmp, 'damaged.zip');
    fs.writeFileSync(file, broken);
    await expect(read(file)).rejects.toMatchObject({ exitCode: 3, message: expect.stringContaining('FUND_REPORTED_HOLDING.tsv') });
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
