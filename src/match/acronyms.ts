/**
 * Acronyms: a fund file or list may name a company by its initials (IBM, ICBC, BBVA, TSMC). The
 * initials of a name are the first letters of its core words (ICBC: Industrial and Commercial Bank
 * of China), and, when the name ended in a written-out legal form, with that form's initial too
 * (TSMC: Taiwan Semiconductor Manufacturing Company; ONGC: Oil and Natural Gas Corporation).
 * Or of every written word, legal forms written out included, without the country or place the
 * name ends in (LIC: Life Insurance Corporation of India; OGDCL: Oil and Gas Development Company
 * Limited; CIB: Commercial International Bank (Egypt) S.A.E.; SQM: Sociedad Química y Minera de
 * Chile). Only 3 to 6 letters: two letters name too many companies. Pure.
 */
import type { AnalysedName } from './normalise.js';
import { ACRONYM_STOP_WORDS, PLACES } from './vocabulary.js';

export const ACRONYM_MIN = 3;
export const ACRONYM_MAX = 6;
const LETTERS = /^[a-z]+$/;

/** A one-word name that may be an acronym: 3 to 6 ASCII letters. */
export function mayBeAcronym(word: string): boolean {
  return word.length >= ACRONYM_MIN && word.length <= ACRONYM_MAX && LETTERS.test(word);
}

/**
 * The initials of a name's core words, with the initial of a written-out legal form after them
 * (AGC: Asahi Glass Company) when it may be one: the cheap part of initialsOf, from the tokens
 * alone, for the lookup of every query name (initialsOf decides when a candidate is scored).
 */
export function coreInitials(name: AnalysedName): string[] {
  const toks = name.tokens;
  if (toks.length < 2 || toks.length > ACRONYM_MAX) return [];
  let core = '';
  for (const t of toks) {
    if (t.han) return [];
    core += t.text[0];
  }
  const form = name.legalForms[0];
  const withForm = form && form.length > 4 && core.length < ACRONYM_MAX ? core + form[0] : '';
  return withForm ? [core, withForm] : [core];
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
  // Every written word (stop words and abbreviated forms aside), without a trailing place; also as
  // written before translation (SQM: Sociedad Química y Minera de Chile).
  everyWordInitials(name.norm, name, out);
  if (name.written !== undefined) everyWordInitials(name.written, name, out);
  return out;
}

function everyWordInitials(text: string, name: AnalysedName, out: string[]): void {
  const all = text.split(' ').filter((w) => w !== '' && !(w.length <= 4 && name.legalForms.includes(w)));
  const words = all.filter((w) => !ACRONYM_STOP_WORDS.has(w));
  let end = words.length;
  while (end > 2 && PLACES.has(words[end - 1])) end--;
  if (end >= 2 && end <= ACRONYM_MAX) {
    let written = '';
    for (let k = 0; k < end; k++) written += words[k][0];
    if (mayBeAcronym(written) && !out.includes(written)) out.push(written);
    // ... and with the place (BNB: Banco do Nordeste do Brasil).
    for (let k = end; k < words.length; k++) written += words[k][0];
    if (end < words.length && mayBeAcronym(written) && !out.includes(written)) out.push(written);
  }
  // Stop words and the place included, as names in the Romance languages make them (EDF:
  // Électricité de France; BOV: Bank of Valletta), and with the abbreviated legal form after them
  // (PDVSA: Petróleos de Venezuela, S.A.).
  if (all.length > words.length && all.length <= ACRONYM_MAX) {
    let withStops = '';
    for (const w of all) withStops += w[0];
    if (mayBeAcronym(withStops) && !out.includes(withStops)) out.push(withStops);
    const form = name.legalForms[0];
    if (form && form.length <= 3 && LETTERS.test(form) && mayBeAcronym(withStops + form) && !out.includes(withStops + form)) out.push(withStops + form);
  }
}

/**
 * Contractions: a name written as the leading syllables of its first words run together (Petronas:
 * PETROliam NASional; Pemex: PEtróleos MEXicanos; Metrobank: METROpolitan BANK). Only a word of
 * CONTRACTION_MIN+ letters, made of 2+ letters from each of 2+ consecutive words from the name's
 * start, in order: shorter pieces make spurious contractions of any name.
 */
export const CONTRACTION_MIN = 5;
const PIECE_MIN = 2;

/** The key a contraction is found by: the first two letters of the name's first two words. */
export function contractionKey(name: AnalysedName): string | null {
  const toks = name.tokens;
  if (toks.length < 2 || toks[0].han || toks[1].han) return null;
  const a = toks[0].text;
  const b = toks[1].text;
  if (a.length < PIECE_MIN || b.length < PIECE_MIN || !LETTERS.test(a) || !LETTERS.test(b)) return null;
  return a.slice(0, PIECE_MIN) + b.slice(0, PIECE_MIN);
}

/** The keys a word may be found by as a contraction (one per place the second piece may start). */
export function contractionKeys(word: string): string[] {
  if (word.length < CONTRACTION_MIN || !LETTERS.test(word)) return [];
  const out: string[] = [];
  for (let p = PIECE_MIN; p + PIECE_MIN <= word.length; p++) out.push(word.slice(0, PIECE_MIN) + word.slice(p, p + PIECE_MIN));
  return out;
}

