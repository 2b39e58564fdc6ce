/**
 * Scoring one analysed issuer name against one compiled alias: a token alignment in the manner
 * of OpenSanctions logic-v2 (weighted pairs, unmatched words on either side cost, penalties for
 * contradicting places, words and numbers), with a length-aware typo budget (rigour's
 * log base 2.35 of the length) and cut-name rules for fixed-width files. Pure.
 */
import { analyseName, formSpansOf, mayBeCutForm, nameWords, SINGLE_ROMAN, type AnalysedName, type NameToken, type TokenKind } from './normalise.js';
import { localForm } from './legal-forms.js';
import { orderKey, wordSetKey, type CompiledAlias } from './compile.js';
import { movedLetter, osaDistance, shortTypo, SHORT_TYPO_LENGTH, SHORT_TYPO_MIN, typoBudget, withinOneEdit } from './edits.js';
import { DEFAULT_POLICY, type Evidence, type MatchPolicy } from './evidence.js';
import { contractionOf, contractionWords, isCompoundHead, mayBeAcronym, mayHaveRussianInitials, nameInitials, namePieceWords, PIECES_MIN, postSoviet, spellsInitials, spellsRussianInitials, syllablesOf, wordPieces, writtenWords, type NameInitials } from './acronyms.js';
import { cognatesOf, SOUND_MIN_LENGTH, soundAlike, soundAlikeWords, startsMayAgree, transliterationsOf, vowelVariant } from './sounds.js';
import { abjadAlike } from './abjad.js';
import { TYPE_PHRASES } from './company-types.js';
import { loanAlike } from './loanwords.js';
import { CHINA_CITIES, CHINA_FIRST_LEVEL, COUNTRY_WORDS, POSTAL_PLACES, TRANSLATIONS } from './vocabulary.js';
import { compoundStems, mayBeCompound, sameCompound, stemAcronymOf } from './compounds.js';

export interface QueryName {
  name: AnalysedName;
  kinds: TokenKind[];
  weights: number[];
  /** What scoring reads of the query alone, worked out at the first alias that asks (not once per alias). */
  memo?: QueryMemo;
}

/** Facts of the query name alone that scoring asks of alias after alias (each undefined until asked). */
interface QueryMemo {
  /** Some distinctive word may be an acronym (acronymBesideNameWords looks for one; none: it finds none). */
  acronymWord: boolean | undefined;
  /** orderKey of the name. */
  orderKey: string | null | undefined;
  /** shortFormOf's readings of the name: its strict initials, its words, its written words (as compared, as written). */
  initials: NameInitials | undefined;
  words: string[] | undefined;
  writtenWords: [string[], string[]] | undefined;
  /** The words as written (sameWordsTranslated). */
  writtenSet: Set<string> | undefined;
  /** The name states a legal form no Chinese registry writes (registered-words). */
  formElsewhere: boolean | undefined;
}

/** orderKey of the query's name (null: none), worked out once. */
function queryOrderKey(q: QueryName): string | null {
  const memo = memoOf(q);
  if (memo.orderKey === undefined) memo.orderKey = orderKey(q.name);
  return memo.orderKey;
}

function memoOf(q: QueryName): QueryMemo {
  return (q.memo ??= { acronymWord: undefined, orderKey: undefined, initials: undefined, words: undefined, writtenWords: undefined, writtenSet: undefined, formElsewhere: undefined });
}

export interface AlignedPair {
  query: string;
  list: string;
  sim: number;
  how: 'equal' | 'prefix' | 'typo' | 'merge' | 'sound' | 'translit' | 'cognate' | 'compound' | 'abbreviation';
}

export interface NameScore {
  /** The word alignment's score, 0..1, before any rule's factor (decide() applies those). */
  alignment: number;
  /** Equal after normalisation. */
  exact: boolean;
  /** Equal up to the cut of a fixed-width name (list words after the cut not compared). */
  cutExact: boolean;
  /** The only distinctive evidence is a typo (weak-typo, common-words-typo): vetoed unless lifted. */
  weak: boolean;
  pairs: AlignedPair[];
  extraQuery: string[];
  extraList: string[];
  /** What the name rules found, in the order they apply. */
  evidence: Evidence[];
  /**
   * Every word of the listed name aligns as written, and the fund file's name has words besides:
   * the listed name stands whole in it (what ticker-listed-name reads with a row's ticker).
   */
  listedInside?: boolean;
}

/** The name leads with a Chinese province, region or city (the start of a Chinese registered name). */
function leadsWithChinesePlace(T: readonly NameToken[]): boolean {
  return T.length > 0 && T[0].lead === true && (CHINA_FIRST_LEVEL.has(T[0].text) || CHINA_CITIES.has(T[0].text));
}

/** Where Chinese companies are registered: a local legal form of another country marks another company. */
const CHINESE_REGISTRIES = new Set(['CN', 'HK', 'TW', 'MO']);
/** The name states a local legal form no Chinese registry writes (Berhad, GmbH, S.A.). */
function formElsewhere(text: string): boolean {
  const local = localForm(formSpansOf(nameWords(text)));
  return local !== undefined && !local.countries.some((c) => CHINESE_REGISTRIES.has(c));
}

/** Some word of the run i0..i1 (i1 -1: the one word i0) is distinctive. */
function isDistinctive(kinds: readonly TokenKind[], i0: number, i1: number): boolean {
  for (let i = i0; i <= Math.max(i0, i1); i++) if (kinds[i] === 'distinctive') return true;
  return false;
}

/** Some word of the run i0..i1 (i1 -1: the one word i0) is aligned already. */
function anyAligned(codes: Uint8Array, i0: number, i1: number): boolean {
  for (let i = i0; i <= Math.max(i0, i1); i++) if (codes[i] === ALIGNED) return true;
  return false;
}

/** The heaviest weight of the run i0..i1 (i1 -1: the one word i0). */
function runWeight(weights: readonly number[], i0: number, i1: number): number {
  let w = weights[i0];
  for (let i = i0 + 1; i <= i1; i++) w = Math.max(w, weights[i]);
  return w;
}

/**
 * The compass points and their adjectives, which make a region of a place: one only one name has
 * marks another company, as a place does (South Indian Bank / Indian Bank, West Japan Railway /
 * Japan Railway, Sui Southern Gas / Sui Northern Gas), and a typo never turns one into another
 * (SOUTHERN / Northern: two edits). Kept common words, not places: a place leading a name may be
 * left out (Zhejiang Dahua / Dahua), a compass point not.
 */
const DIRECTIONS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western',
  'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern']);

/** An abbreviated word against the word it starts: as near as a one-edit typo in a short word. */
const ABBREVIATION_SIM = 0.8;
/** Letters an abbreviation keeps at least, and leaves out at least (ENVIRON. / Environnement, WASH / Washington, ELETR / Eletricas). */
const ABBREVIATION_MIN = 4;
const ABBREVIATION_DROPS = 3;

/**
 * `short` (the word `tok` of one name) is the start of `long`, of the other, cut as fund files and
 * vendors abbreviate words anywhere in a name (VEOLIA ENVIRON. SA, CENTRAIS ELETR BRAS, EXPEDITORS
 * INTL WASH INC): four letters or more of a distinctive word, three or more left out. (A cut name's
 * last word is a prefix of its own, above.)
 */
function abbreviates(tok: NameToken, short: string, long: string): boolean {
  return short.length >= ABBREVIATION_MIN && long.length >= short.length + ABBREVIATION_DROPS && tok.kind === 'distinctive' && long.startsWith(short);
}

/** Two spellings of one sound (sounds.ts): as near as a one-edit typo in a long word. */
const SOUND_SIM = 0.9;

/** Words this long may each carry a typo in a name of common words (where two edits are a typo too: typoBudget). */
const LONG_TYPO = 8;

/** Similarity of a short typo at least (one edit in four letters). */
const SHORT_TYPO_SIM = 0.75;

/** One word in two romanisations (sounds.ts, translitKey): nearer than a sound, as near as an equal word with a letter of another system. */
const TRANSLIT_SIM = 0.95;

/** The Arabic definite article as names write it apart (Al Rajhi, El Sewedy; Persian and Urdu ol, ul: Khatam ol-Anbiya). */
const ARABIC_ARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ol', 'ul']);

/** A romanised Russian adjective and the English word it is made like (sounds.ts, cognateKeys): as near as a sound. */
const COGNATE_SIM = 0.9;

/** Two words' first characters as one number. */
function startsOf(a: string, b: string): number {
  return a.charCodeAt(0) * 0x10000 + b.charCodeAt(0);
}

/** The first letters of a postal spelling and its pinyin (POSTAL_PLACES), both ways round (startsOf). */
const POSTAL_STARTS: ReadonlySet<number> = new Set([...POSTAL_PLACES].flatMap(([postal, pinyin]) => [startsOf(postal, pinyin), startsOf(pinyin, postal)]));
/** POSTAL_STARTS of two letters a-z, as a table (26 * first + second): bySound asks it of most pairs of words. */
const POSTAL_LETTER_STARTS: Uint8Array = (() => {
  const table = new Uint8Array(26 * 26);
  for (let x = 0; x < 26; x++) for (let y = 0; y < 26; y++) if (POSTAL_STARTS.has((97 + x) * 0x10000 + 97 + y)) table[26 * x + y] = 1;
  return table;
})();

/** Two words' first characters are a postal spelling's and its pinyin's (POSTAL_STARTS). */
function postalStarts(a: string, b: string): boolean {
  const x = a.charCodeAt(0) - 97;
  const y = b.charCodeAt(0) - 97;
  return x < 0 || x > 25 || y < 0 || y > 25 ? POSTAL_STARTS.has(startsOf(a, b)) : POSTAL_LETTER_STARTS[26 * x + y] === 1;
}

/**
 * Not within the typo budget: one word in two romanisations (the tokens' own words only, not a
 * canonicalised word's written form), alike in sound, or no match.
 */
