/**
 * File-level problems are InputErrors naming the file (exit 3); row-level problems are skipped
 * rows with line and reason, and the rest of the file is still read.
 */
import { chmod, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode, InputError } from '../../src/errors.js';
import { openHoldings } from '../../src/holdings/read.js';
import { MAX_FIELD_CHARS } from '../../src/holdings/delimited.js';
import { expectRows, fixture, readAll } from './read-all.js';
import { useTempDir } from '../helpers/temp-dir.js';

async function inputError(p: Promise<unknown>): Promise<InputError> {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(InputError);
  expect((err as InputError).exitCode).toBe(ExitCode.Input);
  return err as InputError;
}

const tmp = useTempDir('fundscreen-holdings-');

describe('file-level problems are input errors naming the file', () => {
  it.each([
    ['empty.csv', /empty\.csv: empty file$/],
    ['blank-lines.csv', /blank-lines\.csv: empty file \(no text\)$/],
    ['binary.csv', /binary\.csv: binary data \(a PNG image\), not a text holdings file$/],
    ['nul-bytes.csv', /nul-bytes\.csv:2: binary data \(NUL bytes from line 2\), not a text holdings file$/],
    ['old-excel.xls', /old-excel\.xls: binary data \(an Excel 97-2003 \.xls workbook, or an Office file saved with a password: save it as \.xlsx without a password, or as CSV\)/],
    ['no-header.csv', /no-header\.csv: no header row found in the first 50 lines/],
    ['no-issuer-column.csv', /no-issuer-column\.csv:1: issuer column not found in the header \(Sector, Weight \(%\), Market Value\)/],
    ['not-gzip-after-magic.gz', /not-gzip-after-magic\.gz: broken gzip data/],
  ])('%s', async (file, message) => {
    const err = await inputError(readAll(fixture('bad', file)));
    expect(err.message).toMatch(message);
    expect(err.file).toBe(fixture('bad', file));
  });

  it('a missing path', async () => {
    const err = await inputError(openHoldings(path.join(tmp, 'nope.csv'), {}));
    expect(err.message).toMatch(/nope\.csv: no such file or directory$/);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable file', async () => {
    const f = path.join(tmp, 'locked.csv');
    await writeFile(f, 'Name\nApple\n');
    await chmod(f, 0o000);
    const err = await inputError(openHoldings(f, {}));
    expect(err.message).toMatch(/permission denied/);
  });

  it('a directory that is not a data set', async () => {
    const err = await inputError(openHoldings(tmp, {}));
    expect(err.message).toMatch(/is a directory without FUND_REPORTED_HOLDING\.tsv or INFOTABLE\.tsv/);
  });

  it('a truncated gzip fails while reading, as an input error', async () => {
    const err = await inputError(readAll(fixture('bad', 'truncated.csv.gz')));
    expect(err.message).toMatch(/truncated\.csv\.gz: broken gzip data/);
  });

  it('header only: zero rows and a warning', async () => {
    const r = await readAll(fixture('bad', 'header-only.csv'));
    expectRows(r, 0, 0, 0, 0);
    expect(r.meta.warnings).toEqual(['header only: the file has no data rows']);
  });
});

