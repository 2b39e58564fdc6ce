/**
 * Issues 8 and 13, row-level problems through the CLI (in-process): a malformed row is salvaged and
 * screened with a warning, or skipped, counted and listed with its line and reason (its raw text
 * still searched for listed companies); the rest of the file is screened (a listed company after the
 * bad row is still flagged); `--strict` turns any skipped or salvaged row into exit 3 naming file:line.
 * The fixtures are iShares US files (preamble, header at line 10, footer), rows 11-15.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { bad, expectAccounting, expectOneInputError, screenJson, type JsonReport } from './expect-cli.js';

const FIXTURES = ['unclosed-quote-middle.csv', 'lost-closing-quote.csv', 'ragged-rows.csv', 'bad-number.csv', 'control-chars.csv'].map(bad);

function of(report: JsonReport, source: string) {
  return {
    rows: report.funds.filter((f) => f.source === source).map((f) => f.rows),
    skipped: report.skipped.filter((s) => s.source === source).map((s) => [s.line, s.reason]),
    flagged: report.findings.filter((f) => f.source === source).map((f) => [f.line, f.entity.id]),
  };
}

describe('bad rows are skipped, listed and counted; the rest of the file is screened', () => {
  let report: JsonReport;
  let code: number | null;
  beforeAll(async () => {
    const run = await screenJson(FIXTURES);
    report = run.report;
    code = run.r.code;
  });

  it('the run itself succeeds (findings: exit 1) and accounts for every row', () => {
    expect(code).toBe(1);
    expectAccounting(report);
  });

  it('an unclosed quote in the middle: its line is re-read with the stray quote as text and screened; the rows after it are read', () => {
    expect(of(report, bad('unclosed-quote-middle.csv'))).toEqual({
      rows: [{ read: 5, screened: 4, excluded: 1, skipped: 0 }],
      skipped: [],
      flagged: [[12, 'dahua-technology'], [13, 'hoshine-silicon']],
    });
    expect(report.warnings).toContain(`unclosed-quote-middle.csv: line 12: row salvaged and screened: quotes re-read (a stray quote kept as text)`);
  });

  it('a lost closing quote in an all-quoted row: cut where quotes meet delimiters, screened', () => {
    expect(of(report, bad('lost-closing-quote.csv'))).toEqual({
      rows: [{ read: 5, screened: 4, excluded: 1, skipped: 0 }],
      skipped: [],
      flagged: [[12, 'dahua-technology'], [13, 'hoshine-silicon']],
    });
  });

  it('ragged rows, too few and too many fields: salvaged and screened, each with a warning naming its line', () => {
    expect(of(report, bad('ragged-rows.csv'))).toEqual({
      rows: [{ read: 5, screened: 5, excluded: 0, skipped: 0 }],
      skipped: [],
      flagged: [[12, 'dahua-technology'], [13, 'hoshine-silicon'], [14, 'xinjiang-daqo-new-energy'], [15, 'iflytek']],
    });
    expect(report.warnings.filter((w) => w.startsWith('ragged-rows.csv'))).toEqual([
      `ragged-rows.csv: line 12: row salvaged and screened: short row: 5 of 15 columns, the missing ones read as empty`,
      `ragged-rows.csv: line 14: row salvaged and screened: 2 extra cell(s) after the header's 15 columns ignored ("extra", "cells")`,
    ]);
  });

  it('a value that is not a number skips a security row (naming the column), and its raw text still flags the listed company (review, raw-line); on a cash row it is only a missing value', () => {
    expect(of(report, bad('bad-number.csv'))).toEqual({
      rows: [{ read: 5, screened: 2, excluded: 1, skipped: 2 }],
      skipped: [
        [12, 'Market Value: not a number: "1,4O2,115.22"'],
        [14, 'Weight (%): not a number: "0.0l"'],
      ],
      flagged: [[12, 'dahua-technology'], [13, 'hoshine-silicon'], [14, 'xinjiang-daqo-new-energy']],
    });
  });

  it('control characters and escape sequences in names: the rows are screened, the names carry no control character', () => {
    const c = of(report, bad('control-chars.csv'));
    expect(c.rows).toEqual([{ read: 4, screened: 4, excluded: 0, skipped: 0 }]);
    expect(c.flagged).toEqual([[12, 'hoshine-silicon'], [13, 'iflytek']]);
    const issuers = report.findings.filter((f) => f.source === bad('control-chars.csv')).map((f) => f.issuer);
    for (const issuer of issuers) expect(issuer).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(issuers[0]).toContain('HOSHINE SILICON INDUSTRY LTD A');
  });
});

describe('--strict: any skipped or salvaged row is exit 3 naming file:line', () => {
  it.each([
    ['unclosed-quote-middle.csv', 12, '1 malformed row\\(s\\) salvaged \\(--strict\\); first: quotes re-read \\(a stray quote kept as text\\)'],
    ['lost-closing-quote.csv', 12, '1 malformed row\\(s\\) salvaged \\(--strict\\); first: quotes re-read \\(cells cut where a quote meets a delimiter\\)'],
    ['ragged-rows.csv', 12, '2 malformed row\\(s\\) salvaged \\(--strict\\); first: short row: 5 of 15 columns, the missing ones read as empty'],
    ['bad-number.csv', 12, '2 row\\(s\\) skipped \\(--strict\\); first: Market Value: not a number: "1,4O2,115.22"'],
  ])('%s', async (name, line, message) => {
    const r = await runCli(['screen', bad(name), '--strict', '--quiet']);
    expect(r.code).toBe(3);
    expectOneInputError(r, bad(name), new RegExp(`^${message}$`), line);
  });

  it('a file without bad rows passes --strict (control characters are not a reason to skip)', async () => {
    const r = await runCli(['screen', bad('control-chars.csv'), '--strict', '--quiet']);
    expect(r.code).toBe(1);
  });
});

describe('oversized fields and lines are skipped without exhausting memory', () => {
  const HEADER = 'Ticker,Name,Sector,Asset Class,Market Value,Weight (%),Notional Value,Quantity,Price,Location,Exchange,Currency,FX Rate,Market Currency,Accrual Date';
  const row = (ticker: string, name: string) =>
    [ticker, name, 'Materials', 'Equity', '1,008,626.83', '0.01', '1,008,626.83', '139,200.00', '7.25', 'China', 'Shanghai Stock Exchange', 'USD', '7.33', 'CNY', '-'].map((c) => `"${c}"`).join(',');
  const HOSHINE = row('603260', 'HOSHINE SILICON INDUSTRY LTD A');
  let tmp: string;
  let files: Record<'name5mb' | 'name2mb' | 'tail10mb', string>;
  let report: JsonReport;
  let code: number | null;

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(tmpdir(), 'fundscreen-hardening-big-'));
    files = { name5mb: path.join(tmp, 'name-5mb.csv'), name2mb: path.join(tmp, 'name-2mb.csv'), tail10mb: path.join(tmp, 'tail-10mb.csv') };
    // A 5 MB name (over the line cap), a 2 MB name (over the field cap, under the line cap), each
    // followed by a listed company; and a 10 MB last line with no newline at all.
    await writeFile(files.name5mb, [HEADER, row('600000', 'N'.repeat(5 * 1024 * 1024)), HOSHINE, ''].join('\n'));
    await writeFile(files.name2mb, [HEADER, row('600000', 'M'.repeat(2 * 1024 * 1024)), HOSHINE, ''].join('\r\n'));
    await writeFile(files.tail10mb, [HEADER, HOSHINE, 'T'.repeat(10 * 1024 * 1024)].join('\n'));
    const run = await screenJson(Object.values(files));
    report = run.report;
    code = run.r.code;
  });
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it('each oversized row is one skipped row at its line; the listed company after it is flagged', () => {
    expect(code).toBe(1);
    expectAccounting(report);
    const name5 = of(report, files.name5mb);
    expect(name5.rows).toEqual([{ read: 2, screened: 1, excluded: 0, skipped: 1 }]);
    expect(name5.skipped).toEqual([[2, expect.stringMatching(/^(line|field) longer than \d+ characters( \(only its first \d+ searched for listed companies\))?$/)]]);
    expect(name5.flagged).toEqual([[3, 'hoshine-silicon']]);

    const name2 = of(report, files.name2mb);
    expect(name2.rows).toEqual([{ read: 2, screened: 1, excluded: 0, skipped: 1 }]);
    expect(name2.skipped).toEqual([[2, expect.stringMatching(/^field longer than \d+ characters$/)]]);
    expect(name2.flagged).toEqual([[3, 'hoshine-silicon']]);

    const tail = of(report, files.tail10mb);
    expect(tail.rows).toEqual([{ read: 2, screened: 1, excluded: 0, skipped: 1 }]);
    expect(tail.skipped).toEqual([[3, expect.stringMatching(/^line longer than \d+ characters( \(only its first \d+ searched for listed companies\))?$/)]]);
    expect(tail.flagged).toEqual([[2, 'hoshine-silicon']]);
  });
});