function bySound(qTok: NameToken, q: string, lTok: NameToken, l: string, out: Similarity): void {
  const own = q === qTok.text && l === lTok.text;
  // (Most pairs end at the second test: their first letters fold to no one sound, are no postal
  // spelling's and its pinyin's, and differ, as the cognate and compound rules need them alike.)
  if (q.length < SOUND_MIN_LENGTH || l.length < SOUND_MIN_LENGTH || (!startsMayAgree(q, l) && !postalStarts(q, l))) {
    out.sim = 0;
    out.how = 'typo';
    if (own) byVowel(qTok, q, lTok, l, out);
    if (out.sim === 0) byLoanSound(qTok, q, lTok, l, out);
    return;
  } else if (own && (transliterationsOf(qTok, lTok) || POSTAL_PLACES.get(q) === l || POSTAL_PLACES.get(l) === q)) {
    // (A Chinese place in its postal spelling and in pinyin is one word in two romanisations: Tsingtao / Qingdao.)
    out.sim = TRANSLIT_SIM;
    out.how = 'translit';
  } else if (own ? soundAlikeWords(qTok, lTok) : soundAlike(q, l)) {
    out.sim = SOUND_SIM;
    out.how = 'sound';
  } else if (own && qTok.kind !== 'place' && lTok.kind !== 'place' && (qTok.kind === 'distinctive' || lTok.kind === 'distinctive') && cognatesOf(q, l)) {
    out.sim = COGNATE_SIM;
    out.how = 'cognate';
  } else {
    out.sim = 0;
    out.how = 'typo';
    // (Too far apart: asked only of words of one first letter, nearly never two compounds.)
    if (own && q.charCodeAt(0) === l.charCodeAt(0)) compoundSpelling(qTok, lTok, out);
    if (out.sim === 0 && own) byVowel(qTok, q, lTok, l, out);
    if (out.sim === 0) byLoanSound(qTok, q, lTok, l, out);
    return;
  }
  if (own) compoundSpelling(qTok, lTok, out);
}

/**
 * One word in two romanisations with a vowel written otherwise besides (sounds.ts vowelVariant:
 * Qods / Quds, Hrodna / Grodno, Maroon / Marun): alike in sound (sounds-alike, review at most).
 * Not two places (Hunan / Henan are two provinces).
 */
function byVowel(qTok: NameToken, q: string, lTok: NameToken, l: string, out: Similarity): void {
  if (qTok.kind === 'place' || lTok.kind === 'place' || !vowelVariant(q, l)) return;
  out.sim = SOUND_SIM;
  out.how = 'sound';
}

/**
 * Last: a brand read from kana or Hangul and a word in Latin letters, whose consonants agree as those
 * languages say them (keuraepeuton / Krafton, karubi / Calbee: loanwords.ts): alike in sound
 * (sounds-alike, review at most). Only where nothing nearer aligns the two.
 */
function byLoanSound(qTok: NameToken, q: string, lTok: NameToken, l: string, out: Similarity): void {
  if (qTok.loan === lTok.loan || q !== qTok.text || l !== lTok.text) return;
  if (qTok.loan ? loanAlike(q, l) : loanAlike(l, q)) {
    out.sim = SOUND_SIM;
    out.how = 'sound';
  }
}

/** A word similarity: 0 when the words do not match at all, and how they match. */
interface Similarity {
  sim: number;
  how: AlignedPair['how'];
}

const probe: Similarity = { sim: 0, how: 'typo' };

/** The two words match at all (a similarity above 0: see similarity), without an object per pair. */
export function wordsMatch(q: NameToken, l: NameToken, qMayBeCut: boolean): boolean {
  similarity(q, l, qMayBeCut, probe);
  return probe.sim > 0;
}

/**
 * Similarity of two words, written into `out` (no object per pair of words): 0 when they do not
 * match at all. Numbers and Han words match only when equal. A word whose spelling was
 * canonicalised is also compared as written: a typo of the written word (Industires / INDUSTRIES,
 * read "industry") is near it, not near its canonical form.
 */
function similarity(q: NameToken, l: NameToken, qMayBeCut: boolean, out: Similarity): void {
  similarityOf(q, q.text, l, l.text, qMayBeCut, out);
  if (out.sim > 0 || (q.spelled === '' && l.spelled === '')) return;
  similarityOf(q, q.spelled || q.text, l, l.spelled || l.text, qMayBeCut, out);
}

/**
 * Two of the tokens' own words near each other (a typo, a sound, a romanisation apart) or too far
 * apart for any, that are one compound written in two romanisations, stem by stem (compounds.ts:
 * Promsviazbank / Promsvyazbank, Tekhnopromeksport / Technopromexport): one word. Called from the
 * rarer branches only (similarity itself stays small: it runs for every pair of words).
 */
function compoundSpelling(q: NameToken, l: NameToken, out: Similarity): void {
  if (q.kind !== 'distinctive' || l.kind !== 'distinctive' || !mayBeCompound(q.text) || !mayBeCompound(l.text) || sameCompound(q.text, l.text) === null) return;
  out.sim = Math.max(out.sim, TRANSLIT_SIM);
  out.how = 'compound';
}

function similarityOf(q: NameToken, qt: string, l: NameToken, lt: string, qMayBeCut: boolean, out: Similarity): void {
  if (qt === lt) {
    out.sim = 1;
    out.how = 'equal';
    return;
  }
  out.sim = 0;
  out.how = 'typo';
  if (q.kind === 'number' || l.kind === 'number' || q.han || l.han) return;
  // One word in Arabic script, its short vowels unwritten, and in Latin letters: their consonants
  // agree (msrf / Masraf, mlt / Mellat, khudru / Khodro): two romanisations of one word.
  if (q.abjad !== l.abjad && qt === q.text && lt === l.text && (q.abjad ? abjadAlike(qt, lt) : abjadAlike(lt, qt))) {
    out.sim = TRANSLIT_SIM;
    out.how = 'translit';
    return;
  }
  if (qMayBeCut && lt.startsWith(qt)) {
    // The last word of a cut name: the longer the stub, the surer the completion.
    const n = qt.length;
    out.sim = n >= 4 ? 0.97 : n === 3 ? 0.9 : l.kind === 'distinctive' ? 0.7 : 0.85;
    out.how = 'prefix';
    return;
  }
  if (abbreviates(q, qt, lt) || abbreviates(l, lt, qt)) {
    out.sim = ABBREVIATION_SIM;
    out.how = 'abbreviation';
    return;
  }
  const shorter = Math.min(qt.length, lt.length);
  const budget = typoBudget(shorter);
  if (budget === 0) {
    // A 3- or 4-letter word: a letter dropped, added or swapped (short-typo caps the match at review).
    // (Letters swapped in a 3-letter word keep every letter: as near as one edit in 4 letters.)
    if (shorter <= SHORT_TYPO_LENGTH && shortTypo(qt, lt)) out.sim = Math.max(SHORT_TYPO_SIM, 1 - 1 / Math.max(qt.length, lt.length));
    else bySound(q, qt, l, lt, out);
    return;
  }
  // A budget of one edit (words of 5 to 7 letters, most of them) needs no distance table.
  // A letter moved (movedLetter) is one slip, counted as one edit.
  let d = budget === 1 ? (withinOneEdit(qt, lt) ? 1 : 2) : osaDistance(qt, lt, budget);
  if (d > 1 && movedLetter(qt, lt)) d = 1;
  if (d <= budget && DIRECTIONS.has(qt) && DIRECTIONS.has(lt)) {
    // Two directions are two regions, never one word mistyped (SOUTHERN / Northern: two edits).
    out.sim = 0;
    return;
  }
  if (d > budget) bySound(q, qt, l, lt, out);
  else if (qt === q.text && lt === l.text && transliterationsOf(q, l)) {
    // Within the typo budget, but the letters that differ are another romanisation's (Antei / Antey).
    out.sim = Math.max(TRANSLIT_SIM, 1 - d / Math.max(qt.length, lt.length));
    out.how = 'translit';
    compoundSpelling(q, l, out);
  } else {
    out.sim = 1 - d / Math.max(qt.length, lt.length);
    if (qt === q.text && lt === l.text) compoundSpelling(q, l, out);
  }
}

/** A possible pairing: one query word (or a run q0..q1 written as one: two or three words) with one list word (or a run l0..l1). -1: one word. */
interface Candidate extends Similarity {
  q0: number;
  q1: number;
  l0: number;
  l1: number;
}

// Scratch of one alignment, reused call after call: most candidate aliases of a name match
// nothing, and an allocation per pair and per list was most of what scoring cost. scoreAlias is
// not re-entrant and nothing here outlives the call that fills it.
/** Pairings: `pool[0..n)` the possible ones of the current call, best first (candidatePairs). */
const pool: Candidate[] = [];
/** The pairings chosen, in order (a prefix of this array). */
const chosen: Candidate[] = [];
/** Per word of each name: ALIGNED, or which kind of word only that name has. */
let qCode = new Uint8Array(16);
let lCode = new Uint8Array(16);
/** Per query word: 1 for a business word (an unaligned word outside parentheses). */
let qBiz = new Uint8Array(16);
const UNSEEN = 0;
const ALIGNED = 1;
const PLACE = 2;
const NUMBER = 3;
const WORD = 4;
/** A lone V, X or XI read as a number, where the other name has one. */
const ROMAN = 5;
/** A list word lost to the cut of a fixed-width name. */
const TAIL = 6;
/** An article written apart (al, el: article-dropped), no word of the name's own: in no word list of the evidence. */
const ARTICLE = 7;

function pairAt(k: number): Candidate {
  return (pool[k] ??= { q0: 0, q1: -1, l0: 0, l1: -1, sim: 0, how: 'typo' });
}

/** A fresh score, filled in place and returned: one object shape (a spread into a literal is slow in V8). */
function emptyScore(): NameScore {
  return { alignment: 0, exact: false, cutExact: false, weak: false, pairs: [], extraQuery: [], extraList: [], evidence: [] };
}

/** A listed acronym of one short word standing whole among the fund file's words: no score, only the listed name inside (listedInside). */
function acronymInside(Q: readonly NameToken[], acronym: string): NameScore {
  const base = emptyScore();
  base.pairs = [{ query: acronym, list: acronym, sim: 1, how: 'equal' }];
  for (const t of Q) if (t.text !== acronym) base.extraQuery.push(t.text);
  base.listedInside = true;
  return base;
}

/** Extra-word multipliers: a word only the fund file has says more than one only the list has. */
const EXTRA_QUERY: Record<TokenKind, number> = { distinctive: 1, number: 1, generic: 0.5, place: 0.5 };
const EXTRA_LIST: Record<TokenKind, number> = { distinctive: 0.5, number: 1, generic: 0.5, place: 0.5 };
/**
 * Weight of a distinctive word only the listed name has, in parentheses: a second name or what the
 * company also is (The Arab Contractors (Osman Ahmed Osman & Co.)), which other sources leave out.
 */
