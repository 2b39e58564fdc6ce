import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { screen } from '../../src/screen/screen.js';
import { expandInputs, openHoldings } from '../../src/holdings/read.js';
import type { Matcher } from '../../src/match/types.js';

const SAMPLE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/cli/ishares-em-sample.csv');

function run(matcher: Matcher) {
  return screen(
    { inputs: [SAMPLE], lists: [], readOptions: {}, minTier: 'review', generatedAt: '2026-12-02T00:00:00.000Z', today: '2026-12-02', tool: { name: 'fundscreen', version: 'test' } },
    { expandInputs, openHoldings, matcher },
    {},
  );
}

describe('the matcher inside a screen', () => {
  it('an error inside matching fails the run instead of reading as "no findings"', async () => {
    const broken: Matcher = { match: () => { throw new Error('index corrupted'); } };
    await expect(run(broken)).rejects.toThrow('index corrupted');
  });

  it("the list compiler's warnings reach the run's warnings (stderr and JSON)", async () => {
    const warned: Matcher = { match: () => [], warnings: ['acme: FIGI BBG000BADBAD has a bad check digit; not used for matching'] };
    const { result } = await run(warned);
    expect(result.warnings).toContain('list: acme: FIGI BBG000BADBAD has a bad check digit; not used for matching');
  });
});
