import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TypoIndex } from '../../src/match/typo-index.js';
import { ShortWordIndex as ShortIndex } from '../../src/match/typo-index.js';
import { shortTypo } from '../../src/match/edits.js';
import { osaDistance, withinOneEdit } from '../../src/match/edits.js';
import { soundKey } from '../../src/match/sounds.js';
import { readsAsPinyin } from '../../src/match/pinyin.js';

/**
 * The rule the index implements, by brute force: list words of 5+ characters (not Han) one edit
 * away or one letter moved (from a 4-letter word: a short typo, edits.ts) that share the first three characters, the last three, or the first two and last two, or
 * (kind 3) have the same length and first character and are one adjacent swap or one letter moved apart; ordered by
 * the first key shared, then by vocabulary order.
 */
function reference(vocabulary: string[], word: string): string[] {
  if (word.length < 4 || /\p{Script=Han}/u.test(word)) return [];
  const keys = (w: string) => [w.slice(0, 3), w.slice(-3), `${w.slice(0, 2)}|${w.slice(-2)}`];
  const wk = keys(word);
  const found: Array<{ w: string; kind: number; id: number }> = [];
  vocabulary.forEach((v, id) => {
    // A 4-letter word finds the 5+ letter words it is a short typo of.
    if (v.length < 5 || /\p{Script=Han}/u.test(v) || !(word.length === 4 ? shortTypo(word, v) : withinOneEdit(word, v) || moved(word, v))) return;
    let kind = keys(v).findIndex((k, i) => k === wk[i]);
    if (kind < 0 && v.length === word.length && v[0] === word[0] && (swapped(v, word) || moved(word, v))) kind = 3;
    if (kind >= 0) found.push({ w: v, kind, id });
  });
  return found.sort((a, b) => a.kind - b.kind || a.id - b.id).map((f) => f.w);
}

/** One letter of `a` (5+ letters) taken out and put back two or more places away gives `b`. */
function moved(a: string, b: string): boolean {
  if (a.length < 5 || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const rest = a.slice(0, i) + a.slice(i + 1);
    for (let j = 0; j <= rest.length; j++) if (Math.abs(i - j) >= 2 && rest.slice(0, j) + a[i] + rest.slice(j) === b) return true;
  }
  return false;
}

/** Some adjacent pair of `a` swapped gives `b`. */
function swapped(a: string, b: string): boolean {
  for (let i = 0; i + 1 < a.length; i++) if (a.slice(0, i) + a[i + 1] + a[i] + a.slice(i + 2) === b && a !== b) return true;
  return false;
}

/**
 * The two-edit rule by brute force: for a word of 8 to 40 characters (not Han), the list words of
 * 8 to 40 characters (not Han) at most two edits away that share its first four and last two
 * characters, or its first two and last four, or (for a list word not read as pinyin) whose
 * sound keys are equal or one deletion each from a common form; in vocabulary order.
 */
function referenceTwoEdits(vocabulary: string[], word: string): string[] {
  const long = (w: string) => w.length >= 8 && w.length <= 40 && !/\p{Script=Han}/u.test(w);
  if (!long(word)) return [];
  const ends = (a: string, b: string) => (a.slice(0, 4) === b.slice(0, 4) && a.slice(-2) === b.slice(-2)) || (a.slice(0, 2) === b.slice(0, 2) && a.slice(-4) === b.slice(-4));
  const forms = (k: string) => (k === '' ? [] : [k, ...[...k].map((_, i) => k.slice(0, i) + k.slice(i + 1))]);
  const skeletons = (a: string, b: string) => forms(soundKey(a)).some((f) => forms(soundKey(b)).includes(f));
  return vocabulary.filter((v) => long(v) && osaDistance(word, v, 2) <= 2 && (ends(word, v) || (!readsAsPinyin(v) && skeletons(word, v))));
}

const letters = fc.constantFrom('a', 'n', 'g', 'h', 'z', 'é', '合');
const word = fc.string({ unit: letters, minLength: 3, maxLength: 9 });

