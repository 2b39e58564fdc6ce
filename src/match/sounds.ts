/**
 * How a word sounds, for the spellings transliteration gives one name: Hezbollah / Hizballah,
 * Mohammed / Muhammad, Ukrzaliznytsia / Ukrzaliznitsya, Sovcombank / Sovkombank, Khalyk / Halyk.
 * Romanisations of Arabic, Persian, Russian and Ukrainian disagree mostly on vowels, on doubled
 * letters and on a few consonant spellings; the consonants in order agree. Pure, allocation-light
 * (one pass, no regex: it runs for every fund-file word the list does not use).
 *
 * The key: lower-case ASCII letters only; kh -> h, ph -> f, c before e / i / y -> s (soft c, as
 * in English, French, Spanish, Portuguese: Siemence / Siemens), ck / c / q -> k, x -> ks, w -> v,
 * shch / sch -> sh, dzh / dj -> j; then every vowel (a e i o u y) dropped but a first letter, and a
 * letter repeating the one before it dropped. Words of other characters (digits, Han) have none.
 */
import { HASH_START, hashCode, hashText, type KeyFilter } from './key-filter.js';
import { readsAsPinyin } from './pinyin.js';
import { withinOneEdit } from './edits.js';

/** Fewer consonants than this say too little: two words that share them are not the same name (Bayer / Boyer). */
export const SOUND_MIN_CONSONANTS = 4;
/** Words shorter than this are never compared by sound. */
export const SOUND_MIN_LENGTH = 5;

/** 1 for a e i o u y. */
const VOWEL = new Uint8Array(128);
for (const c of 'aeiouy') VOWEL[c.charCodeAt(0)] = 1;
/** Scratch for the key's letters (words are short; a longer one is cut at its size). */
const KEY = new Uint16Array(64);

/**
 * Keys of list words already built: scoring asks for the same list words' keys alias after alias.
 * Bounded: emptied when full. (Fund-file words stay out: most are seen once, and would push the
 * list's words out; soundAlike keeps its first word's key instead, see there.)
 */
const KEYS = new Map<string, string>();
const KEYS_LIMIT = 50_000;

/** The sound key of a word, or '' when it has none (too short, not plain letters, too few consonants). */
export function soundKey(word: string): string {
  if (word.length < SOUND_MIN_LENGTH || word.length > KEY.length) return '';
  return buildSoundKey(word);
}

function cachedSoundKey(word: string): string {
  let key = KEYS.get(word);
  if (key === undefined) {
    if (KEYS.size >= KEYS_LIMIT) KEYS.clear();
    key = soundKey(word);
    KEYS.set(word, key);
  }
  return key;
}

/** The last first word soundAlike was asked about, and its key: a name's word is compared with each word of each candidate alias in turn. */
let lastWord = '';
let lastKey = '';

function buildSoundKey(word: string): string {
  const n = word.length;
  let len = 0;
  let prev = -1;
  let consonants = 0;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return '';
    const next = i + 1 < n ? word.charCodeAt(i + 1) : 0;
    // One sound, written one letter or several: its letter (and a second one for sh, ks).
    let out = c;
    let second = 0;
    if (c === 107 && next === 104) { out = 104; i++; } // kh -> h
    else if (c === 112 && next === 104) { out = 102; i++; } // ph -> f
    else if (c === 115 && next === 104 && word.charCodeAt(i + 2) === 99 && word.charCodeAt(i + 3) === 104) { out = 115; second = 104; i += 3; } // shch -> sh
    else if (c === 115 && next === 99 && word.charCodeAt(i + 2) === 104) { out = 115; second = 104; i += 2; } // sch -> sh
    else if (c === 100 && next === 122 && word.charCodeAt(i + 2) === 104) { out = 106; i += 2; } // dzh -> j
    else if (c === 100 && next === 106) { out = 106; i++; } // dj -> j
    else if (c === 99 && next === 107) { out = 107; i++; } // ck -> k
    else if (c === 99 && (next === 101 || next === 105 || next === 121)) out = 115; // c before e, i, y -> s
    else if (c === 99 || c === 113) out = 107; // c, q -> k
    else if (c === 120) { out = 107; second = 115; } // x -> ks
    else if (c === 119) out = 118; // w -> v
    // Vowels count only as a first letter; a letter repeating the one before is dropped.
    if (out !== prev) {
      if (VOWEL[out] === 0) { KEY[len++] = out; consonants++; } else if (len === 0 && prev === -1) KEY[len++] = out;
      prev = out;
    }
    if (second !== 0 && second !== prev) { KEY[len++] = second; consonants++; prev = second; }
  }
  if (consonants < SOUND_MIN_CONSONANTS) return '';
  // Letter by letter: spreading the scratch into fromCharCode costs several times more.
  let key = '';
  for (let k = 0; k < len; k++) key += String.fromCharCode(KEY[k]);
  return key;
}

