import { describe, expect, it } from 'vitest';
import { ownString, ownStrings } from '../src/own-string.js';

describe('ownString', () => {
  it('copies any string exactly, lone surrogates and all', () => {
    const parent = `head\tHOSHINE SILICON INDUSTRY LTD A\t\ud800 lone\u{1F600}\tend`;
    for (const part of parent.split('\t')) expect(ownString(part)).toBe(part);
    expect(ownString('')).toBe('');
  });
});

describe('ownStrings', () => {
  it('copies a position with its nested identifiers and money, keeping numbers, nulls and absent fields', () => {
    const p = { kind: 'position', issuer: 'IFLYTEK A', title: null, ids: { isin: 'CNE100000B81', ticker: '002230' }, value: { amount: -0.5, currency: 'USD' }, shares: 12, tags: ['a', 'b'] };
    const copy = ownStrings(p);
    expect(copy).toStrictEqual(p);
    expect(copy).not.toBe(p);
    expect(copy.ids).not.toBe(p.ids);
    expect(copy.value).not.toBe(p.value);
    expect('asOf' in copy).toBe(false);
  });

  it('leaves objects that are not plain (a Map, a Date) as they are', () => {
    const m = new Map([['k', 'v']]);
    const d = new Date(0);
    const copy = ownStrings({ m, d });
    expect(copy.m).toBe(m);
    expect(copy.d).toBe(d);
  });
});
