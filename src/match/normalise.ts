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
 * The tables and helpers come first; the named steps, in the order they run (NAME_STEPS, WORD_RULES),
 * and analyseName at the end. A list name with ä ö ü ø å is analysed a second time in its
 * transcribed spelling (ae oe ue oe aa: the transcribe option, transcribedSpelling).
 */
import {
  CANONICAL, CHINA_CITIES, COMPLETABLE_PLACES, CJK_LEGAL_SUFFIXES, CLASS_MARKERS, GENERIC_WORDS, HAN_TRANSLATIONS, LEGAL_FORMS, PLACES, SECURITY_PHRASES,
  SECURITY_WORDS, STOP_WORDS, type Phrase,
} from './vocabulary.js';
import { micCountry, parseTicker } from '../reference/markets.js';
import { cutFormLength, isCompanyFormStub, isOneWordForm, legalFormEntries, legalFormSpans, type LegalFormSpans } from './legal-forms.js';
import anyAscii from 'any-ascii';
import { romaniseContext } from './romanise.js';
import { ABJAD_LETTER } from './abjad.js';
import { KANA_HANGUL } from './loanwords.js';
import { hebrewAbbreviations } from './hebrew-script.js';
import { readHanRun, readsInPinyin } from './han-pinyin.js';
import { byFirstWord, CANONICAL_RULES, replacePhrases, TRANSLATION_RULES } from './phrases.js';
import { HAS_0_OR_1, latinLookalikes, readDigitLookalikes } from './lookalikes.js';
import { INVISIBLE_CHARS } from '../control-chars.js';
import { COMPANY_TYPE_HEADS, COMPANY_TYPE_PHRASES, COMPANY_TYPE_WORDS, PHRASE_FORM_WORDS, POST_SOVIET_FORM_WORDS } from './company-types.js';

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
  /** Its soundKey and translitKey (sounds.ts), each built the first time scoring asks (null until then). */
  sound: string | null;
  translit: string | null;
  /** Written in Arabic or Hebrew script, where short vowels go unwritten: compared with Latin words by its consonants (abjad.ts). */
  abjad: boolean;
  /** Read from kana or Hangul: a brand written in their syllables is compared with Latin words by its consonants (loanwords.ts). */
  loan?: boolean;
}

export type NormalisationStep =
  | 'legal form removed'
  | 'legal form read through a typo'
  | 'share class stripped'
  | 'security words removed'
  | 'coupon and maturity removed'
  | 'spelling canonicalised'
  | 'words translated'
  | 'truncated name'
  | 'cut at a joining word'
  | 'letters transcribed'
  | 'look-alike letters read as Latin'
  | 'digits read as the letters they look like'
  | 'read in pinyin'
  | 'company type removed'
  | 'honoree removed'
  | 'honoree named by surname'
  | 'registry tag removed';

export interface AnalysedName {
  /** Every word after normalisation, legal forms included (for display). */
  norm: string;
  /** Core tokens: what is compared. */
  tokens: NameToken[];
  /** Core tokens joined by one space. */
  core: string;
  /** Core without spaces (HIK VISION = HIKVISION). */
  compact: string;
  /** The compact with its number words as written (NINE STAR: ninestar), when it has one. */
  compactWritten?: string;
  steps: NormalisationStep[];
  /**
   * The name may be cut at a fixed width, or is cut where it ends in a joining word (of, de, und):
   * its last word may be a prefix, words may be missing.
   */
  truncated: boolean;
  /** The width it is cut at, when truncated at a known width (evidence says it); else null. */
  cutWidth: number | null;
  /**
   * The last core word may be cut short: a fixed-width cut, or a vendor short name of two or more
   * words ("HANGZHOU HIKVISION DIGITAL TEC-A"), whose cut falls anywhere, so only that word's end
   * is forgiven, not missing words.
   */
  cutEnd: boolean;
  /**
   * The last word's end is forgiven though no known width says the name is cut: a long name (24+
   * characters) that ends in a word of no vocabulary, not in a whole ending. Fields of any width
   * cut names ("XINJIANG GCL NEW ENERGY MATERIALS TE"); a match resting on it is probable at most.
   */
  cutGuessed: boolean;
  /** The legal-form words removed, in order ("co", "ltd"); a Chinese "...有限公司" ending as "有限公司". */
  legalForms: string[];
  /**
   * Every word as written, before words were translated (only when some were): initials are of
   * the name in its own language (SQM: Sociedad Química y Minera, read "chemical").
   */
  written?: string;
  /** Words written in camel case, by their text, with their parts (TeleSystems: telesystems -> tele, systems); only when some were. */
  camel?: Readonly<Record<string, readonly string[]>>;
  /** Company-type abbreviations set aside (company-types.ts: NK of "NK Rosneft PAO"), only when some were. */
  companyTypes?: string[];
  /**
   * The registry tag after the name's legal form, lower case (FORTIS INC/CANADA: canada; XYZ CORP
   * /DE/: de): where the company is registered, which SEC conformed names and vendors write to tell
   * namesakes apart; only when there is one. Not a word of the name.
   */
  registryTag?: string;
  /** A legal-form word was removed from inside the name, words of the name after it ("Fraport AG Frankfurt ..."). */
  formInside?: true;
}

export interface AnalyseOptions {
  /** Widths at which some fund files cut names (iShares: 34). */
  cutWidths?: readonly number[];
  /**
   * The name comes from a file whose width is not known: a long name may be cut anywhere
   * (cutGuessed). Off for list names and for a file whose own width is known.
   */
  guessCut?: boolean;
  /** Read ä ö ü ø å as ae oe ue oe aa (transcribedSpelling): a list name's second spelling. */
  transcribe?: boolean;
  /**
   * Read a Chinese name's Han in pinyin, word by word (han-pinyin.ts: 通威股份 as "tongwei co"): a
   * second reading of a name readsInPinyin accepts, on either side. Never cut at a width.
   */
  pinyin?: boolean;
  /**
   * The text continues a name (the tail after a registered name's legal form, "SPONSORED RUSSIA RU
   * DR"): a security word may stand first, as it may anywhere after a name's first word.
   */
  continuation?: boolean;
}

export const DEFAULT_CUT_WIDTHS: readonly number[] = [34];

const HAN_RUN = /(\p{Script=Han}+)/gu;
const PLAIN_ASCII = /^[\x20-\x7e]*$/;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const WHOLE_ENDINGS = new Set(['limited', 'incorporated', 'corporation', 'company']);
/** Tested on the last five characters only: an end-anchored pattern is tried at every position. */
const SHORT_NAME_CLASS = /^[A-Za-z]{3}-[A-Z]$/;
/** A share series of a letter and its number hung on with a hyphen (Mexican series: EL PUERTO DE LIVERPOOL-C1), on the last five characters. */
const SHORT_NAME_SERIES = /^[A-Za-z]{2}-[A-Z][1-9]$/;
/** A share series of a letter and its number (A1, C1), after a series or class word or hung on with a hyphen. */
const SERIES_CLASS = /^[a-z][1-9]$/;
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

/**
 * An HTML character reference, as names copied from web pages carry them (AT&amp;T, CO&#44; LTD,
 * SOCI&Eacute;T&Eacute; G&Eacute;N&Eacute;RALE): by number (decimal or hex), or by name (read
 * lower-cased: HTML_NAMED, or a letter and its mark, HTML_MARKS).
 */
const HTML_REF = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/gi;
const HTML_NAMED: ReadonlyMap<string, string> = new Map([
  ['amp', '&'], ['apos', "'"], ['quot', '"'], ['lt', '<'], ['gt', '>'], ['nbsp', ' '], ['szlig', 'ß'], ['aelig', 'æ'], ['oslash', 'ø'],
  ['eth', 'ð'], ['thorn', 'þ'], ['oelig', 'œ'], ['ndash', '–'], ['mdash', '—'], ['lsquo', '‘'], ['rsquo', '’'], ['ldquo', '“'], ['rdquo', '”'],
]);
/** &eacute; is e with the acute accent: the reference names a letter, then its mark. */
const HTML_MARKS: ReadonlyMap<string, string> = new Map([
  ['acute', '\u0301'], ['grave', '\u0300'], ['circ', '\u0302'], ['uml', '\u0308'], ['tilde', '\u0303'], ['cedil', '\u0327'], ['ring', '\u030a'], ['caron', '\u030c'],
]);

function htmlCharacter(ref: string, decimal: string | undefined, hex: string | undefined, name: string | undefined): string {
  if (name !== undefined) {
    const named = HTML_NAMED.get(name.toLowerCase());
    if (named !== undefined) return named;
    const mark = HTML_MARKS.get(name.slice(1).toLowerCase());
    return mark !== undefined ? (name[0] + mark).normalize('NFC') : ref;
  }
  const code = decimal !== undefined ? Number(decimal) : parseInt(hex!, 16);
  // A reference to a control character, a surrogate or past Unicode names no letter of the name:
  // it separates words, as a tab or line break written as a reference does ("INDUSTRY&#1; CO LTD"
  // is not "industry and 1 co ltd", which lost Hoshine's row).
  return code < 0x20 || (code >= 0x7f && code < 0xa0) || (code >= 0xd800 && code < 0xe000) || code > 0x10ffff ? ' ' : String.fromCodePoint(code);
}
/**
 * Where a bond description's coupon or maturity starts: "ZIJIN MINING GROUP CO LTD 1.5% 06/27",
 * "DAQO NEW ENERGY CORP 2.5% 2026", Bloomberg's "ZIJIN 1 1/2 06/27/27 CONV" and "X 0 06/27/28":
 * a percentage or a d/d(/d) date (with the whole number before a fraction), after a space.
 */
// A coupon (5%, 3.25 %, 5 1/2) or a maturity date (11/15/27), the coupon also written bare before
// the date as Bloomberg writes notes ("HIKVISION DIGITAL 3.5 11/15/27": its 3.5 is no word of the name).
const DEBT_TAIL = /\s(?:\d+(?:[.,]\d+)?\s+)?(?:\d+(?:[.,]\d+)?\s?%|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)(?=[\s,;)]|$)/u;
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
export const NUMBER_WORDS = new Map<string, string>([
  ...UNIT_WORDS.map((w, k): [string, string] => [w, String(k + 1)]),
  ...TEEN_WORDS.map((w, k): [string, string] => [w, String(k + 10)]),
  ...TEN_WORDS.map((w, k): [string, string] => [w, String((k + 2) * 10)]),
  ...ORDINAL_WORDS.map((w, k): [string, string] => [w, `${k + 1}${ORDINAL_SUFFIX(k + 1)}`]),
]);

