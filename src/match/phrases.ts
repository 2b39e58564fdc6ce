/**
 * Phrase rules: consecutive words replaced by others, leftmost first. The name analysis rewrites
 * with them before it looks for legal forms (normalise.ts: canonical phrases, then translations),
 * and the legal-form table reads its spellings the same way (legal-forms.ts), so a form whose
 * words a rule rewrites (Gosudarstvennaya Korporatsiya: korporatsiya = corporation) is still found.
 * Pure; the rule sets are built once from vocabulary.ts.
 */
import { CANONICAL_PHRASES, TRANSLATIONS, type Phrase } from './vocabulary.js';

export interface PhraseRule {
  phrase: Phrase;
  replacement: readonly string[];
}

export function byFirstWord(rules: readonly PhraseRule[]): Map<string, PhraseRule[]> {
  const out = new Map<string, PhraseRule[]>();
  for (const r of rules) for (const w of r.phrase[0]) out.set(w, [...(out.get(w) ?? []), r]);
  return out;
}

export const CANONICAL_RULES = byFirstWord(CANONICAL_PHRASES);
// Longer phrases first: of two that start alike, the first that matches is taken.
export const TRANSLATION_RULES = byFirstWord(Object.entries(TRANSLATIONS)
  .sort((a, b) => b[0].split(' ').length - a[0].split(' ').length)
  .map(([words, english]) => ({ phrase: words.split(' ').map((w) => [w]), replacement: english.split(' ') })));

/** Each phrase (consecutive words, leftmost first, never overlapping) replaced; null when none is there. */
export function replacePhrases(items: string[], rules: Map<string, PhraseRule[]>, written?: string[]): string[] | null {
  let out: string[] | null = null;
  for (let i = 0; i < items.length; i++) {
    const found = phraseAt(items, i, rules.get(items[i]));
    if (found) {
      if (out === null) {
        out = items.slice(0, i);
        if (written) for (let k = 0; k < i; k++) written.push('');
      }
      out.push(...found.replacement);
      // `written`: beside each item out, the word it replaced when one word became one (gazipari:
      // gas), so a typo in the word as written still aligns; '' elsewhere.
      if (written) for (const _ of found.replacement) written.push(found.phrase.length === 1 && found.replacement.length === 1 ? items[i] : '');
      i += found.phrase.length - 1;
    } else if (out !== null) {
      out.push(items[i]);
      written?.push('');
    }
  }
  return out;
}

/** The first rule whose phrase starts at items[i] (plain loops: this runs for every word of every name). */
function phraseAt(items: readonly string[], i: number, rules: readonly PhraseRule[] | undefined): PhraseRule | undefined {
  if (rules === undefined) return undefined;
  for (const r of rules) {
    let all = true;
    for (let k = 0; k < r.phrase.length && all; k++) all = r.phrase[k].includes(items[i + k]);
    if (all) return r;
  }
  return undefined;
}

/** Words as the analysis has them when it looks for legal forms: canonical phrases, then translations applied. */
export function rewrittenForForms(words: string[]): string[] {
  const canonical = replacePhrases(words, CANONICAL_RULES) ?? words;
  return replacePhrases(canonical, TRANSLATION_RULES) ?? canonical;
}
