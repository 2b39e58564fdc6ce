import { describe, expect, it } from 'vitest';
import { exitCodeFor } from '../../src/screen/exit-code.js';
import type { Finding } from '../../src/screen/result.js';
import { sampleFindings } from '../report/sample-result.js';

const tiers = (...ts: Finding['match']['tier'][]): Finding[] => {
  const base = sampleFindings()[0];
  return ts.map((tier) => ({ ...base, match: { ...base.match, tier } }));
};

describe('exitCodeFor', () => {
  it('fails at or above the fail-on tier, default review meaning any finding', () => {
    expect(exitCodeFor({ findings: tiers('review') }, 'review', false)).toBe(1);
    expect(exitCodeFor({ findings: tiers('review') }, 'probable', false)).toBe(0);
    expect(exitCodeFor({ findings: tiers('review', 'probable') }, 'probable', false)).toBe(1);
    expect(exitCodeFor({ findings: tiers('probable') }, 'confirmed', false)).toBe(0);
    expect(exitCodeFor({ findings: tiers('confirmed') }, 'confirmed', false)).toBe(1);
    expect(exitCodeFor({ findings: [] }, 'review', false)).toBe(0);
  });

  it('never fails with fail-on none, nor for suppressed findings', () => {
    expect(exitCodeFor({ findings: tiers('confirmed') }, 'none', false)).toBe(0);
    const suppressed = tiers('confirmed').map((f) => ({ ...f, suppressed: { reason: 'r', expires: 'never' } }));
    expect(exitCodeFor({ findings: suppressed }, 'review', false)).toBe(0);
  });

  it('with a baseline fails for new findings only', () => {
    const unchanged = tiers('confirmed').map((f) => ({ ...f, baseline: 'unchanged' as const }));
    const fresh = tiers('review').map((f) => ({ ...f, baseline: 'new' as const }));
    expect(exitCodeFor({ findings: unchanged }, 'review', true)).toBe(0);
    expect(exitCodeFor({ findings: [...unchanged, ...fresh] }, 'review', true)).toBe(1);
    expect(exitCodeFor({ findings: [...unchanged, ...fresh] }, 'probable', true)).toBe(0);
    expect(exitCodeFor({ findings: unchanged }, 'review', false)).toBe(1);
  });
});
