/**
 * One 13F information-table entry -> one record. Shared by the XML reader and the data-set
 * (INFOTABLE.tsv) reader.
 *
 * - VALUE was reported in thousands of dollars before 2023-01-03 and in dollars from then on;
 *   the caller says which (`valueUnit`).
 * - PRN rows are principal amounts of debt: screened (the issuer counts), shares = null.
 * - Put/call rows are listed options on the issuer's security: screened, because a call or put on
 *   a company is exposure to that company, with assetClass "call option" / "put option".
 * Nothing in a 13F table is cash or a currency: 13F lists only 13(f) securities.
 */
import type { HoldingsRecord, Identifiers } from '../../position.js';
import { secNumber, secText, skippedSec } from './sec-values.js';

export type ValueUnit = 'dollars' | 'thousands';

/** The day the SEC switched VALUE from thousands to whole dollars. */
export const DOLLARS_FROM = '2023-01-03';

export const unitForFilingDate = (isoDate: string): ValueUnit => (isoDate < DOLLARS_FROM ? 'thousands' : 'dollars');

export interface ThirteenFRaw {
  source: string;
  line: number;
  fund: string | null;
  asOf?: string | null;
  nameOfIssuer?: string | null;
  titleOfClass?: string | null;
  cusip?: string | null;
  figi?: string | null;
  value?: string | null;
  sshPrnamt?: string | null;
  sshPrnamtType?: string | null;
  putCall?: string | null;
  problem?: string | null;
}

export function thirteenFRecord(raw: ThirteenFRaw, unit: ValueUnit): HoldingsRecord {
  const base = { source: raw.source, line: raw.line };
  if (raw.problem) return skippedSec(raw, raw.problem);
  const issuer = secText(raw.nameOfIssuer);
  if (issuer === null) return skippedSec(raw, 'no nameOfIssuer');
  const value = secNumber(raw.value);
  if (!value.ok) return skippedSec(raw, `value: ${value.reason}`);
  const amount = secNumber(raw.sshPrnamt);
  if (!amount.ok) return skippedSec(raw, `sshPrnamt: ${amount.reason}`);
  const type = secText(raw.sshPrnamtType)?.toUpperCase() ?? null;
  const putCall = secText(raw.putCall)?.toLowerCase() ?? null;
  const ids: Identifiers = {};
  const cusip = secText(raw.cusip);
  if (cusip && !/^0+$/.test(cusip)) ids.cusip = cusip;
  const figi = secText(raw.figi);
  if (figi) ids.figi = figi;
  return {
    kind: 'position',
    ...base,
    fund: raw.fund,
    asOf: raw.asOf ?? null,
    family: null,
    issuer,
    title: secText(raw.titleOfClass),
    ids,
    assetClass: putCall ? `${putCall} option` : type === 'PRN' ? 'principal amount' : 'shares',
    shares: type === 'PRN' ? null : amount.value,
    // A 13F reports the value of a US-listed security in US dollars.
    value: value.value === null ? null : { amount: unit === 'thousands' ? value.value * 1000 : value.value, currency: 'USD' },
    weightPct: null,
  };
}
