/**
 * Test helper (not a test): fast-check parameters for the hardening properties. Runs are bounded
 * and the seed is fixed, so CI is reproducible; FC_SEED=<integer> pins another seed and
 * FC_SEED=random explores new cases. fast-check prints the seed and path of any failure, and
 * `FC_SEED=<seed> npx vitest run tests/hardening` replays it.
 */
import type fc from 'fast-check';

export const DEFAULT_SEED = 20_260_808;

export function propertySeed(): number {
  const pinned = process.env.FC_SEED;
  if (pinned === undefined || pinned === '') return DEFAULT_SEED;
  if (pinned === 'random') return Math.floor(Math.random() * 2 ** 31);
  if (!/^-?\d+$/.test(pinned)) throw new Error(`FC_SEED must be an integer or "random", got "${pinned}"`);
  return Number(pinned);
}

export function propertyParams<T>(numRuns: number): fc.Parameters<T> {
  return { numRuns, seed: propertySeed() };
}