function romanValue(text: string): number | undefined {
  // (A numeral starts with i, v or x: most words are told so before the regex runs.)
  const first = text.charCodeAt(0);
  if (text.length < 2 || text === 'xi' || (first !== 0x69 && first !== 0x76 && first !== 0x78) || !ROMAN.test(text)) return undefined;
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
  ...[...GENERIC_WORDS, ...COMPLETABLE_PLACES].map((w): [string, string] => [w, w]),
  ...Object.entries(CANONICAL),
]) {
  for (let k = 3; k < word.length; k++) {
    const prefix = word.slice(0, k);
    const seen = COMPLETION.get(prefix);
    COMPLETION.set(prefix, seen === undefined || seen === canonical ? canonical : null);
  }
}
/** The one common word (or place) a cut word of 3+ letters is the start of, in its canonical spelling; null when none or several. */
export function completionOf(stub: string): string | null {
  return COMPLETION.get(stub) ?? null;
}
/** Every proper start of each of `words` (CORP: C, CO, COR). */
function startsOf(words: Iterable<string>): string[] {
  return [...words].flatMap((f) => Array.from({ length: f.length - 1 }, (_, k) => f.slice(0, k + 1)));
}
/** Starts of legal forms and security words: what the last word of a cut name may be left of one. */
const LEGAL_AND_SECURITY_STARTS = new Set(startsOf([...LEGAL_FORMS, ...SECURITY_WORDS, ...WHOLE_ENDINGS]));
/** Starts of legal forms (and the whole endings: Limited, Corporation) alone. */
const LEGAL_FORM_STARTS = startsOf([...LEGAL_FORMS, ...WHOLE_ENDINGS]);

/**
 * Stubs of four letters or more that only a legal form's word starts (CORPOR, COMPA, LIMITE,
 * BERHA, INCORP), for a cut no width tells (stripTrailing): not security words (NORTH of
 * northbound, SOUTH, UNIT are words of names), nor a stub that is a word or name itself (COLT, LIMIT, INCO).
 */
const STUB_WORDS: ReadonlySet<string> = new Set(['colt', 'limit', 'inco']);
const LEGAL_FORM_STUBS = new Set(LEGAL_FORM_STARTS.filter((p) => p.length >= 4 && !STUB_WORDS.has(p)));
const LEGAL_FORM_START_SET: ReadonlySet<string> = new Set(LEGAL_FORM_STARTS);
/**
 * The word may be the start of a legal form's word that a cut broke off (PJ of PJSC), of any
 * jurisdiction or of `listedForms` (the other name's, PERS of Persero): two letters or more, and no
 * word a name has of its own (IN, OF, COLT: stop words and STUB_WORDS). The scorer asks it of a cut
 * name's last word against a listed name that writes a form.
 */
export function mayBeCutForm(word: string, listedForms: readonly string[]): boolean {
  if (word.length < 2 || STUB_WORDS.has(word) || STOP_WORDS.has(word)) return false;
  if (LEGAL_FORM_START_SET.has(word)) return true;
  for (const f of listedForms) if (f.length > word.length && f.startsWith(word)) return true;
  return false;
}

/**
 * The last word of a cut name is the start of a company form written as one long word, of any
 * jurisdiction (AGRANA BETEILIGUNGS-AKTIENGESE), and not the start of a vocabulary word (EUROP).
 */
function isCutLongForm(text: string): boolean {
  return !COMPLETION.has(text) && isCompanyFormStub(text);
}

/**
 * Legal forms of a Han word: CJK_LEGAL_SUFFIXES (Chinese forms and organisation words) and the
 * company forms the ISO 20275 table writes in CJK (株式会社, 有限会社, 有限責任公司, 股份有限公司...),
 * longest first; those the table also writes before names (株式会社日立製作所) as prefixes. Han
 * has no word boundary, so these are cut inside the word.
 */
let hanForms: { suffixes: readonly string[]; only: ReadonlySet<string>; prefixes: readonly string[] } | undefined;
function hanLegalForms(): NonNullable<typeof hanForms> {
  if (hanForms) return hanForms;
  const company = legalFormEntries().filter((e) => e.cjk && e.words.length === 1 && !e.classes.includes('other'));
  const longest = (a: string, b: string) => b.length - a.length;
  const suffixes = [...new Set([...CJK_LEGAL_SUFFIXES, ...company.map((e) => e.text)])].sort(longest);
  return (hanForms = { suffixes, only: new Set(suffixes), prefixes: company.filter((e) => e.prefix).map((e) => e.text).sort(longest) });
}

/** A Han word without the legal forms at its end and (once) at its start; never cut to nothing. */
function stripCjkLegal(token: string): string {
  const { suffixes, prefixes } = hanLegalForms();
  let t = token;
  for (let changed = true; changed; ) {
    changed = false;
    for (const suffix of suffixes) {
      if (t.length > suffix.length && t.endsWith(suffix)) {
        t = t.slice(0, -suffix.length);
        changed = true;
        break;
      }
    }
  }
  for (const prefix of prefixes) {
    if (t.length > prefix.length && t.startsWith(prefix)) return t.slice(prefix.length);
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

/** The last character is a digit (a par value ends in one: most words are told so before PAR_VALUE runs). */
function endsInDigit(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c >= 48 && c <= 57;
}

/** A word's kind, from its facts (a place that is also a generic word is a place). */
function kindOf(text: string, facts = factsOf(text)): TokenKind {
  if (hasDigit(text)) return 'number';
  return (facts & PLACE) !== 0 ? 'place' : (facts & GENERIC) !== 0 ? 'generic' : 'distinctive';
}

/**
 * The name in lower case, ready to cut into words. ASCII names (nearly every fund-file issuer) go
 * as they are; anything else gets NFKC, loses its diacritics, and has its Han runs spaced apart.
 */
function prepare(trimmed: string): { text: string; ascii: boolean } {
  const lower = lowerCased(trimmed);
  if (PLAIN_ASCII.test(lower)) return { text: lower, ascii: true };
  return { text: unicodeFolded(lower), ascii: false };
}

/**
 * The name in lower case, its HTML character references decoded first (what they decode to is
 * lower-cased too: &#65;CME is acme). A name encoded twice (AT&amp;amp;T) is decoded twice.
 */
function lowerCased(trimmed: string): string {
  if (!trimmed.includes('&')) return trimmed.toLowerCase();
  const once = trimmed.replace(HTML_REF, htmlCharacter);
  return (once.includes('&amp;') || once.includes('&AMP;') ? once.replace(HTML_REF, htmlCharacter) : once).toLowerCase();
}

/** A name not plain ASCII: NFKC, transliterated, lower case again, its Han runs spaced apart. */
function unicodeFolded(lower: string): string {
  return transliterate(lower.normalize('NFKC')).toLowerCase().replace(HAN_RUN, ' $1 ');
}

/**
 * Letters (with their marks) outside ASCII and outside Han: what transliterate() rewrites. A run
 * starts only where no such letter stands before it: tried inside a run of ASCII letters with no
 * foreign letter in it, the pattern scanned the rest of the run from every letter (64,000 letters,
 * a space and é: 7 s a name).
 */
const FOREIGN_LETTERS = /(?<!(?![\p{Script=Han}])[\p{L}\p{M}])(?:(?![\p{Script=Han}])[\p{L}\p{M}])*[^\x00-\x7f\p{Script=Han}\P{L}](?:(?![\p{Script=Han}])[\p{L}\p{M}])*/gu;

/**
 * Every letter of any script but Han in Latin letters (any-ascii: ПАО Газпром -> PAO Gazprom,
 * Ελληνικά -> Ellinika, Ørsted -> Orsted, ß -> ss, é -> e), so names written in Cyrillic, Greek,
 * Arabic, Hebrew, Hangul, kana or accented Latin compare with their romanised spellings; the
 * legal-form table goes through the same step (build-legal-forms.ts tokenises with nameWords), so
 * ПАО and Акционерное общество read as forms too. Han stays Han: its words are compared whole,
 * and a character's pinyin is ambiguous (银行 is yinhang, not yinxing). Only letters are rewritten:
 * signs keep separating words as before (any-ascii writes © as "(C)"). What any-ascii cannot read
 * one character at a time (kana's small tsu and ya / yu / yo, Ukrainian words, Bulgarian ъ,
 * Hangul's rules between syllables and its words) is romanised first (romanise.ts).
 */
export function transliterate(text: string): string {
  if (text.length <= TRANSLITERATE_SLICE) return hebrewAbbreviations(text).replace(FOREIGN_LETTERS, (run) => anyAscii(romaniseContext(run)));
  // The run pattern backtracks per letter: a word of megabytes exhausts the regex stack. Longer
  // texts (never a real name) are transliterated slice by slice.
  let out = '';
  for (let i = 0; i < text.length; i += TRANSLITERATE_SLICE) out += transliterate(text.slice(i, i + TRANSLITERATE_SLICE));
  return out;
}
const TRANSLITERATE_SLICE = 64 * 1024;

/**
 * Letters with two standard Latin spellings: German ä ö ü and Nordic ø å are folded to a o u o a
 * (transliterate: Dragerwerk, Orsted) but as often written ae oe ue oe aa (DRAEGERWERK, OERSTED,
 * AALANDSBANKEN). æ needs nothing: any-ascii already writes ae. Decomposed spellings (a + U+0308) too.
 */
const TRANSCRIBABLE = /[äöüøå]|[aou]\u0308|a\u030a/iu;
const TRANSCRIBABLE_ALL = /[äöüøå]/giu;
const TRANSCRIPTIONS: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ø: 'oe', å: 'aa' };
let formWords: ReadonlySet<string> | undefined;

/** The name holds a letter transcribedSpelling rewrites (a cheap test before analysing twice). */
export function mayTranscribe(text: string): boolean {
  return TRANSCRIBABLE.test(text);
}

/**
 * The name with ä ö ü ø å written ae oe ue oe aa ("Drägerwerk AG" -> "Draegerwerk AG"), case kept
 * (DÜRR -> DUERR), or null when it has none. A legal-form word keeps its letters: the form table is
 * spelled in the plain folding (osakeyhtiö as osakeyhtio, beschränkter Haftung), so the form is
 * still recognised and removed.
 */
export function transcribedSpelling(text: string): string | null {
  if (!TRANSCRIBABLE.test(text)) return null;
  formWords ??= new Set(legalFormEntries().filter((e) => !e.cjk).flatMap((e) => e.words));
  const words = formWords;
  const composed = text.normalize('NFC');
  const out = composed.replace(/\p{L}+/gu, (word) => {
    if (!TRANSCRIBABLE.test(word) || words.has(transliterate(word.toLowerCase()))) return word;
    const upper = word.length > 1 && word === word.toUpperCase();
    return word.replace(TRANSCRIBABLE_ALL, (ch) => {
      const t = TRANSCRIPTIONS[ch.toLowerCase()]!;
      return ch === ch.toLowerCase() ? t : upper ? t.toUpperCase() : t[0].toUpperCase() + t.slice(1);
    });
  });
  return out === composed ? null : out;
}

/** Deleted inside words: . ' ’ ‘ ` ´ */
const DELETED = new Set([0x2e, 0x27, 0x2019, 0x2018, 0x60, 0xb4,
  // ... and what shows nothing (control-chars.ts INVISIBLE: HO\u200bSHINE is Hoshine, not Ho Shine).
  ...Array.from(INVISIBLE_CHARS, (ch) => ch.charCodeAt(0))]);
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
function scan(s: string, plainOnly: true): string[] | null;
function scan(s: string, plainOnly?: false): string[];
/** With plainOnly: null at the first character not printable ASCII (PLAIN_ASCII), for prepare's other way. */
function scan(s: string, plainOnly = false): string[] | null {
  const items: string[] = [];
  let word = ''; // the word so far, when a deleted character split it
  let start = -1; // start of the current run of word characters
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    let width = 1;
    let wordChar: boolean;
    if (c < 128) {
      if (plainOnly && (c < 0x20 || c === 0x7f)) return null;
      wordChar = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    } else {
      if (plainOnly) return null;
      const cp = s.codePointAt(i) ?? c;
      width = cp > 0xffff ? 2 : 1;
      wordChar = WORD_CHAR.test(String.fromCodePoint(cp));
    }
    if (wordChar) {
      if (start < 0) start = i;
    } else {
      // (A word is nearly always one run: taken as sliced, not added to the empty string.)
      if (start >= 0) word = word === '' ? s.slice(start, i) : word + s.slice(start, i);
      start = -1;
      // (ASCII signs by their codes: a space, the commonest, costs no lookup.)
      // (An apostrophe closing a quoted letter ends a word: 'H'HKD0.1 is the class H and a par value.)
      if (c < 128 ? c !== 0x2e && (c !== 0x27 || closesQuotedLetter(s, i, word)) && c !== 0x60 : !DELETED.has(c)) {
        if (word) items.push(word);
        word = '';
        if (c === 0x28) items.push(OPEN);
        else if (c === 0x29) items.push(CLOSE);
        else if (c === 0x26 || c === 0x2b || c === 0xff06) items.push(AND_SIGN);
      }
    }
    i += width;
  }
  if (start >= 0) word = word === '' ? s.slice(start) : word + s.slice(start);
  if (word) items.push(word);
  return items.includes(AND_SIGN) || items.includes('and') ? readAndSigns(items) : items;
}


