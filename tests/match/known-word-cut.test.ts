/** cutAtKnownWords (src/match/known-word-cut.ts): the cut of a run written without spaces by the words known in it. */
import { describe, expect, it } from 'vitest';
import { cutAtKnownWords } from '../../src/match/known-word-cut.js';

/** The pieces of `text` as strings, known ones in brackets, with `words` known. */
function cut(text: string, words: string[]): string[] {
  const known = new Set(words);
  const longest = Math.max(...words.map((w) => w.length));
  return cutAtKnownWords(text.length, longest, (start, length) => (known.has(text.slice(start, start + length)) ? text.slice(start, start + length) : undefined))
    .map((p) => (p.known === undefined ? text.slice(p.start, p.start + p.length) : `[${p.known}]`));
}

describe('cutAtKnownWords', () => {
  it('keeps the characters between known words together as one word', () => {
    expect(cut('xinjiangzhongtaichemicalcoltd', ['xinjiang', 'chemical', 'coltd'])).toEqual(['[xinjiang]', 'zhongtai', '[chemical]', '[coltd]']);
  });
  it('prefers the cut that covers most characters, then the one with fewer words', () => {
    // "ab" + "cd" and "abcd" cover alike: one word wins; "bcd" alone covers less than "ab" + "cd".
    expect(cut('abcd', ['ab', 'cd', 'abcd', 'bcd'])).toEqual(['[abcd]']);
    expect(cut('xabcd', ['ab', 'bcd'])).toEqual(['xa', '[bcd]']);
  });
  it('asks each start for growing lengths, so a caller may build the word as it grows', () => {
    const asked: Array<[number, number]> = [];
    cutAtKnownWords(3, 2, (start, length) => void asked.push([start, length]));
    expect(asked).toEqual([[2, 1], [1, 1], [1, 2], [0, 1], [0, 2]]);
  });
  it('an empty run or one with no known word', () => {
    expect(cut('', ['a'])).toEqual([]);
    expect(cut('zzz', ['a'])).toEqual(['zzz']);
  });
});
