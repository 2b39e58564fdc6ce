/**
 * Rows that are not an issuer's security: cash, currency, FX, futures, money-market funds,
 * collateral, swaps and forwards, and a table's total lines. They are excluded (counted, with a reason), never dropped.
 * Bonds are NOT excluded: the issuer of a bond is exposure like any other.
 */

import { CURRENCY_CODES } from '../reference/money.js';

/** Asset-class values (lower case) meaning "not an issuer's security" -> label for the reason. */
const EXCLUDED_ASSET_CLASSES: Record<string, string> = {
  'cash': 'cash',
  'cash and/or derivatives': 'cash or derivative',
  'cash collateral and margins': 'cash collateral and margins',
  'cash equivalents': 'cash',
  'cash equivalent': 'cash',
  'cash and money market': 'cash',
  'cash & money market': 'cash',
  'cash & cash investments': 'cash',
  'cash and cash equivalents': 'cash',
  'cash & cash equivalents': 'cash',
  'money market fund': 'money market',
  'money market funds': 'money market',
  'foreign currency': 'currency',
  'fx spot': 'FX',
  'currency forward': 'FX forward',
  'futures contract': 'futures',
  'index future': 'futures',
  'other assets and liabilities': 'other assets and liabilities',
  'other assets & liabilities': 'other assets and liabilities',
  'receivable': 'receivable or payable',
  'receivables': 'receivable or payable',
  'payable': 'receivable or payable',
  'payables': 'receivable or payable',
  'liquidity': 'cash',
  'cash & equivalents': 'cash',
  'cash and equivalents': 'cash',
  'currency': 'currency',
  'fx': 'FX',
  'fx forward': 'FX forward',
  'forward': 'forward',
  'forwards': 'forward',
  'future': 'futures',
  'futures': 'futures',
  'margin': 'margin',
  'money market': 'money market',
  'swap': 'swap',
  'swaps': 'swap',
};

// "Cash", "Cash & Cash Investments" (Schwab), "Cash and Cash Equivalents"; a currency code beside
// it is taken off first (withoutCurrencyCode): "USD Cash", "CASH - CNY", "Cash (HKD)".
const CASH_NAME = /^cash(?:\s*(?:and|&)\s*(?:cash\s*)?(?:equivalents|investments))?$/i;
/**
 * Cash as the languages fund files are written in name it (Liquidität, Liquidités, Liquidez,
 * Liquidità, 現金・その他, 现金, 원화예금 (won deposits), 설정현금액 (creation cash)).
 */
const CASH_WORD_NAME = new RegExp(
  '^(?:' +
    [
      'liquidit(?:ä|ae)t(?:en)?', 'liquidit[ée]s?', 'liquidez', 'liquidit[àa]', 'liquidity', 'kasse', 'bankguthaben', 'barmittel',
      'esp[èe]ces', 'efectivo', 'tesorer[íi]a', 'contanti', 'disponibilit[ée]s', 'kontanter', 'kassa', 'net cash',
      '[現现]金(?:\\s*[・/及和與与]?\\s*(?:その他|其他|其它|等价物|等價物))?', '其他[资資][产產]', '현금(?:성자산)?', '\\p{Script=Hangul}{0,4}예금', '설정현금액',
    ].join('|') +
    ')$',
  'iu',
);
const CODE_BEFORE = /^([A-Z]{3})(?:\s*[-–:]\s*|\s+)/;
const CODE_AFTER = /(?:\s*[-–:]\s*|\s+|\s*\()([A-Z]{3})\)?$/;
/** The name without a currency code written before or after it ("USD Cash", "CASH - CNY", "Cash (HKD)"). */
function withoutCurrencyCode(name: string): string {
  const before = CODE_BEFORE.exec(name);
  if (before && CURRENCY_CODES.has(before[1])) return name.slice(before[0].length);
  const after = CODE_AFTER.exec(name);
  if (after && CURRENCY_CODES.has(after[1])) return name.slice(0, after.index);
  return name;
}
/**
 * A fund's other assets and liabilities, receivables, payables and unsettled trades ("Other Assets
 * in Excess of Liabilities", "Net Other Assets", "Other Payable & Receivables", "Pending Activity"):
 * no issuer's security.
 */
