/**
 * Legal forms in company names, every jurisdiction, from data (src/match/data/legal-forms.json,
 * built by scripts/build-legal-forms.ts from the GLEIF ISO 20275 code list and OpenSanctions'
 * compare forms). Pure lookup over a name's words as normalise.ts cuts them (nameWords).
 *
 * Position rules: a form is recognised only at the end of a name (the longest spelling there,
 * repeated leftwards for stacked forms: "s a de c v", "company limited", "pt ... persero tbk"),
 * or at its start for the forms written before the name (OOO, AO, JSC, PT, 株式会社...), never
 * inside it, and never so that no other word is left. CJK forms are matched inside the last (or
 * first) word of a Han/kana/Hangul run, which has no spaces (合盛硅业股份有限公司). At the end, a word
 * one typo off a long company form is read as that form (CORPORATON), and contradicts nothing.
 *
 * Comparison: two spellings of one canonical form are the same form (PLC = Public Limited Company,
 * JSC = Joint Stock Company = AO). Two names whose forms share no canonical id and whose generic
 * classes do not meet contradict each other (AG, a stock corporation, against GmbH, a private
 * limited company). The classes `organisation` (Co, Company, Corp, Corporation) and `other` never
 * contradict anything.
 */
import { readFileSync } from 'node:fs';
import { rewrittenForForms } from './phrases.js';
import { TypoIndex } from './typo-index.js';
import { GENERIC_WORDS } from './vocabulary.js';

/** A small controlled vocabulary of what a legal form is. */
export type GenericClass =
  | 'private-limited'
  | 'stock-corporation'
  | 'us-corporation'
  | 'partnership'
  | 'limited-partnership'
  | 'cooperative'
  | 'sole-trader'
  | 'nonprofit'
  | 'state-owned'
  | 'fund'
  | 'branch'
  | 'organisation'
  | 'other';

/** Classes that say nothing about the form: never a contradiction. */
const NEUTRAL: ReadonlySet<GenericClass> = new Set<GenericClass>(['organisation', 'other']);
/**
 * Classes that are one kind of company: a US corporation is a stock corporation, and "Inc." is
 * how companies elsewhere translate theirs (Kansai Electric Power Company, Incorporated is a
 * kabushiki kaisha; AGC Inc.). Both directions.
 */
const ONE_KIND: ReadonlyMap<GenericClass, GenericClass> = new Map<GenericClass, GenericClass>([['us-corporation', 'stock-corporation'], ['stock-corporation', 'us-corporation']]);

/** The shipped table's shape. forms: [spelling (words joined by one space), canonical id, flags, countries]. */
export interface LegalFormData {
  about: string;
  sources: string[];
  licence: string;
  classes: Record<string, GenericClass[]>;
  /** flags: 'a' abbreviation or 'n' name; 'p' also before the name; 'c' CJK, matched inside a word. */
  forms: Array<[string, string, string, string]>;
}

export interface LegalFormEntry {
  /** The spelling's words (one string for a CJK form). */
  words: readonly string[];
  text: string;
  canonical: string;
  classes: readonly GenericClass[];
  abbreviation: boolean;
  prefix: boolean;
  cjk: boolean;
  countries: readonly string[];
}

export interface Span {
  /** Word indices: the form is words[start..end). */
  start: number;
  end: number;
  canonical: string;
  /** The form's main class (classes[0]). */
  generic: GenericClass;
  /** Every class the canonical form can be (Ltd: private-limited and stock-corporation). */
  classes: readonly GenericClass[];
  /** The spelling found ("s a de c v", "有限公司"). */
  text: string;
  /** The jurisdictions (ISO 3166-1) that write this spelling; empty when the data names none. */
  countries: readonly string[];
  /** A CJK form inside words[start]: its characters there, [from, to). Absent for whole words. */
  chars?: { from: number; to: number };
  /** The word as written, when it is one typo off the spelling `text` (typoForm). */
  typo?: string;
}