/** The letter a word's sound key starts with (soft c -> s, c/q/x -> k, w -> v; ph -> f and kh -> h by their first letter's class). */
function firstSound(word: string): number {
  const c = word.charCodeAt(0);
  const next = word.charCodeAt(1);
  if (c === 99 && (next === 101 || next === 105 || next === 121)) return 115;
  if (c === 99 || c === 113 || c === 120) return 107;
  if (c === 119) return 118;
  if (c === 112 && next === 104) return 102;
  if (c === 107 && next === 104) return 104;
  return c;
}

/**
 * Two different words that sound alike by soundKey (both have a key and it is the same). The
 * keys are built only for words that start with one sound and differ in length by at most a
 * third: most pairs are told apart without building anything. `a` is the fund file's word, `b`
 * the list's.
 */
export function soundAlike(a: string, b: string): boolean {
  if (a === b || firstSound(a) !== firstSound(b)) return false;
  const d = a.length - b.length;
  if (d * 3 > a.length || -d * 3 > b.length) return false;
  if (a !== lastWord) {
    lastKey = soundKey(a);
    lastWord = a;
  }
  return lastKey !== '' && lastKey === cachedSoundKey(b);
}

/** A word and its keys, each built once (a name token keeps them: scoring asks alias after alias). */
export interface KeyedWord {
  text: string;
  /** soundKey, null until asked. */
  sound: string | null;
  /** translitKey, null until asked. */
  translit: string | null;
}

/** soundAlike for two name tokens: the same answer, each token's key built once and kept on it. */
export function soundAlikeWords(a: KeyedWord, b: KeyedWord): boolean {
  const at = a.text;
  const bt = b.text;
  if (at === bt || firstSound(at) !== firstSound(bt)) return false;
  const d = at.length - bt.length;
  if (d * 3 > at.length || -d * 3 > bt.length) return false;
  const ka = (a.sound ??= soundKey(at));
  return ka !== '' && ka === (b.sound ??= soundKey(bt));
}

/**
 * How one word is romanised by different systems: GOST and BGN/PCGN Russian, Ukraine's national
 * system, scholarly and German spellings, English brand spellings of the same letters, Hepburn's
 * long vowels. Keeps the vowels (unlike soundKey): it folds only the letters the systems write
 * differently, so two different words rarely share a key. Ukrainian г is h where Russian writes
 * g (Enerhoatom / Energoatom, Naftohaz); й ы и are y, i or j (Antey / Antei, Uralkaliy / Uralkali,
 * Promsviazbank / Promsvyazbank); х is kh, and brands write c, k, ck or q for к (Rostekh /
 * Rostec, Acron / Akron, Sovkomflot / Sovcomflot); ч ch, tch, tsch; щ shch, sch; ж zh; x = ks;
 * w = v; ph = f; gh = q (Persian ق, غ: Eghtesad / Eqtesad); Hepburn's ou = o; an adjective
 * ending -skiy, -sky, -skii, -skaya, -skoye is the place's name (Novolipetskiy / Novolipetsk); е after
 * a vowel ye or e (Mashinostroyeniya / Mashinostroeniya);
 * doubled letters once (Melli / Meli).
 */
export function translitKey(word: string): string {
  const len = fillTranslitKey(word);
  let key = '';
  for (let k = 0; k < len; k++) key += String.fromCharCode(KEY[k]);
  return key;
}

/**
 * translitKey(word) when `filter` may hold it (hashText of the key, HASH_START), else '': most
 * words of a fund file are no listed word's other spelling, and are told so without building a string.
 */
export function translitKeyIn(word: string, filter: KeyFilter): string {
  const len = fillTranslitKey(word);
  if (len === 0) return '';
  let h = HASH_START;
  for (let k = 0; k < len; k++) h = hashCode(h, KEY[k]);
  if (!filter.mayHave(h)) return '';
  let key = '';
  for (let k = 0; k < len; k++) key += String.fromCharCode(KEY[k]);
  return key;
}

/** translitKey's letters into KEY; their number (0: no key). */
function fillTranslitKey(word: string): number {
  const n0 = word.length;
  if (n0 < SOUND_MIN_LENGTH || n0 > KEY.length) return 0;
  return foldLetters(word, n0 - adjectiveEnding(word, n0));
}

