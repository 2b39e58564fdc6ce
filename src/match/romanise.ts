/**
 * Romanisation rules any-ascii cannot apply, because it reads one character at a time: the
 * systems that name a sound by a letter's neighbours. Applied to a run of letters before
 * any-ascii (transliterate in normalise.ts), which then reads whatever is left. Pure.
 *
 * - Japanese kana in modified Hepburn, the system Japanese companies romanise their names in:
 *   a small tsu doubles the consonant after it (キッコーマン = Kikkoman, ニッサン = Nissan,
 *   マッチャ = matcha), a small ya / yu / yo joins the syllable before it (シャ = sha, キョ = kyo,
 *   ヒュ = hyu), a small vowel makes the loanword syllables (ファ = fa, ティ = ti, ウィ = wi), and the
 *   long-vowel mark ー is dropped as Hepburn without macrons drops it (コーヒー = kohi).
 *   (any-ascii: kitkoman, shiyapu, fuamirimato.)
 * - Cyrillic: a word with a letter only Ukrainian has (і ї є ґ) is written in Ukraine's national
 *   system (KMU 2010: и = y, г = h, ї = yi/i, я = ya/ia; Укрзалізниця = Ukrzaliznytsia,
 *   Київстар = Kyivstar), the one Ukrainian companies and the state use; other words keep the
 *   Russian-based reading (Нафтогаз = Naftogaz, ПриватБанк = PrivatBank, as those companies write
 *   themselves). A ъ that is not a hard sign before е ё ю я is the Bulgarian vowel, written a
 *   (Българска = Balgarska); Russian uses ъ only as that sign (Объединённая).
 */

const KANA_RUN = /[\u3041-\u30ff]/;
const CYRILLIC = /[\u0400-\u04ff]/;

/** Katakana syllables by code point (hiragana is read as katakana: the same sounds, 0x60 lower). */
const SYLLABLE = new Map<string, string>();
const ROWS: ReadonlyArray<[string, readonly string[]]> = [
  ['アイウエオ', ['a', 'i', 'u', 'e', 'o']],
  ['カキクケコ', ['ka', 'ki', 'ku', 'ke', 'ko']],
  ['ガギグゲゴ', ['ga', 'gi', 'gu', 'ge', 'go']],
  ['サシスセソ', ['sa', 'shi', 'su', 'se', 'so']],
  ['ザジズゼゾ', ['za', 'ji', 'zu', 'ze', 'zo']],
  ['タチツテト', ['ta', 'chi', 'tsu', 'te', 'to']],
  ['ダヂヅデド', ['da', 'ji', 'zu', 'de', 'do']],
  ['ナニヌネノ', ['na', 'ni', 'nu', 'ne', 'no']],
  ['ハヒフヘホ', ['ha', 'hi', 'fu', 'he', 'ho']],
  ['バビブベボ', ['ba', 'bi', 'bu', 'be', 'bo']],
  ['パピプペポ', ['pa', 'pi', 'pu', 'pe', 'po']],
  ['マミムメモ', ['ma', 'mi', 'mu', 'me', 'mo']],
  ['ヤユヨ', ['ya', 'yu', 'yo']],
  ['ラリルレロ', ['ra', 'ri', 'ru', 're', 'ro']],
  ['ワヰヱヲンヴ', ['wa', 'i', 'e', 'o', 'n', 'vu']],
  ['ヷヸヹヺ', ['va', 'vi', 've', 'vo']],
  ['ヵヶ', ['ka', 'ke']],
];
for (const [chars, sounds] of ROWS) for (let k = 0; k < chars.length; k++) SYLLABLE.set(chars[k], sounds[k]);
/** Small ya, yu, yo: they join the syllable before (キャ = kya, シャ = sha). */
const SMALL_Y: Readonly<Record<string, string>> = { ャ: 'a', ュ: 'u', ョ: 'o' };
/** Small vowels: they replace the vowel of the syllable before (ファ = fa, ティ = ti, ウィ = wi). */
const SMALL_VOWEL: Readonly<Record<string, string>> = { ァ: 'a', ィ: 'i', ゥ: 'u', ェ: 'e', ォ: 'o', ヮ: 'a' };
const SOKUON = 'ッ';
const LONG_MARK = 'ー';

function katakana(ch: string): string {
  const c = ch.charCodeAt(0);
  return c >= 0x3041 && c <= 0x3096 ? String.fromCharCode(c + 0x60) : ch;
}

