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
 * - Hangul in Revised Romanisation, cut into words (readHangulRun, below).
 * - Arabic script with its long vowels read and the article apart (arabic-script.ts), Hebrew
 *   with its vowel letters read (hebrew-script.ts).
 * - Greek in ELOT 743 where it reads a letter by its neighbours (ου ou, αυ av/af; romaniseGreek).
 */

import { KOREAN_WORDS } from './vocabulary.js';
import { cutAtKnownWords } from './known-word-cut.js';
import { ARABIC_LETTER, romaniseArabic } from './arabic-script.js';
import { HEBREW_LETTER, romaniseHebrew } from './hebrew-script.js';

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
 * words in KMU 2010, Bulgarian ъ, Hangul in Revised Romanisation cut into words); whatever is left (other scripts, any character these rules do
 * not know) is for any-ascii.
 */
export function romaniseContext(run: string): string {
  let out = run;
  if (KANA_RUN.test(out)) out = romaniseKana(out);
  if (CYRILLIC.test(out)) out = romaniseCyrillic(out);
  if (HANGUL_SYLLABLE.test(out)) out = romaniseHangul(out);
  if (ARABIC_LETTER.test(out)) out = romaniseArabic(out);
  if (HEBREW_LETTER.test(out)) out = romaniseHebrew(out);
  if (GREEK.test(out)) out = romaniseGreek(out);
  return out;
}

const GREEK = /[\u0370-\u03ff\u1f00-\u1fff]/;
/** Greek letters that voice αυ, ευ, ηυ as av, ev, iv (vowels and voiced consonants); before others, and last, af, ef, if. */
const VOICED_AFTER_U = /[αεηιοωυβγδζλμνρ]/;

/**
 * Greek in ELOT 743 (ISO 843), the system Greek companies write their Latin names in, where it reads
 * letters by their neighbours: ου is ou (Φουρλής Fourlis; any-ascii: Foyrlis), αυ ευ ηυ av ev iv or
 * af ef if, and at a word's start μπ ντ γκ are b d g (Μπλε = Ble); γγ is ng. Accents go first.
 */
function romaniseGreek(run: string): string {
  return run.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u0370-\u03ff]+/g, (w) => {
    let out = w.replace(/ου/g, 'ou').replace(/γγ/g, 'ng');
    out = out.replace(/([αεη])υ(.?)/g, (_m, v: string, next: string) => `${v === 'α' ? 'a' : v === 'ε' ? 'e' : 'i'}${next !== '' && VOICED_AFTER_U.test(next) ? 'v' : 'f'}${next}`);
    if (out.startsWith('μπ')) out = 'b' + out.slice(2);
    else if (out.startsWith('ντ')) out = 'd' + out.slice(2);
    else if (out.startsWith('γκ')) out = 'g' + out.slice(2);
    return out;
  });
}

/**
 * Korean written in Hangul, in Revised Romanisation (RR, 2000), the system South Korea's state
 * and its registers use, cut into words at the words Korean company names are made of. Names are
 * written without spaces (삼성전자, 현대제철, 삼성생명보험): a run of syllables is cut at known words
 * (KOREAN_WORDS: legal forms, business words, places), found by their Hangul, and the syllables
 * between them are one word, the brand (삼성 samseong, 고려 goryeo, 롯데 rotde). Each word is then
 * read syllable by syllable with the rules RR writes between a syllable's final consonant and the
 * next syllable's initial, inside the word only:
 * - a final consonant before a vowel-initial syllable is read as that syllable's initial (liaison:
 *   ㄱ g, ㄷ d, ㅂ b, ㅅ s, ㅈ j, ㄹ r; 산업 saneop, 금융 geumyung, 석유 seogyu); ㅎ there is silent;
 *   of two final consonants the second carries over;
 * - ㄹ is r before a vowel and l otherwise; ㄹㄹ and ㄴㄹ / ㄹㄴ are ll (전력 jeollyeok, 신라 Silla);
 * - nasalisation: a k-, t- or p-final before ㄴ or ㅁ is ng, n, m (국민 gungmin, 입니다 imnida), and
 *   ㄹ after ㄱ ㅂ ㅁ ㅇ is n (종로 Jongno, 협력 hyeomnyeok, 국립 gungnip);
 * - otherwise a final is written by its sound at the end of a syllable (ㄱ k, ㄷ ㅅ ㅈ ㅊ ㅌ t, ㅂ p).
 * Left out, as they hang on a word's meaning or pronunciation, not its letters: tensing RR does
 * not write anyway (롯데 is rotde, not rotte), palatalisation (같이 gachi, 굳이 guji: read gati,
 * gudi), ㅎ's aspiration of the consonant after it (좋고 joko: read johgo) and the ㄴ inserted in
 * compounds (색연필 saengnyeonpil). An ㅎ written beside ㄱ ㄷ ㅂ ㅈ is kept as h, as RR writes it
 * in nouns (백화점 baekhwajeom). Hyphens RR allows between ambiguous syllables are not written.
 * any-ascii reads each syllable alone (삼성전자 SamSeongJeonJa, 고려아연 GoLyeoAYeon, 롯데 LosDe).
 */