/** s[i] is an apostrophe after one letter that an apostrophe opened at a word's start ('H'HKD0.1). */
function closesQuotedLetter(s: string, i: number, word: string): boolean {
  return word.length === 1 && i >= 2 && s.charCodeAt(i - 2) === 0x27 && (i === 2 || s.charCodeAt(i - 3) === 0x20);
}

/** An and-sign as scan first reads it (readAndSigns turns each into a word). */
const AND_SIGN = '&';
/** Letters a side of an and-sign has when it joins initials (AT&T, S&P, BB&T, H & M). */
const INITIALS_SIDE = /^[a-z]{1,2}$/;

/**
 * Each and-sign of scanned items is the word "and" (Procter & Gamble), except between two groups
 * of one or two letters, no legal form (AG & Co. KG; S&L, not S.L.): initials joined by it are
 * one word, the brand as written, the sign kept (AT&T and AT & T are "at&t", S&P "s&p", as is AT and
 * T). Read as "at and t", the letters were a stop word and one letter: "T INC" was AT&T, MITSUI &
 * CO was Mitsui E&S. With the sign kept, the word is no initials of other words (AT&T is not
 * Assir Trading Tourism) nor the same letters written together (PG&E is not the Polish PGE).
 */
function readAndSigns(items: string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < items.length; k++) {
    const item = items[k];
    if (item !== AND_SIGN && item !== 'and') out.push(item);
    else if (k + 1 < items.length && joinsInitials(out[out.length - 1], items[k + 1])) out.push(`${out.pop()!}&${items[++k]}`);
    else out.push('and');
  }
  return out;
}

/** Whether `before` & `after` are initials joined into one word: neither they nor the word a legal form (AG & Co., S&L: savings and loan, not S.L.). */
function joinsInitials(before: string | undefined, after: string): boolean {
  return before !== undefined && INITIALS_SIDE.test(before) && INITIALS_SIDE.test(after) && !isOneWordForm(before) && !isOneWordForm(after) && !isOneWordForm(before + after);
}

// A removed security phrase leaves a gap: the words either side of it are not one phrase.
const SECURITY_RULES = byFirstWord(SECURITY_PHRASES.map((phrase) => ({ phrase, replacement: [GAP] })));

/** The phrase passes ('security-phrases', 'canonical-phrases', 'translations'), one bit each. */
const SECURITY_PASS = 1;
const CANONICAL_PASS = 2;
const TRANSLATION_PASS = 4;
const EVERY_PHRASE_PASS = SECURITY_PASS | CANONICAL_PASS | TRANSLATION_PASS;
/** The first words of each pass's phrases -> the passes they start a phrase of. */
const PHRASE_STARTS: ReadonlyMap<string, number> = (() => {
  const out = new Map<string, number>();
  for (const [rules, pass] of [[SECURITY_RULES, SECURITY_PASS], [CANONICAL_RULES, CANONICAL_PASS], [TRANSLATION_RULES, TRANSLATION_PASS]] as const) {
    for (const word of rules.keys()) out.set(word, (out.get(word) ?? 0) | pass);
  }
  return out;
})();

/**
 * Every word a rule of the 'word-rules' pass looks up in a table. A rule that reads a new table
 * adds it here (noRuleReads), or the pass would skip the words it is for.
 */
const RULE_WORDS: ReadonlySet<string> = new Set([
  ...SINGLE_ROMAN.keys(), ...NUMBER_WORDS.keys(), ...CANONICAL_WORDS.keys(), ...LEGAL_FORMS, ...SECURITY_WORDS, ...STOP_WORDS,
]);

// Word facts: what the tables say of a word, one bit a table. Several steps ask of the same word
// (is it a place, a class marker, a rule's word?): a lookup of a word costs far more than reading
// a bit, so the facts are found once, when the name is cut into words (wordFacts keeps them).
// (The phrase passes' bits are their pass bits.)
const RULE_WORD = 1 << 3;
const PLACE = 1 << 4;
const GENERIC = 1 << 5;
/** A Chinese city of the second level: in CHINA_CITIES, not in the first place table (buildTokens). */
const SECOND_LEVEL_CITY = 1 << 6;
/** A company-type abbreviation (COMPANY_TYPE_WORDS). */
const COMPANY_TYPE = 1 << 7;
/** The first word of a company type's English phrase (COMPANY_TYPE_PHRASES). */
const COMPANY_TYPE_PHRASE = 1 << 8;
const CLASS_MARKER = 1 << 9;
const LEGAL_FORM = 1 << 10;
const WHOLE_ENDING = 1 << 11;
const SECURITY_WORD = 1 << 12;

const WORD_FACTS: ReadonlyMap<string, number> = (() => {
  const out = new Map<string, number>(PHRASE_STARTS);
  const add = (words: Iterable<string>, fact: number) => {
    for (const w of words) out.set(w, (out.get(w) ?? 0) | fact);
  };
  add(RULE_WORDS, RULE_WORD);
  add(PLACES, PLACE);
  add(GENERIC_WORDS, GENERIC);
  add([...CHINA_CITIES].filter((c) => !COMPLETABLE_PLACES.has(c)), SECOND_LEVEL_CITY);
  add(COMPANY_TYPE_WORDS.keys(), COMPANY_TYPE);
  add(COMPANY_TYPE_PHRASES.keys(), COMPANY_TYPE_PHRASE);
  add(CLASS_MARKERS, CLASS_MARKER);
  add(LEGAL_FORMS, LEGAL_FORM);
  add(WHOLE_ENDINGS, WHOLE_ENDING);
  add(SECURITY_WORDS, SECURITY_WORD);
  return out;
})();

/** The facts of a word (0: in no table). */
function factsOf(text: string): number {
  return WORD_FACTS.get(text) ?? 0;
}

/** A word's facts, found again only when its text changed since (a rule rewrote it). */
function wordFacts(w: Word): number {
  if (w.factsOf !== w.text) {
    w.facts = factsOf(w.text);
    w.factsOf = w.text;
  }
  return w.facts;
}

/** The items' facts (0 for a parenthesis), and the phrase passes some item starts. */
function itemFacts(items: readonly string[]): { facts: number[]; passes: number } {
  const facts = new Array<number>(items.length);
  let passes = 0;
  for (let i = 0; i < items.length; i++) {
    const f = factsOf(items[i]);
    facts[i] = f;
    passes |= f;
  }
  return { facts, passes: passes & EVERY_PHRASE_PASS };
}

/** The texts joined (a plain loop: no array built, unlike map + join). */
function joinTexts(parts: ReadonlyArray<{ text: string }>, separator: string): string {
  let out = parts.length > 0 ? parts[0].text : '';
  if (separator === '') for (let i = 1; i < parts.length; i++) out += parts[i].text;
  else for (let i = 1; i < parts.length; i++) out += separator + parts[i].text;
  return out;
}

/** Adds a step once, keeping the order steps were first taken (explanations list them so). */
function addStep(steps: NormalisationStep[], step: NormalisationStep): void {
  if (!steps.includes(step)) steps.push(step);
}

function isHanWord(text: string, ascii: boolean): boolean {
  return !ascii && IS_HAN.test(text);
}