const OTHER_ASSETS_NAME = new RegExp(
  '^(?:' +
    [
      '(?:net )?(?:other )?(?:current )?(?:assets|receivables?|payables?|liabilities)(?: ?(?:and|&|/|in excess of|less|net of) (?:other )?(?:assets|receivables?|payables?|liabilities))?',
      'pending (?:activity|trades|settlements?)', 'unsettled (?:trades|cash)', 'accrued (?:income|interest|expenses)', 'dividends? receivable',
    ].join('|') +
    ')\\s*[:：]?$',
  'i',
);
/** "us dollar", "hong kong dollar", "indian rupee", "euro": a currency held, by its English name (ICU's, and as files write them). */
const CURRENCY_NAMES: ReadonlySet<string> = (() => {
  const names = new Intl.DisplayNames(['en'], { type: 'currency' });
  const out = new Set<string>();
  for (const code of Intl.supportedValuesOf('currency')) {
    const name = names.of(code);
    if (name && name !== code) out.add(name.toLowerCase());
  }
  // Names files write that ICU spells otherwise.
  for (const n of ['us dollar', 'united states dollar', 'chinese yuan renminbi', 'chinese renminbi', 'renminbi', 'yuan renminbi', 'offshore chinese yuan', 'offshore renminbi', 'yen', 'korean won', 'new taiwan dollar', 'taiwan dollar', 'pound sterling', 'sterling']) out.add(n);
  return out;
})();
/**
 * The currency a name names ("U.S. Dollar", "Euro Currency", or its code in capitals, "EUR"), or
 * null. A bare code only on a row with no identifier: AMD, ALL, SAR, TOP are tickers as well as
 * currencies, and a row that carries its ISIN or ticker is a security.
 */
function currencyName(issuer: string, identified: boolean): string | null {
  if (issuer.length > 40) return null;
  if (issuer.length === 3) return !identified && CURRENCY_CODES.has(issuer) ? issuer : null;
  const n = issuer.toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim().replace(/ (?:currency|cash|spot|balance)$/, '');
  return CURRENCY_NAMES.has(n) ? issuer : null;
}
const FX_PAIR_NAME = /^[A-Z]{3}\/[A-Z]{3}$/;
const MONEY_MARKET_NAME = /\bmoney market\b/i;
const COLLATERAL_NAME = /^cash collateral\b/i;

/** Why this row is not an issuer's security, or null when it is one. `identified`: the row has an identifier besides its name. */
export function exclusionReason(assetClass: string | null, issuer: string | null, identified = false): string | null {
  if (assetClass) {
    const cls = assetClass.toLowerCase();
    // A row the file itself calls an equity is one: no need to second-guess its name (hot path,
    // before the table's keyed lookup of a string made for this row).
    if (cls === 'equity') return null;
    const label = EXCLUDED_ASSET_CLASSES[cls];
    if (label) return `${label} (asset class "${assetClass}")`;
  }
  if (issuer) {
    if (issuer.length <= 60) {
      const core = withoutCurrencyCode(issuer);
      if (CASH_NAME.test(core) || CASH_WORD_NAME.test(core)) return `cash (name "${issuer}")`;
      if (OTHER_ASSETS_NAME.test(issuer)) return `other assets, liabilities or unsettled trades (name "${issuer}")`;
      if (currencyName(issuer, identified) !== null) return `currency (name "${issuer}")`;
    }
    if (FX_PAIR_NAME.test(issuer)) return `FX (name "${issuer}")`;
    if (COLLATERAL_NAME.test(issuer)) return `cash collateral (name "${issuer}")`;
    if (MONEY_MARKET_NAME.test(issuer)) return `money market (name "${issuer}")`;
  }
  return null;
}

/**
 * A table's own total or subtotal line ("Total", "Grand Total", "Total Net Assets", "Summe",
 * "合计", "總計", "合計", "합계"): a sum of the rows above, not a position. Read as one, it doubled
 * the value screened and halved every share of the fund. In English and the languages fund files
 * are written in; Chinese, Japanese and Korean with or without spaces between the characters
 * ("合  计", as reports align them); a trailing colon or bracketed unit ("Total (USD)") allowed.
 */
