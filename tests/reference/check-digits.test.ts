import { describe, expect, it } from 'vitest';
import { isValidCusip, isValidIsin, isValidLei, isValidSedol, isValidUscc } from '../../src/reference/check-digits.js';

// Valid codes published by OFAC, GLEIF and the exchanges; each "bad" one differs in the check digit.
describe('check digits', () => {
  it('ISIN: accepts published codes, rejects a changed check digit and bad shapes', () => {
    for (const v of ['CNE100000PM8', 'CNE100001120', 'US0378331005', 'HK0941009539']) expect(isValidIsin(v)).toBe(true);
    for (const v of ['CNE100000PM9', 'US0378331006', 'cne100000pm8', 'CNE100000PM', '']) expect(isValidIsin(v)).toBe(false);
  });
  it('CUSIP', () => {
    expect(isValidCusip('037833100')).toBe(true);
    expect(isValidCusip('17275R102')).toBe(true);
    expect(isValidCusip('037833101')).toBe(false);
    expect(isValidCusip('03783310')).toBe(false);
  });
  it('SEDOL (no vowels)', () => {
    expect(isValidSedol('0263494')).toBe(true);
    expect(isValidSedol('B0YBKJ7')).toBe(true);
    expect(isValidSedol('0263495')).toBe(false);
    expect(isValidSedol('A0YBKJ7')).toBe(false);
  });
  it('LEI (ISO 7064 mod 97-10)', () => {
    expect(isValidLei('5493001KJTIIGC8Y1R12')).toBe(true);
    expect(isValidLei('5493001KJTIIGC8Y1R13')).toBe(false);
  });
  it('USCC (GB 32100-2015) on codes OFAC publishes', () => {
    for (const v of ['91330000733796106P', '91350200705420347R', '914403007954257495']) expect(isValidUscc(v)).toBe(true);
    expect(isValidUscc('91330000733796106Q')).toBe(false);
    expect(isValidUscc('9133000073379610')).toBe(false);
  });
});

describe('check digits computed (the validators and the bench generators share them)', () => {
  it('gives the digit real identifiers end in', async () => {
    const { isinCheckDigit, cusipCheckDigit, sedolCheckDigit } = await import('../../src/reference/check-digits.js');
    expect(isinCheckDigit('CNE100000PM')).toBe('8'); // Hikvision A share
    expect(isinCheckDigit('US037833100')).toBe('5'); // Apple
    expect(cusipCheckDigit('03783310')).toBe('0'); // Apple
    expect(sedolCheckDigit('B0YBKJ')).toBe('7');
  });
});
