import { describe, expect, it } from 'vitest';
import { decide, DEFAULT_POLICY, mayReachTier, type Evidence } from '../../src/match/evidence.js';

/** Evidence the name rules give (factors, caps, a floor, a confirmation), in small combinations. */
const NAME_EVIDENCE: Evidence[] = [
  { rule: 'words-differ', factor: DEFAULT_POLICY.factors.wordsDiffer, detail: {} },
  { rule: 'places-differ', factor: DEFAULT_POLICY.factors.placesDiffer, detail: {} },
  { rule: 'typo-only', cap: 'review', detail: {} },
  { rule: 'cut-exact', confirms: true, floor: DEFAULT_POLICY.cutExactFloor, detail: {} },
];
const SUPPORT: Evidence = { rule: 'ticker-support', add: DEFAULT_POLICY.factors.tickerSupport, detail: { said: 'ticker 1', add: DEFAULT_POLICY.factors.tickerSupport } };
/** What rows add after the name's evidence: it only lowers the score or caps the tier. */
const LOWERING: Evidence[] = [
  { rule: 'country-conflict', against: 1, factor: DEFAULT_POLICY.factors.countryConflict, detail: {} },
  { rule: 'bare-name-typo', cap: 'review', detail: {} },
];

function subsets<T>(xs: readonly T[]): T[][] {
  return xs.reduce<T[][]>((acc, x) => [...acc, ...acc.map((s) => [...s, x])], [[]]);
}

describe('mayReachTier: the bound the matcher uses to drop candidates before the row evidence', () => {
  const alignments = [0.5, 0.69, 0.7, 0.75, 0.8, 0.82, 0.9, 1];

  it('with `then` it answers as for the evidence with `then` appended', () => {
    for (const a of alignments) for (const ev of subsets(NAME_EVIDENCE)) {
      expect(mayReachTier(a, ev, DEFAULT_POLICY, SUPPORT)).toBe(mayReachTier(a, [...ev, SUPPORT], DEFAULT_POLICY));
    }
  });

  it('never drops a candidate that decide() would give a tier after lowering evidence', () => {
    let tiered = 0;
    let dropped = 0;
    for (const a of alignments) for (const ev of subsets(NAME_EVIDENCE)) for (const more of subsets([SUPPORT, ...LOWERING])) {
      const all = [...ev, ...more];
      const bound = mayReachTier(a, ev, DEFAULT_POLICY, more.includes(SUPPORT) ? SUPPORT : undefined);
      if (decide(a, all, DEFAULT_POLICY).tier) {
        tiered++;
        expect(bound).toBe(true);
      } else if (!bound) dropped++;
    }
    // Both kinds occur: the bound is neither always true nor always false.
    expect(tiered).toBeGreaterThan(10);
    expect(dropped).toBeGreaterThan(10);
  });
});
