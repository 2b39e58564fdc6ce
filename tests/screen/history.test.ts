import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { screen } from '../../src/screen/screen.js';
import { expandInputs, openHoldings } from '../../src/holdings/read.js';
import { createMatcher } from '../../src/match/matcher.js';
import { loadSelectedLists } from '../../src/lists/select.js';
import { FundLinkCollector } from '../../src/screen/fund-links.js';
import { lookThrough } from '../../src/screen/look-through.js';
import { buildHistory } from '../../src/screen/history.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/lookthrough/nport');
const quarters = ['2024-03', '2024-06', '2024-09'].map((q) => path.join(root, q));

async function run(withLookThrough: boolean) {
  const lists = await loadSelectedLists({ useDefault: true, extra: [] });
  const collector = new FundLinkCollector(new Set(quarters));
  const { result } = await screen(
    { inputs: quarters, lists, readOptions: {}, minTier: 'review', generatedAt: 'T', today: '2026-12-06', tool: { name: 'fundscreen', version: 'test' }, observer: withLookThrough ? collector : undefined },
    { expandInputs, openHoldings, matcher: createMatcher(lists) },
  );
  return withLookThrough ? lookThrough(result, collector.finish()) : result;
}

const point = (p: { asOf: string; shares: number | null; amounts: { amount: number }[]; indirectShares: number | null; indirectAmounts: { amount: number }[]; timing: { text: string }[] }) => [
  p.asOf, p.shares, p.amounts[0]?.amount ?? 0, p.indirectShares, p.indirectAmounts[0]?.amount ?? 0, p.timing.map((t) => t.text).join('; '),
];

describe('history over three N-PORT quarters (fixtures/lookthrough/nport, README table)', () => {
  it('per family: Hoshine shares summed at each quarter, through funds apart, time since the WRO', async () => {
    const h = buildHistory(await run(true))!;
    expect(h.dates).toEqual(['2024-03-31', '2024-06-30', '2024-09-30']);
    const star = h.families.find((t) => t.family === 'FIXTURE STAR FUNDS' && t.entity.id === 'hoshine-silicon')!;
    expect(star.funds).toBe(2);
    expect(star.points.map(point)).toEqual([
      ['2024-03-31', 1_000_000, 5_000_000, 400_000, 2_000_000, 'held 2 years 9 months after the CBP WRO of 2021-06-24'],
      ['2024-06-30', 1_100_000, 4_400_000, 440_000, 1_760_000, 'held 3 years after the CBP WRO of 2021-06-24'],
      ['2024-09-30', 900_000, 4_500_000, 360_000, 1_800_000, 'held 3 years 3 months after the CBP WRO of 2021-06-24'],
    ]);
  });

  it('a position sold shows as a known zero at the next quarter, with no "held" wording', async () => {
    const h = buildHistory(await run(false))!;
    const em = h.funds.find((t) => t.fund === 'Fixture Emerging Markets ETF')!;
    expect(em.points.map(point)).toEqual([
      ['2024-03-31', 139_200, 696_000, 0, 0, 'held 2 years 9 months after the CBP WRO of 2021-06-24'],
      ['2024-06-30', 139_200, 556_800, 0, 0, 'held 3 years after the CBP WRO of 2021-06-24'],
      ['2024-09-30', 0, 0, 0, 0, ''],
    ]);
    // Without look-through no fund has indirect figures.
    expect(h.families.every((t) => t.points.every((p) => p.indirectPaths === 0))).toBe(true);
  });

  it('one date only: no history', async () => {
    const lists = await loadSelectedLists({ useDefault: true, extra: [] });
    const { result } = await screen(
      { inputs: [quarters[0]], lists, readOptions: {}, minTier: 'review', generatedAt: 'T', today: '2026-12-06', tool: { name: 'fundscreen', version: 'test' } },
      { expandInputs, openHoldings, matcher: createMatcher(lists) },
    );
    expect(buildHistory(result)).toBeNull();
  });
});
