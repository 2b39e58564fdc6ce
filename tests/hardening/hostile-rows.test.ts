/**
 * Hostile and unlucky inputs at row level (fixtures/holdings/hostile/): each is read with a
 * warning or a skipped row naming its line, never a silent loss — the listed company on the
 * damaged line is still reported.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccounting, expectNoStack, screenJson, type JsonReport } from './expect-cli.js';

const at = (name: string) => path.join('fixtures', 'holdings', 'hostile', name);

describe('hostile rows', () => {
  let report: JsonReport;
  let code: number | null;
  let stderr: string;
  beforeAll(async () => {
    const run = await screenJson(['nul-in-cell.csv', 'utf16-inside-utf8.csv', 'header-repeated-other-case.csv', 'weight-placeholder-percent.csv', 'entity-expansion-13f.xml', '13f-bad-value.xml'].map(at));
    report = run.report;
    code = run.r.code;
    stderr = run.r.stderr;
    expectNoStack(run.r);
  });
  const flagged = (name: string) => report.findings.filter((f) => f.source === at(name)).map((f) => [f.line, f.entity.id]);
  const rows = (name: string) => report.funds.find((f) => f.source === at(name))?.rows;

  it('the run flags and accounts for every row', () => {
    expect(code).toBe(1);
    expectAccounting(report);
  });

  it('a NUL byte inside a name: removed (not a space), the row screened, a warning names the line', () => {
    expect(rows('nul-in-cell.csv')).toEqual({ read: 2, screened: 2, excluded: 0, skipped: 0 });
    expect(flagged('nul-in-cell.csv')).toEqual([[2, 'iflytek'], [3, 'hoshine-silicon']]);
    expect(report.findings.find((f) => f.source === at('nul-in-cell.csv') && f.line === 3)?.issuer).toBe('HOSHINE SILICON INDUSTRY LTD A');
    expect(report.warnings).toContain('nul-in-cell.csv: line 3: NUL bytes removed');
  });

  it('a UTF-16 line (with its byte-order mark) inside a UTF-8 file: read without its NULs, not refused as binary', () => {
    expect(flagged('utf16-inside-utf8.csv')).toEqual([[2, 'iflytek'], [3, 'hoshine-silicon']]);
    expect(report.warnings).toContain('utf16-inside-utf8.csv: line 3: UTF-16 text inside the file, read without its NUL bytes');
  });

  it('the header repeated mid-file in other case and spacing is a repeated header, not a bad row', () => {
    expect(rows('header-repeated-other-case.csv')).toEqual({ read: 2, screened: 2, excluded: 0, skipped: 0 });
    expect(report.warnings).toContain('header-repeated-other-case.csv: 1 repeated header line(s) ignored');
  });

  it('a placeholder weight with its unit ("n/a%", "- %") is no value, not a bad row', () => {
    expect(rows('weight-placeholder-percent.csv')).toEqual({ read: 2, screened: 2, excluded: 0, skipped: 0 });
    expect(flagged('weight-placeholder-percent.csv')).toEqual([[2, 'iflytek'], [3, 'hoshine-silicon']]);
  });

  it('a 13F row whose value is not a number is skipped, and its own text still names the listed company (review, raw-line)', () => {
    expect(report.skipped.filter((s) => s.source === at('13f-bad-value.xml'))).toEqual([{ source: at('13f-bad-value.xml'), line: 3, reason: 'value: not a number: "1,0O0"' }]);
    expect(report.findings.filter((f) => f.source === at('13f-bad-value.xml')).map((f) => [f.line, f.entity.id, (f as unknown as { tier: string }).tier])).toEqual([[3, 'hikvision', 'review'], [10, 'iflytek', 'confirmed']]);
  });

  it('XML entities (billion laughs, an external file) are never expanded: those rows are skipped with their line; the next row is read', () => {
    expect(report.skipped.filter((s) => s.source === at('entity-expansion-13f.xml'))).toEqual([
      { source: at('entity-expansion-13f.xml'), line: 16, reason: "line 16: the entity &lol9; the file's DOCTYPE declares is not expanded: its value refers to other entities or holds markup (nested, it could grow without end): the row is not screened, its text is searched for listed companies" },
      { source: at('entity-expansion-13f.xml'), line: 17, reason: "line 17: the entity &xxe; the file's DOCTYPE declares is not expanded: an external entity (SYSTEM), which would read a file or a URL: the row is not screened, its text is searched for listed companies" },
    ]);
    expect(flagged('entity-expansion-13f.xml')).toEqual([[18, 'iflytek']]);
    expect(JSON.stringify(report)).not.toContain('root:');
    expect(stderr).not.toContain('lollollol');
  });
});
