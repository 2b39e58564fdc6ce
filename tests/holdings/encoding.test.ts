import { describe, expect, it } from 'vitest';
import { expectRows, fixture, readAll } from './read-all.js';

const NAMES = ['Zhejiang Dahua Technology Co. Ltd.', 'Nestlé SA', 'Société Générale SA'];

describe('encodings', () => {
  it.each([
    ['utf8-no-bom.csv', 'utf-8'],
    ['utf16le-bom.csv', 'utf-16le'],
    ['utf16be-bom.csv', 'utf-16be'],
  ])('%s is read as %s without mojibake or warnings', async (file, encoding) => {
    const r = await readAll(fixture('encoding', file));
    expect(r.meta).toMatchObject({ encoding, headerLine: 1, warnings: [] });
    expectRows(r, 3, 3, 0, 0);
    expect(r.positions.map((p) => p.issuer)).toEqual(NAMES);
    expect(r.positions[1].value?.amount).toBe(115823707.78);
  });

  it('UTF-16 LE without a BOM is recognised from the NUL pattern, with a warning', async () => {
    const r = await readAll(fixture('encoding', 'utf16le-no-bom.csv'));
    expect(r.meta.encoding).toBe('utf-16le');
    expect(r.meta.warnings).toEqual(['no byte-order mark: detected UTF-16 LE from the byte pattern']);
    expect(r.positions.map((p) => p.issuer)).toEqual(NAMES);
  });

  it('Windows-1252 bytes (not valid UTF-8) are decoded as such, with a warning', async () => {
    const r = await readAll(fixture('encoding', 'cp1252.csv'));
    expect(r.meta.encoding).toBe('windows-1252');
    expect(r.meta.warnings[0]).toMatch(/not valid UTF-8: decoded as Windows-1252/);
    expect(r.positions.map((p) => p.issuer)).toEqual(NAMES);
  });

  it('a UTF-8 file with one pasted Windows-1252 line keeps its UTF-8 and decodes only the bad bytes', async () => {
    const r = await readAll(fixture('encoding', 'utf8-with-cp1252-line.csv'));
    expect(r.meta.encoding).toBe('utf-8');
    expect(r.meta.warnings).toEqual(['some bytes are not valid UTF-8: those bytes were decoded as Windows-1252']);
    expect(r.positions.map((p) => p.issuer)).toEqual([...NAMES, 'Nestlé India Ltd']);
  });

  it('--encoding forces a decoding', async () => {
    const r = await readAll(fixture('encoding', 'utf8-no-bom.csv'), { encoding: 'latin1' });
    expect(r.meta.encoding).toBe('latin1');
    expect(r.positions[1].issuer).toBe('NestlÃ© SA');
  });
});
