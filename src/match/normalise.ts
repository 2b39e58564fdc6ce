/**
 * Company names to comparable tokens. One function serves both sides (list aliases at compile
 * time, fund-file issuers at match time) so they can never drift apart. Pure; never throws.
 *
 * Steps: a bond's coupon and maturity cut off; HTML character references decoded; NFKC, strip
 * diacritics, lower case, '&'/'+' -> "and", delete . ' ’, split on everything else; Han runs are
 * their own tokens with Chinese legal suffixes cut at the end (no word boundary); canonical
 * spellings (TECHNLGY -> technology); legal forms (kept aside for the namesake check), security
 * words (ADR, SPONSORED, REPRESENTING, REG S, par values, a market code in parentheses),
 * share-class markers (trailing A / H, CLASS B) and stop words removed; a name cut at a fixed width
 * (iShares: 34 characters) or a vendor short name (...TEC-A) marks its last word as a possible prefix.
 */
import {
  CANONICAL, CANONICAL_PHRASES, TRANSLATIONS, CJK_LEGAL_SUFFIXES, CLASS_MARKERS, GENERIC_WORDS, LEGAL_FORMS, PLACES, SECURITY_PHRASES,
  SECURITY_WORDS, STOP_WORDS, type Phrase,
} from './vocabulary.js';
import { micCountry } from '../reference/markets.js';
import { legalFormSpans, type LegalFormSpans } from './legal-forms.js';
import anyAscii from 'any-ascii';

export type TokenKind = 'distinctive' | 'generic' | 'place' | 'number';

export interface NameToken {
  text: string;
  kind: TokenKind;
  /** Inside parentheses: a qualifier ("Hoshine Silicon Industry (Shanshan)"). */
  paren: boolean;
  /** Part of the leading run of place words ("Zhejiang Dahua", "Xinjiang Daqo"). */
  lead: boolean;
  /** Han characters: compared only for equality (edit distance means nothing between them). */
  han: boolean;
  /** The word as written when a spelling was canonicalised (INDUSTRIES -> industry), else ''. */
  spelled: string;
}

export type NormalisationStep =
  | 'legal form removed'
  | 'share class stripped'
  | 'security words removed'
  | 'coupon and maturity removed'
  | 'spelling canonicalised'
  | 'words translated'
  | 'truncated name';

export interface AnalysedName {
  /** Every word after normalisation, legal forms included (for display). */
  norm: string;
  /** Core tokens: what is compared. */
  tokens: NameToken[];
  /** Core tokens joined by one space. */
  core: string;
  /** Core without spaces (HIK VISION = HIKVISION). */
  compact: string;
  steps: NormalisationStep[];
  /** The name may be cut at a fixed width: its last word may be a prefix, words may be missing. */
  truncated: boolean;
  /**
   * The last core word may be cut short: a fixed-width cut, or a vendor short name of two or more
   * words ("HANGZHOU HIKVISION DIGITAL TEC-A"), whose cut falls anywhere, so only that word's end
   * is forgiven, not missing words.
   */
  cutEnd: boolean;
  /** The legal-form words removed, in order ("co", "ltd"); a Chinese "...有限公司" ending as "有限公司". */
  legalForms: string[];
}

export interface AnalyseOptions {
  /** Widths at which some fund files cut names (iShares: 34). */
  cutWidths?: readonly number[];
}

export const DEFAULT_CUT_WIDTHS: readonly number[] = [34];

