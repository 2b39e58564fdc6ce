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
import { NUMBER_WORDS, type AnalysedName, type NameToken } from './normalise.js';
import { ACRONYM_STOP_WORDS, CANONICAL, COMPOUND_HEADS, GENERIC_WORDS, LEGAL_FORMS, PLACES } from './vocabulary.js';

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

/**
 * How initials read one written word of a name: the letters it may give (`options`) and whether it
 * must give one. `word`: a word of the name, required; `tail`: one of the last (up to two) generic
 * words, which short forms drop (SBO: Schoeller-Bleckmann Oilfield [Equipment]; ANZ: Australia
 * and New Zealand [Banking Group]), once one is dropped so are the rest; `place`: a place the name ends in,
 * optional (LIC of India; BNB keeps it); `stop`: an article, preposition or "and", optional (AOT:
 * Airports Of Thailand; BOV: Bank Of Valletta); `form`: a legal-form word inside the name,
 * optional; `end-form`: the legal form the name ends in, optional, its words in order and none
 * after one left out (ICTSI: ... Services Inc.; OGDCL: ... Company Limited; TSMC: ... Company, not
 * Limited); `beside`: a word the other name writes beside the initials, optional (PKO Bank Polski).
 */
type SlotRole = 'word' | 'tail' | 'place' | 'stop' | 'form' | 'end-form' | 'beside';

interface Slot {
  readonly text: string;
  readonly role: SlotRole;
  /** The letters the word may give: its initial, then (for a compound) the initials of its parts. */
  readonly options: readonly string[];
  /** Letters the initials must have before this word's: an abbreviated legal form's letter follows three (ICTSI: ... Services Inc.), not two ("HTC Corp." is not Huawei Technologies Co.). */
  readonly after: number;
}

/** Initials of a name longer than this many words are not worked out (no company writes them). */
const SLOTS_MAX = 12;
/** At most this many initials of one name are filed for lookup (scoring reads the name itself). */
const FILED_MAX = 24;

/**
 * The letters a word gives: its initial; for a word of consonants only, also all of them (PTTEP); for a compound written as one word, also its parts'
 * initials, the parts read from a camel-case spelling (TeleSystems: MTS; GlaxoSmithKline: GSK) or
 * from a head noun the Germanic languages write compounds with (Waterschapsbank: NWB;
 * Bundesbahnen: SBB; Kreditbank: DKB). An abbreviated legal form of two letters may give both
 * (S.A.: PDVSA).
 */
/** The last letters of COMPOUND_HEADS: a word ending otherwise is no compound (the common case, checked first). */
const HEAD_ENDS = new Set(COMPOUND_HEADS.map((h) => h.charCodeAt(h.length - 1)));

function letterOptions(word: string, parts: readonly string[] | undefined): string[] {
  const out = [word[0]];
  // An acronym inside the name gives all its letters (PTTEP: PTT Exploration and Production).
  if (isVowelless(word)) out.push(word);
  else if (parts !== undefined && parts.length > 1) {
    let letters = '';
    for (const p of parts) letters += p[0];
    out.push(letters);
  } else if (HEAD_ENDS.has(word.charCodeAt(word.length - 1))) {
    for (const head of COMPOUND_HEADS) {
      if (word.length >= head.length + 3 && word.endsWith(head)) {
        out.push(word[0] + head[0]);
        break;
      }
    }
  }
  return out;
}

/** A word of two to four consonants (PTT, CGN, BNP): an acronym itself, no word of any language. */
function isVowelless(w: string): boolean {
  return w.length >= 2 && w.length <= 4 && /^[b-df-hj-np-tv-xz]+$/.test(w);
}

