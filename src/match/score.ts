/**
 * Scoring one analysed issuer name against one compiled alias: a token alignment in the manner
 * of OpenSanctions logic-v2 (weighted pairs, unmatched words on either side cost, penalties for
 * contradicting places, words and numbers), with a length-aware typo budget (rigour's
 * log base 2.35 of the length) and cut-name rules for fixed-width files. Pure.
 */
import { SINGLE_ROMAN, type AnalysedName, type NameToken, type TokenKind } from './normalise.js';
import type { CompiledAlias } from './compile.js';
import { osaDistance, shortTypo, SHORT_TYPO_LENGTH, SHORT_TYPO_MIN, typoBudget, withinOneEdit } from './edits.js';
import { DEFAULT_POLICY, type Evidence, type MatchPolicy } from './evidence.js';
import { contractionOf, initialsOf, mayBeAcronym, syllablesOf, writtenWords } from './acronyms.js';
import { SOUND_MIN_LENGTH, soundAlike } from './sounds.js';
import { COUNTRY_WORDS } from './vocabulary.js';

export interface QueryName {
  name: AnalysedName;
  kinds: TokenKind[];
  weights: number[];
}

export interface AlignedPair {
  query: string;
  list: string;
  sim: number;
  how: 'equal' | 'prefix' | 'typo' | 'merge' | 'sound';
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
}

function isDistinctive(kinds: readonly TokenKind[], i0: number, i1: number): boolean {
  return kinds[i0] === 'distinctive' || (i1 >= 0 && kinds[i1] === 'distinctive');
}

const NO_MATCH = { sim: 0, how: 'typo' } as const;
const EQUAL = { sim: 1, how: 'equal' } as const;
/** Two spellings of one sound (sounds.ts): as near as a one-edit typo in a long word. */
const SOUND = { sim: 0.9, how: 'sound' } as const;

/** Similarity of a short typo at least (one edit in four letters). */
const SHORT_TYPO_SIM = 0.75;

/** Not within the typo budget: alike in sound, or no match. */
function bySound(q: string, l: string): { sim: number; how: AlignedPair['how'] } {
  return q.length >= SOUND_MIN_LENGTH && l.length >= SOUND_MIN_LENGTH && soundAlike(q, l) ? SOUND : NO_MATCH;
}

/**
 * Similarity of two words, 0 when they do not match at all. Numbers and Han words match only when
 * equal. A word whose spelling was canonicalised is also compared as written: a typo of the written
 * word (Industires / INDUSTRIES, read "industry") is near it, not near its canonical form.
 */
export function wordSimilarity(q: NameToken, l: NameToken, qMayBeCut: boolean): { sim: number; how: AlignedPair['how'] } {
  const s = wordSimilarityOf(q, q.text, l, l.text, qMayBeCut);
  if (s.sim > 0 || (q.spelled === '' && l.spelled === '')) return s;
  return wordSimilarityOf(q, q.spelled || q.text, l, l.spelled || l.text, qMayBeCut);
}

function wordSimilarityOf(q: NameToken, qt: string, l: NameToken, lt: string, qMayBeCut: boolean): { sim: number; how: AlignedPair['how'] } {
  if (qt === lt) return EQUAL;
  if (q.kind === 'number' || l.kind === 'number' || q.han || l.han) return NO_MATCH;
  if (qMayBeCut && lt.startsWith(qt)) {
    // The last word of a cut name: the longer the stub, the surer the completion.
    const n = qt.length;
    return { sim: n >= 4 ? 0.97 : n === 3 ? 0.9 : l.kind === 'distinctive' ? 0.7 : 0.85, how: 'prefix' };
  }
  const shorter = Math.min(qt.length, lt.length);
  const budget = typoBudget(shorter);
  if (budget === 0) {
    // A 3- or 4-letter word: a letter dropped, added or swapped (short-typo caps the match at review).
    // (Letters swapped in a 3-letter word keep every letter: as near as one edit in 4 letters.)
    if (shorter <= SHORT_TYPO_LENGTH && shortTypo(qt, lt)) return { sim: Math.max(SHORT_TYPO_SIM, 1 - 1 / Math.max(qt.length, lt.length)), how: 'typo' };
    return bySound(qt, lt);
  }
  // A budget of one edit (words of 5 to 7 letters, most of them) needs no distance table.
  const d = budget === 1 ? (withinOneEdit(qt, lt) ? 1 : 2) : osaDistance(qt, lt, budget);
  if (d > budget) return bySound(qt, lt);
  return { sim: 1 - d / Math.max(qt.length, lt.length), how: 'typo' };
}

