/**
 * Security and entity identifiers as the matcher compares them: cleaned, check-digit validated
 * (a value failing its check digit is not that identifier), and bridged — a US/CA ISIN embeds the
 * CUSIP, a GB ISIN embeds the SEDOL — so a fund file with only a CUSIP meets a list with only an
 * ISIN. Check digits come from src/lists/check-digits.ts; FIGI's is here (nothing else needs it).
 */
import { isValidCusip, isValidIsin, isValidLei, isValidSedol, isValidUscc } from '../lists/check-digits.js';

export type IdType = 'isin' | 'cusip' | 'sedol' | 'lei' | 'figi' | 'uscc';

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

const VALIDATORS: Record<IdType, (v: string) => boolean> = {
  isin: isValidIsin, cusip: isValidCusip, sedol: isValidSedol, lei: isValidLei, figi: isValidFigi, uscc: isValidUscc,
};

/** Upper case, spaces and dashes removed. */
export function cleanId(value: string): string {
  return value.normalize('NFKC').toUpperCase().replace(/[\s-]+/g, '');
}

export type IdCheck = { ok: true; value: string } | { ok: false; value: string; reason: string };

export function checkId(type: IdType, raw: string): IdCheck {
  let value = cleanId(raw);
  // Spreadsheets that re-save a file drop leading zeros of all-digit codes (037833100 -> 37833100).
  if (type === 'sedol' && /^[0-9A-Z]{1,6}$/.test(value) && /^\d/.test(value)) value = value.padStart(7, '0');
  if (type === 'cusip' && /^\d{6,8}$/.test(value)) value = value.padStart(9, '0');
  return VALIDATORS[type](value) ? { ok: true, value } : { ok: false, value, reason: `${type.toUpperCase()} ${value} fails its check digit or format` };
}

/** The identifiers a valid ISIN implies: the CUSIP inside US/CA ISINs, the SEDOL inside GB ISINs. */
export function bridgedIds(isin: string): Array<{ type: IdType; value: string }> {
  const out: Array<{ type: IdType; value: string }> = [];
  const country = isin.slice(0, 2);
  if ((country === 'US' || country === 'CA') && isValidCusip(isin.slice(2, 11))) out.push({ type: 'cusip', value: isin.slice(2, 11) });
  if (country === 'GB' && isin.startsWith('GB00') && isValidSedol(isin.slice(4, 11))) out.push({ type: 'sedol', value: isin.slice(4, 11) });
  return out;
}