const PAREN_LIST = 0.2;
/** Weight of list words lost to a fixed-width cut: almost nothing, they were never written. */
const CUT_TAIL = 0.15;
/** The cut-name evidence's detail: the width the name is cut at (or that a joining word ends it), and the list words it lost. */
function cutDetail(q: QueryName, words: string | undefined): Record<string, string | number> {
  const d: Record<string, string | number> = {};
  if (q.name.cutWidth !== null) d.width = q.name.cutWidth;
  else if (q.name.steps.includes('cut at a joining word')) d.at = 'joining word';
  if (words !== undefined) d.words = words;
  return d;
}

/** Each type's English phrases as the name analysis reads them (oil company: [oil]), worked out once. */
const TYPE_PHRASE_WORDS = new Map<string, ReadonlyArray<readonly string[]>>();
function typePhraseWords(type: string): ReadonlyArray<readonly string[]> {
  let out = TYPE_PHRASE_WORDS.get(type);
  if (out === undefined) {
    out = (TYPE_PHRASES.get(type) ?? []).map((p) => analyseName(p, { cutWidths: [] }).tokens.map((t) => t.text)).filter((w) => w.length > 0);
    TYPE_PHRASE_WORDS.set(type, out);
  }
  return out;
}

/**
 * The words of `T` left unaligned that write, all of them, the English phrase of one of `types` (the
 * other name's company types): OIL of "oil company" (НК), RESEARCH and PRODUCTION of "research and
 * production corporation" (НПК); never one word of a longer phrase (GAS alone is no НГК). Null: none.
 */
function typePhraseAt(types: readonly string[], T: readonly NameToken[], kinds: readonly TokenKind[], code: Uint8Array): Set<number> | null {
  for (const type of types) {
    for (const words of typePhraseWords(type)) {
      const at = new Set<number>();
      for (const w of words) {
        for (let i = 0; i < T.length; i++) if (code[i] !== ALIGNED && kinds[i] !== 'distinctive' && T[i].text === w && !at.has(i)) { at.add(i); break; }
      }
      if (at.size === words.length) return at;
    }
  }
  return null;
}

/** A cut no known width shows is not proof enough to confirm. */
const cutAnyWidth = (): Evidence => ({ rule: 'cut-any-width', cap: 'probable', detail: {} });

/**
 * A name made only of common words and places ("Hebei Tomato Industry") matches only exactly, and
 * never confirms: three or more words are probable, fewer only worth a review.
 */
function commonOnly(s: NameScore, words: number): void {
  s.evidence.push({ rule: 'common-words-only', cap: words >= 3 ? 'probable' : 'review', detail: { words } });
}

/**
 * Names of common words, word for word, equal but for one typo (one edit) in one word of 5+
 * letters (of 3 or 4: a letter dropped, added or swapped, as short-typo reads it), or for one
 * typo in each of several words of 8+ letters with a word equal besides ("Semiconducter
 * Manufactoring International": in a word that long one edit rarely makes another word): review
 * at most, and only for a bare name (see `weak`). Or equal but for their numbers ("The 78 Bank" /
 * The 77 Bank, "Group 2 Automotive" / Group 1 Automotive): another company or vintage of the
 * name, numbers-differ, review at most.
 */
function commonWordsTypo(q: QueryName, a: CompiledAlias, policy: MatchPolicy): NameScore | null {
  const Q = q.name.tokens;
  const L = a.name.tokens;
  if (Q.length !== L.length) return null;
  const cut = cutCommonWords(q, a);
  if (cut !== undefined) return cut;
  let typo = -1;
  let typos = 0;
  /** Every word with a typo has 8+ letters. */
  let allLong = true;
  let numbers = 0;
  for (let i = 0; i < Q.length; i++) {
    if (Q[i].text === L[i].text) continue;
    if (L[i].kind === 'number' && Q[i].kind === 'number') {
      numbers++;
      continue;
    }
    if (Q[i].han || L[i].han || L[i].kind === 'number' || Q[i].kind === 'number') return null;
    // As read, or as written when a spelling was canonicalised (Comunications / COMMUNICATIONS, read communication).
    let shorter = oneTypo(Q[i].text, L[i].text);
    if (shorter === 0 && (Q[i].spelled !== '' || L[i].spelled !== '')) shorter = oneTypo(Q[i].spelled || Q[i].text, L[i].spelled || L[i].text);
    if (shorter === 0) return null;
    if (shorter < LONG_TYPO) allLong = false;
    if (typo < 0) typo = i;
    typos++;
  }
  if (typos > 1 && (!allLong || typos + numbers === Q.length)) return null;
  if (numbers > 0) {
    if (typo >= 0 || numbers === Q.length) return null;
    const base = emptyScore();
    // The words agree: the numbers are taken out of the sums, as numbers-differ does below.
    base.alignment = 1;
    for (let i = 0; i < Q.length; i++) if (Q[i].text === L[i].text) base.pairs.push({ query: Q[i].text, list: L[i].text, sim: 1, how: 'equal' });
    const differ = Q.filter((t, i) => t.text !== L[i].text);
    base.evidence.push({ rule: 'numbers-differ', factor: policy.factors.numbersDiffer, cap: 'review', detail: { query: differ.map((t) => t.text).join(' '), list: L.filter((t, i) => t.text !== Q[i].text).map((t) => t.text).join(' ') } });
    commonOnly(base, L.length);
    return base;
  }
  if (typo < 0) return null;
  const base = emptyScore();
  let num = 0;
  let den = 0;
  let qTypos = '';
  let lTypos = '';
  for (let i = 0; i < Q.length; i++) {
    const w = Math.max(q.weights[i], a.weights[i]);
    const typoHere = Q[i].text !== L[i].text;
    const sim = typoHere ? Math.max(SHORT_TYPO_SIM, 1 - 1 / Math.max(Q[i].text.length, L[i].text.length)) : 1;
    num += sim * w;
    den += w;
    base.pairs.push({ query: Q[i].text, list: L[i].text, sim, how: typoHere ? 'typo' : 'equal' });
    if (typoHere) {
      qTypos = qTypos ? `${qTypos} ${Q[i].text}` : Q[i].text;
      lTypos = lTypos ? `${lTypos} ${L[i].text}` : L[i].text;
    }
  }
  base.alignment = num / den;
  base.weak = true;
  base.evidence.push({ rule: 'common-words-typo', cap: 'review', veto: true, detail: { query: qTypos, list: lTypos, words: typos } });
  return base;
}

/**
 * A cut name (its width known or guessed) of common words, word for word the listed name's but its
 * last word cut short of the listed one (TAIWAN SEMICONDUCTOR MANUFAC / Taiwan Semiconductor
 * Manufacturing): a cut hides what the words after it say, so review at most (common-words-cut);
 * undefined when the names are not so. Three letters of the cut word at least.
 */
function cutCommonWords(q: QueryName, a: CompiledAlias): NameScore | undefined {
  const Q = q.name.tokens;
  const L = a.name.tokens;
  const last = Q.length - 1;
  if (!q.name.cutEnd || last < 1 || Q[last].text.length < 3 || Q[last].text === L[last].text || !L[last].text.startsWith(Q[last].text)) return undefined;
  for (let i = 0; i < last; i++) if (Q[i].text !== L[i].text) return undefined;
  const base = emptyScore();
  for (let i = 0; i < last; i++) base.pairs.push({ query: Q[i].text, list: L[i].text, sim: 1, how: 'equal' });
  base.pairs.push({ query: Q[last].text, list: L[last].text, sim: CUT_COMMON_SIM, how: 'prefix' });
  base.alignment = (last + CUT_COMMON_SIM) / Q.length;
  base.evidence.push({ rule: 'common-words-cut', cap: 'review', detail: { query: Q[last].text, list: L[last].text } });
  return base;
}
/** A common word cut short of the listed one: as near as a short typo. */
const CUT_COMMON_SIM = 0.9;

/**
 * The length of the shorter word when the two are one typo apart as a name of common words takes
 * it (one edit in 5+ letters, a short typo in 3 or 4), else 0.
 */
function oneTypo(q: string, l: string): number {
  const shorter = Math.min(q.length, l.length);
  if (shorter < SHORT_TYPO_MIN || (shorter <= SHORT_TYPO_LENGTH ? !shortTypo(q, l) : !withinOneEdit(q, l))) return 0;
  return shorter;
}

/**
 * The possible pairings of one alignment into `pool[0..n)`, best first; returns n. Best first: of
 * equals, the pair nearer the same position; then creation order. Both sorts are stable (so the
 * same order): an insertion sort needs no work array for the handful of pairs a name has; a
 * hostile name of thousands of words gets the n log n one.
 */
function candidatePairs(Q: readonly NameToken[], L: readonly NameToken[], lastCut: number): number {
  let n = 0;
  for (let i = 0; i < Q.length; i++) {
    for (let j = 0; j < L.length; j++) {
      const c = pairAt(n);
      similarity(Q[i], L[j], i === lastCut, c);
      if (c.sim === 0) continue;
      setPair(c, i, -1, j, -1);
      n++;
    }
  }
  // Words run together or split apart: HIK VISION / HIKVISION, SENSE TIME / SENSETIME; a name
  // written syllable by syllable, three words (NAM CHON GANG / Namchongang).
  for (let i = 0; i < Q.length; i++) {
    for (let j = 0; j + 1 < L.length; j++) {
      if (isConcatenation(Q[i].text, L[j].text, L[j + 1].text) || concatenatedAsWritten(Q[i], L[j], L[j + 1])) merged(pairAt(n++), i, -1, j, j + 1);
      else if (j + 2 < L.length && isConcatenation3(Q[i].text, L[j].text, L[j + 1].text, L[j + 2].text)) merged(pairAt(n++), i, -1, j, j + 2);
      else if (L[j + 1].abjad && !Q[i].abjad && abjadAlike(L[j].text + L[j + 1].text, Q[i].text)) mergedRomanised(pairAt(n++), i, -1, j, j + 1);
    }
  }
  for (let j = 0; j < L.length; j++) {
    for (let i = 0; i + 1 < Q.length; i++) {
      if (isConcatenation(L[j].text, Q[i].text, Q[i + 1].text) || concatenatedAsWritten(L[j], Q[i], Q[i + 1])) merged(pairAt(n++), i, i + 1, j, -1);
      else if (i + 2 < Q.length && isConcatenation3(L[j].text, Q[i].text, Q[i + 1].text, Q[i + 2].text)) merged(pairAt(n++), i, i + 2, j, -1);
      else if (Q[i + 1].abjad && !L[j].abjad && abjadAlike(Q[i].text + Q[i + 1].text, L[j].text)) mergedRomanised(pairAt(n++), i, i + 1, j, -1);
    }
  }
  if (n > 32) {
    const sorted = pool.slice(0, n).sort(pairOrder);
    for (let k = 0; k < n; k++) pool[k] = sorted[k];
    return n;
  }
  for (let k = 1; k < n; k++) {
    const c = pool[k];
    let at = k;
    while (at > 0 && pairOrder(pool[at - 1], c) > 0) {
      pool[at] = pool[at - 1];
      at--;
    }
    pool[at] = c;
  }
  return n;
}

