/**
 * Where a name's candidates come from: the one interface in front of the matcher's speed
 * machinery (issue 12). The compiled indexes (src/match/compile.ts) are asked in a fixed order,
 * each through its Bloom filter first (a key it lets through is then looked up for real): the
 * name's exact forms (core, compact, the start of a cut name; a one-word name as initials or a
 * contraction), then word by word: two words run together, each distinctive word, the list words
 * a cut last word may start, and for a word the list does not use, the typo index (one edit, a
 * short word's typo, two edits for a long word, another transliteration, a typo of a common word).
 * What it returns is only worth scoring: the rules (score.ts, evidence.ts) decide.
 */
import { abjadIndex, cognateIndex, FREQUENT_POSTINGS, loanIndex, numberlessKey, orderKey, startKey, type AliasIndex, type CompiledLists } from './compile.js';
import { HASH_START, hashText } from './key-filter.js';
import type { QueryName } from './score.js';
import { completionOf, type NameToken } from './normalise.js';
import { compoundInitials, compoundKey, mayBeCompound, type CompoundReading } from './compounds.js';
import { contractionKey, contractionKeys, coreInitials, initialsOf, mayBeAcronym, pieceKeys, PIECES_MIN, syllableKeys, syllableStarts, writtenWords } from './acronyms.js';
import { cognateKeys, endsAsRussianAdjective, koreanEnds, koreanKeyIn, SOUND_MIN_LENGTH, soundKey, translitKeyIn, VOWEL_VARIANT_MIN, vowelKeyIn, vowelVariant } from './sounds.js';
import { SHORT_TYPO_LENGTH, SHORT_TYPO_MIN } from './edits.js';
import { PINYIN_POSTAL } from './vocabulary.js';
import { abjadSkeleton } from './abjad.js';
import { loanSkeleton } from './loanwords.js';

export interface CandidateSource {
  /** The aliases worth scoring for an analysed name, each once, in the order the indexes name them (exact forms first, then by word). */
  candidates(q: QueryName): number[];
  /**
   * The aliases a fund file's name read through its compound words (compounds.ts) may be found in:
   * those filed under a word of one of its slots, from the slot that names fewest.
   */
  readingCandidates(reading: CompoundReading): number[];
}

/**
 * The aliases one query collects, each once, in the order first named. A stamp per alias instead
 * of a Set: no allocation per query.
 */
class CandidateSet {
  list: number[] = [];
  private readonly stamps: Int32Array;
  private stamp = 0;

  constructor(aliases: number) {
    this.stamps = new Int32Array(aliases);
  }

  start(): void {
    if (this.stamp === 0x7fffffff) {
      this.stamps.fill(0);
      this.stamp = 0;
    }
    this.stamp++;
    this.list = [];
  }

  add(aliases: number | readonly number[] | undefined): void {
    if (aliases === undefined) return;
    if (typeof aliases === 'number') this.addOne(aliases);
    // (Indexed: an iterator over these arrays of several kinds, one frozen, was allocated per call.)
    else for (let k = 0; k < aliases.length; k++) this.addOne(aliases[k]);
  }

  private addOne(ai: number): void {
    if (this.stamps[ai] === this.stamp) return;
    this.stamps[ai] = this.stamp;
    this.list.push(ai);
  }
}

const NO_ALIASES: readonly number[] = Object.freeze([]);
/** Numbers (words, aliases) the typo memo holds before it starts over: a few MB. */
const TYPO_MEMO_LIMIT = 1_000_000;
/** Bits of the filter of words searched once (2^20: 128 KB); it starts over when an eighth are set. */
const SEEN_BITS_LOG2 = 20;
const SEEN_LIMIT = (1 << SEEN_BITS_LOG2) >>> 3;

function appendAliases(out: number[], aliases: number | readonly number[] | undefined): void {
  if (aliases === undefined) return;
  if (typeof aliases === 'number') out.push(aliases);
  else for (let k = 0; k < aliases.length; k++) out.push(aliases[k]);
}

/** The aliases of each of `words` in `index`, appended to `out` (indexed loops: see CandidateSet.add). */
function appendAliasesOf(out: number[], index: AliasIndex, words: readonly string[]): void {
  for (let k = 0; k < words.length; k++) appendAliases(out, index.get(words[k]));
}

