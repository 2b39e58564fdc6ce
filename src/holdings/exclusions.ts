/**
 * Rows that are not an issuer's security: cash, currency, FX, futures, money-market funds,
 * collateral, swaps and forwards. They are excluded (counted, with a reason), never dropped.
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