const HAN_RUN = /(\p{Script=Han}+)/gu;
const PLAIN_ASCII = /^[\x20-\x7e]*$/;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const WHOLE_ENDINGS = new Set(['limited', 'incorporated', 'corporation', 'company']);
/** Tested on the last five characters only: an end-anchored pattern is tried at every position. */
const SHORT_NAME_CLASS = /^[A-Za-z]{3}-[A-Z]$/;
/** A share's par value, currency and amount run together once dots are deleted: CNY1, HKD010, USD00001. */
const PAR_VALUE = /^(?:cny|rmb|hkd|usd|eur|gbp|jpy|twd|krw|sgd|chf|cad|aud|inr)\d+$/;
/** Inside parentheses: a listing's code, alone or with its market ("002230.SZ" reads 002230sz). */
const PAREN_CODE = /^\d{4,6}(?:sh|sz|ss|hk|ch|c1|c2)?$/;
const MARKET_SUFFIXES = new Set(['sh', 'sz', 'ss', 'hk', 'ch', 'c1', 'c2']);
const CURRENCIES = new Set(['cny', 'rmb', 'cnh', 'hkd', 'usd', 'eur', 'gbp', 'jpy', 'twd', 'krw', 'sgd', 'chf', 'cad', 'aud', 'inr']);
/** Stock Connect's northbound segments, not in the exchange table (their trades are Shanghai's and Shenzhen's). */
const CONNECT_MICS = new Set(['xssc', 'xsec']);

/**
 * A word in parentheses that tags the listing, not the company: a market code (XSHE), a ticker
 * with or without its market (002230.SZ, 603260 CH), a currency (CNY). A market suffix counts only
 * right after a ticker code: "(US)" alone names a place, and "HIKVISION (US)" is another company.
 */
function isListingTag(text: string, before: Word | undefined): boolean {
  if (PAREN_CODE.test(text) || CURRENCIES.has(text) || CONNECT_MICS.has(text)) return true;
  if (MARKET_SUFFIXES.has(text)) return before !== undefined && before.paren && before.drop && /^\d+$/.test(before.text);
  return text.length === 4 && micCountry(text.toUpperCase()) !== undefined;
}

