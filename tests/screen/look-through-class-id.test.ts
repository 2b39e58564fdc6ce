/**
 * A fund of funds whose holding of another fund is linked by nothing but the held fund's SEC
 * share-class id (an N-PORT "other" identifier described as a class id): the fund is known by its
 * class ids from the data set's MONTHLY_TOTAL_RETURN.tsv (one row per class) or from a filing's
 * headerData seriesClassInfo; the XML reader reads every "other" identifier of a holding, not only
 * the first. Fixture: fixtures/lookthrough/nport-class (README).
 */
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs, openHoldings } from '../../src/holdings/read.js';
import { readNportXml } from '../../src/holdings/formats/nport-xml.js';
import { nportRecord } from '../../src/holdings/formats/sec/nport-holding.js';
import type { Matcher } from '../../src/match/types.js';
import { classIdFromOther } from '../../src/reference/identifiers.js';
import { FundLinkCollector } from '../../src/screen/fund-links.js';
import { screen } from '../../src/screen/screen.js';
import { repoRoot, sharedAvailable, sharedPath } from '../helpers/cli.js';

const dir = path.join(repoRoot, 'fixtures/lookthrough/nport-class');
const dataset = path.join(dir, 'dataset');
const fundOfFunds = path.join(dir, 'fund-of-funds.xml');
const noMatch: Matcher = { match: () => [], warnings: [] } as unknown as Matcher;

/** Screens `roots` then `funds` with look-through links collected; the links found. */
async function links(roots: string[], funds: string[] = []) {
  const collector = new FundLinkCollector(new Set(roots));
  await screen(
    { inputs: [...roots, ...funds], lists: [], readOptions: {}, minTier: 'review', generatedAt: 'T', today: '2026-12-06', tool: { name: 'fundscreen', version: 'test' }, observer: collector },
    { expandInputs, openHoldings, matcher: noMatch },
  );
  return collector.finish().links.map((l) => [l.holder.fund, l.position.issuer, l.position.ids.classId, l.target.fund, l.matchedBy, l.position.value?.amount]);
}

const DAX = 'Global X DAX Germany ETF';

describe('look-through joins a held fund by its share-class id', () => {
  it('inside an N-PORT data set: the class id of IDENTIFIERS.tsv meets the fund\'s class ids of MONTHLY_TOTAL_RETURN.tsv', async () => {
    expect(await links([dataset])).toEqual([['Fixture Allocation Fund', 'Global X Funds', 'C000205374', DAX, 'class id C000205374', 30000]]);
  });

  it('a filing (XML) holds a fund of a data set: its holding\'s second "other" identifier is the class id, and joins', async () => {
    // The data set's own fund of funds joins too (a fund read for look-through may hold funds itself).
    expect(await links([fundOfFunds], [dataset])).toEqual([
      ['Fixture Class Allocation Fund', 'Global X Funds', 'C000205374', DAX, 'class id C000205374', 30000],
      ['Fixture Allocation Fund', 'Global X Funds', 'C000205374', DAX, 'class id C000205374', 30000],
    ]);
  });

  it('a portfolio CSV names a fund by its series id or class id (Series ID, Class ID columns): each joins', async () => {
    expect(await links([path.join(dir, 'portfolio.csv')], [dataset])).toEqual([
      ['portfolio.csv', 'Global X Funds', undefined, DAX, 'series id S000063351', 10000],
      ['portfolio.csv', 'Global X Funds', 'C000205374', DAX, 'class id C000205374', 5000],
      ['Fixture Allocation Fund', 'Global X Funds', 'C000205374', DAX, 'class id C000205374', 30000],
    ]);
  });

  it('reads a class id only from an "other" identifier that says it is one and is shaped as one', () => {
    expect(classIdFromOther('C000205374', 'SEC Class ID')).toBe('C000205374');
    expect(classIdFromOther('c000205374', 'Share class identifier')).toBe('C000205374');
    expect(classIdFromOther('C000205374', 'Internal Identifier')).toBeNull();
    expect(classIdFromOther('S000063351', 'Class ID')).toBeNull();
    expect(classIdFromOther('CUSIP12345', 'Class ID')).toBeNull();
    expect(classIdFromOther('N/A', 'N/A')).toBeNull();
  });

  it('every "other" identifier of a holding is read, the first of each kind kept (it was the first only)', () => {
    const rec = nportRecord({
      source: 'f.xml', line: 9, fund: 'F', family: null, name: 'Global X Funds', assetCat: 'EC', valUSD: '1',
      others: [['FIXTURE-T1', 'Trade Identifier'], ['B953PM3', 'SEDOL'], ['S000063351', 'SEC Series ID'], ['C000205374', 'SEC Class ID'], ['C000000309', 'Class ID'], ['B0000000', 'SEDOL']],
    });
    expect(rec.kind === 'position' && rec.ids).toEqual({ sedol: 'B953PM3', seriesId: 'S000063351', classId: 'C000205374' });
  });
});

describe.runIf(sharedAvailable('N-PORT excerpt class ids'))('a filing\'s own identifiers', () => {
  it('the saved Global X DAX excerpt: series id and LEI (genInfo), class id (headerData seriesClassInfo)', async () => {
    const file = sharedPath('sources/holdings/sec_nport/GlobalX_DAX_Germany_ETF_NPORT-P_2024-01-31__EXCERPT.xml');
    const reader = await readNportXml(file, createReadStream(file), {});
    expect(reader.meta.fundIds).toEqual({ seriesId: 'S000063351', classIds: ['C000205374'], lei: '5493002JRXZHUG2RI979' });
  });

  it('the fixture fund of funds joins the real filing itself by the class id', async () => {
    const file = sharedPath('sources/holdings/sec_nport/GlobalX_DAX_Germany_ETF_NPORT-P_2024-01-31__EXCERPT.xml');
    expect(await links([fundOfFunds], [file])).toEqual([['Fixture Class Allocation Fund', 'Global X Funds', 'C000205374', DAX, 'class id C000205374', 30000]]);
  });
});
