/**
 * Rows that are not an issuer's security: cash, currency, FX, futures, money-market funds,
 * collateral, swaps and forwards, and a table's total lines. They are excluded (counted, with a reason), never dropped.
 * Bonds are NOT excluded: the issuer of a bond is exposure like any other.
 */

/** Asset-class values (lower case) meaning "not an issuer's security" -> label for the reason. */
const EXCLUDED_ASSET_CLASSES: Record<string, string> = {
  'cash': 'cash',
  'cash and/or derivatives': 'cash or derivative',
  'cash collateral and margins': 'cash collateral and margins',
  'cash equivalents': 'cash',
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

const CASH_NAME = /^(?:[A-Z]{3} )?cash(?: (?:and|&) (?:cash )?equivalents)?$/i;
const FX_PAIR_NAME = /^[A-Z]{3}\/[A-Z]{3}$/;
const MONEY_MARKET_NAME = /\bmoney market\b/i;
const COLLATERAL_NAME = /^cash collateral\b/i;

/** Why this row is not an issuer's security, or null when it is one. */
export function exclusionReason(assetClass: string | null, issuer: string | null): string | null {
  if (assetClass) {
    const cls = assetClass.toLowerCase();
    // A row the file itself calls an equity is one: no need to second-guess its name (hot path,
    // before the table's keyed lookup of a string made for this row).
    if (cls === 'equity') return null;
    const label = EXCLUDED_ASSET_CLASSES[cls];
    if (label) return `${label} (asset class "${assetClass}")`;
  }
  if (issuer) {
    if (CASH_NAME.test(issuer)) return `cash (name "${issuer}")`;
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
  for (const f of ROW_IDS) {
    const v = row.get(f);
    if (v !== null && v !== label) return null;
  }
  return where === null ? `total line (name "${label}")` : `total line ("${label}" under ${where || 'an unnamed column'})`;
}

/** Why a table's row is not a position: exclusionReason, or a total line (totalLineReason). */
export function tableRowExclusion(row: TotalRow & { get(field: 'assetClass'): string | null }): string | null {
  return exclusionReason(row.get('assetClass'), row.get('issuer')) ?? totalLineReason(row);
}
