/**
 * Typo search over the list's distinctive vocabulary: the list words one edit (insertion,
 * deletion, substitution or adjacent transposition) or one letter moved (edits.ts movedLetter:
 * both words without it are one form) from a word of a fund file that the list does not use. Only words of 5+ letters are indexed and searched (shorter ones have no typo budget in
 * scoring), and never Han words (edit distance means nothing between them); a 4-letter word finds the
 * 5-letter words it is a short typo of (edits.ts shortTypo: a letter dropped before the end), and
 * ShortWordIndex below finds the 4-letter words.
 *
 * Which words count (the matcher's long-standing rule): one edit apart AND sharing a key with the
 * query word: its first three characters, its last three, or its first two + last two. One edit
 * leaves at least one key intact except a transposition in the middle of a 5-letter word, which
 * counts on its own (same first letter), as does a letter moved.
 * Answers come by key kind, then in vocabulary order.
 *
 * How they are found: symmetric deletion (SymSpell). Two words one edit apart share a form with at
 * most one character deleted (a substitution at i: both without i; a transposition of i, i + 1:
 * one without i, the other without i + 1; an insertion: the longer without it is the shorter).
 * Every word is indexed under a 32-bit hash of itself and of each of its one-deletion forms,
 * packed with its id into one sorted Float64Array (compact, built by one native sort); a query
 * looks up its own forms. Far fewer words to check than buckets of a shared three-letter key
 * ("ang", "zho" hold hundreds), and a hash collision only adds a word the exact check drops.
 *
 * Two edits (twoEdits, words of 8+ letters): the words sharing the query's ends, and the words not
 * read as pinyin whose consonant skeletons share a form with one letter deleted at most, checked
 * by edit distance; the same sorted-hash table holds the skeleton forms.
 */

import { movedLetter, osaDistance, sameRun, shortTypo, SHORT_TYPO_LENGTH, SHORT_TYPO_MIN, withinOneEdit } from './edits.js';

import { KeyFilter } from './key-filter.js';
import { soundKey } from './sounds.js';
import { readsAsPinyin } from './pinyin.js';

/**
 * A two-edit bucket: a hash of the word's first `head` and last `tail` characters (a small
 * integer: no key string is built). Different ends may share a hash, so a word found in a bucket
 * is kept only if it really shares the ends (sharesEnds).
 */
function endsHash(w: string, head: number, tail: number): number {
  let h = Math.imul(0x811c9dc5 ^ head, 0x01000193);
  for (let k = 0; k < head; k++) h = Math.imul(h ^ w.charCodeAt(k), 0x01000193);
  for (let k = w.length - tail; k < w.length; k++) h = Math.imul(h ^ w.charCodeAt(k), 0x01000193);
  return h & 0x3fffffff;
}

function sharesEnds(a: string, b: string, head: number, tail: number): boolean {
  return sameRun(a, 0, b, 0, head) && sameRun(a, a.length - tail, b, b.length - tail, tail);
}

/** The two two-edit buckets: first four + last two, first two + last four characters. */
const ENDS: ReadonlyArray<readonly [number, number]> = [[4, 2], [2, 4]];

/** A word's two ends hashes (endsHash of each of ENDS) into `forms`: the two-edit buckets as a form table. */
function endsForms(word: string): number {
  forms[0] = endsHash(word, 4, 2);
  forms[1] = endsHash(word, 2, 4);
  return 2;
}

const HAN = /\p{Script=Han}/u;
const MIN_LENGTH = 5;
/** Two edits only for words this long (rigour's budget: log base 2.35 of length - 2 >= 2). */
const MIN_TWO_EDITS = 8;
/** Longer words are not searched two edits away: no company name's word is that long (a run of words or noise). */
const MAX_TWO_EDITS = 40;
/** Polynomial hash base (odd; the arithmetic wraps at 32 bits). */
const BASE = 0x01000193;
/**
 * Where a table's hash prefixes start: about one per 8 entries (8 hashes: one cache line to search),
 * 4 to 16 bits. A row of 2^16 starts for a table of a few thousand words was a cache miss of its
 * own per form looked up.
 */
const PREFIX_MIN_BITS = 4;
const PREFIX_MAX_BITS = 16;
const ENTRIES_PER_PREFIX_LOG2 = 3;
const NONE: readonly string[] = Object.freeze([]);

