/**
 * iShares holdings CSVs (FORMATS.md §1, 1b, 1c): US (2020 / 2022 / 2025 / late-2025 headers),
 * UCITS (`Issuer Ticker`, `Nominal`) and Canada (`Location of Risk`). Preamble: fund name on line
 * 1 and `Fund Holdings as of,"Mar 10, 2022"` (`"-"` when unavailable); an NBSP-only line ends the
 * table and a multi-line quoted disclaimer follows (both handled by the table reader).
 */
import { exclusionReason, totalLineReason } from '../exclusions.js';
import { readPreamble, type RowView, type TextLayout } from '../layout.js';

const CASH_SECTOR = 'cash and/or derivatives';

/** Rows under the "Cash and/or Derivatives" sector are cash, futures or FX in every iShares file. */
function excludeIshares(row: RowView): string | null {
  const byClass = exclusionReason(row.get('assetClass'), row.get('issuer'));
  if (byClass) return byClass;
  const sector = row.column('sector');
  // (Lower-cased only at the right length: this runs on every row.)
  if (sector?.length === CASH_SECTOR.length && sector.toLowerCase() === CASH_SECTOR) return `cash or derivative (sector "${sector}")`;
  return totalLineReason(row);
}

const has = (header: string[], ...names: string[]) => names.every((n) => header.includes(n));

export const isharesUs: TextLayout = {
  id: 'ishares-us',
  detect: (h) =>
    has(h, 'ticker', 'name', 'assetclass', 'marketvalue', 'location', 'exchange') &&
    (h.includes('weight%') || h.includes('marketweight')),
  // Late-2025 files have Notional Weight and Market Weight but no Weight (%): Market Weight is
  // the share of the fund's market value, like Weight (%) before it.
  synonyms: { weightPct: ['weight%', 'marketweight'], currency: ['currency'] },
  preamble: readPreamble,
  exclude: excludeIshares,
};

export const isharesUcits: TextLayout = {
  id: 'ishares-ucits',
  detect: (h) => has(h, 'issuerticker', 'name', 'weight%'),
  synonyms: { ticker: ['issuerticker'], shares: ['nominal'] },
  preamble: readPreamble,
  exclude: excludeIshares,
};

export const isharesCanada: TextLayout = {
  id: 'ishares-ca',
  detect: (h) => has(h, 'ticker', 'name', 'locationofrisk', 'weight%'),
  synonyms: { country: ['locationofrisk'], currency: ['currency'] },
  preamble: readPreamble,
  exclude: excludeIshares,
};