export interface Word {
  text: string;
  paren: boolean;
  drop: boolean;
  /** Dropped as (part of) a legal form the ISO 20275 table knows ('legal-forms'): recorded in `legalForms`. */
  form: boolean;
  spelled: string;
  /** The facts of the text `factsOf` (wordFacts): '' until found (no word is empty). */
  facts: number;
  factsOf: string;
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
function wordsOf(items: readonly string[], facts?: readonly number[], written?: readonly string[]): Word[] {
  const words: Word[] = [];
  let depth = 0;
  for (let i = 0; i < items.length; i++) {
    const t = items[i];
    if (t === OPEN) depth++;
    else if (t === CLOSE) depth = Math.max(0, depth - 1);
    else if (t !== GAP) words.push({ text: t, paren: depth > 0, drop: false, form: false, spelled: written?.[i] ?? '', facts: facts ? facts[i] : 0, factsOf: facts ? t : '' });
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
  let end = words.length;
  while (end > 1 && (CLASS_MARKERS.has(words[end - 1]) || SECURITY_WORDS.has(words[end - 1]))) end--;
  return formSpansBefore(words, end);
}

/** formSpansOf, words[end..] being the share-class and security words at the end. */
function formSpansBefore(words: readonly string[], end: number): LegalFormSpans {
  const whole = legalFormSpans(words);
  if (end === words.length || (whole.suffixes.length > 0 && whole.suffixes[0].end === words.length)) return whole;
  return legalFormSpans(words.slice(0, end));
}

/**
 * Forms the table can only class as `other` ("business", "trust") are often name words: they are
 * not removed, and nothing left of them is read as a stacked form. (A module function: a closure
 * made per call cost a tenth of analyseName's time under tsx, which names each one.)
 */
function usable(sp: { generic: string; chars?: unknown }): boolean {
  return sp.generic !== 'other' && !sp.chars;
}

/**
 * Marks the words of legal forms (every jurisdiction: src/match/legal-forms.ts) written before the
 * name (OOO, JSC, PT) or after it (AG, Aktiengesellschaft, Public Limited Company, S.A. de C.V.),
 * read past the share-class and security words a fund file appends. Han forms are cut later.
 */
function markLegalForms(words: Word[]): LegalFormSpans {
  const all = new Array<string>(words.length);
  for (let i = 0; i < words.length; i++) all[i] = words[i].text;
  let end = words.length;
  while (end > 1 && (wordFacts(words[end - 1]) & (CLASS_MARKER | SECURITY_WORD)) !== 0) end--;
  let spans = formSpansBefore(all, end);
  // Nothing but a form's start follows a form: a name cut inside its second form ("BANK NEGARA
  // INDONESIA PERSERO TB", Tbk cut) ends in the form before the stub (stripTrailing drops the stub).
  if (end > 2 && !(spans.suffixes.length > 0 && spans.suffixes[0].end === end) && LEGAL_AND_SECURITY_STARTS.has(all[end - 1])) {
    const before = legalFormSpans(all.slice(0, end - 1));
    if (before.suffixes.length > 0 && before.suffixes[0].end === end - 1 && usable(before.suffixes[0])) spans = before;
  }
  if (spans.prefix && usable(spans.prefix)) for (let k = spans.prefix.start; k < spans.prefix.end; k++) words[k].drop = words[k].form = true;
  for (const sp of spans.suffixes) {
    if (!usable(sp)) break;
    for (let k = sp.start; k < sp.end; k++) words[k].drop = words[k].form = true;
  }
  return spans;
}

// ---------------------------------------------------------------------------------------------
// Name analysis: NAME_STEPS run in order over one NameState. The 'word-rules' step is one pass
// over the words in which WORD_RULES run in order on each word; a rule may read what the rules
// did to the words before it in the same pass (a number word takes the next word, CLASS takes the
// letter after it, SERIES looks ahead for a vintage).

/** What analysis knows of a name so far: made by createNameState, then read and written by each step. */
export interface NameState {
  /** The name as given. */
  readonly raw: string;
  /** The name the words are cut from: trimmed, without a bond's coupon and maturity. */
  trimmed: string;
  /** The registry tag cut from its end (AnalysedName.registryTag), or undefined. */
  registryTag?: string;
  /** Widths at which the name may have been cut (none once a bond's tail was cut off). */
  cutWidths: readonly number[];
  /** The name needed no Unicode work to prepare (prepare): no word of it is Han. */
  ascii: boolean;
  /** Han is read in pinyin ('han-pinyin'). */
  pinyin: boolean;
  /** Words, parentheses and the gaps removed phrases leave, before they become `words`. */
  items: string[];
  /**
   * The phrase passes that may find a phrase in `items` (PHRASE_STARTS: 'scan' reads it; every
   * pass until then): most names start none, and those passes are skipped.
   */
  phrasePasses: number;
  /** The facts of each of `scanned` (the items as 'scan' cut them), for 'words' while no pass replaced them. */
  scanned: readonly string[] | undefined;
  scannedFacts: readonly number[] | undefined;
  /** The words; steps rewrite their text or mark them dropped, never remove them after 'leading-initials'. */
  words: Word[];
  norm: string;
  truncated: boolean;
  cutWidth: number | null;
  /** A vendor short name: the share class hangs on the cut last word ("...DIGITAL TEC-A"). */
  shortName: boolean;
  guessCut: boolean;
  /** AnalyseOptions.continuation. */
  continuation: boolean;
  /** The name ends the way whole names end: ".", ")", a legal form, "Limited", a share class. */
  endsWhole: boolean;
  cutEnd: boolean;
  cutGuessed: boolean;
  /** The last security word seen introduced no vintage: digits after it are a ratio ("ADR REPRESENTING 25 SHS"). */
  sawSecurity: boolean;
  legalForms: string[];
  /** Company-type abbreviations set aside ('company-types'), or undefined when none. */
  companyTypes: string[] | undefined;
  /** 'legal-form-word' removed a form with words of the name after it. */
  formInside: boolean;
  /** The words before translation, joined by one space (only when words were translated). */
  written: string | undefined;
  /** Beside each item after translation, the word a one-word translation replaced ('' elsewhere): the words' `spelled`. */
  translatedFrom: string[] | undefined;
  /** Words written in camel case with their parts (AnalysedName.camel), or undefined. */
  camel: Record<string, string[]> | undefined;
  /** What explanations print (AnalysedName.steps), each once, in the order first taken. */
  steps: NormalisationStep[];
  tokens: NameToken[];
}

/** One step of name analysis. */
export interface NameStep {
  /** Stable: tests and docs name the step by it. */
  readonly id: string;
  run(s: NameState): void;
}

/**
 * One rule of the 'word-rules' pass, for the word at `i`. Returns how many words it settled: 0
 * (not its word: the next rule looks at it), 1 (this word: the pass goes on to the next word) or
 * 2 (this word and the next, which it took).
 */
export interface WordRule {
  readonly id: string;
  apply(s: NameState, i: number): number;
}

export function createNameState(raw: string, opts: AnalyseOptions = {}): NameState {
  return {
    raw, trimmed: '', cutWidths: opts.cutWidths ?? DEFAULT_CUT_WIDTHS, guessCut: opts.guessCut ?? false, continuation: opts.continuation ?? false, ascii: true, pinyin: opts.pinyin ?? false, items: [], phrasePasses: EVERY_PHRASE_PASS, scanned: undefined, scannedFacts: undefined, words: [], norm: '',
    truncated: false, cutWidth: null, shortName: false, endsWhole: false, cutEnd: false, cutGuessed: false, sawSecurity: false, legalForms: [], steps: [], tokens: [],
    written: undefined, translatedFrom: undefined, camel: undefined, companyTypes: undefined, formInside: false,
  };
}

const NO_CUT_WIDTHS: readonly number[] = [];
/** Shorter names are seldom cut by a field: their last word is read as written unless a width says otherwise. */
const GUESSED_CUT_MIN = 24;
const HAS_LETTER = /\p{L}/u;
const NOT_ASCII = /[^\x00-\x7f]/;
const ENDS_IN_LETTER_WORD = / [a-z]$/i;
const ONE_LETTER = /^[a-z]$/;

/** A bond's description is the issuer, then its coupon and maturity: only the issuer is compared, and it is not a cut name. */
/** The name before a bond's coupon and maturity ("ZIJIN MINING GROUP CO LTD 1% 07/29 CV": what follows describes the bond, CV is no legal form); the text itself when it has none. */
export function withoutDebtTail(raw: string): string {
  const debt = raw.includes('%') || raw.includes('/') ? DEBT_TAIL.exec(raw) : null;
  return debt !== null && HAS_LETTER.test(raw.slice(0, debt.index)) ? raw.slice(0, debt.index) : raw;
}

function cutDebtTail(s: NameState): void {
  const raw = s.raw;
  s.trimmed = raw.trim();
  const debt = raw.includes('%') || raw.includes('/') ? DEBT_TAIL.exec(raw) : null;
  if (debt !== null) nameBefore(s, raw, 0, debt.index, 'coupon and maturity removed');
}

/**
 * The name is `text` from `from` to `to` (what is around it describes the security: a coupon, a
 * ticker, a kind of share), when that part has a letter: kept, with `step`, and read as no cut
 * name. False when it has none (the text is left as it was).
 */
function nameBefore(s: NameState, text: string, from: number, to: number, step: NormalisationStep): boolean {
  if (!HAS_LETTER.test(text.slice(from, to))) return false;
  s.trimmed = text.slice(from, to).trim();
  s.cutWidths = NO_CUT_WIDTHS;
  addStep(s.steps, step);
  return true;
}

/** A ticker written after the name as Bloomberg writes one (603260 CH Equity, AAPL UW Equity), or an A-share or Hong Kong code and its market (603260 CH, 0700 HK). */
const TRAILING_TICKER = /\s+(?:[A-Z0-9]{1,6}(?:\/[A-Z])?\s+[A-Z][A-Z0-9]\s+EQUITY|\d{4,6}\s+(?:CH|CG|CS|C1|C2|HK|SH|SZ))\s*$/i;
/** An A-share code written before the name, as Chinese data vendors list securities (603260 HOSHINE SILICON). */
const LEADING_A_SHARE = /^\d{6}\s+(?=\p{L})/u;

/** The text may end as TRAILING_TICKER does: in "equity", or in two characters after a space after a digit (a cheap test first: every name is asked). */
function mayEndInTicker(t: string): boolean {
  const n = t.length;
  if (n < 8) return false;
  if (t.slice(-6).toLowerCase() === 'equity') return true;
  if (t.charCodeAt(n - 3) !== 0x20 && t.charCodeAt(n - 3) !== 0x09) return false;
  let i = n - 4;
  while (i >= 0 && (t.charCodeAt(i) === 0x20 || t.charCodeAt(i) === 0x09)) i--;
  const c = t.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/**
 * A security's ticker written into its name field, after it (603260 CH Equity) or, a six-digit
 * A-share code, before it: not a word of the name (it was a number on one side, and the name no match).
 */
function cutTickerTag(s: NameState): void {
  const t = s.trimmed;
  const after = mayEndInTicker(t) ? TRAILING_TICKER.exec(t) : null;
  const tail = after !== null && HAS_LETTER.test(t.slice(0, after.index)) && parseTicker(after[0]).market.country !== undefined ? after.index : t.length;
  const head = LEADING_A_SHARE.exec(t);
  if (tail < t.length || head !== null) nameBefore(s, t, head === null ? 0 : head[0].length, tail, 'security words removed');
}

/**
 * The kind of share a European security description names after the issuer, as WM Datenservice
 * and its users write it ("Hoshine Silicon Industry Co. Ltd. Registered Shares A YC 1", "Siemens AG
 * Namens-Aktien o.N.", "Tencent Holdings Ltd. Reg.Shares HD -,00002", "Danone S.A. Actions Port.
 * EO -,25"): from it on, the words name the share, its class and par value, not the issuer.
 * (A share word alone is no share kind: "per azioni", "op aandelen" end legal forms.)
 */
const SHARE_TYPE_TAIL = new RegExp(
  '\\s(?:(?:vink\\.?\\s*)?namens-?\\s*aktien|inhaber-?\\s*aktien|inh\\.-?\\s*akt\\.?|stamm-?\\s*aktien|vorzugs-?\\s*aktien|' +
    '(?:ny\\s+)?registered\\s+(?:shares?|shs?\\.?)|(?:ny\\s+)?reg\\.?\\s*(?:shares?|shs?\\.?)|bearer\\s+(?:shares?|shs?\\.?)|ordinary\\s+shares?|common\\s+shares?|' +
    'actions?\\s+(?:nom\\.?|port\\.?|nominatives?|au\\s+porteur|ordinaires?)|acciones\\s+(?:nominativas|ordinarias|al\\s+portador|clase)|' +
    'azioni\\s+(?:nom\\.?|ordinarie|di\\s+risparmio)|aandelen\\s+(?:op\\s+naam|aan\\s+toonder))(?=[\\s,.;]|$)',
  'iu',
);

/** A European security description's share kind and what follows it (SHARE_TYPE_TAIL) cut off the name. */
function cutShareType(s: NameState): void {
  const tail = SHARE_TYPE_TAIL.exec(s.trimmed);
  if (tail !== null) nameBefore(s, s.trimmed, 0, tail.index, 'security words removed');
}

/** The registry tag after the legal form (EDGAR_TAG) cut off the name and kept (registryTag). */
function cutRegistryTag(s: NameState): void {
  // (Only a name with a slash can end in one: most are told by one includes.)
  if (!s.trimmed.includes('/')) return;
  const tag = EDGAR_TAG.exec(s.trimmed);
  if (tag === null) return;
  const after = tag[2].toLowerCase();
  // Not a second legal form (Ageas SA/NV, bilingual), a security word (PLC/ADR, its depositary
  // receipt), nor the article put last (COCA COLA CO/THE).
  if (!LEGAL_FORMS.has(tag[1].toLowerCase()) || LEGAL_FORMS.has(after) || SECURITY_WORDS.has(after) || after === 'the') return;
  s.registryTag = after;
  s.trimmed = s.trimmed.slice(0, tag.index + tag[0].indexOf('/')).trim();
  addStep(s.steps, 'registry tag removed');
}

/**
 * The SEC's tag after a conformed company name's legal form: its state or country of
 * incorporation, or that it is a new registrant (FORTIS INC/CANADA, XYZ CORP /DE/, ABC INC/NEW/);
 * vendors write the country so too (SBI Holdings Inc./Japan). Cut off and kept as the name's
 * registryTag: it tells namesakes apart (China Life Insurance Co. Ltd./Taiwan), so scoring caps a
 * match the listed name does not tag alike at review (the `registry-tag` rule).
 */
const EDGAR_TAG = /\b([A-Za-z]{2,4})\.?\s*\/\s*([A-Za-z]{2,10})\s*\/?$/;

/** Lower case, Unicode folded and cut into words, parentheses and '&' as "and" (prepare, scan). */
function scanName(s: NameState): void {
  // (prepare, read in one pass: nearly every name is plain ASCII and is scanned as it is; its
  // first other character sends it the Unicode way.)
  const lower = lowerCased(s.trimmed);
  const plain = scan(lower, true);
  s.ascii = plain !== null;
  s.items = s.scanned = plain ?? scan(unicodeFolded(lower));
  // (A word as scanned: a par value's HKD0.1 is hkd01, two digits, and left alone.)
  // (Transliteration may write a digit too: the Unicode way is always read.)
  if ((plain === null || HAS_0_OR_1.test(lower)) && readDigitLookalikes(s.items)) addStep(s.steps, 'digits read as the letters they look like');
  const { facts, passes } = itemFacts(s.items);
  s.scannedFacts = facts;
  s.phrasePasses = passes;
}

const CAMEL_BOUNDARY = /\p{Ll}\p{Lu}/u;
const ASCII_CAMEL_BOUNDARY = /[a-z][A-Z]/;
const LETTER_RUN = /\p{L}+/gu;
const CAMEL_SPLIT = /(?<=\p{Ll})(?=\p{Lu})/u;

/**
 * A Chinese name's runs of Han read in pinyin, word by word (han-pinyin.ts: 新疆中泰化学股份有限公司
 * -> xinjiang zhongtai chemical co ltd, written "xinjiang zhongtai huaxue co ltd"), when the pinyin
 * option asks. After 'translations': known business words are translated here, by their characters,
 * and a brand's reading is never taken for a business word of like sound (钨业 wuye is not 物业).
 */
function hanInPinyin(s: NameState): void {
  if (!s.pinyin || s.ascii || !readsInPinyin(s.trimmed)) return;
  let out: string[] | undefined;
  let written: string[] | undefined;
  let translated = false;
  for (let i = 0; i < s.items.length; i++) {
    const item = s.items[i];
    if (!IS_HAN.test(item)) {
      out?.push(item);
      written?.push(item);
      continue;
    }
    out ??= s.items.slice(0, i);
    written ??= s.items.slice(0, i);
    const read = readHanRun(item);
    out.push(...read.words);
    written.push(...read.written);
    translated ||= read.translated;
  }
  if (out === undefined || written === undefined) return;
  addStep(s.steps, 'read in pinyin');
  if (translated) {
    addStep(s.steps, 'words translated');
    // (Words a translation of the Latin part rewrote keep their spelling as written.)
    if (s.written === undefined) s.written = joinTexts(wordsOf(written), ' ');
  }
  s.items = out;
}

/** Words written in camel case (TeleSystems, GlaxoSmithKline): their parts, for initials (MTS, GSK). */
function camelCase(s: NameState): void {
  if (!(s.ascii ? ASCII_CAMEL_BOUNDARY : CAMEL_BOUNDARY).test(s.trimmed)) return;
  for (const word of s.trimmed.match(LETTER_RUN) ?? []) {
    if (!CAMEL_BOUNDARY.test(word)) continue;
    const parts = word.split(CAMEL_SPLIT).map((p) => p.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase());
    (s.camel ??= {})[parts.join('')] = parts;
  }
}

/** Depositary-receipt and registration phrases (AMERICAN DEPOSITARY SHARES, REG S, RULE 144A) removed, leaving a gap. */
function removeSecurityPhrases(s: NameState): void {
  // (It only takes words out: the passes after it find no phrase it made.)
  if ((s.phrasePasses & SECURITY_PASS) === 0) return;
  const out = replacePhrases(s.items, SECURITY_RULES);
  if (out) {
    addStep(s.steps, 'security words removed');
    s.items = out;
  }
}

/** Words that belong together joined or spelled out, only side by side (HONG KONG -> hongkong, INT L -> international). */
function canonicalPhrases(s: NameState): void {
  if ((s.phrasePasses & CANONICAL_PASS) === 0) return;
  const out = replacePhrases(s.items, CANONICAL_RULES);
  if (out === null) return;
  s.items = out;
  // (A word it wrote may start a translation: that pass reads every item.)
  s.phrasePasses |= TRANSLATION_PASS;
}

/** Business words of other languages read as the English companies use (Denki -> electric, Youxian Gongsi -> co ltd). */
function translateWords(s: NameState): void {
  if ((s.phrasePasses & TRANSLATION_PASS) === 0) return;
  const translatedFrom: string[] = [];
  const out = replacePhrases(s.items, TRANSLATION_RULES, translatedFrom);
  if (out) {
    addStep(s.steps, 'words translated');
    s.written = joinTexts(wordsOf(s.items), ' ');
    s.items = out;
    s.translatedFrom = translatedFrom;
  }
}

/** The items become words, each marked when it stands inside parentheses. */
function makeWords(s: NameState): void {
  s.words = wordsOf(s.items, s.items === s.scanned ? s.scannedFacts : undefined, s.translatedFrom);
}

/** "A P Moller" = A.P. Møller: spaced initials at the start are one word (joinLeadingInitials). */
function leadingInitials(s: NameState): void {
  surnameBeforeInitials(s.words);
  joinLeadingInitials(s.words);
}

/** Words that a letter after them qualifies (CLASS A, SERIES B, FUND I): never a surname. */
const LETTER_QUALIFIED = new Set(['class', 'cl', 'series', 'ser', 'fund', 'tranche', 'cat', 'category', 'type', 'grade', 'pfd', 'pref']);

/**
 * The SEC's and US vendors' order for a company named after a person: the surname first, the
 * initials after it (FULLER H B CO, BERKLEY W R CORP, ROBINSON C H WORLDWIDE: H.B. Fuller Company,
 * W. R. Berkley Corporation, C.H. Robinson Worldwide). Two or three single letters right after the
 * first word, and no letter after them, are taken back before it, where joinLeadingInitials joins
 * them as the list's H.B. is joined (hb fuller). One letter alone stays: a share class (ZIJIN
 * MINING H, CLASS A); so do letters that spell a legal form (CARLSBERG A S).
 */
function surnameBeforeInitials(words: Word[]): void {
  if (words.length < 3 || words[0].text.length < 2 || LETTER_QUALIFIED.has(words[0].text) || !isLetters(words[0].text)) return;
  let k = 1;
  while (k < words.length && k <= 3 && isLetter(words[k].text)) k++;
  if (k < 3 || (k < words.length && isLetter(words[k].text))) return;
  // Not a legal form written in letters (CARLSBERG A S, CEZ A S, KRKA D D NOVO MESTO: A/S, a. s.,
  // d. d.), unless a legal form follows them (FULLER H B CO: no name writes H.B. and Co. in a row).
  let joined = '';
  for (let i = 1; i < k; i++) joined += words[i].text;
  if (LEGAL_FORMS.has(joined)) return;
  const isForm = (texts: string[]) => legalFormSpans(texts).suffixes.length > 0;
  const formAfter = k < words.length && (LEGAL_FORMS.has(words[k].text) || isForm([words[0].text, words[k].text]));
  if (!formAfter && (isForm([words[0].text, joined]) || isForm(words.slice(0, k).map((w) => w.text)))) return;
  const surname = words[0];
  words.copyWithin(0, 1, k);
  words[k - 1] = surname;
}

function isLetters(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) < 97 || w.charCodeAt(i) > 122) return false;
  return w.length > 0;
}

/** Every word, legal forms and security words included: the name as explanations show it. */
function recordNorm(s: NameState): void {
  s.norm = joinTexts(s.words, ' ');
}

/**
 * The first of `widths` a name of `length` characters may be cut at (0: none): the cut lands
 * mid-word (length = width) or just after a word, whose space was then trimmed (width - 1).
 */
export function cutWidthAt(length: number, widths: readonly number[]): number {
  for (const w of widths) if (length === w || length === w - 1) return w;
  return 0;
}

/**
 * Whether the name may be cut short. A fixed-width cut lands mid-word (length = width) or just
 * after a word whose space was then trimmed; a name of that length ending the way whole names end
 * (a legal form, "Ltd.", a share class) is complete. Vendor short names (Bloomberg style) hang the
 * share class on with a hyphen after a name cut at any width ("HANGZHOU HIKVISION DIGITAL TEC-A").
 */
function detectCut(s: NameState): void {
  const { trimmed, words, cutWidths } = s;
  const lastFacts = words.length > 0 ? wordFacts(words[words.length - 1]) : 0;
  const lastChar = trimmed.charCodeAt(trimmed.length - 1);
  const endsWhole = lastChar === 0x2e || lastChar === 0x29 || (lastFacts & (LEGAL_FORM | WHOLE_ENDING)) !== 0
    || ((lastFacts & CLASS_MARKER) !== 0 && ENDS_IN_LETTER_WORD.test(trimmed));
  const width = cutWidthAt(trimmed.length, cutWidths);
  s.endsWhole = endsWhole;
  s.truncated = !endsWhole && width > 0;
  s.cutWidth = s.truncated ? width : null;
  // (Its hyphen stands second to last: most names are told so before a slice and the regex.)
  s.shortName = (trimmed.charCodeAt(trimmed.length - 2) === 0x2d && SHORT_NAME_CLASS.test(trimmed.slice(-5)))
    || (trimmed.charCodeAt(trimmed.length - 3) === 0x2d && SHORT_NAME_SERIES.test(trimmed.slice(-5)));
}

/** Legal forms of every jurisdiction before or after the name marked dropped (markLegalForms); recorded in the word pass. */
function markFormSpans(s: NameState): void {
  const spans = markLegalForms(s.words);
  if (spans.suffixes.some((sp) => sp.typo !== undefined && usable(sp))) addStep(s.steps, 'legal form read through a typo');
  // A name of a cut width that ends in a whole legal form of several words or a long one
  // ("Mitsubishi Denki Kabushiki Kaisha", 33 characters; "... Aktiengesellschaft") ends as whole
  // names end: not cut (a cut would not land right after a form; a short form may be a cut word).
  const last = spans.suffixes[0];
  if (s.truncated && last !== undefined && last.end === s.words.length && s.words[last.end - 1].form && (last.end - last.start >= 2 || last.text.length >= 6)) {
    s.truncated = false;
    s.cutWidth = null;
    s.endsWhole = true;
  }
}

/**
 * The honoree Russian and Soviet enterprises carry after their name, "imeni" (им., IM, named after)
 * and a person to the end (AO NPO SPLAV IMENI A N GANICHEVA, Zelenodolsk Plant named after A.M.
 * Gorky), which lists and fund files as often leave out: set aside like a legal form, when a
 * distinctive word stays before it. A name the honoree names (OAO ZAVOD IM V A DEGTYAREVA / Plant
 * named after V.A. Degtyarev) keeps the surname alone, in the nominative: the marker, a title and
 * initials are written either way, and after imeni the surname stands in the genitive.
 */
function dropHonoree(s: NameState): void {
  const words = s.words;
  let at = -1;
  /** Words of the marker: imeni / IM (Russian: the surname in the genitive), or named after. */
  let markerWords = 0;
  for (let i = 1; i + 1 < words.length; i++) {
    const t = words[i].text;
    if (t === 'imeni' || (t === 'im' && words[i + 1].text.length === 1 && i + 2 < words.length)) {
      at = i;
      markerWords = 1;
      break;
    }
    if (t === 'named' && words[i + 1].text === 'after' && i + 2 < words.length) {
      at = i;
      markerWords = 2;
      break;
    }
  }
  if (at < 0) return;
  let distinctive = false;
  for (let i = 0; i < at && !distinctive; i++) if (!words[i].drop && kindOf(words[i].text, wordFacts(words[i])) === 'distinctive') distinctive = true;
  let surname = -1;
  for (let i = words.length - 1; i >= at + markerWords && surname < 0; i--) if (!words[i].form && !words[i].drop) surname = i;
  if (surname < 0) return;
  for (let i = at; i < words.length; i++) if (!words[i].form && (distinctive || i !== surname)) words[i].drop = true;
  if (distinctive) {
    addStep(s.steps, 'honoree removed');
    return;
  }
  if (markerWords === 1) words[surname].text = nominativeSurname(words[surname].text);
  addStep(s.steps, 'honoree named by surname');
}

/** A Russian surname in -ov, -ev, -in in the genitive (Degtyareva, Sazykina): its nominative (Degtyarev). */
function nominativeSurname(word: string): string {
  return word.length >= 6 && /(?:ov|ev|in|yn)a$/.test(word) ? word.slice(0, -1) : word;
}

/**
 * A company-type abbreviation (company-types.ts: NK, AK, NPK ...) standing first, or right before
 * the legal form the name ends in, is set aside like a form ("NK Rosneft PAO", "ROSNEFT' NK PAO",
 * "NPK Uralvagonzavod"); a two-letter one only beside a post-Soviet form (AK Steel keeps its AK),
 * and none when no distinctive word would be left.
 */
function markCompanyTypes(s: NameState): void {
  const words = s.words;
  let first = -1;
  let last = -1;
  for (let i = 0; i < words.length; i++) {
    if (words[i].drop) continue; // (legal forms are marked dropped)
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0 || first === last) return;
  // Nearly every name: neither word is a company type, nor starts one's English phrase.
  const firstFacts = wordFacts(words[first]);
  const atFirst = (firstFacts & COMPANY_TYPE) !== 0;
  const atLast = last + 1 < words.length && words[last + 1].form && (wordFacts(words[last]) & COMPANY_TYPE) !== 0;
  const phrases = (firstFacts & COMPANY_TYPE_PHRASE) !== 0 ? COMPANY_TYPE_PHRASES.get(words[first].text) : undefined;
  if (!atFirst && !atLast && phrases === undefined) return;
  let soviet = false;
  let phraseForm = false;
  for (const w of words) {
    if (w.form && POST_SOVIET_FORM_WORDS.has(w.text)) soviet = true;
    if (w.form && PHRASE_FORM_WORDS.has(w.text)) phraseForm = true;
  }
  if (atFirst) setCompanyType(s, first, first, last, soviet);
  else if (phrases !== undefined && (soviet || phraseForm)) setCompanyTypePhrase(s, phrases, first, last);
  // Types may stand in a row (АО «ВПК «НПО машиностроения»: Military Industrial Company NPO
  // Mashinostroyeniya): the word after one set aside is read again, as the first.
  for (let next = first; next < last && words[next].drop; ) {
    while (next < last && words[next].drop) next++;
    if (next >= last || (wordFacts(words[next]) & COMPANY_TYPE) === 0) break;
    setCompanyType(s, next, next, last, soviet);
  }
  if (atLast && !words[last].drop) setCompanyType(s, last, first, last, soviet);
}

/**
 * The English phrase of a company type (company-types.ts phrases: "Oil and Gas Company" of НГК)
 * standing first in a name with a post-Soviet legal form, set aside as the abbreviation is and
 * recorded as it, when a distinctive word is left ("Public Joint Stock Company Oil and Gas Company
 * Slavneft" reads as PAO NGK Slavneft).
 */
function setCompanyTypePhrase(s: NameState, phrases: ReadonlyArray<{ words: readonly string[]; abbreviation: string }>, first: number, last: number): void {
  const words = s.words;
  for (const p of phrases) {
    const end = first + p.words.length;
    if (end > last) continue;
    let all = true;
    for (let k = 0; k < p.words.length && all; k++) all = !words[first + k].drop && !words[first + k].paren && words[first + k].text === p.words[k];
    if (!all) continue;
    let distinctive = false;
    for (let j = end; j <= last && !distinctive; j++) if (!words[j].drop && kindOf(words[j].text, wordFacts(words[j])) === 'distinctive') distinctive = true;
    if (!distinctive) return;
    for (let k = first; k < end; k++) words[k].drop = true;
    (s.companyTypes ??= []).push(p.abbreviation);
    addStep(s.steps, 'company type removed');
    return;
  }
}

/** A word of the name but `except`, kept, is `head` or a compound of it (PrivatBank). */
function hasHeadWord(words: readonly Word[], head: string, except: number): boolean {
  for (let j = 0; j < words.length; j++) if (j !== except && !words[j].drop && words[j].text.endsWith(head)) return true;
  return false;
}

/** Sets words[i] aside as a company type, when it may be one (see markCompanyTypes). */
function setCompanyType(s: NameState, i: number, first: number, last: number, soviet: boolean): void {
  const words = s.words;
  if (words[i].paren || (COMPANY_TYPE_WORDS.get(words[i].text) && !soviet)) return;
  let distinctive = false;
  for (let j = first; j <= last && !distinctive; j++) if (j !== i && !words[j].drop && kindOf(words[j].text, wordFacts(words[j])) === 'distinctive') distinctive = true;
  if (!distinctive) return;
  (s.companyTypes ??= []).push(words[i].text);
  addStep(s.steps, 'company type removed');
  // A bank's type (AB, AKB: joint-stock bank) leaves the word bank, which the lists write (Bank
  // Rossiya), unless the name has it (Avangard Bank, PrivatBank).
  const head = COMPANY_TYPE_HEADS.get(words[i].text);
  if (head !== undefined && !hasHeadWord(words, head, i)) words[i].text = head;
  else words[i].drop = true;
}

/** One pass over the words, WORD_RULES in order on each until one settles it. */
function runWordRules(s: NameState): void {
  const words = s.words;
  for (let i = 0; i < words.length; ) {
    // Most words (ZHEJIANG, STEEL) are no rule's: skipped by one lookup, not twelve rules' tests.
    if (noRuleReads(words[i])) {
      i++;
      continue;
    }
    let settled = 0;
    for (let r = 0; r < WORD_RULES.length && settled === 0; r++) settled = WORD_RULES[r].apply(s, i);
    i += settled === 0 ? 1 : settled;
  }
}

/**
 * From the end: share-class markers (never the only word left), and a cut legal form or security
 * word ("... LT"): in a name cut at a known width, or right after a legal form at any width ("DAQO
 * NEW ENERGY CO L", "IFLYTEK CO LT": nothing but a form's start follows a form); in a name cut at
 * a known width, the leading words of a form of several words the cut broke off (cutFormLength).
 */
function stripTrailing(s: NameState): void {
  const words = s.words;
  // No width known, a long name may be cut all the same (completeCutWord's guess): a stub that only
  // a form's word starts ("FAR EASTERN NEW CENTURY CORPOR": LEGAL_FORM_STUBS) is that form cut.
  const guessedCut = !s.truncated && s.guessCut && !s.endsWhole && s.trimmed.length >= GUESSED_CUT_MIN;
  // A form of several words the width cut ("VIETNAM DAIRY PRODUCTS JOINT STOCK", "... PUBLIC COMPA"),
  // or a guessed cut inside its last word ("BUMRUNGRAD HOSPITAL PUBLIC COM").
  if ((s.truncated || (guessedCut && LEGAL_AND_SECURITY_STARTS.has(words[words.length - 1].text))) && words.length > 1) {
    const texts: string[] = [];
    for (const w of words) texts.push(w.text);
    const k = cutFormLength(texts);
    for (let i = words.length - k; i < words.length; i++) words[i].drop = true;
    if (k > 0) addStep(s.steps, 'legal form removed');
  }
  let keptBefore = 0;
  for (const w of words) if (!w.drop) keptBefore++;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (w.drop) continue;
    keptBefore--;
    if (((wordFacts(w) & CLASS_MARKER) !== 0 || (s.shortName && i === words.length - 1 && SERIES_CLASS.test(w.text)) || isShareTag(s, i)) && keptBefore > 0) {
      w.drop = true;
      addStep(s.steps, 'share class stripped');
      continue;
    }
    const afterForm = i > 0 && words[i - 1].drop && s.legalForms.includes(words[i - 1].text);
    // (The last word left: the share class after it is dropped already, IFLYTEK CO L-A.)
    if ((i === words.length - 1 || (afterForm && keptAfter(words, i) === 0)) && (wordFacts(w) & PLACE) === 0 && (((s.truncated || afterForm) ? LEGAL_AND_SECURITY_STARTS.has(w.text) : guessedCut && LEGAL_FORM_STUBS.has(w.text)) || ((s.truncated || guessedCut) && isCutLongForm(w.text)))) {
      w.drop = true;
      addStep(s.steps, 'legal form removed');
      continue;
    }
    break;
  }
}