/** HTML character references a scraped name may still carry ("SCIENCE&amp;TECHNOLOGY"). */
const HTML_REFS: ReadonlyArray<[RegExp, string]> = [[/&amp;|&#0*38;/g, '&'], [/&#0*39;|&apos;/g, "'"], [/&quot;|&#0*34;/g, '"']];
/**
 * Where a bond description's coupon or maturity starts: "ZIJIN MINING GROUP CO LTD 1.5% 06/27",
 * "DAQO NEW ENERGY CORP 2.5% 2026", Bloomberg's "ZIJIN 1 1/2 06/27/27 CONV" and "X 0 06/27/28":
 * a percentage or a d/d(/d) date (with the whole number before a fraction), after a space.
 */
const DEBT_TAIL = /\s(?:\d+\s+)?(?:\d+(?:[.,]\d+)?\s?%|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)(?=[\s,;)]|$)/u;
const IS_HAN = /\p{Script=Han}/u;
const CLASS_INTRO = new Set(['class', 'cl', 'series', 'ser']);
const SERIES_WORDS = new Set(['series', 'ser']);
/** A year a securitisation series letter follows (2023-A). */
const SERIES_YEAR = /^(?:19|20)\d\d$/;
/** Roman numerals of two letters or more, up to 39 ("xi" is left alone: a pinyin syllable). */
const ROMAN = /^x{0,3}(?:ix|iv|v?i{0,3})$/;
const ROMAN_DIGITS: Record<string, number> = { i: 1, v: 5, x: 10 };

/** Numerals read only after a fund family's word: V and X are letters elsewhere, XI a pinyin syllable. */
export const SINGLE_ROMAN: ReadonlyMap<string, number> = new Map([['v', 5], ['x', 10], ['xi', 11]]);
/** Words a fund's vintage numeral follows. */
const FUND_FAMILY = new Set(['fund', 'funds', 'partners', 'investors', 'capital', 'ventures', 'opportunities', 'equity', 'gpe', 'trust', 'holdings']);

/** words[i] is the last word not already dropped (legal forms are marked before the loop). */
function lastNameWord(words: readonly Word[], i: number): boolean {
  for (let k = i + 1; k < words.length; k++) if (!words[k].drop) return false;
  return true;
}

const UNIT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const UNITS = new Map(UNIT_WORDS.map((w, k) => [w, k + 1]));
const TEEN_WORDS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TEN_WORDS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const TENS = new Set(TEN_WORDS);
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const ORDINAL_SUFFIX = (n: number): string => (n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th');
/** English number words -> their digits as fund files write them (ordinals as 1st, 2nd ...). */
const NUMBER_WORDS = new Map<string, string>([
  ...UNIT_WORDS.map((w, k): [string, string] => [w, String(k + 1)]),
  ...TEEN_WORDS.map((w, k): [string, string] => [w, String(k + 10)]),
  ...TEN_WORDS.map((w, k): [string, string] => [w, String((k + 2) * 10)]),
  ...ORDINAL_WORDS.map((w, k): [string, string] => [w, `${k + 1}${ORDINAL_SUFFIX(k + 1)}`]),
]);

function romanValue(text: string): number | undefined {
  if (text.length < 2 || text === 'xi' || !ROMAN.test(text)) return undefined;
  let total = 0;
  for (let k = 0; k < text.length; k++) {
    const v = ROMAN_DIGITS[text[k]];
    const next = k + 1 < text.length ? ROMAN_DIGITS[text[k + 1]] : 0;
    total += v < next ? -v : v;
  }
  return total;
}
/** A Map, not the object: a word such as "constructor" must not find Object.prototype's. */
const CANONICAL_WORDS = new Map(Object.entries(CANONICAL));

/** Words a truncated last token (3+ letters) could be the start of -> the one word it completes to; null when several. */
const COMPLETION = new Map<string, string | null>();
for (const [word, canonical] of [
  ...[...GENERIC_WORDS, ...PLACES].map((w): [string, string] => [w, w]),
  ...Object.entries(CANONICAL),
]) {
  for (let k = 3; k < word.length; k++) {
    const prefix = word.slice(0, k);
    const seen = COMPLETION.get(prefix);
    COMPLETION.set(prefix, seen === undefined || seen === canonical ? canonical : null);
  }
}
/** Starts of legal forms and security words: what the last word of a cut name may be left of one. */
const LEGAL_AND_SECURITY_STARTS = new Set(
  [...LEGAL_FORMS, ...SECURITY_WORDS, ...WHOLE_ENDINGS].flatMap((f) => Array.from({ length: f.length - 1 }, (_, k) => f.slice(0, k + 1))),
);

function stripCjkLegal(token: string): string {
  let t = token;
  for (let changed = true; changed; ) {
    changed = false;
    for (const suffix of CJK_LEGAL_SUFFIXES) {
      if (t.length > suffix.length && t.endsWith(suffix)) {
        t = t.slice(0, -suffix.length);
        changed = true;
        break;
      }
    }
  }
  return t;
}

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function allDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return text.length > 0;
}

function kindOf(text: string): TokenKind {
  if (hasDigit(text)) return 'number';
  if (PLACES.has(text)) return 'place';
  if (GENERIC_WORDS.has(text)) return 'generic';
  return 'distinctive';
}

/**
 * The name in lower case, ready to cut into words. ASCII names (nearly every fund-file issuer) go
 * as they are; anything else gets NFKC, loses its diacritics, and has its Han runs spaced apart.
 */
function prepare(trimmed: string): { text: string; ascii: boolean } {
  let lower = trimmed.toLowerCase();
  if (lower.includes('&')) for (const [ref, char] of HTML_REFS) lower = lower.replace(ref, char);
  if (PLAIN_ASCII.test(lower)) return { text: lower, ascii: true };
  const text = transliterate(lower.normalize('NFKC')).toLowerCase().replace(HAN_RUN, ' $1 ');
  return { text, ascii: false };
}

/** Letters (with their marks) outside ASCII and outside Han: what transliterate() rewrites. */
const FOREIGN_LETTERS = /(?:(?![\p{Script=Han}])[\p{L}\p{M}])*[^\x00-\x7f\p{Script=Han}\P{L}](?:(?![\p{Script=Han}])[\p{L}\p{M}])*/gu;

/**
 * Every letter of any script but Han in Latin letters (any-ascii: ПАО Газпром -> PAO Gazprom,
 * Ελληνικά -> Ellinika, Ørsted -> Orsted, ß -> ss, é -> e), so names written in Cyrillic, Greek,
 * Arabic, Hebrew, Hangul, kana or accented Latin compare with their romanised spellings; the
 * legal-form table goes through the same step (build-legal-forms.ts tokenises with nameWords), so
 * ПАО and Акционерное общество read as forms too. Han stays Han: its words are compared whole,
 * and a character's pinyin is ambiguous (银行 is yinhang, not yinxing). Only letters are rewritten:
 * signs keep separating words as before (any-ascii writes © as "(C)").
 */
export function transliterate(text: string): string {
  return text.replace(FOREIGN_LETTERS, (run) => anyAscii(run));
}

/** Deleted inside words: . ' ’ ‘ ` ´ */
const DELETED = new Set([0x2e, 0x27, 0x2019, 0x2018, 0x60, 0xb4]);
/** & + ＆: the word "and". */
const AND_SIGNS = new Set([0x26, 0x2b, 0xff06]);
/** Pieces of a name between words: a parenthesis, or the gap a removed phrase leaves. */
const OPEN = '(';
const CLOSE = ')';
const GAP = '';

/**
 * One pass over the prepared name: letters and digits make words; '.', apostrophes and backticks
 * are deleted (CO.,LTD -> co ltd, INT'L -> intl); '&' and '+' are the word "and"; parentheses
 * are kept as items; everything else separates.
 */
function scan(s: string): string[] {
  const items: string[] = [];
  let word = ''; // the word so far, when a deleted character split it
  let start = -1; // start of the current run of word characters
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    let width = 1;
    let wordChar: boolean;
    if (c < 128) wordChar = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    else {
      const cp = s.codePointAt(i) ?? c;
      width = cp > 0xffff ? 2 : 1;
      wordChar = WORD_CHAR.test(String.fromCodePoint(cp));
    }
    if (wordChar) {
      if (start < 0) start = i;
    } else {
      if (start >= 0) word += s.slice(start, i);
      start = -1;
      if (!DELETED.has(c)) {
        if (word) items.push(word);
        word = '';
        if (c === 0x28) items.push(OPEN);
        else if (c === 0x29) items.push(CLOSE);
        else if (AND_SIGNS.has(c)) items.push('and');
      }
    }
    i += width;
  }
  if (start >= 0) word += s.slice(start);
  if (word) items.push(word);
  return items;
}