/** The first `n` letters of `word` folded as translitKey folds them, into KEY; their number (0: a letter outside a-z). */
function foldLetters(word: string, n: number): number {
  let len = 0;
  let prev = -1;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return 0;
    // е after a vowel: ye in BGN/PCGN, e in GOST and the scholarly system (Mashinostroyeniya / Mashinostroeniya).
    if (c === 121 && i > 0 && i + 1 < n && word.charCodeAt(i + 1) === 101 && VOWEL[word.charCodeAt(i - 1)] === 1) continue;
    let out = SINGLE[c];
    if (DIGRAPH_START[c] === 1 && i + 1 < n) {
      const c1 = word.charCodeAt(i + 1);
      const c2 = i + 2 < n ? word.charCodeAt(i + 2) : 0;
      const c3 = i + 3 < n ? word.charCodeAt(i + 3) : 0;
      if (c === 115 && c1 === 104 && c2 === 99 && c3 === 104) { out = S; i += 3; } // shch
      else if (c === 115 && c1 === 99 && c2 === 104) { out = S; i += 2; } // sch
      else if (c === 115 && c1 === 104) { out = S; i++; } // sh
      else if (c === 116 && c1 === 115 && c2 === 99 && c3 === 104) { out = C; i += 3; } // tsch
      else if (c === 116 && c1 === 99 && c2 === 104) { out = C; i += 2; } // tch
      else if (c === 116 && (c1 === 115 || c1 === 122)) { out = TS; i++; } // ts, tz
      else if (c === 99 && c1 === 104) { out = C; i++; } // ch
      else if (c === 99 && (c1 === 101 || c1 === 105 || c1 === 121)) out = TS; // c before e i y = ts (Centrenergo / Tsentrenerho)
      else if (c === 100 && c1 === 122 && c2 === 104) { out = J; i += 2; } // dzh
      else if (c === 100 && c1 === 106) { out = J; i++; } // dj
      else if (c === 122 && c1 === 104) { out = Z; i++; } // zh
      else if (c === 107 && c1 === 104) i++; // kh = k
      else if (c === 99 && c1 === 107) i++; // ck = k
      else if (c === 112 && c1 === 104) { out = 102; i++; } // ph = f
      else if (c === 116 && c1 === 104) i++; // th: t
      else if (c === 103 && c1 === 104) { out = 107; i++; } // gh: k, as q (Persian ق, غ: Eghtesad / Eqtesad)
      else if (c === 111 && c1 === 117) i++; // ou = o (Hepburn's long o)
    }
    if (out !== prev) KEY[len++] = out;
    prev = out;
    if (c === 120) { KEY[len++] = 115; prev = 115; } // x = ks
  }
  return len;
}

/** Each letter's own fold: c q = k, h = g (Ukrainian г), x = k (then s), w = v, y j = i; others themselves. */
const SINGLE = new Uint8Array(128);
for (let c = 0; c < 128; c++) SINGLE[c] = c;
SINGLE[99] = 107; SINGLE[113] = 107; SINGLE[104] = 103; SINGLE[120] = 107; SINGLE[119] = 118; SINGLE[121] = 105; SINGLE[106] = 105;
/** Letters that may start a two-to-four-letter spelling of one sound (s t c d z k p g o). */
const DIGRAPH_START = new Uint8Array(128);
for (const ch of 'stcdzkpgo') DIGRAPH_START[ch.charCodeAt(0)] = 1;

/** Letters of a Russian or Ukrainian adjective ending after -sk- the key leaves out (Novolipetskiy: "iy"), else 0. */
function adjectiveEnding(word: string, n: number): number {
  for (let p = n - 5; p <= n - 3; p++) {
    if (p >= 3 && word.charCodeAt(p) === 115 && word.charCodeAt(p + 1) === 107 && ADJECTIVE_ENDINGS.has(word.slice(p))) return n - p - 2;
  }
  return 0;
}

/** Letters for the sounds some systems write with two (sh, ch, j as dzh, zh): outside a-z. */
const S = 83;
const C = 67;
/** ts, tz and a c before e i y (ц): Tsentr and Centr are one word. */
const TS = 84;
const J = 74;
const Z = 90;
/** Russian and Ukrainian adjective endings after -sk- (Novolipetskiy, Rossiyskaya), longest first. */
const ADJECTIVE_ENDINGS = new Set(['skaya', 'skaia', 'skaja', 'skoye', 'skogo', 'skiy', 'skii', 'skij', 'skyi', 'skyy', 'skoe', 'skoi', 'skoy', 'skoj', 'skyj', 'sky', 'ski', 'ska']);

