/**
 * Brand names Japanese writes in katakana and Korean in Hangul are English words said in those
 * languages' syllables: a vowel after each consonant cluster (크래프톤 keuraepeuton / Krafton,
 * カルビー karubi / Calbee), no f, v or l of their own (p, b, r), an English r after a vowel left
 * unsaid. A word read from kana or Hangul (romanise.ts) is compared with a word in Latin letters by
 * its consonants so folded (loanSkeleton; the `sounds-alike` rule in score.ts, `review` at most). Pure.
 */

/** Kana (hiragana, katakana, the halfwidth forms) or Hangul syllables. */
export const KANA_HANGUL = /[\u3040-\u30ff\uff66-\uff9f\uac00-\ud7a3]/;

const VOWEL = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'w']);

/**
 * A word's consonants as both spellings share them: vowels and the glides y, w dropped, h too (a
 * breath Korean and Japanese write or drop: 하이닉스 hainikseu / Hynix); f ph p as p, v b as b, l r
 * as r, c as s before e i y and k elsewhere, q g k as k, d t as t, x as ks, sh as s, ch j z as j;
 * in the Latin word (`latin`) an r before a consonant or at the end dropped, as the languages drop
 * it (Netmarble, Naver); a letter written twice once. '' for a word of fewer than three such letters.
 */
export function loanSkeleton(word: string, latin: boolean): string {
  let out = '';
  let last = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    const next = word[i + 1];
    if (ch < 'a' || ch > 'z') return '';
    if (VOWEL.has(ch) || ch === 'h') continue;
    let c: string;
    if ((ch === 's' || ch === 'c') && next === 'h') {
      c = ch === 's' ? 's' : 'j';
      i++;
    } else if (ch === 'p' && next === 'h') {
      c = 'p';
      i++;
    } else if (ch === 'f' || ch === 'p') c = 'p';
    else if (ch === 'v' || ch === 'b') c = 'b';
    else if (ch === 'l' || ch === 'r') {
      // An English r after a vowel, before a consonant or at the word's end, is not said.
      if (latin && ch === 'r' && i > 0 && VOWEL.has(word[i - 1]) && (next === undefined || !VOWEL.has(next))) continue;
      c = 'r';
    } else if (ch === 'c') c = next === 'e' || next === 'i' || next === 'y' ? 's' : 'k';
    else if (ch === 'q' || ch === 'g' || ch === 'k') c = 'k';
    else if (ch === 'd' || ch === 't') c = 't';
    else if (ch === 'x') c = 'ks';
    else if (ch === 'z' || ch === 'j') c = 'j';
    else c = ch;
    if (c === last) continue;
    out += c;
    last = c[c.length - 1];
  }
  return out.length >= 3 ? out : '';
}

/** A word read from kana or Hangul (`loan`) and a word in Latin letters whose consonants so folded agree (loanSkeleton), three at least. */
export function loanAlike(loan: string, latin: string): boolean {
  const k = loanSkeleton(loan, false);
  return k !== '' && k === loanSkeleton(latin, true);
}