describe('row-level problems skip the row and the file goes on', () => {
  it('an unclosed quote in the middle: that line is re-read with the stray quote as text and screened; the following lines are read', async () => {
    const r = await readAll(fixture('bad', 'unclosed-quote.csv'));
    expectRows(r, 4, 4, 0, 0);
    expect(r.positions.map((p) => [p.line, p.ids.ticker, p.salvaged ?? null])).toEqual([
      [2, '002230', null], [3, '002236', 'quotes re-read (a stray quote kept as text)'], [4, '603260', null], [5, '688303', null],
    ]);
    expect(r.positions[1]).toMatchObject({ issuer: '"ZHEJIANG DAHUA TECHNOLOGY LTD A', value: { amount: 1000, currency: 'USD' }, weightPct: 0.01 });
    expect(r.meta.warnings).toEqual(['line 3: row salvaged and screened: quotes re-read (a stray quote kept as text)']);
  });

  it('an unclosed quote on the last line (a cut file): the cells it has are screened as a short row', async () => {
    const r = await readAll(fixture('bad', 'unclosed-quote-at-end.csv'));
    expectRows(r, 2, 2, 0, 0);
    expect(r.positions[1]).toMatchObject({ line: 3, ids: { ticker: '002236' }, value: null, salvaged: expect.stringMatching(/short row: 2 of 15 columns/) });
  });

  it('a lost quote in an all-quoted file: cut where quotes meet delimiters, every column in place', async () => {
    const r = await readAll(fixture('bad', 'broken-quote-quoted.csv'));
    expectRows(r, 3, 3, 0, 0);
    expect(r.positions[1]).toMatchObject({
      line: 3, issuer: 'ZHEJIANG DAHUA TECHNOLOGY LTD A', value: { amount: 963373.09, currency: 'USD' }, shares: 468784, weightPct: 0.01, assetClass: 'Equity',
      salvaged: 'quotes re-read (cells cut where a quote meets a delimiter)',
    });
  });

  it('ragged rows: a short row keeps the columns it has, extra trailing cells are ignored with a warning', async () => {
    const r = await readAll(fixture('bad', 'ragged.csv'));
    expectRows(r, 4, 4, 0, 0);
    expect(r.positions.filter((p) => p.salvaged).map((p) => [p.line, p.salvaged])).toEqual([
      [3, 'short row: 3 of 15 columns, the missing ones read as empty'],
      [4, `1 extra cell(s) after the header's 15 columns ignored ("extra")`],
    ]);
    expect(r.positions[2]).toMatchObject({ issuer: 'HOSHINE SILICON INDUSTRY LTD A', value: { amount: 1000, currency: 'USD' } });
  });

  it('a non-numeric value skips a security row; on a cash row it is only a null value', async () => {
    const r = await readAll(fixture('bad', 'bad-number.csv'));
    expectRows(r, 3, 1, 1, 1);
    expect(r.skipped[0]).toMatchObject({ line: 2, reason: 'Market Value: not a number: "12O,000.00"' });
    expect(r.excluded[0]).toMatchObject({ line: 3, issuer: 'USD CASH', marketValue: null });
  });

  it('a field over the size cap is skipped without stopping the file', async () => {
    const f = path.join(tmp, 'huge-field.csv');
    const big = 'X'.repeat(MAX_FIELD_CHARS + 10);
    await writeFile(f, `Name,Ticker\nApple Inc.,AAPL\n"${big}",BIG\n${big},BIG2\nHangzhou Hikvision Digital Technology Co. Ltd.,002415\n`);
    const r = await readAll(f);
    expectRows(r, 4, 2, 0, 2);
    expect(r.skipped.map((s) => [s.line, s.reason])).toEqual([
      [3, `field longer than ${MAX_FIELD_CHARS} characters`],
      [4, `field longer than ${MAX_FIELD_CHARS} characters`],
    ]);
    expect(r.positions.map((p) => p.line)).toEqual([2, 5]);
  });

  it('a line over the line cap is dropped from memory and skipped', async () => {
    const f = path.join(tmp, 'huge-line.csv');
    const big = 'Y'.repeat(5 * 1024 * 1024);
    await writeFile(f, `Name,Ticker\nApple Inc.,AAPL\n${big},BIG\nMicrosoft Corp.,MSFT\n`);
    const r = await readAll(f);
    expectRows(r, 3, 2, 0, 1);
    expect(r.skipped[0].line).toBe(3);
    expect(r.skipped[0].reason).toMatch(/^line longer than \d+ characters( \(only its first \d+ searched for listed companies\))?$/);
  });

  it('control characters and escape sequences are removed from issuer names', async () => {
    const f = path.join(tmp, 'escape.csv');
    await writeFile(f, 'Name,Ticker\n"EVIL\u001b[2J CORP\u0007",EVL\n');
    const r = await readAll(f);
    expect(r.positions[0].issuer).toBe('EVIL CORP');
  });
});