const TOTAL_LINE = new RegExp(
  '^(?:' +
    [
      'grand[ -]?total', 'sub-?total', 'totals?', 'overall total',
      'total (?:net assets|investments|portfolio|holdings|market value|fund|securities|equities|equity|assets|stocks|bonds|fixed income|value|net asset value|nav|long positions|short positions|positions)',
      'net assets', 'sum', 'summe', 'gesamt(?:summe|betrag)?', 'zwischensumme', 'endsumme', 'insgesamt',
      'total g[ée]n[ée]ral', 'sous-total', 'totaal', 'subtotaal', 'eindtotaal', 'totale(?: complessivo| generale)?', 'subtotale',
      'total geral', 'suma total', 'summa', 'totalt', 'i alt', 'yhteensä', 'razem', 'итого', 'всего',
      // 合计 合計 总计 總計 総計 共计 小计 小計, 总合计, 합계 총계 소계 총합계.
      '[合总總総共小]\\s*[计計]', '[总總総]\\s*合\\s*[计計]', '[합총소]\\s*계', '총\\s*합\\s*계',
    ].join('|') +
    ')\\s*(?:\\([^)]*\\))?\\s*[:：]?$',
  'i',
);

/** Whether a cell's text is a total line's label ("Total", "Grand Total:", "合计"). */
export function isTotalLabel(text: string): boolean {
  return text.length <= 40 && TOTAL_LINE.test(text.trim());
}

/** Identifier fields a position is known by besides its name. */
const ROW_IDS = ['isin', 'cusip', 'sedol', 'figi', 'lei', 'ticker'] as const;

type TotalRow = {
  get(field: 'issuer' | (typeof ROW_IDS)[number]): string | null;
  /** The row's first cell with text that is no number, and its header. */
  firstText(): { text: string; header: string } | null;
};

/**
 * Why a row is a table's own total line, or null. Its label is in the name column, or in
 * whichever column the row's first text is (a "Total" under Ticker or ISIN with the name empty,
 * a "合计" under the security's name with its code empty); the row has no name but that label and
 * no identifier but that label: "Total SE" with its ISIN, or a Total name beside a real ticker, is
 * a company.
 */
export function totalLineReason(row: TotalRow): string | null {
  const issuer = row.get('issuer');
  let label: string;
  let where: string | null = null;
  if (issuer !== null) {
    if (!isTotalLabel(issuer)) return null;
    label = issuer;
  } else {
    const first = row.firstText();
    // (Not "SUM" outside the name column: that is a ticker too, Summit Materials'.)
    if (first === null || !isTotalLabel(first.text) || /^sum\s*:?$/i.test(first.text)) return null;
    label = first.text;
    where = first.header;
  }
  if (hasIdentifier(row, label)) return null;
  return where === null ? `total line (name "${label}")` : `total line ("${label}" under ${where || 'an unnamed column'})`;
}

/**
 * A word that says its line sums others, inside a longer label ("Account Total", "Total Equity
 * Holdings", "Summe Aktien", "Portfolio Sum", "股票合计"): such a label names no company by itself
 * (Total SE is one), so it counts only with the figures (SumCheck).
 */
const TOTAL_WORD = new RegExp(
  '(?:^|[^\\p{L}\\p{N}])(?:' +
    [
      'grand[ -]?total', 'sub-?total', 'totals?', 'sum', 'summe', 'gesamt\\p{L}*', 'insgesamt', 'zwischensumme', 'endsumme',
      'sous-total', 'totaal', 'subtotaal', 'eindtotaal', 'totale', 'subtotale', 'suma', 'summa', 'totalt', 'yhteensä', 'razem', 'итого', 'всего',
    ].join('|') +
    ')(?=$|[^\\p{L}\\p{N}])|[合总總総共小]\\s*[计計]|[합총소]\\s*계',
  'iu',
);

/** The label of a line that may sum others: its name, else its first text (as totalLineReason reads it). */
function sumLabel(row: TotalRow): { label: string; where: string | null } | null {
  const issuer = row.get('issuer');
  if (issuer !== null) return { label: issuer, where: null };
  const first = row.firstText();
  return first === null ? null : { label: first.text, where: first.header };
}

/** Whether the row has an identifier besides its label (then it is a security, whatever its name says). */
function hasIdentifier(row: TotalRow, label: string): boolean {
  for (const f of ROW_IDS) {
    const v = row.get(f);
    if (v !== null && v !== label) return true;
  }
  return false;
}