/** A word's first sound's class of translitKey: ts and a c before e i y one (TS), else translitClass of its letter. */
function wordClass(w: string): number {
  const c = w.charCodeAt(0);
  const c1 = w.charCodeAt(1);
  if ((c === 116 && (c1 === 115 || c1 === 122)) || (c === 99 && (c1 === 101 || c1 === 105 || c1 === 121))) return TS;
  // gh and ph start the key with another letter's class (gh = q: Ghavamin / Qavamin; ph = f).
  if (c === 103 && c1 === 104) return 107;
  if (c === 112 && c1 === 104) return 102;
  return translitClass(c);
}

/** The first letter's class of translitKey (c q k, g h, v w, i j y): words of other classes never share a key. */
function translitClass(c: number): number {
  if (c === 99 || c === 113) return 107;
  if (c === 104) return 103;
  if (c === 119) return 118;
  if (c === 121 || c === 106) return 105;
  return c;
}

/**
 * Two different words that are one word in two romanisations (translitKey). Keys are built only
 * for words whose first letters are of one class and whose lengths differ by at most four letters
 * and a third, and kept on the word. `a` is the fund file's word, `b` the list's.
 */
export function transliterationsOf(a: KeyedWord, b: KeyedWord): boolean {
  const at = a.text;
  const bt = b.text;
  if (at === bt) return false;
  const a0 = at.charCodeAt(0);
  const b0 = bt.charCodeAt(0);
  const sameClass = wordClass(at) === wordClass(bt);
  if (!sameClass && koreanFirst(a0) !== koreanFirst(b0)) return false;
  const d = at.length - bt.length;
  if (d > 4 || d < -4 || d * 3 > at.length || -d * 3 > bt.length) return false;
  if (sameClass) {
    const ka = (a.translit ??= translitKey(at));
    if (ka !== '' && ka === (b.translit ??= translitKey(bt))) return true;
  }
  // One Korean word in two of its romanisations (Rotde / Lotte, Geumho / Kumho).
  return koreanSpellings(at, bt);
}

/**
 * One word in two romanisations that write a vowel otherwise besides (vowelVariant): the vowels
 * short vowels and unstressed ones are written with differ most between systems and between the
 * spellings names keep (Persian and Arabic damma as o or u, kasra as e or i: Qods / Quds, Hoda /
 * Huda; Belarusian akanye, o written a: Hrodna / Grodno, with Belarusian h for g; a vowel dropped:
 * Tsentrkredit / CenterCredit). The key: translitKey's folds (4+ letters), then its consonants only
 * (a first vowel kept), at least three; two words of one key whose folds are one vowel apart are
 * such a pair, four consonants at least in a word of five letters or more, and in a word of four
 * only o for u or e for i. Shorter or with fewer consonants, a vowel apart is another word as often
 * (Bonn / Bunn, Dena / Dana, Canaan / Canon).
 */
export const VOWEL_VARIANT_MIN = 4;
const VOWEL_VARIANT_MIN_CONSONANTS = 3;
/** Marks a vowelKey among translitKeys in one index (a translitKey never starts with it). */
export const VOWEL_KEY_MARK = '%';

/** translitKey's letters of a word of VOWEL_VARIANT_MIN+ letters into KEY; their number (0: none). */
function fillVowelFold(word: string): number {
  const n = word.length;
  if (n < VOWEL_VARIANT_MIN || n > KEY.length) return 0;
  return foldLetters(word, n - adjectiveEnding(word, n));
}

/** The consonants of the fold in KEY[0..len) (a first vowel kept) into KEY after it; their number, 0 when too few. */
function skeletonAfter(len: number): number {
  let out = 0;
  let consonants = 0;
  for (let k = 0; k < len; k++) {
    const c = KEY[k];
    if (c < 128 && VOWEL[c] === 1 && c !== 121) {
      if (k === 0) KEY[len + out++] = c;
      continue;
    }
    KEY[len + out++] = c;
    consonants++;
  }
  return consonants < VOWEL_VARIANT_MIN_CONSONANTS ? 0 : out;
}

/** The vowel key of a word (VOWEL_KEY_MARK + its fold's consonants), or '' when it has none. */
export function vowelKey(word: string): string {
  const len = fillVowelFold(word);
  if (len === 0 || len * 2 > KEY.length) return '';
  const m = skeletonAfter(len);
  if (m === 0) return '';
  let key = VOWEL_KEY_MARK;
  for (let k = 0; k < m; k++) key += String.fromCharCode(KEY[len + k]);
  return key;
}

