/**
 * Arabic script (Arabic, Persian, Urdu letters) in Latin letters, as companies and lists romanise
 * their names: the letters for the long vowels are read as vowels (ا a, و u, ی i: بانک پاسارگاد =
 * bank pasargad, المراعي = al marai), not dropped as any-ascii drops alef (bnk psrgd). The
 * script writes short vowels only as optional marks: a word written without them keeps only its
 * consonants and long vowels (مصرف msrf = masraf, قطر qtr = Qatar); such words are compared by
 * their consonants (abjadSkeleton, the `abjad` rule in score.ts). Read word by word, pure.
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

/**
 * A word's consonants as both scripts write them: vowels dropped (a e i o u; the short ones Arabic
 * script does not write, the long ones Latin spellings write variously: Mellat / mlt, Khodro /
 * khudru), letters that romanisations write two ways folded to one (q gh c k as k, w as v, th as s,
 * dh as z, x as ks), a letter written twice once. '' for a word of fewer than three such letters:
 * too little to tell words apart.
 */
export function abjadSkeleton(word: string): string {
  let out = '';
  let last = '';
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    const next = word[i + 1];
    let c: string;
    if (ch === 'a' || ch === 'e' || ch === 'i' || ch === 'o' || ch === 'u' || ch === "'") continue;
    if ((ch === 'g' && next === 'h') || ((ch === 't' || ch === 'd') && next === 'h')) {
      c = ch === 'g' ? 'k' : ch === 't' ? 's' : 'z';
      i++;
    } else if (ch === 'q' || ch === 'c') c = 'k';
    else if (ch === 'w') c = 'v';
    else if (ch === 'x') c = 'ks';
    else if (ch >= 'a' && ch <= 'z') c = ch;
    else return '';
    if (c === last) continue;
    out += c;
    last = c;
    n += c.length;
  }
  return n >= 3 ? out : '';
}

/** Two words, one read from Arabic script, whose consonants agree (abjadSkeleton: three at least). */
export function abjadAlike(a: string, b: string): boolean {
  const k = abjadSkeleton(a);
  return k !== '' && k === abjadSkeleton(b);
}

/**
 * Words of Arabic and Persian company names that lists and fund files write in Latin letters
 * (the business words of TRANSLATIONS, and bank, which Arabic writes بنك, without a vowel): a word
 * written in the script without its short vowels is read as the one of these that has its
 * consonants (مصرف msrf = masraf, then translated: bank).
 */
const KNOWN_WORDS = ['masraf', 'bank', 'sharika', 'islami', 'tijari', 'watani', 'istithmar', 'tamweel'];
const KNOWN_BY_SKELETON: ReadonlyMap<string, string> = new Map(KNOWN_WORDS.map((w) => [abjadSkeleton(w), w]));

/** A run of letters with its Arabic-script words romanised; other letters are left as they are. */
export function romaniseArabic(run: string): string {
  return run.replace(ARABIC_WORD, (word) => {
    const read = romaniseWord(word);
    const at = read.lastIndexOf(' ');
    const known = KNOWN_BY_SKELETON.get(abjadSkeleton(read.slice(at + 1)));
    return known === undefined ? read : read.slice(0, at + 1) + known;
  });
}
const ARABIC_WORD = /[\u0600-\u06ff\u0750-\u077f]+/g;
