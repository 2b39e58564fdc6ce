/**
 * Issue 8, nothing lost, as a property of the real reader (openHoldings, in-process): generated
 * holdings files with random delimiters (, ; TAB |), encodings (UTF-8, UTF-8 BOM, UTF-16 LE and
 * BE with BOM, Windows-1252), line ends, preambles, quoting, blank lines, cash rows and broken rows (unclosed
 * quote, ragged, bad number), with issuers drawn from plain names, listed companies' names,
 * Latin-1 and CJK names. Every data row must come back as exactly one record of the expected kind,
 * in order, at its physical line; valid rows' issuers round-trip exactly.
 * Seed and runs: fast-check-params.ts (FC_SEED).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HoldingsRecord } from '../../src/holdings/position.js';
import { openHoldings } from '../../src/holdings/read.js';
import { cleanText } from '../../src/holdings/values.js';
import { propertyParams } from './fast-check-params.js';

type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le-bom' | 'utf-16be-bom' | 'windows-1252';

type Row =
  | { kind: 'good'; name: string; ticker: string; value: string; weight: string; quote: boolean[] }
  | { kind: 'cash'; name: string; quote: boolean }
  | { kind: 'badNumber'; name: string }
  | { kind: 'ragged'; name: string; extra: boolean }
  | { kind: 'unclosed'; name: string }
  | { kind: 'splitName'; head: string; tail: string }
  | { kind: 'emptyCell'; name: string }
  | { kind: 'shifted'; name: string };

interface Spec {
  delimiter: string;
  encoding: Encoding;
  eol: '\n' | '\r\n';
  preamble: string[][];
  rows: Row[];
  blankAfter: boolean[];
}

/** Names of companies on the shipped list, as fund files write them. */
const LISTED = [
  'HOSHINE SILICON INDUSTRY LTD A',
  'IFLYTEK LTD A',
  'ZHEJIANG DAHUA TECHNOLOGY LTD A',
  'XINJIANG DAQO NEW ENERGY LTD A',
  'Hangzhou Hikvision Digital Technology Co., Ltd.',
  'DAQO NEW ENERGY ADR REP 5 ORD',
];
const LISTED_CJK = ['新疆大全新能源股份有限公司', '杭州海康威视数字技术股份有限公司'];
const LATIN1 = ['Nestlé S.A.', 'Müller Søn & Cie', 'Señor Ñandú Ltda', 'Straße Öl AG', 'Åland Café Oy'];

const plainName = fc
  .array(fc.constantFrom('A', 'b', 'X', '7', ' ', '.', '&', '-', '(', ')', "'", '/'), { minLength: 1, maxLength: 14 })
  .map((cs) => `Co ${cs.join('')}`);
/**
 * Quotes, every delimiter and line breaks inside a (quoted) field. A line inside a quoted name that
 * is itself a full row of the table is how the reader recognises an unclosed quote
 * (src/holdings/delimited.ts): such names are not generated.
 */
const richName = fc
  .array(fc.constantFrom('X', 'y', ' ', '"', ',', ';', '\t', '|', '\n', '\r\n', 'é'), { minLength: 1, maxLength: 10 })
  .map((cs) => `Co ${cs.join('')}`)
  .filter((n) => n.split('\n').slice(1).every((line) => [',', ';', '\t', '|'].every((d) => line.split(d).length < 5)));

const nameArb = (encoding: Encoding, rich: boolean): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: rich ? fc.oneof(plainName, richName) : plainName },
    { weight: 2, arbitrary: fc.constantFrom(...LISTED) },
    { weight: 1, arbitrary: fc.constantFrom(...LATIN1) },
    ...(encoding === 'windows-1252' ? [] : [{ weight: 1, arbitrary: fc.constantFrom(...LISTED_CJK) }]),
  );

/**
 * Names on salvaged rows: salvage only keeps an issuer cell that reads as a name, and "Co" alone
 * (what "Co " + blanks cleans to) is a country code (Colombia).
 */
const salvageName = (encoding: Encoding, rich: boolean): fc.Arbitrary<string> => nameArb(encoding, rich).map((n) => `Salvaged ${n}`);

const numberText = fc.integer({ min: -1e11, max: 1e12 }).map((n) => (n / 100).toFixed(2));

