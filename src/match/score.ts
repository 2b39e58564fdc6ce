/**
 * Scoring one analysed issuer name against one compiled alias: a token alignment in the manner
 * of OpenSanctions logic-v2 (weighted pairs, unmatched words on either side cost, penalties for
 * contradicting places, words and numbers), with a length-aware typo budget (rigour's
 * log base 2.35 of the length) and cut-name rules for fixed-width files. Pure.
 */
import type { TokenKind } from './normalise.js';
import type { AnalysedName } from './normalise.js';
import type { CompiledAlias } from './compile.js';

export interface QueryName {
  name: AnalysedName;
  kinds: TokenKind[];
  weights: number[];
}

export interface AlignedPair {
  query: string;
  list: string;
  sim: number;
  how: 'equal' | 'prefix' | 'typo' | 'merge';
}

export interface NameScore {
  /** 0..1 */
  score: number;
  /** Equal after normalisation. */
  exact: boolean;
  /** Equal up to the cut of a fixed-width name (list words after the cut not compared). */
  cutExact?: boolean;
  /** The strongest tier this alignment may reach. */
  cap: 'confirmed' | 'probable' | 'review';
  /** The only distinctive evidence is a typo in a short word: no match without other support. */
  weak?: boolean;
  pairs: AlignedPair[];
  extraQuery: string[];
  extraList: string[];
  penalties: string[];
  notes: string[];
}

/** Budget of edits for a word: log base 2.35 of (length - 2), as rigour's compare_parts. */
export function typoBudget(length: number): number {
  return length < 4 ? 0 : Math.floor(Math.log(length - 2) / Math.log(2.35));
}

// Rows of the distance table, reused across calls (names are short; longer words grow them).
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/** Optimal string alignment distance, giving up (returning max + 1) beyond `max`. */
export function osaDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = a.length;
  const m = b.length;
  if (m + 1 > rowA.length) {
    rowA = new Int32Array(m + 1);
    rowB = new Int32Array(m + 1);
    rowC = new Int32Array(m + 1);
  }
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = prev[j - 1] + (ai === bj ? 0 : 1);
      if (prev[j] + 1 < v) v = prev[j] + 1;
      if (cur[j - 1] + 1 < v) v = cur[j - 1] + 1;
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj && prev2[j - 2] + 1 < v) v = prev2[j - 2] + 1;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[m];
}

