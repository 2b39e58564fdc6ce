/**
 * How a word sounds, for the spellings transliteration gives one name: Hezbollah / Hizballah,
 * Mohammed / Muhammad, Ukrzaliznytsia / Ukrzaliznitsya, Sovcombank / Sovkombank, Khalyk / Halyk.
 * Romanisations of Arabic, Persian, Russian and Ukrainian disagree mostly on vowels, on doubled
 * letters and on a few consonant spellings; the consonants in order agree. Pure, allocation-light
 * (one pass, no regex: it runs for every fund-file word the list does not use).
 *
 * The key: lower-case ASCII letters only; kh -> h, ph -> f, ck / c / q -> k, x -> ks, w -> v,
 * shch / sch -> sh, dzh / dj -> j; then every vowel (a e i o u y) dropped but a first letter, and a
 * letter repeating the one before it dropped. Words of other characters (digits, Han) have none.
 */

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

/** The letter a word's sound key starts with (c/q/x -> k, w -> v; ph -> f and kh -> h by their first letter's class). */
function firstSound(word: string): number {
  const c = word.charCodeAt(0);
  const next = word.charCodeAt(1);
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