const HANGUL_SYLLABLES = /[\uac00-\ud7a3]+/g;
const HANGUL_SYLLABLE = /[\uac00-\ud7a3]/;
const INITIALS = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const MEDIALS = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i'];
/** Each final (0 none, then ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ) at a syllable's end, before a consonant. */
const FINAL_CLOSED = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't'];
/** Each final before a vowel: what stays (the first of two finals) and what carries over as the next syllable's initial. */
const FINAL_OPEN: ReadonlyArray<readonly [string, string]> = [
  ['', ''], ['', 'g'], ['', 'kk'], ['k', 's'], ['', 'n'], ['n', 'j'], ['', 'n'], ['', 'd'], ['', 'r'], ['l', 'g'], ['l', 'm'], ['l', 'b'],
  ['l', 's'], ['l', 't'], ['l', 'p'], ['', 'r'], ['', 'm'], ['', 'b'], ['p', 's'], ['', 's'], ['', 'ss'], ['ng', ''], ['', 'j'], ['', 'ch'],
  ['', 'k'], ['', 't'], ['', 'p'], ['', ''],
];
/** Finals by the sound they close a syllable with: k, t, p (for nasalisation), l (ㄹ and the clusters read l). */
const INITIAL_N = 2;
const INITIAL_R = 5;
const INITIAL_M = 6;
const INITIAL_VOWEL = 11;

/** One word of Hangul syllables in Revised Romanisation (the rules above); other characters are kept. */
export function romaniseHangulWord(word: string): string {
  let out = '';
  const n = word.length;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i) - 0xac00;
    if (c < 0 || c > 11171) {
      out += word[i];
      continue;
    }
    const initial = Math.floor(c / 588);
    const medial = Math.floor((c % 588) / 28);
    const final = c % 28;
    // This syllable's initial, as the syllable before left it.
    const prev = i > 0 ? word.charCodeAt(i - 1) - 0xac00 : -1;
    const prevFinal = prev >= 0 && prev <= 11171 ? prev % 28 : -1;
    out += initialAfter(initial, prevFinal) + MEDIALS[medial];
    if (final === 0) continue;
    const next = i + 1 < n ? word.charCodeAt(i + 1) - 0xac00 : -1;
    const nextInitial = next >= 0 && next <= 11171 ? Math.floor(next / 588) : -1;
    out += finalBefore(final, nextInitial);
  }
  return out;
}

/** The k-, t- and p-finals (as FINAL_CLOSED reads them): nasalised to ng, n, m before ㄴ ㅁ (and ㄹ, read n). */
const NASAL: Readonly<Record<string, string>> = { k: 'ng', t: 'n', p: 'm' };

/** How a syllable's final is written before the next syllable's initial (-1: the word ends). */
function finalBefore(final: number, nextInitial: number): string {
  if (nextInitial === INITIAL_VOWEL) return FINAL_OPEN[final][0];
  const closed = FINAL_CLOSED[final];
  if (nextInitial === INITIAL_N || nextInitial === INITIAL_M || nextInitial === INITIAL_R) {
    if (closed === 'l' && nextInitial === INITIAL_N) return 'l'; // ㄹㄴ ll
    const nasal = NASAL[closed];
    if (nasal !== undefined) return nasal;
    if (final === 4 && nextInitial === INITIAL_R) return 'l'; // ㄴㄹ ll
  }
  return closed;
}

/** How a syllable's initial is written after the syllable before's final (-1: the word starts here). */
function initialAfter(initial: number, prevFinal: number): string {
  if (prevFinal <= 0) return INITIALS[initial];
  if (initial === INITIAL_VOWEL) return FINAL_OPEN[prevFinal][1];
  const closed = FINAL_CLOSED[prevFinal];
  if (initial === INITIAL_R) {
    if (closed === 'l' || prevFinal === 4) return 'l'; // ㄹㄹ, ㄴㄹ ll
    return 'n'; // after ㄱ ㅂ ㅁ ㅇ (and the other finals): n
  }
  if (initial === INITIAL_N && closed === 'l') return 'l'; // ㄹㄴ ll
  return INITIALS[initial];
}

/** KOREAN_WORDS by their Hangul (no spaces) -> their words in RR (two where the entry has a space). */
let koreanWords: ReadonlyMap<string, readonly string[]> | undefined;
let longestKoreanWord = 0;
function knownKoreanWords(): ReadonlyMap<string, readonly string[]> {
  if (koreanWords) return koreanWords;
  const out = new Map<string, readonly string[]>();
  for (const entry of KOREAN_WORDS) {
    const hangul = entry.replace(/ /g, '');
    out.set(hangul, entry.split(' ').map(romaniseHangulWord));
    longestKoreanWord = Math.max(longestKoreanWord, hangul.length);
  }
  return (koreanWords = out);
}

/**
 * A run of Hangul syllables as words in Revised Romanisation: the known words (KOREAN_WORDS)
 * found so that they cover most syllables (fewest words on a tie), the syllables between them
 * one word (readHanRun's cut, for Hangul).
 */
export function readHangulRun(run: string): string[] {
  const known = knownKoreanWords();
  // (Syllables are one UTF-16 unit each.)
  const pieces = cutAtKnownWords(run.length, longestKoreanWord, (start, length) => known.get(run.slice(start, start + length)));
  const out: string[] = [];
  for (const piece of pieces) {
    if (piece.known === undefined) out.push(romaniseHangulWord(run.slice(piece.start, piece.start + piece.length)));
    else for (const w of piece.known) out.push(w);
  }
  return out;
}

/** Each run of Hangul syllables in a run of letters as its words in Revised Romanisation (readHangulRun), set apart by spaces. */
function romaniseHangul(run: string): string {
  return run.replace(HANGUL_SYLLABLES, (hangul) => ` ${(ABBREVIATED_FORMS.get(hangul) ?? readHangulRun(hangul)).join(' ')} `);
}

/**
 * A syllable alone that abbreviates a legal form, read as the form written out: 주 of ㈜ (NFKC:
 * (주)), ISO 20275's abbreviation of 주식회사, before or after the name (㈜카카오, LG화학(주)).
 * (Not (유) of 유한회사: that form is not read before a name.)
 */
const ABBREVIATED_FORMS: ReadonlyMap<string, readonly string[]> = new Map([['주', ['jusik', 'hoesa']]]);
