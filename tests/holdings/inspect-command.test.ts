/** `fundscreen inspect` through the CLI (in-process run(argv, io)): output, exit codes. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, sharedDir } from '../helpers/cli.js';
import { fixture } from './read-all.js';
import type { FileInspection as Inspection } from '../../src/app/inspect.js';

async function inspectJson(args: string[], input?: Buffer): Promise<Inspection> {
  const r = await runCli(['inspect', ...args, '--json'], { input });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Inspection;
}

describe('fundscreen inspect', () => {
  it('shows format, encoding, delimiter, header line, mapping, fund, as-of, grouped counts and first positions', async () => {
    const r = await runCli(['inspect', fixture('ishares-us', 'pristine-2022.csv')]);
    expect(r.code).toBe(0);
    const out = r.stdout;
    expect(out).toContain('Format:      ishares-us\n');
    expect(out).toContain('Encoding:    utf-8\n');
    expect(out).toContain('Delimiter:   comma\n');
    expect(out).toContain('Header line: 10\n');
    expect(out).toContain('Fund:        iShares MSCI Emerging Markets ETF\n');
    expect(out).toContain('As of:       2022-03-10\n');
    expect(out).toContain('  weightPct        <- Weight (%)\n');
    expect(out).toContain('  tradingCurrency  <- Market Currency\n');
    expect(out).toContain('Rows:        read 8 = screened 4 + excluded 4 + skipped 0\n');
    expect(out).toContain('       2  cash (asset class "Cash") — lines 16, 18\n');
    expect(out).toContain('  line 12: HOSHINE SILICON INDUSTRY LTD A\n    ids: ticker=603260 exchange=Shanghai Stock Exchange country=China\n');
    expect(out.match(/^ {2}line \d+: /gm)).toHaveLength(4);
  });

  it('--json carries the same facts: salvaged rows in the warnings, skipped rows grouped with their lines', async () => {
    const j = await inspectJson([fixture('bad', 'ragged.csv')]);
    expect(j).toMatchObject({ format: 'ishares-us', headerLine: 1, rows: { read: 4, screened: 4, excluded: 0, skipped: 0 } });
    expect(j.warnings).toEqual([
      'line 3: row salvaged and screened: short row: 3 of 15 columns, the missing ones read as empty',
      `line 4: row salvaged and screened: 1 extra cell(s) after the header's 15 columns ignored ("extra")`,
    ]);
    expect(j.positions.map((p) => p.line)).toEqual([2, 3, 4, 5]);
    const b = await inspectJson([fixture('bad', 'bad-number.csv')]);
    expect(b).toMatchObject({ rows: { read: 3, screened: 1, excluded: 1, skipped: 1 } });
    expect(b.skipped).toEqual([{ reason: 'Market Value: not a number: "12O,000.00"', count: 1, lines: [2] }]);
  });

  it('reads stdin and honours --delimiter, --encoding and --columns', async () => {
    const j = await inspectJson(['-', '--delimiter', 'tab'], await readFile(fixture('delimiters', 'tab.tsv')));
    expect(j).toMatchObject({ source: '-', delimiter: 'tab', rows: { read: 3 } });
    const e = await inspectJson([fixture('encoding', 'cp1252.csv'), '--encoding', 'windows-1252']);
    expect(e.positions[1].issuer).toBe('Nestlé SA');
    expect(e.warnings).toEqual([]);
    const c = await inspectJson([fixture('generic', 'needs-columns.csv'), '--columns', 'issuer=POS_TICKER,ticker=POS_NAME']);
    expect(c.columns).toEqual({ issuer: 'POS_TICKER', ticker: 'POS_NAME', marketValue: 'MKT_EUR', weightPct: 'PCT' });
  });

  it('an unreadable input exits 3 with one line naming the file', async () => {
    const r = await runCli(['inspect', fixture('bad', 'binary.csv')]);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`fundscreen: ${fixture('bad', 'binary.csv')}: binary data (a PNG image), not a text holdings file\n`);
  });

  it('a bad --columns or --input-format is a usage error (exit 2)', async () => {
    expect((await runCli(['inspect', fixture('generic', 'synonyms.csv'), '--columns', 'colour=X'])).code).toBe(2);
    expect((await runCli(['inspect', fixture('generic', 'synonyms.csv'), '--input-format', 'excel'])).code).toBe(2);
  });

  it('never writes control characters from the file to the terminal', async () => {
    const r = await runCli(['inspect', '-'], { input: Buffer.from('Name,Ticker\n"EVIL\u001b[2J CORP",EV\u001bL\n') });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).toContain('line 2: EVIL CORP');
  });
});

const samples = path.join(sharedDir, 'sources', 'holdings');
const present = existsSync(samples);
if (!present && !process.env.CI) console.log(`inspect on real samples: skipped, ${samples} is absent (set CI to require it)`);
describe.skipIf(!present && !process.env.CI)('fundscreen inspect on the real samples', () => {
  it.each([
    ['ishares/ACWI_holdings__ctanny_2022-03-10.csv', 'ishares-us', { issuer: 'Name', ticker: 'Ticker', exchange: 'Exchange', country: 'Location', shares: 'Shares', marketValue: 'Market Value', weightPct: 'Weight (%)' }],
    ['ishares/EEM_holdings__ViktorLor_2025-01.csv', 'ishares-us', { issuer: 'Name', shares: 'Quantity', weightPct: 'Weight (%)' }],
    ['ishares/URTH_holdings__mkim0710_2020-11-04_with-CUSIP-ISIN-SEDOL.csv', 'ishares-us', { cusip: 'CUSIP', isin: 'ISIN', sedol: 'SEDOL' }],
    ['ishares/EIMI_holdings__Stanleymu_iShares-UCITS_2021-08-30.csv', 'ishares-ucits', { ticker: 'Issuer Ticker', isin: 'ISIN', shares: 'Nominal' }],
    ['vanguard/VT_Holdings_details_Total_World_Stock_ETF_2020-09-30.csv', 'vanguard', { issuer: 'HOLDINGS', sedol: 'SEDOL', ticker: 'TICKER', country: 'COUNTRY', weightPct: '% OF FUNDS*', marketValue: 'MARKET VALUE*' }],
  ])('%s', async (file, format, columns) => {
    const j = await inspectJson([path.join(samples, file)]);
    expect(j.format).toBe(format);
    expect(j.columns).toMatchObject(columns);
    expect(j.rows.read).toBe(j.rows.screened + j.rows.excluded + j.rows.skipped);
    expect(j.rows.skipped).toBe(0);
  });
});