const rowArb = (encoding: Encoding, rich: boolean): fc.Arbitrary<Row> =>
  fc.oneof(
    {
      weight: 8,
      arbitrary: fc.record({
        kind: fc.constant('good' as const),
        name: nameArb(encoding, rich),
        ticker: fc.stringMatching(/^T[A-Z0-9]{0,5}$/),
        value: numberText,
        weight: fc.integer({ min: 0, max: 10000 }).map((n) => (n / 100).toString()),
        quote: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('cash' as const), name: nameArb(encoding, rich), quote: fc.boolean() }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('badNumber' as const), name: nameArb(encoding, rich) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('ragged' as const), name: salvageName(encoding, rich), extra: fc.boolean() }) },
    // An unclosed quote is only unambiguous when no later field spans lines: plain names only.
    ...(rich ? [] : [{ weight: 1, arbitrary: fc.record({ kind: fc.constant('unclosed' as const), name: plainName }) }]),
    // Salvage shapes: a name cut by an unquoted delimiter, a doubled delimiter, a short row whose
    // issuer column holds an asset class (it must never become the issuer).
    ...(rich ? [] : [{ weight: 1, arbitrary: fc.record({ kind: fc.constant('splitName' as const), head: plainName, tail: plainName }) }]),
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('emptyCell' as const), name: salvageName(encoding, rich) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('shifted' as const), name: nameArb(encoding, rich) }) },
  );

const PREAMBLE: string[][] = [
  ['iShares Sample ETF'],
  ['Fund Holdings as of', '"Mar 10, 2022"'],
  ['Inception Date', '"Apr 07, 2003"'],
  ['Shares Outstanding', '"100,000,000.00"'],
  ['\u00a0'],
  [''],
];

/** A made-up preamble line ("Zorvat: Qelmi"): words no header synonym starts with. */
const randomPreambleLine = fc.array(fc.stringMatching(/^[QXZJ][a-z]{2,8}$/), { minLength: 1, maxLength: 3 });

const specArb = (rich: boolean): fc.Arbitrary<Spec> =>
  fc.constantFrom<Encoding>('utf-8', 'utf-8-bom', 'utf-16le-bom', 'utf-16be-bom', 'windows-1252').chain((encoding) =>
    fc.record({
      delimiter: fc.constantFrom(',', ';', '\t', '|'),
      encoding: fc.constant(encoding),
      eol: fc.constantFrom('\n' as const, '\r\n' as const),
      preamble: fc.tuple(fc.subarray(PREAMBLE), fc.array(randomPreambleLine, { maxLength: 4 })).chain(([known, made]) => fc.shuffledSubarray([...known, ...made], { minLength: known.length + made.length })),
      rows: fc.array(rowArb(encoding, rich), { minLength: 1, maxLength: 30 }),
      blankAfter: fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
    }),
  );

/** A field as a careful writer quotes it (always when it must, sometimes when it need not). */
function field(value: string, d: string, quote: boolean): string {
  const must = value.includes(d) || value.includes('"') || value.includes('\n') || value.includes('\r') || value !== value.trim();
  return must || quote ? `"${value.replace(/"/g, '""')}"` : value;
}

const HEADER = ['Ticker', 'Name', 'Asset Class', 'Market Value', 'Weight (%)'];

function render(spec: Spec): { text: string; lines: number[] } {
  const d = spec.delimiter;
  const out: string[] = spec.preamble.map((cells) => cells.join(d));
  out.push(HEADER.join(d));
  const lines: number[] = [];
  // Physical line of the next output line: a quoted field may hold line breaks.
  let physical = out.length + 1;
  spec.rows.forEach((row, i) => {
    lines.push(physical);
    let text: string;
    switch (row.kind) {
      case 'good':
        text = [row.ticker, row.name, 'Equity', row.value, row.weight].map((v, k) => field(v, d, row.quote[k])).join(d);
        break;
      case 'cash':
        text = ['TCASH', field(row.name, d, row.quote), 'Cash', '100.00', '0.01'].join(d);
        break;
      case 'badNumber':
        text = ['TBAD', field(row.name, d, false), 'Equity', '12O.00', '0.01'].join(d);
        break;
      case 'ragged':
        text = ['TRAG', field(row.name, d, false), 'Equity', ...(row.extra ? ['1.00', '0.01', 'extra'] : [])].join(d);
        break;
      case 'unclosed':
        text = ['TOPEN', `"${row.name}`, 'Equity', '1.00', '0.01'].join(d);
        break;
      case 'splitName':
        text = ['TSPLIT', row.head, row.tail, 'Equity', '2.00', '0.02'].join(d);
        break;
      case 'emptyCell':
        text = ['TEMPTY', field(row.name, d, false), '', 'Equity', '3.00', '0.03'].join(d);
        break;
      case 'shifted':
        text = [field(row.name, d, false), 'Equity'].join(d);
        break;
    }
    out.push(text);
    physical += text.split('\n').length;
    if (spec.blankAfter[i]) {
      out.push('');
      physical++;
    }
  });
  return { text: out.join(spec.eol) + spec.eol, lines };
}

