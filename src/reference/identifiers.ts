/**
 * The identifier registry: every security and entity code fundscreen knows, in one place. Holdings
 * header synonyms, the Position fields, list validation, the matcher's cleaning, check digits and
 * bridges, `explain`'s flags, the JSON keys and CSV columns of every report and the baseline key
 * all read this table, so a new identifier is one entry here. Pure.
 *
 * A value that fails its check digit is not that identifier. Bridges: a US/CA ISIN embeds the
 * CUSIP, a GB ISIN the SEDOL, so a fund file with only a CUSIP meets a list with only an ISIN.
 */
import { isValidCusip, isValidIsin, isValidLei, isValidSedol, isValidUscc } from './check-digits.js';

/** In the order a holding is keyed by (the first it has wins: see baseline.ts). */
export const ID_TYPES = ['isin', 'cusip', 'sedol', 'figi', 'lei', 'uscc'] as const;
export type IdType = (typeof ID_TYPES)[number];

/** A holding's market facts: a ticker means something only on its market. */
export const MARKET_FIELDS = ['ticker', 'exchange', 'country'] as const;
export type MarketField = (typeof MARKET_FIELDS)[number];

/** Every identifier field a holding (Position.ids) and a finding (JSON, CSV) carries, in report order. */
export const HOLDING_ID_FIELDS = [...MARKET_FIELDS, ...ID_TYPES] as const;
export type HoldingIdField = (typeof HOLDING_ID_FIELDS)[number];

/**
 * Identifiers of a registered fund that a holding can carry when the holding is another fund (a
 * fund of funds' position): look-through joins by them (fund-links.ts). They are no security code
 * of a listed company, so lists are never matched by them and reports print no column for them.
 */
export const FUND_ID_FIELDS = ['seriesId', 'classId'] as const;
export type FundIdField = (typeof FUND_ID_FIELDS)[number];

/** An SEC EDGAR series id: "S" and nine digits (S000063351). */
export function isSeriesId(value: string): boolean {
  return /^S\d{9}$/.test(value);
}

/** An SEC EDGAR share-class id: "C" and nine digits (C000205374). */
export function isClassId(value: string): boolean {
  return /^C\d{9}$/.test(value);
}

/**
 * The series id in an N-PORT "other unique identifier" (Item C.1.e.iii: a value and a free-text
 * description of its type), else null. Form N-PORT has no field of its own for the series id of a
 * fund held: a filer that gives it does so here, so both must say so, the description naming a
 * series and the value shaped as one.
 */
export function seriesIdFromOther(value: string | null | undefined, desc: string | null | undefined): string | null {
  if (!value || !desc || !/\bseries\b/i.test(desc)) return null;
  const v = cleanId(value);
  return isSeriesId(v) ? v : null;
}

/** The share-class id in an N-PORT "other" identifier, on the same terms: the description names a
 *  class ("SEC Class ID") and the value is shaped as one. A class id joins the fund (series) that
 *  has the class, as a series id does. */
export function classIdFromOther(value: string | null | undefined, desc: string | null | undefined): string | null {
  if (!value || !desc || !/\bclass\b/i.test(desc)) return null;
  const v = cleanId(value);
  return isClassId(v) ? v : null;
}

/** A held fund's series or class id from an N-PORT "other" identifier, else null. */
export function fundIdFromOther(value: string | null | undefined, desc: string | null | undefined): string | null {
  return seriesIdFromOther(value, desc) ?? classIdFromOther(value, desc);
}

export interface IdSpec {
  /** How reports and messages name it. */
  label: string;
  /** Format and check digit of a cleaned value. */
  valid(value: string): boolean;
  /** Repairs a cleaned value a spreadsheet damaged (lost leading zeros), before validation. */
  repair?(value: string): string;
  /** Holdings header names that hold it, normalised as columns.ts normalises headers. */
  headers: readonly string[];
  /** Help text of `explain --<type>`. */
  help: string;
}

/** FIGI: 12 characters, "G" third, CUSIP-style modulus-10 double-add-double check digit. */
export function isValidFigi(value: string): boolean {
  if (!/^[B-DF-HJ-NP-TV-Z]{2}G[B-DF-HJ-NP-TV-Z0-9]{8}[0-9]$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 11; i++) {
    const code = value.charCodeAt(i);
    let v = code >= 65 ? code - 55 : code - 48;
    if (i % 2 === 1) v *= 2;
    sum += Math.floor(v / 10) + (v % 10);
  }
  return (10 - (sum % 10)) % 10 === Number(value[11]);
}

export const IDENTIFIERS: Record<IdType, IdSpec> = {
  isin: { label: 'ISIN', valid: isValidIsin, headers: ['isin', 'isincode'], help: 'ISIN' },
  cusip: {
    label: 'CUSIP',
    valid: isValidCusip,
    // Spreadsheets that re-save a file drop leading zeros of all-digit codes (037833100 -> 37833100).
    repair: (v) => (/^\d{6,8}$/.test(v) ? v.padStart(9, '0') : v),
    headers: ['cusip'],
    help: 'CUSIP',
  },
  sedol: {
    label: 'SEDOL',
    valid: isValidSedol,
    repair: (v) => (/^\d[0-9A-Z]{0,5}$/.test(v) ? v.padStart(7, '0') : v),
    headers: ['sedol'],
    help: 'SEDOL',
  },
  figi: { label: 'FIGI', valid: isValidFigi, headers: ['figi'], help: 'FIGI (OpenFIGI)' },
  lei: { label: 'LEI', valid: isValidLei, headers: ['lei', 'issuerlei'], help: 'LEI' },
  uscc: {
    label: 'USCC',
    valid: isValidUscc,
    headers: ['uscc', 'unifiedsocialcreditcode', 'socialcreditcode', 'creditcode'],
    help: 'Unified Social Credit Code (mainland China)',
  },
};

/** Upper case, spaces and dashes removed. */
export function cleanId(value: string): string {
  return value.normalize('NFKC').toUpperCase().replace(/[\s-]+/g, '');
}

export type IdCheck = { ok: true; value: string } | { ok: false; value: string; reason: string };

/** A raw identifier cleaned, repaired and checked: the one reading the matcher and `lists validate` share. */
export function checkId(type: IdType, raw: string): IdCheck {
  const spec = IDENTIFIERS[type];
  const cleaned = cleanId(raw);
  const value = spec.repair ? spec.repair(cleaned) : cleaned;
  return spec.valid(value) ? { ok: true, value } : { ok: false, value, reason: `${spec.label} ${value} fails its check digit or format` };
}

export function isIdType(type: string): type is IdType {
  return (ID_TYPES as readonly string[]).includes(type);
}

/** The identifiers a valid ISIN implies: the CUSIP inside US/CA ISINs, the SEDOL inside GB ISINs. */
export function bridgedIds(isin: string): Array<{ type: IdType; value: string }> {
  const out: Array<{ type: IdType; value: string }> = [];
  const country = isin.slice(0, 2);
  if ((country === 'US' || country === 'CA') && isValidCusip(isin.slice(2, 11))) out.push({ type: 'cusip', value: isin.slice(2, 11) });
  if (country === 'GB' && isin.startsWith('GB00') && isValidSedol(isin.slice(4, 11))) out.push({ type: 'sedol', value: isin.slice(4, 11) });
  return out;
}

/** snake_case CSV column of a field ("isin"; they are all one word today). */
export function csvColumn(field: HoldingIdField): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