function setPair(c: Candidate, q0: number, q1: number, l0: number, l1: number): void {
  c.q0 = q0;
  c.q1 = q1;
  c.l0 = l0;
  c.l1 = l1;
}

function merged(c: Candidate, q0: number, q1: number, l0: number, l1: number): void {
  setPair(c, q0, q1, l0, l1);
  c.sim = 0.97;
  c.how = 'merge';
}

/** Two words run together in one name, in Arabic script in the other, whose consonants agree (al mrai / Almarai): two romanisations. */
function mergedRomanised(c: Candidate, q0: number, q1: number, l0: number, l1: number): void {
  setPair(c, q0, q1, l0, l1);
  c.sim = TRANSLIT_SIM;
  c.how = 'translit';
}

function pairOrder(x: Candidate, y: Candidate): number {
  return y.sim - x.sim || Math.abs(x.q0 - x.l0) - Math.abs(y.q0 - y.l0);
}

/** whole === a + b, without building a + b. */
function isConcatenation(whole: string, a: string, b: string): boolean {
  return whole.length === a.length + b.length && whole.startsWith(a) && whole.endsWith(b);
}

/**
 * `whole` is a and b run together as written, when a canonical spelling hid it (HIFI / Hi-Fi: hi is
 * read as high).
 */
function concatenatedAsWritten(whole: NameToken, a: NameToken, b: NameToken): boolean {
  if (whole.spelled === '' && a.spelled === '' && b.spelled === '') return false;
  return isConcatenation(whole.spelled || whole.text, a.spelled || a.text, b.spelled || b.text);
}

/** `whole` is a, b and c run together. */
function isConcatenation3(whole: string, a: string, b: string, c: string): boolean {
  return whole.length === a.length + b.length + c.length && whole.startsWith(a) && whole.startsWith(b, a.length) && whole.endsWith(c);
}

/**
 * The one word of a name (`T`, its `kinds`) that may be an acronym (distinctive, 3-6 letters) when
 * every other word is a word of the other name (`O`) and that one is not; else -1.
 */
function acronymBesideNameWords(T: readonly NameToken[], kinds: readonly TokenKind[], O: readonly NameToken[]): number {
  let acro = -1;
  for (let i = 0; i < T.length; i++) {
    const t = T[i].text;
    let other = false;
    for (const o of O) if (o.text === t) other = true;
    // ... or the head of a compound of it (NWB Bank / Nederlandse Waterschapsbank)
    if (!other && kinds[i] !== 'distinctive') for (const o of O) if (isCompoundHead(t, o.text)) other = true;
    if (other) continue;
    if (acro >= 0 || kinds[i] !== 'distinctive' || !mayBeAcronym(t)) return -1;
    acro = i;
  }
  return acro;
}

/** Some word of a name may be the acronym acronymBesideNameWords looks for (none: it finds none, whatever the other name). */
function hasAcronymWord(T: readonly NameToken[], kinds: readonly TokenKind[]): boolean {
  for (let i = 0; i < T.length; i++) if (kinds[i] === 'distinctive' && mayBeAcronym(T[i].text)) return true;
  return false;
}

/**
 * Some distinctive word of the listed name may be initials and is written as initials in the
 * list's text: in capitals (PKO; any word of a list written all in capitals) or a letter and a dot
 * each (S.N.G.N.).
 */
function hasWrittenInitials(a: CompiledAlias): boolean {
  const L = a.name.tokens;
  for (let i = 0; i < L.length; i++) {
    const w = L[i].text;
    if (a.kinds[i] !== 'distinctive' || !mayBeAcronym(w)) continue;
    if (a.text.includes(w.toUpperCase()) || a.text.toLowerCase().includes(w.split('').join('.'))) return true;
  }
  return false;
}

/** The words beside the one at `acro` (see acronymBesideNameWords). */
function besideWords(T: readonly NameToken[], kinds: readonly TokenKind[], acro: number): { words: Set<string>; distinctive: boolean } {
  const words = new Set<string>();
  let distinctive = false;
  for (let i = 0; i < T.length; i++) {
    if (i === acro) continue;
    words.add(T[i].text);
    if (kinds[i] === 'distinctive') distinctive = true;
  }
  return { words, distinctive };
}

/** The words of the run i0..i1 (i1 -1: the one word i0), joined by a space. */
function runText(T: readonly NameToken[], i0: number, i1: number): string {
  if (i1 < 0) return T[i0].text;
  let s = T[i0].text;
  for (let i = i0 + 1; i <= i1; i++) s += ' ' + T[i].text;
  return s;
}

/** The aligned pairs as evidence reads them (words run together shown with a space). */
function pairsOf(n: number, Q: readonly NameToken[], L: readonly NameToken[], out: AlignedPair[]): void {
  for (let k = 0; k < n; k++) {
    const c = chosen[k];
    out.push({ query: runText(Q, c.q0, c.q1), list: runText(L, c.l0, c.l1), sim: c.sim, how: c.how });
  }
}

/**
 * `word` as a short form of the query's name (its initials, a contraction of its first words, or
 * the leading letters of every word), as evidence capped at review; null when it is none of them.
 */
function shortFormOf(word: string, q: QueryName): Evidence | null {
  const name = q.name;
  const memo = memoOf(q);
  if (mayBeAcronym(word) && spellsInitials(word, (memo.initials ??= nameInitials(name, true)))) return { rule: 'acronym', cap: 'review', detail: { acronym: word, name: name.core } };
  const toks = (memo.words ??= name.tokens.map((t) => t.text));
  const contraction = contractionOf(word, toks);
  if (contraction) return { rule: 'contraction', cap: 'review', detail: { word, name: name.core, pieces: contraction.map((p, k) => `${p} from ${toks[k]}`).join(', ') } };
  const written = (memo.writtenWords ??= [writtenWords(name, false), writtenWords(name, true)]);
  for (const words of written) {
    const syllables = syllablesOf(word, words, name);
    if (syllables) return syllableAcronym(word, words, syllables);
  }
  return null;
}

/** The syllable-acronym evidence: `word` made of `pieces`, one from each of the first of `words`. */
function syllableAcronym(word: string, words: readonly string[], pieces: readonly string[]): Evidence {
  return { rule: 'syllable-acronym', cap: 'review', detail: { word, name: words.slice(0, pieces.length).join(' '), pieces: pieces.map((p, k) => `${p} from ${words[k]}`).join(', ') } };
}

/**
 * The score of one name matched as a short form of the other (initials, a contraction, a syllable
 * acronym, either way round): the whole of each name paired at policy.acronymScore, with the
 * evidence that says which short form it is.
 */
function shortFormScore(query: string, list: string, evidence: Evidence, policy: MatchPolicy): NameScore {
  const base = emptyScore();
  base.alignment = policy.acronymScore;
  base.pairs.push({ query, list, sim: policy.acronymScore, how: 'merge' });
  base.evidence.push(evidence);
  return base;
}

/**
 * The score of a name matched through a compound word read as its stems (compounds.ts,
 * compoundMatch): as thin as a short form, the whole of each name paired at policy.acronymScore.
 * The 'compound-read' evidence is the caller's (a listed reading's comes with its derived alias).
 */
export function readingScore(query: string, list: string, policy: MatchPolicy, evidence?: Evidence): NameScore {
  const base = emptyScore();
  base.alignment = policy.acronymScore;
  base.pairs.push({ query, list, sim: policy.acronymScore, how: 'merge' });
  if (evidence) base.evidence.push(evidence);
  return base;
}

/**
 * Words a name in its own language carries that the company's English name drops, once
 * translated: Kogyo and Sangyo (industry), Seisakusho (manufacturing), Gongye (industry), Qiye
 * (enterprise), Kensetsu (construction: Kajima Corporation), Seiyaku (pharmaceutical): ONO YAKUHIN KOGYO KK is Ono Pharmaceutical Co., Ltd. Only the fund file has one:
 * worth a look (`translated-filler`), not another company of the group, as an English word the
 * fund file adds would be (`extra-words`: ONO PHARMACEUTICAL INDUSTRY).
 */
const FILLER_WORDS: ReadonlySet<string> = new Set(['industry', 'manufacturing', 'plant', 'enterprise', 'construction', 'pharmaceutical']);

/** The word came from translating the name's own words: it is not among the words as written. */
function fromTranslation(name: AnalysedName, text: string): boolean {
  return name.written !== undefined && !` ${name.written} `.includes(` ${text} `);
}

/**
 * Every common word of the name came from translating its own language's words: the name is
 * written in that language (ONO YAKUHIN KOGYO KK), not an English name that keeps one native word
 * (THE CHIBA KOGYO BANK, another bank than The Chiba Bank).
 */
function writtenInOwnLanguage(q: QueryName): boolean {
  const T = q.name.tokens;
  for (let i = 0; i < T.length; i++) if (q.kinds[i] === 'generic' && !fromTranslation(q.name, T[i].text)) return false;
  return true;
}

/** The fund file's filler words (FILLER_WORDS) from translation, for evidence. */
function fillerTexts(q: QueryName): string {
  return q.name.tokens.filter((t) => !t.paren && FILLER_WORDS.has(t.text) && fromTranslation(q.name, t.text)).map((t) => t.text).join(' ');
}


/** Highest of the (one or two) indexes, or -1. */
function last(i0: number, i1: number): number {
  return i1 > i0 ? i1 : i0;
}

/** The names run together are one (HIK VISION / HIKVISION), a number word as written (NINE STAR / Ninestar). */
function sameCompact(q: AnalysedName, l: AnalysedName): boolean {
  return q.compact === l.compact || (q.compactWritten ?? q.compact) === (l.compactWritten ?? l.compact);
}

/**
 * The name score of one alias, with its evidence. `keep` (optional): the scores the caller keeps of
 * a match nothing confirms, asked with the alignment after the name rules' factors (in the order
 * of the evidence, the only rules that change a score without confirming): when it says no, the
 * answer is null, before any evidence or pair is built (most candidates of an unlisted name).
 */
