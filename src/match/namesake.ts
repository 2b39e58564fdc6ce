/**
 * Evidence that a name match is a namesake, not the listed company: the holding's legal form or
 * its own ticker says "another company". Kept apart from scoring because it compares the holding
 * with the entity (all its names and listings), not one alias. Pure.
 *
 * CoStar Group Inc. (S&P 500, ticker CSGP) has the same core name as COSTAR GROUP CO., LTD.
 * (Shenzhen 002189, NS-CMIC): "Inc." against "Co., Ltd." and a letter ticker against an entity
 * listed only under numeric codes are two independent contradictions.
 */
import type { ListEntity } from '../lists/schema.js';
import { analyseName, type AnalysedName } from './normalise.js';
import { parseTicker } from '../reference/markets.js';
import { localForm, type LegalFormSpans } from './legal-forms.js';

/**
 * The family of a Chinese, Japanese or Korean company's form: written in its own language, in its
 * script or romanised (股份有限公司, 주식회사 = Jusik Hoesa, Kabushiki Kaisha, Gufen Youxian Gongsi),
 * or an English one (Co., Ltd., Inc.) in a name that names its country (Korea Zinc Company, Ltd. =
 * KOREA ZINC INC): it says which country, not which English form the company chose (TRANSLATED_AS).
 */
const NATIVE_CJK = 'Chinese, Japanese or Korean form';

/** The family of the US forms (Inc., LP, LLP). */
export const US_FAMILY = 'Inc./LP (US)';

/** Words of those forms romanised, as the name is written before translation (AnalysedName.written). */
const NATIVE_FORM_WORDS = /\b(?:kaisha|hoesa|gongsi)\b/;

/** The countries (as name words) whose companies write their English form as they choose. */
const CJK_COUNTRY_WORDS: ReadonlySet<string> = new Set(['china', 'chinese', 'japan', 'japanese', 'korea', 'korean', 'taiwan']);

/**
 * Legal forms that belong to one legal system (or one style of translating Chinese, Japanese and
 * Korean forms: "Co., Ltd."). Forms used everywhere (Ltd, Limited, Corp, Co, S.A., AS) say nothing.
 */
const FAMILY: ReadonlyMap<string, string> = new Map([
  // Not LLC: Russian, Ukrainian and Gulf names translate OOO / TOV / W.L.L. so (Gazprom Export LLC = OOO Gazprom Export).
  ...['inc', 'incorporated', 'incorp', 'lp', 'llp', 'lllp', 'pllc'].map((f) => [f, US_FAMILY] as const),
  ...['ag', 'gmbh', 'kgaa'].map((f) => [f, 'AG/GmbH'] as const),
  ['plc', 'PLC (UK, IE)'],
  ...['nv', 'bv'].map((f) => [f, 'N.V./B.V.'] as const),
  ...['spa', 'srl'].map((f) => [f, 'S.p.A./S.r.l.'] as const),
  ...['sas', 'sarl'].map((f) => [f, 'SAS/SARL'] as const),
  ['kk', 'K.K.'],
  ...['pt', 'tbk'].map((f) => [f, 'PT Tbk'] as const),
  ...['bhd', 'berhad', 'sdn'].map((f) => [f, 'Bhd'] as const),
  ...['jsc', 'pjsc', 'ojsc', 'cjsc', 'oao', 'zao', 'ooo'].map((f) => [f, 'JSC/OOO'] as const),
  ['pte', 'Pte'],
  ['pty', 'Pty'],
  ['有限公司', NATIVE_CJK],
  ['coltd', 'Co., Ltd.'],
]);

/**
 * Families that name one company two ways: a Japanese kabushiki kaisha writes its English name with
 * Co., Ltd., Inc. or Corporation as it chooses (Sumitomo Metal Mining Co., Ltd., Mitsui Chemicals,
 * Inc., Chubu Electric Power Company, Incorporated), so K.K. contradicts neither; so do Chinese
 * and Korean companies their own forms (华能国际电力股份有限公司 = Huaneng Power International, Inc.;
 * 주식회사 셀트리온 = Celltrion, Inc.; Samsung Electronics Co., Ltd.).
 */
const TRANSLATED_AS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['K.K.', new Set(['Co., Ltd.', US_FAMILY, NATIVE_CJK])],
  [NATIVE_CJK, new Set(['Co., Ltd.', US_FAMILY, 'K.K.'])],
]);

/** Two families that contradict each other: different, and neither an English rendering of the other. */
export function familiesConflict(a: string, b: string): boolean {
  return a !== b && !TRANSLATED_AS.get(a)?.has(b) && !TRANSLATED_AS.get(b)?.has(a);
}