/**
 * The pieces of `word` taken from the leading letters of the name's words (["petro", "nas"]), or
 * null when it is no contraction of them. At least one piece is cut short: whole words run
 * together (Raiffeisenbank) are a plain run-together name, judged by the word alignment.
 */
export function contractionOf(word: string, words: readonly string[]): string[] | null {
  if (word.length < CONTRACTION_MIN || words.length < 2 || !LETTERS.test(word)) return null;
  return piecesOf(word, words, PIECE_MIN, false, (pieces) => pieces.length >= 2 && pieces.some((p, k) => p !== words[k]));
}

/**
 * `word` cut into pieces, each the start (at least `minPiece` letters) of the next of `words` in
 * order, that `accept` takes; with `everyWord`, every word gives a piece, else the pieces end with
 * `word`. Tries longer pieces first; null when no cut is accepted.
 */
function piecesOf(
  word: string, words: readonly string[], minPiece: number, everyWord: boolean, accept: (pieces: readonly string[]) => boolean,
): string[] | null {
  const pieces: string[] = [];
  const walk = (pos: number, j: number): boolean => {
    if (everyWord ? j === words.length : pos === word.length) return pos === word.length && accept(pieces);
    if (j >= words.length) return false;
    const w = words[j];
    // With every word to use, leave at least one letter for each word still to come.
    const reserve = everyWord ? words.length - j - 1 : 0;
    for (let n = Math.min(w.length, word.length - pos - reserve); n >= minPiece; n--) {
      if (!sameStart(word, pos, w, n)) continue;
      pieces.push(w.slice(0, n));
      if (walk(pos + n, j + 1)) return true;
      pieces.pop();
    }
    return false;
  };
  return walk(0, 0) ? pieces : null;
}

function sameStart(word: string, pos: number, w: string, n: number): boolean {
  for (let k = 0; k < n; k++) if (word.charCodeAt(pos + k) !== w.charCodeAt(k)) return false;
  return true;
}

/**
 * Syllable acronyms: a one-word name made of the leading letters (one or more) of every word of
 * the listed name in order, legal forms written out included, the place the name ends in aside
 * (KEPCO: KOrea Electric Power COrporation; SABIC: SAudi Basic Industries Corporation; ENAP:
 * Empresa NAcional del Petróleo; COMAC: COMmercial Aircraft Corporation of China). Only names of
 * three or more such words, words of SYLLABLES_MIN to SYLLABLES_MAX letters, at least one piece of
 * two letters or more (all single letters are initials, `initialsOf`).
 */
export const SYLLABLES_MIN = 4;
export const SYLLABLES_MAX = 8;

/**
 * The written words a syllable acronym is taken from (see above), or [] for a name of Han words;
 * `asWritten`: the words before translation (KAMAZ: Kamskiy Avtomobilnyy Zavod), [] when none were translated.
 */
export function writtenWords(name: AnalysedName, asWritten = false): string[] {
  if (name.tokens.some((t) => t.han) || (asWritten && name.written === undefined)) return [];
  const words = (asWritten ? name.written! : name.norm).split(' ').filter((w) => w !== '' && !ACRONYM_STOP_WORDS.has(w) && !(w.length <= 4 && name.legalForms.includes(w)) && LETTERS.test(w));
  let end = words.length;
  while (end > 3 && PLACES.has(words[end - 1])) end--;
  return words.slice(0, end);
}

/**
 * The first three letters a syllable acronym of these words may start with (one piece of each
 * word, in order): of the first word, of two words (2 + 1, 1 + 2) or of three (1 + 1 + 1). A
 * one-word name is filed under its first three letters (syllableStart) and found by these.
 */
export function syllableStarts(words: readonly string[], out: string[]): void {
  if (words.length < 3) return;
  const [a, b, c] = words;
  const add = (k: string) => {
    if (k.length === 3 && !out.includes(k)) out.push(k);
  };
  add(a.slice(0, 3));
  add(a.slice(0, 2) + b[0]);
  add(a[0] + b.slice(0, 2));
  add(a[0] + b[0] + c[0]);
}

/** The key a one-word name is filed under for syllableStarts: its first three letters. */
export function syllableStart(word: string): string | null {
  return word.length >= SYLLABLES_MIN && word.length <= SYLLABLES_MAX && LETTERS.test(word) ? word.slice(0, 3) : null;
}

/** The key a syllable acronym is found by: the first letters of the name's first three written words. */
export function syllableKey(name: AnalysedName, asWritten = false): string | null {
  const words = writtenWords(name, asWritten);
  return words.length >= 3 ? words[0][0] + words[1][0] + words[2][0] : null;
}

/** The keys a word may be found by as a syllable acronym: its first letter and two later ones, in order. */
export function syllableKeys(word: string): string[] {
  if (word.length < SYLLABLES_MIN || word.length > SYLLABLES_MAX || !LETTERS.test(word)) return [];
  const out: string[] = [];
  for (let p = 1; p < word.length; p++) for (let r = p + 1; r < word.length; r++) out.push(word[0] + word[p] + word[r]);
  return out;
}

/** The pieces of `word`, one from the start of each of `words` in order and every word used, or null. */
export function syllablesOf(word: string, words: readonly string[]): string[] | null {
  if (word.length < SYLLABLES_MIN || word.length > SYLLABLES_MAX || words.length < 3 || words.length > word.length || !LETTERS.test(word)) return null;
  return piecesOf(word, words, 1, true, (pieces) => pieces.some((p) => p.length >= 2));
}
