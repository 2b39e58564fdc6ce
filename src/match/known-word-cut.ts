/**
 * Words of a run of a script that writes no spaces (Han, Hangul), found by the words known in it:
 * the cut whose known words cover the most characters, the fewest words on a tie; the characters
 * between known words are one word a stretch (the brand: 中泰 of 中泰化学, 삼성 of 삼성전자). One home
 * for the pinyin reading of Han names (han-pinyin.ts) and the Revised Romanisation of Hangul
 * (romanise.ts). Pure.
 */

/** A known word (`known`: what the caller's lookup gave) or a stretch of characters no known word covers (`known` undefined). */
export interface Piece<T> {
  start: number;
  length: number;
  known: T | undefined;
}

/**
 * The cut of `n` characters. `knownAt(start, length)`: the known word of `length` characters at
 * `start`, or undefined; asked at each start for lengths 1, 2, ... `longest` in that order (so a
 * caller may grow the word it looks up one character at a time).
 */
export function cutAtKnownWords<T>(n: number, longest: number, knownAt: (start: number, length: number) => T | undefined): Piece<T>[] {
  // covered[i], words[i]: the best cut of characters i..n; value[i], length[i]: the known word
  // starting at i in it (length 0: a character of a stretch).
  const covered = new Array<number>(n + 1).fill(0);
  const words = new Array<number>(n + 1).fill(0);
  const value = new Array<T | undefined>(n);
  const length = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    covered[i] = covered[i + 1];
    words[i] = words[i + 1] + 1;
    for (let len = 1; len <= Math.min(longest, n - i); len++) {
      const known = knownAt(i, len);
      if (known === undefined) continue;
      const c = covered[i + len] + len;
      const w = words[i + len] + 1;
      if (c > covered[i] || (c === covered[i] && w < words[i])) {
        covered[i] = c;
        words[i] = w;
        value[i] = known;
        length[i] = len;
      }
    }
  }
  const pieces: Piece<T>[] = [];
  let stretch = -1;
  for (let i = 0; i < n; ) {
    if (length[i] === 0) {
      if (stretch < 0) stretch = i;
      i++;
      continue;
    }
    if (stretch >= 0) pieces.push({ start: stretch, length: i - stretch, known: undefined });
    stretch = -1;
    pieces.push({ start: i, length: length[i], known: value[i] });
    i += length[i];
  }
  if (stretch >= 0) pieces.push({ start: stretch, length: n - stretch, known: undefined });
  return pieces;
}