/** vowelKey(word) when `filter` may hold it, else '' (most words are told so without building a string). */
export function vowelKeyIn(word: string, filter: KeyFilter): string {
  const len = fillVowelFold(word);
  if (len === 0 || len * 2 > KEY.length) return '';
  const m = skeletonAfter(len);
  if (m === 0) return '';
  let h = hashCode(HASH_START, VOWEL_KEY_MARK.charCodeAt(0));
  for (let k = 0; k < m; k++) h = hashCode(h, KEY[len + k]);
  if (!filter.mayHave(h)) return '';
  let key = VOWEL_KEY_MARK;
  for (let k = 0; k < m; k++) key += String.fromCharCode(KEY[len + k]);
  return key;
}

function foldString(word: string): string {
  const len = fillVowelFold(word);
  let out = '';
  for (let k = 0; k < len; k++) out += String.fromCharCode(KEY[k]);
  return out;
}

/** The pairs of vowels a 4-letter word may write otherwise (o u, e i): in so short a word another vowel is another word as often. */
function shortVowelPair(a: string, b: string): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    return (x === 'o' && y === 'u') || (x === 'u' && y === 'o') || (x === 'e' && y === 'i') || (x === 'i' && y === 'e');
  }
  return false;
}

/**
 * Two different words that are one word in two romanisations with one vowel written otherwise
 * (see VOWEL_VARIANT_MIN): first letters of one class, one vowel key, folds one vowel apart (a
 * vowel changed, added or dropped); a word of four letters only with o for u or e for i, one
 * letter changed. `a` is the fund file's word, `b` the list's.
 */
export function vowelVariant(a: string, b: string): boolean {
  // (Two pinyin syllables a vowel apart are two characters, not two romanisations: neng / ning, deng / ding.)
  if (!vowelsMayVary(a, b) || (readsAsPinyin(a) && readsAsPinyin(b))) return false;
  const ka = vowelKey(a);
  if (ka === '' || ka !== vowelKey(b)) return false;
  const fa = foldString(a);
  const fb = foldString(b);
  if (fa === fb) return false;
  if (Math.min(a.length, b.length) === VOWEL_VARIANT_MIN) return a.length === b.length && fa.length === fb.length && shortVowelPair(fa, fb);
  // A longer word needs four consonants, as soundKey does: with three, a vowel apart is another
  // name as often (CANAAN / Canon, a vowel doubled and another changed).
  return ka.length - 1 - (VOWEL[ka.charCodeAt(1)] === 1 ? 1 : 0) >= SOUND_MIN_CONSONANTS && withinOneEdit(fa, fb);
}

/** What vowelVariant asks first, without a key (most pairs part there): two words of one first class and of lengths two apart at most. */
function vowelsMayVary(a: string, b: string): boolean {
  const d = a.length - b.length;
  return a !== b && d <= 2 && d >= -2 && wordClass(a) === wordClass(b);
}

/**
 * Korean words in the romanisations Korean companies write: Revised Romanisation (RR, the state's
 * since 2000), McCune-Reischauer without its marks (MR) and the older ad hoc spellings brands keep
 * (Hyundai = hyeondae, Samsung = samseong, Lotte = rotde, Doosan = dusan, Kookmin = gungmin,
 * Shinhan = sinhan, Hanwha = hanhwa, Kumho = geumho). The systems write one Hangul letter with
 * letters of a pair: ㄱ g / k, ㄷ d / t, ㅂ b / p, ㅈ j / ch, ㄹ r / l, ㅅ s / sh, ㅓ ㅡ eo, eu, u,
 * o-o; ㅐ ae / ai; ㅘ after ㅎ wa written wha; RR writes ㄱ before ㅁ ㄴ as pronounced (ng: gungmin)
 * where brands keep the letter (Kookmin). koreanKey folds each pair to one letter, doubled letters
 * once, for a word that reads wholly as Korean syllables (koreanSyllables) and not as pinyin; ''
 * for any other word. Pinyin and Korean share many syllables, and the lists name Chinese companies
 * in pinyin: folded so, Geling would be Kering. A Korean word that reads as pinyin (Dusan) is left
 * to the other keys.
 * Such a key is loose (a Korean word's letter pairs are one letter, so two brands may share one):
 * a match through it is review at most (`transliterated`), and it is asked only of two words
 * that are no typo of each other and whose first letters fold alike.
 */
export function koreanKey(word: string): string {
  if (word.length < SOUND_MIN_LENGTH || word.length > KOREAN_MAX || !koreanLetters(word)) return '';
  let key = KOREAN_KEYS.get(word);
  if (key !== undefined) return key;
  key = !readsAsPinyin(word) && koreanSyllables(word) ? foldKorean(word) : '';
  if (KOREAN_KEYS.size >= KOREAN_KEYS_LIMIT) KOREAN_KEYS.clear();
  KOREAN_KEYS.set(word, key);
  return key;
}
const KOREAN_MAX = 24;