/** A possible pairing: one query word (or two run together) with one list word (or two). -1: no second word. */
interface Candidate {
  q0: number;
  q1: number;
  l0: number;
  l1: number;
  sim: number;
  how: AlignedPair['how'];
}

/** Extra-word multipliers: a word only the fund file has says more than one only the list has. */
const EXTRA_QUERY: Record<TokenKind, number> = { distinctive: 1, number: 1, generic: 0.5, place: 0.5 };
const EXTRA_LIST: Record<TokenKind, number> = { distinctive: 0.5, number: 1, generic: 0.5, place: 0.5 };
/** Weight of list words lost to a fixed-width cut: almost nothing, they were never written. */
const CUT_TAIL = 0.15;

/**
 * A name made only of common words and places ("Hebei Tomato Industry") matches only exactly, and
 * never confirms: three or more words are probable, fewer only worth a review.
 */
function commonOnly(s: NameScore, words: number): void {
  s.evidence.push({ rule: 'common-words-only', cap: words >= 3 ? 'probable' : 'review', detail: { words } });
}

/**
 * Names of common words, word for word, equal but for one typo (one edit) in one word of 5+
 * letters (of 3 or 4: a letter dropped, added or swapped, as short-typo reads it): review at
 * most, and only for a bare name (see `weak`). Or equal but for their numbers ("The 78 Bank" /
 * The 77 Bank, "Group 2 Automotive" / Group 1 Automotive): another company or vintage of the
 * name, numbers-differ, review at most.
 */
function commonWordsTypo(q: QueryName, a: CompiledAlias, base: NameScore, policy: MatchPolicy): NameScore | null {
  const Q = q.name.tokens;
  const L = a.name.tokens;
  if (Q.length !== L.length) return null;
  let typo = -1;
  let numbers = 0;
  for (let i = 0; i < Q.length; i++) {
    if (Q[i].text === L[i].text) continue;
    if (L[i].kind === 'number' && Q[i].kind === 'number') {
      numbers++;
      continue;
    }
    if (typo >= 0 || Q[i].han || L[i].han || L[i].kind === 'number' || Q[i].kind === 'number') return null;
    const shorter = Math.min(Q[i].text.length, L[i].text.length);
    if (shorter < SHORT_TYPO_MIN || (shorter <= SHORT_TYPO_LENGTH ? !shortTypo(Q[i].text, L[i].text) : !withinOneEdit(Q[i].text, L[i].text))) return null;
    typo = i;
  }
  if (numbers > 0) {
    if (typo >= 0 || numbers === Q.length) return null;
    // The words agree: the numbers are taken out of the sums, as numbers-differ does below.
    base.alignment = 1;
    for (let i = 0; i < Q.length; i++) if (Q[i].text === L[i].text) base.pairs.push({ query: Q[i].text, list: L[i].text, sim: 1, how: 'equal' });
    const differ = Q.filter((t, i) => t.text !== L[i].text);
    base.evidence.push({ rule: 'numbers-differ', factor: policy.factors.numbersDiffer, cap: 'review', detail: { query: differ.map((t) => t.text).join(' '), list: L.filter((t, i) => t.text !== Q[i].text).map((t) => t.text).join(' ') } });
    commonOnly(base, L.length);
    return base;
  }
  if (typo < 0) return null;
  let num = 0;
  let den = 0;
  for (let i = 0; i < Q.length; i++) {
    const w = Math.max(q.weights[i], a.weights[i]);
    const sim = i === typo ? Math.max(SHORT_TYPO_SIM, 1 - 1 / Math.max(Q[i].text.length, L[i].text.length)) : 1;
    num += sim * w;
    den += w;
    base.pairs.push({ query: Q[i].text, list: L[i].text, sim, how: i === typo ? 'typo' : 'equal' });
  }
  base.alignment = num / den;
  base.weak = true;
  base.evidence.push({ rule: 'common-words-typo', cap: 'review', veto: true, detail: { query: Q[typo].text, list: L[typo].text } });
  return base;
}