export function scoreAlias(q: QueryName, a: CompiledAlias, policy: MatchPolicy = DEFAULT_POLICY, keep?: (score: number) => boolean): NameScore | null {
  const f = policy.factors;
  const Q = q.name.tokens;
  const L = a.name.tokens;
  if (Q.length === 0 || L.length === 0) return null;
  if (q.name.core === a.name.core || (q.name.compact.length >= 4 && sameCompact(q.name, a.name))) {
    const base = emptyScore();
    base.pairs = q.name.core === a.name.core ? Q.map((t) => ({ query: t.text, list: t.text, sim: 1, how: 'equal' as const })) : [{ query: q.name.core, list: a.name.core, sim: 1, how: 'merge' as const }];
    base.alignment = 1;
    base.exact = true;
    base.evidence.push({ rule: 'exact-name', confirms: true, detail: { core: a.name.core } });
    if (!a.distinctive) commonOnly(base, L.length);
    translated(q, a, base);
    companyType(q, a, base);
    registryTag(q, a, base);
    return base;
  }
  // A name of common words, its words in another order ("Institute of Automation, Chinese Academy
  // of Sciences" / "Chinese Academy of Sciences Institute of Automation"): no distinctive word to
  // align by, so the word sets are compared whole: worth a look ("Ukraine National Bank" may be
  // another bank than National Bank of Ukraine). Three words at least, or two with a Chinese province
  // or city (Jiangsu Bank / Bank of Jiangsu), or two of a Han name read in pinyin (交通银行 / Bank of
  // Communications): "China Bank" is not "Bank of China" (orderKey).
  let ordered: string | null;
  if (!a.distinctive && Q.length === L.length && Q.length >= 2 && (ordered = queryOrderKey(q)) !== null && ordered === wordSetKey(a.name)) {
    const base = emptyScore();
    base.pairs = Q.map((t) => ({ query: t.text, list: t.text, sim: 1, how: 'equal' as const }));
    base.alignment = 1;
    base.evidence.push({ rule: 'words-reordered', cap: 'review', detail: { core: a.name.core } });
    commonOnly(base, L.length);
    return base;
  }
  // A one-word name that is the listed name's initials (IBM / International Business Machines;
  // GSK / GlaxoSmithKline, one word in camel case): worth a look, never more (initials name many companies).
  if (Q.length === 1 && (L.length > 1 || a.name.camel !== undefined) && mayBeAcronym(Q[0].text) && spellsInitials(Q[0].text, (a.initials ??= nameInitials(a.name)))) {
    return shortFormScore(Q[0].text, a.name.core, { rule: 'acronym', cap: 'review', detail: { acronym: Q[0].text, name: a.name.core } }, policy);
  }
  // ... or the initials of its Russian words, in Russian order (MTZ / Minsk Tractor Works: Minskiy
  // Traktornyy Zavod; FSB / Federal Security Service: Federal'naya Sluzhba Bezopasnosti): as thin.
  if (Q.length === 1 && L.length > 1 && mayBeAcronym(Q[0].text) && mayHaveRussianInitials(a.name) && spellsRussianInitials(Q[0].text, (a.initials ??= nameInitials(a.name)), () => postSoviet(q.name) || postSoviet(a.name))) {
    return shortFormScore(Q[0].text, a.name.core, { rule: 'acronym-translated', cap: 'review', detail: { acronym: Q[0].text, name: a.name.core } }, policy);
  }
  // One word the initials of the other's compound stems, either way (VTB / Vneshtorgbank: ВТБ of
  // Внешторгбанк; PSB / Promsvyazbank): as thin as any initials.
  // (Beside the English word of its last stem: VTB Bank, Bank GPB.)
  if ((Q.length === 1 && L.length <= 2) || (L.length === 1 && Q.length === 2)) {
    const listFull = L.length === 1 && mayBeCompound(L[0].text);
    const stemAcronym = (listFull ? stemAcronymOf(L[0].text, Q) : null) ?? (Q.length === 1 && mayBeCompound(Q[0].text) ? stemAcronymOf(Q[0].text, L) : null);
    if (stemAcronym !== null && mayBeAcronym(stemAcronym)) {
      const full = listFull && stemAcronymOf(L[0].text, Q) !== null ? L[0].text : Q[0].text;
      return shortFormScore(q.name.core, a.name.core, { rule: 'acronym', cap: 'review', detail: { acronym: stemAcronym, name: `${full} (${sameCompoundStems(full)})` } }, policy);
    }
  }
  // The initials with words of the listed name beside them (LIC of India, CIB Egypt, BNG Bank):
  // as thin as the initials alone.
  const acro = Q.length > 1 && L.length > 1 && (memoOf(q).acronymWord ??= hasAcronymWord(Q, q.kinds)) ? acronymBesideNameWords(Q, q.kinds, L) : -1;
  if (acro >= 0 && spellsInitials(Q[acro].text, (a.initials ??= nameInitials(a.name)), besideWords(Q, q.kinds, acro))) {
    return shortFormScore(Q[acro].text, a.name.core, { rule: 'acronym', cap: 'review', detail: { acronym: Q[acro].text, name: a.name.core } }, policy);
  }
  // The other way round: the listed name writes initials beside words the fund file's name has
  // (S.N.G.N. Romgaz / Societatea Nationala de Gaze Naturale Romgaz), read as strictly as a listed short form.
  // (Only a word the list writes as initials: in capitals or letters with dots.)
  const listAcro = Q.length > 1 && L.length > 1 && acro < 0 && (a.acronymWord ??= hasWrittenInitials(a)) ? acronymBesideNameWords(L, a.kinds, Q) : -1;
  if (listAcro >= 0 && spellsInitials(L[listAcro].text, (memoOf(q).initials ??= nameInitials(q.name, true)), besideWords(L, a.kinds, listAcro))) {
    return shortFormScore(q.name.core, L[listAcro].text, { rule: 'acronym', cap: 'review', detail: { acronym: L[listAcro].text, name: q.name.core } }, policy);
  }
  // A one-word name that is the leading syllables of the listed name's first words (Petronas /
  // Petroliam Nasional): worth a look, never more. Only a word the list's words do not make common.
  // Written-out legal forms count as words (CONCOR: CONtainer CORporation of India).
  const shortFormWords = Q.length === 1 && L.length > 1 && q.kinds[0] === 'distinctive' ? (a.shortFormWords ??= { contraction: contractionWords(a.name), written: writtenWords(a.name) }) : undefined;
  if (shortFormWords) {
    for (const words of shortFormWords.contraction) {
      const pieces = contractionOf(Q[0].text, words);
      if (pieces) {
        return shortFormScore(Q[0].text, a.name.core, { rule: 'contraction', cap: 'review', detail: { word: Q[0].text, name: a.name.core, pieces: pieces.map((p, k) => `${p} from ${words[k]}`).join(', ') } }, policy);
      }
    }
  }
  // A one-word name made of the leading letters of every word of the listed name (KEPCO: Korea
  // Electric Power Corporation): worth a look, never more.
  if (shortFormWords) {
    const words = shortFormWords.written;
    const pieces = syllablesOf(Q[0].text, words, a.name);
    if (pieces) return shortFormScore(Q[0].text, a.name.core, syllableAcronym(Q[0].text, words, pieces), policy);
    // ... or of leading syllables of some of its words, the others left out (KENGEN: KENya
    // [Electricity] GENerating Company): as thin.
    if (Q[0].text.length >= PIECES_MIN) {
      for (const list of (a.pieceWords ??= namePieceWords(a.name, a.text))) {
        const found = wordPieces(Q[0].text, list);
        if (found) {
          const detail = { word: Q[0].text, name: a.name.core, pieces: found.map((p) => `${p.text} from ${list[p.word].text}`).join(', ') };
          return shortFormScore(Q[0].text, a.name.core, { rule: 'word-pieces', cap: 'review', detail }, policy);
        }
      }
    }
  }
  // The other way round: the list names the company by one short word and the fund file writes
  // the name out (YPF / Yacimientos Petrolíferos Fiscales, KAMAZ / Kamskiy Avtomobilnyy Zavod): as thin.
  if (L.length === 1 && Q.length > 1 && a.kinds[0] === 'distinctive' && !Q.some((t) => t.text === L[0].text)) {
    const short = shortFormOf(L[0].text, q);
    if (short) return shortFormScore(q.name.core, L[0].text, short, policy);
  }
  // A name of common words matches only exactly, or (for a cut name) exactly up to the cut, or
  // with one typo in one word and every other word equal ("Bank of Chima"): worth a look at most.
  if (!a.distinctive && !q.name.truncated) return commonWordsTypo(q, a, policy);
  // An acronym alias (one word of up to 4 letters: CSC, AVIC, CSSC, LAJS) names only an issuer
  // that is exactly that word: "CSC Financial" is not "CSC", "AVIC Capital" is not "AVIC".
  // (Standing whole among other words, it scores nothing; a row's ticker may still floor it:
  // ticker-listed-name, FOO BAR TBEA CO LTD under TBEA's code.)
  if (L.length === 1 && L[0].text.length <= 4 && Q.length > 1) return Q.some((t) => t.text === L[0].text) ? acronymInside(Q, L[0].text) : null;

  const nQ = Q.length;
  const nL = L.length;
  // Per word: 0 aligned, else which kind of unaligned word it is (see the codes). Scratch rows.
  if (qCode.length < nQ) ({ qCode, qBiz } = { qCode: new Uint8Array(2 * nQ), qBiz: new Uint8Array(2 * nQ) });
  if (lCode.length < nL) lCode = new Uint8Array(2 * nL);
  qCode.fill(UNSEEN, 0, nQ);
  lCode.fill(UNSEEN, 0, nL);
  const possible = candidatePairs(Q, L, q.name.cutEnd ? nQ - 1 : -1);
  let nChosen = 0;
  for (let k = 0; k < possible; k++) {
    const c = pool[k];
    if (anyAligned(qCode, c.q0, c.q1) || anyAligned(lCode, c.l0, c.l1)) continue;
    for (let i = c.q0; i <= Math.max(c.q0, c.q1); i++) qCode[i] = ALIGNED;
    for (let j = c.l0; j <= Math.max(c.l0, c.l1); j++) lCode[j] = ALIGNED;
    chosen[nChosen++] = c;
  }

  let distinctiveAligned = false;
  let num = 0;
  let den = 0;
  let allEqual = true;
  /** Every chosen pair as allEqual, or one word in two romanisations (Qazyna / Kazyna). */
  let allSpelled = true;
  let lastAlignedQ = -1;
  let lastAlignedL = -1;
  let anyPrefix = false;
  for (let k = 0; k < nChosen; k++) {
    const c = chosen[k];
    const w = Math.max(runWeight(q.weights, c.q0, c.q1), runWeight(a.weights, c.l0, c.l1));
    num += c.sim * w;
    den += w;
    if (c.how !== 'equal' && c.how !== 'prefix') allEqual = false;
    if (c.how !== 'equal' && c.how !== 'prefix' && c.how !== 'translit') allSpelled = false;
    if (c.how === 'prefix') anyPrefix = true;
    if (isDistinctive(a.kinds, c.l0, c.l1) || isDistinctive(q.kinds, c.q0, c.q1)) distinctiveAligned = true;
    lastAlignedQ = Math.max(lastAlignedQ, last(c.q0, c.q1));
    lastAlignedL = Math.max(lastAlignedL, last(c.l0, c.l1));
  }
  if (!a.distinctive || !distinctiveAligned) {
    // Only common words align: acceptable only as the exact start of a cut name.
    let cutExact = allEqual && nChosen >= 3;
    for (let i = 0; i < nQ && cutExact; i++) if (qCode[i] !== ALIGNED) cutExact = false;
    for (let j = 0; j < nL && cutExact; j++) if (lCode[j] !== ALIGNED && j <= lastAlignedL) cutExact = false;
    if (!cutExact) return null;
    const base = emptyScore();
    pairsOf(nChosen, Q, L, base.pairs);
    base.alignment = policy.cutExactFloor;
    base.cutExact = true;
    base.evidence.push({ rule: 'cut-exact', confirms: true, detail: {} }, { rule: 'cut-name', detail: cutDetail(q, undefined) });
    if (q.name.cutGuessed) base.evidence.push(cutAnyWidth());
    commonOnly(base, nChosen);
    return base;
  }
  // Evidence resting only on a typo in a short word is too weak on its own (SINNET / SINONET,
  // VICOR / VIKOR): it needs a supporting identifier.
  // (A cut stub is as distinctive as the list word it starts: TEC of "technology" is not.)
  // Whether the only distinctive words that align do so through a typo, and the words equal
  // beside them (common words, places) weigh less than one distinctive word: "Deutshe Bank" is
  // near Deutsche Bank; "HANGZHOU HIKVISON DIGITAL TECHNOLOGY" agrees in enough else.
  let distinctiveOnlyByTypo = true;
  let shortWordTypo = false;
  let anyTypo = false;
  let equalWeight = 0;
  for (let k = 0; k < nChosen; k++) {
    const c = chosen[k];
    if (c.how !== 'typo' && c.how !== 'sound' && c.how !== 'translit' && c.how !== 'cognate' && c.how !== 'abbreviation' && (c.how === 'prefix' ? isDistinctive(a.kinds, c.l0, c.l1) : isDistinctive(q.kinds, c.q0, c.q1))) distinctiveOnlyByTypo = false;
    if (c.how === 'typo') {
      anyTypo = true;
      if (Math.min(Q[c.q0].text.length, c.q1 < 0 ? Infinity : Q[c.q1].text.length) < 7) shortWordTypo = true;
    }
    if (c.how === 'equal') equalWeight += Math.max(q.weights[c.q0], a.weights[c.l0]);
  }
  const weakTypoOnly = distinctiveOnlyByTypo && shortWordTypo;
  const typoOnly = equalWeight < policy.typoOnlyCover && anyTypo && distinctiveOnlyByTypo;

  // The words either name has alone, by kind (counted here; their texts are listed only for a
  // name the caller keeps). Sums in the words' order, as the weights add up.
  let otherCompany = false;
  /** A list-only place that is the country the listed name ends in (Bank Melli Iran, Sberbank of Russia). */
  let homeCountry = '';
  /** The province-level region a listed Chinese name leads with, which the fund file's name drops (Anhui Conch Cement / CONCH CEMENT). */
  let homeRegion = '';
  /** The Chinese city a listed name leads with or ends in, which the fund file's name drops (Shenzhen Mindray / MINDRAY). */
  let homeCity = '';
  let qExtra = 0;
  let qPlaces = 0;
  let qWords = 0;
  let qNumbers = 0;
  /** Words only the fund file has, outside parentheses: a business line or a unit of the group. */
  let qBusiness = 0;
  let qNumberWeight = 0;
  /** An unaligned V, X or XI of each name (a numeral where the other name has a number). */
  let qRoman = -1;
  let lRoman = -1;
  let articles = '';
  /** The cut start of a legal form the fund file's name ends in (PJ), no word of its own. */
  let formStub = '';
  /** Words only the fund file has that translating its own language's words gave, and that English names drop (see FILLER_WORDS). */
  let qFiller = 0;
  /** Distinctive words only the fund file has. */
  let qDistinct = 0;
  // Words written for a company type only the other name sets aside (rare: most names have none).
  const qTypeWords = q.name.companyTypes === undefined && a.name.companyTypes !== undefined ? typePhraseAt(a.name.companyTypes, Q, q.kinds, qCode) : null;
  const lTypeWords = a.name.companyTypes === undefined && q.name.companyTypes !== undefined ? typePhraseAt(q.name.companyTypes, L, a.kinds, lCode) : null;
  for (let i = 0; i < nQ; i++) {
    if (qCode[i] === ALIGNED) continue;
    const t = Q[i];
    const k = q.kinds[i];
    // The article written apart (AL MOWASAT / Mouwasat): no word of the name's own, not even an
    // extra one. (A distinctive word is aligned here: names that align none returned above.)
    if (ARABIC_ARTICLES.has(t.text)) {
      articles = t.text;
      qCode[i] = ARTICLE;
      qBiz[i] = 0;
      continue;
    }
    // The English phrase of the company type the listed name sets aside, which the fund file's name
    // does not, written whole after the name (ROSNEFT OIL CO PJSC / PJSC Oil Company Rosneft): the
    // type, no word of the name; the company-type rule still notes the difference.
    if (qTypeWords !== null && qTypeWords.has(i)) {
      qCode[i] = TAIL;
      qBiz[i] = 0;
      continue;
    }
    // A cut name ending in the start of a legal form, against a listed name that writes one
    // (AEROFLOT - RUSSIAN AIRLINES PJ, PT BANK RAKYAT INDONESIA (PERS): the form the cut broke off.
    if (i === nQ - 1 && q.name.cutEnd && a.name.legalForms.length > 0 && mayBeCutForm(t.text, a.name.legalForms)) {
      qCode[i] = TAIL;
      qBiz[i] = 0;
      formStub = t.text;
      continue;
    }
    qExtra++;
    den += q.weights[i] * EXTRA_QUERY[k];
    qBiz[i] = 0;
    if (k === 'place') {
      qCode[i] = PLACE;
      qPlaces++;
      if (!t.lead) otherCompany = true; // "HIKVISION USA": a place qualifier names another company
    } else if (k === 'number') {
      qCode[i] = NUMBER;
      qNumbers++;
      qNumberWeight += q.weights[i] * EXTRA_QUERY[k];
    } else {
      qCode[i] = WORD;
      if (qRoman < 0 && SINGLE_ROMAN.has(t.text)) qRoman = i;
      qWords++;
      if (k === 'distinctive') qDistinct++;
      if (DIRECTIONS.has(t.text)) otherCompany = true;
      if (t.paren) continue;
      if (FILLER_WORDS.has(t.text) && fromTranslation(q.name, t.text) && writtenInOwnLanguage(q)) qFiller++;
      else {
        qBiz[i] = 1;
        qBusiness++;
      }
    }
  }
  // A cut name loses the list words after its last aligned word.
  const cutTail = q.name.truncated && lastAlignedQ === nQ - 1;
  let lExtra = 0;
  let leadCountry = '';
  let lPlaces = 0;
  let lWords = 0;
  let lNumbers = 0;
  let lNumberWeight = 0;
  /** Distinctive words only the listed name has (outside parentheses). */
  let lDistinct = 0;
  let tail = 0;
  let tailSpecific = false;
  for (let j = 0; j < nL; j++) {
    if (lCode[j] === ALIGNED) continue;
    const t = L[j];
    const k = a.kinds[j];
    if (cutTail && j > lastAlignedL) {
      den += a.weights[j] * CUT_TAIL;
      lCode[j] = TAIL;
      tail++;
      if (k !== 'generic') tailSpecific = true;
      continue;
    }
    if (ARABIC_ARTICLES.has(t.text)) {
      articles = t.text;
      lCode[j] = ARTICLE;
      continue;
    }
    // ... and the other way round (Rosneft Oil Company / NK ROSNEFT PAO).
    if (lTypeWords !== null && lTypeWords.has(j)) {
      lCode[j] = TAIL;
      continue;
    }
    lExtra++;
    den += a.weights[j] * (t.paren && k === 'distinctive' ? PAREN_LIST : EXTRA_LIST[k]);
    if (k === 'place') {
      // "Hoshine Silicon Industry (Shanshan)", "Donghai JA Solar": the list names the company of one
      // place; the fund file's name without it is usually the group or parent, not the listed entity.
      lCode[j] = PLACE;
      lPlaces++;
      if (j === nL - 1 && !t.paren && !t.lead && COUNTRY_WORDS.has(t.text)) homeCountry = t.text;
      // A listed name that leads with its country, the one word the fund file leaves out (MENGNIU
      // DAIRY / China Mengniu Dairy): settled after the loop, when every extra word is known.
      else if (j === 0 && t.lead && qExtra === 0 && COUNTRY_WORDS.has(t.text)) leadCountry = t.text;
      else if (j === 0 && t.lead && !homeRegion && !homeCity && CHINA_FIRST_LEVEL.has(t.text)) homeRegion = t.text;
      // A listed name that leads with its city or ends in it (Shenzhen Mindray, Wuliangye Yibin).
      else if (!homeRegion && !homeCity && ((j === 0 && t.lead) || (j === nL - 1 && !t.paren && !t.lead)) && CHINA_CITIES.has(t.text)) homeCity = t.text;
      else otherCompany = true;
    } else if (k === 'number') {
      lCode[j] = NUMBER;
      lNumbers++;
      lNumberWeight += a.weights[j] * EXTRA_LIST[k];
    } else {
      lCode[j] = WORD;
      if (lRoman < 0 && SINGLE_ROMAN.has(t.text)) lRoman = j;
      lWords++;
      if (k === 'distinctive' && !t.paren) lDistinct++;
      if (DIRECTIONS.has(t.text)) otherCompany = true;
    }
  }
  // (Any other word only one name has, and the leading country marks another company of the group,
  // as a place only one name has does: China CITIC Bank / CITIC Limited.)
  if (leadCountry !== '') {
    if (lExtra === 1) homeCountry = leadCountry;
    else otherCompany = true;
  }
  // A lone V, X or XI where the other name has a number is a numeral too ("EQT X" / "EQT IX",
  // "Dover Street X" / "Dover Street IX"): normalise reads it so only after a fund family's word.
  // (The first business word of that text stops being one: the numeral's own, unless in parentheses.)
  if (qRoman >= 0 && qNumbers === 0 && lNumbers > 0) {
    const t = Q[qRoman].text;
    for (let i = 0; i < nQ; i++) {
      if (qBiz[i] === 1 && Q[i].text === t) {
        qBiz[i] = 0;
        qBusiness--;
        break;
      }
    }
    qCode[qRoman] = ROMAN;
    qWords--;
    qNumbers++;
    qNumberWeight += q.weights[qRoman] * EXTRA_QUERY[q.kinds[qRoman]];
  } else if (lRoman >= 0 && lNumbers === 0 && qNumbers > 0) {
    lCode[lRoman] = ROMAN;
    lWords--;
    lNumbers++;
    lNumberWeight += a.weights[lRoman] * EXTRA_LIST[a.kinds[lRoman]];
  }
  // Two names that differ in a number ("Trust Series 2007-1" / "2007-2", "Partners VII" / "VIII")
  // name two vintages of one family: the names otherwise agree, so the numbers are taken out of
  // the word sums and the difference caps the match at review instead.
  const numbersDiffer = qNumbers > 0 && lNumbers > 0;
  if (numbersDiffer) den -= qNumberWeight + lNumberWeight;
  const alignment = den > 0 ? num / den : 0;
  const placesDiffer = qPlaces > 0 && lPlaces > 0;
  const wordsDiffer = qWords > 0 && lWords > 0;
  // The listed name whole, and the fund file adds a word (Mitsubishi Electric / Mitsubishi
  // Corporation, Deutsche Bank Trust Company / Deutsche Bank AG, Siemens Energy / Siemens): a
  // business line or unit of the group, another company. (A word only the list has is the
  // opposite: fund files shorten names.)
  let extraWords = qBusiness > 0 && lExtra === 0 && !q.name.truncated;
  // ... but a Chinese registered name is written [province or city] [brand] [industry words] Co Ltd
  // (FUJIAN SEPTWOLVES INDUSTRY CO LTD / Fujian Septwolves, SHENZHEN INTELLIFUSION TECHNOLOGIES /
  // Intellifusion): generic words added beside a leading Chinese place are that form's, as often
  // the listed company as a sister: worth a look, not ruled out.
  // (Not a name whose legal form is of a country where Chinese names are not registered: SHENZHEN
  // SUNWAY COMMUNICATION is not Sunway Berhad.)
  const registeredWords = extraWords && qDistinct === 0 && (leadsWithChinesePlace(Q) || leadsWithChinesePlace(L)) && !(a.formElsewhere ??= formElsewhere(a.text)) && !(memoOf(q).formElsewhere ??= formElsewhere(q.name.norm));
  if (registeredWords) extraWords = false;
  const numberOneSide = !numbersDiffer && qNumbers + lNumbers > 0;
  const equal = allEqual && qExtra === 0 && lExtra === 0;
  // Only an equal name confirms (exact-name, cut-exact below); else the caller's bound sees the
  // score these factors leave, multiplied in the evidence's order (as decide() does); the evidence
  // built after them only lowers a score or caps a tier.
  // (See common-words-dropped below.)
  const subset = allSpelled && qExtra === 0 && lWords > 0 && lPlaces === 0 && lNumbers === 0 && !otherCompany && homeCountry === '' && equalWeight >= 1 && alignment < policy.thresholds.review && alignedInOrder(nChosen);
  const commonDropped = subset && lDistinct === 0 && listHeadAligned(lCode, nL);
  const leadDropped = subset && !commonDropped && nQ >= 2 && listTailAligned(lCode, nL);
  // (A row's ticker may floor such a name at review: kept past the bound.)
  const listedInside = allEqual && lExtra === 0 && qExtra > 0 && tail === 0;
  if (keep && !equal && !listedInside) {
    let score = commonDropped || leadDropped ? policy.thresholds.review : alignment;
    if (placesDiffer) score *= f.placesDiffer;
    if (wordsDiffer) score *= f.wordsDiffer;
    if (extraWords) score *= f.extraWords;
    if (numbersDiffer) score *= f.numbersDiffer;
    if (numberOneSide) score *= f.numberOneSide;
    if (!keep(score)) return null;
  }

  const base = emptyScore();
  base.alignment = alignment;
  if (listedInside) base.listedInside = true;
  pairsOf(nChosen, Q, L, base.pairs);
  const qPlaceText = textsOf(Q, qCode, PLACE);
  const lPlaceText = textsOf(L, lCode, PLACE);
  for (let i = 0; i < nQ; i++) if (qCode[i] !== ALIGNED && qCode[i] !== TAIL) base.extraQuery.push(Q[i].text);
  for (let j = 0; j < nL; j++) if (lCode[j] !== ALIGNED && lCode[j] !== TAIL) base.extraList.push(L[j].text);
  const ev = base.evidence;
  if (placesDiffer) ev.push({ rule: 'places-differ', factor: f.placesDiffer, detail: { query: qPlaceText, list: lPlaceText } });
  if (wordsDiffer) ev.push({ rule: 'words-differ', factor: f.wordsDiffer, detail: { query: textsOf(Q, qCode, WORD), list: textsOf(L, lCode, WORD) } });
  if (extraWords) ev.push({ rule: 'extra-words', factor: f.extraWords, detail: { words: textsOf(Q, qCode, WORD, qBiz) } });
  else if (registeredWords) ev.push({ rule: 'registered-words', cap: 'review', detail: { words: textsOf(Q, qCode, WORD, qBiz) } });
  else if (qFiller > 0 && qBusiness === 0 && lExtra === 0) ev.push({ rule: 'translated-filler', cap: 'review', detail: { words: fillerTexts(q) } });
  if (numbersDiffer) ev.push({ rule: 'numbers-differ', factor: f.numbersDiffer, cap: 'review', detail: { query: numbersOf(Q, qCode), list: numbersOf(L, lCode) } });
  else if (numberOneSide) ev.push({ rule: 'number-one-side', factor: f.numberOneSide, detail: { numbers: qNumbers > 0 ? numbersOf(Q, qCode) : numbersOf(L, lCode) } });
  // A place only one name has ("Donghai JA Solar" / "JA SOLAR", "HIKVISION USA"): the fund file
  // names another company of the group, not the listed one; no match unless an identifier
  // supports it (the group company is found through a recorded relation, its own alias).
  if ((homeCountry || homeRegion || homeCity) && !otherCompany && qPlaces > 0) otherCompany = true;
  if (otherCompany) ev.push({ rule: 'other-company', veto: true, detail: { query: qPlaceText, list: lPlaceText } });
  // The listed name ends in its country and the fund file's names none (Melli Bank / Bank Melli
  // Iran, Sberbank / Sberbank of Russia): the same company as often as a foreign unit of a group
  // (HSBC Bank Canada / HSBC Bank): worth a look.
  else if (homeCountry) ev.push({ rule: 'home-country-dropped', cap: 'review', detail: { country: homeCountry } });
  // The listed Chinese name leads with its province, the fund file's does not (CONCH CEMENT / Anhui
  // Conch Cement): the registered name of the same company as often as another one: worth a look.
  else if (homeRegion) ev.push({ rule: 'home-region-dropped', cap: 'review', detail: { region: homeRegion } });
  // The listed Chinese name leads with or ends in its city, the fund file's does not (MINDRAY /
  // Shenzhen Mindray, WULIANGYE / Wuliangye Yibin): the registered name of the same company, or
  // a local company of the group (Nanchang O-Film / O-FILM TECH). Worth a look for a bare name; a
  // holding with identifiers of its own that are not the entity's is the other company.
  else if (homeCity) ev.push({ rule: 'home-city-dropped', cap: 'review', veto: true, detail: { city: homeCity } });
  else if (qPlaces > 0) ev.push({ rule: 'place-added', detail: { places: qPlaceText } });
  if (tail > 0 || formStub !== '') ev.push({ rule: 'cut-name', detail: { ...cutDetail(q, tail > 0 ? textsOf(L, lCode, TAIL) : undefined), ...(formStub !== '' ? { stub: formStub } : {}) } });
  if (anyPrefix) ev.push({ rule: 'cut-word', detail: {} });

  if (weakTypoOnly) ev.push({ rule: 'weak-typo', veto: true, detail: {} });
  // Every distinctive word that aligns carries a typo ("Volkswagon AG", "Prudentail plc"): the name
  // is near the listed one, not the same; a decoy as often as a misspelling. Worth a look.
  else if (typoOnly) {
    const t = firstChosen(nChosen, 'typo')!;
    ev.push({ rule: 'typo-only', cap: 'review', detail: { query: Q[t.q0].text, list: L[t.l0].text } });
  }
  // Another transliteration of a word (Hizballah / Hezbollah, Muhammad / Mohammed) is as often
  // another name that sounds alike (Siemens / Simmons): worth a look.
  // One word in two romanisations (Enerhoatom / Energoatom, Almaz-Antei / Antey, Rostekh / Rostec):
  // when the distinctive words agree only so, as often two names a letter apart (Acron / Akron):
  // worth a look, as a typo is (typo-only); beside an equal distinctive word, a note.
  const translit = firstChosen(nChosen, 'translit');
  if (translit) {
    const alone = distinctiveOnlyByTypo && equalWeight < policy.typoOnlyCover;
    ev.push({ rule: 'transliterated', ...(alone ? { cap: 'review' as const } : {}), detail: { query: runText(Q, translit.q0, translit.q1), list: runText(L, translit.l0, translit.l1) } });
  }
  // The Arabic article one name writes apart and the other does not (AL MOWASAT / Mouwasat, Al Bank
  // Al Saudi Al Fransi / Banque Saudi Fransi): the same words, written otherwise: probable at most.
  // The words in another order besides (Bank AL Habib / Habib Bank, two banks; MASRAF QATAR AL ISLAMI /
  // Qatar Islamic Bank, one, as Arabic names put the noun first): worth a look at most.
  if (articles !== '') ev.push({ rule: 'article-dropped', cap: alignedInOrder(nChosen) ? 'probable' : 'review', detail: { article: articles } });
  // A romanised Russian adjective against the English word it is made like (Traktornyy / Tractor,
  // Baltiyskiy / Baltic): a translation's spelling, as loose as a sound: worth a look at most.
  const cognate = firstChosen(nChosen, 'cognate');
  if (cognate) ev.push({ rule: 'cognate', cap: 'review', detail: { query: Q[cognate.q0].text, list: L[cognate.l0].text } });
  // One compound in two romanisations (Ukrtelekom / Ukrtelecom): the same word, not a near one,
  // but written otherwise: probable at most.
  const compound = firstChosen(nChosen, 'compound');
  if (compound) ev.push({ rule: 'compound-spelling', cap: 'probable', detail: { query: Q[compound.q0].text, list: L[compound.l0].text, stems: sameCompound(Q[compound.q0].text, L[compound.l0].text) ?? '' } });
  // A word one name writes cut short of the other's (ENVIRON. / Environnement): an abbreviation as
  // often as another word that starts alike (WASH, a word of its own): worth a look, and only beside
  // a distinctive word that agrees (FUJI is no abbreviation of Fujicco, another brand).
  const abbreviation = firstChosen(nChosen, 'abbreviation');
  if (abbreviation && distinctiveOnlyByTypo) return null;
  if (abbreviation) ev.push({ rule: 'abbreviated-word', cap: 'review', detail: { query: Q[abbreviation.q0].text, list: L[abbreviation.l0].text } });
  const sound = firstChosen(nChosen, 'sound');
  if (sound) ev.push({ rule: 'sounds-alike', cap: 'review', detail: { query: Q[sound.q0].text, list: L[sound.l0].text } });
  // Two edits in one word ("Trafalgura" / "Trafigura"), or a letter typed elsewhere (BREAK / Brake:
  // edit distance counts two), is as often a decoy as a misspelling: worth a look.
  for (let k = 0; k < nChosen; k++) {
    const c = chosen[k];
    if (c.how === 'typo' && c.q1 < 0 && c.l1 < 0 && !withinOneEdit(Q[c.q0].text, L[c.l0].text) && !withinOneEdit(Q[c.q0].spelled || Q[c.q0].text, L[c.l0].spelled || L[c.l0].text)) {
      ev.push({ rule: movedLetter(Q[c.q0].text, L[c.l0].text) ? 'moved-letter' : 'two-edits', cap: 'review', detail: { query: Q[c.q0].text, list: L[c.l0].text } });
      break;
    }
  }
  // A typo in a 3- or 4-letter word ("Kery Group" / Kerry Group, "Standard Bnak" / Standard Bank): as often a
  // decoy or another short name as a misspelling: worth a look.
  for (let k = 0; k < nChosen; k++) {
    const c = chosen[k];
    if (c.how === 'typo' && c.q1 < 0 && c.l1 < 0 && Math.min(Q[c.q0].text.length, L[c.l0].text.length) <= SHORT_TYPO_LENGTH) {
      ev.push({ rule: 'short-typo', cap: 'review', detail: { query: Q[c.q0].text, list: L[c.l0].text } });
      break;
    }
  }
  // One word of the fund file against a longer list name ("LION" / "Lion Technology"): a single
  // word is thin evidence when the list says more.
  if (nQ === 1 && lExtra > 0) {
    ev.push({ rule: 'one-word-query', cap: 'review', detail: { listed: nL } });
  }
  // The fund file's name is the start of the listed one, without the common words it ends in
  // (RECORDATI SPA / Recordati Industria Chimica e Farmaceutica S.p.A.): every word of the fund
  // file's name equal, in the listed order, a distinctive word among them, and only common words
  // left over: fund files drop a registered name's description. Worth a look: a unit of the group
  // is named so as often. (Not common words before it: NAN PAO / Hua Nan Financial Holdings.)
  if (commonDropped) {
    ev.push({ rule: 'common-words-dropped', floor: policy.thresholds.review, cap: 'review', detail: { words: textsOf(L, lCode, WORD) } });
  }
  // The fund file's name, two words or more, is the end of the listed one, which leads with words of
  // its own (SAMRUK-KAZYNA / Sovereign Wealth Fund Samruk-Kazyna, SABANCI HOLDING / Haci Omer Sabanci
  // Holding): a description or an owner's name before the brand, which fund files drop. Worth a look.
  // (One word alone is another company's brand as often: DARTY / Fnac Darty, ERICSSON INC /
  // Telefonaktiebolaget LM Ericsson; measured, it cost general test two false flags.)
  else if (leadDropped) {
    ev.push({ rule: 'lead-words-dropped', floor: policy.thresholds.review, cap: 'review', detail: { words: textsOf(L, lCode, WORD) } });
  }
  const cutExact = equal && (tail > 0 || anyPrefix || formStub !== '');
  if (cutExact) ev.push({ rule: 'cut-exact', confirms: true, ...(tailSpecific ? {} : { floor: policy.cutExactFloor }), detail: {} });
  if (cutExact && tailSpecific) ev.push({ rule: 'cut-tail-specific', cap: 'probable', detail: { words: textsOf(L, lCode, TAIL) } });
  if (cutExact && q.name.cutGuessed) ev.push(cutAnyWidth());
  base.exact = equal && !cutExact;
  if (base.exact) ev.push({ rule: 'exact-name', confirms: true, detail: { core: a.name.core } });
  base.cutExact = cutExact;
  base.weak = weakTypoOnly;
  translated(q, a, base);
  companyType(q, a, base);
  registryTag(q, a, base);
  return base;
}

