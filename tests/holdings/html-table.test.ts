import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readHtmlTables } from '../../src/html-tables.js';
import { sniffXml } from '../../src/holdings/formats/sec-sniff.js';
import { runCli } from '../helpers/cli.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { readAll } from './read-all.js';

const FILE = fileURLToPath(new URL('../../fixtures/holdings/spreadsheet/html-export.xls', import.meta.url));

describe('the tables of an HTML page (html-tables.ts)', () => {
  it('reads rows and cells as HTML allows them written: unclosed cells, entities, colspan, header cells, line of each row', () => {
    const page = readHtmlTables([
      '<p>Holdings as of 31/10/2025</p>',
      '<table id="h"><caption>ignored: the id names it</caption>',
      '<tr><th>Name<th>Value',
      '<tr><td>AT&amp;T&nbsp;INC<td>1',
      '<tr><td colspan="2">Total</td></tr>',
      '</table><p>after</p>',
    ].join('\n'));
    expect(page.tables).toEqual([{ name: 'h', depth: 0, before: ['Holdings as of 31/10/2025'] }]);
    expect(page.rows.map((r) => [r.line, r.header, r.cells])).toEqual([
      [3, true, ['Name', 'Value']],
      [4, false, ['AT&T INC', '1']],
      [5, false, ['Total', '']],
    ]);
    expect(page.after).toEqual(['after']);
  });

  it('a cell spanning rows is read in each row it covers; script, style and the like are no prose', () => {
    const page = readHtmlTables([
      '<html><head><title>ACME Fund</title><script>var s = "<table><tr><td>x";</script><style>td {}</style></head><body>',
      '<table><tr><th>Name<th>Class<th>Value',
      '<tr><td rowspan=2>TENCENT HOLDINGS<td>A<td>1',
      '<tr><td>B<td>2',
      '<tr><td>AT&amp;T<td rowspan="2">X<td>3',
      '<tr><td>Y',
      '</table>',
    ].join('\n'));
    expect(page.tables.map((t) => t.before)).toEqual([['ACME Fund']]);
    expect(page.rows.map((r) => r.cells)).toEqual([
      ['Name', 'Class', 'Value'], ['TENCENT HOLDINGS', 'A', '1'], ['TENCENT HOLDINGS', 'B', '2'], ['AT&T', 'X', '3'], ['Y', 'X'],
    ]);
  });

  it('a table inside a cell is a table of its own; the row around it carries on; a cut page keeps its rows', () => {
    const page = readHtmlTables('<table><caption>Outer</caption><tr><td>a<table><tr><td>inner</td></tr></table></td><td>b</td></tr><tr><td>c');
    expect(page.tables.map((t) => [t.name, t.depth])).toEqual([['Outer', 0], [null, 1]]);
    expect(page.rows.map((r) => [r.table, r.cells])).toEqual([[1, ['inner']], [0, ['a', 'b']], [0, ['c']]]);
  });
});

