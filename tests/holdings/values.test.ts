import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readPreamble } from '../../src/holdings/layout.js';
import { cleanText, parseDate, parseNumber, parseWeight, plainNumberValue, textOrNull } from '../../src/holdings/values.js';
import { sniffDecimalComma } from '../../src/holdings/sniff.js';
import { INVISIBLE, neutralizeControls } from '../../src/control-chars.js';
import { runCli } from '../helpers/cli.js';
import { useTempDir } from '../helpers/temp-dir.js';

const num = (raw: string, decimalComma = false) => {
  const r = parseNumber(raw, decimalComma);
  return r.ok ? r.value : 'error';
};

describe('parseNumber', () => {
  it.each([
    ['1,457.85', 1457.85],
    ['-99,211,485.31', -99211485.31],
    ['"$31,271,687.03"'.slice(1, -1), 31271687.03],
    ['$0.09', 0.09],
    ['<0.01%', 0.01],
    ['7.75%', 7.75],
    ['8.7116767E7', 87116767],
    ['(1,234.00)', -1234],
    ['1\u00a0234.5', 1234.5],
    // The minus as typeset (U+2212, dashes written for it) and after the figure (ledger exports).
    ['\u22121,234.50', -1234.5],
    ['\u2212$5.00', -5],
    ['\uff0d3.5', -3.5],
    ['1,234.50-', -1234.5],
    ['1,234.50\u2212', -1234.5],
    ['\u22120.12%', -0.12],
  ])('%s -> %s', (raw, value) => {
    expect(num(raw)).toBe(value);
  });

  it('placeholders are null, garbage is an error with the value quoted', () => {
    for (const p of ['', '-', '---', 'N/A', '#N/A', '—', '–', '\u2212']) expect(num(p)).toBeNull();
    // A dash between or after other signs is no minus: a date, a range.
    for (const g of ['1-2', '2024-01-', '(1,234.50)-', '--5', 'CHF 5.-', "1'234.-"]) expect(num(g)).toBe('error');
    // A minus inside parentheses is the one minus they write.
    for (const n of ['(-5)', '(\u22125)', '(5-)']) expect(num(n)).toBe(-5);
    expect(num('1.234,50-', true)).toBe(-1234.5);
    expect(parseNumber('12O,000.00')).toEqual({ ok: false, reason: 'not a number: "12O,000.00"' });
    expect(num('1.2.3')).toBe('error');
    expect(num('Infinity')).toBe('error');
  });

  it('plain numbers read in one scan give exactly the double Number() gives (random digits, groupings, signs)', () => {
    // A seeded generator: digits of every length around the 15-digit exact limit, with and
    // without thousands separators, fractions of 0-22 digits, leading zeros and signs.
    let seed = 20261207;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const digits = (n: number) => Array.from({ length: n }, () => String(rand(10))).join('');
    for (let k = 0; k < 20_000; k++) {
      const intDigits = 1 + rand(18);
      let int = digits(intDigits);
      if (rand(3) === 0 && int.length > 3) {
        int = int.replace(/^0+(?=\d)/, '') || '0';
        if (int[0] !== '0') int = int.replace(/\B(?=(\d{3})+$)/g, ',');
      }
      const text = `${rand(4) === 0 ? '-' : ''}${int}${rand(2) ? `.${digits(1 + rand(22))}` : ''}`;
      expect(Object.is(num(text), Number(text.replace(/,/g, ''))), text).toBe(true);
    }
  });

  it('what the one-scan path refuses falls to the general reading, as before', () => {
    expect(num('0,125')).toBe('error'); // a comma after a leading 0 groups nothing
    expect(num('1,23')).toBe('error');
    expect(num('1234,567')).toBe('error');
    expect(num('1,234,56')).toBe('error');
    expect(num('1.')).toBe(1);
    expect(num('.5')).toBe(0.5);
    expect(num('-0')).toBe(-0);
    expect(num('007')).toBe(7);
    expect(num('1,234.')).toBe(1234);
    expect(num('12345678901234567890')).toBe(12345678901234567890);
  });

  it('plainNumberValue reads a cell as parseNumber and parseWeight do, or leaves it to them (NaN)', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const parts = ['0', '1', '7', '12', '345', ',', ',000', '.', '.5', '-', '+', ' ', '<', '%', '$', 'e3', 'N/A', '(', ')', '\u00a0', '1,234', '99.99'];
    let read = 0;
    for (let k = 0; k < 20_000; k++) {
      let text = '';
      for (let n = 1 + rand(5); n > 0; n--) text += parts[rand(parts.length)];
      for (const decimalComma of [false, true]) {
        const plain = plainNumberValue(text, decimalComma);
        if (Number.isNaN(plain)) continue;
        read++;
        const n = parseNumber(text, decimalComma);
        const w = parseWeight(text, decimalComma);
        expect(n.ok && Object.is(n.value, plain), text).toBe(true);
        expect(w.ok && Object.is(w.value, plain) && w.bound === undefined, text).toBe(true);
      }
    }
    expect(read).toBeGreaterThan(1000);
    for (const cell of [null, undefined, '', '-', '<0.01', '1,234.5%', '1.234,5']) expect(plainNumberValue(cell, false)).toBeNaN();
    expect(plainNumberValue('1.5', true)).toBeNaN(); // a decimal comma file: always the general reading
  });

  it('decimal comma', () => {
    expect(num('1.234,56', true)).toBe(1234.56);
    expect(num('0,25', true)).toBe(0.25);
    expect(num('-1.000.000,5', true)).toBe(-1000000.5);
  });
});

