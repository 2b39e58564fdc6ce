/** The dispatcher: content decides the format (never the file name); stdin, gzip, directories. */
import { copyFile, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../../src/errors.js';
import { expandInputs, openHoldings, sniffSecTsv, sniffXml } from '../../src/holdings/read.js';
import { expectRows, fixture, readAll } from './read-all.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tmp = useTempDir('fundscreen-read-');

describe('stdin', () => {
  it('"-" reads opts.stdin, with the same result as the file', async () => {
    const bytes = await readFile(fixture('vanguard', 'vt-2020.csv'));
    const r = await readAll('-', { stdin: Readable.from([bytes.subarray(0, 100), bytes.subarray(100)]) });
    expect(r.meta).toMatchObject({ source: '-', format: 'vanguard', asOf: '2020-09-30' });
    expectRows(r, 11, 9, 2, 0);
    expect(r.records.every((x) => x.source === '-')).toBe(true);
  });

  it('gzip on stdin', async () => {
    const gz = await readFile(fixture('ishares-us', 'pristine-2022.csv.gz'));
    const r = await readAll('-', { stdin: Readable.from([gz]) });
    expect(r.meta.format).toBe('ishares-us');
    expectRows(r, 8, 4, 4, 0);
  });

  it('without a stdin stream it is an input error', async () => {
    await expect(openHoldings('-', {})).rejects.toThrow(/-: standard input is not available/);
  });

  it('an empty stdin is an input error', async () => {
    await expect(openHoldings('-', { stdin: Readable.from([]) })).rejects.toThrow(/-: empty file$/);
  });
});

describe('detection by content', () => {
  it('a CSV named .xml is still a CSV', async () => {
    const f = path.join(tmp, 'holdings.xml');
    await copyFile(fixture('kraneshares', 'kweb.csv'), f);
    const r = await readAll(f);
    expect(r.meta.format).toBe('kraneshares');
  });

  it('N-PORT and 13F XML are handed to their readers', async () => {
    const nport = await openHoldings(fixture('nport', 'prefixed-quirks.xml'), {});
    expect(nport.meta.format).toBe('nport-xml');
    const f13 = await openHoldings(fixture('13f', 'n1-prefix.xml'), {});
    expect(f13.meta.format).toBe('13f-xml');
  });

  it('N-PORT and 13F data-set directories and their TSV files are handed to their readers', async () => {
    expect((await openHoldings(fixture('nport', 'dataset'), {})).meta.format).toBe('nport-dataset');
    expect((await openHoldings(fixture('nport', 'dataset', 'FUND_REPORTED_HOLDING.tsv'), {})).meta.format).toBe('nport-dataset');
    expect((await openHoldings(fixture('13f', 'dataset'), {})).meta.format).toBe('13f-tsv');
    expect((await openHoldings(fixture('13f', 'dataset', 'INFOTABLE.tsv'), {})).meta.format).toBe('13f-tsv');
  });

  it('sniffXml recognises root elements with any namespace prefix', () => {
    const x = (s: string) => sniffXml(Buffer.from(s));
    expect(x('<?xml version="1.0"?>\n<edgarSubmission xmlns="http://www.sec.gov/edgar/nport">')).toBe('nport');
    expect(x('<?xml version="1.0"?><ns1:informationTable xmlns:ns1="x"><ns1:infoTable>')).toBe('13f');
    expect(x('\ufeff<n1:infoTable>')).toBe('13f');
    // Blank lines before the byte-order mark (a file joined by a script, an EDGAR extract).
    expect(x('\r\n\ufeff<?xml version="1.0"?>\n<edgarSubmission>')).toBe('nport');
    // UTF-16 without a byte-order mark, either byte order.
    const u16 = Buffer.from('<?xml version="1.0" encoding="UTF-16"?><ns1:informationTable>', 'utf16le');
    expect(sniffXml(u16)).toBe('13f');
    expect(sniffXml(Buffer.from(u16).swap16())).toBe('13f');
    expect(x('<html><body>')).toBe('html');
    expect(x('<?xml version="1.0"?><catalog><book/></catalog>')).toBe('unknown');
    expect(x('Name,Ticker')).toBeNull();
  });

  it('sniffSecTsv needs the data-set header names', () => {
    expect(sniffSecTsv(Buffer.from('ACCESSION_NUMBER\tHOLDING_ID\tISSUER_NAME\n'))).toBe('nport');
    expect(sniffSecTsv(Buffer.from('ACCESSION_NUMBER\tINFOTABLE_SK\tNAMEOFISSUER\n'))).toBe('13f');
    expect(sniffSecTsv(Buffer.from('Name\tTicker\n'))).toBeNull();
  });

  it('an XML file of another kind is an input error', async () => {
    const f = path.join(tmp, 'catalog.xml');
    await writeFile(f, '<?xml version="1.0"?><catalog><book>holdings</book></catalog>');
    await expect(openHoldings(f, {})).rejects.toThrow(/neither an N-PORT filing, a 13F information table nor an XML spreadsheet/);
  });

  it('an unknown --input-format is a usage error', async () => {
    await expect(openHoldings(fixture('kraneshares', 'kweb.csv'), { inputFormat: 'excel' })).rejects.toThrow(UsageError);
  });
});

describe('expandInputs', () => {
  it('a folder expands to its holdings files, sorted; data sets and "-" stay one input', async () => {
    const dir = path.join(tmp, 'folder');
    await mkdir(dir);
    await writeFile(path.join(dir, 'b.csv'), 'Name\nApple Inc.\n');
    await writeFile(path.join(dir, 'a.tsv.gz'), gzipSync('Name\nApple Inc.\n'));
    await writeFile(path.join(dir, 'notes.md'), '# not holdings');
    await writeFile(path.join(dir, '~$b.xlsx'), 'lock');
    await writeFile(path.join(dir, '.hidden.csv'), 'Name\n');
    await mkdir(path.join(dir, 'sub.csv'));
    const expanded = await expandInputs([dir, '-', fixture('nport', 'dataset')]);
    expect(expanded.files.map(({ path: p, inFolder }) => ({ path: p, inFolder }))).toEqual([
      { path: path.join(dir, 'a.tsv.gz'), inFolder: true },
      { path: path.join(dir, 'b.csv'), inFolder: true },
      { path: '-', inFolder: false },
      { path: fixture('nport', 'dataset'), inFolder: false },
    ]);
    // Each file and data set known by its device and inode ("-" by none): a link to one is the same input.
    expect(expanded.files.map((f) => f.identity === undefined)).toEqual([false, false, true, false]);
    // Left out by extension, said; the subfolder is named with the hint.
    expect(expanded.warnings).toEqual([
      `${dir}: skipped 1 file that is not holdings by their extension (notes.md; holdings are .csv .tsv .txt .xlsx .xls .ods .xml .htm .html .gz .zip, or --include)`,
      `${dir}: 1 subfolder not searched (sub.csv; -r searches them)`,
    ]);
  });

  it('a named pipe named as holdings in a folder is not read (it would wait), and said', async () => {
    const dir = path.join(tmp, 'pipe');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'a.csv'), 'Name\nApple Inc.\n');
    execFileSync('mkfifo', [path.join(dir, 'b.csv')]);
    const found = await expandInputs([dir]);
    expect(found.files.map((f) => path.relative(dir, f.path))).toEqual(['a.csv']);
    expect(found.warnings).toEqual([`${dir}: skipped 1 entry named as holdings that is no regular file (a named pipe, socket or device: b.csv); not read`]);
  });

  it('-r walks subfolders (data-set folders stay one input), --include and --exclude filter, a symlink loop is searched once', async () => {
    const dir = path.join(tmp, 'tree');
    await mkdir(path.join(dir, 'em', 'old'), { recursive: true });
    await writeFile(path.join(dir, 'top.csv'), 'Name\nApple Inc.\n');
    await writeFile(path.join(dir, 'em', 'eem.csv'), 'Name\nApple Inc.\n');
    await writeFile(path.join(dir, 'em', 'eem.dat'), 'Name\nApple Inc.\n');
    await writeFile(path.join(dir, 'em', 'old', 'eem-2020.csv'), 'Name\nApple Inc.\n');
    await symlink(dir, path.join(dir, 'em', 'loop'));
    await symlink(path.join(dir, 'nowhere'), path.join(dir, 'broken.csv'));
    await symlink(fixture('nport', 'dataset'), path.join(dir, 'nport-set'));
    const all = await expandInputs([dir], { recursive: true });
    expect(all.files.map((f) => path.relative(dir, f.path))).toEqual(['em/eem.csv', 'em/old/eem-2020.csv', 'nport-set', 'top.csv']);
    expect(all.warnings.join('\n')).toMatch(/loop.*not searched again/);
    expect(all.warnings.join('\n')).toMatch(/broken\.csv: skipped, a broken symbolic link/);
    expect(all.warnings.join('\n')).toMatch(/skipped 1 file .*eem\.dat/);

    const some = await expandInputs([dir], { recursive: true, include: ['*.dat', 'top.csv'], exclude: ['old', 'loop'] });
    expect(some.files.map((f) => path.relative(dir, f.path))).toEqual(['em/eem.dat', 'nport-set', 'top.csv']);
    const flat = await expandInputs([dir]);
    expect(flat.files.map((f) => path.relative(dir, f.path))).toEqual(['top.csv']);
    await expect(expandInputs([dir], { exclude: ['*.csv'] })).rejects.toThrow(/folder without holdings files/);
    expect(flat.warnings.join('\n')).toMatch(/2 subfolders not searched \(em, nport-set; -r searches them\)/);
  });

  it('a folder without holdings files is an input error', async () => {
    const dir = path.join(tmp, 'empty-folder');
    await mkdir(dir);
    await expect(expandInputs([dir])).rejects.toThrow(InputError);
    await expect(expandInputs([dir])).rejects.toThrow(/folder without holdings files/);
  });

  it('a missing path is an input error', async () => {
    await expect(expandInputs([path.join(tmp, 'missing')])).rejects.toThrow(/no such file or directory/);
  });
});
