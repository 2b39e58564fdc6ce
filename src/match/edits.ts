/**
 * Edit distances between words, as the scorer and the typo search count them: insertions,
 * deletions, substitutions and adjacent transpositions (optimal string alignment), on UTF-16 code
 * units. Allocation-free. Pure.
 */

function budgetOf(length: number): number {
  return length < 4 ? 0 : Math.floor(Math.log(length - 2) / Math.log(2.35));
}

const BUDGETS = Array.from({ length: 64 }, (_, n) => budgetOf(n));

/** Budget of edits for a word: log base 2.35 of (length - 2), as rigour's compare_parts. */
export function typoBudget(length: number): number {
  return length < BUDGETS.length ? BUDGETS[length] : budgetOf(length);
}

/** a[i..i+len) === b[j..j+len) */
export function sameRun(a: string, i: number, b: string, j: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (a.charCodeAt(i + k) !== b.charCodeAt(j + k)) return false;
  return true;
}

/** At most one insertion, deletion, substitution or adjacent transposition apart (linear time, no copies). */
export function withinOneEdit(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === la && i === lb) return true;
  if (la === lb) {
    // a substitution at i, or a transposition of i and i + 1
    if (sameRun(a, i + 1, b, i + 1, la - i - 1)) return true;
    return a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && sameRun(a, i + 2, b, i + 2, la - i - 2);
  }
  // one character more in the longer word, at i
  return la > lb ? sameRun(a, i + 1, b, i, lb - i) : sameRun(a, i, b, i + 1, la - i);
}

/** Words at least this long count a letter moved (movedLetter) as one typo: shorter, it makes another word as often. */
export const MOVED_LETTER_MIN = 5;

/**
 * One letter typed in another place, two or more places away (BREAK / Brake: the e typed early):
 * a single slip that edit distance counts as two edits (a letter deleted, then inserted). The
 * adjacent case is a transposition (withinOneEdit). Same length, linear time, no copies.
 */
export function movedLetter(a: string, b: string): boolean {
  const n = a.length;
  if (n !== b.length || n < MOVED_LETTER_MIN) return false;
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  let end = n;
  while (end > i && a.charCodeAt(end - 1) === b.charCodeAt(end - 1)) end--;
  // a[i..end) and b[i..end) differ at both ends: one is the other with its first letter moved last, or its last moved first.
  if (end - i < 3) return false;
  const last = end - 1;
  if (a.charCodeAt(i) === b.charCodeAt(last) && sameRun(a, i + 1, b, i, last - i)) return true;
  return b.charCodeAt(i) === a.charCodeAt(last) && sameRun(b, i + 1, a, i, last - i);
}

/** Lengths of the shorter word at which a short-word typo is considered (longer words have a typo budget). */
export const SHORT_TYPO_MIN = 3;
export const SHORT_TYPO_LENGTH = 4;

/**
 * A typo of a 4-letter word (Kery / Kerry, Glap / Galp, Bnak / Bank): one letter dropped or added
 * before the last (or the last doubled: Knor / Knorr), or two adjacent letters swapped; of a
 * 3-letter word (OPT / OTP, Hia / Hai): two letters swapped. A letter more at the end is not one
 * (Vale / Valeo, Elis / Elisa: another word),
 * nor a substitution (Bank / Band, Galp / Gulp: in a word this short a changed letter is another
 * word as often as a typo).
 */
export function shortTypo(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  const shorter = Math.min(la, lb);
  if (shorter < SHORT_TYPO_MIN || shorter > SHORT_TYPO_LENGTH || a === b) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // A letter more at the end makes another word (Vale / Valeo, Elis / Elisa, Bank / Banka), unless
  // it doubles the last (Knor / Knorr: a doubled letter written once, the commonest slip).
  if (la !== lb) return shorter === SHORT_TYPO_LENGTH && withinOneEdit(a, b) && (i < shorter || doublesLast(la > lb ? a : b));
  return i + 1 < la && a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && sameRun(a, i + 2, b, i + 2, la - i - 2);
}

/** The word's last letter repeats the one before it (Knorr, Glenn). */
function doublesLast(w: string): boolean {
  return w.length >= 2 && w.charCodeAt(w.length - 1) === w.charCodeAt(w.length - 2);
}

