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

const VOWELS = new Set([97, 101, 105, 111, 117, 121]); // a e i o u y

/** The sound key of a word, or '' when it has none (too short, not plain letters, too few consonants). */
export function soundKey(word: string): string {
  const n = word.length;
  if (n < SOUND_MIN_LENGTH) return '';
  let out = '';
  let prev = -1;
  let consonants = 0;
  const emit = (c: number, first: boolean): void => {
    if (c === prev) return;
    prev = c;
    if (VOWELS.has(c)) {
      if (first) out += String.fromCharCode(c);
      return;
    }
    consonants++;
    out += String.fromCharCode(c);
  };
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return '';
    const next = i + 1 < n ? word.charCodeAt(i + 1) : 0;
    const first = i === 0;
    // Digraphs and trigraphs of one sound.
    if (c === 107 && next === 104) { emit(104, first); i++; continue; } // kh -> h
    if (c === 112 && next === 104) { emit(102, first); i++; continue; } // ph -> f
    if (c === 115 && next === 104 && word.charCodeAt(i + 2) === 99 && word.charCodeAt(i + 3) === 104) { emit(115, first); emit(104, false); i += 3; continue; } // shch -> sh
    if (c === 115 && next === 99 && word.charCodeAt(i + 2) === 104) { emit(115, first); emit(104, false); i += 2; continue; } // sch -> sh
    if (c === 100 && next === 122 && word.charCodeAt(i + 2) === 104) { emit(106, first); i += 2; continue; } // dzh -> j
    if (c === 100 && next === 106) { emit(106, first); i++; continue; } // dj -> j
    if (c === 99 && next === 107) { emit(107, first); i++; continue; } // ck -> k
    if (c === 99 || c === 113) { emit(107, first); continue; } // c, q -> k
    if (c === 120) { emit(107, first); emit(115, false); continue; } // x -> ks
    if (c === 119) { emit(118, first); continue; } // w -> v
    emit(c, first);
  }
  return consonants >= SOUND_MIN_CONSONANTS ? out : '';
}

/** Two different words that sound alike by soundKey (both have a key and it is the same). */
export function soundAlike(a: string, b: string): boolean {
  if (a === b) return false;
  const ka = soundKey(a);
  return ka !== '' && ka === soundKey(b);
}
