import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { secNumber, secText } from '../../src/holdings/formats/sec/sec-values.js';
import { parseNumber, textOrNull } from '../../src/holdings/values.js';

// The SEC fast paths must be exact shortcuts: same answer as values.ts on every input.
describe('SEC value fast paths', () => {
  const cells = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.constantFrom('N/A', 'n/a', ' N/A ', 'NONE', '-', '---', '000000000', 'US0378331005', 'A  B', ' EC', 'EC\t', '\u0085X', '12', '.004', '-589.42', '1e5', '1,234.5', '0x10', '(12)', '12%', 'Infinity', 'N.A.', 'k. A.', '#N/A N/A', '#N/A Invalid Security', 'n/a n/a', 'NaN', 'NAN CORP'),
  );

  it('secText equals textOrNull', () => {
    fc.assert(fc.property(cells, (v) => {
      expect(secText(v)).toBe(textOrNull(v));
    }), { seed: 20240331, numRuns: 2000 });
  });

  it('secNumber equals parseNumber', () => {
    const numbers = fc.oneof(cells, fc.double().map(String), fc.integer().map(String));
    fc.assert(fc.property(numbers, (v) => {
      expect(secNumber(v)).toEqual(parseNumber(v));
    }), { seed: 20240331, numRuns: 2000 });
  });
});

describe('secNumber', () => {
  it('a plain-looking but infinite SEC value is not a number', () => {
    expect(secNumber('12467.33')).toEqual({ ok: true, value: 12467.33 });
    expect(secNumber('1e400').ok).toBe(false);
  });
});