/** How many words after words[i] are not dropped. */
function keptAfter(words: readonly Word[], i: number): number {
  let n = 0;
  for (let k = i + 1; k < words.length; k++) if (!words[k].drop) n++;
  return n;
}

/** Brazilian share classes (ordinárias, preferenciais, units) as B3 short names end in them. */
const BR_CLASSES = new Set(['on', 'pn', 'pna', 'pnb', 'pnc', 'pnd', 'unt']);
/** B3 listing segments written after the class (Novo Mercado, Nível 1 and 2, Bovespa Mais). */
const BR_SEGMENTS = new Set(['nm', 'n1', 'n2', 'ma']);
/** A par value in pence or cents after ORD (VICTREX PLC ORD 1P, ORD 0.1P reads 01p). */
const PENCE_PAR = /^\d+p$/;

/**
 * Share tags vendors hang on a name's end, beyond the class letters: a B3 class and listing segment
 * (RAIADROGASIL ON NM, PETROBRAS PN N2; a class alone but ON, an English word), a bearer share
 * (SWATCH GROUP AG-BR, as -REG marks a registered one), a par value in pence after ORD.
 */
function isShareTag(s: NameState, i: number): boolean {
  const words = s.words;
  const t = words[i].text;
  const last = i === words.length - 1;
  if (last && BR_SEGMENTS.has(t)) return i > 0 && BR_CLASSES.has(words[i - 1].text);
  if (BR_CLASSES.has(t)) return last ? t !== 'on' : i + 1 < words.length && words[i + 1].drop && BR_SEGMENTS.has(words[i + 1].text);
  if (last && t === 'br') return s.trimmed.charCodeAt(s.trimmed.length - 3) === 0x2d;
  return PENCE_PAR.test(t) && i > 0 && (words[i - 1].text === 'ord' || words[i - 1].text === 'ordinary');
}