// Rows of the distance table, reused across calls (names are short; longer words grow them).
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/** Per ASCII character: the positions of the pattern word it is at, as bits (zero between calls). */
const PEQ = new Int32Array(128);

/** Longest pattern word of the bit-parallel distance (one bit per character of a 32-bit word). */
const BITS = 31;

/** The word has only ASCII characters and fits the bit rows (asciiPattern: the bit-parallel pattern). */
function asciiPattern(w: string): boolean {
  if (w.length > BITS) return false;
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 128) return false;
  return true;
}

/**
 * Optimal string alignment distance, giving up (returning max + 1) beyond `max`. A word of up to
 * 31 ASCII characters on either side: bit-parallel (Hyyro 2003, as rapidfuzz computes OSA), one
 * pass over the other word with the pattern's columns as bits. Else a table: only the band of
 * cells within `max` of the diagonal is computed (a cell outside it is at least its distance from
 * the diagonal, more than `max`, so it reads as max + 1; capping commutes with the table's min
 * and + 1, so the answer is the full table's, capped).
 */
export function osaDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length === 0 || b.length === 0) return Math.min(a.length + b.length, max + 1);
  if (asciiPattern(a)) return osaBits(a, b, max);
  if (asciiPattern(b)) return osaBits(b, a, max);
  return osaBand(a, b, max);
}

/**
 * OSA distance of `p` (1 to 31 ASCII characters) and `t` (any), capped at max + 1: Hyyro's bit
 * vectors, with the transposition term. `dist` is the distance of p to t's first j + 1
 * characters; each character after it lowers that by one at most, so the pass stops once it
 * cannot come back within `max`.
 */
function osaBits(p: string, t: string, max: number): number {
  const m = p.length;
  for (let i = 0; i < m; i++) PEQ[p.charCodeAt(i)] |= 1 << i;
  const top = 1 << (m - 1);
  let vp = -1;
  let vn = 0;
  let d0 = 0;
  let pmBefore = 0;
  let dist = m;
  for (let j = 0; j < t.length; j++) {
    const c = t.charCodeAt(j);
    // A character the pattern lacks (every non-ASCII one) matches nowhere.
    const pm = c < 128 ? PEQ[c] : 0;
    const tr = ((~d0 & pm) << 1) & pmBefore;
    d0 = ((((pm & vp) + vp) | 0) ^ vp) | pm | vn | tr;
    let hp = vn | ~(d0 | vp);
    let hn = d0 & vp;
    if ((hp & top) !== 0) dist++;
    else if ((hn & top) !== 0) dist--;
    hp = (hp << 1) | 1;
    hn <<= 1;
    vp = hn | ~(d0 | hp);
    vn = hp & d0;
    pmBefore = pm;
    if (dist - (t.length - 1 - j) > max) {
      dist = max + 1;
      break;
    }
  }
  for (let i = 0; i < m; i++) PEQ[p.charCodeAt(i)] = 0;
  return dist > max ? max + 1 : dist;
}

/** The banded table (see osaDistance). */
function osaBand(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  const out = max + 1;
  if (m + 2 > rowA.length) {
    rowA = new Int32Array(m + 2);
    rowB = new Int32Array(m + 2);
    rowC = new Int32Array(m + 2);
  }
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  const top = Math.min(m, max);
  for (let j = 0; j <= top; j++) prev[j] = j;
  if (top < m) prev[top + 1] = out;
  for (let i = 1; i <= n; i++) {
    const lo = i - max > 1 ? i - max : 1;
    const hi = i + max < m ? i + max : m;
    cur[lo - 1] = lo === 1 ? i : out;
    let rowMin = lo === 1 ? i : out;
    const ai = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = prev[j - 1] + (ai === bj ? 0 : 1);
      if (prev[j] + 1 < v) v = prev[j] + 1;
      if (cur[j - 1] + 1 < v) v = cur[j - 1] + 1;
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj && prev2[j - 2] + 1 < v) v = prev2[j - 2] + 1;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (hi < m) cur[hi + 1] = out;
    if (rowMin > max) return out;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return Math.min(prev[m], out);
}