function candidatePairs(Q: readonly NameToken[], L: readonly NameToken[], lastCut: number): Candidate[] {
  const cands: Candidate[] = [];
  for (let i = 0; i < Q.length; i++) {
    for (let j = 0; j < L.length; j++) {
      const { sim, how } = wordSimilarity(Q[i], L[j], i === lastCut);
      if (sim > 0) cands.push({ q0: i, q1: -1, l0: j, l1: -1, sim, how });
    }
  }
  // Words run together or split apart: HIK VISION / HIKVISION, SENSE TIME / SENSETIME.
  for (let i = 0; i < Q.length; i++) {
    for (let j = 0; j + 1 < L.length; j++) if (isConcatenation(Q[i].text, L[j].text, L[j + 1].text)) cands.push({ q0: i, q1: -1, l0: j, l1: j + 1, sim: 0.97, how: 'merge' });
  }
  for (let j = 0; j < L.length; j++) {
    for (let i = 0; i + 1 < Q.length; i++) if (isConcatenation(L[j].text, Q[i].text, Q[i + 1].text)) cands.push({ q0: i, q1: i + 1, l0: j, l1: -1, sim: 0.97, how: 'merge' });
  }
  // Best first; of equals, the pair nearer the same position; then creation order. Both sorts
  // are stable (so the same order): an insertion sort needs no work array for the handful of
  // pairs a name has; a hostile name of thousands of words gets the n log n one.
  if (cands.length > 32) return cands.sort(pairOrder);
  for (let k = 1; k < cands.length; k++) {
    const c = cands[k];
    let at = k;
    while (at > 0 && pairOrder(cands[at - 1], c) > 0) {
      cands[at] = cands[at - 1];
      at--;
    }
    cands[at] = c;
  }
  return cands;
}

function pairOrder(x: Candidate, y: Candidate): number {
  return y.sim - x.sim || Math.abs(x.q0 - x.l0) - Math.abs(y.q0 - y.l0);
}

/** whole === a + b, without building a + b. */
function isConcatenation(whole: string, a: string, b: string): boolean {
  return whole.length === a.length + b.length && whole.startsWith(a) && whole.endsWith(b);
}

/**
 * The one query word that may be an acronym (distinctive, 3-6 letters) when every other query
 * word is a word of the listed name and that one is not; else -1.
 */
function acronymBesideNameWords(q: QueryName, L: readonly NameToken[]): number {
  const Q = q.name.tokens;
  let acro = -1;
  for (let i = 0; i < Q.length; i++) {
    const t = Q[i].text;
    let listed = false;
    for (const l of L) if (l.text === t) listed = true;
    if (listed) continue;
    if (acro >= 0 || q.kinds[i] !== 'distinctive' || !mayBeAcronym(t)) return -1;
    acro = i;
  }
  return acro;
}

/** The aligned pairs as evidence reads them (words run together shown with a space). */
function pairsOf(chosen: readonly Candidate[], Q: readonly NameToken[], L: readonly NameToken[], out: AlignedPair[]): void {
  for (const c of chosen) out.push({ query: c.q1 < 0 ? Q[c.q0].text : `${Q[c.q0].text} ${Q[c.q1].text}`, list: c.l1 < 0 ? L[c.l0].text : `${L[c.l0].text} ${L[c.l1].text}`, sim: c.sim, how: c.how });
}

