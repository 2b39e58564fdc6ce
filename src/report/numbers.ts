/**
 * Number formatting for human-facing reports, independent of the machine's locale so the same
 * result renders byte-identically everywhere. Machine formats (json, jsonl, csv) keep raw numbers.
 */
import type { Money } from '../reference/money.js';

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

/**
 * A percent of fund, the one rule of every human format: two decimals from 0.1 % up ("3.20 %"),
 * two significant digits below ("0.022 %", "0.0043 %": a small exposure never reads as "0.00 %"),
 * and "<0.001 %" below that. Zero is "0.00 %". A file's bound is printed as the file gives it.
 */
export function formatPct(pct: number): string {
  const abs = Math.abs(pct);
  if (abs === 0 || abs >= 0.1) return `${formatNumber(pct, 2)} %`;
  if (abs < 0.001) return `${pct < 0 ? '>-' : '<'}0.001 %`;
  const digits = 1 - Math.floor(Math.log10(abs)); // 3 below 0.1, 4 below 0.01
  return `${pct.toFixed(digits).replace(/(\.\d\d\d*?)0+$/, '$1')} %`;
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