/** Words that join a name to what follows (of, and, de, und ...): no whole name ends in one. */
const JOINING_WORDS: ReadonlySet<string> = new Set(['of', 'and', 'for', 'the', 'de', 'la', 'le', 'les', 'des', 'du', 'del', 'da', 'di', 'et', 'und', 'y', 'van', 'der', 'to', 'at', 'in']);

/**
 * How the name ends at a joining word it dropped: right there ("... DEL PUEBLO DE", "... BANK OF
 * THE": 'joining'), or with the one letter of the next word the cut left after it
 * ("CONSTRUCCIONES Y AUXILIAR DE F": 'stub'; two letters may be a word, "OF THE US"); null when it does not.
 */
function endsInJoiningWord(words: readonly Word[]): 'joining' | 'stub' | null {
  const last = words[words.length - 1];
  if (last === undefined) return null;
  if (last.drop) return JOINING_WORDS.has(last.text) ? 'joining' : null;
  const before = words[words.length - 2];
  return last.text.length === 1 && before !== undefined && before.drop && JOINING_WORDS.has(before.text) ? 'stub' : null;
}

/**
 * A cut name's last word may be a prefix (cutEnd: a fixed-width cut, or a short name of two or
 * more words); when it starts only one vocabulary word it is completed (TECHNOL -> technology).
 * Only the last word written (before a short name's class) can be cut: a removed suffix means the
 * cut fell later.
 */
