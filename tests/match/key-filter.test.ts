import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HASH_START, hashText, KeyFilter } from '../../src/match/key-filter.js';

describe('KeyFilter', () => {
  it('never rules out a key it was built from', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ unit: 'grapheme', maxLength: 12 }), { maxLength: 300 }), (keys) => {
        const filter = KeyFilter.of(keys, keys.length);
        for (const k of keys) expect(filter.mayHave(hashText(HASH_START, k))).toBe(true);
      }),
    );
  });

  it('hashes two words run together as their concatenation', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => hashText(hashText(HASH_START, a), b) === hashText(HASH_START, a + b)));
  });

  it('rules out most keys it was not built from', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `word${i}`);
    const filter = KeyFilter.of(keys, keys.length);
    let through = 0;
    for (let i = 0; i < 20_000; i++) if (filter.mayHave(hashText(HASH_START, `other${i}`))) through++;
    expect(through).toBeLessThan(20_000 * 0.05);
  });
});
