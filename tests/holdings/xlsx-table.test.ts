import { describe, expect, it } from 'vitest';
import { TEXT_LAYOUTS } from '../../src/holdings/formats/index.js';
import { readXlsx } from '../../src/holdings/formats/xlsx.js';
import type { HoldingsRecord, Position } from '../../src/holdings/position.js';
import { runCli } from '../helpers/cli.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { xlsx, xlsxBook, zip } from './nport-zip-writer.js';
import { isPercentFormat, percentStyles, percentText } from '../../src/holdings/formats/xlsx-cells.js';
import { fillCellReferences, prepareWorkbook } from '../../src/holdings/formats/zipped-text.js';
import { readFile, writeFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { readSpreadsheetMl } from '../../src/holdings/formats/spreadsheetml.js';
import path from 'node:path';

async function read(bytes: Buffer, only?: 'spdr' | 'table') {
  const reader = await readXlsx('book.xlsx', bytes, {}, TEXT_LAYOUTS, only);
  const records: HoldingsRecord[] = [];
  for await (const batch of reader.batches) for (const r of batch) records.push(r);
  return { meta: reader.meta, records, positions: records.filter((r): r is Position => r.kind === 'position') };
}

// A European issuer's export: a title, a date line, a header with a currency in it, a cash line.
const EUROPEAN = [
  ['Portfolio holdings'],
  ['As of:', '2026-11-30'],
  [],
  ['Emittent', 'ISIN', 'Gewichtung', 'Marktwert (EUR)', 'Anzahl'],
  ['Hoshine Silicon Industry Co Ltd A', 'CNE100002FM1', '0,20', '45000', '1000'],
  ['Siemens AG', 'DE0007236101', '1,50', '337500', '1800'],
  ['EUR CASH', '', '0,10', '22500', ''],
];

describe('any spreadsheet through the table reader', () => {
  it('reads a non-SPDR sheet with the CSV reader\'s header words, dates, exclusions and row numbers', async () => {
    const { meta, records, positions } = await read(xlsx(EUROPEAN, 'Positions'));
    expect(meta).toMatchObject({ format: 'xlsx-table', asOf: '2026-11-30', headerLine: 4 });
    expect(meta.columns).toMatchObject({ issuer: 'Emittent', isin: 'ISIN', weightPct: 'Gewichtung', marketValue: 'Marktwert (EUR)', shares: 'Anzahl' });
    expect(positions.map((p) => [p.line, p.issuer, p.value, p.weightPct])).toEqual([
      [5, 'Hoshine Silicon Industry Co Ltd A', { amount: 45000, currency: 'EUR' }, 0.2],
      [6, 'Siemens AG', { amount: 337500, currency: 'EUR' }, 1.5],
    ]);
    expect(records.find((r) => r.kind === 'excluded')).toMatchObject({ line: 7 });
  });

  it('picks the sheet with a holdings header and says which; a SPDR-shaped sheet keeps the SPDR reader', async () => {
    const book = xlsx([['Fund Name:', 'X'], ['Name', 'Ticker', 'Identifier', 'Weight'], ['APPLE INC', 'AAPL', '037833100', '6.0']]);
    expect((await read(book)).meta.format).toBe('spdr-xlsx');
    // The same columns without SPDR's preamble are any other table.
    expect((await read(xlsx([['Name', 'Ticker', 'Identifier', 'Weight'], ['APPLE INC', 'AAPL', '037833100', '6.0']]))).meta.format).toBe('xlsx-table');
    expect((await read(book, 'table')).meta.format).toBe('xlsx-table');
    await expect(read(xlsx(EUROPEAN), 'spdr')).rejects.toThrow(/no SPDR holdings header/);
    await expect(read(xlsx([['Notes'], ['nothing', 'here']]))).rejects.toThrow(/no holdings header .* any sheet \(holdings\)/);
  });

  it('fundscreen screen flags the listed company in a spreadsheet and states its value in the header\'s currency', async () => {
    const dir = useTempDir('xlsx-table');
    const file = path.join(dir, 'fund.xlsx');
    await writeFile(file, xlsx(EUROPEAN, 'Positions'));
    const r = await runCli(['screen', file, '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.findings.map((f: { issuer: string; marketValue: number; currency: string; tier: string }) => [f.issuer, f.marketValue, f.currency, f.tier]))
      .toEqual([['Hoshine Silicon Industry Co Ltd A', 45000, 'EUR', 'confirmed']]);
  });
});

describe('XML Spreadsheet 2003 (.xls that is XML)', () => {
  const file = fileURLToPath(new URL('../../fixtures/holdings/spreadsheet/xml-2003.xls', import.meta.url));
  const readMl = async (text: string | Buffer) => {
    const reader = await readSpreadsheetMl('book.xls', Readable.from([Buffer.from(text)]), {}, TEXT_LAYOUTS);
    const records: HoldingsRecord[] = [];
    for await (const batch of reader.batches) records.push(...batch);
    return { meta: reader.meta, records };
  };

  it('reads the holdings sheet; ss:Index keeps row and cell positions; dates; cash excluded', async () => {
    const { meta, records } = await readMl(await readFile(file));
    expect(meta).toMatchObject({ format: 'xml-spreadsheet', fund: 'Example China Equity Fund', asOf: '2026-11-27', headerLine: 4 });
    expect(meta.warnings[0]).toMatch(/sheet "Holdings" read \(the workbook has 2: Notes, Holdings\)/);
    expect(records.map((r) => [r.kind, r.line])).toEqual([['position', 5], ['position', 6], ['excluded', 7]]);
    const tencent = records[1] as Position;
    expect(tencent.value).toEqual({ amount: 2150000, currency: 'USD' });
    expect(tencent.weightPct).toBe(9.6);
  });

  it('reads every sheet with a holdings header and rows of its own, each a fund named by the sheet; not a summary of the first', async () => {
    const sheet = (name: string, rows: string[][]) => `<Worksheet ss:Name="${name}"><Table>${rows.map((r) => `<Row>${r.map((c) => `<Cell><Data ss:Type="String">${c}</Data></Cell>`).join('')}</Row>`).join('')}</Table></Worksheet>`;
    const equity = [['Name', 'Ticker', 'Weight'], ['TENCENT HOLDINGS LTD', '700', '5.0'], ['ALIBABA GROUP HOLDING LTD', '9988', '4.0'], ['MEITUAN', '3690', '3.0']];
    const book = `<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">${
      sheet('Equity', equity)}${sheet('Fixed Income', [['Security Name', 'Weight'], ['HOSHINE SILICON INDUSTRY CO LTD 3% 2027', '0.5']])}${
      // A summary: its names in another case, a total line, a note; another copy of the first sheet.
      sheet('Top Holdings', [['Name', 'Weight'], ['Tencent Holdings Ltd', '5.0'], ['ALIBABA GROUP HOLDING LTD', '4.0'], ['Total', '9.0']])}${
      sheet('Equity copy', equity)}</Workbook>`;
    const { meta, records } = await readMl(book);
    const positions = records.filter((r): r is Position => r.kind === 'position');
    expect(positions.map((p) => [p.line, p.issuer, p.fund])).toEqual([
      [2, 'TENCENT HOLDINGS LTD', null], [3, 'ALIBABA GROUP HOLDING LTD', null], [4, 'MEITUAN', null],
      [2, 'HOSHINE SILICON INDUSTRY CO LTD 3% 2027', 'book.xls (sheet Fixed Income)'],
    ]);
    expect(meta.warnings[0]).toBe('sheet "Equity" read (the workbook has 4: Equity, Fixed Income, Top Holdings, Equity copy); also "Fixed Income", each a fund of its own named by the sheet, with rows the first has not; not read: "Top Holdings", "Equity copy", each with all its rows in sheet "Equity" (a summary or a copy of it)');
  });

  it("a cell's formatted text is its value (<Font>, <B> inside <Data>); a comment on it is not", async () => {
    const book = (cell: string) => `<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="Holdings"><Table>
<Row><Cell><Data ss:Type="String">Name</Data></Cell><Cell><Data ss:Type="String">Weight</Data></Cell></Row>
<Row>${cell}<Cell><Data ss:Type="Number">1.5</Data></Cell></Row></Table></Worksheet></Workbook>`;
    const issuers = async (cell: string) => (await readMl(book(cell))).records.map((r) => (r as Position).issuer);
    expect(await issuers('<Cell><ss:Data ss:Type="String" xmlns="http://www.w3.org/TR/REC-html40"><Font html:Color="#000000">HOSHINE </Font><B>SILICON</B> INDUSTRY</ss:Data></Cell>'))
      .toEqual(['HOSHINE SILICON INDUSTRY']);
    expect(await issuers('<Cell><Data ss:Type="String">HOSHINE SILICON INDUSTRY</Data><Comment ss:Author="x"><ss:Data>checked</ss:Data></Comment></Cell>'))
      .toEqual(['HOSHINE SILICON INDUSTRY']);
  });

  it('a number whose style shows a percentage is read as shown, times 100 (a parent style\'s format inherited; a % in quotes is text)', async () => {
    const cell = (v: string, style?: string) => `<Cell${style ? ` ss:StyleID="${style}"` : ''}><Data ss:Type="Number">${v}</Data></Cell>`;
    const text = (v: string) => `<Cell><Data ss:Type="String">${v}</Data></Cell>`;
    const book = `<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Styles>
<Style ss:ID="Default" ss:Name="Normal"/><Style ss:ID="pct"><NumberFormat ss:Format="Percent"/></Style><Style ss:ID="pct3"><NumberFormat ss:Format="0.000%"/></Style>
<Style ss:ID="bold" ss:Parent="pct"><Font ss:Bold="1"/></Style><Style ss:ID="quoted"><NumberFormat ss:Format="0.00&quot;%&quot;"/></Style></Styles>
<Worksheet ss:Name="Holdings"><Table><Row>${text('Name')}${text('Market Value')}${text('Weight')}</Row>
<Row>${text('APPLE INC')}${cell('1000000')}${cell('0.01', 'pct')}</Row>
<Row>${text('HOSHINE SILICON INDUSTRY CO LTD')}${cell('500000')}${cell('5E-3', 'pct3')}</Row>
<Row>${text('MICROSOFT CORP')}${cell('250000')}${cell('0.015', 'bold')}</Row>
<Row>${text('NVIDIA CORP')}${cell('125000')}${cell('1.25', 'quoted')}</Row></Table></Worksheet></Workbook>`;
    const { records } = await readMl(book);
    expect(records.map((r) => [(r as Position).issuer, (r as Position).value?.amount, (r as Position).weightPct])).toEqual([
      ['APPLE INC', 1000000, 1], ['HOSHINE SILICON INDUSTRY CO LTD', 500000, 0.5], ['MICROSOFT CORP', 250000, 1.5], ['NVIDIA CORP', 125000, 1.25],
    ]);
  });

  it('rows and cells an Index or MergeAcross skips count against a budget (300 merges of a million cells took 4 GB)', async () => {
    const rows = '<Row><Cell ss:MergeAcross="1048576"><Data ss:Type="String">x</Data></Cell></Row>\n'.repeat(30);
    const bomb = `<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="H"><Table>\n${rows}</Table></Worksheet></Workbook>`;
    await expect(readMl(bomb)).rejects.toMatchObject({ line: 21, reason: expect.stringMatching(/more than 20,000,000 rows and cells/) });
  });

  it('a truncated workbook and another XML root are one-line errors', async () => {
    const text = (await readFile(file, 'utf8'));
    await expect(readMl(text.slice(0, text.indexOf('TENCENT')))).rejects.toThrow(/truncated file/);
    await expect(readMl('<?xml version="1.0"?><Book><x/></Book>')).rejects.toThrow(/not an XML spreadsheet/);
  });

  it('fundscreen screen detects it by its content and flags the listed line', async () => {
    const r = await runCli(['screen', file, '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.funds[0].format).toBe('xml-spreadsheet');
    expect(report.findings.map((f: { line: number; tier: string; marketValue: number; currency: string }) => [f.line, f.tier, f.marketValue, f.currency]))
      .toEqual([[5, 'confirmed', 45000.5, 'USD']]);
  });
});

describe('a workbook whose last cell is far from A1', () => {
  const sheet = (cells: string) => zip([['xl/worksheets/sheet1.xml', `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c></row>${cells}</sheetData></worksheet>`]]);

  it('a stray cell far from the table is set aside, named with its text, before the xlsx reader builds its grid (one cell at XFD1048576 refused the workbook; unguarded it took 4 GB)', async () => {
    const far = await prepareWorkbook('far.xlsx', sheet('<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>HOSHINE SILICON</t></is></c></row>'));
    expect(far.cellProblems.get('sheet1.xml')).toEqual([{
      row: 1_048_576, column: 16_384, cell: 'XFD1048576', text: 'HOSHINE SILICON',
      what: 'alone far from the rest of the sheet (which ends at A1): set aside, not read as part of the table (with it the sheet spanned 1,048,576 rows by 16,384 columns)',
    }]);
    // A cell far down or far right alone is read as it is; an empty one far away (a sheet formatted whole) costs nothing.
    for (const cells of ['<row r="1048576"><c r="A1048576"><v>1</v></c></row>', '<row r="2"><c r="XFD2"><v>1</v></c></row>', '<row r="1048576"><c r="XFD1048576" s="1"/></row>']) {
      const bytes = sheet(cells);
      expect((await prepareWorkbook('ok.xlsx', bytes)).bytes).toBe(bytes);
    }
    // The grid of a sheet without references is counted from the references filled in.
    const unnamed = await prepareWorkbook('far2.xlsx', sheet(`${'<row/>'.repeat(3_098)}<row>${'<c/>'.repeat(16_383)}<c><v>1</v></c></row>`));
    expect(unnamed.cellProblems.get('sheet1.xml')?.map((p) => [p.cell, p.text])).toEqual([['XFD3100', '1']]);
  });

  it('a sheet that is a grid too large, not a table and a few stray cells, is still refused, saying why', async () => {
    const rows = Array.from({ length: 4_000 }, (_, i) => `<row r="${i + 2}"><c r="A${i + 2}"><v>1</v></c><c r="XFD${i + 2}"><v>2</v></c></row>`).join('');
    await expect(prepareWorkbook('grid.xlsx', sheet(rows))).rejects.toThrow(/grid\.xlsx: sheet sheet1\.xml spans 4,001 rows by 16,384 columns/);
  });

  it('fundscreen screen reads the table, and the stray cell is a skipped row at its line, its text searched for listed companies', async () => {
    const stray = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>HOSHINE SILICON INDUSTRY CO LTD</t></is></c></row>';
    const bytes = xlsx(EUROPEAN, 'Positions', { damage: (xml) => xml.replace('</sheetData>', `${stray}</sheetData>`) });
    const { positions, records } = await read(bytes);
    expect(positions.map((p) => [p.line, p.issuer])).toEqual([[5, 'Hoshine Silicon Industry Co Ltd A'], [6, 'Siemens AG']]);
    expect(records.at(-1)).toEqual({
      kind: 'skipped', source: 'book.xlsx', line: 1_048_576, text: 'HOSHINE SILICON INDUSTRY CO LTD',
      reason: 'cell XFD1048576 is alone far from the rest of the sheet (which ends at E7): set aside, not read as part of the table (with it the sheet spanned 1,048,576 rows by 16,384 columns): not screened',
    });
    const dir = useTempDir('xlsx-stray');
    const file = path.join(dir, 'stray.xlsx');
    await writeFile(file, bytes);
    const r = await runCli(['screen', file, '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.funds[0].rows).toMatchObject({ screened: 2, excluded: 1, skipped: 1 });
  });
});

describe('a workbook whose rows and cells carry no reference (r is optional; some writers leave it out)', () => {
  it('is read as the same workbook with references: every cell in its column, every row at its number', async () => {
    const rows = [...EUROPEAN, ['Daqo New Energy Corp', null, '0,05', '11250', '300']];
    const withRefs = await read(xlsx(rows, 'Positions'));
    const without = await read(xlsx(rows, 'Positions', { references: false }));
    expect(without.records).toEqual(withRefs.records);
    expect(without.positions.map((p) => [p.line, p.issuer])).toEqual([[5, 'Hoshine Silicon Industry Co Ltd A'], [6, 'Siemens AG'], [8, 'Daqo New Energy Corp']]);
  });

  it('a damaged cell skips its row, naming the cell and why; the rest is screened (it refused the whole workbook)', async () => {
    // A7's shared string does not exist: the cash line's name.
    const bytes = xlsx(EUROPEAN, 'Positions', { damage: (xml) => xml.replace(/<c r="A7" t="s"><v>\d+/, '<c r="A7" t="s"><v>999') });
    const { records, positions } = await read(bytes);
    expect(positions.map((p) => [p.line, p.issuer])).toEqual([[5, 'Hoshine Silicon Industry Co Ltd A'], [6, 'Siemens AG']]);
    expect(records.filter((r) => r.kind === 'skipped')).toEqual([{
      kind: 'skipped', source: 'book.xlsx', line: 7,
      reason: 'cell A7 is damaged: a shared string that does not exist (index "999"; the workbook has 22): the row is not screened',
      text: '\t\t0,10\t22500\t',
    }]);
  });

  it.each([
    ['a shared string that does not exist', '<c r="D5" t="s"><v>22</v></c>', /cell D5 is damaged: a shared string that does not exist \(index "22"; the workbook has 22\)/],
    ['a malformed boolean', '<c r="D5" t="b"><v>yes</v></c>', /cell D5 is damaged: a boolean that is neither 0 nor 1 \("yes"\)/],
    ['a number that is none', '<c r="D5"><v>4,5E</v></c>', /cell D5 is damaged: a number that is none/],
    ['a style that does not exist', '<c r="D5" s="7"><v>45000</v></c>', /cell D5 is damaged: a style that does not exist \("7"; the workbook has 0\)/],
    ['a cell type the format does not know', '<c r="D5" t="zz"><v>1</v></c>', /cell D5 is damaged: a cell type the format does not know/],
    ['a formula with no saved value', '<c r="D5"><f>SUM(D9:D20)</f></c>', /cell D5 is a formula with no saved value/],
    ['a formula whose saved value is an error', '<c r="D5" t="e"><f>1\/0<\/f><v>#DIV\/0!</v></c>', /cell D5 is a formula whose saved value is an error \(#DIV\/0!\)/],
  ])('the value cell of a listed row: %s; the row is skipped and the listed name on it still found', async (_, cell, reason) => {
    const bytes = xlsx(EUROPEAN, 'Positions', { damage: (xml) => xml.replace(/<c r="D5" t="s"><v>\d+<\/v><\/c>/, cell.replace(/\\/g, '')) });
    const { records } = await read(bytes);
    const skipped = records.filter((r) => r.kind === 'skipped');
    expect(skipped).toEqual([expect.objectContaining({ line: 5, reason: expect.stringMatching(reason), text: expect.stringContaining('Hoshine Silicon Industry Co Ltd A') })]);
    expect(records.filter((r) => r.kind === 'position').map((r) => r.line)).toEqual([6]);
  });

  it('a formula with no saved value as the name is never read as an empty name; one in a column not read, or above the header, is a warning naming the cell', async () => {
    const rows = EUROPEAN.map((r, i) => (i >= 3 ? [...r, i === 3 ? 'Notes' : 'x'] : r));
    const bytes = xlsx(rows, 'Positions', {
      damage: (xml) => xml
        .replace(/<c r="A6" t="s"><v>\d+<\/v><\/c>/, '<c r="A6" t="str"><f>CONCAT("Siemens"," AG")</f></c>')
        .replace(/<c r="F5" t="s"><v>\d+<\/v><\/c>/, '<c r="F5"><f>NOW()</f></c>')
        .replace(/<c r="B2" t="s"><v>\d+<\/v><\/c>/, '<c r="B2"><f>TODAY()</f></c>'),
    });
    const { meta, records } = await read(bytes);
    expect(records.filter((r) => r.kind === 'skipped')).toEqual([expect.objectContaining({ line: 6, reason: expect.stringMatching(/^cell A6 is a formula with no saved value/) })]);
    expect(records.filter((r) => r.kind === 'position').map((r) => r.line)).toEqual([5]);
    expect(meta.warnings).toContainEqual(expect.stringMatching(/^2 cells read as empty: cell B2 is a formula with no saved value .*; cell F5 is a formula with no saved value .* \(a column not read\)$/));
  });

  it('fundscreen screen: a damaged cell in a listed row is one skipped row, the listed company reported from its text, exit by findings', async () => {
    const dir = useTempDir('xlsx-damaged');
    const file = path.join(dir, 'fund.xlsx');
    await writeFile(file, xlsx(EUROPEAN, 'Positions', { damage: (xml) => xml.replace(/<c r="D5" t="s"><v>\d+/, '<c r="D5" t="s"><v>999') }));
    const r = await runCli(['screen', 'fund.xlsx', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.skipped).toEqual([{ source: 'fund.xlsx', line: 5, reason: expect.stringMatching(/^cell D5 is damaged: a shared string that does not exist/) }]);
    expect(report.findings.map((f: { line: number; entity: { id: string } }) => [f.line, f.entity.id])).toEqual([[5, 'hoshine-silicon']]);
    expect(report.funds[0].rows).toEqual({ read: 3, screened: 1, excluded: 1, skipped: 1 });
  });

  it('cells written out of order are a one-line error naming the cell and its row', async () => {
    const bytes = xlsx(EUROPEAN, 'Positions', { damage: (xml) => xml.replace(/(<row r="5">.*?<\/row>)(<row r="6">.*?<\/row>)/, '$2$1') });
    await expect(read(bytes)).rejects.toMatchObject({ line: 5, reason: expect.stringMatching(/^not a readable xlsx workbook: cell A5 comes after cell E6/) });
  });

  it('fills a reference where one is missing, continuing from the row or cell before', () => {
    expect(fillCellReferences('<sheetData><row r="3"><c r="B3"/><c/></row><row><x:c t="s"/><c/></row><cols><col/></cols></sheetData>'))
      .toBe('<sheetData><row r="3"><c r="B3"/><c r="C3"/></row><row r="4"><x:c r="A4" t="s"/><c r="B4"/></row><cols><col/></cols></sheetData>');
    expect(fillCellReferences('<row r="1"><c r="A1"/></row>')).toBeNull();
    // References in single quotes or with spaces are references; a row without one takes its first cell's row.
    expect(fillCellReferences(`<row><c r='B2'/><c r = "C2"/></row><row><c r="A4"/><c/></row><c:chart/>`))
      .toBe(`<row r="2"><c r='B2'/><c r = "C2"/></row><row r="4"><c r="A4"/><c r="B4"/></row><c:chart/>`);
  });
});

describe('a workbook that repeats one huge shared string in every row', () => {
  it('reads row by row: the oversize cells skip their rows (text kept), the other rows are screened', async () => {
    const big = 'B'.repeat(2 * 1024 * 1024);
    const rows = [['Name', 'Ticker'], ...Array.from({ length: 30 }, () => [big, 'X']), ['Hoshine Silicon Industry Co Ltd', '603260']];
    const { records, positions } = await read(xlsx(rows));
    expect(records.filter((r) => r.kind === 'skipped')).toHaveLength(30);
    expect(records.find((r) => r.kind === 'skipped')).toMatchObject({ line: 2, reason: expect.stringMatching(/longer than|characters/) });
    expect(positions.map((p) => [p.line, p.issuer])).toEqual([[32, 'Hoshine Silicon Industry Co Ltd']]);
  });
});

describe('a number cell whose style shows a percentage (xlsx)', () => {
  // Cell styles: 0 General, 1 built-in 10 "0.00%", 2 custom "0.000%", 3 custom with the % in quotes (shown as written), 4 built-in 9 "0%", 5 "#,##0".
  const STYLES = '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    + '<numFmts count="3"><numFmt numFmtId="164" formatCode="0.000%"/><numFmt numFmtId="165" formatCode="0.00&quot;%&quot;"/><numFmt numFmtId="166" formatCode="#,##0"/></numFmts>'
    + '<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="10" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/><xf numFmtId="9" applyNumberFormat="1"/><xf numFmtId="166" applyNumberFormat="1"/></cellXfs></styleSheet>';

  it('is read as it is shown, the stored fraction times 100 (0.005 formatted "0.00%" is a weight of 0.5, as the .ods of it reads; it was 0.005)', async () => {
    const book = xlsxBook([['Holdings', [
      ['Ticker', 'Name', 'Market Value', 'Weight'],
      ['AAPL', 'APPLE INC', { n: '1000000', s: 5 }, { n: '0.01', s: 1 }],
      ['603260', 'HOSHINE SILICON INDUSTRY CO LTD', { n: '500000', s: 0 }, { n: '5.0000000000000001E-3', s: 2 }],
      ['MSFT', 'MICROSOFT CORP', { n: '250000' }, { n: '1.5', s: 3 }],
      ['NVDA', 'NVIDIA CORP', { n: '125000' }, { n: '-1.25E-2', s: 4 }],
    ]]], { styles: STYLES });
    const { positions } = await read(book);
    expect(positions.map((p) => [p.issuer, p.value?.amount, p.weightPct])).toEqual([
      ['APPLE INC', 1000000, 1],
      ['HOSHINE SILICON INDUSTRY CO LTD', 500000, 0.5],
      ['MICROSOFT CORP', 250000, 1.5],
      ['NVIDIA CORP', 125000, -1.25],
    ]);
  });

  it('fundscreen screen gives the listed position its weight as the sheet shows it', async () => {
    const dir = useTempDir('xlsx-percent');
    const file = path.join(dir, 'pct.xlsx');
    await writeFile(file, xlsxBook([['Holdings', [
      ['Ticker', 'Name', 'Market Value', 'Weight'],
      ['AAPL', 'APPLE INC', { n: '1000000' }, { n: '0.01', s: 1 }],
      ['603260', 'HOSHINE SILICON INDUSTRY CO LTD', { n: '500000' }, { n: '0.005', s: 1 }],
    ]]], { styles: STYLES }));
    const r = await runCli(['screen', file, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { weightPct: number }) => f.weightPct)).toEqual([0.5]);
  });

  it('a percent format is one with a % outside quotes, escapes and brackets; the value is moved by its decimal point, exactly', () => {
    expect(['0%', '0.00%', '0.0%;[Red]-0.0%', '#,##0.00 %'].map(isPercentFormat)).toEqual([true, true, true, true]);
    expect(['0.00"%"', '0.00\\%', '0_%', '0*%', '#,##0', '[$%-409]0', 'General'].map(isPercentFormat)).toEqual([false, false, false, false, false, false, false]);
    expect(['0.005', '5E-3', '1', '-0.0125', '0.1234567890123456789', '1.5E+2', '0', '.5', '12'].map(percentText))
      .toEqual(['0.5%', '0.5%', '100%', '-1.25%', '12.34567890123456789%', '15000%', '0%', '50%', '1200%']);
    expect(['', 'x', '1e', '--1', 'Infinity'].map(percentText)).toEqual([null, null, null, null, null]);
    const styles = percentStyles(STYLES);
    expect([...styles].sort()).toEqual([1, 2, 4]);
  });
});