/**
 * Countries whose companies write Inc. as their own form or as the English of theirs: the US and
 * the Philippines; Japanese, Korean, Chinese and Taiwanese companies translating their forms
 * (TRANSLATED_AS). A form written only in Canada (Ltée) is one of Inc.'s too.
 */
const INC_COUNTRIES: ReadonlySet<string> = new Set(['US', 'PH', 'JP', 'KR', 'CN', 'TW']);

/**
 * A US form in one name (family `family`) against a local form of the other (`forms`) that no
 * country writing Inc. has: the civil-law forms (S.A., AB, Oyj, S.A.B. de C.V.) are kept when
 * companies write their names in English, so Arkema Inc. is not Arkema S.A. but its US company
 * (measured: every such pair of the general and fresh sets names two companies, none one). The
 * local form with the countries that write it, or undefined. `country`: the Inc. name's row's country, when known.
 */
export function usFormAgainstLocal(family: string | undefined, forms: LegalFormSpans, country?: string): string | undefined {
  if (family !== US_FAMILY) return undefined;
  const local = localForm(forms);
  if (local === undefined || local.countries.some((c) => INC_COUNTRIES.has(c)) || local.countries.every((c) => c === 'CA')) return undefined;
  // The row of the Inc. name says it is a company of a country that writes the local form: the
  // Inc. is the vendor's (an iShares file writes VINA CONCHA Y TORO INC, Chile, for Viña Concha y Toro S.A.).
  if (country !== undefined && local.countries.includes(country)) return undefined;
  return `${local.text} (${local.countries.join(' ')})`;
}

/** The family of the legal forms a name ends in, or undefined when they name none. */
export function legalFamily(name: Pick<AnalysedName, 'legalForms' | 'written' | 'tokens'>): string | undefined {
  const forms = name.legalForms;
  if (forms.length > 0 && name.written !== undefined && NATIVE_FORM_WORDS.test(name.written)) return NATIVE_CJK;
  const family = englishFamily(forms);
  if ((family === 'Co., Ltd.' || family === US_FAMILY) && name.tokens.some((t) => CJK_COUNTRY_WORDS.has(t.text))) return NATIVE_CJK;
  return family;
}

function englishFamily(forms: readonly string[]): string | undefined {
  for (const f of forms) {
    const family = FAMILY.get(f);
    if (family) return family;
  }
  // Co. and Ltd. as Chinese, Japanese and Korean names translate theirs; not inside a Limited
  // Liability Company (the English of OOO, TOV, W.L.L.: LLC says nothing, as FAMILY notes) nor a
  // public company: a Public Limited Company is a plc written out, a Public Company Limited Thai.
  const company = forms.includes('co') || forms.includes('company');
  if (!company || forms.includes('liability')) return undefined;
  if (forms.includes('public')) return forms.join(' ').includes('public limited company') ? FAMILY.get('plc') : undefined;
  return forms.includes('ltd') || forms.includes('limited') ? 'Co., Ltd.' : undefined;
}

/**
 * The one family all of an entity's names that have one agree on (undefined when none or mixed). A
 * name in the company's own language (合盛硅业股份有限公司) says which country, not which English
 * form: it counts only when no English name gives one.
 */
export function entityLegalFamily(e: ListEntity): string | undefined {
  const seen = new Set<string>();
  let native = false;
  for (const name of [e.name, ...e.aliases]) {
    const f = legalFamily(analyseName(name, { cutWidths: [] }));
    if (f === NATIVE_CJK) native = true;
    else if (f) seen.add(f);
  }
  if (seen.size === 0) return native ? NATIVE_CJK : undefined;
  return seen.size === 1 ? [...seen][0] : undefined;
}

/** Depositary receipts trade under their own tickers and identifiers, in another market. */
const RECEIPT = /\b(?:adrs?|adss?|gdrs?|edrs?|depositary|depository)\b/i;

export function isDepositaryReceipt(...texts: Array<string | null | undefined>): boolean {
  return texts.some((t) => typeof t === 'string' && RECEIPT.test(t));
}

const shape = (symbol: string): 'code' | 'letters' => (/^\d+$/.test(symbol) ? 'code' : 'letters');

/**
 * The holding's ticker cannot be one of the entity's listings: every listed ticker of the entity
 * is a numeric code (Shanghai, Shenzhen, Hong Kong, Tokyo...) and the holding's has letters, or
 * the reverse. False when the entity lists no ticker.
 */
export function tickerShapeDiffers(ticker: string, e: ListEntity): boolean {
  const listed = e.identifiers.filter((i) => i.type === 'ticker').map((i) => shape(parseTicker(i.value).symbol));
  if (listed.length === 0) return false;
  const own = shape(parseTicker(ticker).symbol);
  return listed.every((s) => s !== own);
}
