/**
 * Money: an amount with the currency it is in. Amounts in different currencies are never added
 * together; a total is a list with one entry per currency. Pure.
 */

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