export interface LegalFormSpans {
  prefix?: Span;
  /** From the end of the name leftwards: suffixes[0] is the last form written. */
  suffixes: Span[];
}

interface Index {
  entries: LegalFormEntry[];
  /** Whole-word spellings by their last word, longest first. */
  byLast: Map<string, LegalFormEntry[]>;
  /** Prefix spellings by their first word, longest first. */
  byFirst: Map<string, LegalFormEntry[]>;
  /** CJK forms matched inside a word, longest first. */
  cjkSuffixes: LegalFormEntry[];
  cjkPrefixes: LegalFormEntry[];
  byCanonical: Map<string, readonly GenericClass[]>;
  /** Whole-word spellings as a trie of their words read from the last (one lookup per word of a name's end). */
  fromEnd: FormNode;
  /** Made at the first cut name (cutFormLength): the words that follow each run of a form's leading words. */
  starts?: Map<string, Set<string>>;
  /** Made at the first name that may end in one (typoForm): the long one-word company forms. */
  typos?: TypoForms;
}

interface TypoForms {
  /** The spellings' first and last three letters (endKey): a word one typo off a spelling keeps one of them, but for a swap in the middle of six letters. */
  ends: Set<number>;
  /** The long one-word company forms, searched as the list's words are for a fund file's typo. */
  index: TypoIndex;
  bySpelling: Map<string, LegalFormEntry[]>;
  /** Answers by word (null: none), up to TYPO_MEMO words: a name's last word is asked, and those repeat (TECHNOLOGY, GROUP). */
  memo: Map<string, LegalFormEntry | null>;
}

interface FormNode {
  /** Spellings whose words end at this node (all the same words; in table order). */
  entries: LegalFormEntry[];
  next: Map<string, FormNode>;
}

/** English words of legal forms and the abbreviations names write for them. */
const FORM_WORD_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['company', 'co'], ['limited', 'ltd'], ['corporation', 'corp'], ['incorporated', 'inc'],
]);

/** The words an English form of several words is made of when it says only what kind of company it is. */
const KIND_WORDS: ReadonlySet<string> = new Set(['public', 'private', 'joint', 'stock', 'limited', 'ltd', 'liability', 'open', 'closed',
  'unlimited', 'co', 'corp', 'inc', 'by', 'shares', 'guarantee', 'and', 'partnership']);

const DATA_URL = new URL('./data/legal-forms.json', import.meta.url);
let index: Index | undefined;

function add(map: Map<string, LegalFormEntry[]>, k: string, e: LegalFormEntry): void {
  const list = map.get(k);
  if (list) list.push(e);
  else map.set(k, [e]);
}

const longestFirst = (a: LegalFormEntry, b: LegalFormEntry): number => b.words.length - a.words.length || b.text.length - a.text.length;

