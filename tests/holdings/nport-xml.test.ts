import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readNportXml } from '../../src/holdings/formats/nport-xml.js';
import type { HoldingsRecord, Position } from '../../src/holdings/position.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(repoRoot, '..', 'shared', 'sources', 'holdings', 'sec_nport');
const fixture = path.join(repoRoot, 'fixtures/holdings/nport/prefixed-quirks.xml');
const haveShared = fs.existsSync(shared);
if (!haveShared && !process.env.CI) console.log(`skipping real N-PORT samples: ${shared} is absent`);

/** 1-based line of a character offset. */
const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

async function read(file: string, input: NodeJS.ReadableStream = fs.createReadStream(file)) {
  const reader = await readNportXml(file, input, {});
  const records: HoldingsRecord[] = [];
  for await (const batch of reader.batches) for (const r of batch) records.push(r);
  const count = (k: HoldingsRecord['kind']) => records.filter((r) => r.kind === k).length;
  return { meta: reader.meta, records, positions: records.filter((r): r is Position => r.kind === 'position'), count };
}

describe.runIf(haveShared || process.env.CI)('N-PORT XML: real samples', () => {
  it('Global X DAX Germany ETF excerpt: header, N/A name -> title, future excluded', async () => {
    const { meta, records, positions, count } = await read(path.join(shared, 'GlobalX_DAX_Germany_ETF_NPORT-P_2024-01-31__EXCERPT.xml'));
    expect(meta.format).toBe('nport-xml');
    expect(meta.fund).toBe('Global X DAX Germany ETF');
    expect(meta.asOf).toBe('2024-01-31');
    // 4 <invstOrSec> in the excerpt (counted by hand): 3 equities, 1 DAX mini future.
    expect(records).toHaveLength(4);
    expect([count('position'), count('excluded'), count('skipped')]).toEqual([3, 1, 0]);
    const sap = positions.find((p) => p.issuer === 'SAP SE')!;
    expect(sap).toMatchObject({
      line: 105, fund: 'Global X DAX Germany ETF', family: 'GLOBAL X FUNDS', title: 'SAP SE COMMON STOCK',
      ids: { isin: 'DE0007164600', lei: '529900D6BF99LW9R2E68', country: 'DE' },
      shares: 33749, value: { amount: 5894893.76, currency: 'USD' }, weightPct: 10.6773096462, tradingCurrency: 'EUR', assetClass: 'equity-common',
    });
    expect(sap.ids.cusip).toBeUndefined(); // <cusip>N/A</cusip>
    const porsche = positions.find((p) => p.line === 77)!;
    expect(porsche.issuer).toBe('Dr Ing hc F Porsche AG PREFERRED STOCK'); // <name>N/A</name>
    expect(porsche.ids.lei).toBeUndefined();
    const future = records.find((r) => r.kind === 'excluded')!;
    expect(future).toMatchObject({ line: 132, reason: expect.stringContaining('future') });
    // The excerpt stops after </invstOrSecs>: read, with a warning instead of an error.
    expect(meta.warnings.join('\n')).toMatch(/excerpt/);
  });

  it('Goldman Sachs Bond Fund excerpt: MBS screened, FX forwards excluded', async () => {
    const { meta, records, positions, count } = await read(path.join(shared, 'GoldmanSachsBondFund_NPORT-P_2023-03-31__EXCERPT.xml'));
    expect(meta.fund).toBe('Goldman Sachs Bond Fund');
    expect(meta.asOf).toBe('2023-03-31');
    expect([records.length, count('position'), count('excluded'), count('skipped')]).toEqual([4, 1, 3, 0]);
    expect(positions[0]).toMatchObject({
      issuer: 'Fannie Mae', line: 51, family: 'GOLDMAN SACHS TRUST',
      ids: { cusip: '3138W7WP5', isin: 'US3138W7WP51', lei: 'B1V7KEBTPIMZEU4LTD58' },
      shares: null, value: { amount: 12467.33, currency: 'USD' }, weightPct: 0.003444980158,
    });
    const cny = records.find((r) => r.line === 166)!;
    expect(cny).toMatchObject({ kind: 'excluded', issuer: 'MORGAN STANLEY & CO. LLC', reason: expect.stringContaining('forward') });
  });

  it('SEC official sample 1: one holding, ticker identifier', async () => {
    const { meta, records, positions } = await read(path.join(shared, 'SEC_official_N-PORT_Sample_1.xml'));
    expect(meta.fund).toBe('token');
    expect(meta.asOf).toBe('2017-10-22');
    expect(meta.warnings).toEqual([]);
    expect(records).toHaveLength(1);
    expect(positions[0]).toMatchObject({ issuer: '3F708', line: 175, ids: { cusip: '379006355', ticker: '3F708' }, shares: 189, value: { amount: 1134, currency: 'USD' }, weightPct: 0.17 });
  });
});

