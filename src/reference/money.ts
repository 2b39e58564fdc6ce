/**
 * Money: an amount with the currency it is in. Amounts in different currencies are never added
 * together; a total is a list with one entry per currency. Pure.
 */

// ISO 4217 codes as the runtime knows them (Intl, no data file to keep current).
export const CURRENCY_CODES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));
// Currency signs headers and amounts carry. "$" and "¥" name several currencies: the layout decides
// "$" (layout.dollar) and "¥" (yen or yuan) is never guessed.
export const CURRENCY_SIGNS: Readonly<Record<string, string | null>> = {
  'US$': 'USD', '$US': 'USD', 'HK$': 'HKD', 'A$': 'AUD', 'AU$': 'AUD', 'C$': 'CAD', 'CA$': 'CAD', 'NZ$': 'NZD', 'S$': 'SGD',
  'R$': 'BRL', '€': 'EUR', '£': 'GBP', '₹': 'INR', '₩': 'KRW', '₽': 'RUB', 'CHF': 'CHF', '$': '$', '¥': null, '￥': null,
};
const SIGNS = Object.keys(CURRENCY_SIGNS).sort((a, b) => b.length - a.length).map((s) => s.replace(/\$/g, '\\$')).join('|');
/** An amount with its currency written before or after it: "USD 1,234.50", "9,000.00 USD", "12 345,67 €", "-$5". */
const AMOUNT_WITH_CURRENCY = new RegExp(`^([-(]?)\\s*(?:(${SIGNS}|[A-Z]{3})\\s*)?([-+]?[\\d.,'\\s\u00a0\u202f]*\\d[\\d.,'\\s\u00a0\u202f%-]*?)\\s*(${SIGNS}|[A-Z]{3})?\\s*([)]?)$`);

/**
 * The cell starts and ends with its figure's digits, signs, brackets and percent aside ("-1,234.50",
 * "(12 345,67)", "0,12 %", "<0.01"): no currency can stand beside it.
 */
function figureOnly(cell: string): boolean {
  let i = 0;
  let j = cell.length - 1;
  while (i <= j && '-+(<> '.includes(cell[i])) i++;
  while (j >= i && ') %'.includes(cell[j])) j--;
  if (i > j) return false;
  const a = cell.charCodeAt(i);
  const b = cell.charCodeAt(j);
  return ((a >= 48 && a <= 57) || a === 0x2e) && b >= 48 && b <= 57;
}

/** An amount cell read as its figure and the currency beside it (undefined: none, or no currency). */
function splitAmount(cell: string): { figure: string; currency: string | null | undefined } {
  // (A currency stands at one end: a cell with a figure's characters at both is read without the
  // expression, as nearly every cell is: a decimal-comma file reads every number cell this way.)
  if (figureOnly(cell)) return { figure: cell, currency: undefined };
  const m = AMOUNT_WITH_CURRENCY.exec(cell.trim());
  if (m === null) return { figure: cell, currency: undefined };
  const token = m[2] ?? m[4];
  // (Written both sides, the two must agree: "5 USD EUR" is no amount of either.)
  if (token === undefined || (m[2] !== undefined && m[4] !== undefined && m[2] !== m[4])) return { figure: cell, currency: undefined };
  const currency = token in CURRENCY_SIGNS ? CURRENCY_SIGNS[token] : CURRENCY_CODES.has(token) ? token : undefined;
  return currency === undefined ? { figure: cell, currency } : { figure: m[1] + m[3] + m[5], currency };
}

/**
 * The currency an amount cell writes beside its figure ("9,000.00 USD", "EUR 12.345,67",
 * "12 345,67 €"): an ISO 4217 code, '$' for a bare dollar sign, null for a sign of several
 * currencies (¥); undefined when it writes none (or a code that is no currency).
 */
export function amountCurrency(cell: string): string | null | undefined {
  return splitAmount(cell).currency;
}

/** Names of currencies that are no ISO 4217 code, for the code of the same currency (renminbi: the yuan). */
const CURRENCY_NAMES: Readonly<Record<string, string>> = { RMB: 'CNY' };

/**
 * A currency column's cell as an ISO 4217 code ("usd" is USD, "€" EUR, "RMB" CNY), or null for
 * text that names no one currency ("GBp", pence, is not GBP; "$" is several).
 */
export function currencyCode(cell: string): string | null {
  const t = cell.trim();
  const upper = t.toUpperCase();
  if (CURRENCY_CODES.has(upper) && (t === upper || t === t.toLowerCase())) return upper;
  if (upper in CURRENCY_NAMES) return CURRENCY_NAMES[upper]!;
  const sign = CURRENCY_SIGNS[t];
  return sign !== undefined && sign !== '$' ? sign : null;
}

/** The figure of an amount cell without the currency it writes beside it (amountCurrency), or the cell as it is. */
export function withoutAmountCurrency(cell: string): string {
  return splitAmount(cell).figure;
}

export interface Money {
  amount: number;
  /** ISO 4217 code as the file states the currency of this amount; null when the file does not say. */
  currency: string | null;
}

/** Adds an amount to a per-currency list (kept sorted by currency; unstated currency last). */
export function addMoney(list: readonly Money[], m: Money): Money[] {
  const i = list.findIndex((x) => x.currency === m.currency);
  const next = i >= 0 ? list.map((x, j) => (j === i ? { amount: x.amount + m.amount, currency: m.currency } : x)) : [...list, { ...m }];
  return next.sort((a, b) => (a.currency ?? '\uffff').localeCompare(b.currency ?? '\uffff'));
}

/** The per-currency totals of some amounts (nulls, unknown amounts, are left out). */
export function sumMoney(values: Iterable<Money | null>): Money[] {
  let out: Money[] = [];
  for (const v of values) if (v !== null) out = addMoney(out, v);
  return out;
}

/** The single amount of a per-currency total, or null when it holds several currencies. Nothing is 0. */
export function singleAmount(ms: readonly Money[]): number | null {
  return ms.length === 0 ? 0 : ms.length === 1 ? ms[0].amount : null;
}
