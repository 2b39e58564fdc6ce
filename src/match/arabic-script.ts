import { knownByConsonants } from './abjad.js';
import { TRANSLATIONS } from './vocabulary.js';

/**
 * Arabic script (Arabic, Persian, Urdu letters) in Latin letters, as companies and lists romanise
 * their names: the letters for the long vowels are read as vowels (ا a, و u, ی i: بانک پاسارگاد =
 * bank pasargad, المراعي = al marai), not dropped as any-ascii drops alef (bnk psrgd). The
 * script writes short vowels only as optional marks: a word written without them keeps only its
 * consonants and long vowels (مصرف msrf = masraf, قطر qtr = Qatar); such words are compared by
 * their consonants (abjad.ts). Read word by word, pure.
 *
 * - ال written before a word is the article, written apart: al (الإنماء = al inma; the scorer
 *   takes "al inma" as Alinma, two words run together, and drops an article one name lacks);
 * - ا at a word's start before ی or و is only the vowel's seat (ایران = iran, اوراق = urak);
 * - و and ی are consonants (w, y) at a word's start and beside ا, vowels (u, i) elsewhere;
 * - ة (ta marbuta) is a; ى (alef maqsura) a; hamza and ain are not written (companies drop them:
 *   Jazeera, Rajhi); the marks fatha, kasra, damma give a, i, u when a name writes them.
 */

/** Any letter of the Arabic blocks (Arabic, Arabic Supplement, Presentation Forms). */
export const ARABIC_LETTER = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/;

const LETTERS: Readonly<Record<string, string>> = {
  'ا': 'a', 'أ': 'a', 'إ': 'i', 'آ': 'a', 'ٱ': 'a', 'ى': 'a', 'ة': 'a',
  'ء': '', 'ئ': '', 'ؤ': '', 'ع': '', 'ـ': '',
  'ب': 'b', 'پ': 'p', 'ت': 't', 'ث': 'th', 'ج': 'j', 'چ': 'ch', 'ح': 'h', 'خ': 'kh', 'د': 'd',
  'ذ': 'dh', 'ر': 'r', 'ز': 'z', 'ژ': 'zh', 'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't',
  'ظ': 'z', 'غ': 'gh', 'ف': 'f', 'ق': 'q', 'ك': 'k', 'ک': 'k', 'گ': 'g', 'ل': 'l', 'م': 'm',
  'ن': 'n', 'ه': 'h', 'ۀ': 'a', 'ھ': 'h', 'ڤ': 'v', 'ٹ': 't', 'ڈ': 'd', 'ڑ': 'r', 'ں': 'n', 'ے': 'e',
  // Short-vowel marks, when written; the others (sukun, shadda, tanwin) are not read.
  '\u064e': 'a', '\u0650': 'i', '\u064f': 'u', '\u0670': 'a',
};

const WAW = new Set(['و']);
const YA = new Set(['ي', 'ی', 'ې', 'ۍ']);
const ALEFS = new Set(['ا', 'أ', 'إ', 'آ', 'ٱ']);
/** Marks that say nothing of the letters (sukun, shadda, tanwin, small marks). */
const SILENT_MARK = /[\u064b-\u064d\u0651-\u065f\u06d6-\u06ed]/g;

/** Whether `ch` is a letter read as a vowel or a vowel's seat (so و or ی beside it is a consonant). */
function vowelSeat(ch: string | undefined): boolean {
  return ch !== undefined && (ALEFS.has(ch) || ch === 'ى' || ch === 'ة');
}

/** One word in Arabic script, romanised (see the module comment). */
function romaniseWord(word: string): string {
  let w = word.replace(SILENT_MARK, '');
  let article = '';
  // The article (ال, or ٱل), written apart, when a word follows it.
  if (w.length > 3 && (w.startsWith('ال') || w.startsWith('ٱل'))) {
    article = 'al ';
    w = w.slice(2);
  }
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i];
    const prev = i > 0 ? w[i - 1] : undefined;
    const next = i + 1 < w.length ? w[i + 1] : undefined;
    if (WAW.has(ch) || YA.has(ch)) {
      const consonant = i === 0 || vowelSeat(prev) || vowelSeat(next);
      out += WAW.has(ch) ? (consonant ? 'w' : 'u') : consonant ? 'y' : 'i';
      continue;
    }
    // An alef at a word's start before و or ی only seats their vowel (ایران iran, اوراق urak).
    if (i === 0 && ALEFS.has(ch) && next !== undefined && (WAW.has(next) || YA.has(next))) {
      out += YA.has(next) ? 'i' : 'u';
      i++;
      continue;
    }
    const latin = LETTERS[ch];
    out += latin ?? ch;
  }
  return article + out;
}

/** A run of letters with its Arabic-script words romanised; other letters are left as they are. */
export function romaniseArabic(run: string): string {
  return run.replace(ARABIC_WORD, (word) => {
    const read = romaniseWord(word);
    const at = read.lastIndexOf(' ');
    const known = knownByConsonants(read.slice(at + 1));
    // The article of a business word the name is read in English by (القابضة al qabida: holding)
    // is not kept: "Sham Holding", not "sham al holding" (a name's own article stays: al rajhi).
    return (at >= 0 && Object.hasOwn(TRANSLATIONS, known) ? '' : read.slice(0, at + 1)) + known;
  });
}
const ARABIC_WORD = /[\u0600-\u06ff\u0750-\u077f]+/g;