/** A compound's stems joined by spaces (for evidence). */
function sameCompoundStems(word: string): string {
  return compoundStems(word)?.join(' ') ?? word;
}

/** The texts of the words of one code, joined by spaces (of those flagged in `only`, when given). */
function textsOf(tokens: readonly NameToken[], codes: Uint8Array, code: number, only?: Uint8Array): string {
  let out = '';
  let first = true;
  for (let i = 0; i < tokens.length; i++) {
    if (codes[i] !== code || (only && only[i] !== 1)) continue;
    out = first ? tokens[i].text : `${out} ${tokens[i].text}`;
    first = false;
  }
  return out;
}

/** A name's unaligned numbers, joined by spaces: its numbers as written, or the numeral read as one. */
function numbersOf(tokens: readonly NameToken[], codes: Uint8Array): string {
  const written = textsOf(tokens, codes, NUMBER);
  for (let i = 0; i < tokens.length; i++) if (codes[i] === ROMAN) return String(SINGLE_ROMAN.get(tokens[i].text));
  return written;
}

/** The listed name's aligned words are its first ones, before at least one that is not aligned. */
function listHeadAligned(codes: Uint8Array, n: number): boolean {
  let j = 0;
  while (j < n && codes[j] === ALIGNED) j++;
  if (j === 0 || j === n) return false;
  for (; j < n; j++) if (codes[j] === ALIGNED) return false;
  return true;
}