/**
 * Whether a word has only letters Korean romanisations write, never three consonants in a row
 * (at most a final, then an initial of two letters: ngch, lkk are not read so). Cheap: most words
 * of a fund file fail here and ask no more.
 */
function koreanLetters(word: string): boolean {
  let run = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const k = c - 97;
    if (k < 0 || k > 25) return false;
    const cls = KOREAN_LETTER[k];
    if (cls === 0) return false;
    if (cls === 2) {
      if (++run > 4) return false;
    } else run = 0;
  }
  return true;
}
/** a-z: 0 never in Korean romanisations (f q v x z; c only in ch, checked by the syllables), 1 vowel (and w y), 2 consonant. */
const KOREAN_LETTER = new Uint8Array(26);
for (const ch of 'aeiouwy') KOREAN_LETTER[ch.charCodeAt(0) - 97] = 1;
for (const ch of 'bcdghjklmnprst') KOREAN_LETTER[ch.charCodeAt(0) - 97] = 2;
/** Marks a koreanKey among translitKeys in one index (a translitKey never starts with it). */
export const KOREAN_KEY_MARK = '#';

/** KOREAN_KEY_MARK + koreanKey(word) when `filter` may hold it, else ''. */
export function koreanKeyIn(word: string, filter: KeyFilter): string {
  const k = koreanKey(word);
  if (k === '') return '';
  const marked = KOREAN_KEY_MARK + k;
  return filter.mayHave(hashText(HASH_START, marked)) ? marked : '';
}
/** koreanKey's answers by word (most words asked are asked again, pair after pair); cleared when full. */
const KOREAN_KEYS = new Map<string, string>();
const KOREAN_KEYS_LIMIT = 50_000;

/** Initials, vowels and finals the romanisations write (wh as hw: Hanwha), longest first. */
const K_INITIALS = ['kk', 'tt', 'pp', 'ss', 'jj', 'tch', 'ch', 'sh', 'hw', 'g', 'k', 'n', 'd', 't', 'r', 'l', 'm', 'b', 'p', 's', 'j', 'h', ''];
const K_VOWELS = ['yae', 'yeo', 'wae', 'ae', 'ai', 'ya', 'eo', 'eu', 'ye', 'yo', 'wa', 'oe', 'wo', 'we', 'wi', 'yu', 'ui', 'oo', 'a', 'e', 'i', 'o', 'u'];
const K_FINALS = ['ng', 'k', 'n', 't', 'l', 'm', 'p', ''];

/** Whether a word (a-z) is a sequence of Korean syllables as romanised (initial, vowel, final). */
export function koreanSyllables(word: string): boolean {
  const w = word.replace(/wh/g, 'hw');
  const n = w.length;
  // ok[i]: w[0..i) is whole syllables.
  const ok = new Uint8Array(n + 1);
  ok[0] = 1;
  for (let i = 0; i < n; i++) {
    if (!ok[i]) continue;
    for (const a of K_INITIALS) {
      if (!w.startsWith(a, i)) continue;
      const j = i + a.length;
      for (const v of K_VOWELS) {
        if (!w.startsWith(v, j)) continue;
        const k = j + v.length;
        for (const f of K_FINALS) if (w.startsWith(f, k)) ok[k + f.length] = 1;
      }
    }
  }
  return ok[n] === 1;
}

/** The letters of a Korean word with each pair of koreanKey folded to one, doubled letters once. */
function foldKorean(word: string): string {
  const w = word
    .replace(/wh/g, 'hw')
    .replace(/ng(?=[mn])/g, 'k') // gungmin = kookmin: RR writes the nasal it hears
    .replace(/eo|eu|oo/g, 'u')
    .replace(/ai/g, 'ae')
    .replace(/t?ch|jj|j/g, 'c')
    .replace(/sh/g, 's')
    .replace(/g/g, 'k')
    .replace(/d/g, 't')
    .replace(/b/g, 'p')
    .replace(/r/g, 'l');
  let out = '';
  for (const ch of w) if (ch !== out[out.length - 1]) out += ch;
  return out;
}

/** The fold class of a Korean word's first or last letter (g k, d t, b p, j c, r l; vowels, w, y one class). */
function koreanFirst(c: number): number {
  switch (c) {
    case 103: return 107; // g = k
    case 100: return 116; // d = t
    case 98: return 112; // b = p
    case 106: return 99; // j = ch
    case 114: return 108; // r = l
    case 101: case 105: case 111: case 117: case 119: case 121: return 97; // vowels, w, y
    default: return c;
  }
}