/** At most one insertion, deletion, substitution or adjacent transposition apart (linear time). */
export function withinOneEdit(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === la && i === lb) return true;
  if (la === lb) {
    // substitution, or transposition of i and i + 1
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const HAN = /\p{Script=Han}/u;

/** Similarity of two words, 0 when they do not match at all. */
export function wordSimilarity(q: string, l: string, qMayBeCut: boolean, lKind: TokenKind): { sim: number; how: AlignedPair['how'] } {
  if (q === l) return { sim: 1, how: 'equal' };
  if (/\d/.test(q) || /\d/.test(l) || HAN.test(q) || HAN.test(l)) return { sim: 0, how: 'typo' };
  if (qMayBeCut && l.startsWith(q)) {
    // The last word of a cut name: the longer the stub, the surer the completion.
    return { sim: q.length >= 4 ? 0.97 : q.length === 3 ? 0.9 : lKind === 'distinctive' ? 0.7 : 0.85, how: 'prefix' };
  }
  const budget = typoBudget(Math.min(q.length, l.length));
  if (budget === 0) return { sim: 0, how: 'typo' };
  const d = osaDistance(q, l, budget);
  if (d > budget) return { sim: 0, how: 'typo' };
  return { sim: 1 - d / Math.max(q.length, l.length), how: 'typo' };
}

interface Candidate {
  qi: number[];
  li: number[];
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
function commonOnly(words: number): Pick<NameScore, 'cap' | 'penalties'> {
  return { cap: words >= 3 ? 'probable' : 'review', penalties: ['the name is made of common words only'] };
}

export function scoreAlias(q: QueryName, a: CompiledAlias): NameScore | null {
  const Q = q.name.tokens;
  const L = a.name.tokens;
  if (Q.length === 0 || L.length === 0) return null;
  const base: Omit<NameScore, 'score' | 'exact' | 'cap'> = { pairs: [], extraQuery: [], extraList: [], penalties: [], notes: [] };

  if (q.name.core === a.name.core || (q.name.compact === a.name.compact && q.name.compact.length >= 4)) {
    const pairs = q.name.core === a.name.core ? Q.map((t) => ({ query: t.text, list: t.text, sim: 1, how: 'equal' as const })) : [{ query: q.name.core, list: a.name.core, sim: 1, how: 'merge' as const }];
    if (!a.distinctive) return { ...base, pairs, score: 1, exact: true, ...commonOnly(L.length) };
    return { ...base, pairs, score: 1, exact: true, cap: 'confirmed' };
  }
  // A name of common words matches only exactly, or (for a cut name) exactly up to the cut.
  if (!a.distinctive && !q.name.truncated) return null;

  const lastCut = q.name.truncated ? Q.length - 1 : -1;
  const cands: Candidate[] = [];
  for (let i = 0; i < Q.length; i++) {
    for (let j = 0; j < L.length; j++) {
      const { sim, how } = wordSimilarity(Q[i].text, L[j].text, i === lastCut, a.kinds[j]);
      if (sim > 0) cands.push({ qi: [i], li: [j], sim, how });
    }
  }
  // Words run together or split apart: HIK VISION / HIKVISION, SENSE TIME / SENSETIME.
  for (let i = 0; i < Q.length; i++) {
    for (let j = 0; j + 1 < L.length; j++) if (Q[i].text === L[j].text + L[j + 1].text) cands.push({ qi: [i], li: [j, j + 1], sim: 0.97, how: 'merge' });
  }
  for (let j = 0; j < L.length; j++) {
    for (let i = 0; i + 1 < Q.length; i++) if (L[j].text === Q[i].text + Q[i + 1].text) cands.push({ qi: [i, i + 1], li: [j], sim: 0.97, how: 'merge' });
  }
  cands.sort((x, y) => y.sim - x.sim || Math.abs(x.qi[0] - x.li[0]) - Math.abs(y.qi[0] - y.li[0]));

  const qUsed = new Array<boolean>(Q.length).fill(false);
  const lUsed = new Array<boolean>(L.length).fill(false);
  const chosen: Candidate[] = [];
  for (const c of cands) {
    if (c.qi.some((i) => qUsed[i]) || c.li.some((j) => lUsed[j])) continue;
    c.qi.forEach((i) => (qUsed[i] = true));
    c.li.forEach((j) => (lUsed[j] = true));
    chosen.push(c);
  }

  let distinctiveAligned = false;
  let num = 0;
  let den = 0;
  let allEqual = true;
  for (const c of chosen) {
    const w = Math.max(...c.qi.map((i) => q.weights[i]), ...c.li.map((j) => a.weights[j]));
    num += c.sim * w;
    den += w;
    if (c.how !== 'equal' && c.how !== 'prefix') allEqual = false;
    if (c.li.some((j) => a.kinds[j] === 'distinctive') || c.qi.some((i) => q.kinds[i] === 'distinctive')) distinctiveAligned = true;
    base.pairs.push({ query: c.qi.map((i) => Q[i].text).join(' '), list: c.li.map((j) => L[j].text).join(' '), sim: c.sim, how: c.how });
  }
  if (!a.distinctive || !distinctiveAligned) {
    // Only common words align: acceptable only as the exact start of a cut name.
    const cutExact = allEqual && qUsed.every(Boolean) && chosen.length >= 3
      && L.every((_, j) => lUsed[j] || j > Math.max(...chosen.flatMap((c) => c.li)));
    if (!cutExact) return null;
    return { ...base, score: 0.97, exact: false, cutExact: true, ...commonOnly(chosen.length), notes: ['name cut at a fixed width'] };
  }
  // Evidence resting only on a typo in a short word is too weak on its own (SINNET / SINONET,
  // VICOR / VIKOR): it needs a supporting identifier.
  const weakTypoOnly = chosen.every((c) => c.how === 'typo' || !c.qi.some((i) => q.kinds[i] === 'distinctive'))
    && chosen.some((c) => c.how === 'typo' && Math.min(...c.qi.map((i) => Q[i].text.length)) < 7);

  let cap = 'confirmed' as NameScore['cap'];
  const lowerCap = (to: 'probable' | 'review') => {
    if (cap === 'confirmed' || to === 'review') cap = to;
  };
  const qPlaces: string[] = [];
  const qWords: string[] = [];
  const qNumbers: string[] = [];
  for (let i = 0; i < Q.length; i++) {
    if (qUsed[i]) continue;
    const t = Q[i];
    const k = q.kinds[i];
    den += q.weights[i] * EXTRA_QUERY[k];
    base.extraQuery.push(t.text);
    if (k === 'place') {
      qPlaces.push(t.text);
      if (!t.lead) lowerCap('review'); // "HIKVISION USA": a place qualifier names another company
    } else if (k === 'number') qNumbers.push(t.text);
    else qWords.push(t.text);
  }
  // A cut name loses the list words after its last aligned word.
  const lastAlignedL = Math.max(-1, ...chosen.flatMap((c) => c.li));
  const lastAlignedQ = Math.max(-1, ...chosen.flatMap((c) => c.qi));
  const cutTail = q.name.truncated && lastAlignedQ === Q.length - 1;
  const lPlaces: string[] = [];
  const lWords: string[] = [];
  const lNumbers: string[] = [];
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
      lowerCap('review');
    } else if (k === 'number') lNumbers.push(t.text);
    else lWords.push(t.text);
  }
  let score = den > 0 ? num / den : 0;
  if (qPlaces.length > 0 && lPlaces.length > 0) {
    score *= 0.6;
    base.penalties.push(`places differ (${qPlaces.join(' ')} / ${lPlaces.join(' ')})`);
  }
  if (qWords.length > 0 && lWords.length > 0) {
    score *= 0.85;
    base.penalties.push(`words differ (${qWords.join(' ')} / ${lWords.join(' ')})`);
  }
  if (qNumbers.length > 0 && lNumbers.length > 0) {
    score *= 0.5;
    base.penalties.push(`numbers differ (${qNumbers.join(' ')} / ${lNumbers.join(' ')})`);
  } else if (qNumbers.length + lNumbers.length > 0) {
    score *= 0.8;
    base.penalties.push(`number on one side only (${[...qNumbers, ...lNumbers].join(' ')})`);
  }
  if (qPlaces.length > 0 && cap !== 'review') base.penalties.push(`fund file adds ${qPlaces.join(' ')}`);
  if (cap === 'review') base.penalties.push('a place only one name has marks a different (sister, subsidiary or parent) company');
  if (tail.length > 0) base.notes.push(`name cut at a fixed width; list words not compared: ${tail.join(' ')}`);
  if (base.pairs.some((p) => p.how === 'prefix')) base.notes.push('last word cut at a fixed width');

  if (weakTypoOnly) base.penalties.push('only a short word with a typo aligns');
  const equal = allEqual && base.extraQuery.length === 0 && base.extraList.length === 0;
  const cutExact = equal && (tail.length > 0 || base.pairs.some((p) => p.how === 'prefix'));
  if (cutExact && tailSpecific) lowerCap('probable');
  return { ...base, score: cutExact && !tailSpecific ? Math.max(score, 0.97) : score, exact: equal && !cutExact, cutExact, cap, weak: weakTypoOnly };
}