/** The candidate source over compiled lists (it keeps per-source scratch and a bounded memo of typo searches by word). */
export function createCandidateSource(c: CompiledLists): CandidateSource {
  /** List words a cut word may be the start of. */
  function completions(prefix: string): string[] {
    let lo = 0;
    let hi = c.vocab.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (c.vocab[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < c.vocab.length && c.vocab[i].startsWith(prefix) && out.length < 50; i++) out.push(c.vocab[i]);
    return out;
  }

  /**
   * The aliases a word the list does not use finds through its typos, by word: the words of a
   * file's names repeat (TECHNOLOGY, a group's brand), the search is the costly part of finding
   * candidates. Bounded by the numbers it holds (then it starts over). A word is remembered at its
   * second search (`seen`, by its key hash `hash`): most words seen once are seen only once (a
   * brand in a file of unique issuers), and remembering each held memory the collector copied.
   */
  const typoMemo = new Map<string, readonly number[]>();
  let typoMemoHeld = 0;
  const seen = new Int32Array((1 << SEEN_BITS_LOG2) >>> 5);
  let seenCount = 0;
  function typoCandidates(tok: NameToken, hash: number): readonly number[] {
    const t = tok.text;
    const bit = hash >>> (32 - SEEN_BITS_LOG2);
    const again = (seen[bit >>> 5] & (1 << (bit & 31))) !== 0;
    // A word not seen since the filter started over is searched without asking the memo (its
    // answer is the same; a word seen once would only miss there).
    if (again) {
      const known = typoMemo.get(t);
      if (known !== undefined) return known;
    } else {
      seen[bit >>> 5] |= 1 << (bit & 31);
      if (++seenCount > SEEN_LIMIT) {
        seen.fill(0);
        seenCount = 0;
      }
    }
    const out: number[] = [];
    const near = c.typos.similar(t);
    appendAliasesOf(out, c.postings, near);
    if (t.length <= SHORT_TYPO_LENGTH + 1) appendAliasesOf(out, c.postings, c.shortTypos.similar(t));
    // Two edits only for a long word with no one-edit neighbour (found through its sound key, as another transliteration is).
    const twoEdits = near.length === 0 && t.length >= 8;
    // (The key is kept on the token: scoring compares the word by sound with the candidates' words.)
    const k = twoEdits || c.sounds.size > 0 ? (tok.sound ??= soundKey(t)) : '';
    if (twoEdits) appendAliasesOf(out, c.postings, c.typos.twoEdits(t, k));
    // Another transliteration of a listed word (Hizballah / Hezbollah).
    if (c.sounds.size > 0) {
      const alike = k ? c.sounds.get(k) : undefined;
      if (alike) appendAliasesOf(out, c.postings, alike);
    }
    // Another romanisation of a listed word (Rostekh / Rostec, Ukrgidroenergo / Ukrhydroenergo),
    // for a word near no listed word by typo or sound.
    if (out.length === 0 && c.translits.size > 0 && t.length >= SOUND_MIN_LENGTH) {
      const r = translitKeyIn(t, c.translitFilter);
      const spelled = r ? c.translits.get(r) : undefined;
      if (spelled) appendAliasesOf(out, c.postings, spelled);
      else if (c.koreanEnds.has(koreanEnds(t))) {
        // One Korean word in another romanisation (Rotde / Lotte), under its own key.
        const korean = koreanKeyIn(t, c.translitFilter);
        const alike = korean ? c.translits.get(korean) : undefined;
        if (alike) appendAliasesOf(out, c.postings, alike);
      }
    }
    // Another romanisation with a vowel written otherwise besides (Qods / Quds, Hrodna / Grodno).
    if (out.length === 0 && c.translits.size > 0 && t.length >= VOWEL_VARIANT_MIN && tok.kind !== 'place') {
      const v = vowelKeyIn(t, c.translitFilter);
      const alike = v ? c.translits.get(v) : undefined;
      if (alike) for (const w of alike) if (vowelVariant(t, w)) appendAliases(out, c.postings.get(w));
    }
    // A romanised Russian adjective and the English word it is made like (Baltiyskiy / Baltic).
    if (out.length === 0 && t.length >= SOUND_MIN_LENGTH && endsAsRussianAdjective(t)) {
      const cognates = cognateIndex(c);
      for (const k of cognateKeys(t)) {
        const alike = cognates.get(k);
        if (alike) appendAliasesOf(out, c.postings, alike);
      }
    }
    // A typo of a word of a name made only of common words ("Bank of Chima").
    if (c.commonPostings.size > 0) {
      appendAliasesOf(out, c.commonPostings, c.commonTypos.similar(t));
      if (t.length <= SHORT_TYPO_LENGTH + 1) appendAliasesOf(out, c.commonPostings, c.commonShortTypos.similar(t));
    }
    const found = out.length > 0 ? out : NO_ALIASES;
    if (!again) return found;
    typoMemoHeld += 1 + out.length + (t.length >> 2);
    if (typoMemoHeld > TYPO_MEMO_LIMIT) {
      typoMemo.clear();
      typoMemoHeld = 0;
    }
    typoMemo.set(t, found);
    return found;
  }

  const collected = new CandidateSet(c.aliasTexts.length);
  /** Scratch: the postings of the query's frequent distinctive words (see candidates), and per alias how many of them name it. */
  const frequent: (readonly number[])[] = [];
  const frequentHits = new Uint8Array(c.aliasTexts.length);
  /** Scratch: the syllable starts of one query (see candidates). */
  const startScratch: string[] = [];
  /** Scratch: per query token, its key hash (see candidates). */
  const tokenHashes: number[] = [];

  /** Aliases worth scoring, in the order the indexes name them (exact forms first, then by word). */
  function candidates(q: QueryName): number[] {
    collected.start();
    const toks = q.name.tokens;
    // Each lookup asks the index's Bloom filter first (by hash: the pair of words run together is
    // hashed without building the string); only a key it lets through is looked up.
    // Core and compact are the words joined (by one space, by nothing): hashed word by word, as
    // the words are flat strings and the joins are not (reading a joined string char by char is slow).
    const hashes = tokenHashes;
    hashes.length = toks.length;
    let coreHash = HASH_START;
    let compactHash = HASH_START;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i].text;
      hashes[i] = hashText(HASH_START, t);
      coreHash = hashText(i > 0 ? hashText(coreHash, ' ') : coreHash, t);
      compactHash = hashText(compactHash, t);
    }
    // A word's kind depends on the word alone, so an alias with this exact core has every
    // distinctive word of the query among its postings: if one is missing, skip the lookup.
    let coreListed = c.coreFilter.mayHave(coreHash);
    for (let i = 0; i < toks.length && coreListed; i++) {
      if (q.kinds[i] === 'distinctive' && !(c.postingsFilter.mayHave(hashes[i]) && c.postings.has(toks[i].text))) coreListed = false;
    }
    if (coreListed) collected.add(c.byCore.get(q.name.core));
    if (c.compactFilter.mayHave(compactHash)) collected.add(c.byCompact.get(q.name.compact));
    if (q.name.compactWritten !== undefined) collected.add(c.byCompact.get(q.name.compactWritten));
    if (q.name.truncated && toks.length >= 3) collected.add(c.byStart.get(startKey(q.name)));
    // A name of common words with another number (The 78 Bank / The 77 Bank).
    if (c.byNumberless.size > 0 && q.kinds.includes('number')) {
      const masked = numberlessKey(q.name);
      if (masked !== null) collected.add(c.byNumberless.get(masked));
    }
    // A name of common words in another order (Chinese Academy of Sciences Institute of Automation).
    if (c.byWordSet.size > 0 && toks.length >= 2 && !q.kinds.includes('distinctive')) {
      const ordered = orderKey(q.name);
      if (ordered !== null) collected.add(c.byWordSet.get(ordered));
    }
    // A one-word name may be the initials of a listed name (IBM, ICBC).
    // (The list files its initials also with c read k: RNKB finds Russian National Commercial Bank.)
    if (toks.length === 1 && c.byInitials.size > 0 && mayBeAcronym(toks[0].text)) collected.add(c.byInitials.get(toks[0].text));
    // A one-word compound may be what the list writes as its stems' initials (Vneshtorgbank: VTB).
    if (toks.length === 1 && !toks[0].han) {
      const stemInitials = compoundInitials(toks[0].text);
      if (stemInitials !== null) {
        collected.add(c.byShortForm.get(stemInitials));
        // ... or beside the word of its last stem (VTB Bank).
        if (c.postingsFilter.mayHave(hashText(HASH_START, stemInitials))) collected.add(c.postings.get(stemInitials));
      }
    }
    // ... or a contraction of its first words (Petronas: Petroliam Nasional).
    if (toks.length === 1 && q.kinds[0] === 'distinctive') for (const k of contractionKeys(toks[0].text)) collected.add(c.byContraction.get(k));
    // ... or a syllable acronym of its words (KEPCO: Korea Electric Power Corporation), when the list does not use the word.
    if (toks.length === 1 && q.kinds[0] === 'distinctive' && c.bySyllables.size > 0 && !c.postings.has(toks[0].text)) for (const k of syllableKeys(toks[0].text)) collected.add(c.bySyllables.get(k));
    // ... or leading syllables of some of its words (KENGEN: Kenya Electricity Generating), when the list does not use the word.
    if (toks.length === 1 && q.kinds[0] === 'distinctive' && c.byPieces.size > 0 && toks[0].text.length >= PIECES_MIN && !c.postings.has(toks[0].text)) {
      const keys = startScratch;
      keys.length = 0;
      pieceKeys(toks[0].text, keys);
      for (const k of keys) collected.add(c.byPieces.get(k));
    }
    // A name written out may be what the list writes as one short word: its initials (YPF), a
    // contraction (Petronas) or syllable acronym (KAMAZ) of its words.
    if (toks.length > 1 && c.byShortForm.size > 0) {
      // Every form of initials the scorer accepts (stop words, place and written-out form counted:
      // Bank of Valletta = BOV), not only the core words' (BV).
      for (const initials of coreInitials(q.name)) collected.add(c.byShortForm.get(initials));
      if (c.shortInitialStarts.size > 0) for (const initials of initialsOf(q.name, true, c.shortInitialStarts)) collected.add(c.byShortForm.get(initials));
      const ck = contractionKey(q.name);
      if (ck !== null) collected.add(c.byShortForm.get(ck));
      const starts = startScratch;
      starts.length = 0;
      if (toks.length >= 3 && !toks[0].han && !toks[1].han && !toks[2].han) syllableStarts([toks[0].text, toks[1].text, toks[2].text], starts);
      if (q.name.written !== undefined) syllableStarts(writtenWords(q.name, true), starts);
      for (const k of starts) if (k !== ck) collected.add(c.byShortForm.get(k));
    }
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i].text;
      // A Chinese place the list writes in its postal spelling (Tsingtao Brewery / QINGDAO BREWERY).
      const postal = PINYIN_POSTAL.get(t);
      if (postal !== undefined) for (const p of postal) collected.add(c.postings.get(p));
      if (i + 1 < toks.length && c.postingsFilter.mayHave(hashText(hashes[i], toks[i + 1].text))) collected.add(c.postings.get(t + toks[i + 1].text));
      // ... and three (NAM CHON GANG: Namchongang).
      if (i + 2 < toks.length && c.postingsFilter.mayHave(hashText(hashText(hashes[i], toks[i + 1].text), toks[i + 2].text))) collected.add(c.postings.get(t + toks[i + 1].text + toks[i + 2].text));
      if (q.kinds[i] !== 'distinctive') continue;
      const exact = c.postingsFilter.mayHave(hashes[i]) ? c.postings.get(t) : undefined;
      // (A word that files more than FREQUENT_POSTINGS aliases is settled after the loop.)
      if (exact !== undefined && typeof exact !== 'number' && exact.length > FREQUENT_POSTINGS) frequent.push(exact);
      else collected.add(exact);
      if (q.name.cutEnd && i === toks.length - 1 && t.length >= 3) {
        for (const w of completions(t)) collected.add(c.postings.get(w));
        // ... and the names of common words with the common word it completes (common-words-cut).
        const whole = c.commonPostings.size > 0 ? completionOf(t) : null;
        if (whole !== null) collected.add(c.commonPostings.get(whole));
      }
      // An acronym beside words of the name (LIC of India, BNG Bank).
      if (exact === undefined && toks.length > 1 && c.byInitials.size > 0 && mayBeAcronym(t)) collected.add(c.byInitials.get(t));
      // Typo search only for a word the list does not use.
      if (exact === undefined && t.length >= SHORT_TYPO_MIN) collected.add(typoCandidates(toks[i], hashes[i]));
      // A word in Arabic script (its short vowels unwritten) finds the listed words of its consonants,
      // and a word in Latin letters the listed words in Arabic script of its consonants (Mellat / ملت).
      if (exact === undefined && (toks[i].abjad || c.abjadWords.size > 0)) {
        const skeleton = abjadSkeleton(t, 2);
        const words = skeleton === '' ? undefined : (toks[i].abjad ? abjadIndex(c) : c.abjadWords).get(skeleton);
        if (words !== undefined) for (const w of words) collected.add(c.postings.get(w));
      }
      // A word read from kana or Hangul finds the listed words of its consonants as those languages
      // say them, and a word in Latin letters the listed words in kana or Hangul (Krafton / 크래프톤).
      if (exact === undefined && (toks[i].loan === true || c.loanWords.size > 0)) {
        const skeleton = loanSkeleton(t, toks[i].loan !== true);
        const words = skeleton === '' ? undefined : (toks[i].loan === true ? loanIndex(c) : c.loanWords).get(skeleton);
        if (words !== undefined) for (const w of words) collected.add(c.postings.get(w));
      }
      // ... and run together with the word before (the article: al mrai / Almarai).
      if (toks[i].abjad && i > 0) {
        const skeleton = abjadSkeleton(toks[i - 1].text + t, 2);
        const words = skeleton === '' ? undefined : abjadIndex(c).get(skeleton);
        if (words !== undefined) for (const w of words) collected.add(c.postings.get(w));
      }
      // ... and a compound of it in another romanisation (Tekhnopromeksport / Technopromexport).
      if (exact === undefined && c.byCompoundKey.size > 0 && !toks[i].han && mayBeCompound(t)) {
        const key = compoundKey(t);
        if (key !== null) collected.add(c.byCompoundKey.get(key));
      }
    }
    // A listed name with a compound word, read through its stems (Ukrzaliznytsia: ukrainian railways).
    if (c.byCompoundWord.size > 0) for (let i = 0; i < toks.length; i++) collected.add(c.byCompoundWord.get(toks[i].text));
    if (frequent.length > 0) addFrequent(q);
    return collected.list;
  }

  /**
   * The aliases of the query's frequent distinctive words (each files more than FREQUENT_POSTINGS
   * aliases: a large list whose names share a vocabulary). Of a name with one distinctive word,
   * all of them. Of a name with several, only those that two of its frequent words name, or that
   * another source found: an alias that shares one frequent word of several, and nothing a typo,
   * sound or another word finds, would leave the name's other distinctive words unmatched.
   */
  function addFrequent(q: QueryName): void {
    let distinctive = 0;
    for (const k of q.kinds) if (k === 'distinctive') distinctive++;
    if (distinctive <= 1) {
      for (const list of frequent) collected.add(list);
    } else if (frequent.length > 1) {
      for (const list of frequent) for (let k = 0; k < list.length; k++) frequentHits[list[k]]++;
      for (const list of frequent) {
        for (let k = 0; k < list.length; k++) {
          const ai = list[k];
          if (frequentHits[ai] >= 2) collected.add(ai);
        }
      }
      for (const list of frequent) for (let k = 0; k < list.length; k++) frequentHits[list[k]] = 0;
    }
    frequent.length = 0;
  }

  function readingCandidates(reading: CompoundReading): number[] {
    collected.start();
    // Distinctive listed names are filed under their distinctive words: each is some slot's word
    // (compoundMatch takes no other), so every slot's postings are asked. A name of common words is
    // filed under each of its words: the slot of fewest such names finds all that may match.
    let fewest: ReadonlySet<string> | undefined;
    let fewestCount = Infinity;
    for (const slot of reading.slots) {
      let n = 0;
      for (const w of slot) {
        collected.add(c.postings.get(w));
        const common = c.commonPostings.get(w);
        n += common === undefined ? 0 : typeof common === 'number' ? 1 : common.length;
      }
      if (n < fewestCount) {
        fewestCount = n;
        fewest = slot;
      }
    }
    if (fewest !== undefined) for (const w of fewest) collected.add(c.commonPostings.get(w));
    return collected.list;
  }
  return { candidates, readingCandidates };
}