/**
 * Per pair of first letters a-z (26 * one + other): 1 when two words so starting may agree in the
 * first sound transliterationsOf (wordClass, koreanFirst) or soundAlike (firstSound) reads,
 * whatever letter follows; 0 when neither can pair them. Asked of those functions for every start
 * of two letters (the second one a-z or another character), once.
 */
const STARTS_MAY_AGREE: Uint8Array = (() => {
  const letters = [...'abcdefghijklmnopqrstuvwxyz'];
  // Per first letter: the first sounds its words may be read as, whatever letter follows.
  const reads = letters.map((first) => {
    const starts = [...letters, '-'].map((second) => first + second);
    return { classes: new Set(starts.map(wordClass)), sounds: new Set(starts.map(firstSound)), korean: koreanFirst(first.charCodeAt(0)) };
  });
  const share = (x: ReadonlySet<number>, y: ReadonlySet<number>) => [...x].some((v) => y.has(v));
  const table = new Uint8Array(26 * 26);
  for (let a = 0; a < 26; a++) {
    for (let b = 0; b < 26; b++) {
      const x = reads[a];
      const y = reads[b];
      if (share(x.classes, y.classes) || share(x.sounds, y.sounds) || x.korean === y.korean) table[26 * a + b] = 1;
    }
  }
  return table;
})();

/**
 * Two words may be paired by transliterationsOf or soundAlike as far as their first letters say:
 * false for most pairs of words (their first letters fold to no one sound), told without asking either.
 */
export function startsMayAgree(a: string, b: string): boolean {
  const x = a.charCodeAt(0) - 97;
  const y = b.charCodeAt(0) - 97;
  return x < 0 || x > 25 || y < 0 || y > 25 || STARTS_MAY_AGREE[26 * x + y] === 1;
}

/** A word's first and last letters' fold classes as one number: two spellings of one Korean word share it. */
export function koreanEnds(word: string): number {
  return koreanFirst(word.charCodeAt(0)) * 128 + koreanFirst(word.charCodeAt(word.length - 1));
}

/**
 * Two words that are one Korean word in two romanisations (koreanKey). `b` is the list's word,
 * asked first: a list's few words come again and again, and most have no key.
 */
export function koreanSpellings(a: string, b: string): boolean {
  if (koreanEnds(a) !== koreanEnds(b)) return false;
  const kb = koreanKey(b);
  return kb !== '' && kb === koreanKey(a);
}

/**
 * Keys of a word read as a romanised Russian adjective and as the English word it is made like
 * (cognates, which lists write for one another: Traktornyy / Tractor, Mekhanicheskiy / Mechanical,
 * Baltiyskiy / Baltic, Mozyrskiy / Mozyr, Aviatsionnyy / Aviation, TeleSistemy / TeleSystems):
 * the word without its inflection (-iy, -yy, -aya, -oye, -ye, -y ...) and without the suffix that
 * makes the adjective (-sk-, -n-, -ichesk-), and without an English ending (-ical, -ic, -al, -ian,
 * -s, -e); -tsi- read -ti- (-tsiya, -tion), kh and ch read k, then translitKey's folds. Keys of
 * four letters or more. Loose by design: asked only of two words no typo, sound or romanisation
 * pairs, and a match through it is review at most (the `cognate` rule).
 */
export function cognateKeys(word: string): readonly string[] {
  let keys = COGNATE_KEYS.get(word);
  if (keys !== undefined) return keys;
  keys = mayHaveCognateKeys(word) ? buildCognateKeys(word) : [];
  if (COGNATE_KEYS.size >= KEYS_LIMIT) COGNATE_KEYS.clear();
  COGNATE_KEYS.set(word, keys);
  return keys;
}
const COGNATE_KEYS = new Map<string, readonly string[]>();

/** Russian adjective and plural inflections (romanised), longest first. */
const RU_INFLECTIONS = ['iye', 'yye', 'aya', 'aia', 'oye', 'ogo', 'ykh', 'ikh', 'iy', 'yy', 'ii', 'yi', 'ij', 'yj', 'oe', 'ye', 'ie', 'y'];
/** English endings of the word a Russian adjective is made like, longest first. */
const EN_ENDINGS = ['ical', 'ian', 'ic', 'al', 's', 'e'];

/**
 * Whether a word may have cognate keys: letters a-z, five or more, and not longer than a key holds
 * with an ending (a longer word's stems are never folded: it is not read at all).
 */