describe('N-PORT XML: fixture with every quirk', () => {
  it('reads prefixed elements and applies the N/A, 000000000, currencyConditional and exclusion rules', async () => {
    const { meta, records, positions, count } = await read(fixture);
    expect(meta.fund).toBe('FIXTURE SERIES TRUST'); // seriesName N/A -> regName
    expect(meta.asOf).toBe('2024-03-31');
    expect(records).toHaveLength(7);
    expect(count('position') + count('excluded') + count('skipped')).toBe(records.length);
    expect([count('position'), count('excluded'), count('skipped')]).toEqual([4, 2, 1]);

    const iflytek = positions.find((p) => p.ids.isin === 'CNE100000B81')!;
    expect(iflytek).toMatchObject({ issuer: 'IFLYTEK CO LTD A', value: { currency: 'USD' }, tradingCurrency: 'CNY', shares: 360403, family: 'FIXTURE SERIES TRUST' });
    expect(iflytek.ids).toEqual({ isin: 'CNE100000B81', country: 'CN' }); // 000000000 and other N/A dropped

    const daqo = positions.find((p) => p.ids.ticker === 'DQ')!;
    expect(daqo.ids).toMatchObject({ cusip: '23703Q203', isin: 'US23703Q2030', sedol: 'B953PM3' });
    expect(daqo.assetClass).toBe('other: American Depositary Receipt');

    const warrant = positions.find((p) => p.assetClass === 'warrant')!;
    expect(warrant).toMatchObject({ issuer: 'Zhejiang Dahua Technology Co Ltd', shares: null, ids: { isin: 'CNE100000BJ4' } });

    const bond = positions.find((p) => p.assetClass === 'debt')!;
    expect(bond).toMatchObject({ issuer: 'United States Treasury', shares: null, value: { amount: 4950.25, currency: 'USD' } });

    const excluded = records.filter((r) => r.kind === 'excluded');
    expect(excluded.map((r) => r.kind === 'excluded' && r.reason)).toEqual([
      expect.stringContaining('STIV'),
      expect.stringContaining('option'),
    ]);
    // The option's reference instrument (Goldwind, with its own identifiers) is not the holding.
    expect(excluded[1]).toMatchObject({ issuer: 'FIXTURE DEALER LLC' });
    expect(positions.some((p) => p.ids.isin === 'CNE100000PP1')).toBe(false);

    const skipped = records.find((r) => r.kind === 'skipped')!;
    expect(skipped).toMatchObject({ reason: expect.stringContaining('not a number') });
    const text = fs.readFileSync(fixture, 'utf8');
    expect(skipped.line).toBe(lineOf(text, text.lastIndexOf('<nport:invstOrSec>')));
  });

  it('a file truncated inside a holding is an InputError naming that holding\'s line', async () => {
    const text = fs.readFileSync(fixture, 'utf8');
    const cut = text.indexOf('<nport:valUSD>1200');
    const startLine = lineOf(text, text.lastIndexOf('<nport:invstOrSec>', cut));
    const reader = await readNportXml('cut.xml', Readable.from([Buffer.from(text.slice(0, cut))]), {});
    const seen: HoldingsRecord[] = [];
    const err = await (async () => {
      try {
        for await (const batch of reader.batches) for (const r of batch) seen.push(r);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).line).toBe(startLine);
    expect((err as InputError).message).toMatch(/^cut\.xml:\d+: .*truncated/);
    expect(seen).toHaveLength(4); // the complete holdings before the cut were read
  });

  it('malformed XML and empty input are InputErrors with a line', async () => {
    const bad = '<?xml version="1.0"?>\n<edgarSubmission>\n<formData>\n<genInfo><regName>A</regNam></genInfo>';
    await expect(read('bad.xml', Readable.from([Buffer.from(bad)]))).rejects.toMatchObject({ line: 4, exitCode: 3 });
    const cut = '<?xml version="1.0"?>\n<edgarSubmission>\n<formData>\n<genInfo><regName>A</regName></genInfo>\n';
    await expect(read('cut.xml', Readable.from([Buffer.from(cut)]))).rejects.toThrow(/^cut\.xml:5: .*before the holdings list closed/);
    await expect(read('empty.xml', Readable.from([Buffer.from('  \n')]))).rejects.toBeInstanceOf(InputError);
    await expect(read('other.xml', Readable.from([Buffer.from('<informationTable/>')]))).rejects.toThrow(/not an N-PORT filing/);
  });

  it('a control character inside a holding skips that holding only; an oversized name is skipped', async () => {
    const text = fs.readFileSync(fixture, 'utf8')
      .replace('<nport:name>Daqo New Energy Corp</nport:name>', '<nport:name>Daqo\u0001</nport:name>')
      .replace('<nport:name>United States Treasury</nport:name>', `<nport:name>${'X'.repeat(70_000)}</nport:name>`);
    const { records, count } = await read('ctl.xml', Readable.from([Buffer.from(text)]));
    expect(records).toHaveLength(7);
    expect(count('skipped')).toBe(3);
    expect(records.filter((r) => r.kind === 'skipped').map((r) => r.kind === 'skipped' && r.reason)).toEqual([
      expect.stringContaining('disallowed character'),
      expect.stringContaining('longer than'),
      expect.stringContaining('not a number'),
    ]);
  });
});

describe('N-PORT XML: entities its DOCTYPE declares', () => {
  const filing = (doctype: string, names: string[]) => [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<!DOCTYPE edgarSubmission [${doctype}]>`,
    '<edgarSubmission xmlns="http://www.sec.gov/edgar/nport"><formData>',
    '<genInfo><seriesName>Test EM Fund</seriesName><repPdDate>2025-09-30</repPdDate></genInfo><invstOrSecs>',
    ...names.map((n, i) => `<invstOrSec><name>${n}</name><title>A shares</title><balance>10</balance><valUSD>${100 + i}</valUSD><pctVal>0.1</pctVal><assetCat>EC</assetCat></invstOrSec>`),
    '</invstOrSecs></formData></edgarSubmission>',
  ].join('\n');

  it('an internal entity of plain text is expanded; an external or nested one never is, its row skipped naming the entity and why, its text kept for the raw-line search', async () => {
    const doctype = '<!ENTITY co "Co., Ltd."><!ENTITY ext SYSTEM "file:///etc/hostname"><!ENTITY a "x"><!ENTITY nest "&a;&a;">';
    const xml = filing(doctype, ['Hoshine Silicon Industry &co;', 'Zhejiang Dahua Technology &ext;', 'Apple &nest;', 'Siemens AG']);
    const { records } = await read('np.xml', Readable.from([xml]));
    expect(records.map((r) => [r.kind, r.line, r.kind === 'position' ? r.issuer : r.kind === 'skipped' ? r.reason : null])).toEqual([
      ['position', 5, 'Hoshine Silicon Industry Co., Ltd.'],
      ['skipped', 6, "line 6: the entity &ext; the file's DOCTYPE declares is not expanded: an external entity (SYSTEM), which would read a file or a URL: the row is not screened, its text is searched for listed companies"],
      ['skipped', 7, "line 7: the entity &nest; the file's DOCTYPE declares is not expanded: its value refers to other entities or holds markup (nested, it could grow without end): the row is not screened, its text is searched for listed companies"],
      ['position', 8, 'Siemens AG'],
    ]);
    expect(records[1]).toMatchObject({ text: expect.stringContaining('Zhejiang Dahua Technology') });
  });

  it('expands within a budget for the whole file: past it, a reference is not expanded and its row is skipped saying so', async () => {
    const { EXPANSION_BUDGET, MAX_VALUE } = await import('../../src/holdings/formats/sec/doctype-entities.js');
    const refs = Math.floor(EXPANSION_BUDGET / MAX_VALUE);
    const xml = filing(`<!ENTITY big "${'x'.repeat(MAX_VALUE)}">`, [`Acme ${'&big;'.repeat(refs)}`, 'Acme &big;']);
    const { records } = await read('np.xml', Readable.from([xml]));
    expect(records[0]).toMatchObject({ kind: 'skipped', line: 5, reason: expect.stringMatching(/<name> longer than/) });
    expect(records[1]).toMatchObject({ kind: 'skipped', line: 6, reason: expect.stringContaining('the entity &big; the file\'s DOCTYPE declares is not expanded: the file expands entities to more than 1,000,000 characters in all') });
  });
});