function completeCutWord(s: NameState): void {
  const words = s.words;
  let kept = 0;
  let last: Word | undefined;
  for (const w of words) {
    if (w.drop) continue;
    kept++;
    last = w;
  }
  s.cutEnd = s.truncated || (s.shortName && kept >= 2);
  // No width known: a long name that ends in a word joining it to more ("BANCO BICENTENARIO DEL
  // PUEBLO DE") was cut there, at a width no table knows (never proof enough to confirm: cutGuessed);
  // the list words after the cut are missing, and the words before it are whole.
  const joining = s.guessCut && !s.cutEnd && !s.endsWhole && s.trimmed.length >= GUESSED_CUT_MIN ? endsInJoiningWord(words) : null;
  if (joining !== null && kept - (joining === 'stub' ? 1 : 0) >= 2) {
    if (joining === 'stub') last!.drop = true;
    s.truncated = true;
    s.cutEnd = true;
    s.cutGuessed = true;
    addStep(s.steps, 'cut at a joining word');
    return;
  }
  // No width known: a long name whose last written word is of no vocabulary may still be cut.
  if (s.guessCut && !s.cutEnd && kept >= 2 && !s.endsWhole && s.trimmed.length >= GUESSED_CUT_MIN && last === words[words.length - 1] && kindOf(last.text, wordFacts(last)) === 'distinctive' && !isHanWord(last.text, s.ascii)) {
    s.cutEnd = true;
    s.cutGuessed = true;
    // Not completed: a word of its own ("... GOLD MINE") must stay what it is; the scorer still
    // lets it be the start of the listed word.
    return;
  }
  if (!s.cutEnd || last === undefined) return;
  if (last === words[words.length - (s.truncated ? 1 : 2)] && !isHanWord(last.text, s.ascii) && kindOf(last.text, wordFacts(last)) === 'distinctive') {
    const completed = COMPLETION.get(last.text);
    if (completed) {
      last.text = completed;
      addStep(s.steps, 'truncated name');
    }
  }
}

function isSecondLevelCity(text: string): boolean {
  return (factsOf(text) & SECOND_LEVEL_CITY) !== 0;
}

/**
 * The words kept become the tokens compared, each with its kind; the leading run of places is
 * marked. A Chinese city of the second level (CHINA_CITIES, not in the first place table) is a
 * place only beside a distinctive word: alone it is the name (Maanshan Iron & Steel, Nanyang
 * Red Cotton Logistics), not where the company is.
 */
function buildTokens(s: NameState): void {
  const words = s.words;
  const tokens = s.tokens;
  let distinctive = false;
  let city = false;
  let leading = true;
  const abjad = !s.ascii && ABJAD_LETTER.test(s.trimmed);
  const loan = !s.ascii && !abjad && KANA_HANGUL.test(s.trimmed);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.drop) continue;
    const facts = wordFacts(w);
    const kind = kindOf(w.text, facts);
    if (kind === 'distinctive') distinctive = true;
    else if (kind === 'place' && (facts & SECOND_LEVEL_CITY) !== 0) city = true;
    if (kind !== 'place') leading = false;
    tokens.push({ text: w.text, kind, paren: w.paren, lead: leading && kind === 'place', han: isHanWord(w.text, s.ascii), spelled: w.spelled, sound: null, translit: null, abjad: abjad && kind !== 'number', ...(loan && kind === 'distinctive' ? { loan: true } : {}) });
  }
  if (!city || distinctive) return;
  // (Seldom: no distinctive word beside a second-level city. Its places are the name, and the
  // leading run of places is read again.)
  leading = true;
  for (const t of tokens) {
    if (t.kind === 'place' && isSecondLevelCity(t.text)) t.kind = 'distinctive';
    if (t.kind !== 'place') leading = false;
    t.lead = leading && t.kind === 'place';
  }
}

// Word rules, in the order the 'word-rules' pass tries them.

/**
 * A word already dropped when the pass reaches it is settled: a legal form 'legal-forms' marked
 * is recorded (in word order, among the forms the pass finds), a unit word a tens word took
 * ("Seventy SEVEN") is not.
 */
function markedLegalForm(s: NameState, i: number): number {
  const w = s.words[i];
  if (!w.drop) return 0;
  if (w.form) {
    s.legalForms.push(w.text);
    addStep(s.steps, 'legal form removed');
  }
  return 1;
}

/** Han words: legal forms cut from the end and start (stripCjkLegal); a word that is only a form goes (han-translation settles the others). */
function hanLegalSuffix(s: NameState, i: number): number {
  const w = s.words[i];
  if (!isHanWord(w.text, s.ascii)) return 0;
  const stripped = stripCjkLegal(w.text);
  if (stripped !== w.text) {
    addStep(s.steps, 'legal form removed');
    if (w.text.slice(stripped.length).includes('有限')) s.legalForms.push('有限公司');
  }
  if (hanLegalForms().only.has(stripped)) {
    w.drop = true;
    addStep(s.steps, 'legal form removed');
    return 1;
  }
  w.text = stripped;
  return 0;
}

/** Han words, their legal form removed: one that is a business word whole is translated (HAN_TRANSLATIONS: トヨタ自動車 = Toyota Motor). No other rule reads Han. */
function hanTranslation(s: NameState, i: number): number {
  const w = s.words[i];
  if (!isHanWord(w.text, s.ascii)) return 0;
  const english = HAN_TRANSLATIONS.get(w.text);
  if (english !== undefined) {
    w.text = english;
    addStep(s.steps, 'words translated');
  }
  return 1;
}

/**
 * A roman numeral after the first word is a number ("Carlyle Partners VII" = 7); a single V or X
 * only ending a fund family's name ("Silver Lake Partners V, L.P."), not a brand ("Advanced Ceramic X Corp").
 */
function romanNumeral(s: NameState, i: number): number {
  if (i === 0) return 0;
  const words = s.words;
  const w = words[i];
  const roman = romanValue(w.text) ?? (SINGLE_ROMAN.has(w.text) && FUND_FAMILY.has(words[i - 1].text) && lastNameWord(words, i) ? SINGLE_ROMAN.get(w.text) : undefined);
  if (roman !== undefined) w.text = String(roman);
  return 0;
}

/**
 * Number words are numbers ("Two Harbors" = 2 Harbors, "Fifth Third" = 5th 3rd); a tens word takes
 * the unit after it ("Seventy-Seven" = 77), or the ordinal ("Twenty-First" = 21st).
 */