describe('readPreamble', () => {
  it('reads the fund name and date from key-value lines in English and the languages European files use', () => {
    expect(readPreamble([['Fund Name', 'Alpha Fund'], ['As of', 'Mar 10, 2022']])).toEqual({ fund: 'Alpha Fund', asOf: '2022-03-10' });
    expect(readPreamble([['Fondsname', 'Meine Fonds'], ['Stichtag', '31.10.2025']])).toEqual({ fund: 'Meine Fonds', asOf: '2025-10-31' });
    expect(readPreamble([['Nom du fonds', 'Mon Fonds'], ["Date d'inventaire", '31/10/2025']])).toEqual({ fund: 'Mon Fonds', asOf: '2025-10-31' });
    // ... or written in one cell, key and value after a colon.
    expect(readPreamble([['Fund Name: Global Equity Fund'], ['As of Date: 11/28/2025']])).toEqual({ fund: 'Global Equity Fund', asOf: '2025-11-28' });
    // A label it does not know is no date.
    expect(readPreamble([['Gedruckt', '31.10.2025']]).asOf).toBeNull();
  });
});

describe('parseDate', () => {
  it.each([
    ['Mar 10, 2022', '2022-03-10'],
    ['30/Aug/2021', '2021-08-30'],
    ['09/30/2020', '2020-09-30'],
    ['As of 10-May-2024', '2024-05-10'],
    ['10-Nov-94', '1994-11-10'],
    ['30-APR-2026', '2026-04-30'],
    ['2024-01-31', '2024-01-31'],
    ['31/10/2025', '2025-10-31'],
    ['10/31/2025', '2025-10-31'],
    ['31.10.2025', '2025-10-31'],
    ['1.2.2025', '2025-02-01'],
    ['31.02.2025', null],
    ['-', null],
    ['Feb 30, 2022', null],
  ])('%s -> %s', (raw, iso) => {
    expect(parseDate(raw)).toBe(iso);
  });
});