describe('TypoIndex', () => {
  it('finds exactly the words the key rule allows, in its order', () => {
    fc.assert(fc.property(fc.uniqueArray(word, { maxLength: 60 }), fc.array(word, { maxLength: 20 }), (vocab, queries) => {
      const index = new TypoIndex(vocab);
      for (const q of [...queries, ...vocab]) expect([...index.similar(q)]).toEqual(reference(vocab, q));
    }), { numRuns: 400 });
  });

  it('two edits: exactly the words the two-edit rule allows, in its order', () => {
    const long = fc.string({ unit: fc.constantFrom('a', 'n', 'g', 'h', 'k', 'r', 'c', '合'), minLength: 6, maxLength: 11 });
    fc.assert(fc.property(fc.uniqueArray(long, { maxLength: 80 }), fc.array(long, { maxLength: 20 }), (vocab, queries) => {
      const index = new TypoIndex(vocab);
      for (const q of [...queries, ...vocab]) expect([...index.twoEdits(q)]).toEqual(referenceTwoEdits(vocab, q));
    }), { numRuns: 300 });
    // Two edits anywhere in the word: two letters dropped, a doubled letter moved, two slips
    // inside a word that keeps its ends.
    const vocab = ['thyssenkrupp', 'brenntag', 'trafigura', 'continental'];
    const index = new TypoIndex(vocab);
    expect(['tyssenkrup', 'brentagg', 'trafalgura'].map((w) => index.twoEdits(w))).toEqual([['thyssenkrupp'], ['brenntag'], ['trafigura']]);
    expect(index.twoEdits('contimentalle')).toEqual([]); // three edits
    // Pinyin names two letters apart are other names: not found by their skeletons.
    expect(new TypoIndex(['hengmeng']).twoEdits('gongmeng')).toEqual([]);
  });

  it('finds one-edit misspellings of list words and nothing for short or unrelated words', () => {
    const index = new TypoIndex(['goldwind', 'hikvision', 'zhongtai', 'daqo']);
    expect(index.similar('hikvisoin')).toEqual(['hikvision']); // transposition
    expect(index.similar('goldwnd')).toEqual(['goldwind']); // deletion
    expect(index.similar('zhongtaii')).toEqual(['zhongtai']); // insertion
    expect(index.similar('dago')).toEqual([]); // under 5 letters: no typo budget
    expect(index.similar('sensetime')).toEqual([]);
  });

  it('finds a transposition in the middle of a 5-letter word (no key survives it) by the swap itself', () => {
    expect(new TypoIndex(['honda', 'hodge']).similar('hodna')).toEqual(['honda']);
    expect(new TypoIndex(['abcde']).similar('acbde')).toEqual(['abcde']);
    expect(new TypoIndex(['abcde']).similar('bacde')).toEqual(['abcde']); // the last three shared
    expect(new TypoIndex(['abcde']).similar('badce')).toEqual([]); // two swaps
  });

  it('finds a letter moved two or more places (edits.ts movedLetter): both words without it are one deletion form', () => {
    expect(new TypoIndex(['abcde']).similar('acdbe')).toEqual(['abcde']);
    expect(new TypoIndex(['brake']).similar('break')).toEqual(['brake']);
    expect(new TypoIndex(['brake']).similar('bekar')).toEqual([]);
  });
});

describe('ShortWordIndex', () => {
  const vocab = ['bank', 'galp', 'kery', 'vale', 'elis', 'kerry', 'tevaa', 'otp', 'hai'].sort();
  const index = new ShortIndex(vocab);
  it('finds the 4-letter words a word is a short typo of, and only those', () => {
    expect(index.similar('glap')).toEqual(['galp']);
    expect(index.similar('bnak')).toEqual(['bank']);
    expect(index.similar('kerry')).toEqual(['kery']);
    expect(index.similar('valeo')).toEqual([]); // a letter more at the end
    expect(index.similar('band')).toEqual([]); // a substitution
    expect(index.similar('bank')).toEqual([]);
    expect(index.similar('opt')).toEqual(['otp']);
    expect(index.similar('hia')).toEqual(['hai']);
    expect(index.similar('hae')).toEqual([]);
  });
  it('finds the 4-letter word a 5-letter word doubles the last letter of (Knorr / Knor), not one it adds another to (Valeo / Vale)', () => {
    const index = new ShortIndex(['knor', 'vale']);
    expect(index.similar('knorr')).toEqual(['knor']);
    expect(index.similar('valeo')).toEqual([]);
  });

  it('agrees with shortTypo over the 4-letter words', () => {
    for (const q of ['glap', 'agl', 'opt', 'tpo', 'iha', 'kerry', 'kxery', 'bakn', 'nbak', 'vlae', 'eils', 'elisa', 'baank']) {
      const expected = vocab.filter((w) => w.length <= 4 && shortTypo(q, w));
      expect([...index.similar(q)].sort()).toEqual(expected);
    }
  });
});