/** Only lower-case ASCII letters (a word initials can read). */
function isLetters(w: string): boolean {
  if (w.length === 0) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** Whether the written word `w` is the compared token `t` (as written, in its canonical spelling, or a number word). */
function isToken(w: string, t: NameToken): boolean {
  return t.text === w || t.spelled === w || (t.kind === 'number' ? NUMBER_WORDS.has(w) : CANONICAL[w] === t.text);
}

/** Kind codes of slotsOf's words. */
const NOT_A_WORD = 0;
const DISTINCTIVE = 1;
const GENERIC = 2;
const PLACE = 3;

/**
 * The written words of a name as initials read them (see Slot), from `text` (the name's words,
 * legal forms and stop words included). `asWritten`: `text` is the name before translation, every
 * word in it not a stop word or a legal form is a word of the name; else a word is one only when
 * it is one of the tokens compared (a share class or a security word gives no letter). [] when
 * the name has no initials (too many words, fewer than two).
 */
function slotsOf(text: string, name: AnalysedName, asWritten: boolean, strict: boolean): Slot[] {
  const words = text.split(' ');
  const n = words.length;
  if (n > SLOTS_MAX + 4) return [];
  const roles: (SlotRole | null)[] = new Array(n).fill(null);
  const kinds: number[] = new Array(n).fill(NOT_A_WORD);
  /** Per word of the name: the initial of the token it is compared as, when another (smart: intelligent). */
  const alsoAs: string[] = new Array(n).fill('');
  const toks = name.tokens;
  let next = 0;
  let lastContent = -1;
  let firstContent = -1;
  for (let k = 0; k < n; k++) {
    const w = words[k];
    if (!isLetters(w)) continue;
    if (ACRONYM_STOP_WORDS.has(w)) roles[k] = 'stop';
    else if (name.legalForms.includes(w)) roles[k] = 'form';
    else if (asWritten) kinds[k] = PLACES.has(w) ? PLACE : GENERIC_WORDS.has(CANONICAL[w] ?? w) ? GENERIC : DISTINCTIVE;
    else {
      let j = next;
      while (j < toks.length && !isToken(w, toks[j])) j++;
      if (j === toks.length) continue;
      next = j + 1;
      const kind = toks[j].kind;
      if (toks[j].text[0] !== w[0] && kind !== 'number') alsoAs[k] = toks[j].text[0];
      kinds[k] = kind === 'place' ? PLACE : kind === 'generic' ? GENERIC : DISTINCTIVE;
    }
    if (kinds[k] !== NOT_A_WORD) {
      roles[k] = 'word';
      if (firstContent < 0) firstContent = k;
      lastContent = k;
    }
  }
  if (firstContent < 0) return [];
  // The legal form the name ends in, after its last word; one written before the name gives no letter.
  for (let k = n - 1; k > lastContent; k--) if (roles[k] === 'form') roles[k] = 'end-form';
  // (But a two-letter form just before the name may give both its letters, or none: PTBA, PT Bukit
  // Asam, as Indonesian companies are written on their exchange.)
  for (let k = 0; k < firstContent; k++) if (roles[k] === 'form' && !leadingFormLetters(words, k, firstContent)) roles[k] = null;
  // The place(s) the name ends in, optional while a word stays required; then up to two generic
  // words before them, optional while three words stay required, two of them distinctive.
  let required = 0;
  let distinctive = 0;
  for (let j = 0; j < n; j++) {
    if (roles[j] !== 'word') continue;
    required++;
    if (kinds[j] === DISTINCTIVE) distinctive++;
  }
  let k = lastContent;
  while (required > 1 && k > firstContent && kinds[k] === PLACE) {
    roles[k] = 'place';
    required--;
    do k--; while (k > firstContent && roles[k] !== 'word');
  }
  for (let tails = 0; !strict && tails < 2 && k > firstContent && required > 3 && distinctive >= 2 && kinds[k] === GENERIC; tails++) {
    roles[k] = 'tail';
    required--;
    do k--; while (k > firstContent && roles[k] !== 'word');
  }
  const slots: Slot[] = [];
  for (let j = 0; j < n; j++) {
    const role = roles[j];
    if (role === null) continue;
    const w = words[j];
    if (role === 'form' || role === 'end-form') {
      // A two-letter form abbreviates two words (S.A., A.G., N.V.: PDVSA), but Co. one.
      const options = j < firstContent ? [w] : w.length === 2 && w !== 'co' ? [w[0], w] : [w[0]];
      slots.push({ text: w, role, options, after: role === 'end-form' && w.length <= 4 ? 3 : 0 });
    } else if (role === 'stop') slots.push({ text: w, role, options: [w[0]], after: 0 });
    else {
      // Read strictly, a word gives its initial alone (CoreSite Realty is not CSR).
      const options = strict ? [w[0]] : letterOptions(w, name.camel?.[w]);
      // A word read in another spelling may give that spelling's initial too (as compared).
      if (alsoAs[j] !== '') options.push(alsoAs[j]);
      slots.push({ text: w, role, options, after: 0 });
    }
  }
  // One word gives initials only through its parts (GlaxoSmithKline: GSK; a compound's head).
  const enough = slots.length >= 2 || (slots.length === 1 && slots[0].options.some((o) => o.length > 1));
  return enough && slots.length <= SLOTS_MAX ? slots : [];
}

/**
 * Whether the legal form at `k`, before the name's first word at `first`, gives its letters to the
 * initials (an optional slot giving both): a form of two letters written just before the name (PT,
 * AO). The initials then have four letters or more (two from the name's words at least).
 */
function leadingFormLetters(words: readonly string[], k: number, first: number): boolean {
  return k === first - 1 && words[k].length === 2;
}

/** A name whose initials may end in its last legal-form word alone (see walkFrom): it ends in no place or generic word left out. */
function endsInFormsOnly(slots: readonly Slot[]): boolean {
  for (const s of slots) if (s.role === 'tail' || s.role === 'place') return false;
  return true;
}

/** What one walk of walkInitials looks for (see there). */
interface Walk {
  readonly slots: readonly Slot[];
  readonly target: string | null;
  readonly out: string[] | null;
  readonly starts: ReadonlySet<string> | undefined;
  /** Letters compared with c read k (foldC): Russian initials of a name the list writes in English (RNKB / Russian National Commercial Bank). */
  readonly fold?: boolean;
}

/**
 * Walks the ways `slots` give letters (see Slot), in order: with `target`, whether one spells it
 * exactly; without, every spelling of ACRONYM_MIN to ACRONYM_MAX letters into `out` (up to
 * FILED_MAX), only those that start as one of `starts` when given. At least two letters come from
 * the name's words (a place, a compound's part or a legal form written out counts).
 */
function walkInitials(slots: readonly Slot[], target: string | null, out: string[] | null, starts?: ReadonlySet<string>, fold = false): boolean {
  return walkFrom({ slots, target: fold && target !== null ? foldC(target) : target, out, starts, fold }, 0, '', 0, false);
}

/**
 * One step of walkInitials, at slot `k` with the letters `acc` so far (`fromWords` of them from
 * the name's words). `ended`: a place, generic word or written-out legal form the name ends in
 * was left out, so are the words after it (an abbreviated form may be left out alone: X Y Co.
 * Limited, XYL). A module function: a closure per call costs under tsx, which names each one.
 */
function walkFrom(w: Walk, k: number, acc: string, fromWords: number, ended: boolean): boolean {
  const { slots, target, out, starts } = w;
  if (k === slots.length) {
    if (fromWords < 2 || acc.length < ACRONYM_MIN) return false;
    if (target !== null) return acc.length === target.length;
    if (out !== null && out.length < FILED_MAX && !out.includes(acc)) out.push(acc);
    return false;
  }
  const s = slots[k];
  const ending = (s.role === 'end-form' && s.after === 0) || s.role === 'tail' || s.role === 'place';
  // An optional word left out first: the plainest initials are filed first.
  if (s.role !== 'word' && walkFrom(w, k + 1, acc, fromWords, ended || ending)) return true;
  // The last word of a written-out form may give its letter with the form words before it left
  // out, as an abbreviated one may (MEHL: Myanma Economic Holdings [Public Company] Limited, as
  // XYZ [Pcl Co] Ltd), after three letters or more: three-letter initials so spell too many names
  // (CSL is not CITIC Securities [Company] Limited: 9 chance flags in the real files).
  const lastFormAlone = ending && ended && s.role === 'end-form' && k === slots.length - 1 && acc.length >= 3 && endsInFormsOnly(slots);
  if ((ending && ended && !lastFormAlone) || acc.length < s.after) return false;
  const words = s.role === 'word' || s.role === 'tail' || s.role === 'place' || s.role === 'beside' || (s.role !== 'stop' && s.text.length > 4);
  for (const o of s.options) {
    const next = acc + (w.fold === true ? foldC(o) : o);
    if (next.length > ACRONYM_MAX || (target !== null && !target.startsWith(next)) || (starts !== undefined && !starts.has(next))) continue;
    if (walkFrom(w, k + 1, next, fromWords + (words ? o.length : 0), ended)) return true;
  }
  return false;
}

/** A name as initials read it (slotsOf): its words, and its words as written before translation. */
export interface NameInitials {
  readonly norm: readonly Slot[];
  readonly written: readonly Slot[];
}

const NO_INITIALS: NameInitials = { norm: [], written: [] };

/**
 * How initials read `name` (none for a name of Han words): worked out once per listed name
 * scored. `strict` for a fund file's name read against a listed short form: no generic words
 * dropped, no compound's parts (a file holds thousands of names, a list a few short forms).
 */
export function nameInitials(name: AnalysedName, strict = false): NameInitials {
  if (name.tokens.length === 0 || name.tokens.some((t) => t.han)) return NO_INITIALS;
  return { norm: slotsOf(name.norm, name, false, strict), written: name.written === undefined ? [] : slotsOf(name.written, name, true, strict) };
}

/**
 * Whether initials of `name` may start as one of `starts`, from its first two letters: of the
 * first two words as compared, or as written (the legal form before the name aside; a stop word
 * may give the first or the second letter, or not): most names are not read.
 */
function mayStartAs(name: AnalysedName, starts: ReadonlySet<string>): boolean {
  const toks = name.tokens;
  if (toks.length >= 2 && starts.has(toks[0].text[0] + toks[1].text[0])) return true;
  return startsAs(name.norm, name, starts) || (name.written !== undefined && startsAs(name.written, name, starts));
}

/** mayStartAs for the words of `text`: a stop word or a legal form may give a letter or not. */
function startsAs(text: string, name: AnalysedName, starts: ReadonlySet<string>): boolean {
  // (Words read in place, by their bounds: every name of a file is asked, most start as nothing.)
  const n = text.length;
  let a = 0;
  // The word before the one at `a` (-1: none).
  let before = -1;
  // The first word that is not a legal form (words are separated by single spaces; '' is skipped).
  while (a < n) {
    const end = wordEnd(text, a);
    if (end > a && !name.legalForms.includes(text.slice(a, end))) break;
    before = a;
    a = end + 1;
  }
  // A two-letter form just before the name gives its two letters (leadingFormLetters).
  if (before >= 0 && a < n && a - 1 - before === 2 && starts.has(text.slice(before, a - 1))) return true;
  while (a < n) {
    const aEnd = wordEnd(text, a);
    if (aEnd === a) break; // (an empty word gives no letter and is no stop word)
    for (let b = aEnd + 1; b < n; ) {
      const bEnd = wordEnd(text, b);
      if (bEnd > b) {
        if (starts.has(text[a] + text[b])) return true;
        if (!optionalLetter(text.slice(b, bEnd), name)) break;
      }
      b = bEnd + 1;
    }
    if (!optionalLetter(text.slice(a, aEnd), name)) break;
    a = aEnd + 1;
  }
  return false;
}

/** Where the word of `text` starting at `from` ends (the next space, or the end). */
function wordEnd(text: string, from: number): number {
  const at = text.indexOf(' ', from);
  return at < 0 ? text.length : at;
}

/** A word initials may take a letter from or not: a stop word or one of the name's legal forms. */
function optionalLetter(word: string, name: AnalysedName): boolean {
  return ACRONYM_STOP_WORDS.has(word) || name.legalForms.includes(word);
}

/**
 * The initials a name may be written as (see Slot, nameInitials), for lookup: up to FILED_MAX of
 * them. `starts`: only initials that start as one of these do (the starts of a list's short
 * forms: a name whose first letter starts none is not read at all).
 */
export function initialsOf(name: AnalysedName, strict = false, starts?: ReadonlySet<string>, initials?: NameInitials): string[] {
  if (starts !== undefined && !mayStartAs(name, starts)) return [];
  const { norm, written } = initials ?? nameInitials(name, strict);
  const out: string[] = [];
  if (norm.length > 0) walkInitials(norm, null, out, starts);
  if (written.length > 0) {
    const more: string[] = [];
    walkInitials(written, null, more, starts);
    for (const w of more) if (!out.includes(w)) out.push(w);
  }
  return out;
}

/**
 * Whether `word` is initials of the name read as `initials` (see Slot). `beside`: the words the
 * other name writes beside it, each a word of this name. When one of them is distinctive, the
 * initials may leave them out (PKO Bank Polski: Powszechna Kasa Oszczędności Bank Polski); else
 * they must give their letters (BNG Bank: Bank Nederlandse Gemeenten), as a common word beside
 * initials says nothing of the company ("CSG Holding" is not Century Sunshine Group Holdings).
 */
export function spellsInitials(word: string, initials: NameInitials, beside?: { words: ReadonlySet<string>; distinctive: boolean }): boolean {
  if (!mayBeAcronym(word)) return false;
  for (const slots of [initials.norm, initials.written]) {
    if (slots.length === 0) continue;
    if (walkInitials(beside === undefined ? slots : withBeside(slots, beside.words, beside.distinctive ? 'beside' : 'word'), word, null)) return true;
  }
  // Initials with c read k (foldC): a Russian name's initials against its English name (RNKB: Russian
  // National Commercial Bank; KRET: Concern Radio-Electronic Technologies), K of komm-, komp-, kontsern.
  // (Only a Russian word's initials: four letters or more, with a k and no c; three letters spell too
  // many names alone, but beside a distinctive word that agrees they do not: AAK Progress.)
  if ((word.length >= 4 || beside?.distinctive === true) && word.includes('k') && !word.includes('c')) {
    for (const slots of [initials.norm, initials.written]) {
      if (slots.length === 0) continue;
      if (walkInitials(beside === undefined ? slots : withBeside(slots, beside.words, beside.distinctive ? 'beside' : 'word'), word, null, undefined, true)) return true;
    }
  }
  return false;
}

/** The slots with the words `beside` (a word or generic word of the name) read as `role`. */
function withBeside(slots: readonly Slot[], beside: ReadonlySet<string>, role: SlotRole): Slot[] {
  return slots.map((s) => ((s.role === 'word' || s.role === 'tail') && (beside.has(s.text) || beside.has(CANONICAL[s.text] ?? '')) ? { ...s, role } : s));
}

/** A word that is the head of `compound`, written as one word with it (Waterschapsbank: bank). */
export function isCompoundHead(word: string, compound: string): boolean {
  return compound.length >= word.length + 3 && COMPOUND_HEADS.includes(word) && compound.endsWith(word);
}

/**
 * Contractions: a name written as the leading syllables of its first words run together (Petronas:
 * PETROliam NASional; Pemex: PEtróleos MEXicanos; Metrobank: METROpolitan BANK). Only a word of
 * CONTRACTION_MIN+ letters, made of 2+ letters from each of 2+ consecutive words from the name's
 * start, in order: shorter pieces make spurious contractions of any name.
 */
export const CONTRACTION_MIN = 5;
const PIECE_MIN = 2;

/**
 * A key with c written k: the Latin c that Russian names write for к (Sovcomflot = SOVremenny
 * KOMmercheskiy FLOT, Rostelecom, Vnesheconombank) is the k of their transliterated words. Keys and
 * pieces compare so (sameStart).
 */
export function foldC(key: string): string {
  return key.includes('c') ? key.replace(/c/g, 'k') : key;
}

/** The key a contraction is found by: the first two letters of the name's first two words (c as k: foldC). */
export function contractionKey(name: AnalysedName): string | null {
  const toks = name.tokens;
  if (toks.length < 2 || toks[0].han || toks[1].han) return null;
  const a = toks[0].text;
  const b = toks[1].text;
  if (a.length < PIECE_MIN || b.length < PIECE_MIN || !LETTERS.test(a) || !LETTERS.test(b)) return null;
  return foldC(a.slice(0, PIECE_MIN) + b.slice(0, PIECE_MIN));
}

/**
 * The word lists a contraction is read from: the words compared, and, when the name has a legal
 * form written out, its written words with the form (CONCOR: CONtainer CORporation of India).
 */
export function contractionWords(name: AnalysedName): string[][] {
  const toks = name.tokens.map((t) => t.text);
  if (name.legalForms.every((f) => f.length <= 4)) return [toks];
  const written = writtenWords(name);
  return written.length >= 2 && written.join(' ') !== toks.join(' ') ? [toks, written] : [toks];
}

/** The keys a listed name is filed under for contractions (contractionKey, of each of contractionWords). */
export function contractionKeysOf(name: AnalysedName): string[] {
  const out: string[] = [];
  const first = contractionKey(name);
  if (first !== null) out.push(first);
  for (const words of contractionWords(name).slice(1)) {
    const [a, b] = words;
    if (a.length < PIECE_MIN || b.length < PIECE_MIN) continue;
    const k = foldC(a.slice(0, PIECE_MIN) + b.slice(0, PIECE_MIN));
    if (!out.includes(k)) out.push(k);
  }
  return out;
}

/** The keys a word may be found by as a contraction (one per place the second piece may start). */
export function contractionKeys(word: string): string[] {
  if (word.length < CONTRACTION_MIN || !LETTERS.test(word)) return [];
  const out: string[] = [];
  for (let p = PIECE_MIN; p + PIECE_MIN <= word.length; p++) out.push(foldC(word.slice(0, PIECE_MIN) + word.slice(p, p + PIECE_MIN)));
  return out;
}

/**
 * The pieces of `word` taken from the leading letters of the name's words (["petro", "nas"]), or
 * null when it is no contraction of them. At least one piece is cut short: whole words run
 * together (Raiffeisenbank) are a plain run-together name, judged by the word alignment.
 */
export function contractionOf(word: string, words: readonly string[]): string[] | null {
  if (word.length < CONTRACTION_MIN || words.length < 2 || !LETTERS.test(word)) return null;
  return piecesOf(word, words, PIECE_MIN, false, (pieces) => pieces.length >= 2 && pieces.some((p, k) => p !== words[k]), true);
}

/**
 * `word` cut into pieces, each the start (at least `minPiece` letters) of the next of `words` in
 * order, that `accept` takes; with `everyWord`, every word gives a piece, else the pieces end with
 * `word`. Tries longer pieces first; null when no cut is accepted.
 */
function piecesOf(
  word: string, words: readonly string[], minPiece: number, everyWord: boolean, accept: (pieces: readonly string[]) => boolean, ck = false,
): string[] | null {
  const pieces: string[] = [];
  const walk = (pos: number, j: number): boolean => {
    if (everyWord ? j === words.length : pos === word.length) return pos === word.length && accept(pieces);
    if (j >= words.length) return false;
    const w = words[j];
    // With every word to use, leave at least one letter for each word still to come.
    const reserve = everyWord ? words.length - j - 1 : 0;
    for (let n = Math.min(w.length, word.length - pos - reserve); n >= minPiece; n--) {
      if (!sameStart(word, pos, w, n, ck)) continue;
      pieces.push(w.slice(0, n));
      if (walk(pos + n, j + 1)) return true;
      pieces.pop();
    }
    return false;
  };
  return walk(0, 0) ? pieces : null;
}

/** word[pos..pos+n) is w's start; with `ck`, c and k alike (a contraction's pieces: foldC). */
function sameStart(word: string, pos: number, w: string, n: number, ck: boolean): boolean {
  for (let k = 0; k < n; k++) {
    const x = word.charCodeAt(pos + k);
    const y = w.charCodeAt(k);
    if (x !== y && !(ck && (x === C || x === K) && (y === C || y === K))) return false;
  }
  return true;
}
const C = 99;
const K = 107;

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

/**
 * The pieces of `word`, one from the start of each of `words` in order and every word used, or null.
 * `name` given, the last one or two words may be left out when they are generic words or a legal
 * form written out, as initials leave them (KOMID: KOrea MIning Development [Trading Corporation]),
 * when every word left but the last gives two letters or more; three words stay (the pieces are of
 * the first words, one each).
 */
export function syllablesOf(word: string, words: readonly string[], name?: AnalysedName): string[] | null {
  if (word.length < SYLLABLES_MIN || word.length > SYLLABLES_MAX || words.length < 3 || !LETTERS.test(word)) return null;
  const accept = (pieces: readonly string[]) => pieces.some((p) => p.length >= 2);
  // Without its tail a name is read by syllables: two letters or more of each word but the last
  // (single letters of a shortened name spell too much: SAAB is not SAudi Aramco Base [Oil Company]).
  const bySyllables = (pieces: readonly string[]) => pieces.every((p, k) => k === pieces.length - 1 || p.length >= 2);
  for (let end = words.length, dropped = 0; end >= 3 && dropped <= 2; dropped++) {
    if (end <= word.length) {
      const pieces = piecesOf(word, end === words.length ? words : words.slice(0, end), 1, true, dropped === 0 ? accept : bySyllables);
      if (pieces) return pieces;
    }
    if (name === undefined || !droppedInShortForms(words[end - 1], name)) break;
    end--;
  }
  return null;
}

/** A word short forms leave out at a name's end: a generic word (trading, group) or a legal form written out. */
function droppedInShortForms(w: string, name: AnalysedName): boolean {
  return GENERIC_WORDS.has(CANONICAL[w] ?? w) || name.legalForms.includes(w);
}

/**
 * Word pieces: a short form made of the leading syllables of some of the name's words, in order,
 * run together, where the name's other words are left out (KENGEN: KENya [Electricity] GENerating
 * Company; SYRIANAIR: SYRIAN [Arab] AIRlines; WALMEX: WAL-mart de MEXico). Each piece is three
 * letters or more (two-letter pieces of a five-letter word are prefixes of some word pair of any
 * long list: SEGRO would be SEnsetime GROup), the last one cut short (a whole word last is a
 * brand run together: SunPower is not SUNgrow POWER supply), no piece from a legal form or a stop
 * word (they are left out freely), a word of the name's body left out once at most (PIECE_SKIPS),
 * before the first piece only the place the name starts with. After the last piece only common
 * words, places and legal forms. Words joined by a hyphen are one word (UNIPRES is no reading of
 * Uni-President). Measured against the one-word names of real fund files (1,743 that a 2,740-name
 * list does not use): no reading; two-letter pieces gave seven chance readings, pieces of legal
 * forms (CO of company) more.
 */
export type PieceRole = 'stop' | 'form' | 'place' | 'generic' | 'distinctive';
export interface PieceWord {
  readonly text: string;
  readonly role: PieceRole;
  /** Where the parts of a hyphenated word start after the first (walmart: [3]). */
  readonly parts?: readonly number[];
}

export const PIECES_MIN = 6;
export const PIECES_MAX = 14;
const WP_MIN = 3;
const WP_MAX = 6;
const PIECE_SKIPS = 1;

function pieceRole(w: string, name: AnalysedName): PieceRole {
  return ACRONYM_STOP_WORDS.has(w) ? 'stop'
    : name.legalForms.includes(w) || LEGAL_FORMS.has(w) ? 'form'
      : PLACES.has(w) ? 'place'
        : GENERIC_WORDS.has(CANONICAL[w] ?? w) ? 'generic' : 'distinctive';
}

/** Pairs of words the raw name joins by a hyphen ("wal mart" of Wal-Mart), folded as normalisation folds letters. */
function hyphenPairs(raw: string): Set<string> | null {
  if (!raw.includes('-')) return null;
  const folded = raw.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  let out: Set<string> | null = null;
  for (const m of folded.matchAll(/[a-z]+(?:-[a-z]+)+/g)) {
    const parts = m[0].split('-');
    for (let k = 0; k + 1 < parts.length; k++) (out ??= new Set()).add(`${parts[k]} ${parts[k + 1]}`);
  }
  return out;
}

/** The name's words as word pieces read them (see wordPieces), from `text` (norm or written); `raw`: the name as written, for its hyphens. */
export function pieceWords(text: string, name: AnalysedName, raw?: string): PieceWord[] {
  const joined = raw === undefined ? null : hyphenPairs(raw);
  const out: PieceWord[] = [];
  let prev = '';
  for (const w of text.split(' ')) {
    if (!isLetters(w)) {
      prev = '';
      continue;
    }
    if (joined !== null && prev !== '' && joined.has(`${prev} ${w}`)) {
      const last = out[out.length - 1];
      const role = last.role === 'distinctive' || pieceRole(w, name) === 'distinctive' ? 'distinctive' : last.role;
      out[out.length - 1] = { text: last.text + w, role, parts: [...(last.parts ?? []), last.text.length] };
    } else out.push({ text: w, role: pieceRole(w, name) });
    prev = w;
  }
  return out;
}

/** One piece of a word-pieces reading: `text` from the name's word `word` (its index in the words). */
export interface Piece {
  readonly text: string;
  readonly word: number;
}

/** The pieces `word` is made of, taken from `words` (see above), or null. Longer pieces first. */
export function wordPieces(word: string, words: readonly PieceWord[]): Piece[] | null {
  if (word.length < PIECES_MIN || word.length > PIECES_MAX || !isLetters(word)) return null;
  for (const w of words) if (w.text === word || (w.text.length === word.length + 1 && w.text.startsWith(word))) return null;
  const pieces: Piece[] = [];
  const n = words.length;
  const walk = (pos: number, j: number, skips: number): boolean => {
    if (pos === word.length) {
      if (pieces.length < 2) return false;
      const lastPiece = pieces[pieces.length - 1];
      if (lastPiece.text === words[lastPiece.word].text) return false;
      for (let k = j; k < n; k++) if (words[k].role === 'distinctive') return false;
      return true;
    }
    if (j === n) return false;
    const w = words[j];
    const t = w.text;
    if (w.role !== 'stop' && w.role !== 'form') {
      const most = Math.min(word.length - pos, t.length);
      for (let len = most; len >= WP_MIN; len--) {
        if ((len > WP_MAX && len !== t.length) || word.length - pos - len === 1 || word.length - pos - len === 2) continue;
        if (!sameStart(word, pos, t, len, false)) continue;
        // A piece ends where the word and the name's word part (HUNTING is no HUNTington INGalls).
        // (Or at a hyphen: WALMEX is WAL-mart de MEXico.)
        if (len < t.length && pos + len < word.length && word.charCodeAt(pos + len) === t.charCodeAt(len) && !w.parts?.includes(len)) continue;
        pieces.push({ text: t.slice(0, len), word: j });
        if (walk(pos + len, j + 1, skips)) return true;
        pieces.pop();
      }
    }
    // Left out: a stop word or a legal form freely; the place the name starts with, or a word of its body, once.
    if (w.role === 'stop' || w.role === 'form') return walk(pos, j + 1, skips);
    if (skips >= PIECE_SKIPS || (pieces.length === 0 && w.role !== 'place')) return false;
    return walk(pos, j + 1, skips + 1);
  };
  return walk(0, 0, 0) ? [...pieces] : null;
}

/** The keys a listed name is filed under for word pieces: the first three letters of a word the first piece may come from, with the initial of a word the second may. */
export function pieceKeysOf(lists: readonly (readonly PieceWord[])[], out: string[]): void {
  for (const words of lists) {
    const body: string[] = [];
    let placeFirst = false;
    for (const w of words) {
      if (w.role === 'stop' || w.role === 'form') continue;
      if (body.length === 0) placeFirst = w.role === 'place';
      body.push(w.text);
      if (body.length === 4) break;
    }
    for (let s = 0; s <= (placeFirst ? 1 : 0); s++) {
      const first = body[s];
      if (first === undefined || first.length < WP_MIN) continue;
      // The next word, or (no word left out yet) the one after it.
      for (let n = s + 1; n <= (s === 0 ? 2 : s + 1) && n < body.length; n++) {
        const k = first.slice(0, WP_MIN) + body[n][0];
        if (!out.includes(k)) out.push(k);
      }
    }
  }
}

/** The keys a word may be found by as word pieces (pieceKeysOf): its first three letters, with the letter each second piece may start with. */
export function pieceKeys(word: string, out: string[]): void {
  if (word.length < PIECES_MIN || word.length > PIECES_MAX || !isLetters(word)) return;
  for (let p = WP_MIN; p + WP_MIN <= word.length; p++) {
    const k = word.slice(0, WP_MIN) + word[p];
    if (!out.includes(k)) out.push(k);
  }
}

/** The word lists word pieces read a name of two or more words from: its words, and as written before translation (SIDerurgica, not steel). */
export function namePieceWords(name: AnalysedName, raw: string): PieceWord[][] {
  if (name.tokens.length < 2 || name.tokens.some((t) => t.han)) return [];
  const out = [pieceWords(name.norm, name, raw)];
  if (name.written !== undefined && name.written !== name.norm) out.push(pieceWords(name.written, name, raw));
  return out;
}

/**
 * Russian initials of a name the list writes in English (the `acronym-translated` rule): post-Soviet
 * companies and agencies are known by the initials of their Russian (or Belarusian, Ukrainian) name,
 * romanised letter by letter, while lists write the name translated. Each English business word
 * gives the initial of the word Russian names use for it (RUSSIAN_INITIALS: works, plant ->
 * z of zavod or k of kombinat; research -> n of nauchno-; enterprise -> p of predpriyatie; coal ->
 * u of ugolnaya; wheel -> k of kolesnykh ...), another word its own initial (a name, Minsk, Siberian:
 * MTZ, Minsk Tractor Works, Minskiy Traktornyy Zavod; SUEK, Siberian Coal Energy Company; DNPP,
 * Dolgoprudny Research Production Enterprise; FSVTS, Federal Service for Military-Technical
 * Cooperation), c read k (kompaniya); and Russian puts the head noun the English name ends in
 * after the adjective the name starts with, its complements after it in the genitive (FSB:
 * Federal'naya Sluzhba Bezopasnosti, Federal Security Service; RFPI: Rossiyskiy Fond Pryamykh
 * Investitsiy, Russian Direct Investment Fund; MZKT: Minskiy Zavod Kolesnykh Tyagachey, Minsk Wheel
 * Tractor Plant), so the name is read in both orders (the head a generic word the name ends in too). Complete for the words names of state
 * enterprises, agencies, banks and plants are made of; a word with no entry gives its own initial.
 * Three letters only in a post-Soviet name (a post-Soviet legal form or country word on either
 * side: `context`); loose, as every acronym: review at most.
 */
export const RUSSIAN_INITIALS: Readonly<Record<string, readonly string[]>> = {
  // Plants, enterprises and their kinds.
  works: ['z', 'k'], plant: ['z', 'k'], factory: ['f', 'z'], mill: ['k', 'z'], combine: ['k'], shipyard: ['ss', 'sz', 'z'], yard: ['z', 'v'],
  enterprise: ['p'], association: ['o'], concern: ['k'], corporation: ['k'], company: ['k'], group: ['g'], holding: ['kh', 'h'],
  organization: ['o'], organisation: ['o'], institution: ['u', 'o'], institute: ['i'], center: ['ts'], centre: ['ts'],
  bureau: ['b'], office: ['b'], agency: ['a'], service: ['s'], ministry: ['m'], committee: ['k'], administration: ['u'],
  directorate: ['u'], department: ['d'], board: ['u', 's'], authority: ['u', 'a'], inspectorate: ['i'], fund: ['f'], foundation: ['f'],
  bank: ['b'], exchange: ['b'], depository: ['d'], university: ['u'], academy: ['a'], laboratory: ['l'], complex: ['k'], station: ['s'],
  // What they do.
  research: ['n', 'i'], scientific: ['n'], science: ['n'], production: ['p'], industrial: ['p'], manufacturing: ['p'], industry: ['p'],
  design: ['k', 'p'], engineering: ['m', 'i'], machine: ['m'], building: ['s'], construction: ['s'], shipbuilding: ['s'],
  instrument: ['p'], instruments: ['p'], equipment: ['o'], repair: ['r'], trade: ['t'], trading: ['t'], commercial: ['k'], savings: ['s'],
  credit: ['k'], settlement: ['r'], investment: ['i'], investments: ['i'], insurance: ['s'], development: ['r'], cooperation: ['s'],
  security: ['b'], defence: ['o'], defense: ['o'], military: ['v'], technical: ['t'], technological: ['t'], technology: ['t'],
  transport: ['t'], shipping: ['m', 's'], communications: ['s'], telecommunications: ['s'], communication: ['s'], mining: ['g', 'd'],
  processing: ['p'], refinery: ['n'], refining: ['n'], generating: ['g'], generation: ['g'], distribution: ['r'], grid: ['s'], grids: ['s'],
  // What of.
  coal: ['u'], oil: ['n'], gas: ['g'], energy: ['e'], power: ['e'], electric: ['e'], electricity: ['e'], electronics: ['e'], chemical: ['kh', 'h'],
  chemicals: ['kh', 'h'], petrochemical: ['n'], steel: ['m', 's'], metallurgical: ['m'], metal: ['m'], aluminium: ['a'], aluminum: ['a'],
  tractor: ['t'], tractors: ['t'], wheel: ['k'], wheeled: ['k'], automobile: ['a'], motor: ['m', 'a'], engine: ['d', 'm'], engines: ['d', 'm'],
  aircraft: ['a', 's'], aviation: ['a'], space: ['k'], rocket: ['r'], nuclear: ['a', 'ya'], atomic: ['a'], radio: ['r'], optical: ['o'],
  arms: ['o'], weapons: ['o'], ammunition: ['b'], railways: ['zhd', 'zd'], railway: ['zhd', 'zd'], river: ['r'], sea: ['m'], marine: ['m'],
  maritime: ['m'], port: ['p'], air: ['v'], airlines: ['a'], road: ['d'], water: ['v'], heavy: ['t'], precision: ['t'],
  // Which.
  state: ['g'], federal: ['f'], national: ['n'], central: ['ts'], foreign: ['v'], economic: ['e'], direct: ['p'],
  nonbank: ['n'], northern: ['s'], southern: ['yu', 'u'], eastern: ['v'], western: ['z'], north: ['s'], south: ['yu', 'u'], east: ['v'],
  west: ['z'], russian: ['r'], russia: ['r'], belarusian: ['b'], byelorussian: ['b'], ukrainian: ['u'], siberian: ['s'], united: ['o'],
};

/**
 * Words besides POST_SOVIET_WORDS that say a listed name is Russian (Federal, Siberian, Ural,
 * Soviet; a works written kombinat, zavod): a name with none (a Chinese "Co., Ltd.", a Chinese
 * bureau or institute: WIPS read Wuhan Institute of Posts and Telecommunications in Russian) has no
 * Russian initials filed. Filed for every name, they were three keys an alias on average and a
 * fifth more compile time.
 */
const RUSSIAN_ORG_WORDS: ReadonlySet<string> = new Set(['federal', 'siberian', 'ural', 'soviet', 'kombinat', 'zavod']);

/** Whether a listed name may be known by Russian initials: post-Soviet (postSoviet) or Russian by its words (RUSSIAN_ORG_WORDS). */
export function mayHaveRussianInitials(name: AnalysedName): boolean {
  if (postSoviet(name)) return true;
  for (const t of name.tokens) if (RUSSIAN_ORG_WORDS.has(t.text) || (t.spelled !== '' && RUSSIAN_ORG_WORDS.has(t.spelled))) return true;
  return name.written !== undefined && name.written.split(' ').some((w) => RUSSIAN_ORG_WORDS.has(w));
}

/** Words that say a name is post-Soviet (a legal form or a country): three Russian initials are read only in such a name. */
export const POST_SOVIET_WORDS: ReadonlySet<string> = new Set([
  'oao', 'zao', 'pao', 'ao', 'ooo', 'nao', 'ojsc', 'cjsc', 'pjsc', 'jsc', 'fgup', 'fsue', 'gup', 'mup', 'rup', 'rue', 'nko', 'tov', 'pat', 'prat',
  'russia', 'russian', 'belarus', 'belarusian', 'byelorussian', 'belorussian', 'ukraine', 'ukrainian', 'soviet', 'moscow', 'minsk',
]);

/** Whether a name says it is post-Soviet (POST_SOVIET_WORDS among its words or legal forms). */
export function postSoviet(name: AnalysedName): boolean {
  for (const f of name.legalForms) if (POST_SOVIET_WORDS.has(f)) return true;
  for (const t of name.tokens) if (POST_SOVIET_WORDS.has(t.text)) return true;
  return name.written !== undefined && name.written.split(' ').some((w) => POST_SOVIET_WORDS.has(w));
}

/** The Russian letters a slot's word gives (RUSSIAN_INITIALS), or null when it has none. */
function russianLetters(s: Slot): readonly string[] | null {
  if (s.role === 'stop') return null;
  return RUSSIAN_LETTERS.get(s.text) ?? null;
}
/** RUSSIAN_INITIALS by each word and each spelling canonicalised to it (a Map: no prototype's keys, "constructor" is no word of the table). */
const RUSSIAN_LETTERS: ReadonlyMap<string, readonly string[]> = new Map([
  ...Object.entries(CANONICAL).filter(([, canonical]) => Object.hasOwn(RUSSIAN_INITIALS, canonical)).map(([w, canonical]): [string, readonly string[]] => [w, RUSSIAN_INITIALS[canonical]]),
  ...Object.entries(RUSSIAN_INITIALS),
]);

/**
 * The slots read as Russian initials (see RUSSIAN_INITIALS): each word of the table gives its Russian
 * letters alone, c read k; in the English order and with the head noun (the last required word)
 * moved after the first word when three words or more are required. [] when no word of the name
 * is in the table (its Russian initials are its English ones, already read).
 */
function russianReadings(slots: readonly Slot[]): Slot[][] {
  let readings = READINGS.get(slots);
  if (readings === undefined) {
    readings = buildRussianReadings(slots);
    READINGS.set(slots, readings);
  }
  return readings;
}

/** russianReadings by the slots read (a listed name's are read again and again, one fund-file word after another). */
const READINGS = new WeakMap<readonly Slot[], Slot[][]>();

function buildRussianReadings(slots: readonly Slot[]): Slot[][] {
  let translated = 0;
  const out: Slot[] = [];
  for (const s of slots) {
    const letters = russianLetters(s);
    if (letters === null) out.push(s);
    else {
      // (A legal form alone read so is the c read k the plain initials have.)
      if (s.role !== 'form' && s.role !== 'end-form') translated++;
      out.push({ ...s, options: s.role === 'form' || s.role === 'end-form' ? [...letters, ...s.options.filter((o) => o.length > 1)] : letters });
    }
  }
  if (translated === 0) return [];
  const readings = [out];
  const required: number[] = [];
  for (let k = 0; k < out.length; k++) if (out[k].role === 'word' || out[k].role === 'tail') required.push(k);
  const head = required[required.length - 1];
  // Only a head noun of the table moves (a service, fund, plant): a brand the name ends in stays
  // (APA is not Arsenyev [Progress] Aviation, PJSC Arsenyev Aviation Company Progress).
  if (required.length >= 3 && russianLetters(slots[head]) !== null) {
    // (A generic word the name ends in is its head, required where it moves: Minsk [Plant] Wheel Tractor.)
    const moved = out.slice();
    const [h] = moved.splice(head, 1);
    moved.splice(required[0] + 1, 0, h.role === 'tail' ? { ...h, role: 'word' } : h);
    readings.push(moved);
  }
  return readings;
}

/** Whether `word` is the Russian initials of the name read as `initials` (see RUSSIAN_INITIALS); `context`: whether either name is post-Soviet, asked of three letters only. */
export function spellsRussianInitials(word: string, initials: NameInitials, context: () => boolean): boolean {
  if (!mayBeAcronym(word) || (word.length < 4 && !context())) return false;
  for (const slots of [initials.norm, initials.written]) {
    if (slots.length === 0) continue;
    for (const reading of russianReadings(slots)) if (walkInitials(reading, word, null, undefined, true)) return true;
  }
  return false;
}

/**
 * The Russian initials of a listed name (c read k), filed so a fund file's one word finds it (see
 * RUSSIAN_INITIALS); `initials`: the name's (nameInitials), when the caller has them.
 */
export function russianInitialsOf(name: AnalysedName, initials?: NameInitials): string[] {
  if (!mayHaveRussianInitials(name)) return [];
  const { norm, written } = initials ?? nameInitials(name);
  const out: string[] = [];
  for (const slots of [norm, written]) {
    if (slots.length === 0) continue;
    for (const reading of russianReadings(slots)) {
      const more: string[] = [];
      walkInitials(reading, null, more, undefined, true);
      for (const m of more) if (!out.includes(m)) out.push(m);
    }
  }
  return out;
}
