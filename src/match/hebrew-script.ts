/**
 * Hebrew in Latin letters, as Israeli companies romanise their names: the letters that also write
 * vowels read as vowels inside a word (ו u, י i: שופרסל = shufrsl, Shufersal; any-ascii reads them
 * as consonants, svfrsl), ש sh, צ ts, ח h, and the abbreviation בע"מ (be'eravon mugbal, limited
 * liability) as Ltd. Short vowels go unwritten: words are compared by their consonants (abjad.ts).
 * Read word by word, pure.
 */

import { knownByConsonants } from './abjad.js';

const LETTERS: Readonly<Record<string, string>> = {
  'א': 'a', 'ב': 'b', 'ג': 'g', 'ד': 'd', 'ה': 'h', 'ז': 'z', 'ח': 'h', 'ט': 't', 'כ': 'k', 'ך': 'k',
  'ל': 'l', 'מ': 'm', 'ם': 'm', 'נ': 'n', 'ן': 'n', 'ס': 's', 'ע': '', 'פ': 'p', 'ף': 'f', 'צ': 'ts',
  'ץ': 'ts', 'ק': 'k', 'ר': 'r', 'ש': 'sh', 'ת': 't',
};

/** Points and cantillation marks (vowel points when written are not read: the letters suffice). */
const MARKS = /[\u0591-\u05c7]/g;
/** בע"מ with either quotation mark (gershayim or ASCII): Ltd. */
const LTD = /בע["״]מ/g;

/** One Hebrew word (see the module comment). */
function romaniseWord(word: string): string {
  const w = word.replace(MARKS, '');
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i];
    const next = w[i + 1];
    if (ch === 'ו') {
      // וו is v; a ו starting a word is v (or the conjunction); inside, the vowel u/o.
      if (next === 'ו') {
        out += 'v';
        i++;
      } else out += i === 0 ? 'v' : 'u';
      continue;
    }
    if (ch === 'י') {
      if (next === 'י') {
        out += 'y';
        i++;
      } else out += i === 0 ? 'y' : 'i';
      continue;
    }
    // A ה ending a word writes its vowel (חברה chevra).
    if (ch === 'ה' && i === w.length - 1 && i > 0) {
      out += 'a';
      continue;
    }
    out += LETTERS[ch] ?? ch;
  }
  return out;
}

/** A run of letters with its Hebrew words romanised; other letters are left as they are. */
export function romaniseHebrew(run: string): string {
  return run.replace(HEBREW_WORD, (word) => knownByConsonants(romaniseWord(word)));
}

/** A name's text with בע"מ written Ltd (before it is cut into runs of letters: the quotation mark would cut it). */
export function hebrewAbbreviations(text: string): string {
  return text.includes('בע') ? text.replace(LTD, ' ltd ') : text;
}
const HEBREW_WORD = /[\u0590-\u05ff]+/g;

export const HEBREW_LETTER = /[\u05d0-\u05ea]/;
