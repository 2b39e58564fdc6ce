import { describe, expect, it } from 'vitest';
import type { HoldingsMeta, HoldingsReader, HoldingsRecord, Position } from '../../src/holdings/position.js';
import type { Matcher } from '../../src/match/types.js';
import { screen } from '../../src/screen/screen.js';
import fc from 'fast-check';
import { FundLinkCollector, fundNameKey, nameFingerprint, tagKind } from '../../src/screen/fund-links.js';
import { lookThrough } from '../../src/screen/look-through.js';
import { ENTITIES, match, position } from '../report/sample-result.js';

/** In-memory inputs: one fund per path unless rows name their own fund (a data set). */
type Row = Partial<Omit<Position, 'value'>> & { marketValue?: number; currency?: string };
interface Input {
  meta?: Partial<HoldingsMeta>;
  rows: Row[];
}

const FLAGGED: Record<string, keyof typeof ENTITIES> = { HOSHINE: 'hoshine', IFLYTEK: 'iflytek' };
const matcher: Matcher = {
  match: ({ issuer }) => {
    const key = FLAGGED[issuer];
    return key ? [match(ENTITIES[key], 'confirmed', 'ticker', issuer, 'test')] : [];
  },
};

async function run(inputs: Record<string, Input>, roots: string[], tags = new Map<string, string[]>(), depth?: number) {
  const collector = new FundLinkCollector(new Set(roots), tags);
  const openHoldings = async (path: string): Promise<HoldingsReader> => {
    const input = inputs[path];
    const meta: HoldingsMeta = { source: path, format: 'test', fund: null, asOf: null, encoding: null, delimiter: null, headerLine: null, columns: {}, warnings: [], ...input.meta };
    const records: HoldingsRecord[] = input.rows.map(({ marketValue, currency, ...r }, i) =>
      position({ source: path, line: i + 2, issuer: 'x', ...r, value: marketValue === undefined ? null : { amount: marketValue, currency: currency ?? 'USD' } }),
    );
    return { meta, batches: (async function* () { yield records; })() };
  };
  const paths = [...roots, ...Object.keys(inputs).filter((p) => !roots.includes(p))];
  const { result } = await screen(
    { inputs: paths, lists: [], readOptions: {}, minTier: 'review', generatedAt: 'T', today: '2026-12-06', tool: { name: 'fundscreen', version: 'test' }, observer: collector },
    { expandInputs: async (p) => ({ files: p.map((path) => ({ path, inFolder: false })), warnings: [] }), openHoldings, matcher },
  );
  return lookThrough(result, collector.finish(), depth);
}

const entity = (r: Awaited<ReturnType<typeof run>>, id: string) => r.lookThrough!.entities.find((e) => e.id === id)!;

describe('look-through: a portfolio of funds', () => {
  const inputs: Record<string, Input> = {
    'portfolio.csv': {
      rows: [
        { issuer: 'Emerging Fund', marketValue: 100_000 },
        { issuer: 'Other Fund', ids: { ticker: 'OTHR' }, marketValue: 50_000 },
        { issuer: 'No File Fund', marketValue: 20_000 },
        { issuer: 'IFLYTEK', marketValue: 5_000, shares: 800 },
      ],
    },
    'emerging.csv': {
      meta: { fund: 'Emerging Fund' },
      rows: [
        { issuer: 'HOSHINE', marketValue: 10_000, shares: 2_000 },
        { issuer: 'IFLYTEK', marketValue: 30_000, shares: 5_000 },
        { issuer: 'BIG CO', marketValue: 960_000 },
      ],
    },
    // No values: the file's weights are used.
    'other.csv': { rows: [{ issuer: 'HOSHINE', weightPct: 2, shares: 4_000 }, { issuer: 'BIG CO', weightPct: 98 }] },
  };
  const tags = new Map([['other.csv', ['OTHR']]]);

  it('indirect exposure = position value x the fund\'s weight, per path, summed per entity', async () => {
    const r = await run(inputs, ['portfolio.csv'], tags);
    const lt = r.lookThrough!;
    const hoshine = lt.findings.filter((f) => f.finding.match.entity.id === 'hoshine-silicon');
    expect(hoshine.map((f) => f.exposure)).toEqual([
      { currency: 'USD', amount: 100_000 * (10_000 / 1_000_000) },
      { currency: 'USD', amount: 50_000 * 0.02 },
    ]);
    expect(entity(r, 'hoshine-silicon').indirect).toEqual([{ currency: 'USD', amount: 1_000 + 1_000 }]);
    // Shares: the part of the fund the position owns (10 %) x the fund's shares; unknown without values.
    expect(hoshine[0].shares).toBeCloseTo(200, 9);
    expect(hoshine[1].shares).toBeNull();
    expect(entity(r, 'hoshine-silicon').indirectShares).toBeNull();
    expect(hoshine[1].path[0]).toMatchObject({ issuer: 'Other Fund', matchedBy: 'ticker OTHR' });
    expect(hoshine[0].path[0]).toMatchObject({ issuer: 'Emerging Fund', matchedBy: 'exact fund name' });
  });

  it('a company held directly and indirectly: both shown, apart, never summed', async () => {
    const r = await run(inputs, ['portfolio.csv'], tags);
    const ifl = entity(r, 'iflytek');
    expect(ifl.direct).toEqual([{ currency: 'USD', amount: 5_000 }]);
    expect(ifl.indirect).toEqual([{ currency: 'USD', amount: 3_000 }]);
    expect(ifl).toMatchObject({ directPositions: 1, indirectPaths: 1, directShares: 800, indirectShares: 500 });
    const holder = r.lookThrough!.holders[0];
    expect(holder.direct).toEqual([{ currency: 'USD', amount: 5_000 }]);
    expect(holder.indirect).toEqual([{ currency: 'USD', amount: 1_000 + 3_000 + 1_000 }]);
    // The run's own findings and funds are the portfolio's; the funds read for it are listed apart.
    expect(r.findings.map((f) => f.position.source)).toEqual(['portfolio.csv']);
    expect(r.funds.map((f) => f.source)).toEqual(['portfolio.csv']);
    expect(r.lookThrough!.funds.map((f) => f.source)).toEqual(['emerging.csv', 'other.csv']);
  });

  it('a position no file joins is listed as not looked through, never dropped; flagged and joined ones are not', async () => {
    const r = await run(inputs, ['portfolio.csv'], tags);
    expect(r.lookThrough!.notLookedThrough).toEqual([
      expect.objectContaining({ holder: { source: 'portfolio.csv', fund: 'portfolio.csv' }, line: 4, issuer: 'No File Fund', value: { amount: 20_000, currency: 'USD' } }),
    ]);
  });

  it('keeps each position\'s currency: a EUR position gives EUR exposure, never added to USD', async () => {
    const eur = { ...inputs, 'portfolio.csv': { rows: [{ issuer: 'Emerging Fund', marketValue: 100_000 }, { issuer: 'Emerging Fund', marketValue: 10_000, currency: 'EUR' }] } };
    const r = await run(eur, ['portfolio.csv'], tags);
    expect(entity(r, 'hoshine-silicon').indirect).toEqual([{ currency: 'EUR', amount: 100 }, { currency: 'USD', amount: 1_000 }]);
  });
});

