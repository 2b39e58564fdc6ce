/**
 * One N-PORT holding (Item C of the form) -> one record. Shared by the XML filing reader and the
 * quarterly data-set reader, which carry the same fields under different names.
 *
 * What is screened and what is excluded (decided here, once, for both readers):
 * - Screened: equity (EC, EP), debt (DBT: the issuer counts), loans, structured notes, ABS,
 *   commodities, real estate, "other" categories, and warrants (derivCat WAR: issued by the
 *   company itself, so they are exposure to it).
 * - Excluded, with the reason: derivatives (assetCat DCO DCR DE DFE DIR DO, or a derivative block
 *   FWD FUT SWP OPT SWO OTH: forwards, futures, swaps, options are contracts with a counterparty;
 *   the reported name is often the counterparty or an index, not a company the fund owns);
 *   STIV (short-term investment vehicles: money-market funds and cash sweeps); RA (repurchase
 *   agreements: cash lent to a dealer against collateral).
 */
import type { HoldingsRecord, Identifiers } from '../../position.js';
import { classIdFromOther, seriesIdFromOther } from '../../../reference/identifiers.js';
import { secNumber, secText, skippedSec } from './sec-values.js';

export interface NportRawHolding {
  source: string;
  line: number;
  fund: string | null;
  asOf?: string | null;
  family: string | null;
  name?: string | null;
  lei?: string | null;
  title?: string | null;
  cusip?: string | null;
  isin?: string | null;
  ticker?: string | null;
  otherId?: string | null;
  otherDesc?: string | null;
  /** Every further `other` identifier of the holding, [value, description] (the XML reader's). */
  others?: [string | null, string | null][];
  /** The series id of a fund held, when the data set reader found it among several `other` identifiers. */
  seriesId?: string | null;
  /** The share-class id of a fund held, found the same way. */
  classId?: string | null;
  balance?: string | null;
  units?: string | null;
  currency?: string | null;
  valUSD?: string | null;
  pctVal?: string | null;
  assetCat?: string | null;
  /** Description when the asset category is "other" (assetConditional@desc / OTHER_ASSET). */
  otherAsset?: string | null;
  country?: string | null;
  /** Derivative category (FWD FUT SWP OPT SWO WAR OTH) when the holding has a derivative block. */
  derivCat?: string | null;
  /** A problem found while reading the row (oversized field, bad character): it is skipped. */
  problem?: string | null;
}

const ASSET_LABELS: Record<string, string> = {
  EC: 'equity-common', EP: 'equity-preferred', DBT: 'debt', SN: 'structured note', LON: 'loan',
  'ABS-MBS': 'ABS-mortgage backed', 'ABS-APCP': 'ABS-asset backed commercial paper',
  'ABS-CBDO': 'ABS-collateralized bond/debt obligation', 'ABS-O': 'ABS-other', COMM: 'commodity',
  RE: 'real estate', STIV: 'short-term investment vehicle', RA: 'repurchase agreement',
  DCO: 'derivative-commodity', DCR: 'derivative-credit', DE: 'derivative-equity',
  DFE: 'derivative-foreign exchange', DIR: 'derivative-interest rate', DO: 'derivative-other',
};
const DERIVATIVE_ASSETS = new Set(['DCO', 'DCR', 'DE', 'DFE', 'DIR', 'DO']);
const DERIVATIVE_KINDS: Record<string, string> = {
  FWD: 'forward', FUT: 'future', SWP: 'swap', OPT: 'option', SWO: 'swaption', OTH: 'other derivative', WAR: 'warrant',
};

/** N-PORT placeholders: `N/A` (and the other generic ones) and the all-zero CUSIP. */
function idOrNull(v: string | null | undefined): string | null {
  const t = secText(v);
  return t === null || /^0+$/.test(t) ? null : t;
}

function assetClass(cat: string | null, other: string | null, deriv: string | null): string | null {
  if (deriv === 'WAR') return 'warrant';
  if (cat && cat.toUpperCase() !== 'OTHER') return ASSET_LABELS[cat.toUpperCase()] ?? cat;
  return other ? `other: ${other}` : null;
}

