/**
 * Issue 8, file-level problems through the CLI (in-process): exit 3 and one line on stderr naming the
 * file (and the line where it applies), no stack trace without --verbose.
 */
import { chmod, copyFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { xlsx } from '../holdings/nport-zip-writer.js';
import { bad, expectAccounting, expectOneInputError, screenJson } from './expect-cli.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tmp = useTempDir('fundscreen-hardening-');

describe('a file that cannot be read at all is exit 3 with one line naming it', () => {
  it.each([
    ['missing.csv', /^no such file or directory$/],
    ['folder-without-holdings', /^folder without holdings files \(looked for .*\) and not an N-PORT or 13F data set$/],
    ['empty.csv', /^empty file$/],
    ['image-png.csv', /^binary data \(a PNG image\), not a text holdings file$/],
    ['elf-binary.csv', /^binary data \(an executable\), not a text holdings file$/],
    ['truncated-body.csv.gz', /^broken gzip data \(unexpected end of file\)$/],
  ])('%s', async (name, message) => {
    const r = await runCli(['screen', bad(name)]);
    expect(r.code).toBe(3);
    expectOneInputError(r, bad(name), message);
  });

  it('nul-laden.csv: runs of NUL bytes are binary data, the error names the line where they start', async () => {
    const r = await runCli(['screen', bad('nul-laden.csv')]);
    expect(r.code).toBe(3);
    expectOneInputError(r, bad('nul-laden.csv'), /^binary data \(NUL bytes from line 2\), not a text holdings file$/, 2);
  });

  it('header only: nothing screened is exit 3 "no holdings rows were screened", the fund counted with 0 rows', async () => {
    const { r, report } = await screenJson([bad('header-only.csv')]);
    expect(r.code).toBe(3);
    expectOneInputError(r, bad('header-only.csv'), /^no holdings rows were screened$/);
    expect(r.stderr).toContain(`fundscreen: warning: ${bad('header-only.csv')}: header only: the file has no data rows`);
    expect(report.funds.map((f) => f.rows)).toEqual([{ read: 0, screened: 0, excluded: 0, skipped: 0 }]);
  });

  it('a truncated N-PORT filing names the line of the cut holding; the complete holding before it is still reported', async () => {
    const { r, report } = await screenJson([bad('truncated-nport.xml')]);
    expect(r.code).toBe(3);
    // Line 34 opens the second <invstOrSec>, which the file ends inside.
    expectOneInputError(r, bad('truncated-nport.xml'), /^file ends inside the <invstOrSec> that starts here \(truncated\?\)$/, 34);
    expect(report.funds.map((f) => f.rows)).toEqual([{ read: 1, screened: 1, excluded: 0, skipped: 0 }]);
    expect(report.findings.map((f) => [f.line, f.entity.id])).toEqual([[16, 'iflytek']]);
  });

  it('a truncated 13F information table names the line of the cut infoTable', async () => {
    const { r, report } = await screenJson([bad('truncated-13f.xml')]);
    expect(r.code).toBe(3);
    // Line 21 opens the second <infoTable>.
    expectOneInputError(r, bad('truncated-13f.xml'), /^file ends inside the <infoTable> that starts here \(truncated\?\)$/, 21);
    expect(report.funds.map((f) => f.rows)).toEqual([{ read: 1, screened: 1, excluded: 0, skipped: 0 }]);
    expectAccounting(report);
  });

  it('a truncated xlsx (a zip cut short) is exit 3; the same workbook whole screens', async () => {
    const book = xlsx([
      ['Fund Name:', 'SPDR layout fixture'],
      ['Ticker Symbol:', 'FIX'],
      ['Holdings:', 'As of 10-May-2024'],
      [],
      ['Name', 'Ticker', 'Identifier', 'SEDOL', 'Weight', 'Sector', 'Shares Held', 'Local Currency'],
      ['HOSHINE SILICON INDUSTRY CO LTD A', '603260', '-', '-', '0.01', 'Materials', '139200', 'CNY'],
    ]);
    const whole = path.join(tmp, 'whole.xlsx');
    const cut = path.join(tmp, 'cut.xlsx');
    await writeFile(whole, book);
    await writeFile(cut, book.subarray(0, Math.floor(book.length * 0.6)));

    const ok = await screenJson([whole]);
    expect(ok.r.code).toBe(1);
    expect(ok.report.funds.map((f) => [f.format, f.rows.read])).toEqual([['spdr-xlsx', 1]]);

    const r = await runCli(['screen', cut]);
    expect(r.code).toBe(3);
    expectOneInputError(r, cut, /^not a readable xlsx workbook \(truncated or damaged\?\)/);
  });

  const root = process.getuid?.() === 0;
  if (root) console.warn('skipping the unreadable-file (chmod 000) case: running as root, where chmod does not block reading');
  it.skipIf(root)('an unreadable file (chmod 000) is "permission denied"', async () => {
    const f = path.join(tmp, 'locked.csv');
    await copyFile(bad('header-only.csv'), f);
    await chmod(f, 0o000);
    const r = await runCli(['screen', f]);
    expect(r.code).toBe(3);
    expectOneInputError(r, f, /^permission denied$/);
  });

  it('an unreadable input does not stop the others: they are screened and reported, and the run exits 3', async () => {
    const { r, report } = await screenJson(['fixtures/cli/ishares-em-sample.csv', bad('empty.csv')]);
    expect(r.code).toBe(3);
    expectOneInputError(r, bad('empty.csv'), /^empty file$/);
    expect(report.funds.map((f) => f.source)).toEqual(['fixtures/cli/ishares-em-sample.csv']);
    expect(report.findings.length).toBeGreaterThan(0);
  });
});