function searchable(word: string): boolean {
  return word.length >= MIN_LENGTH && !hasHan(word);
}

/** The word has a Han character (the regex runs only for a word with a character from U+2E80 up, where CJK begins). */
function hasHan(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 0x2e80) return HAN.test(word);
  return false;
}

// Scratch rows for formHashes, grown for long words.
let power = new Int32Array(64);
let suffix = new Int32Array(64);
/**
 * The forms formHashes wrote last (read before the next call). A typed row, not a number[]: the
 * hashes are unsigned 32-bit, mostly past a small integer, and an array emptied and pushed again
 * per word gave up its store and boxed them anew, word after word.
 */
let forms = new Uint32Array(65);

/**
 * Hashes (unsigned 32-bit) of the word with each single character deleted, then of the word
 * itself: n + 1 values into `forms`; returns n + 1. Prefix and suffix hashes give each one in O(1),
 * no strings built.
 */
function formHashes(word: string): number {
  const n = word.length;
  if (power.length < n + 1) {
    power = new Int32Array(2 * n + 2);
    suffix = new Int32Array(2 * n + 2);
    forms = new Uint32Array(2 * n + 2);
  }
  // power[k] = BASE^k; suffix[k] = hash of word[k..n) in its place at the end of the word
  suffix[n] = 0;
  power[0] = 1;
  for (let k = 1; k <= n; k++) power[k] = Math.imul(power[k - 1], BASE);
  for (let k = n - 1; k >= 0; k--) suffix[k] = (suffix[k + 1] + Math.imul(word.charCodeAt(k), power[n - 1 - k])) | 0;
  let prefix = 0; // hash of word[0..i)
  for (let i = 0; i < n; i++) {
    // without character i: the prefix moves up over the n - 1 - i characters that follow it
    forms[i] = (Math.imul(prefix, power[n - 1 - i]) + suffix[i + 1]) | 0;
    prefix = (Math.imul(prefix, BASE) + word.charCodeAt(i)) | 0;
  }
  forms[n] = prefix;
  return n + 1;
}

type KeyKind = 0 | 1 | 2 | 3;

/**
 * The first key the two words share (0 first three characters, 1 last three, 2 first two + last
 * two), 3 for two words of one length and first letter that are one adjacent transposition apart
 * (the middle of a 5-letter word: Hodna / Honda, which shares no other key), or -1.
 */
function firstSharedKey(a: string, b: string): KeyKind | -1 {
  if (sameRun(a, 0, b, 0, 3)) return 0;
  if (sameRun(a, a.length - 3, b, b.length - 3, 3)) return 1;
  if (sameRun(a, 0, b, 0, 2) && sameRun(a, a.length - 2, b, b.length - 2, 2)) return 2;
  if (a.length === b.length && a.charCodeAt(0) === b.charCodeAt(0) && (isTransposition(a, b) || movedLetter(a, b))) return 3;
  return -1;
}

/** a and b (one length) differ only by two adjacent characters swapped. */
function isTransposition(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i + 1 >= a.length || a.charCodeAt(i) !== b.charCodeAt(i + 1) || a.charCodeAt(i + 1) !== b.charCodeAt(i)) return false;
  return sameRun(a, i + 2, b, i + 2, a.length - i - 2);
}

/**
 * Every (hash, word id) of the words a table holds, sorted by hash then id, in two arrays (the
 * search reads only the hashes: half the memory of packed pairs, so more of it stays in cache),
 * with a Bloom filter over the hashes (most forms of a query word are no list word's form, and two
 * bits of a small table say so sooner than a search of the large arrays) and where each hash
 * prefix starts (a binary search then covers only those).
 */
interface FormTable<F> {
  hashes: Uint32Array;
  ids: Int32Array;
  hashShift: number;
  filter: F;
  starts: Int32Array;
  /** A hash's prefix is hash >>> prefixShift. */
  prefixShift: number;
}