function load(): Index {
  const data = JSON.parse(readFileSync(DATA_URL, 'utf8')) as LegalFormData;
  const byCanonical = new Map<string, readonly GenericClass[]>(Object.entries(data.classes));
  const entries: LegalFormEntry[] = data.forms.map(([text, canonical, flags, countries]) => ({
    words: text.split(' '),
    text,
    canonical,
    classes: byCanonical.get(canonical) ?? ['other'],
    abbreviation: flags.includes('a'),
    prefix: flags.includes('p'),
    cjk: flags.includes('c'),
    countries: countries ? countries.split(' ') : [],
  }));
  // A spelling as the analysis reads it when it looks for forms, where its rules rewrite it
  // (translations: Gosudarstvennaya Korporatsiya reads gosudarstvennaya corporation): one more
  // spelling of the same form. The table's own spelling stays for words read without them. Not
  // where a rule turns it into a business word (Slovak "banka a.s." reads "bank a s"): as a form
  // that would cut "bank" off every such name (Tatra Bank a.s. against the truck maker Tatra a.s.).
  const known = new Set(entries.map((e) => e.text));
  for (const e of [...entries]) {
    if (e.cjk) continue;
    const words = rewrittenForForms([...e.words]);
    const text = words.join(' ');
    if (known.has(text) || words.some((w) => GENERIC_WORDS.has(w) && !e.words.includes(w))) continue;
    known.add(text);
    entries.push({ ...e, words, text });
  }
  // A form of several words as names abbreviate its English words (Thai "Public Co., Ltd." for
  // Public Company Limited, "Joint Stock Co." for Joint Stock Company): one more spelling of it.
  // Only a form made of such words: not "Development Corporation", whose "Development Corp" ends
  // names of every kind (URBAN DEVELOPMENT CORP keeps its development).
  for (const e of [...entries]) {
    if (e.cjk || e.words.length < 2) continue;
    const words = e.words.map((w) => FORM_WORD_ABBREVIATIONS.get(w) ?? w);
    if (!words.every((w) => KIND_WORDS.has(w))) continue;
    const text = words.join(' ');
    if (known.has(text)) continue;
    known.add(text);
    entries.push({ ...e, words, text, abbreviation: true });
  }
  const byLast = new Map<string, LegalFormEntry[]>();
  const byFirst = new Map<string, LegalFormEntry[]>();
  const cjkSuffixes: LegalFormEntry[] = [];
  const cjkPrefixes: LegalFormEntry[] = [];
  for (const e of entries) {
    add(byLast, e.words[e.words.length - 1], e);
    if (e.prefix) add(byFirst, e.words[0], e);
    if (e.cjk && e.words.length === 1) {
      cjkSuffixes.push(e);
      if (e.prefix) cjkPrefixes.push(e);
    }
  }
  for (const list of [...byLast.values(), ...byFirst.values(), cjkSuffixes, cjkPrefixes]) list.sort(longestFirst);
  const fromEnd: FormNode = { entries: [], next: new Map() };
  for (const e of entries) {
    let node = fromEnd;
    for (let k = e.words.length - 1; k >= 0; k--) {
      let child = node.next.get(e.words[k]);
      if (!child) node.next.set(e.words[k], (child = { entries: [], next: new Map() }));
      node = child;
    }
    node.entries.push(e);
  }
  return { entries, byLast, byFirst, cjkSuffixes, cjkPrefixes, byCanonical, fromEnd };
}

function table(): Index {
  index ??= load();
  return index;
}

/** Every spelling in the shipped table (for tests, reports and the build's counts). */
export function legalFormEntries(): readonly LegalFormEntry[] {
  return table().entries;
}