describe('cleanText / textOrNull', () => {
  it('removes control characters and collapses whitespace, NBSP included', () => {
    expect(cleanText('  EVIL\u001b[2J\u0007 CORP\u00a0 ')).toBe('EVIL CORP'); // the escape sequence goes whole, not just its ESC byte
    expect(cleanText('\u00a0')).toBe('');
    expect(cleanText('APPLE INC')).toBe('APPLE INC');
  });

  it('leaves a cell as written exactly when the full cleaning would (seeded cells around every boundary of the scan)', () => {
    // The full cleaning, and the regular expression the char scan replaced: every cell it let
    // through unchanged must come back unchanged, and every other one cleaned.
    // eslint-disable-next-line no-control-regex
    const NEEDED = /[\u0000-\u001f\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f\u2060\u2066-\u2069\u3000\ufeff]| {2}|^ | $/;
    const full = (v: string) => neutralizeControls(v.replace(INVISIBLE, '')).replace(/\s+/g, ' ').trim();
    const chars = ['A', 'z', '0', '~', ' ', '\t', '\n', '\u001b', '\u001f', '\u007e', '\u007f', '\u00a0', '\u00a1', '\u00ad', '\u180e', 'é', '\u167f', '\u1680',
      '\u1681', '\u1fff', '\u2000', '\u200b', '\u200f', '\u2010', '\u2027', '\u2028', '\u202e', '\u202f', '\u2030', '\u205e', '\u205f',
      '\u2060', '\u2065', '\u2066', '\u2069', '\u206a', '\u2fff', '\u3000', '\u3001', '中', '\ufefe', '\ufeff', '\uffff', '\ud83d'];
    let seed = 20261207;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    let cleaned = 0;
    for (let k = 0; k < 20_000; k++) {
      let v = '';
      for (let len = rand(9); len > 0; len--) v += chars[rand(chars.length)];
      const expected = NEEDED.test(v) ? full(v) : v;
      expect(cleanText(v), JSON.stringify(v)).toBe(expected);
      if (expected !== v) cleaned++;
    }
    expect(cleaned).toBeGreaterThan(10_000); // both paths taken
  });

  it('placeholders are null', () => {
    expect(textOrNull('---')).toBeNull();
    expect(textOrNull(' - ')).toBeNull();
    expect(textOrNull('A')).toBe('A');
  });
});

const numbersDir = useTempDir('fundscreen-numbers-');

