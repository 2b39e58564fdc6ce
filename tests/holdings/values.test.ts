import { describe, expect, it } from 'vitest';
import { cleanText, parseDate, parseNumber, textOrNull } from '../../src/holdings/values.js';

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
  ])('%s -> %s', (raw, value) => {
    expect(num(raw)).toBe(value);
  });

  it('placeholders are null, garbage is an error with the value quoted', () => {
    for (const p of ['', '-', '---', 'N/A', '#N/A', '—']) expect(num(p)).toBeNull();
    expect(parseNumber('12O,000.00')).toEqual({ ok: false, reason: 'not a number: "12O,000.00"' });
    expect(num('1.2.3')).toBe('error');
    expect(num('Infinity')).toBe('error');
  });

  it('decimal comma', () => {
    expect(num('1.234,56', true)).toBe(1234.56);
    expect(num('0,25', true)).toBe(0.25);
    expect(num('-1.000.000,5', true)).toBe(-1000000.5);
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

  it('placeholders are null', () => {
    expect(textOrNull('---')).toBeNull();
    expect(textOrNull(' - ')).toBeNull();
    expect(textOrNull('A')).toBe('A');
  });
});
