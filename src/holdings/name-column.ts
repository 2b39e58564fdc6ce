/**
 * The issuer column found by what its cells hold, when no header names it ("Instrument",
 * "Investment", "Libellé", "Securities", "Position": words that name other columns in other files,
 * so no synonym may take them). Without it the rows were screened by their codes alone, and a
 * listed company whose code the list does not carry was lost with exit 0.
 */
import { mayHoldNames } from './columns.js';
import { mayBeAName } from './salvage.js';
import { textOrNull } from './values.js';

/** A code, not a name: one token of capitals and digits (AAPL, 603260, BYVLSN8, 700 HK). */
const CODE = /^[A-Z0-9][A-Z0-9./:-]{0,11}(?: [A-Z0-9]{1,3})?$/;
/** A date, not a name (2026-12-04, 04.12.2026, 4 Dec 2026). */
const DATE = /^\d{1,4}[-./ ](?:\d{1,2}|\p{L}{3,9})[-./ ]\d{1,4}$/u;
/** A legal form or group word at a word's end: what company names have and other text columns do not. */
const COMPANY_WORD = /(?:^|[\s.,(-])(?:inc|corp|corporation|co|company|ltd|limited|plc|llc|lp|ag|sa|nv|se|spa|gmbh|ab|asa|oyj|bhd|tbk|pcl|kk|bv|holdings?|group)\.?(?:$|[\s,)-])|有限公司|股份|株式会社/iu;

/** A share of the sample's cells a column's must read as names, and distinct, to be taken. */
const NAME_SHARE = 0.6;

/** Whether one cell reads as a company's name: letters, not a number, date, code, sector, country or market. */
function readsAsName(text: string): boolean {
  return !CODE.test(text) && !DATE.test(text) && mayBeAName(text);
}

/**
 * The column (index) of `rows` whose cells read as company names, among those no field took and
 * whose header names no other column (mayHoldNames):
 * most of its filled cells read as names (readsAsName) and differ (a sector column repeats), the
 * column with most legal forms first, then the most names, then the leftmost. Null when none.
 */
export function nameColumnByContents(header: readonly string[], rows: readonly string[][], taken: ReadonlySet<number>): number | null {
  let best: number | null = null;
  let bestScore = 0;
  for (let c = 0; c < header.length; c++) {
    if (taken.has(c) || !mayHoldNames(header[c])) continue;
    let filled = 0;
    let names = 0;
    let companies = 0;
    const distinct = new Set<string>();
    for (const row of rows) {
      const v = textOrNull(row[c]);
      if (v === null) continue;
      filled++;
      distinct.add(v.toLowerCase());
      if (!readsAsName(v)) continue;
      names++;
      if (COMPANY_WORD.test(v)) companies++;
    }
    if (filled < 2 || filled * 2 < rows.length || names < filled * NAME_SHARE || distinct.size < filled * NAME_SHARE) continue;
    const score = companies * 2 + names;
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}
