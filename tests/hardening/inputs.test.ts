/**
 * Issue 8 cases first found failing by the hardening pass, now fixed: each test states the
 * behaviour the fix gives.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { bad, expectAccounting, expectOneInputError, screenJson } from './expect-cli.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tmp = useTempDir('fundscreen-pending-');

describe('file-level', () => {
  // Fix: src/holdings/read.ts expandInputs — a folder holding N-PORT data-set members
  // (FUND_REPORTED_INFO.tsv, SUBMISSION.tsv, REGISTRANT.tsv, IDENTIFIERS.tsv) but no
  // FUND_REPORTED_HOLDING.tsv is a data set missing its holdings, not a folder of CSVs.
  it('an N-PORT data-set folder without FUND_REPORTED_HOLDING.tsv: one line naming the folder and the missing file', async () => {
    const dir = bad('nport-set-without-holdings');
    const r = await runCli(['screen', dir]);
    expect(r.code).toBe(3);
    expectOneInputError(r, dir, /FUND_REPORTED_HOLDING\.tsv/);
  });

  // Fix: src/holdings/table.ts openTable — the "empty file (no text)" check sees the oversize line
  // as '' (lines.ts drops its text); when the held lines include oversize ones, say so instead.
  it('a file that is one 10 MB line is not "empty": the message says the line is too long', async () => {
    const f = path.join(tmp, 'one-line.csv');
    await writeFile(f, 'C'.repeat(10 * 1024 * 1024));
    const r = await runCli(['screen', f]);
    expect(r.code).toBe(3);
    expectOneInputError(r, f, /longer than \d+ characters/, 1);
    expect(r.stderr).not.toMatch(/empty file/);
  });

  // Fix: src/holdings/read.ts expandInputs throws on the first bad path, before any input is read;
  // src/cli/screen-run.ts should treat a missing path or a folder without holdings like any other
  // unreadable input (collect the InputError, screen the rest, exit 3), as the README promises:
  // "When one of several inputs cannot be read, the others are still screened and reported".
  it.each([['missing.csv', /^no such file or directory$/], ['folder-without-holdings', /^folder without holdings files/]])(
    'a %s among several inputs does not stop the others',
    async (name, message) => {
      const { r, report } = await screenJson(['fixtures/cli/ishares-em-sample.csv', bad(name)]);
      expect(r.code).toBe(3);
      expectOneInputError(r, bad(name), message);
      expect(report.funds.map((f) => f.source)).toEqual(['fixtures/cli/ishares-em-sample.csv']);
      expect(report.findings.length).toBeGreaterThan(0);
      expectAccounting(report);
    },
  );
});

describe('names with escape sequences', () => {
  // Fix: src/holdings/values.ts cleanText removes the ESC byte but keeps the sequence's parameters
  // ("\x1b[31mHOSHINE" -> "[31mHOSHINE"), so the name no longer matches the list. Drop whole
  // escape sequences (CSI / OSC / two-byte ESC, as src/report/sanitize.ts ESCAPE_SEQUENCE does;
  // share that pattern rather than copy it). Note tests/holdings/robustness.test.ts currently
  // expects "EVIL [2J CORP" and must change with it.
  it('a listed name wrapped in colour codes is still matched by name, and reported without the codes', async () => {
    const f = path.join(tmp, 'ansi-name.csv');
    await writeFile(f, 'Name,Ticker,Market Value\n"\u001b[2J\u001b[31mHOSHINE SILICON INDUSTRY LTD A\u001b[0m",,1000\n');
    const { r, report } = await screenJson([f]);
    expect(r.code).toBe(1);
    expect(report.findings.map((x) => [x.line, x.issuer, x.entity.id])).toEqual([[2, 'HOSHINE SILICON INDUSTRY LTD A', 'hoshine-silicon']]);
  });
});