/** The classes of a canonical id, or undefined when the table has no such id. */
export function legalFormClasses(canonical: string): readonly GenericClass[] | undefined {
  return table().byCanonical.get(canonical);
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** CJK text is never ASCII: the regex runs only on words that could hold it. */
const mayBeCjk = (w: string): boolean => w.charCodeAt(w.length - 1) > 0x2e7f || w.charCodeAt(0) > 0x2e7f;

function span(e: LegalFormEntry, start: number, end: number, chars?: { from: number; to: number }): Span {
  const s: Span = { start, end, canonical: e.canonical, generic: e.classes[0], classes: e.classes, text: e.text, countries: e.countries };
  if (chars) s.chars = chars;
  return s;
}

function matchesAt(words: readonly string[], e: LegalFormEntry, start: number): boolean {
  for (let k = 0; k < e.words.length; k++) if (words[start + k] !== e.words[k]) return false;
  return true;
}

/**
 * Whether words[from..to) hold a word of a name's own, not only business words: a prefix form that
 * would leave only those is the name's acronym (SIA Engineering Company Limited: Singapore
 * Airlines' engineering company, not the Latvian SIA form).
 */
function leavesAName(words: readonly string[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!GENERIC_WORDS.has(words[i])) return true;
  return false;
}

/** Classes a company's form is of: one may stand before another country's (Ltd (publ), Corporation Berhad). */
const COMPANY_CLASSES: ReadonlySet<GenericClass> = new Set<GenericClass>(['private-limited', 'stock-corporation', 'us-corporation']);

/**
 * Whether `inner` may stand before the form `outer` that ends the name, as a second form: a company
 * form, one that says nothing of the kind (Co., Company) or a longer spelling (REIT) may; a fund,
 * partnership or other kind abbreviated in two letters only of a country the outer form is of
 * (Spanish "FI" in "JB Hi-Fi Limited" is part of the name: two letters are often a name's own).
 * A foundation or association before a company's form is the name's word: the company is named
 * after it (Robert Bosch Stiftung GmbH is not Robert Bosch GmbH).
 */
function stacksOn(inner: Span, outer: Span | undefined): boolean {
  if (outer !== undefined && inner.classes.length > 0 && inner.classes.every((c) => c === 'nonprofit') && outer.classes.some((c) => COMPANY_CLASSES.has(c))) return false;
  if (outer === undefined || inner.chars || inner.text.length > 2 || inner.classes.some((c) => NEUTRAL.has(c) || COMPANY_CLASSES.has(c))) return true;
  const a = inner.countries;
  const b = outer.countries;
  return a.length === 0 || b.length === 0 || a.some((c) => b.includes(c));
}

/** `word` alone is a spelling of a legal form (co, ag, kg, sa, ltd). */
export function isOneWordForm(word: string): boolean {
  return (table().fromEnd.next.get(word)?.entries.length ?? 0) > 0;
}

/** Letters a one-word company form has at least for a word one typo off it to be read as the form (CORPORATON, LIMTED). */
const TYPO_FORM_MIN = 7;

/** The kinds of company whose long forms a name may misspell and still be read (not a fund, a trust or an embassy). */
const TYPO_CLASSES: ReadonlySet<GenericClass> = new Set<GenericClass>([...COMPANY_CLASSES, 'organisation']);

function typoForms(t: Index): TypoForms {
  const bySpelling = new Map<string, LegalFormEntry[]>();
  for (const e of t.entries) {
    const w = e.words[0];
    if (!e.cjk && e.words.length === 1 && w.length >= TYPO_FORM_MIN && e.classes.some((c) => TYPO_CLASSES.has(c))) add(bySpelling, w, e);
  }
  const ends = new Set<number>();
  for (const w of bySpelling.keys()) ends.add(endKey(w, 0)).add(endKey(w, w.length - 3));
  return { ends, index: new TypoIndex([...bySpelling.keys()]), bySpelling, memo: new Map() };
}

/** Three characters of `word` from `at` as one number (no string is made: every name's last word is asked). */
function endKey(word: string, at: number): number {
  return (word.charCodeAt(at) << 20) ^ (word.charCodeAt(at + 1) << 10) ^ word.charCodeAt(at + 2);
}

const TYPO_MEMO = 10_000;

/**
 * The one-word company form of TYPO_FORM_MIN+ letters that `word` is one typo off (a letter left
 * out, added, changed, moved or two swapped: CORPORATON, LIMTED, AKTIENGESELSCHAFT: the typo index
 * the list's words are searched with, typo-index.ts), when exactly one form is; undefined for a
 * word that is a spelling itself (the caller asks only of others) or the start of one.
 */
function typoForm(t: Index, word: string): LegalFormEntry | undefined {
  if (word.length < TYPO_FORM_MIN - 1) return undefined;
  const typos = (t.typos ??= typoForms(t));
  // Most words share neither end with a form: ruled out by two number lookups (every name's last word is asked).
  if (!typos.ends.has(endKey(word, 0)) && !typos.ends.has(endKey(word, word.length - 3))) return undefined;
  const known = typos.memo.get(word);
  if (known !== undefined) return known ?? undefined;
  const found = searchTypoForm(typos, word);
  if (typos.memo.size >= TYPO_MEMO) typos.memo.clear();
  typos.memo.set(word, found ?? null);
  return found;
}

function searchTypoForm(typos: TypoForms, word: string): LegalFormEntry | undefined {
  let found: LegalFormEntry | undefined;
  for (const spelling of typos.index.similar(word)) {
    // (A start of the form is a cut word, not a typo: read as one where the name was cut, cutFormLength.)
    if (spelling.startsWith(word)) continue;
    for (const e of typos.bySpelling.get(spelling)!) {
      if (found !== undefined && found.canonical !== e.canonical) return undefined;
      found ??= e;
    }
  }
  return found;
}

/** Stacked forms are few ("s a de c v" is one spelling); more than this is a name, not forms. */
const MAX_SUFFIXES = 3;

/**
 * The legal forms of a name: the longest form at its end, repeated leftwards for stacked forms,
 * and a form written before the name. Never a span that would leave no other word (or, inside a
 * CJK word, no other character).
 */
export function legalFormSpans(words: readonly string[]): LegalFormSpans {
  const t = table();
  const suffixes: Span[] = [];
  let end = words.length; // words[0..end) are not yet a form
  let lastChars = -1; // inside words[end - 1]: characters still name, when a CJK form was cut from it
  while (end > 0 && suffixes.length < MAX_SUFFIXES) {
    const last = words[end - 1];
    let found: Span | undefined;
    if (lastChars < 0) {
      // The longest spelling ending here that leaves a word before it: the deepest node with
      // spellings on the path from words[end - 1] leftwards (of one node's, the first listed).
      let node = t.fromEnd.next.get(last);
      let best: LegalFormEntry | undefined;
      for (let d = 1; node !== undefined && end - d >= 1; d++) {
        if (node.entries.length > 0) best = node.entries[0];
        node = end - d - 1 >= 1 ? node.next.get(words[end - d - 1]) : undefined;
      }
      if (best) found = span(best, end - best.words.length, end);
      // ... or one typo off a long one-word company form (CHINA STATE SHIPBUILDING CORPORATON LTD).
      else if (end >= 2 && !t.fromEnd.next.has(last)) {
        const near = typoForm(t, last);
        if (near) found = { ...span(near, end - 1, end), typo: last };
      }
    }
    if (!found && mayBeCjk(last) && CJK.test(last)) {
      const upTo = lastChars < 0 ? last.length : lastChars;
      // A word that is only forms (有限公司 alone) names nothing: no part of it is cut off.
      const whole = last.slice(0, upTo);
      if (t.cjkSuffixes.some((e) => e.text === whole)) break;
      for (const e of t.cjkSuffixes) {
        // The form must leave characters before it in this word (or whole words before it).
        if (e.text.length < upTo && last.startsWith(e.text, upTo - e.text.length)) {
          found = span(e, end - 1, end, { from: upTo - e.text.length, to: upTo });
          lastChars = upTo - e.text.length;
          break;
        }
      }
    }
    if (!found || !stacksOn(found, suffixes[suffixes.length - 1])) break;
    suffixes.push(found);
    if (!found.chars) end = found.start;
  }
  // words[0..end) remain, and within words[end - 1] only its first lastChars characters.
  const result: LegalFormSpans = { suffixes };
  const first = words[0];
  if (first === undefined || end === 0) return result;
  const prefixes = t.byFirst.get(first);
  if (prefixes !== undefined) {
    for (const e of prefixes) {
      const after = e.words.length;
      const leaves = after < end - 1 || (after === end - 1 && lastChars !== 0);
      if (leaves && after <= end && matchesAt(words, e, 0) && leavesAName(words, after, end)) {
        result.prefix = span(e, 0, after);
        return result;
      }
    }
  }
  if (mayBeCjk(first) && CJK.test(first)) {
    const available = end === 1 && lastChars >= 0 ? lastChars : first.length;
    for (const e of t.cjkPrefixes) {
      if (e.text.length < available && first.startsWith(e.text)) {
        result.prefix = span(e, 0, 1, { from: 0, to: e.text.length });
        return result;
      }
    }
  }
  return result;
}

/**
 * The longest whole-word form ending just before words[end] that leaves a word before it, wherever
 * it stands (legalFormSpans reads only a name's ends): for a registered name with words after its
 * form ("Fraport AG Frankfurt Airport Services Worldwide", registered-name.ts). Undefined when none.
 */
export function formEndingAt(words: readonly string[], end: number): Span | undefined {
  let node = table().fromEnd.next.get(words[end - 1]);
  let best: LegalFormEntry | undefined;
  for (let d = 1; node !== undefined && end - d >= 1; d++) {
    if (node.entries.length > 0) best = node.entries[0];
    node = end - d - 1 >= 1 ? node.next.get(words[end - d - 1]) : undefined;
  }
  return best ? span(best, end - best.words.length, end) : undefined;
}

/** Most words a cut form keeps ("public company lim" of Public Company Limited). */
const MAX_CUT_FORM = 3;

/** Company forms (not a cooperative's, a foundation's or a state body's, whose words names use too). */
const CUT_COMPANY: ReadonlySet<GenericClass> = new Set<GenericClass>(['stock-corporation', 'private-limited', 'us-corporation']);

/** The words that follow each run of leading words of a company form of two words or more ('' = none yet). */
function formStarts(t: Index): Map<string, Set<string>> {
  if (t.starts) return t.starts;
  const starts = new Map<string, Set<string>>();
  for (const e of t.entries) {
    if (e.cjk || e.words.length < 2 || !e.classes.some((c) => CUT_COMPANY.has(c))) continue;
    for (let j = 0; j < e.words.length; j++) {
      const key = e.words.slice(0, j).join(' ');
      let next = starts.get(key);
      if (!next) starts.set(key, (next = new Set()));
      next.add(e.words[j]);
    }
  }
  t.starts = starts;
  return starts;
}

/**
 * How many words at the end of a name cut at a fixed width are the start of a company form of two
 * words or more that the cut broke off: leading words of a spelling, the last of them whole or cut
 * ("JOINT STOCK" of Joint Stock Company, "PUBLIC COMPANY LIM", "PUBLIC COMPA" of Public Company
 * Limited); 0 when none. Two words at least: one word alone is as often the name's own, whole or cut
 * ("PUBLIC", "STATE", "INTERN" of International), and at least one word is always left.
 */
export function cutFormLength(words: readonly string[]): number {
  const starts = formStarts(table());
  for (let k = Math.min(MAX_CUT_FORM, words.length - 1); k >= 2; k--) {
    const from = words.length - k;
    let key = '';
    let whole = true;
    for (let i = from; i < words.length - 1 && whole; i++) {
      whole = starts.get(key)?.has(words[i]) ?? false;
      key = key === '' ? words[i] : `${key} ${words[i]}`;
    }
    if (!whole) continue;
    const last = words[words.length - 1];
    const next = starts.get(key);
    if (!next) continue;
    for (const w of next) if (w.startsWith(last)) return k;
  }
  return 0;
}

/** A cut long form's stub has at least this many letters: shorter ones start too many words. */
const FORM_STUB_MIN = 5;
let formStubs: ReadonlySet<string> | undefined;

/**
 * Whether `word` is the start a fixed-width cut left of a company form written as one long word
 * (AKTIENGESE of Aktiengesellschaft, KABUSHIKIG, SOCIED): FORM_STUB_MIN+ letters of a spelling of
 * eight or more; or of the first word, of six or more, of a company form of several words the cut
 * left only that much of (ZIMBABWE DEFENCE INDUSTRIES PRIVA: Private Limited). The caller rules out
 * a stub that may be a vocabulary word cut.
 */
export function isCompanyFormStub(word: string): boolean {
  if (word.length < FORM_STUB_MIN) return false;
  if (formStubs === undefined) {
    const stubs = new Set<string>();
    for (const e of table().entries) {
      if (e.cjk || !e.classes.some((c) => COMPANY_CLASSES.has(c))) continue;
      const first = e.words[0];
      if (e.words.length === 1 ? first.length < 8 : first.length < 6) continue;
      for (let k = FORM_STUB_MIN; k < first.length; k++) stubs.add(first.slice(0, k));
    }
    formStubs = stubs;
  }
  return formStubs.has(word);
}

/** Every form of the name, prefix first. */
/**
 * The forms a name states, the one before it first: not one read through a typo (COMPANIA read as
 * the Brazilian Companhia), which says the name ends in a form, not which kind of company it is.
 */
export function statedForms(s: LegalFormSpans): Span[] {
  const all = s.prefix ? [s.prefix, ...s.suffixes] : s.suffixes;
  return all.some((sp) => sp.typo !== undefined) ? all.filter((sp) => sp.typo === undefined) : all;
}

/** The form says what kind of company it is (not Co, Corp, or a class the table cannot tell). */
export const definite = (s: Pick<Span, 'classes'>): boolean => s.classes.some((c) => !NEUTRAL.has(c));

/** Two spellings of one legal form (PLC and Public Limited Company; JSC, Joint Stock Company and AO). */
export function sameLegalForm(a: Span, b: Span): boolean {
  return a.canonical === b.canonical;
}

export type LegalFormRelation =
  /** The names share a canonical form. */
  | 'same'
  /** Different forms that can be one kind of company (Ltd and PLC), or a form that says nothing (Corp). */
  | 'compatible'
  /** Different forms of different kinds: another company (AG and GmbH). */
  | 'conflict'
  /** One name or both carry no legal form. */
  | 'unknown';

/** What the comparison found, as evidence: the two spans that decided it. */
export interface LegalFormEvidence {
  rule: 'legal-form';
  relation: LegalFormRelation;
  a?: { text: string; canonical: string; classes: readonly GenericClass[]; countries: readonly string[] };
  b?: { text: string; canonical: string; classes: readonly GenericClass[]; countries: readonly string[] };
}

const describe = (s: Span): NonNullable<LegalFormEvidence['a']> => ({ text: s.text, canonical: s.canonical, classes: s.classes, countries: s.countries });

/**
 * Countries whose forms say nothing about where a company is: English forms (PLC, Limited) are
 * how companies everywhere translate their own (Finnvera Oyj = Finnvera plc, Richter Gedeon Nyrt.
 * = Gedeon Richter Plc), and the post-Soviet forms (AO, OAO, PAO) are used across the former USSR
 * while ISO 20275 files each under one or two of its countries.
 */
const NOT_LOCAL = new Set(['GB', 'US', 'IE', 'AU', 'NZ', 'CA', 'SG', 'IN', 'HK', 'ZA', 'MT', 'GI', 'AE',
  'RU', 'UA', 'BY', 'KZ', 'UZ', 'KG', 'TJ', 'TM', 'AZ', 'AM', 'GE', 'MD']);

/**
 * Two compatible forms of one kind but of different jurisdictions: both definite, different
 * canonical ids, each a local form with the countries that write it, and no country in common
 * (Swedbank AB, a Swedish aktiebolag, and Swedbank AS, an Estonian aktsiaselts). The group's
 * company of another country as often as the listed one. Undefined otherwise (see NOT_LOCAL).
 */
export function formsOfOtherJurisdictions(found: LegalFormEvidence): { a: string; b: string; aCountries: string; bCountries: string } | undefined {
  const { a, b } = found;
  if (found.relation !== 'compatible' || !a || !b || a.canonical === b.canonical || !definite(a) || !definite(b)) return undefined;
  if (a.countries.length === 0 || b.countries.length === 0 || a.countries.some((c) => b.countries.includes(c))) return undefined;
  if (a.countries.some((c) => NOT_LOCAL.has(c)) || b.countries.some((c) => NOT_LOCAL.has(c))) return undefined;
  // (Not two forms of one country: fund files write a listed company's form for its kind, S.A. de
  // C.V. or S.A. for S.A.B. de C.V., and the table files them apart; Norwegian AS and ASA are two.)
  return { a: a.text, b: b.text, aCountries: a.countries.join(' '), bCountries: b.countries.join(' ') };
}

/**
 * PLC in one name and Limited (Ltd) alone in the other, not Co., Ltd.: where the law writes both
 * (the UK's and the laws made on it) a public and a private company, two companies (Rio Tinto plc /
 * Rio Tinto Limited, Investec plc / Investec Limited: dual-listed pairs; Aviva plc / Aviva
 * Insurance Limited: a unit). Yet Kenyan, Nigerian, Sri Lankan companies renamed from Limited to
 * PLC when their company acts asked it stay held under the old name: one contradiction, not a
 * ruling out. The two spellings (the fund file's first), or undefined.
 */
export function plcAgainstLimited(found: LegalFormEvidence): { a: string; b: string } | undefined {
  const { a, b } = found;
  if (found.relation !== 'compatible' || !a || !b) return undefined;
  // (English spellings, which the UK writes: not 股份有限公司, a PLC of Chinese law, nor Co., Ltd.)
  const english = (s: NonNullable<LegalFormEvidence['a']>, canonical: string) => s.canonical === canonical && s.countries.includes('GB');
  return (english(a, 'plc') && english(b, 'ltd')) || (english(b, 'plc') && english(a, 'ltd')) ? { a: a.text, b: b.text } : undefined;
}

/**
 * The name's first definite form that is no English form and no post-Soviet one (ENGLISH_OR_SOVIET:
 * those are written everywhere, whatever countries the table gives them), with the countries that
 * write it: what the form says of where the company is. Undefined when it has none.
 */
export function localForm(s: LegalFormSpans): { text: string; countries: readonly string[] } | undefined {
  for (const f of statedForms(s)) {
    if (!definite(f) || f.countries.length === 0 || f.countries.some((c) => ENGLISH_OR_SOVIET.has(c)) || EUROPEAN.has(f.canonical)) continue;
    return { text: f.text, countries: f.countries };
  }
  return undefined;
}

/** The countries of English and post-Soviet forms (Ltd, PLC, Inc.; AO, PJSC): forms companies everywhere write. */
const ENGLISH_OR_SOVIET = new Set(['GB', 'US', 'IE', 'AU', 'NZ', 'RU', 'UA', 'BY', 'KZ']);

/** Forms of the European Union's own law, in every member state: the SE, the SCE, the EEIG. */
const EUROPEAN: ReadonlySet<string> = new Set(['se', 'sce', 'eeig', 'ewiv', 'geie']);

function evidence(relation: LegalFormRelation, a?: Span, b?: Span): LegalFormEvidence {
  const out: LegalFormEvidence = { rule: 'legal-form', relation };
  if (a) out.a = describe(a);
  if (b) out.b = describe(b);
  return out;
}

/** How the legal forms of two names relate (see LegalFormRelation). */
export function compareLegalForms(a: LegalFormSpans, b: LegalFormSpans): LegalFormEvidence {
  const fa = statedForms(a);
  const fb = statedForms(b);
  if (fa.length === 0 || fb.length === 0) return evidence('unknown', fa[0], fb[0]);
  for (const x of fa) for (const y of fb) if (sameLegalForm(x, y)) return evidence('same', x, y);
  const da = fa.filter(definite);
  const db = fb.filter(definite);
  if (da.length === 0 || db.length === 0) return evidence('compatible', da[0] ?? fa[0], db[0] ?? fb[0]);
  for (const x of da) for (const y of db) if (x.classes.some((c) => !NEUTRAL.has(c) && y.classes.some((d) => d === c || ONE_KIND.get(c) === d))) return evidence('compatible', x, y);
  return evidence('conflict', da[0], db[0]);
}

/** The contradiction between two names' legal forms, or undefined when there is none. */
export function legalFormsConflict(a: LegalFormSpans, b: LegalFormSpans): LegalFormEvidence | undefined {
  const found = compareLegalForms(a, b);
  return found.relation === 'conflict' ? found : undefined;
}