describe('look-through: funds of funds', () => {
  it('multiplies the weights along the path', async () => {
    const r = await run(
      {
        'p.csv': { rows: [{ issuer: 'Target Fund', marketValue: 40_000 }] },
        'target.csv': { meta: { fund: 'Target Fund' }, rows: [{ issuer: 'Intl Fund', marketValue: 400_000 }, { issuer: 'US Fund', marketValue: 600_000 }] },
        'intl.csv': { meta: { fund: 'Intl Fund' }, rows: [{ issuer: 'HOSHINE', marketValue: 20_000, shares: 4_000 }, { issuer: 'BIG', marketValue: 980_000 }] },
      },
      ['p.csv'],
    );
    const [f] = r.lookThrough!.findings;
    expect(f.exposure!.amount).toBeCloseTo(40_000 * 0.4 * 0.02, 9);
    expect(f.pathWeightPct).toBeCloseTo(0.8, 9);
    expect(f.shares).toBeCloseTo(4_000 * (16_000 / 1_000_000), 9);
    expect(f.path.map((s) => s.held.fund)).toEqual(['Target Fund', 'Intl Fund']);
  });

  it('a cycle stops and is reported; each path is counted once', async () => {
    const r = await run(
      {
        'p.csv': { rows: [{ issuer: 'Fund A', marketValue: 1_000 }] },
        'a.csv': { meta: { fund: 'Fund A' }, rows: [{ issuer: 'Fund B', marketValue: 500 }, { issuer: 'HOSHINE', marketValue: 500 }] },
        'b.csv': { meta: { fund: 'Fund B' }, rows: [{ issuer: 'Fund A', marketValue: 500 }, { issuer: 'HOSHINE', marketValue: 500 }] },
      },
      ['p.csv'],
    );
    const lt = r.lookThrough!;
    // p -> A -> HOSHINE (1,000 x 50 %) and p -> A -> B -> HOSHINE (1,000 x 50 % x 50 %); B -> A is cut.
    expect(lt.findings.map((f) => f.exposure!.amount)).toEqual([500, 250]);
    expect(lt.notLookedThrough).toEqual([expect.objectContaining({ holder: { source: 'b.csv', fund: 'Fund B' }, line: 2, reason: expect.stringMatching(/^cycle: Fund A is already on the path/) })]);
  });

  it('stops at the depth limit and says so', async () => {
    const chain: Record<string, Input> = { 'p.csv': { rows: [{ issuer: 'F1', marketValue: 100 }] } };
    for (let i = 1; i <= 4; i++) chain[`f${i}.csv`] = { meta: { fund: `F${i}` }, rows: [{ issuer: i < 4 ? `F${i + 1}` : 'HOSHINE', marketValue: 10 }] };
    expect((await run(chain, ['p.csv'])).lookThrough!.findings).toHaveLength(1);
    const cut = await run(chain, ['p.csv'], new Map(), 3);
    expect(cut.lookThrough!.findings).toHaveLength(0);
    expect(cut.lookThrough!.notLookedThrough).toEqual([expect.objectContaining({ holder: { source: 'f3.csv', fund: 'F3' }, reason: 'deeper than --look-through-depth 3' })]);
  });

  it('inside a data set: a fund holding another fund of the set, joined by LEI; both funds are roots', async () => {
    const r = await run(
      {
        'ds/FUND_REPORTED_HOLDING.tsv': {
          meta: {
            format: 'nport-dataset',
            fundIdentities: [
              { fund: 'Allocation Fund', family: 'TRUST A', asOf: '2025-03-31' },
              { fund: 'Index Fund', family: 'TRUST A', asOf: '2025-03-31', lei: '5493002JRXZHUG2RI979' },
            ],
          },
          rows: [
            { fund: 'Allocation Fund', family: 'TRUST A', issuer: 'INDEX FD INSTL', ids: { lei: '5493002JRXZHUG2RI979' }, marketValue: 250 },
            { fund: 'Allocation Fund', family: 'TRUST A', issuer: 'BONDS', marketValue: 750 },
            { fund: 'Index Fund', family: 'TRUST A', issuer: 'HOSHINE', marketValue: 10, shares: 100 },
            { fund: 'Index Fund', family: 'TRUST A', issuer: 'BIG', marketValue: 990 },
          ],
        },
      },
      ['ds/FUND_REPORTED_HOLDING.tsv'],
    );
    const lt = r.lookThrough!;
    expect(lt.holders.map((h) => [h.fund, h.direct, h.indirect])).toEqual([
      ['Allocation Fund', [], [{ currency: 'USD', amount: 2.5 }]],
      ['Index Fund', [{ currency: 'USD', amount: 10 }], []],
    ]);
    expect(lt.findings[0].path[0].matchedBy).toBe('LEI 5493002JRXZHUG2RI979');
    expect(lt.families).toEqual([expect.objectContaining({ family: 'TRUST A', funds: 2, direct: [{ currency: 'USD', amount: 10 }], indirect: [{ currency: 'USD', amount: 2.5 }] })]);
    // A data set's unjoined holdings are not listed one by one.
    expect(lt.notLookedThrough).toEqual([]);
  });
});

