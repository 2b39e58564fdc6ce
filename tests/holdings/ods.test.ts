import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../helpers/cli.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { zip } from './nport-zip-writer.js';
import { readAll } from './read-all.js';

const cell = (text: string, attrs = 'office:value-type="string"') => `<table:table-cell ${attrs}><text:p>${text}</text:p></table:table-cell>`;
const empty = (n: number) => `<table:table-cell table:number-columns-repeated="${n}"/>`;
const row = (...cells: string[]) => `<table:table-row>${cells.join('')}</table:table-row>`;

/** An OpenDocument spreadsheet as LibreOffice writes one (written for this test): a notes sheet, then the holdings. */
function ods(): Buffer {
  const content = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">
<office:body><office:spreadsheet>
<table:table table:name="Notes">${row(cell('Read me'))}</table:table>
<table:table table:name="Holdings">
${row(cell('Fund Holdings as of'), cell('31/10/2025', 'office:value-type="date" office:date-value="2025-10-31T00:00:00"'))}
<table:table-row table:number-rows-repeated="2">${empty(1024)}</table:table-row>
${row(cell('Name'), empty(2), cell('Ticker'), cell('Market Value (EUR)'), empty(16379))}
${row(cell('HOSHINE SILICON<text:s/>INDUSTRY <text:span>CO LTD-A</text:span>'), empty(2), cell('603260'), cell('45.000,50 €', 'office:value-type="currency" office:value="45000.5"'))}
${row(cell('APPLE INC'), empty(2), cell('AAPL'), cell('9.000.000,00 €', 'office:value-type="currency" office:value="9000000"'))}
<table:table-row table:number-rows-repeated="1048570">${empty(16384)}</table:table-row>
</table:table>
</office:spreadsheet></office:body></office:document-content>`;
  return zip([['mimetype', 'application/vnd.oasis.opendocument.spreadsheet'], ['content.xml', content], ['META-INF/manifest.xml', '<manifest/>']], { store: true });
}

describe('OpenDocument spreadsheets (.ods)', () => {
  const dir = useTempDir('fundscreen-ods-');

  it('reads the holdings sheet as an xlsx is read: rows at their spreadsheet row, stored values, repeated empty rows and cells kept in place, none to the sheet\'s end', async () => {
    const file = path.join(dir, 'fund.ods');
    await writeFile(file, ods());
    const { meta, positions } = await readAll(file);
    expect(meta).toMatchObject({ format: 'ods-table', asOf: '2025-10-31', headerLine: 4 });
    expect(meta.warnings).toContain('sheet "Holdings" read (the workbook has 2: Notes, Holdings)');
    expect(positions.map((p) => [p.line, p.issuer, p.ids.ticker, p.value])).toEqual([
      [5, 'HOSHINE SILICON INDUSTRY CO LTD-A', '603260', { amount: 45000.5, currency: 'EUR' }],
      [6, 'APPLE INC', 'AAPL', { amount: 9000000, currency: 'EUR' }],
    ]);
  });

  it('a comment on a cell and a table inside one are no part of its text; a cell shows its currency; text past the sheet\'s last row is refused', async () => {
    const sheet = (rows: string) => zip([['mimetype', 'application/vnd.oasis.opendocument.spreadsheet'], ['content.xml', `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<office:body><office:spreadsheet><table:table table:name="Holdings">${row(cell('Name'), cell('Market Value'))}${rows}</table:table></office:spreadsheet></office:body></office:document-content>`]], { store: true });
    const file = path.join(dir, 'notes.ods');
    await writeFile(file, sheet(row(
      '<table:table-cell office:value-type="string"><office:annotation><dc:creator>Analyst</dc:creator><text:p>Reviewed</text:p></office:annotation><text:p>HOSHINE SILICON INDUSTRY CO LTD</text:p><table:table><table:table-row><table:table-cell><text:p>inner</text:p></table:table-cell></table:table-row></table:table></table:table-cell>',
      cell('€1,000.00', 'office:value-type="currency" office:currency="EUR" office:value="1000"'),
    )));
    const { positions } = await readAll(file);
    expect(positions.map((p) => [p.line, p.issuer, p.value])).toEqual([[2, 'HOSHINE SILICON INDUSTRY CO LTD', { amount: 1000, currency: 'EUR' }]]);
    const over = path.join(dir, 'over.ods');
    await writeFile(over, sheet(`<table:table-row table:number-rows-repeated="1048575">${cell('APPLE INC')}</table:table-row>${row(cell('HOSHINE SILICON INDUSTRY CO LTD'))}`));
    const bad = await runCli(['screen', over]);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toMatch(/over\.ods: sheet "Holdings" has text past row 1048576/);
  });

  it('fundscreen screen flags the listed line; a zip with a content.xml of another kind is no spreadsheet', async () => {
    const file = path.join(dir, 'fund2.ods');
    await writeFile(file, ods());
    const r = await runCli(['screen', file, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { line: number; tier: string }) => [f.line, f.tier])).toEqual([[5, 'confirmed']]);
    const text = path.join(dir, 'text.odt');
    await writeFile(text, zip([['mimetype', 'application/vnd.oasis.opendocument.text'], ['content.xml', '<office:document-content/>']], { store: true }));
    const bad = await runCli(['screen', text]);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toMatch(/text\.odt: an OpenDocument text file \(application\/vnd\.oasis\.opendocument\.text\), not a spreadsheet/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
