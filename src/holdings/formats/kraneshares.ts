/**
 * KraneShares holdings CSV (FORMATS.md §3, reported layout): a title row, then
 * `Rank,Company Name,% of Net Assets,Ticker,Identifier,Shares Held,Market Value($)` where
 * Identifier is the ISIN; the table ends at a `Cash` row.
 */
import { exclusionReason, totalLineReason } from '../exclusions.js';
import { readPreamble, type TextLayout } from '../layout.js';

export const kraneshares: TextLayout = {
  id: 'kraneshares',
  detect: (h) => h.includes('rank') && h.includes('companyname') && h.includes('%ofnetassets') && h.includes('identifier'),
  synonyms: { isin: ['identifier'] },
  // US-listed ETFs: Market Value($) is in US dollars.
  dollar: 'USD',
  preamble: readPreamble,
  exclude: (row) => exclusionReason(row.get('assetClass'), row.get('issuer')) ?? totalLineReason(row),
};