/** Highest of the (one or two) indexes, or -1. */
function last(i0: number, i1: number): number {
  return i1 > i0 ? i1 : i0;
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
  // Filled in place and returned: one object shape (a spread into a literal is slow in V8).
  const base: NameScore = { alignment: 0, exact: false, cutExact: false, weak: false, pairs: [], extraQuery: [], extraList: [], evidence: [] };

  if (q.name.core === a.name.core || (q.name.compact === a.name.compact && q.name.compact.length >= 4)) {
    base.pairs = q.name.core === a.name.core ? Q.map((t) => ({ query: t.text, list: t.text, sim: 1, how: 'equal' as const })) : [{ query: q.name.core, list: a.name.core, sim: 1, how: 'merge' as const }];
    base.alignment = 1;
    base.exact = true;
    base.evidence.push({ rule: 'exact-name', confirms: true, detail: { core: a.name.core } });
    if (!a.distinctive) commonOnly(base, L.length);
    translated(q, a, base);
    return base;
  }
  // A one-word name that is the listed name's initials (IBM / International Business Machines):
  // worth a look, never more (initials name many companies).
  if (Q.length === 1 && L.length > 1 && mayBeAcronym(Q[0].text) && initialsOf(a.name).includes(Q[0].text)) {
    base.alignment = policy.acronymScore;
    base.pairs.push({ query: Q[0].text, list: a.name.core, sim: policy.acronymScore, how: 'merge' });
    base.evidence.push({ rule: 'acronym', cap: 'review', detail: { acronym: Q[0].text, name: a.name.core } });
    return base;
  }
  // The initials with words of the listed name beside them (LIC of India, CIB Egypt, BNG Bank):
  // as thin as the initials alone.
  const acro = Q.length > 1 && L.length > 1 ? acronymBesideNameWords(q, L) : -1;
  if (acro >= 0 && initialsOf(a.name).includes(Q[acro].text)) {
    base.alignment = policy.acronymScore;
    base.pairs.push({ query: Q[acro].text, list: a.name.core, sim: policy.acronymScore, how: 'merge' });
    base.evidence.push({ rule: 'acronym', cap: 'review', detail: { acronym: Q[acro].text, name: a.name.core } });
    return base;
  }
  // A one-word name that is the leading syllables of the listed name's first words (Petronas /
  // Petroliam Nasional): worth a look, never more. Only a word the list's words do not make common.
  if (Q.length === 1 && L.length > 1 && q.kinds[0] === 'distinctive') {
    const pieces = contractionOf(Q[0].text, L.map((t) => t.text));
    if (pieces) {
      base.alignment = policy.acronymScore;
      base.pairs.push({ query: Q[0].text, list: a.name.core, sim: policy.acronymScore, how: 'merge' });
      base.evidence.push({ rule: 'contraction', cap: 'review', detail: { word: Q[0].text, name: a.name.core, pieces: pieces.map((p, k) => `${p} from ${L[k].text}`).join(', ') } });
      return base;
    }
  }
  // A one-word name made of the leading letters of every word of the listed name (KEPCO: Korea
  // Electric Power Corporation): worth a look, never more.
  if (Q.length === 1 && L.length > 1 && q.kinds[0] === 'distinctive') {
    const words = writtenWords(a.name);
    const pieces = syllablesOf(Q[0].text, words);
    if (pieces) {
      base.alignment = policy.acronymScore;
      base.pairs.push({ query: Q[0].text, list: a.name.core, sim: policy.acronymScore, how: 'merge' });
      base.evidence.push({ rule: 'syllable-acronym', cap: 'review', detail: { word: Q[0].text, name: words.join(' '), pieces: pieces.map((p, k) => `${p} from ${words[k]}`).join(', ') } });
      return base;
    }
  }
  // A name of common words matches only exactly, or (for a cut name) exactly up to the cut, or
  // with one typo in one word and every other word equal ("Bank of Chima"): worth a look at most.
  if (!a.distinctive && !q.name.truncated) return commonWordsTypo(q, a, base, policy);
  // An acronym alias (one word of up to 4 letters: CSC, AVIC, CSSC, LAJS) names only an issuer
  // that is exactly that word: "CSC Financial" is not "CSC", "AVIC Capital" is not "AVIC".
  if (L.length === 1 && L[0].text.length <= 4 && Q.length > 1) return null;

  const qUsed = new Array<boolean>(Q.length).fill(false);
  const lUsed = new Array<boolean>(L.length).fill(false);
  const chosen: Candidate[] = [];
  for (const c of candidatePairs(Q, L, q.name.cutEnd ? Q.length - 1 : -1)) {
    if (qUsed[c.q0] || (c.q1 >= 0 && qUsed[c.q1]) || lUsed[c.l0] || (c.l1 >= 0 && lUsed[c.l1])) continue;
    qUsed[c.q0] = true;
    if (c.q1 >= 0) qUsed[c.q1] = true;
    lUsed[c.l0] = true;
    if (c.l1 >= 0) lUsed[c.l1] = true;
    chosen.push(c);
  }

  let distinctiveAligned = false;
  let num = 0;
  let den = 0;
  let allEqual = true;
  let lastAlignedQ = -1;
  let lastAlignedL = -1;
  let anyPrefix = false;
  for (const c of chosen) {
    let w = Math.max(q.weights[c.q0], a.weights[c.l0]);
    if (c.q1 >= 0) w = Math.max(w, q.weights[c.q1]);
    if (c.l1 >= 0) w = Math.max(w, a.weights[c.l1]);
    num += c.sim * w;
    den += w;
    if (c.how !== 'equal' && c.how !== 'prefix') allEqual = false;
    if (c.how === 'prefix') anyPrefix = true;
    if (isDistinctive(a.kinds, c.l0, c.l1) || isDistinctive(q.kinds, c.q0, c.q1)) distinctiveAligned = true;
    lastAlignedQ = Math.max(lastAlignedQ, last(c.q0, c.q1));
    lastAlignedL = Math.max(lastAlignedL, last(c.l0, c.l1));
  }
  if (!a.distinctive || !distinctiveAligned) {
    // Only common words align: acceptable only as the exact start of a cut name.
    const cutExact = allEqual && qUsed.every(Boolean) && chosen.length >= 3 && L.every((_, j) => lUsed[j] || j > lastAlignedL);
    if (!cutExact) return null;
    pairsOf(chosen, Q, L, base.pairs);
    base.alignment = policy.cutExactFloor;
    base.cutExact = true;
    base.evidence.push({ rule: 'cut-exact', confirms: true, detail: {} }, { rule: 'cut-name', detail: {} });
    commonOnly(base, chosen.length);
    return base;
  }
  // Evidence resting only on a typo in a short word is too weak on its own (SINNET / SINONET,
  // VICOR / VIKOR): it needs a supporting identifier.
  // (A cut stub is as distinctive as the list word it starts: TEC of "technology" is not.)
  const weakTypoOnly = chosen.every((c) => c.how === 'typo' || c.how === 'sound' || !(c.how === 'prefix' ? isDistinctive(a.kinds, c.l0, c.l1) : isDistinctive(q.kinds, c.q0, c.q1)))
    && chosen.some((c) => c.how === 'typo' && Math.min(Q[c.q0].text.length, c.q1 < 0 ? Infinity : Q[c.q1].text.length) < 7);

  // Whether the only distinctive words that align do so through a typo, and the words equal
  // beside them (common words, places) weigh less than one distinctive word: "Deutshe Bank" is
  // near Deutsche Bank; "HANGZHOU HIKVISON DIGITAL TECHNOLOGY" agrees in enough else.
  let equalWeight = 0;
  for (const c of chosen) if (c.how === 'equal') equalWeight += Math.max(q.weights[c.q0], a.weights[c.l0]);
  const typoOnly = equalWeight < policy.typoOnlyCover && chosen.some((c) => c.how === 'typo')
    && chosen.every((c) => c.how === 'typo' || c.how === 'sound' || !(c.how === 'prefix' ? isDistinctive(a.kinds, c.l0, c.l1) : isDistinctive(q.kinds, c.q0, c.q1)));
  let otherCompany = false;
  /** A list-only place that is the country the listed name ends in (Bank Melli Iran, Sberbank of Russia). */
  let homeCountry = '';
  const qPlaces: string[] = [];
  const qWords: string[] = [];
  const qNumbers: string[] = [];
  /** Words only the fund file has, outside parentheses: a business line or a unit of the group. */
  const qBusiness: string[] = [];
  let qNumberWeight = 0;
  /** An unaligned V, X or XI of each name (a numeral where the other name has a number). */
  let qRoman = -1;
  let lRoman = -1;
  for (let i = 0; i < Q.length; i++) {
    if (qUsed[i]) continue;
    const t = Q[i];
    const k = q.kinds[i];
    den += q.weights[i] * EXTRA_QUERY[k];
    base.extraQuery.push(t.text);
    if (k === 'place') {
      qPlaces.push(t.text);
      if (!t.lead) otherCompany = true; // "HIKVISION USA": a place qualifier names another company
    } else if (k === 'number') {
      qNumbers.push(t.text);
      qNumberWeight += q.weights[i] * EXTRA_QUERY[k];
    }
    else {
      if (qRoman < 0 && SINGLE_ROMAN.has(t.text)) qRoman = i;
      qWords.push(t.text);
      if (!t.paren) qBusiness.push(t.text);
    }
  }
  // A cut name loses the list words after its last aligned word.
  const cutTail = q.name.truncated && lastAlignedQ === Q.length - 1;
  const lPlaces: string[] = [];
  const lWords: string[] = [];
  const lNumbers: string[] = [];
  let lNumberWeight = 0;
  const tail: string[] = [];
  let tailSpecific = false;
  for (let j = 0; j < L.length; j++) {
    if (lUsed[j]) continue;
    const t = L[j];
    const k = a.kinds[j];
    if (cutTail && j > lastAlignedL) {
      den += a.weights[j] * CUT_TAIL;
      tail.push(t.text);
      if (k !== 'generic') tailSpecific = true;
      continue;
    }
    den += a.weights[j] * EXTRA_LIST[k];
    base.extraList.push(t.text);
    if (k === 'place') {
      // "Hoshine Silicon Industry (Shanshan)", "Donghai JA Solar": the list names the company of one
      // place; the fund file's name without it is usually the group or parent, not the listed entity.
      lPlaces.push(t.text);
      if (j === L.length - 1 && !t.paren && !t.lead && COUNTRY_WORDS.has(t.text)) homeCountry = t.text;
      else otherCompany = true;
    } else if (k === 'number') {
      lNumbers.push(t.text);
      lNumberWeight += a.weights[j] * EXTRA_LIST[k];
    }
    else {
      if (lRoman < 0 && SINGLE_ROMAN.has(t.text)) lRoman = j;
      lWords.push(t.text);
    }
  }
  // A lone V, X or XI where the other name has a number is a numeral too ("EQT X" / "EQT IX",
  // "Dover Street X" / "Dover Street IX"): normalise reads it so only after a fund family's word.
  if (qRoman >= 0 && qNumbers.length === 0 && lNumbers.length > 0) {
    const t = Q[qRoman].text;
    qWords.splice(qWords.indexOf(t), 1);
    if (qBusiness.includes(t)) qBusiness.splice(qBusiness.indexOf(t), 1);
    qNumbers.push(String(SINGLE_ROMAN.get(t)));
    qNumberWeight += q.weights[qRoman] * EXTRA_QUERY[q.kinds[qRoman]];
  } else if (lRoman >= 0 && lNumbers.length === 0 && qNumbers.length > 0) {
    const t = L[lRoman].text;
    lWords.splice(lWords.indexOf(t), 1);
    lNumbers.push(String(SINGLE_ROMAN.get(t)));
    lNumberWeight += a.weights[lRoman] * EXTRA_LIST[a.kinds[lRoman]];
  }
  // Two names that differ in a number ("Trust Series 2007-1" / "2007-2", "Partners VII" / "VIII")
  // name two vintages of one family: the names otherwise agree, so the numbers are taken out of
  // the word sums and the difference caps the match at review instead.
  const numbersDiffer = qNumbers.length > 0 && lNumbers.length > 0;
  if (numbersDiffer) den -= qNumberWeight + lNumberWeight;
  base.alignment = den > 0 ? num / den : 0;
  const placesDiffer = qPlaces.length > 0 && lPlaces.length > 0;
  const wordsDiffer = qWords.length > 0 && lWords.length > 0;
  // The listed name whole, and the fund file adds a word (Mitsubishi Electric / Mitsubishi
  // Corporation, Deutsche Bank Trust Company / Deutsche Bank AG, Siemens Energy / Siemens): a
  // business line or unit of the group, another company. (A word only the list has is the
  // opposite: fund files shorten names.)
  const extraWords = qBusiness.length > 0 && base.extraList.length === 0 && !q.name.truncated;
  const numberOneSide = !numbersDiffer && qNumbers.length + lNumbers.length > 0;
  // Only an equal name confirms (exact-name, cut-exact below); else the caller's bound sees the
  // score these four factors leave, multiplied in the evidence's order (as decide() does).
  if (keep && !(allEqual && base.extraQuery.length === 0 && base.extraList.length === 0)) {
    let score = base.alignment;
    if (placesDiffer) score *= f.placesDiffer;
    if (wordsDiffer) score *= f.wordsDiffer;
    if (extraWords) score *= f.extraWords;
    if (numbersDiffer) score *= f.numbersDiffer;
    if (numberOneSide) score *= f.numberOneSide;
    if (!keep(score)) return null;
  }
  pairsOf(chosen, Q, L, base.pairs);
  const ev = base.evidence;
  if (placesDiffer) ev.push({ rule: 'places-differ', factor: f.placesDiffer, detail: { query: qPlaces.join(' '), list: lPlaces.join(' ') } });
  if (wordsDiffer) ev.push({ rule: 'words-differ', factor: f.wordsDiffer, detail: { query: qWords.join(' '), list: lWords.join(' ') } });
  if (extraWords) ev.push({ rule: 'extra-words', factor: f.extraWords, detail: { words: qBusiness.join(' ') } });
  if (numbersDiffer) ev.push({ rule: 'numbers-differ', factor: f.numbersDiffer, cap: 'review', detail: { query: qNumbers.join(' '), list: lNumbers.join(' ') } });
  else if (numberOneSide) ev.push({ rule: 'number-one-side', factor: f.numberOneSide, detail: { numbers: [...qNumbers, ...lNumbers].join(' ') } });
  // A place only one name has ("Donghai JA Solar" / "JA SOLAR", "HIKVISION USA"): the fund file
  // names another company of the group, not the listed one; no match unless an identifier
  // supports it (the group company is found through a recorded relation, its own alias).
  if (homeCountry && !otherCompany && qPlaces.length > 0) otherCompany = true;
  if (otherCompany) ev.push({ rule: 'other-company', veto: true, detail: { query: qPlaces.join(' '), list: lPlaces.join(' ') } });
  // The listed name ends in its country and the fund file's names none (Melli Bank / Bank Melli
  // Iran, Sberbank / Sberbank of Russia): the same company as often as a foreign unit of a group
  // (HSBC Bank Canada / HSBC Bank): worth a look.
  else if (homeCountry) ev.push({ rule: 'home-country-dropped', cap: 'review', detail: { country: homeCountry } });
  else if (qPlaces.length > 0) ev.push({ rule: 'place-added', detail: { places: qPlaces.join(' ') } });
  if (tail.length > 0) ev.push({ rule: 'cut-name', detail: { words: tail.join(' ') } });
  if (anyPrefix) ev.push({ rule: 'cut-word', detail: {} });

  if (weakTypoOnly) ev.push({ rule: 'weak-typo', veto: true, detail: {} });
  // Every distinctive word that aligns carries a typo ("Volkswagon AG", "Prudentail plc"): the name
  // is near the listed one, not the same; a decoy as often as a misspelling. Worth a look.
  else if (typoOnly) {
    const t = chosen.find((c) => c.how === 'typo')!;
    ev.push({ rule: 'typo-only', cap: 'review', detail: { query: Q[t.q0].text, list: L[t.l0].text } });
  }
  // Another transliteration of a word (Hizballah / Hezbollah, Muhammad / Mohammed) is as often
  // another name that sounds alike (Siemens / Simmons): worth a look.
  const sound = chosen.find((c) => c.how === 'sound');
  if (sound) ev.push({ rule: 'sounds-alike', cap: 'review', detail: { query: Q[sound.q0].text, list: L[sound.l0].text } });
  // Two edits in one word ("Trafalgura" / "Trafigura") is as often a decoy as a misspelling: worth a look.
  for (const c of chosen) {
    if (c.how === 'typo' && c.q1 < 0 && c.l1 < 0 && !withinOneEdit(Q[c.q0].text, L[c.l0].text) && !withinOneEdit(Q[c.q0].spelled || Q[c.q0].text, L[c.l0].spelled || L[c.l0].text)) {
      ev.push({ rule: 'two-edits', cap: 'review', detail: { query: Q[c.q0].text, list: L[c.l0].text } });
      break;
    }
  }
  // A typo in a 3- or 4-letter word ("Kery Group" / Kerry Group, "Standard Bnak" / Standard Bank): as often a
  // decoy or another short name as a misspelling: worth a look.
  for (const c of chosen) {
    if (c.how === 'typo' && c.q1 < 0 && c.l1 < 0 && Math.min(Q[c.q0].text.length, L[c.l0].text.length) <= SHORT_TYPO_LENGTH) {
      ev.push({ rule: 'short-typo', cap: 'review', detail: { query: Q[c.q0].text, list: L[c.l0].text } });
      break;
    }
  }
  // One word of the fund file against a longer list name ("LION" / "Lion Technology"): a single
  // word is thin evidence when the list says more.
  if (Q.length === 1 && base.extraList.length > 0) {
    ev.push({ rule: 'one-word-query', cap: 'review', detail: { listed: L.length } });
  }
  const equal = allEqual && base.extraQuery.length === 0 && base.extraList.length === 0;
  const cutExact = equal && (tail.length > 0 || anyPrefix);
  if (cutExact) ev.push({ rule: 'cut-exact', confirms: true, ...(tailSpecific ? {} : { floor: policy.cutExactFloor }), detail: {} });
  if (cutExact && tailSpecific) ev.push({ rule: 'cut-tail-specific', cap: 'probable', detail: { words: tail.join(' ') } });
  base.exact = equal && !cutExact;
  if (base.exact) ev.push({ rule: 'exact-name', confirms: true, detail: { core: a.name.core } });
  base.cutExact = cutExact;
  base.weak = weakTypoOnly;
  translated(q, a, base);
  return base;
}

/**
 * Words of either name were translated (TRANSLATIONS: Denki = electric, Yinhang = bank): noted;
 * when no distinctive word agrees besides (Zhongguo Jianshe Yinhang / China Construction Bank),
 * the names agree only in meaning: review at most.
 */
function translated(q: QueryName, a: CompiledAlias, s: NameScore): void {
  const inQuery = q.name.steps.includes('words translated');
  if (!inQuery && !a.name.steps.includes('words translated')) return;
  s.evidence.push({ rule: 'translated', ...(a.distinctive ? {} : { cap: 'review' as const }), detail: { side: inQuery ? 'fund file' : 'list' } });
}