/** The table of the forms `formsOf` gives each word `holds` accepts. */
function formTable<F extends { add(hash: number): void }>(vocabulary: readonly string[], holds: (word: string) => boolean, formsOf: (word: string) => number, filterOf: (count: number) => F): FormTable<F> {
  // A hash and an id share the 53 exact bits of a double: past 2^21 words the hash gives up bits.
  const idBits = Math.max(1, Math.ceil(Math.log2(vocabulary.length + 1)));
  const idScale = 2 ** idBits;
  const hashShift = Math.max(0, idBits - 21);
  // Packed as hash * idScale + id into doubles: one native sort orders them, then they are split.
  let entries = new Float64Array(1024);
  let count = 0;
  vocabulary.forEach((word, id) => {
    if (!holds(word)) return;
    const n = formsOf(word);
    if (count + n > entries.length) {
      const grown = new Float64Array(Math.max(2 * entries.length, count + n));
      grown.set(entries.subarray(0, count));
      entries = grown;
    }
    for (let k = 0; k < n; k++) entries[count++] = (forms[k] >>> hashShift) * idScale + id;
  });
  const sorted = entries.subarray(0, count).sort();
  const hashes = new Uint32Array(count);
  const ids = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    hashes[i] = Math.floor(sorted[i] / idScale);
    ids[i] = sorted[i] % idScale;
  }
  const filter = filterOf(count);
  for (let i = 0; i < count; i++) filter.add(hashes[i]);
  const prefixBits = Math.min(PREFIX_MAX_BITS, Math.max(PREFIX_MIN_BITS, Math.ceil(Math.log2(count + 1)) - ENTRIES_PER_PREFIX_LOG2));
  const prefixShift = 32 - hashShift - prefixBits;
  const starts = new Int32Array((1 << prefixBits) + 1);
  let prefix = 0;
  for (let i = 0; i < count; i++) {
    const p = hashes[i] >>> prefixShift;
    while (prefix <= p) starts[prefix++] = i;
  }
  while (prefix < starts.length) starts[prefix++] = count;
  return { hashes, ids, hashShift, filter, starts, prefixShift };
}

