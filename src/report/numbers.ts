/**
 * Number formatting for human-facing reports, independent of the machine's locale so the same
 * result renders byte-identically everywhere. Machine formats (json, jsonl, csv) keep raw numbers.
 */
import type { Money } from '../screen/summary.js';

function group(intDigits: string): string {
  return intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** 1234567.891 -> "1,234,567.89"; integers given 0 decimals stay bare ("139,200"). */
export function formatNumber(n: number, decimals = 2): string {
  const fixed = Math.abs(n).toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const sign = n < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${group(int)}${frac ? `.${frac}` : ''}`;
}

/** Shares: whole numbers without decimals, fractional holdings with up to 4. */
export function formatShares(n: number): string {
  if (Number.isInteger(n)) return formatNumber(n, 0);
  return formatNumber(n, 4).replace(/0+$/, '').replace(/\.$/, '');
}

/** A percent of fund: "0.03 %"; a tiny positive share shows as "<0.01 %" rather than "0.00 %". */
export function formatPct(pct: number): string {
  if (pct > 0 && pct < 0.005) return '<0.01 %';
  return `${formatNumber(pct, 2)} %`;
}

/** "USD 1,008,626.83", or the bare figure when the file did not state a currency. */
export function formatMoney(m: Money): string {
  return m.currency ? `${m.currency} ${formatNumber(m.amount)}` : formatNumber(m.amount);
}

/** Several currencies are never added together: "USD 1.00 + EUR 2.00". */
export function formatMoneys(ms: readonly Money[]): string {
  if (ms.length === 0) return '-';
  if (ms.length === 1) return formatMoney(ms[0]);
  return ms.map((m) => (m.currency ? formatMoney(m) : `${formatMoney(m)} (currency not stated)`)).join(' + ');
}

/** Short form for chart labels: 4,673,135.77 -> "4.67M". */
export function formatCompact(n: number): string {
  const abs = Math.abs(n);
  const units: [number, string][] = [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'k']];
  for (const [size, suffix] of units) if (abs >= size) return `${formatNumber(n / size, 2)}${suffix}`;
  return formatNumber(n, abs >= 100 || Number.isInteger(n) ? 0 : 2);
}
