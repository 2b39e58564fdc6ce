/**
 * The unit a market-value header states its figures in: "Market Value (USD thousands)", "Value
 * ($000)", "Fair value in millions", "持仓市值(万元)", "評価額(百万円)", "평가금액(백만원)". The figures are
 * then thousands (ten thousands, millions ...) of the currency, not amounts in it: the reader
 * multiplies them by the scale and labels them with the currency the unit names, and says so.
 * Pure: header text in, scale and currency out.
 */
import { CURRENCY_CODES, CURRENCY_SIGNS } from '../reference/money.js';

export interface ValueUnit {
  /** What a figure is multiplied by (1,000 for thousands). */
  scale: number;
  /** The currency the unit names: an ISO code, '$' (the layout says which) or null. */
  currency: string | null;
  /** The unit as the header writes it, for the warning. */
  written: string;
}

/** Chinese, Japanese and Korean units: a multiplier joined to its currency (千元 = thousands of yuan). */
const CJK_UNITS: ReadonlyArray<[RegExp, number, string]> = [
  [/亿元|億元/u, 1e8, 'CNY'], [/百万元|百萬元/u, 1e6, 'CNY'], [/万元|萬元/u, 1e4, 'CNY'], [/千元/u, 1e3, 'CNY'],
  [/万港元|萬港元/u, 1e4, 'HKD'], [/万美元|萬美元/u, 1e4, 'USD'],
  [/百万円|百萬円/u, 1e6, 'JPY'], [/千円/u, 1e3, 'JPY'],
  [/억\s*원/u, 1e8, 'KRW'], [/백만\s*원/u, 1e6, 'KRW'], [/천\s*원/u, 1e3, 'KRW'],
];

/** Latin-script units, each a word or a written-out number of zeros. */
const LATIN_UNITS: ReadonlyArray<[RegExp, number]> = [
  [/\b(?:billions?|bn)\b/i, 1e9],
  [/\b(?:millions?|mn|mm|mio|mln)\b\.?/i, 1e6],
  // thousands, 000s, '000, $000, (000), in 000s, x 1000, k€ is not read (too short to be sure)
  [/\bthousands?\b|\btsd\b\.?|(?:^|[\s(\[$€£¥'])0{3}s?(?=$|[\s)\]])|\bx\s*1[,.]?000\b/i, 1e3],
];

const CODE = /\b([A-Z]{3})\b/g;

/** The unit a value header states, or null when it states none (figures are amounts). */
export function valueUnit(header: string): ValueUnit | null {
  for (const [re, scale, currency] of CJK_UNITS) {
    const m = re.exec(header);
    if (m) return { scale, currency, written: m[0] };
  }
  for (const [re, scale] of LATIN_UNITS) {
    const m = re.exec(header);
    if (!m) continue;
    return { scale, currency: unitCurrency(header), written: m[0].replace(/^[\s([']+/, '').trim() };
  }
  return null;
}

/** A currency the header names beside its unit: an ISO code in capitals, or a sign. */
function unitCurrency(header: string): string | null {
  for (const m of header.matchAll(CODE)) if (CURRENCY_CODES.has(m[1])) return m[1];
  for (const sign of Object.keys(CURRENCY_SIGNS).sort((a, b) => b.length - a.length)) if (header.includes(sign)) return CURRENCY_SIGNS[sign] ?? null;
  return null;
}

/** A figure in the unit, as an amount: multiplied, without a binary fraction's trailing noise. */
export function scaled(figure: number, unit: ValueUnit): number {
  return Number((figure * unit.scale).toPrecision(15));
}