export function mayHaveCognateKeys(word: string): boolean {
  return word.length >= SOUND_MIN_LENGTH && word.length <= KEY.length + 8 && /^[a-z]+$/.test(word);
}

/** `s` without the run of `ch` it ends in (a loop: an end-anchored pattern is tried at every position). */
function trimEnd(s: string, ch: string): string {
  let n = s.length;
  while (n > 0 && s[n - 1] === ch) n--;
  return s.slice(0, n);
}

/** The keys themselves (cognateKeys memoises them; cognateIndex of a list builds them directly). */
export function buildCognateKeys(word: string): string[] {
  const stems = new Set<string>([word]);
  const inflection = RU_INFLECTIONS.find((e) => word.length - e.length >= 4 && word.endsWith(e));
  if (inflection !== undefined) {
    const r = word.slice(0, -inflection.length);
    stems.add(r);
    if (r.endsWith('ichesk')) stems.add(r.slice(0, -6));
    else if (r.endsWith('chesk')) stems.add(r.slice(0, -5));
    else if (r.endsWith('sk')) stems.add(trimEnd(r.slice(0, -2), 'i'));
    else if (r.endsWith('n') && inflection !== 'y') stems.add(trimEnd(r, 'n'));
  }
  for (const s of [...stems]) {
    const e = EN_ENDINGS.find((x) => s.length - x.length >= 4 && s.endsWith(x));
    if (e !== undefined) stems.add(s.slice(0, -e.length));
  }
  const keys = new Set<string>();
  for (const s of stems) {
    const folded = s.replace(/tsi/g, 'ti').replace(/[kc]h/g, 'k');
    if (folded.length > KEY.length) continue;
    const len = foldLetters(folded, folded.length);
    let key = '';
    for (let k = 0; k < len; k++) key += String.fromCharCode(KEY[k]);
    key = trimEnd(key, 'i');
    if (key.length >= 4) keys.add(key);
  }
  return [...keys];
}

/**
 * Whether a word ends as a romanised Russian adjective does (-sk- or -n- and an inflection:
 * Baltiyskiy, Traktornyy, Mobilnye) or a plural (-y after a consonant: TeleSistemy): the only words
 * of a fund file whose cognate keys are looked up (most words are not, and are told so here).
 */
export function endsAsRussianAdjective(word: string): boolean {
  // (Every such ending ends in one of a e o h y i j: most words are told by their last letter.)
  const last = word.charCodeAt(word.length - 1);
  return last < 128 && INFLECTION_LAST[last] === 1 && RUSSIAN_ADJECTIVE.test(word);
}
const INFLECTION_LAST = new Uint8Array(128);
for (const ch of 'aeohyij') INFLECTION_LAST[ch.charCodeAt(0)] = 1;
const RUSSIAN_ADJECTIVE = /(?:sk|n)(?:iye|yye|aya|aia|oye|ogo|ykh|ikh|iy|yy|ii|yi|ij|yj|oe|ye|ie)$|[bcdfgklmnprstvz]y$/;
/**
 * The adjective endings alone, and -chesky, -iysky as BGN/PCGN and others write -cheskiy, -iyskiy
 * (not the plural -y after a consonant, nor any -sky: English words end so too, Hennessy, Starrysky).
 */
const RUSSIAN_ADJECTIVE_ONLY = /(?:sk|n)(?:iye|yye|aya|aia|oye|ogo|ykh|ikh|iy|yy|ii|yi|ij|yj|oe|ye|ie)$|(?:chesk|iysk|iisk)[yi]$/;

/** `ru` ends as a Russian adjective, or as a Russian plural against an English plural `en`. */
function cognateEnds(ru: string, en: string): boolean {
  if (!endsAsRussianAdjective(ru)) return false;
  return RUSSIAN_ADJECTIVE_ONLY.test(ru) || en.charCodeAt(en.length - 1) === 115;
}

/**
 * Two different words that share a cognate key (cognateKeys): they start with one letter, one of
 * them ends as a Russian adjective does, or as a plural (-y after a consonant) where the other is an
 * English plural (-s: TeleSistemy / TeleSystems, not Hennessy / Genesis). Cheap tests first: this
 * is asked of pairs of distinctive words no typo or sound pairs.
 */
export function cognatesOf(a: string, b: string): boolean {
  if (a === b || a.charCodeAt(0) !== b.charCodeAt(0)) return false;
  if (!cognateEnds(a, b) && !cognateEnds(b, a)) return false;
  const kb = cognateKeys(b);
  if (kb.length === 0) return false;
  for (const k of cognateKeys(a)) if (kb.includes(k)) return true;
  return false;
}
