/**
 * Excel re-saves turn exchange codes into numbers and drop their leading zeros (`002230` ->
 * `2230`, `000063` -> `63`). Where the row's exchange names a market whose codes have a fixed
 * width, the width is restored so identifier matching sees the code the exchange uses:
 * - Shanghai / Shenzhen (China A-shares): 6 digits.
 * - Korea Exchange / KOSDAQ: 6 digits.
 * Hong Kong codes are left as written: HKEX codes are 1-5 digit numbers that issuers write with
 * or without zeros (pristine iShares files say `700`, HKEX says `00700`), so there is no single
 * written form to restore; the matcher compares Hong Kong codes by numeric value.
 * Nothing is padded from a country alone: "China" also covers Hong Kong and US listings.
 */
const SIX_DIGIT_MARKETS = /shanghai|shenzhen|\bXSHG\b|\bXSHE\b|\bSSE\b|\bSZSE\b|china[ -]?a\b|stock connect|korea exchange|kosdaq|\bKRX\b|\bXKRX\b|\bXKOS\b/i;

export function restoreLeadingZeros(ticker: string, exchange: string | null): string {
  if (exchange && /^\d{1,5}$/.test(ticker) && SIX_DIGIT_MARKETS.test(exchange)) return ticker.padStart(6, '0');
  return ticker;
}