/** The exclusion reason for a holding that is not an issuer's security, else null. */
export function nportExclusion(assetCat: string | null, derivCat: string | null): string | null {
  const cat = assetCat?.toUpperCase() ?? '';
  const deriv = derivCat?.toUpperCase() ?? '';
  if (deriv === 'WAR') return null;
  if (DERIVATIVE_ASSETS.has(cat) || (deriv && DERIVATIVE_KINDS[deriv])) {
    const kind = DERIVATIVE_KINDS[deriv] ?? ASSET_LABELS[cat] ?? 'derivative';
    return `derivative (${[cat, deriv].filter(Boolean).join('/')}: ${kind})`;
  }
  if (cat === 'STIV') return 'short-term investment vehicle (STIV: money-market fund / cash sweep)';
  if (cat === 'RA') return 'repurchase agreement (RA: cash lent against collateral)';
  return null;
}

/** Sets an identifier when there is one. */
function putId(ids: Identifiers, k: keyof Identifiers, v: string | null | undefined): void {
  if (v) ids[k] = v;
}

/** An `other` identifier: a SEDOL or FIGI by its description, else a series or class id by its shape. */
function putOther(ids: Identifiers, value: string | null | undefined, desc: string | null | undefined): void {
  const otherDesc = secText(desc) ?? '';
  const kind = /\bsedol\b/i.test(otherDesc) ? 'sedol' : /\bfigi\b/i.test(otherDesc) ? 'figi' : null;
  if (kind && !ids[kind]) putId(ids, kind, idOrNull(value));
  if (!ids.seriesId) putId(ids, 'seriesId', seriesIdFromOther(secText(value), otherDesc));
  if (!ids.classId) putId(ids, 'classId', classIdFromOther(secText(value), otherDesc));
}

export function nportRecord(raw: NportRawHolding): HoldingsRecord {
  if (raw.problem) return skippedSec(raw, raw.problem);
  const issuer = secText(raw.name) ?? secText(raw.title);
  const value = secNumber(raw.valUSD);
  const pct = secNumber(raw.pctVal);
  const balance = secNumber(raw.balance);
  // One check each (not a loop over a per-row array): this runs for millions of rows.
  if (!value.ok) return skippedSec(raw, `value: ${value.reason}`);
  if (!pct.ok) return skippedSec(raw, `percentage: ${pct.reason}`);
  if (!balance.ok) return skippedSec(raw, `balance: ${balance.reason}`);
  const marketValue = value.value;
  const weightPct = pct.value;
  const assetCat = secText(raw.assetCat);
  const derivCat = secText(raw.derivCat);
  const excluded = nportExclusion(assetCat, derivCat);
  if (excluded) {
    return { kind: 'excluded', source: raw.source, line: raw.line, fund: raw.fund, family: raw.family, reason: excluded, issuer, marketValue, weightPct };
  }
  if (issuer === null) return skippedSec(raw, 'no issuer name or title');

  const ids: Identifiers = {};
  putId(ids, 'isin', idOrNull(raw.isin));
  putId(ids, 'cusip', idOrNull(raw.cusip));
  putId(ids, 'lei', idOrNull(raw.lei));
  putId(ids, 'ticker', idOrNull(raw.ticker));
  putId(ids, 'country', secText(raw.country));
  // `other` identifiers are free-form (a holding may have several): keep the ones the Identifiers
  // type has a slot for, the first of each kind.
  putId(ids, 'seriesId', raw.seriesId);
  putId(ids, 'classId', raw.classId);
  if (raw.otherId != null || raw.otherDesc != null) putOther(ids, raw.otherId, raw.otherDesc);
  if (raw.others) for (const [value, desc] of raw.others) putOther(ids, value, desc);

  return {
    kind: 'position',
    source: raw.source,
    line: raw.line,
    fund: raw.fund,
    family: raw.family,
    asOf: raw.asOf ?? null,
    issuer,
    title: secText(raw.title),
    ids,
    assetClass: assetClass(assetCat, secText(raw.otherAsset), derivCat),
    // Only a count of shares is a share count: principal amounts (PA) and contracts (NC) are not.
    shares: secText(raw.units)?.toUpperCase() === 'NS' ? balance.value : null,
    // Form N-PORT Item C.2.4 reports the value in US dollars (valUSD); curCd is the currency the
    // security is denominated in, not the currency of that amount.
    value: marketValue === null ? null : { amount: marketValue, currency: 'USD' },
    weightPct,
    tradingCurrency: secText(raw.currency),
  };
}
