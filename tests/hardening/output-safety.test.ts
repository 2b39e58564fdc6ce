/**
 * Issue 8, output safety end to end: fixtures/bad/hostile-names.csv holds nine Hoshine positions
 * (ticker 603260 on the Shanghai Stock Exchange, so every one is flagged) whose names — and the
 * fund name — carry a spreadsheet formula, markup, Markdown pipes and backticks, terminal escape
 * sequences, C1 controls and a bidi override. Every report format must carry them inert.
 */
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { bad, expectNoStack } from './expect-cli.js';

const SOURCE = bad('hostile-names.csv');
/** Data lines of the fixture (line 12 holds a name with a CRLF inside quotes, so 13 is not a row). */
const LINES = [5, 6, 7, 8, 9, 10, 11, 12, 14];

let dir: string;
const out: Record<string, string> = {};
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fundscreen-safety-'));
  const r = await runCli(['screen', SOURCE, '--format', 'table,json,jsonl,csv,markdown,html', '--out-dir', dir, '--quiet']);
  expect(r.code).toBe(1);
  expectNoStack(r);
  for (const f of ['report.txt', 'report.json', 'report.jsonl', 'report.csv', 'report.md', 'report.html']) out[f] = await readFile(path.join(dir, f), 'utf8');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('hostile names are flagged like any other', () => {
  it('all nine rows are screened and flagged as Hoshine, at their lines', () => {
    const report = JSON.parse(out['report.json']);
    expect(report.funds.map((f: { rows: unknown }) => f.rows)).toEqual([{ read: 9, screened: 9, excluded: 0, skipped: 0 }]);
    expect(report.findings.map((f: { line: number; entity: { id: string } }) => [f.line, f.entity.id])).toEqual(LINES.map((l) => [l, 'hoshine-silicon']));
  });

  it('JSON and JSONL issuers carry no control character', () => {
    const issuers = [
      ...JSON.parse(out['report.json']).findings.map((f: { issuer: string }) => f.issuer),
      ...out['report.jsonl'].trimEnd().split('\n').map((l) => JSON.parse(l).issuer as string),
    ];
    expect(issuers).toHaveLength(18);
    for (const i of issuers) expect(i).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });
});

describe('CSV: no cell a spreadsheet would run', () => {
  it('every text cell starting with = + - @ TAB or CR is prefixed with an apostrophe; numbers stay numbers', () => {
    const rows = parse(out['report.csv'], { relax_column_count: false }) as string[][];
    const header = rows[0];
    expect(rows).toHaveLength(1 + LINES.length);
    for (const row of rows) {
      for (const cell of row) {
        if (/^[=+\-@\t\r]/.test(cell)) expect(cell, `cell ${JSON.stringify(cell)}`).toMatch(/^-\d+(\.\d+)?(e[+-]?\d+)?$/i);
      }
    }
    const issuer = header.indexOf('issuer');
    const fund = header.indexOf('fund');
    expect(rows.slice(1).map((r) => r[issuer]).slice(0, 7)).toEqual([
      `'=HYPERLINK("http://x")&HOSHINE`,
      'HOSHINE <script>alert(1)</script>',
      'HOSHINE | pipe `tick`',
      expect.stringContaining('HOSHINE'),
      "'+HOSHINE SILICON",
      "'-HOSHINE SILICON",
      "'@HOSHINE SILICON",
    ]);
    for (const r of rows.slice(1)) expect(r[fund]).toBe(`'=HYPERLINK("http://x","iShares <b>Fund</b> | \`x\`")`);
    expect(out['report.csv']).not.toContain('\u001b');
  });
});

describe('HTML: everything from the input is escaped', () => {
  it('no script element, no markup from the fund or issuer names, the text shown escaped', () => {
    const html = out['report.html'];
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('<b>Fund</b>');
    expect(html).toContain('HOSHINE &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('=HYPERLINK(&quot;http://x&quot;)&amp;HOSHINE');
    expect(html).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e]/);
  });
});

describe('Markdown: cells cannot break the table or open code spans', () => {
  it('| and backticks in names are escaped; every findings row has as many cells as the header', () => {
    const md = out['report.md'];
    const lines = md.split('\n');
    const header = lines.find((l) => l.startsWith('| Fund | Line | Issuer'))!;
    const cells = (l: string) => l.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length;
    const findingRows = lines.filter((l) => /^\| .* \| \d+ \| /.test(l) && l.includes('HOSHINE'));
    expect(findingRows).toHaveLength(LINES.length);
    for (const row of findingRows) {
      expect(cells(row)).toBe(cells(header));
      expect(row, 'an unescaped backtick opens a code span').not.toMatch(/(^|[^\\])`/);
    }
    expect(md).toContain('HOSHINE \\| pipe \\`tick\\`');
    expect(md).toContain('HOSHINE \\<script\\>alert(1)\\</script\\>');
    expect(md).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  });
});

describe('terminal table: nothing that moves the cursor or recolours the screen', () => {
  it('no ESC, no C0 control except newline, no C1 control or bidi override (no colour)', () => {
    const table = out['report.txt'];
    expect(table).toContain('HOSHINE | pipe `tick`');
    expect(table).not.toContain('\u001b');
    expect(table).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });

  it('with --color, the only escape sequences are our own SGR colour codes', async () => {
    const r = await runCli(['screen', SOURCE, '--color', '--quiet']);
    expect(r.code).toBe(1);
    const withoutSgr = r.stdout.replace(/\u001b\[[0-9;]*m/g, '');
    expect(withoutSgr).not.toContain('\u001b');
    expect(withoutSgr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    // The hostile name's own "ESC[2J ESC[31m" is gone: no clear-screen, and red only where we put it.
    expect(r.stdout).not.toContain('\u001b[2J');
  });
});

describe('stderr', () => {
  const stderrDir = useTempDir('fundscreen-stderr-');
  it('a file name carrying an escape sequence does not reach the terminal raw', async () => {
    const f = path.join(stderrDir, 'fn\u001b[2Jx.csv');
    await copyFile(path.join(repoRoot, 'fixtures/cli/ishares-em-sample.csv'), f);
    const r = await runCli(['screen', f, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('rows read');
    expect(r.stderr).not.toContain('\u001b');
    const missing = await runCli(['screen', path.join(stderrDir, 'nope\u001b]0;pwn\u0007x.csv')]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).not.toMatch(/[\u001b\u0007]/);
  });
});