function numberWords(s: NameState, i: number): number {
  const words = s.words;
  const w = words[i];
  const spelled = NUMBER_WORDS.get(w.text);
  if (spelled === undefined) return 0;
  const after = TENS.has(w.text) && i + 1 < words.length && !words[i + 1].drop ? words[i + 1].text : undefined;
  const unit = after !== undefined ? UNITS.get(after) : undefined;
  const ordinal = after !== undefined && unit === undefined ? ORDINAL_UNITS.get(after) : undefined;
  if (unit !== undefined) {
    w.text = String(Number(spelled) + unit);
    words[i + 1].drop = true;
  } else if (ordinal !== undefined) {
    w.text = `${Number(spelled) + ordinal}${ORDINAL_SUFFIX(ordinal)}`;
    words[i + 1].drop = true;
  } else {
    // Kept as written: a brand runs the word into the next (NINE STAR / Ninestar: nine + star).
    w.spelled = w.text;
    w.text = spelled;
  }
  return 0;
}
/** The ordinals a tens word takes (first to ninth), by their unit. */
const ORDINAL_UNITS = new Map(ORDINAL_WORDS.slice(0, 9).map((w, k) => [w, k + 1]));

/**
 * A letter right after a year names a series ("Owner Trust 2023-A"), not a share class or an
 * article: it is joined to the year, so another series is another number.
 */
function seriesLetter(s: NameState, i: number): number {
  const words = s.words;
  const w = words[i];
  if (w.text.length !== 1 || i === 0 || words[i - 1].drop || !SERIES_YEAR.test(words[i - 1].text) || !ONE_LETTER.test(w.text)) return 0;
  words[i - 1].text += w.text;
  w.drop = true;
  return 1;
}

/** One spelling for a word written many ways (TECHNLGY, TECH -> technology); the written form is kept for typo comparison. */
function canonicalSpelling(s: NameState, i: number): number {
  const w = s.words[i];
  const canonical = CANONICAL_WORDS.get(w.text);
  if (canonical) {
    w.spelled = w.text;
    w.text = canonical;
    addStep(s.steps, 'spelling canonicalised');
  }
  return 0;
}

/** A legal-form word anywhere (CO, LTD left inside the name), kept aside for the namesake check. */
function legalFormWord(s: NameState, i: number): number {
  const w = s.words[i];
  if (!LEGAL_FORMS.has(w.text)) return 0;
  const words = s.words;
  for (let j = i + 1; j < words.length && !s.formInside; j++) {
    const t = words[j].text;
    if (!words[j].drop && !LEGAL_FORMS.has(t) && !CLASS_MARKERS.has(t) && !SECURITY_WORDS.has(t)) s.formInside = true;
  }
  w.drop = true;
  s.legalForms.push(w.text);
  addStep(s.steps, 'legal form removed');
  return 1;
}

/**
 * Security words (ADR, SHS, ORD ...) go; CLASS B / SER A take their class letter with them. A
 * series number ("Trust Series 2007-1", "Fund Series III") names a vintage and is kept; after any
 * other security word, digits before another are a ratio ('ratio'). They describe the security
 * after its issuer's name: one the name starts with is a word of the name (UNIT CORP, PREFERRED
 * BANK, REG TECHNOLOGIES).
 */
function securityWord(s: NameState, i: number): number {
  const words = s.words;
  const w = words[i];
  if (!SECURITY_WORDS.has(w.text) || !(s.continuation || keptBefore(words, i))) return 0;
  const next = words[i + 1];
  // A number that ends the name after it is the name's (Military Unit 26165), unless it is a
  // ratio (after REPRESENTING, EACH) or a series' vintage (ratio, SERIES_WORDS).
  if (next !== undefined && i + 2 === words.length && allDigits(next.text) && !RATIO_WORDS.has(w.text) && !SERIES_WORDS.has(w.text)) return 0;
  w.drop = true;
  const vintage = SERIES_WORDS.has(w.text) && next !== undefined && (allDigits(next.text) || romanValue(next.text) !== undefined);
  s.sawSecurity = !vintage;
  addStep(s.steps, 'security words removed');
  if (CLASS_INTRO.has(w.text) && next && (next.text.length === 1 || CLASS_MARKERS.has(next.text) || SERIES_CLASS.test(next.text))) {
    next.drop = true;
    addStep(s.steps, 'share class stripped');
    return 2;
  }
  return 1;
}

/** Stop words go, except a last word that may be a share class ('trailing-strip' decides it). */
function stopWord(s: NameState, i: number): number {
  const words = s.words;
  const w = words[i];
  if (!STOP_WORDS.has(w.text) || (i === words.length - 1 && CLASS_MARKERS.has(w.text))) return 0;
  w.drop = true;
  return 1;
}

/** Words that introduce a depositary receipt's ratio (ADR REPTG ONE, ADR REPRESENTING TEN S). */
const RATIO_WORDS: ReadonlySet<string> = new Set(['representing', 'represent', 'repr', 'rep', 'reptg', 'repstg', 'rptg', 'each']);

/**
 * Digits after a security word are a ratio ("ADR REPRESENTING 25 SHS", "ADR REPTG ONE LTD"), not
 * part of the name, when a ratio's word stands before them or a security word after them; digits
 * that end the name after another security word are its number (MILITARY UNIT 74455).
 */
function ratio(s: NameState, i: number): number {
  const w = s.words[i];
  if (!s.sawSecurity || !allDigits(w.text)) return 0;
  const next = s.words[i + 1];
  if (!(i > 0 && RATIO_WORDS.has(s.words[i - 1].text)) && !(next !== undefined && SECURITY_WORDS.has(next.text))) return 0;
  w.drop = true;
  return 1;
}

/** Some word before `i` is kept (a word of the name, not a form or stop word set aside). */
function keptBefore(words: readonly Word[], i: number): boolean {
  for (let j = 0; j < i; j++) if (!words[j].drop) return true;
  return false;
}

/** A par value ("ORD CNY1") or a listing tag in parentheses ("(XSHE)", "(002230.SZ)", "(603260 CH)", "(CNY)"). */
function listingTag(s: NameState, i: number): number {
  const words = s.words;
  const w = words[i];
  if (!(w.text.length > 3 && endsInDigit(w.text) && PAR_VALUE.test(w.text)) && !(w.paren && isListingTag(w.text, words[i - 1]))) return 0;
  w.drop = true;
  addStep(s.steps, 'security words removed');
  return 1;
}

/**
 * The word is one no rule of the pass settles or rewrites: not dropped, not in parentheses (a
 * listing tag), of two or more plain letters a-z (no Han, no digits: a ratio, a par value, a year;
 * one letter: a series letter), not letters a roman numeral is made of, and in no rule's table
 * (RULE_WORDS). Every rule then returns 0 for it: the pass skips it.
 */
export function noRuleReads(w: Word): boolean {
  const text = w.text;
  if (w.drop || w.paren || text.length < 2) return false;
  let numeral = true;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x61 || c > 0x7a) return false;
    if (c !== 0x69 && c !== 0x76 && c !== 0x78) numeral = false; // i v x
  }
  return !numeral && (wordFacts(w) & RULE_WORD) === 0;
}

/** The rules of the 'word-rules' pass, in order. */
export const WORD_RULES: readonly WordRule[] = [
  { id: 'marked-legal-form', apply: markedLegalForm },
  { id: 'han-legal-suffix', apply: hanLegalSuffix },
  { id: 'han-translation', apply: hanTranslation },
  { id: 'roman-numeral', apply: romanNumeral },
  { id: 'number-words', apply: numberWords },
  { id: 'series-letter', apply: seriesLetter },
  { id: 'canonical-spelling', apply: canonicalSpelling },
  { id: 'legal-form-word', apply: legalFormWord },
  { id: 'security-word', apply: securityWord },
  { id: 'stop-word', apply: stopWord },
  { id: 'ratio', apply: ratio },
  { id: 'listing-tag', apply: listingTag },
];

/** Name analysis, in order. */
export const NAME_STEPS: readonly NameStep[] = [
  { id: 'debt-tail', run: cutDebtTail },
  { id: 'registry-tag', run: cutRegistryTag },
  { id: 'ticker-tag', run: cutTickerTag },
  { id: 'share-type', run: cutShareType },
  { id: 'scan', run: scanName },
  { id: 'camel-case', run: camelCase },
  { id: 'security-phrases', run: removeSecurityPhrases },
  { id: 'canonical-phrases', run: canonicalPhrases },
  { id: 'translations', run: translateWords },
  { id: 'han-pinyin', run: hanInPinyin },
  { id: 'words', run: makeWords },
  { id: 'leading-initials', run: leadingInitials },
  { id: 'norm', run: recordNorm },
  { id: 'cut-detection', run: detectCut },
  { id: 'legal-forms', run: markFormSpans },
  { id: 'company-types', run: markCompanyTypes },
  { id: 'named-after', run: dropHonoree },
  { id: 'word-rules', run: runWordRules },
  { id: 'trailing-strip', run: stripTrailing },
  { id: 'cut-completion', run: completeCutWord },
  { id: 'tokens', run: buildTokens },
];

/** A name's words, tokens and legal forms: NAME_STEPS run in order over a fresh state. */
export function analyseName(given: string, opts: AnalyseOptions = {}): AnalysedName {
  // (Nearly every name is plain ASCII: one test of its first non-ASCII character.)
  const latin = NOT_ASCII.test(given) ? latinLookalikes(given) : null;
  const raw = latin ?? given;
  const spelled = opts.transcribe ? transcribedSpelling(raw) : null;
  const s = createNameState(spelled ?? raw, opts.pinyin ? { ...opts, cutWidths: NO_CUT_WIDTHS, guessCut: false } : opts);
  if (latin !== null) addStep(s.steps, 'look-alike letters read as Latin');
  if (spelled !== null) addStep(s.steps, 'letters transcribed');
  // NAME_STEPS, called by name (a call through the list cost a twentieth of the time; a test
  // holds the two equal).
  cutDebtTail(s);
  cutRegistryTag(s);
  cutTickerTag(s);
  cutShareType(s);
  scanName(s);
  camelCase(s);
  removeSecurityPhrases(s);
  canonicalPhrases(s);
  translateWords(s);
  hanInPinyin(s);
  makeWords(s);
  leadingInitials(s);
  recordNorm(s);
  detectCut(s);
  markFormSpans(s);
  markCompanyTypes(s);
  dropHonoree(s);
  runWordRules(s);
  stripTrailing(s);
  completeCutWord(s);
  buildTokens(s);
  const tokens = s.tokens;
  const name: AnalysedName = { norm: s.norm, tokens, core: joinTexts(tokens, ' '), compact: joinTexts(tokens, ''), steps: s.steps, truncated: s.truncated, cutWidth: s.cutWidth, cutEnd: s.cutEnd, cutGuessed: s.cutGuessed, legalForms: s.legalForms };
  if (s.written !== undefined) name.written = s.written;
  for (const t of tokens) {
    if (t.kind !== 'number' || t.spelled === '') continue;
    name.compactWritten = tokens.map((x) => (x.kind === 'number' && x.spelled !== '' ? x.spelled : x.text)).join('');
    break;
  }
  if (s.camel !== undefined) name.camel = s.camel;
  if (s.companyTypes !== undefined) name.companyTypes = s.companyTypes;
  if (s.registryTag !== undefined) name.registryTag = s.registryTag;
  if (s.formInside) name.formInside = true;
  return name;
}