interface PhraseRule {
  phrase: Phrase;
  replacement: readonly string[];
}

function byFirstWord(rules: readonly PhraseRule[]): Map<string, PhraseRule[]> {
  const out = new Map<string, PhraseRule[]>();
  for (const r of rules) for (const w of r.phrase[0]) out.set(w, [...(out.get(w) ?? []), r]);
  return out;
}

// A removed security phrase leaves a gap: the words either side of it are not one phrase.
const SECURITY_RULES = byFirstWord(SECURITY_PHRASES.map((phrase) => ({ phrase, replacement: [GAP] })));
const CANONICAL_RULES = byFirstWord(CANONICAL_PHRASES);
// Longer phrases first: of two that start alike, the first that matches is taken.
const TRANSLATION_RULES = byFirstWord(Object.entries(TRANSLATIONS)
  .sort((a, b) => b[0].split(' ').length - a[0].split(' ').length)
  .map(([words, english]) => ({ phrase: words.split(' ').map((w) => [w]), replacement: english.split(' ') })));

/** Each phrase (consecutive words, leftmost first, never overlapping) replaced; null when none is there. */
function replacePhrases(items: string[], rules: Map<string, PhraseRule[]>): string[] | null {
  let out: string[] | null = null;
  for (let i = 0; i < items.length; i++) {
    const found = rules.get(items[i])?.find((r) => r.phrase.every((words, k) => words.includes(items[i + k])));
    if (found) {
      out ??= items.slice(0, i);
      out.push(...found.replacement);
      i += found.phrase.length - 1;
    } else out?.push(items[i]);
  }
  return out;
}