describe('an HTML table as holdings (html-table)', () => {
  it('is recognised by its markup, not its name: a doctype, html or a table first; XML is not HTML', () => {
    expect(sniffXml(Buffer.from('\ufeff<!DOCTYPE html><html>'))).toBe('html');
    expect(sniffXml(Buffer.from('<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">'))).toBe('html');
    expect(sniffXml(Buffer.from('<table><tr><td>x</td></tr></table>'))).toBe('html');
    expect(sniffXml(Buffer.from('<?xml version="1.0"?><edgarSubmission>'))).toBe('nport');
    expect(sniffXml(Buffer.from('<?xml version="1.0"?><Book/>'))).toBe('unknown');
    expect(sniffXml(Buffer.from('<!-- saved from <url> --><p>Holdings</p><table>'))).toBe('html');
    expect(sniffXml(Buffer.from('<script>var x;</script><table>'))).toBe('html');
  });

  it('reads the first table with a holdings header, as the table reader reads a CSV: lines are its rows, totals excluded, the page above it its preamble', async () => {
    const { meta, positions, excluded } = await readAll(FILE);
    // The fund and date come from what the page writes above the table: its prose and the fund's table of facts.
    expect(meta).toMatchObject({ format: 'html-table', fund: 'Example Emerging Markets Fund', asOf: '2025-10-31' });
    expect(meta.warnings).toEqual(expect.arrayContaining([
      expect.stringMatching(/lines are the rows of the table read/),
      'table "holdings" read (the page has 2: fundinfo, holdings)',
    ]));
    expect(positions.map((p) => [p.line, p.issuer, p.value, p.weightPct])).toEqual([
      [2, 'HOSHINE SILICON INDUSTRY CO LTD-A', { amount: 45000.5, currency: 'USD' }, 0.12],
      [3, 'AT&T INC', { amount: 250, currency: 'USD' }, 0.03],
      [4, 'TENCENT HOLDINGS LTD', { amount: 2150000, currency: 'USD' }, 9.6],
    ]);
    expect(excluded.map((e) => [e.line, e.reason])).toEqual([[5, 'total line (name "Total")']]);
  });

  it('reads the longest holdings table (not a Top Holdings table above the full list), dated by the prose nearest it, in the charset the page declares', async () => {
    const dir = useTempDir('fundscreen-html-');
    const page = path.join(dir, 'page.html');
    const rows = (names: string[]) => names.map((n, i) => `<tr><td>${n}</td><td>${i + 1}.00</td></tr>`).join('');
    const html = '<html><head><meta charset="gb2312"></head><body><p>Performance as of 09/30/2025</p><table><tr><th>Period<th>Return<tr><td>1Y<td>5%</table>'
      + `<p>Top holdings as of 10/31/2025</p><table id="top-holdings"><tr><th>Name<th>Market Value</th></tr>${rows(['TENCENT HOLDINGS LTD'])}</table>`
      + `<p>Full holdings as of 10/31/2025</p><table id="holdings"><tr><th>Name<th>Market Value</th></tr>${rows(['TENCENT HOLDINGS LTD', '合盛硅业', 'APPLE INC'])}</table></body></html>`;
    await writeFile(page, iconv.encode(html, 'gb2312'));
    const { meta, positions } = await readAll(page);
    expect(meta).toMatchObject({ format: 'html-table', asOf: '2025-10-31', encoding: 'gb2312' });
    expect(meta.warnings).toContain('table "holdings" read (the page has 3: table 1, top-holdings, holdings); not read: "top-holdings", whose rows are all in table "holdings" (a summary or a copy of it)');
    expect(positions.map((p) => p.issuer)).toEqual(['TENCENT HOLDINGS LTD', '合盛硅业', 'APPLE INC']);
  });

  it('fundscreen screen flags the listed line; a page without a table, or without a holdings header, is exit 3 in one line', async () => {
    const r = await runCli(['screen', FILE, '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.funds[0].format).toBe('html-table');
    expect(report.findings.map((f: { line: number; tier: string; marketValue: number; currency: string }) => [f.line, f.tier, f.marketValue, f.currency]))
      .toEqual([[2, 'confirmed', 45000.5, 'USD']]);

    const dir = useTempDir('fundscreen-html-');
    const none = path.join(dir, 'none.html');
    await writeFile(none, '<!doctype html><html><body><p>No holdings here.</p></body></html>');
    const prose = path.join(dir, 'prose.xls');
    await writeFile(prose, '<html><body><table><tr><td>Fund</td><td>Example</td></tr></table></body></html>');
    // Hostile pages: nesting that would take the parser minutes, thousands of tables named in one line.
    const deep = path.join(dir, 'deep.html');
    await writeFile(deep, '<table><tr><td>'.repeat(100_000));
    const many = path.join(dir, 'many.html');
    await writeFile(many, '<table><tr><td>x</td></tr></table>'.repeat(5_000));
    // Cells that span a thousand columns and 65,534 rows each (30 took 4 GB and aborted the process).
    const spans = path.join(dir, 'spans.html');
    await writeFile(spans, `<table>\n<tr>${'<td colspan=1000 rowspan=65534>x</td>'.repeat(30)}</tr>\n${'<tr></tr>'.repeat(1_000)}</table>`);
    for (const [file, message] of [
      [none, /no table rows/], [prose, /no holdings header .* of any table \(table 1\)/],
      [deep, /deep\.html:1: HTML nested deeper than 10000 elements/], [many, /\(table 1, .*, table 10 and 4990 more\)/],
      [spans, /spans\.html:\d+: more than 20,000,000 table cells/],
    ] as const) {
      const bad = await runCli(['screen', file]);
      expect(bad.code).toBe(3);
      expect(bad.stderr).toMatch(message);
      expect(bad.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