function encode(text: string, encoding: Encoding): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le-bom':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be-bom':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    case 'windows-1252':
      return iconv.encode(text, 'windows-1252');
  }
}

let tmp: string;
let n = 0;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'fundscreen-reader-prop-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function check(spec: Spec): Promise<void> {
  const { text, lines } = render(spec);
  const file = path.join(tmp, `gen-${n++}.csv`);
  await writeFile(file, encode(text, spec.encoding));
  const reader = await openHoldings(file, {});
  const records: HoldingsRecord[] = [];
  for await (const batch of reader.batches) for (const r of batch) records.push(r);

  const nonAscii = /[^\x00-\x7f]/.test(text);
  const expectedEncoding = { 'utf-8': 'utf-8', 'utf-8-bom': 'utf-8', 'utf-16le-bom': 'utf-16le', 'utf-16be-bom': 'utf-16be', 'windows-1252': nonAscii ? 'windows-1252' : 'utf-8' }[spec.encoding];
  expect(reader.meta.encoding).toBe(expectedEncoding);
  const kinds = { position: 0, excluded: 0, skipped: 0 };
  for (const r of records) kinds[r.kind]++;
  expect(kinds.position + kinds.excluded + kinds.skipped).toBe(records.length);
  // One record per generated row, in order, at the row's physical line.
  expect(records.map((r) => r.line)).toEqual(lines);
  spec.rows.forEach((row, i) => {
    const rec = records[i];
    const at = `row ${i} (line ${lines[i]}, ${row.kind})`;
    switch (row.kind) {
      case 'good':
        expect(rec, at).toMatchObject({ kind: 'position', issuer: cleanText(row.name), ids: { ticker: row.ticker }, value: { amount: Number(row.value) }, weightPct: Number(row.weight) });
        break;
      case 'cash':
        expect(rec, at).toMatchObject({ kind: 'excluded', issuer: cleanText(row.name) });
        break;
      case 'badNumber':
        expect(rec, at).toMatchObject({ kind: 'skipped', reason: 'Market Value: not a number: "12O.00"' });
        break;
      // Salvaged rows are screened with what was repaired; the issuer is the row's own name.
      case 'ragged':
        if (row.extra) expect(rec, at).toMatchObject({ kind: 'position', issuer: cleanText(row.name), value: { amount: 1 }, weightPct: 0.01, salvaged: expect.stringMatching(/^1 extra cell/) });
        else expect(rec, at).toMatchObject({ kind: 'position', issuer: cleanText(row.name), value: null, salvaged: expect.stringMatching(/^short row: 3 of 5/) });
        break;
      case 'unclosed':
        expect(rec, at).toMatchObject({ kind: 'position', issuer: cleanText(`"${row.name}`), ids: { ticker: 'TOPEN' }, value: { amount: 1 }, salvaged: expect.stringMatching(/^quotes re-read/) });
        break;
      case 'splitName':
        expect(rec, at).toMatchObject({ kind: 'position', issuer: cleanText(`${row.head}${spec.delimiter}${row.tail}`), value: { amount: 2 }, salvaged: expect.stringMatching(/^2 cells at column 2 re-joined/) });
        break;
      case 'emptyCell':
        expect(rec, at).toMatchObject({ kind: 'position', issuer: cleanText(row.name), value: { amount: 3 }, weightPct: 0.03, salvaged: expect.stringMatching(/empty cell/) });
        break;
      case 'shifted':
        // "Equity" in the issuer column is an asset class, not a name: never screened as one.
        expect(rec, at).toMatchObject({ kind: 'skipped', reason: 'ragged row: 2 fields, the header at line ' + (spec.preamble.length + 1) + ' has 5' });
        break;
    }
    // Salvage never invents an issuer: a salvaged issuer is text of its own row.
    if (rec.kind === 'position' && rec.salvaged) {
      const rowText = cleanText(text);
      for (const word of rec.issuer.split(/[\s"]+/)) expect(rowText.includes(word), `${at}: "${word}" of the salvaged issuer is not in the file`).toBe(true);
    }
  });
}

describe('property: every generated row is one record at its line; valid issuers round-trip', () => {
  it('rich names (quotes, delimiters, line breaks), every delimiter and encoding', async () => {
    await fc.assert(fc.asyncProperty(specArb(true), check), propertyParams(80));
  }, 120_000);

  it('unclosed quotes, ragged rows and bad numbers anywhere never take other rows with them', async () => {
    await fc.assert(fc.asyncProperty(specArb(false), check), propertyParams(80));
  }, 120_000);
});