/** The texts joined (a plain loop: no array built, unlike map + join). */
function joinTexts(parts: ReadonlyArray<{ text: string }>, separator: string): string {
  let out = parts.length > 0 ? parts[0].text : '';
  for (let i = 1; i < parts.length; i++) out += separator + parts[i].text;
  return out;
}

/** Adds a step once, keeping the order steps were first taken (explanations list them so). */
function addStep(steps: NormalisationStep[], step: NormalisationStep): void {
  if (!steps.includes(step)) steps.push(step);
}

function isHanWord(text: string, ascii: boolean): boolean {
  return !ascii && IS_HAN.test(text);
}

interface Word {
  text: string;
  paren: boolean;
  drop: boolean;
  spelled: string;
}

/**
 * Initials spaced out at the start of a name are one word, as written with dots: "A P Moller
 * Maersk" = A.P. Møller - Mærsk ("ap moller maersk"), "J P MORGAN" = J.P. Morgan. Only a run of two
 * or more single letters before another word, and not when the letters joined are a legal form
 * written first ("A O Smith" is a person's initials, not the Russian AO).
 */
function joinLeadingInitials(words: Word[]): void {
  let k = 0;
  while (k < words.length && isLetter(words[k].text)) k++;
  if (k < 2 || k === words.length) return;
  let joined = '';
  for (let i = 0; i < k; i++) joined += words[i].text;
  if (LEGAL_FORMS.has(joined) || legalFormSpans([joined, words[k].text]).prefix) return;
  words[0].text = joined;
  words.splice(1, k - 1);
}

function isLetter(w: string): boolean {
  return w.length === 1 && w >= 'a' && w <= 'z';
}

/** The words between the parentheses, each marked when it stands inside them. */
function wordsOf(items: readonly string[]): Word[] {
  const words: Word[] = [];
  let depth = 0;
  for (const t of items) {
    if (t === OPEN) depth++;
    else if (t === CLOSE) depth = Math.max(0, depth - 1);
    else if (t !== GAP) words.push({ text: t, paren: depth > 0, drop: false, spelled: '' });
  }
  return words;
}

/**
 * The words of a name exactly as analyseName cuts them, before any table is applied (no phrase,
 * spelling, legal-form or stop-word step): for tables that must be tokenised the way names are
 * (scripts/build-legal-forms.ts).
 */
export function nameWords(raw: string): string[] {
  return wordsOf(scan(prepare(raw.trim()).text)).map((w) => w.text);
}

/**
 * A name's legal forms, read past the share-class and security words a fund file appends ("... LTD
 * A", "... AG ADR"), unless the words at the end are themselves a form written in letters that
 * look like share classes ("Novo Nordisk A/S": a s).
 */
export function formSpansOf(words: readonly string[]): LegalFormSpans {
  const whole = legalFormSpans(words);
  let end = words.length;
  while (end > 1 && (CLASS_MARKERS.has(words[end - 1]) || SECURITY_WORDS.has(words[end - 1]))) end--;
  if (end === words.length || (whole.suffixes.length > 0 && whole.suffixes[0].end === words.length)) return whole;
  return legalFormSpans(end === words.length ? words : words.slice(0, end));
}

/**
 * Marks the words of legal forms (every jurisdiction: src/match/legal-forms.ts) written before the
 * name (OOO, JSC, PT) or after it (AG, Aktiengesellschaft, Public Limited Company, S.A. de C.V.),
 * read past the share-class and security words a fund file appends. Han forms are cut later.
 */
function markLegalForms(words: Word[]): void {
  const all: string[] = [];
  for (const w of words) all.push(w.text);
  const spans = formSpansOf(all);
  // Forms the table can only class as `other` ("business", "trust") are often name words: they
  // are not removed, and nothing left of them is read as a stacked form.
  const usable = (sp: { generic: string; chars?: unknown }) => sp.generic !== 'other' && !sp.chars;
  if (spans.prefix && usable(spans.prefix)) for (let k = spans.prefix.start; k < spans.prefix.end; k++) words[k].drop = true;
  for (const sp of spans.suffixes) {
    if (!usable(sp)) break;
    for (let k = sp.start; k < sp.end; k++) words[k].drop = true;
  }
}