/** The listed name's aligned words are its last ones, after at least one that is not aligned. */
function listTailAligned(codes: Uint8Array, n: number): boolean {
  let j = n - 1;
  while (j >= 0 && codes[j] === ALIGNED) j--;
  if (j === n - 1 || j < 0) return false;
  for (; j >= 0; j--) if (codes[j] === ALIGNED) return false;
  return true;
}

/** The first `n` chosen pairs stand in one order in both names (no two cross). */
function alignedInOrder(n: number): boolean {
  for (let x = 0; x < n; x++) {
    for (let y = x + 1; y < n; y++) if ((chosen[x].q0 < chosen[y].q0) !== (chosen[x].l0 < chosen[y].l0)) return false;
  }
  return true;
}

/** The first chosen pair aligned this way. */
function firstChosen(n: number, how: AlignedPair['how']): Candidate | undefined {
  for (let k = 0; k < n; k++) if (chosen[k].how === how) return chosen[k];
  return undefined;
}

/**
 * Words of either name were translated (TRANSLATIONS: Denki = electric, Yinhang = bank): noted;
 * when no distinctive word agrees besides (Zhongguo Jianshe Yinhang / China Construction Bank),
 * the names agree only in meaning: review at most.
 */
function translated(q: QueryName, a: CompiledAlias, s: NameScore): void {
  const inQuery = q.name.steps.includes('words translated');
  if (!inQuery && !a.name.steps.includes('words translated')) return;
  // Both names write the words that were translated ("HUAGONG" in both, a brand that is also a
  // pinyin business word): they agree as written, not through a translation.
  const cap = !a.distinctive && !sameWordsTranslated((memoOf(q).writtenSet ??= writtenSet(q.name)), writtenSet(a.name));
  s.evidence.push({ rule: 'translated', ...(cap ? { cap: 'review' as const } : {}), detail: { side: inQuery ? 'fund file' : 'list' } });
}

