/** The one sort order for text in reports and results: by code point, so every machine agrees. */

/** Code-point order: deterministic on every machine, unlike localeCompare with ICU variations. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Case-insensitive name order ("iFlytek" between "Hoshine" and "Xinjiang"), ties by code point. */
export function compareName(a: string, b: string): number {
  return compareText(a.toLowerCase(), b.toLowerCase()) || compareText(a, b);
}