describe('fund tags', () => {
  it('reads a tag by its check digits: ISIN, CUSIP, LEI, series id, else a ticker', () => {
    expect(['US4642872349', '464287234', '5493002JRXZHUG2RI979', 'S000063351', 'EEM', 'US4642872348'].map(tagKind)).toEqual(['i', 'c', 'l', 's', 't', 't']);
  });
});

describe('the name prefilter', () => {
  it('never rules out a row whose name is a fund\'s: equal keys, equal fingerprints (or "maybe")', () => {
    const variant = fc.tuple(fc.string(), fc.constantFrom('', ' ', '.', ',', '  ', '-')).map(([s, sep]) => [s, sep] as const);
    fc.assert(
      fc.property(variant, fc.boolean(), ([name, sep], upper) => {
        const other = `${sep}${upper ? name.toUpperCase() : name.toLowerCase()}${sep}`;
        if (fundNameKey(name) !== fundNameKey(other)) return;
        const a = nameFingerprint(fundNameKey(name));
        const b = nameFingerprint(other);
        expect(a === -1 || b === -1 || a === b).toBe(true);
      }),
    );
    expect(nameFingerprint('Fixture Total International Stock Index Fund')).toBe(nameFingerprint('FIXTURE TOTAL INTERNATIONAL STOCK INDEX FUND'));
    expect(nameFingerprint('BENCH ISSUER 0000001 CORP')).not.toBe(nameFingerprint('BENCH GLOBAL FUND 10'));
  });

  it('joins a data set\'s row by the exact fund name only, however long the start it shares with another', () => {
    const collector = new FundLinkCollector(new Set(['set']));
    const meta: HoldingsMeta = {
      source: 'set', format: 'test', fund: null, asOf: '2024-03-31', encoding: null, delimiter: null, headerLine: null, columns: {}, warnings: [],
      fundIdentities: [{ fund: 'BENCH GLOBAL FUND 10', family: null, asOf: '2024-03-31' }, { fund: 'HOLDER FUND', family: null, asOf: '2024-03-31' }],
    };
    collector.onInput('set', meta, 'set');
    const names = ['Bench Global Fund 10', 'BENCH GLOBAL FUND 11', 'BENCH GLOBAL FUND 1', 'BENCH GLOBAL FUND 100', 'BENCH-GLOBAL-FUND-10.'];
    names.forEach((issuer, i) => collector.onPosition(position({ source: 'set', line: i + 2, fund: 'HOLDER FUND', issuer }), 'HOLDER FUND'));
    const links = collector.finish().links;
    expect(links.map((l) => [l.position.issuer, l.target.fund, l.matchedBy])).toEqual([
      ['Bench Global Fund 10', 'BENCH GLOBAL FUND 10', 'exact fund name'],
      ['BENCH-GLOBAL-FUND-10.', 'BENCH GLOBAL FUND 10', 'exact fund name'],
    ]);
  });
});