/** The syllable of kana[i] with any small kana after it, and how many characters it took. */
function syllableAt(kana: readonly string[], i: number): [string, number] {
  const base = SYLLABLE.get(kana[i]);
  if (base === undefined) return ['', 0];
  const next = kana[i + 1];
  if (next !== undefined && SMALL_Y[next] !== undefined && base.endsWith('i') && base.length > 1) {
    // キャ kya, ギョ gyo; シャ sha, チュ chu, ジョ jo (their i already carries the y).
    const stem = base.slice(0, -1);
    return [(stem.endsWith('sh') || stem.endsWith('ch') || stem === 'j' ? stem : `${stem}y`) + SMALL_Y[next], 2];
  }
  if (next !== undefined && SMALL_VOWEL[next] !== undefined) {
    // ウィ wi, ウェ we; ファ fa, ティ ti, ディ di, ツァ tsa, ヴァ va, シェ she, チェ che.
    if (base === 'u') return [`w${SMALL_VOWEL[next]}`, 2];
    const stem = base === 'vu' ? 'v' : base.replace(/[aiueo]$/, '');
    return [stem + SMALL_VOWEL[next], 2];
  }
  return [base, 1];
}

/** A run of letters with its kana in modified Hepburn; other characters are left as they are. */
function romaniseKana(run: string): string {
  const chars = Array.from(run);
  const kana = chars.map(katakana);
  let out = '';
  for (let i = 0; i < kana.length; ) {
    const ch = kana[i];
    if (ch === LONG_MARK) {
      i++;
      continue;
    }
    if (ch === SOKUON) {
      // The next syllable's first consonant, doubled (ch is doubled as tch: マッチャ = matcha); a
      // small tsu before a vowel, another sign or the end is a glottal stop Hepburn does not write.
      const [next] = i + 1 < kana.length ? syllableAt(kana, i + 1) : [''];
      if (next !== '' && !/^[aiueon]/.test(next)) out += next.startsWith('ch') ? 't' : next[0];
      i++;
      continue;
    }
    const [syllable, took] = syllableAt(kana, i);
    if (took === 0) {
      out += chars[i];
      i++;
      continue;
    }
    out += syllable;
    i += took;
  }
  return out;
}

/** Letters only Ukrainian writes (і ї є ґ): the word is Ukrainian. */
const UKRAINIAN_ONLY = /[іїєґ]/i;
/** KMU 2010, word-initial and elsewhere (є ї й ю я differ at the start of a word). */
const UKRAINIAN: Readonly<Record<string, string | [string, string]>> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: ['ye', 'ie'], ж: 'zh', з: 'z', и: 'y', і: 'i', ї: ['yi', 'i'],
  й: ['y', 'i'], к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh',
  ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: ['yu', 'iu'], я: ['ya', 'ia'], 'ʼ': '', "'": '', '’': '',
};

function romaniseUkrainianWord(word: string): string {
  let out = '';
  for (let k = 0; k < word.length; k++) {
    const ch = word[k];
    const lower = ch.toLowerCase();
    const t = UKRAINIAN[lower];
    if (t === undefined) {
      out += ch;
      continue;
    }
    let latin = typeof t === 'string' ? t : t[k === 0 ? 0 : 1];
    // зг is written zgh, not zh (Згурський = Zghurskyi).
    if (lower === 'г' && k > 0 && word[k - 1].toLowerCase() === 'з') latin = 'gh';
    out += ch !== lower && latin.length > 0 ? latin[0].toUpperCase() + latin.slice(1) : latin;
  }
  return out;
}

/** Cyrillic words Ukraine's way when they are Ukrainian; a ъ that is a vowel (Bulgarian) as a. */
function romaniseCyrillic(run: string): string {
  return run.replace(/[\p{L}\p{M}ʼ]+/gu, (word) => {
    if (UKRAINIAN_ONLY.test(word)) return romaniseUkrainianWord(word);
    return word.includes('ъ') || word.includes('Ъ') ? word.replace(/[ъЪ](?![еёюяЕЁЮЯ])/g, (c) => (c === 'ъ' ? 'a' : 'A')) : word;
  });
}

/**
 * A run of letters with the neighbour-dependent romanisations applied (kana in Hepburn, Ukrainian
 * words in KMU 2010, Bulgarian ъ); whatever is left (other scripts, any character these rules do
 * not know) is for any-ascii.
 */
export function romaniseContext(run: string): string {
  let out = run;
  if (KANA_RUN.test(out)) out = romaniseKana(out);
  if (CYRILLIC.test(out)) out = romaniseCyrillic(out);
  return out;
}
