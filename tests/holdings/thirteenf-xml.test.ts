import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readThirteenFXml } from '../../src/holdings/formats/thirteenf-xml.js';
import type { HoldingsRecord, Position, ReadOptions } from '../../src/holdings/position.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(repoRoot, '..', 'shared', 'sources', 'holdings', 'sec_13f');
const fixture = path.join(repoRoot, 'fixtures/holdings/13f/n1-prefix.xml');
const haveShared = fs.existsSync(shared);
if (!haveShared && !process.env.CI) console.log(`skipping real 13F samples: ${shared} is absent`);

async function read(source: string, input: NodeJS.ReadableStream = fs.createReadStream(source), opts: ReadOptions = {}) {
  const reader = await readThirteenFXml(source, input, opts);
  const records: HoldingsRecord[] = [];
  for await (const batch of reader.batches) for (const r of batch) records.push(r);
  const count = (k: HoldingsRecord['kind']) => records.filter((r) => r.kind === k).length;
  return { meta: reader.meta, records, positions: records.filter((r): r is Position => r.kind === 'position'), count };
}

describe.runIf(haveShared || process.env.CI)('13F XML: real samples', () => {
  it('edgartools real table (default namespace, leading blank line): 255 rows, 3 PRN', async () => {
    const { meta, records, positions, count } = await read(path.join(shared, '13F-HR.infotable__edgartools_real.xml'));
    expect(meta.format).toBe('13f-xml');
    expect(meta.warnings.join(' ')).toMatch(/filing date unknown.*dollars/);
    // 255 <infoTable> elements, of which 3 are PRN (counted with grep).
    expect([records.length, count('position'), count('excluded'), count('skipped')]).toEqual([255, 255, 0, 0]);
    expect(positions.filter((p) => p.assetClass === 'principal amount')).toHaveLength(3);
    expect(positions[0]).toMatchObject({ line: 4, issuer: '3M CO', title: 'COM', ids: { cusip: '88579Y101' }, shares: 2334, value: { amount: 409469, currency: 'USD' } });
    const zoom = positions.find((p) => p.issuer === 'ZOOM VIDEO COMMUNICATIONS IN')!;
    expect(zoom).toMatchObject({ title: 'CL A', ids: { cusip: '98980L101' }, shares: 824, value: { amount: 215476, currency: 'USD' } });
    const prn = positions.find((p) => p.ids.cusip === '46435UAA9')!;
    expect(prn).toMatchObject({ line: 1700, shares: null, value: { amount: 444630, currency: 'USD' } });
  });

  it('SEC sample with the ns1: prefix and figi: 169 rows', async () => {
    const { records, positions, count } = await read(path.join(shared, 'SEC_sample_information_table_with_figi.xml'));
    expect([records.length, count('position'), count('skipped')]).toEqual([169, 169, 0]);
    expect(positions[0]).toMatchObject({ line: 3, issuer: 'AT&T INC', ids: { cusip: '02079K107', figi: '02079K107743' }, shares: 79296 });
    const baba = positions.find((p) => p.issuer === 'ALIBABA GROUP HLDG LTD')!;
    expect(baba).toMatchObject({ title: 'SPONSORED ADS', ids: { cusip: '01609W102' }, shares: 2241, value: { amount: 475, currency: 'USD' } });
    expect(positions.find((p) => p.issuer === 'AKEBIA THERAPEUTICS INC')!.ids.figi).toBeUndefined();
  });
});

describe('13F XML: fixtures', () => {
  it('n1: prefix, call option and PRN rows are screened; a bad value is skipped', async () => {
    const { meta, records, positions, count } = await read(fixture);
    expect(meta.warnings).toHaveLength(1);
    expect([records.length, count('position'), count('excluded'), count('skipped')]).toEqual([4, 3, 0, 1]);
    expect(positions.map((p) => p.assetClass)).toEqual(['shares', 'call option', 'principal amount']);
    expect(positions[1]).toMatchObject({ issuer: 'DAQO NEW ENERGY CORP', shares: 1000, value: { amount: 45000, currency: 'USD' } });
    expect(positions[2].shares).toBeNull();
    expect(records[3]).toMatchObject({ kind: 'skipped', reason: expect.stringContaining('value') });
  });

  it('valueUnit thousands multiplies VALUE by 1000 and drops the warning', async () => {
    const { meta, positions } = await read(fixture, fs.createReadStream(fixture), { valueUnit: 'thousands' });
    expect(meta.warnings).toEqual([]);
    expect(positions[0].value?.amount).toBe(309_700_000);
  });

  it('reads the same table with no prefix and with ns1:', async () => {
    const text = fs.readFileSync(fixture, 'utf8');
    for (const [prefix, decl] of [['', 'xmlns'], ['ns1:', 'xmlns:ns1']] as const) {
      const xml = text.replace(/n1:/g, prefix).replace(/xmlns:n1=/, `${decl}=`);
      const { positions } = await read(`${prefix || 'none'}.xml`, Readable.from([Buffer.from(xml)]));
      expect(positions.map((p) => [p.issuer, p.ids.cusip, p.shares])).toEqual([
        ['DAQO NEW ENERGY CORP', '23703Q203', 2290],
        ['DAQO NEW ENERGY CORP', '23703Q203', 1000],
        ['ISHARES TR', '46435UAA9', null],
      ]);
    }
  });

  it('truncation is an InputError at the open infoTable', async () => {
    const text = fs.readFileSync(fixture, 'utf8');
    const cut = text.indexOf('IBONDS 27 ETF');
    const err = await read('cut.xml', Readable.from([Buffer.from(text.slice(0, cut))])).catch((e) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(err.line).toBe(text.slice(0, text.lastIndexOf('<n1:infoTable>', cut)).split('\n').length);
    // Cut after the last </infoTable> but before </informationTable>: rows may be missing, so still an error.
    const end = text.lastIndexOf('</n1:informationTable>');
    await expect(read('cut2.xml', Readable.from([Buffer.from(text.slice(0, end))]))).rejects.toThrow(/truncated/);
  });

  it('an unescaped & in a name is read as written: no row swallowed, one warning at its line', async () => {
    const text = fs.readFileSync(fixture, 'utf8');
    const xml = text.replace('<n1:nameOfIssuer>ISHARES TR<', '<n1:nameOfIssuer>ISHARES & TR<').replace(/SPONSORED ADR/g, 'S&P ADR');
    const { meta, records, positions } = await read('amp.xml', Readable.from([Buffer.from(xml)]));
    // The fixture's fourth row is skipped for its bad value, as without the ampersands.
    expect(records.map((r) => r.kind)).toEqual(['position', 'position', 'position', 'skipped']);
    expect(positions.map((p) => [p.issuer, p.title])).toEqual([
      ['DAQO NEW ENERGY CORP', 'S&P ADR'],
      ['DAQO NEW ENERGY CORP', 'S&P ADR'],
      ['ISHARES & TR', expect.any(String)],
    ]);
    expect(meta.warnings).toContain("line 7: 4 '&'s that XML would refuse (AT&T unescaped, a reference XML does not define) read as written");
  });

  it('UTF-16 input with a BOM is decoded', async () => {
    const text = fs.readFileSync(fixture, 'utf8').replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const { meta, positions } = await read('u16.xml', Readable.from([bytes.subarray(0, 101), bytes.subarray(101)]));
    expect(meta.encoding).toBe('utf-16le');
    expect(positions).toHaveLength(3);
  });
});
