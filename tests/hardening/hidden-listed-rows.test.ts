/**
 * A listed company hidden where a row reader loses text: in a cell that salvage drops, after a
 * lone CR (two rows joined, or the header and a row), beside a cell or on a line too long to
 * keep. Each is still reported, at its line, and the rows are accounted for.
 * Huge inputs are written at test time (fixtures/holdings/hostile/ holds the small ones).
 */
import { mkdtemp, writeFile, mkdir } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { expectAccounting, expectNoStack, screenJson, type JsonReport } from './expect-cli.js';

const at = (name: string) => path.join('fixtures', 'holdings', 'hostile', name);
type Finding = JsonReport['findings'][number] & { tier: string; explanation: string };
const found = (report: JsonReport, source: string) =>
  (report.findings as Finding[]).filter((f) => f.source === source).map((f) => [f.line, f.entity.id, f.tier]);

describe('a cell that salvage drops', () => {
  it('an extra cell naming a listed company: the row is screened as read, and the company reported (review, raw-line) at its line', async () => {
    const src = at('salvage-dropped-cell-names-listed.csv');
    const { r, report } = await screenJson([src]);
    expectNoStack(r);
    expectAccounting(report);
    expect(r.code).toBe(1);
    expect(report.funds[0].rows).toEqual({ read: 4, screened: 3, excluded: 1, skipped: 0 });
    expect(found(report, src)).toEqual([[4, 'hoshine-silicon', 'review']]);
    expect(JSON.stringify(report.findings[0])).toContain('line 4 salvaged (1 extra cell(s)');
    expect(report.warnings.some((w) => w.endsWith(`line 4: row salvaged and screened: 1 extra cell(s) after the header's 9 columns ignored ("incl. Hoshine Silicon Industry Co., Ltd.")`))).toBe(true);
  });
});

describe('a lone CR in an LF file ends a line (as editors and universal newlines read it)', () => {
  it('two rows joined by a CR are two rows; the listed one after the CR is confirmed at its own line', async () => {
    const src = at('lone-cr-between-rows.csv');
    const { r, report } = await screenJson([src]);
    expectNoStack(r);
    expect(report.funds[0].rows).toEqual({ read: 3, screened: 2, excluded: 1, skipped: 0 });
    expect(found(report, src)).toEqual([[4, 'iflytek', 'confirmed']]);
    expect(report.warnings.filter((w) => w.startsWith(src))).toEqual([]);
  });

  it('the header joined to the first row by a CR: that row is not taken into the header', async () => {
    const src = at('lone-cr-after-header.csv');
    const { report } = await screenJson([src]);
    expect(report.funds[0].rows).toEqual({ read: 2, screened: 2, excluded: 0, skipped: 0 });
    expect(found(report, src)).toEqual([[3, 'iflytek', 'confirmed']]);
  });
});

describe('text too long to keep', () => {
  let dir: string;
  const name = 'HOSHINE SILICON INDUSTRY LTD A';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'hidden-listed-'));
    const header = 'Name,Ticker,Market Value,Note\n';
    // A cell over the field cap (1 MiB) after the name; a line over the line cap (4 Mi characters).
    await writeFile(path.join(dir, 'huge-cell.csv'), `${header}Apple Inc.,AAPL,1,x\n"${name}",603260,2,"${'Z'.repeat(2 * 1024 * 1024)}"\n`);
    await writeFile(path.join(dir, 'huge-line.csv'), `${header}Apple Inc.,AAPL,1,x\n${name},603260,3,${'9'.repeat(5 * 1024 * 1024)}\n`);
    // 20,000 empty cells before the name: they do not push it out of what is searched.
    await writeFile(path.join(dir, 'empty-cells.csv'), `Name,Ticker\nApple Inc.,AAPL\n${','.repeat(20000)}${name},603260\n`);
    // An N-PORT data set whose listed holding has a title over the field cap.
    const ds = path.join(repoRoot, 'fixtures', 'holdings', 'nport', 'dataset');
    await mkdir(path.join(dir, 'nport'));
    for (const f of readdirSync(ds).filter((x) => x.endsWith('.tsv'))) {
      let text = readFileSync(path.join(ds, f), 'utf8');
      if (f === 'FUND_REPORTED_HOLDING.tsv') text = text.replace('DAQO NEW ENERGY ADR', `DAQO NEW ENERGY ADR${'Z'.repeat(2 * 1024 * 1024)}`);
      await writeFile(path.join(dir, 'nport', f), text);
    }
  });

  it('a cell over the field cap: the row is skipped, and the name beside it reported (review) at its line', async () => {
    const { r, report } = await screenJson(['huge-cell.csv'], { cwd: dir });
    expectNoStack(r);
    expect(report.skipped).toEqual([{ source: 'huge-cell.csv', line: 3, reason: 'field longer than 1048576 characters' }]);
    expect(found(report, 'huge-cell.csv')).toEqual([[3, 'hoshine-silicon', 'review']]);
  });

  it('a line over the line cap: its start is searched (and says so); the file is not called "header only"', async () => {
    const { r, report } = await screenJson(['huge-line.csv'], { cwd: dir });
    expectNoStack(r);
    expect(report.skipped).toEqual([{ source: 'huge-line.csv', line: 3, reason: 'line longer than 4194304 characters (only its first 65536 searched for listed companies)' }]);
    expect(found(report, 'huge-line.csv')).toEqual([[3, 'hoshine-silicon', 'review']]);
    expect(report.warnings.some((w) => w.includes('header only'))).toBe(false);
  });

  it('a row of 20,000 empty cells before the name: skipped, the name still found', async () => {
    const { report } = await screenJson(['empty-cells.csv'], { cwd: dir });
    expect(report.funds[0].rows).toEqual({ read: 2, screened: 1, excluded: 0, skipped: 1 });
    expect(found(report, 'empty-cells.csv')).toEqual([[3, 'hoshine-silicon', 'review']]);
  });

  it('an N-PORT data-set field over the cap: the holding is skipped with the column named, and still reported', async () => {
    const { r, report } = await screenJson(['nport'], { cwd: dir });
    expectNoStack(r);
    expectAccounting(report);
    const src = path.join('nport', 'FUND_REPORTED_HOLDING.tsv');
    expect(report.skipped.filter((s) => s.line === 9)).toEqual([{ source: src, line: 9, reason: 'ISSUER_TITLE longer than 1048576 characters' }]);
    expect(found(report, src)).toEqual([[9, 'xinjiang-daqo-new-energy', 'review']]);
  });
});

describe('a line read as a note', () => {
  it('a listed name alone after a blank line is reported (review) and counted as a skipped row; the disclaimer after it is no row', async () => {
    const src = at('listed-name-alone-after-blank.csv');
    const { r, report } = await screenJson([src]);
    expectNoStack(r);
    expectAccounting(report);
    expect(report.funds[0].rows).toEqual({ read: 3, screened: 2, excluded: 0, skipped: 1 });
    expect(report.skipped).toEqual([{ source: src, line: 5, reason: 'one cell after a blank line, read as a note (not a row)' }]);
    expect(found(report, src)).toEqual([[5, 'hoshine-silicon', 'review']]);
  });
});