/** Words of TRANSLATIONS by themselves (phrases are legal forms or several words, which this check leaves alone). */
const TRANSLATED_WORDS: ReadonlySet<string> = new Set(Object.keys(TRANSLATIONS).filter((k) => !k.includes(' ')));

/** A name's words as written (before translation). */
function writtenSet(name: AnalysedName): Set<string> {
  return new Set((name.written ?? name.norm).split(' '));
}

/** Every word a translation rewrote in either name (its words as written: writtenSet) is written in the other too. */
function sameWordsTranslated(xs: ReadonlySet<string>, ys: ReadonlySet<string>): boolean {
  for (const w of xs) if (TRANSLATED_WORDS.has(w) && !ys.has(w)) return false;
  for (const w of ys) if (TRANSLATED_WORDS.has(w) && !xs.has(w)) return false;
  return true;
}

/**
 * A registry tag one name writes and the other does not, or another (normalise.ts EDGAR_TAG: SBI
 * Holdings Inc./Japan, China Life Insurance Co. Ltd./Taiwan, XYZ CORP /DE/): the same company as
 * often as a namesake registered elsewhere, which is what the tag is written to tell apart: worth a look.
 */
function registryTag(q: QueryName, a: CompiledAlias, s: NameScore): void {
  const query = q.name.registryTag;
  const list = a.name.registryTag;
  if (query !== list) s.evidence.push({ rule: 'registry-tag', cap: 'review', detail: { query: query ?? '', list: list ?? '' } });
}

/**
 * A company-type abbreviation one name writes and the other does not (company-types.ts: "AK
 * Transneft PAO" / PJSC Transneft): the names agree once it is set aside, as they do over a legal
 * form; a word was set aside all the same, so probable at most.
 */
function companyType(q: QueryName, a: CompiledAlias, s: NameScore): void {
  const inQuery = q.name.companyTypes;
  const inList = a.name.companyTypes;
  if (inQuery === undefined && inList === undefined) return;
  const query = inQuery ? inQuery.join(' ') : '';
  const list = inList ? inList.join(' ') : '';
  if (query !== list) s.evidence.push({ rule: 'company-type', cap: 'probable', detail: { query, list } });
}
