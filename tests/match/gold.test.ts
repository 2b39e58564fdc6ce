/**
 * The gold set is reproducible: fixtures/eval/gold.csv is exactly what scripts/build-gold.ts
 * makes from the list, the real samples in ../shared and the curated rows.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildGold, GOLD_PATH } from '../../scripts/build-gold.js';
import { sharedAvailable, sharedPath } from '../helpers/cli.js';

describe.runIf(sharedAvailable('gold-set reproduction'))('fixtures/eval/gold.csv', () => {
  it('equals the output of scripts/build-gold.ts', async () => {
    expect(await buildGold(sharedPath('sources', 'holdings'))).toBe(readFileSync(GOLD_PATH, 'utf8'));
  }, 120_000);
});
