/**
 * Check digits of security and entity identifiers. Pure; shared by list validation, the importers
 * and the matcher (a value that fails its check digit is not that identifier).
 */

/** Luhn over a digit string (rightmost digit is the check digit). */
function luhnValid(digits: string): boolean {
  return digits.length > 0 && luhnCheckDigit(digits.slice(0, -1)) === digits.charCodeAt(digits.length - 1) - 48;
}

/** A-Z → 10..35, digits as themselves. */
function charValue(c: string): number {
  const code = c.charCodeAt(0);
  return code >= 65 ? code - 55 : code - 48;
}

/** The Luhn check digit of a digit string (the digit that makes it Luhn-valid when appended). */
function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** The ISIN check digit of an 11-character body (ISO 6166: Luhn over the letters expanded to 10..35). */
export function isinCheckDigit(body: string): string {
  let digits = '';
  for (const c of body) digits += String(charValue(c));
  return String(luhnCheckDigit(digits));
}

/** ISIN (ISO 6166): 2-letter country, 9 alphanumerics, Luhn check digit over the letters expanded. */
export function isValidIsin(value: string): boolean {
  if (!/^[A-Z]{2}[A-Z0-9]{9}[0-9]$/.test(value)) return false;
  let digits = '';
  for (const c of value) digits += String(charValue(c));
  return luhnValid(digits);
}

/** The CUSIP check digit of an 8-character body (modulus 10 "double add double"; * @ # are 36-38). */
export function cusipCheckDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body[i]!;
    let v = c === '*' ? 36 : c === '@' ? 37 : c === '#' ? 38 : charValue(c);
    if (i % 2 === 1) v *= 2;
    sum += Math.floor(v / 10) + (v % 10);
  }
  return String((10 - (sum % 10)) % 10);
}

/** CUSIP: 8 characters (digits, letters, * @ #) plus a modulus-10 "double add double" check digit. */
export function isValidCusip(value: string): boolean {
  return /^[0-9A-Z*@#]{8}[0-9]$/.test(value) && cusipCheckDigit(value) === value[8];
}

const SEDOL_WEIGHTS = [1, 3, 1, 7, 3, 9];

/** The SEDOL check digit of a 6-character body (weights 1,3,1,7,3,9). */
export function sedolCheckDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += charValue(body[i]!) * SEDOL_WEIGHTS[i]!;
  return String((10 - (sum % 10)) % 10);
}

/** SEDOL: 6 characters (no vowels) with weights 1,3,1,7,3,9 plus a check digit. */
export function isValidSedol(value: string): boolean {
  return /^[0-9BCDFGHJKLMNPQRSTVWXYZ]{6}[0-9]$/.test(value) && sedolCheckDigit(value) === value[6];
}

/** LEI (ISO 17442): 18 alphanumerics and 2 check digits, ISO 7064 MOD 97-10 (remainder 1). */
export function isValidLei(value: string): boolean {
  if (!/^[0-9A-Z]{18}[0-9]{2}$/.test(value)) return false;
  let rem = 0;
  for (const c of value) {
    const v = charValue(c);
    rem = v > 9 ? (rem * 100 + v) % 97 : (rem * 10 + v) % 97;
  }
  return rem === 1;
}

/**
 * USCC (China's Unified Social Credit Code, GB 32100-2015): 18 characters from a 31-symbol set,
 * the last a weighted mod-31 check character.
 */
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
export function isValidUscc(value: string): boolean {
  if (value.length !== 18) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_CHARS.indexOf(value[i]!);
    if (v < 0) return false;
    sum += v * USCC_WEIGHTS[i]!;
  }
  const check = USCC_CHARS[(31 - (sum % 31)) % 31];
  return check === value[17];
}