describe('numbers as fund files write them', () => {
  it('spreadsheet error values are "no value", not a reason to drop the row', async () => {
    expect(parseNumber('#DIV/0!')).toEqual({ ok: true, value: null });
    expect(parseNumber('#VALUE!')).toEqual({ ok: true, value: null });
    expect(parseNumber('NM')).toEqual({ ok: true, value: null });
    const f = path.join(numbersDir, 'excel-errors.csv');
    await writeFile(f, 'Name,Ticker,Exchange,Shares,Market Value,Weight (%)\nAPPLE INC,AAPL,NASDAQ,100,1000,1\nZHEJIANG DAHUA TECHNOLOGY LTD A,002236,Shenzhen Stock Exchange,100,1000,#DIV/0!\n');
    const r = await runCli(['screen', f, '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.findings.map((x: { line: number; weightPct: number | null }) => [x.line, x.weightPct])).toEqual([[3, null]]);
    expect(report.funds[0].rows).toEqual({ read: 2, screened: 2, excluded: 0, skipped: 0 });
  });

  it('"not available" as locales and data vendors write it is no value, in a number cell, like n/a', () => {
    for (const p of ['N.A.', 'n.a.', 'n. a.', 'N/A', 'n/d', 'N.D.', 'k.A.', 'k. A.', '#N/A N/A', '#N/A Field Not Applicable', 'N/A N/A', 'NaN', 'nan', '--', '—', '——', 'n.a. %', '$ N.A.']) {
      expect(parseNumber(p), p).toEqual({ ok: true, value: null });
      expect(parseNumber(p, true), `${p} (decimal comma)`).toEqual({ ok: true, value: null });
      expect(parseWeight(p), `${p} (weight)`).toEqual({ ok: true, value: null });
    }
    // The same placeholders are no text either, except NaN: NAN is a listed ticker.
    for (const p of ['N.A.', 'k.A.', '#N/A N/A', '#N/A Invalid Security', 'n/d']) expect(textOrNull(p), p).toBeNull();
    expect(textOrNull('NaN')).toBe('NaN');
    expect(textOrNull('#NAME CORP')).toBe('#NAME CORP');
    expect(parseNumber('N.A.1').ok).toBe(false);
  });

  it('a row whose value or weight is a "not available" placeholder is screened with no value, not skipped', async () => {
    for (const v of ['N.A.', '#N/A N/A', 'NaN', 'k.A.', 'N.D.']) {
      const f = path.join(numbersDir, 'not-available.csv');
      await writeFile(f, `Ticker,Name,Exchange,Market Value,Weight (%)\nAAPL,APPLE INC,NASDAQ,"1,000,000.00",1.00\n603260,HOSHINE SILICON INDUSTRY CO LTD,Shanghai Stock Exchange,"${v}",${v}\n`);
      const r = await runCli(['screen', f, '--format', 'json']);
      const report = JSON.parse(r.stdout);
      expect(report.funds[0].rows, v).toEqual({ read: 2, screened: 2, excluded: 0, skipped: 0 });
      expect(report.findings.map((x: { line: number; tier: string; marketValue: number | null }) => [x.line, x.tier, x.marketValue]), v).toEqual([[3, 'confirmed', null]]);
    }
  });

  it('a figure past a double\'s range is no number however it is written: digits, grouped, decimal comma, exponent, a JSON number', () => {
    const big = `1${'0'.repeat(400)}`;
    const grouped = `1${',000'.repeat(110)}`;
    for (const [raw, dc] of [[big, false], [`${big}.5`, false], [grouped, false], [`-${big}`, false], [`$${big}`, false], [`${big},5`, true], ['1.5E+400', false], ['Infinity', false], ['-Infinity', false]] as const) {
      const r = parseNumber(raw, dc);
      expect(r.ok, raw.slice(0, 20)).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(/^not a finite number: /);
      expect(parseWeight(raw, dc).ok).toBe(false);
    }
    expect((parseNumber(big) as { reason: string }).reason).toBe(`not a finite number: "${big.slice(0, 40)}…" (401 characters)`);
    // 308 digits are still a number.
    expect(parseNumber(`1${'0'.repeat(307)}`)).toEqual({ ok: true, value: 1e307 });
  });

  it('a row whose value overflows is skipped with its reason, not screened as Infinity (CSV and JSON)', async () => {
    const big = `1${'0'.repeat(400)}`;
    const csv = path.join(numbersDir, 'overflow.csv');
    await writeFile(csv, `Ticker,Name,Exchange,Market Value,Weight (%)\nAAPL,APPLE INC,NASDAQ,1000,1.0\nMSFT,MICROSOFT CORP,NASDAQ,${big},0.5\n`);
    const json = path.join(numbersDir, 'overflow.json');
    await writeFile(json, `{"holdings": [{"ticker": "AAPL", "name": "APPLE INC", "marketValue": 1000}, {"ticker": "MSFT", "name": "MICROSOFT CORP", "marketValue": 1e400}]}`);
    for (const f of [csv, json]) {
      const r = await runCli(['screen', f, '--format', 'json']);
      const report = JSON.parse(r.stdout);
      expect(report.funds[0].rows, f).toEqual({ read: 2, screened: 1, excluded: 0, skipped: 1 });
      expect(report.skipped[0].reason, f).toMatch(/not a finite number/);
      expect(report.funds[0].exposure.screened, f).toEqual([{ amount: 1000, currency: null }]);
      expect(JSON.stringify(report.funds), f).not.toContain('Infinity');
    }
  });

  it('with a dot as decimal mark, commas only group thousands: "0,125" and "1 000,5" are not silently misread', () => {
    expect(parseNumber('1,234.5')).toEqual({ ok: true, value: 1234.5 });
    expect(parseNumber('12,345,678')).toEqual({ ok: true, value: 12345678 });
    expect(parseNumber('0,125').ok).toBe(false);
    expect(parseNumber('1 000,5').ok).toBe(false);
    expect(parseNumber('0,125', true)).toEqual({ ok: true, value: 0.125 });
  });

  it('three decimals after "0," and dot-grouped thousands are decimal-comma evidence', () => {
    expect(sniffDecimalComma([['0,125%'], ['0,031%'], ['4,250%']], [0])).toBe(true);
    expect(sniffDecimalComma([['1.008.626'], ['12.345.678']], [0])).toBe(true);
    expect(sniffDecimalComma([['0.125'], ['1,008,626']], [0])).toBe(false);
  });

});

describe('what shows nothing inside a word', () => {
  it('is dropped from kept text, not spaced (HO\u200bSHINE is HOSHINE): zero-width, direction marks, soft hyphen, BOM', () => {
    for (const ch of ['\u200b', '\u200c', '\u200d', '\u200e', '\u202e', '\u2060', '\u2066', '\ufeff', '\u00ad']) {
      expect(cleanText(`HO${ch}SHINE SILICON`)).toBe('HOSHINE SILICON');
    }
    // (Other controls still part words: a tab or a C1 control is a space.)
    expect(cleanText('HOSHINE\tSILICON\u0085CO')).toBe('HOSHINE SILICON CO');
  });
});
