/**
 * Acronyms: a fund file or list may name a company by its initials (IBM, ICBC, BBVA, TSMC). The
 * initials of a name are the first letters of its core words (ICBC: Industrial and Commercial Bank
 * of China), and, when the name ended in a written-out legal form, with that form's initial too
 * (TSMC: Taiwan Semiconductor Manufacturing Company; ONGC: Oil and Natural Gas Corporation).
 * Only 3 to 6 letters: two letters name too many companies. Pure.
 */
import type { AnalysedName } from './normalise.js';

export const ACRONYM_MIN = 3;
export const ACRONYM_MAX = 6;
const LETTERS = /^[a-z]+$/;

/** A one-word name that may be an acronym: 3 to 6 ASCII letters. */
export function mayBeAcronym(word: string): boolean {
  return word.length >= ACRONYM_MIN && word.length <= ACRONYM_MAX && LETTERS.test(word);
}

/** The initials a name may be written as (none for a name of fewer than two words, or of Han words). */
export function initialsOf(name: AnalysedName): string[] {
  const toks = name.tokens;
  if (toks.length < 2 || toks.some((t) => t.han)) return [];
  let core = '';
  for (const t of toks) core += t.text[0];
  const out: string[] = [];
  if (mayBeAcronym(core)) out.push(core);
  // A written-out form right after the core words (Company, Corporation, not Ltd or AG).
  const form = name.legalForms[0];
  if (form && form.length > 4 && LETTERS.test(form) && name.norm.endsWith(name.legalForms.join(' '))) {
    const withForm = core + form[0];
    if (mayBeAcronym(withForm)) out.push(withForm);
  }
  return out;
}
