/**
 * Letters of other scripts that look like Latin ones (Unicode's confusables, UTS #39, for Cyrillic
 * and Greek): a fund file or a list typed with a Cyrillic С in "СO LTD" or a Greek Η in "ΗOSHINE"
 * means the Latin letter, and transliterating it (С -> s, Η -> i) would lose the name. Read as
 * Latin only when the name shows it is Latin: it has Latin letters, and every Cyrillic or Greek
 * letter in it is such a look-alike (ПАО Газпром and "Gazprom ПАО" keep their Cyrillic: П looks
 * like no Latin letter). Also digits among a word's letters that look like letters (H0SHINE).
 * Pure; normalise.ts calls them and records each as a step of the analysis.
 */

/** Upper and lower case look-alikes, each to the Latin letter it is read as. */
const LOOKALIKES: ReadonlyMap<string, string> = new Map([
  // Cyrillic capitals, and the small letters that look like Latin small ones
  ...[...'АВЕКМНОРСТУХЅІЈԚԜҮҺӀ'].map((ch, i) => [ch, 'ABEKMHOPCTYXSIJQWYHI'[i]] as const),
  ...[...'аеорсухѕіјһԁԛԝӏү'].map((ch, i) => [ch, 'aeopcyxsijhdqwly'[i]] as const),
  // Greek capitals, and the small letters that look like Latin small ones
  ...[...'ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ'].map((ch, i) => [ch, 'ABEZHIKMNOPTYX'[i]] as const),
  ...[...'οαινρυ'].map((ch, i) => [ch, 'oaivpu'[i]] as const),
]);

const CYRILLIC_OR_GREEK = /[\u0370-\u03ff\u0400-\u052f]/u;
const CYRILLIC_OR_GREEK_ALL = /[\u0370-\u03ff\u0400-\u052f]/gu;
const LATIN_LETTER = /[A-Za-z]/;
const WORD = /[\p{L}\p{M}]+/gu;
/** A whole word in the other script this short is read as Latin (СО, АО); a longer one is a word of that language (ВЕКТОР, ТАСС). */
const WHOLE_WORD_MAX = 2;

/**
 * The name with its look-alike letters in Latin, or null when it has none or is not a Latin name:
 * it must have Latin letters, and every Cyrillic or Greek letter in it must be a look-alike. Then
 * the letters of a word that mixes the scripts are read as Latin (ΗOSHINE, SILIСON), and a word
 * wholly in the other script only when it has one or two letters (СО LTD): JSC ВЕКТОР keeps its
 * Cyrillic word, transliterated as Vektor.
 */
export function latinLookalikes(text: string): string | null {
  if (!CYRILLIC_OR_GREEK.test(text) || !LATIN_LETTER.test(text)) return null;
  for (const ch of text.match(CYRILLIC_OR_GREEK_ALL) ?? []) if (!LOOKALIKES.has(ch)) return null;
  let changed = false;
  const out = text.replace(WORD, (word) => {
    if (!CYRILLIC_OR_GREEK.test(word) || (!LATIN_LETTER.test(word) && word.length > WHOLE_WORD_MAX)) return word;
    changed = true;
    return word.replace(CYRILLIC_OR_GREEK_ALL, (ch) => LOOKALIKES.get(ch)!);
  });
  return changed ? out : null;
}

/**
 * A word of letters with one 0 or 1 among them (h0shine, hikvis1on, daq0): the letter the digit
 * looks like (o, i), as a file typed or read by eye writes it. Only a word of four or more
 * characters, the digit inside or last after three letters; never a word with another digit
 * (ftse100, g4s, a2a, a par value's hkd01) nor a short one (x5, a1).
 */
const DIGIT_IN_WORD = /^(?:\p{L}+[01]\p{L}+|\p{L}{3,}0)$/u;
export const HAS_0_OR_1 = /[01]/;

/** The word with such a digit read as its letter, or null when it is no such word. */
export function digitLookalike(word: string): string | null {
  if (word.length < 4 || !DIGIT_IN_WORD.test(word)) return null;
  return word.replace(/[01]/, (d) => (d === '0' ? 'o' : 'i'));
}

/** Scanned words (lower case) with such digits read as letters, in place; whether any was. */
export function readDigitLookalikes(words: string[]): boolean {
  let changed = false;
  for (let i = 0; i < words.length; i++) {
    const read = digitLookalike(words[i]);
    if (read !== null) {
      words[i] = read;
      changed = true;
    }
  }
  return changed;
}
