/**
 * The abjads, Arabic and Hebrew script, write a word's consonants and long vowels but not its short
 * vowels: a word read from one (arabic-script.ts, hebrew-script.ts) is compared with a word in Latin
 * letters by its consonants (abjadSkeleton; the `transliterated` rule in score.ts, `review` at most
 * when the distinctive words agree only so). Pure.
 */

/** A letter of Arabic script (Arabic, Persian, Urdu; presentation forms too) or of Hebrew. */
export const ABJAD_LETTER = /[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\ufb1d-\ufdff\ufe70-\ufeff]/;

/**
 * A word's consonants as both scripts write them: vowels dropped (a e i o u; the short ones the
 * script does not write, the long ones Latin spellings write variously: Mellat / mlt, Khodro /
 * khudru), letters that romanisations write two ways folded to one (q gh c k as k; w b as v, as
 * Hebrew ב and Persian و are either; p as f, as Hebrew פ is either; sh as s; th as s, dh as z, x as
 * ks), a letter written twice once. '' for a word of fewer than `min` such letters (three: fewer
 * tell too few words apart; see abjadAlike for two).
 */
export function abjadSkeleton(word: string, min = 3): string {
  let out = '';
  let last = '';
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    const next = word[i + 1];
    let c: string;
    if (ch === 'a' || ch === 'e' || ch === 'i' || ch === 'o' || ch === 'u' || ch === "'") continue;
    if ((ch === 'g' || ch === 't' || ch === 'd' || ch === 's') && next === 'h') {
      c = ch === 'g' ? 'k' : ch === 'd' ? 'z' : 's';
      i++;
    } else if (ch === 'q' || ch === 'c') c = 'k';
    else if (ch === 'w' || ch === 'b') c = 'v';
    else if (ch === 'p') c = 'f';
    else if (ch === 'x') c = 'ks';
    else if (ch >= 'a' && ch <= 'z') c = ch;
    else return '';
    if (c === last) continue;
    out += c;
    last = c;
    n += c.length;
  }
  return n >= min ? out : '';
}

/**
 * A word read from an abjad (`abjad`) and a word in Latin letters whose consonants agree: three at
 * least (mlt / Mellat); or two, when the abjad word writes a long vowel as well and both words start
 * and end with its first and last letters (ملی mli / Melli; not Mali's a, nor Milo's o).
 */
export function abjadAlike(abjad: string, latin: string): boolean {
  const l = abjadSkeleton(latin, 2);
  if (l === '') return false;
  const k = abjadSkeleton(abjad, 2);
  if (k === l) return k.length >= 3 || (abjad.length >= 3 && abjad[0] === latin[0] && abjad[abjad.length - 1] === latin[latin.length - 1]);
  // و is a consonant (Persian v, Arabic w) as often as the long u the romaniser reads: نوین nuin / Novin.
  return abjad.includes('u') && l.length >= 3 && abjadSkeleton(abjad.replace(/u/g, 'v'), 3) === l;
}


/**
 * Words of Arabic, Persian and Hebrew company names that lists and fund files write in Latin
 * letters (the business words of TRANSLATIONS, and bank, which Arabic writes بنك and Hebrew בנק,
 * without a vowel; Persian شرکت sherkat, گروه goruh, پتروشیمی petroshimi): a word written in the script without its short vowels is read as the one of
 * these that has its consonants (مصرف msrf = masraf, then translated: bank; مخابرات mkhabrat = mokhaberat,
 * telecommunications; إسمنت ismnt = ismant, cement; فولاد fulad = foolad, steel).
 */
const KNOWN_WORDS = ['masraf', 'bank', 'sharika', 'sherkat', 'islami', 'tijari', 'watani', 'istithmar', 'tamweel', 'goruh', 'petroshimi', 'sanaye', 'havapimayi', 'qabida', 'mokhaberat', 'ismant', 'foolad', 'saudiya'];
const KNOWN_BY_SKELETON: ReadonlyMap<string, string> = new Map(KNOWN_WORDS.map((w) => [abjadSkeleton(w), w]));

/** `word` (romanised from an abjad), or the known word of its consonants (KNOWN_WORDS). */
export function knownByConsonants(word: string): string {
  return KNOWN_BY_SKELETON.get(abjadSkeleton(word)) ?? word;
}