/**
 * The figures of a table's rows since it started and since its last total line, to tell a total
 * line whose label no list of labels knows ("Account Total", "Total Equity Holdings", "Summe
 * Aktien"): a label with a word that says sum (TOTAL_WORD), no identifier, and a value (or, with
 * no value column, a weight) that is the sum of the rows above: of the whole table, or of the rows
 * since the last total line (a subtotal). Read as a position, such a line doubled the value screened
 * and halved every share of the fund. Cash and other excluded rows count: a total includes them.
 */
export class SumCheck {
  private value = 0;
  private weight = 0;
  private rows = 0;
  private partValue = 0;
  private partWeight = 0;
  private partRows = 0;

  /** A new table (its own header): its rows are summed afresh. */
  restart(): void {
    this.value = this.weight = this.rows = 0;
    this.closePart();
  }

  /** A row that is no total line, with its figures (null: not written). */
  add(value: number | null, weight: number | null): void {
    this.rows++;
    this.partRows++;
    if (value !== null) {
      this.value += value;
      this.partValue += value;
    }
    if (weight !== null) {
      this.weight += weight;
      this.partWeight += weight;
    }
  }

  /** A total line was read: the next subtotal sums the rows after it. */
  closePart(): void {
    this.partValue = this.partWeight = this.partRows = 0;
  }

  /** Why the row is a total line by its figures, or null (it is then added to the sums by the caller). */
  reason(row: TotalRow, value: number | null, weight: number | null): string | null {
    if (this.rows < 2 || (value === null && weight === null)) return null;
    // (The figures first: they rule out nearly every row, the label's words cost a search a row.)
    // (A sum of nothing, zeros, is no evidence: "Total Produce" beside rows of no value is a company.)
    const sums = (v: number, total: number, rows: number, slack: number): boolean => rows >= 2 && Math.abs(total) > slack && Math.abs(v - total) <= slack;
    let of: number | null = null;
    if (value !== null) {
      // Rounding: a total written to whole units under rows written to cents.
      const slack = (total: number) => Math.max(1, Math.abs(total) * 1e-6);
      if (sums(value, this.value, this.rows, slack(this.value))) of = this.rows;
      else if (sums(value, this.partValue, this.partRows, slack(this.partValue))) of = this.partRows;
    } else if (weight !== null) {
      // Weights are rounded each (to 0.01 points): their sum may be off by 0.005 a row, half a point at most.
      const slack = (rows: number) => Math.min(0.5, 0.01 + 0.005 * rows);
      if (sums(weight, this.weight, this.rows, slack(this.rows))) of = this.rows;
      else if (sums(weight, this.partWeight, this.partRows, slack(this.partRows))) of = this.partRows;
    }
    if (of === null) return null;
    const at = sumLabel(row);
    if (at === null || at.label.length > 60 || !TOTAL_WORD.test(at.label) || hasIdentifier(row, at.label)) return null;
    const what = `its ${value !== null ? 'value' : 'weight'} the sum of the ${of} rows above`;
    return at.where === null ? `total line (name "${at.label}": ${what})` : `total line ("${at.label}" under ${at.where || 'an unnamed column'}: ${what})`;
  }
}

/** Whether an exclusion reason says the row is a total line (not counted into the sums: SumCheck). */
export function isTotalLineReason(reason: string): boolean {
  return reason.startsWith('total line');
}

/** Why a table's row is not a position: exclusionReason, or a total line (totalLineReason). */
export function tableRowExclusion(row: TotalRow & { get(field: 'assetClass'): string | null }): string | null {
  const issuer = row.get('issuer');
  const reason = exclusionReason(row.get('assetClass'), issuer, issuer !== null && issuer.length === 3 && hasIdentifier(row, issuer)) ?? totalLineReason(row);
  if (reason !== null || issuer !== null) return reason;
  // No name: a cash line's label in whichever column the row's first text is ("現金・その他" under
  // the code, "Cash & Equivalents" under Symbol), as a total line's is, with no identifier but that
  // label. (Not one word of Latin letters under the ticker: CASH is a ticker too, Pathward's.)
  const first = row.firstText();
  if (first === null || hasIdentifier(row, first.text)) return null;
  if (/^[A-Za-z]{1,6}$/.test(first.text) && first.text === row.get('ticker')) return null;
  const byLabel = exclusionReason(null, first.text);
  return byLabel === null ? null : `${byLabel} under ${first.header || 'an unnamed column'}`;
}
