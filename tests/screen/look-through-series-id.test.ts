/**
 * A fund of funds whose holding of another fund of the data set is linked by nothing but the held
 * fund's SEC series id (an N-PORT "other" identifier described as a series id): no LEI, CUSIP,
 * ISIN or ticker on the holding, and an issuer name ("Global X Funds") that is not the fund's.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs, openHoldings } from '../../src/holdings/read.js';
import { nportRecord } from '../../src/holdings/formats/sec/nport-holding.js';
import type { Matcher } from '../../src/match/types.js';
import { seriesIdFromOther } from '../../src/reference/identifiers.js';
import { FundLinkCollector } from '../../src/screen/fund-links.js';
import { screen } from '../../src/screen/screen.js';
import { repoRoot } from '../helpers/cli.js';

const dataset = path.join(repoRoot, 'fixtures/lookthrough/nport-series');
const noMatch: Matcher = { match: () => [], warnings: [] } as unknown as Matcher;

async function links() {
  const collector = new FundLinkCollector(new Set([dataset]));
  await screen(
    { inputs: [dataset], lists: [], readOptions: {}, minTier: 'review', generatedAt: 'T', today: '2026-12-06', tool: { name: 'fundscreen', version: 'test' }, observer: collector },
    { expandInputs, openHoldings, matcher: noMatch },
  );
  return collector.finish().links;
}

describe('look-through joins a held fund by its series id', () => {
  it('the N-PORT data set fixture: the allocation fund holds the DAX ETF, joined by series id only', async () => {
    const found = await links();
    expect(found.map((l) => [l.holder.fund, l.position.issuer, l.position.ids.seriesId, l.target.fund, l.matchedBy])).toEqual([
      ['Fixture Allocation Fund', 'Global X Funds', 'S000063351', 'Global X DAX Germany ETF', 'series id S000063351'],
    ]);
    expect(found[0].position.value).toEqual({ amount: 30000, currency: 'USD' });
  });

  it('reads a series id only from an "other" identifier that says it is one and is shaped as one', () => {
    expect(seriesIdFromOther('S000063351', 'SEC Series ID')).toBe('S000063351');
    expect(seriesIdFromOther('s000063351', 'Series identifier')).toBe('S000063351');
    expect(seriesIdFromOther('S000063351', 'Internal Identifier')).toBeNull();
    expect(seriesIdFromOther('DFWH4', 'Series ID')).toBeNull();
    expect(seriesIdFromOther('N/A', 'N/A')).toBeNull();
  });

  it('the XML filing reader carries it too (Item C.1 `other` with its description)', () => {
    const rec = nportRecord({ source: 'f.xml', line: 9, fund: 'F', family: null, name: 'Global X Funds', assetCat: 'EC', valUSD: '1', otherId: 'S000063351', otherDesc: 'Series ID' });
    expect(rec.kind === 'position' && rec.ids).toEqual({ seriesId: 'S000063351' });
  });
});
