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
 * A table's own total or subtotal line ("Total", "Grand Total", "Total Net Assets", "Summe"): a
 * sum of the rows above, not a position. Read as one, it doubled the value screened and halved
 * every share of the fund. Only a label with no identifier on its row: "Total SE" with its ISIN is
 * a company.
 */
const TOTAL_LINE = /^(?:grand[ -]?total|sub-?total|totals?|total (?:net assets|investments|portfolio|holdings|market value|fund|securities|equities|assets)|net assets|sum|summe|gesamt(?:summe)?|zwischensumme|total g[ée]n[ée]ral|sous-total|totaal|totale|suma total)\s*:?$/i;

/** Identifier fields a position is known by besides its name. */
const ROW_IDS = ['isin', 'cusip', 'sedol', 'figi', 'lei', 'ticker'] as const;

/** Why a generic table's row is not a position: exclusionReason, or a total line (TOTAL_LINE) with no identifier. */
export function tableRowExclusion(row: { get(field: 'assetClass' | 'issuer' | (typeof ROW_IDS)[number]): string | null }): string | null {
  const issuer = row.get('issuer');
  const byKind = exclusionReason(row.get('assetClass'), issuer);
  if (byKind !== null || issuer === null || !TOTAL_LINE.test(issuer.trim())) return byKind;
  for (const f of ROW_IDS) if (row.get(f)) return null;
  return `total line (name "${issuer}")`;
}