export function analyseName(raw: string, opts: AnalyseOptions = {}): AnalysedName {
  const steps: NormalisationStep[] = [];
  // A bond's description is the issuer, then its coupon and maturity: only the issuer is compared.
  const debt = raw.includes('%') || raw.includes('/') ? DEBT_TAIL.exec(raw) : null;
  const debtCut = debt !== null && /\p{L}/u.test(raw.slice(0, debt.index));
  if (debtCut) addStep(steps, 'coupon and maturity removed');
  const trimmed = (debtCut ? raw.slice(0, debt.index) : raw).trim();
  const cutWidths = debtCut ? [] : opts.cutWidths ?? DEFAULT_CUT_WIDTHS;

  const { text, ascii } = prepare(trimmed);
  let items = scan(text);
  const unphrased = replacePhrases(items, SECURITY_RULES);
  if (unphrased) {
    addStep(steps, 'security words removed');
    items = unphrased;
  }
  items = replacePhrases(items, CANONICAL_RULES) ?? items;
  const translated = replacePhrases(items, TRANSLATION_RULES);
  if (translated) {
    addStep(steps, 'words translated');
    items = translated;
  }

  const words = wordsOf(items);
  joinLeadingInitials(words);
  const norm = joinTexts(words, ' ');
  // A cut lands mid-word (length = width) or just after a word whose space was then trimmed. A
  // name of that length ending the way whole names end (a legal form, "Ltd.", a share class) is
  // complete whatever its length.
  const lastWord = words.length > 0 ? words[words.length - 1].text : '';
  const lastChar = trimmed.charCodeAt(trimmed.length - 1);
  const endsWhole = lastChar === 0x2e || lastChar === 0x29 || LEGAL_FORMS.has(lastWord) || WHOLE_ENDINGS.has(lastWord)
    || (CLASS_MARKERS.has(lastWord) && / [a-z]$/i.test(trimmed));
  const truncated = !endsWhole && cutWidths.some((w) => trimmed.length === w || trimmed.length === w - 1);
  // Vendor short names (Bloomberg style) hang the share class on with a hyphen after a name cut
  // at any width: "HANGZHOU HIKVISION DIGITAL TEC-A", "DAWNING INFORMATION INDUSTR-A".
  const shortName = SHORT_NAME_CLASS.test(trimmed.slice(-5));

  let sawSecurity = false;
  const legalForms: string[] = [];
  markLegalForms(words);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.drop) {
      // A legal form the ISO 20275 table knows, at the start or the end of the name.
      legalForms.push(w.text);
      addStep(steps, 'legal form removed');
      continue;
    }
    if (isHanWord(w.text, ascii)) {
      const stripped = stripCjkLegal(w.text);
      if (stripped !== w.text) {
        addStep(steps, 'legal form removed');
        if (w.text.slice(stripped.length).includes('有限')) legalForms.push('有限公司');
      }
      if (CJK_LEGAL_SUFFIXES.includes(stripped)) {
        w.drop = true;
        addStep(steps, 'legal form removed');
      } else w.text = stripped;
      continue;
    }
    // A roman numeral after the first word is a number ("Carlyle Partners VII" = 7); a single V or
    // X only ending a fund family's name ("Silver Lake Partners V, L.P.", "Apollo Investment Fund
    // X"), not a brand ("Advanced Ceramic X Corp").
    const roman = i > 0 ? romanValue(w.text) ?? (SINGLE_ROMAN.has(w.text) && FUND_FAMILY.has(words[i - 1].text) && lastNameWord(words, i) ? SINGLE_ROMAN.get(w.text) : undefined) : undefined;
    if (roman !== undefined) w.text = String(roman);
    // Number words are numbers ("Two Harbors" = 2 Harbors, "Seventy-Seven Bank" = 77 Bank, "Fifth Third" = 5th 3rd).
    const spelled = NUMBER_WORDS.get(w.text);
    if (spelled !== undefined) {
      const unit = TENS.has(w.text) && i + 1 < words.length && !words[i + 1].drop ? UNITS.get(words[i + 1].text) : undefined;
      if (unit !== undefined) {
        w.text = String(Number(spelled) + unit);
        words[i + 1].drop = true;
      } else w.text = spelled;
    }
    // A letter right after a year names a series ("Owner Trust 2023-A", "2022-B Owner Trust"),
    // not a share class or an article: it is joined to the year, so another series is another number.
    if (w.text.length === 1 && i > 0 && !words[i - 1].drop && SERIES_YEAR.test(words[i - 1].text) && /^[a-z]$/.test(w.text)) {
      words[i - 1].text += w.text;
      w.drop = true;
      continue;
    }
    const canonical = CANONICAL_WORDS.get(w.text);
    if (canonical) {
      w.spelled = w.text;
      w.text = canonical;
      addStep(steps, 'spelling canonicalised');
    }
    if (LEGAL_FORMS.has(w.text)) {
      w.drop = true;
      legalForms.push(w.text);
      addStep(steps, 'legal form removed');
    } else if (SECURITY_WORDS.has(w.text)) {
      w.drop = true;
      // "Trust Series 2007-1", "Fund Series III": a series number names a vintage; it is kept.
      const vintage = SERIES_WORDS.has(w.text) && words[i + 1] !== undefined && (allDigits(words[i + 1].text) || romanValue(words[i + 1].text) !== undefined);
      sawSecurity = !vintage;
      addStep(steps, 'security words removed');
      const next = words[i + 1];
      if (CLASS_INTRO.has(w.text) && next && (next.text.length === 1 || CLASS_MARKERS.has(next.text))) {
        next.drop = true;
        addStep(steps, 'share class stripped');
        i++;
      }
    } else if (STOP_WORDS.has(w.text) && !(i === words.length - 1 && CLASS_MARKERS.has(w.text))) {
      w.drop = true;
    } else if (sawSecurity && allDigits(w.text)) {
      w.drop = true; // "ADR REPRESENTING 25 SHS": a ratio, not part of the name
    } else if ((w.text.length > 3 && PAR_VALUE.test(w.text)) || (w.paren && isListingTag(w.text, words[i - 1]))) {
      w.drop = true; // "ORD CNY1" (a par value), "(XSHE)", "(002230.SZ)", "(603260 CH)", "(CNY)"
      addStep(steps, 'security words removed');
    }
  }

  // Strip from the end: share-class markers, and (for a cut name) a cut legal form ("... LT").
  let keptBefore = 0;
  for (const w of words) if (!w.drop) keptBefore++;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (w.drop) continue;
    keptBefore--;
    if (CLASS_MARKERS.has(w.text) && keptBefore > 0) {
      w.drop = true;
      addStep(steps, 'share class stripped');
      continue;
    }
    if (truncated && i === words.length - 1 && LEGAL_AND_SECURITY_STARTS.has(w.text) && !PLACES.has(w.text)) {
      w.drop = true;
      addStep(steps, 'legal form removed');
      continue;
    }
    break;
  }

  const kept = words.filter((w) => !w.drop);
  const cutEnd = truncated || (shortName && kept.length >= 2);
  if (cutEnd && kept.length > 0) {
    const last = kept[kept.length - 1];
    // Only the last word written (before a short name's class) can be cut; a removed suffix
    // means the cut fell later.
    if (last === words[words.length - (truncated ? 1 : 2)] && !isHanWord(last.text, ascii) && kindOf(last.text) === 'distinctive') {
      const completed = COMPLETION.get(last.text);
      if (completed) {
        last.text = completed;
        addStep(steps, 'truncated name');
      }
    }
  }

  const tokens: NameToken[] = [];
  let leading = true;
  for (const w of kept) {
    const kind = kindOf(w.text);
    if (kind !== 'place') leading = false;
    tokens.push({ text: w.text, kind, paren: w.paren, lead: leading && kind === 'place', han: isHanWord(w.text, ascii), spelled: w.spelled });
  }
  return { norm, tokens, core: joinTexts(tokens, ' '), compact: joinTexts(tokens, ''), steps, truncated, cutEnd, legalForms };
}