/** Index of the table's first entry of this hash, or of the next. */
function firstAt(t: FormTable<unknown>, hash: number): number {
  const p = hash >>> t.prefixShift;
  let lo = t.starts[p];
  let hi = t.starts[p + 1];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (t.hashes[mid] < hash) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Which letters a word has, as bits (a-z; any other character by its code's last five bits): an
 * edit adds at most one letter the other word lacks and removes at most one, so two words two
 * edits apart differ in at most four bits.
 */
function letterMask(word: string): number {
  let m = 0;
  for (let i = 0; i < word.length; i++) m |= 1 << (word.charCodeAt(i) & 31);
  return m;
}

function bitCount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/**
 * A word its skeleton finds two edits away: two-editable and not pinyin (pinyin.ts: two letters
 * changed in a pinyin name spell other syllables, another name; its skeleton drops the vowels
 * that tell them apart, so pinyin names are near each other by skeleton by the thousand).
 */
function westernTwoEditable(word: string): boolean {
  return twoEditable(word) && !readsAsPinyin(word);
}

/** A word two edits may be searched from (and found): 8 to 40 letters, not Han. */
function twoEditable(word: string): boolean {
  return word.length >= MIN_TWO_EDITS && word.length <= MAX_TWO_EDITS && !hasHan(word);
}

/**
 * A word's skeleton (its sound key, sounds.ts: consonants in order, doubled letters once, vowels
 * dropped but a first one) and the skeleton with each one letter deleted: most typos of a long
 * word are vowel slips, a letter doubled or not, and one consonant slip, which leave two
 * skeletons that share one of these forms (Treleborgh / Trelleborg, Otokumbu / Outokumpu,
 * Brigdeston / Bridgestone). None for a word without a key.
 */

function skeletonForms(word: string, key: string = soundKey(word)): number {
  return key !== '' ? formHashes(key) : 0;
}

export class TypoIndex {
  /** The one-edit table: every searchable word and its forms with one character deleted. */
  private readonly table: FormTable<KeyFilter>;
  /** Per word: the search it was last seen in (each word checked once per search). */
  private readonly seenIn: Int32Array;
  private search = 0;
  /** Scratch of one search: the words found, as sort keys (each word at most once per search). */
  private found = new Float64Array(64);
  /** Per word: its length (read before the word is). */
  private readonly lengths: Int32Array;
  /**
   * Two-edit buckets of words of 8+ letters by their ends (endsForms; built on the first two-edit
   * search): a form table, as compact as the others (a Map of arrays was a scatter of small objects).
   */
  private ends: FormTable<KeyFilter> | undefined;
  /** Per word: which letters it has (letterMask; built with the skeletons). */
  private masks: Int32Array | undefined;
  /** Words of 8+ letters by their skeleton's forms (built on the first two-edit search). */
  private skeletons: FormTable<KeyFilter> | undefined;

  /** `vocabulary`: distinct words. */
  constructor(private readonly vocabulary: readonly string[]) {
    this.seenIn = new Int32Array(vocabulary.length);
    this.lengths = Int32Array.from(vocabulary, (w) => w.length);
    this.table = formTable(vocabulary, searchable, formHashes, (count) => new KeyFilter(count));
  }

  /** List words one edit from `word` sharing a key with it: by key kind, then in vocabulary order. */
  similar(word: string): readonly string[] {
    if (word.length < SHORT_TYPO_LENGTH || hasHan(word)) return NONE;
    // Found words as kind * 2^32 + id (exact in a double): numbers sort by key kind, then id.
    let found = 0;
    let keys = this.found;
    const search = this.nextSearch();
    const n = formHashes(word);
    const table = this.table;
    const { hashes, ids, hashShift, filter } = table;
    for (let k = 0; k < n; k++) {
      const hash = forms[k] >>> hashShift;
      if (!filter.mayHave(hash)) continue;
      for (let at = firstAt(table, hash); at < hashes.length && hashes[at] === hash; at++) {
        const id = ids[at];
        if (this.seenIn[id] === search) continue;
        this.seenIn[id] = search;
        const candidate = this.vocabulary[id];
        const kind = firstSharedKey(word, candidate);
        if (kind !== -1 && (word.length === SHORT_TYPO_LENGTH ? shortTypo(word, candidate) : withinOneEdit(word, candidate) || movedLetter(word, candidate))) {
          if (found === keys.length) {
            this.found = new Float64Array(2 * found);
            this.found.set(keys);
            keys = this.found;
          }
          keys[found++] = kind * 2 ** 32 + id;
        }
      }
    }
    // Most words of an unlisted name are one edit from no list word: no array for them.
    if (found === 0) return NONE;
    const words = new Array<string>(found);
    if (found === 1) {
      words[0] = this.vocabulary[keys[0] % 2 ** 32];
      return words;
    }
    const sorted = keys.subarray(0, found).sort();
    for (let k = 0; k < found; k++) words[k] = this.vocabulary[sorted[k] % 2 ** 32];
    return words;
  }

  /**
   * List words of 8+ letters at most two edits (insertions, deletions, substitutions, adjacent
   * transpositions) from a `word` of 8+ letters, in vocabulary order: rigour's budget allows two
   * there. Asked only when `similar` finds none. Not every such word: those sharing the first four
   * and last two letters, or the first two and last four (two slips inside the word: Trafalgura /
   * Trafigura, Nemechek / Nemetschek), and the words not read as pinyin whose skeletons share a
   * form with the word's (skeletonForms: slips anywhere, Treleborgh / Trelleborg, Yberdrolla /
   * Iberdrola, Shlumberjer / Schlumberger).
   * (Every word two edits away would be the word's forms with two letters deleted, ~n^2 / 2 of
   * them per word: tens of megabytes for a large list and several times the search, for the few
   * typos that change two consonants at an end.) `key`: the word's sound key, when the caller has it.
   */
  twoEdits(word: string, key: string = soundKey(word)): readonly string[] {
    if (!twoEditable(word)) return NONE;
    const ends = (this.ends ??= formTable(this.vocabulary, twoEditable, endsForms, (count) => new KeyFilter(count)));
    let found: number[] | undefined;
    const search = this.nextSearch();
    for (const [head, tail] of ENDS) {
      const hash = endsHash(word, head, tail) >>> ends.hashShift;
      if (!ends.filter.mayHave(hash)) continue;
      // (The table holds both kinds of ends: sharesEnds keeps the words that share these.)
      for (let at = firstAt(ends, hash); at < ends.hashes.length && ends.hashes[at] === hash; at++) {
        const id = ends.ids[at];
        // Lengths first: the word itself is read only when it may be two edits away.
        if (this.seenIn[id] === search || Math.abs(this.lengths[id] - word.length) > 2) continue;
        const w = this.vocabulary[id];
        if (!sharesEnds(word, w, head, tail)) continue;
        this.seenIn[id] = search;
        if (osaDistance(word, w, 2) <= 2) (found ??= []).push(id);
      }
    }
    const skeletons = (this.skeletons ??= formTable(this.vocabulary, westernTwoEditable, skeletonForms, (count) => new KeyFilter(count)));
    // (A list of pinyin names has no skeletons to search.)
    if (key !== '' && skeletons.hashes.length > 0) {
      const masks = (this.masks ??= Int32Array.from(this.vocabulary, letterMask));
      const n = skeletonForms(word, key);
      const mask = letterMask(word);
      const hashes = skeletons.hashes;
      for (let k = 0; k < n; k++) {
        const hash = forms[k] >>> skeletons.hashShift;
        if (!skeletons.filter.mayHave(hash)) continue;
        for (let at = firstAt(skeletons, hash); at < hashes.length && hashes[at] === hash; at++) {
          const id = skeletons.ids[at];
          if (this.seenIn[id] === search) continue;
          this.seenIn[id] = search;
          // Lengths and letters first: the word itself is read only when it may be two edits away.
          if (Math.abs(this.lengths[id] - word.length) > 2 || bitCount(masks[id] ^ mask) > 4) continue;
          if (osaDistance(word, this.vocabulary[id], 2) <= 2) (found ??= []).push(id);
        }
      }
    }
    if (found === undefined) return NONE;
    if (found.length > 1) found.sort((x, y) => x - y);
    return found.map((id) => this.vocabulary[id]);
  }

  private nextSearch(): number {
    if (this.search === 0x7fffffff) {
      this.seenIn.fill(0);
      this.search = 0;
    }
    return ++this.search;
  }
}

/**
 * The list's 3- and 4-letter words a word is a short typo of (edits.ts shortTypo): for a word of 3
 * or 4 letters, those two adjacent letters swapped from it (Glap / Galp, OPT / OTP); for a 5-letter
 * word, the 4-letter words it is with one letter before its last dropped (Kerry / Kery), or its
 * doubled last letter written once (Knorr / Knor). Short words
 * are filed under each of their swaps, 4-letter words also in a set, so either is one lookup per form.
 */
export class ShortWordIndex {
  private readonly bySwap = new Map<string, string[]>();
  private readonly words = new Set<string>();

  /** `vocabulary`: distinct words, sorted; only its 4-letter, non-Han ones are kept. */
  constructor(vocabulary: readonly string[]) {
    for (const w of vocabulary) {
      if (w.length < SHORT_TYPO_MIN || w.length > SHORT_TYPO_LENGTH || hasHan(w)) continue;
      if (w.length === SHORT_TYPO_LENGTH) this.words.add(w);
      for (let i = 0; i + 1 < w.length; i++) {
        if (w.charCodeAt(i) === w.charCodeAt(i + 1)) continue;
        const swapped = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
        const list = this.bySwap.get(swapped);
        if (list) list.push(w);
        else this.bySwap.set(swapped, [w]);
      }
    }
  }

  similar(word: string): readonly string[] {
    if (word.length >= SHORT_TYPO_MIN && word.length <= SHORT_TYPO_LENGTH) return this.bySwap.get(word) ?? NONE;
    if (this.words.size === 0) return NONE;
    if (word.length !== SHORT_TYPO_LENGTH + 1 || hasHan(word)) return NONE;
    let found: string[] | undefined;
    // Not the last letter: a letter more at the end is another word (Valeo / Vale), unless it doubles the one before (Knorr / Knor).
    const last = word.charCodeAt(SHORT_TYPO_LENGTH) === word.charCodeAt(SHORT_TYPO_LENGTH - 1) ? SHORT_TYPO_LENGTH + 1 : SHORT_TYPO_LENGTH;
    for (let i = 0; i < last; i++) {
      const form = word.slice(0, i) + word.slice(i + 1);
      if (this.words.has(form) && !found?.includes(form)) (found ??= []).push(form);
    }
    return found ? found.sort() : NONE;
  }
}
