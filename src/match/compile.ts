/**
 * Compiling lists once per run: every alias analysed and weighted, every identifier validated
 * and keyed, and the indexes the matcher looks candidates up in. Pure; never throws on list data
 * (a bad identifier becomes a warning, not an index entry).
 */
import { entityLabel, otherEntityLabel, readsAlikeWarning, type Identifier, type ListEntity, type LoadedList, type Relation } from '../lists/schema.js';
import type { MatchMethod, RelationKind, Tier } from './types.js';
import { compareLegalForms } from './legal-forms.js';
import { analyseName, formSpansOf, mayTranscribe, nameWords, type AnalysedName, type AnalyseOptions, type NameToken, type TokenKind } from './normalise.js';
import { CHINA_CITIES, CHINA_FIRST_LEVEL } from './vocabulary.js';
import { readsInPinyin } from './han-pinyin.js';
import { nameVariants } from './name-variants.js';
import { partCap, registeredParts, type RegisteredPart } from './registered-name.js';
import { compoundInitials, compoundKey, compoundReading, mayBeCompound, type CompoundReading } from './compounds.js';
import { contractionKeys, contractionKeysOf, foldC, initialsOf, nameInitials, russianInitialsOf, mayBeAcronym, namePieceWords, pieceKeysOf, syllableKey, syllableStart, type NameInitials, type PieceWord } from './acronyms.js';
import { bridgedIds, checkId, type IdType } from './identifiers.js';
import { ShortWordIndex, TypoIndex } from './typo-index.js';
import { SHORT_TYPO_MIN } from './edits.js';
import { buildCognateKeys, KOREAN_KEY_MARK, mayHaveCognateKeys, koreanEnds, koreanKey, soundKey, translitKey, vowelKey } from './sounds.js';
import { KeyFilter } from './key-filter.js';
import { abjadSkeleton } from './abjad.js';
import { loanSkeleton } from './loanwords.js';
import { countryFor, micCountry, micFor, parseTicker, tickerKey, type Market } from '../reference/markets.js';

/** Where a compiled alias or identifier leads: a listed entity, directly or through a relation. */
export interface Target {
  entity: number;
  relation: RelationKind;
  /** For relations: the related company's name and where the link is documented. */
  relationName?: string;
  relationSource?: string;
}

/** An alias as scoring needs it (see aliasAt). */
export interface CompiledAlias extends Target {
  /** The alias as the list writes it (also for its transcribed spelling: name.steps says so). */
  text: string;
  name: AnalysedName;
  /** Per core token: its weight in scoring. */
  weights: number[];
  /** Per core token: its kind after list-wide frequency (a common word becomes generic). */
  kinds: TokenKind[];
  /** Has at least one distinctive token: may match by similarity, not only exactly. */
  distinctive: boolean;
  /** How initials read the name (acronyms.ts nameInitials), worked out at the first scoring that asks. */
  initials: NameInitials | undefined;
  /** The words a one-word name may be a contraction or syllable acronym of (acronyms.ts contractionWords, writtenWords), likewise. */
  shortFormWords: { contraction: string[][]; written: string[] } | undefined;
  /** The words word pieces read the name as (acronyms.ts namePieceWords), likewise. */
  pieceWords: PieceWord[][] | undefined;
  /** Whether some word may be initials written beside the other name's words (score.ts hasAcronymWord), likewise. */
  acronymWord: boolean | undefined;
  /** Whether the alias states a legal form no Chinese registry writes (score.ts registered-words), likewise. */
  formElsewhere: boolean | undefined;
  /** A part of the registered name the alias is read as (registered-name.ts), or undefined for the name as listed. */
  part: AliasPart | undefined;
}

/**
 * A derived alias: the part of a listed name it is read as (or its compound words read as their
 * stems' words: compounds.ts), and the strongest tier it may give.
 */
export interface AliasPart extends Omit<RegisteredPart, 'rule' | 'how'> {
  rule: RegisteredPart['rule'] | 'compound-read';
  how: RegisteredPart['how'] | 'compound';
  cap: Tier;
}

export interface IdEntry extends Target {
  method: MatchMethod;
  /** The identifier as listed (for the explanation). */
  listed: string;
  /** For tickers: the market it is keyed under. */
  market?: Market;
  /** The list marks the identifier's attribution to the entity as partial: it cannot confirm alone. */
  partial: boolean;
}

/**
 * Key -> the aliases filed under it, ascending. Most keys name one alias: that one is stored as
 * the number itself, a list only from the second on (a 100,000-entity list makes a million keys).
 */
export type AliasIndex = Map<string, number | number[]>;

/**
 * A word that files more aliases than this is frequent: a fund-file name of several distinctive
 * words is compared with the aliases it files only when it shares two such words with one, or
 * another word or a near spelling finds it (candidate-source.ts), and compiling says so. Only a
 * list of tens of thousands of names sharing a vocabulary has one (the shipped list's commonest
 * word files 18 aliases, the 5,000-entity benchmark list's 4); there, every name that has such a
 * word scored thousands of aliases (~30 names a second against a 100,000-name list).
 */
export const FREQUENT_POSTINGS = 1_000;

/** The aliases filed under `key` (none: an empty list). */
export function filedUnder(index: AliasIndex, key: string): readonly number[] {
  const known = index.get(key);
  return known === undefined ? [] : typeof known === 'number' ? [known] : known;
}

/**
 * Whether alias `ai` is a listed short name a registered Han name may hold (han-short-name): a name
 * as the list writes it (not a reading in pinyin or through compounds, nor a part of a longer
 * name), and a company's, never a person's (王君正投资 holds no person).
 */
export function shortNameAlias(c: CompiledLists, ai: number): boolean {
  return !c.aliasPinyin.has(ai) && !c.compoundReadings.has(ai) && !c.aliasParts.has(ai) && c.entities[c.aliasTargets[ai].entity].entity.type !== 'person';
}

/** Files alias `ai` under `key` (aliases arrive in order: a repeat can only be the last one). */
function fileAlias(index: AliasIndex, key: string, ai: number): void {
  const known = index.get(key);
  if (known === undefined) index.set(key, ai);
  else if (typeof known === 'number') {
    if (known !== ai) index.set(key, [known, ai]);
  } else if (known[known.length - 1] !== ai) known.push(ai);
}

export interface CompiledEntity {
  entity: ListEntity;
  listPath: string;
}

export interface CompiledLists {
  entities: CompiledEntity[];
  /**
   * Per alias (by index): the text as listed and where it leads (one Target per entity or
   * relation, shared). Compiling analyses each alias once to index it and keeps nothing else of
   * it: the analysis is repeated, and kept, only for the aliases a query makes candidates
   * (aliasAt). A 100,000-entity list then holds index entries, not 200,000 analysed names.
   */
  aliasTexts: string[];
  aliasTargets: Target[];
  /**
   * Aliases that are the transcribed spelling of the list's text (ä -> ae: Drägerwerk is also
   * found as DRAEGERWERK): analysed with the transcribe option; their text stays the list's.
   */
  aliasTranscribed: Set<number>;
  /**
   * Aliases that are a Chinese name written in Han read in pinyin (han-pinyin.ts: 通威股份 is also
   * found as TONGWEI CO): analysed with the pinyin option; their text stays the list's.
   */
  aliasPinyin: Set<number>;
  /**
   * Aliases that are a part of the list's name a fund file keeps (registered-name.ts: the head of
   * "Fraport AG Frankfurt Airport Services Worldwide", "Transgaz S.A." of "S.N.T.G.N. Transgaz
   * S.A."): analysed as that part; their text stays the list's.
   */
  aliasParts: Map<number, AliasPart>;
  /**
   * Aliases that are a listed name with its compound words read as their stems' words
   * (compounds.ts: Ukrzaliznytsia = ukrainian railways), by alias: their reading. Compared only by
   * compoundMatch, found only through byCompoundWord.
   */
  compoundReadings: Map<number, CompoundReading>;
  /** Those aliases by the words of the first business stem of their reading (railways, bank ...). */
  byCompoundWord: AliasIndex;
  /** Aliases by the compound key of each compound word (compounds.ts: пром связь банк): another romanisation finds them. */
  byCompoundKey: AliasIndex;
  /** Aliases analysed for scoring so far. */
  analysed: Array<CompiledAlias | undefined>;
  /** Exact core form -> aliases. */
  byCore: AliasIndex;
  /** Core without spaces -> aliases. */
  byCompact: AliasIndex;
  /** Aliases by their first two words: a cut name whose distinctive words were cut off finds them so. */
  byStart: AliasIndex;
  /** The initials of names of two or more words (ICBC, TSMC) -> aliases: a one-word acronym finds them. */
  byInitials: AliasIndex;
  /** Names of common words with a number, by their core with each number written '#' (77 Bank: "# bank"): another number finds them. */
  byNumberless: AliasIndex;
  /** Names of common words by their words in sorted order: the same words in another order find them (orderKey). */
  byWordSet: AliasIndex;
  /** Names of two or more words by the first two letters of their first two words: a contraction (Petronas) finds them. */
  byContraction: AliasIndex;
  /** Names of three or more written words by their first three letters: a syllable acronym (KEPCO) finds them. */
  bySyllables: AliasIndex;
  /**
   * One-word names by themselves when they may be initials, by the keys a contraction of them is
   * found by (contractionKeys) and by their first three letters (syllableStart): a name written
   * out finds its short form (YPF, Petronas, KAMAZ).
   */
  byShortForm: AliasIndex;
  /** Names of two or more words by the keys word pieces find them by (acronyms.ts pieceKeysOf): a one-word name the list does not use (KENGEN) finds them. */
  byPieces: AliasIndex;
  /**
   * The starts (1 to 6 letters: c, cs, csc) of the one-word names that may be initials (CSC): a
   * name written out is read as initials only as far as one of them leads (none: not at all).
   */
  shortInitialStarts: Set<string>;
  /** Distinctive token (and adjacent-token concatenation) -> aliases. */
  postings: AliasIndex;
  /** Bloom filters over the keys of byCore, byCompact and postings (a miss needs no lookup). */
  coreFilter: KeyFilter;
  compactFilter: KeyFilter;
  postingsFilter: KeyFilter;
  /** Distinctive vocabulary, sorted (prefix search for cut names). */
  vocab: string[];
  /** Typo search over the distinctive vocabulary. */
  typos: TypoIndex;
  /** Its 4-letter words, for short typos (Glap / Galp, Kerry / Kery). */
  shortTypos: ShortWordIndex;
  /** Distinctive words by their sound key (sounds.ts): another transliteration finds them. */
  sounds: Map<string, string[]>;
  /** Distinctive words by their translitKey (sounds.ts), and by KOREAN_KEY_MARK + koreanKey: another romanisation of the word finds them. */
  translits: Map<string, string[]>;
  /** The keys of `translits`. */
  translitFilter: KeyFilter;
  /**
   * Distinctive words by each of their cognateKeys (sounds.ts): a Russian adjective made like one
   * finds it. Built at the first word that asks (cognateIndex): most screens have none.
   */
  cognates: Map<string, string[]> | undefined;
  /**
   * Distinctive words the list writes in Arabic or Hebrew script, by their abjadSkeleton (abjad.ts):
   * a fund file's word in Latin letters finds them by its consonants. Empty for most lists.
   */
  abjadWords: Map<string, string[]>;
  /** Every distinctive word by its abjadSkeleton, built at the first word in Arabic script that asks (abjadIndex). */
  abjadSkeletons: Map<string, string[]> | undefined;
  /** Distinctive words the list writes in kana or Hangul, by their loanSkeleton (loanwords.ts); empty for most lists. */
  loanWords: Map<string, string[]>;
  /** Every distinctive word by its loanSkeleton as a Latin word, built at the first word from kana or Hangul that asks (loanIndex). */
  loanSkeletons: Map<string, string[]> | undefined;
  /** koreanEnds of the words with a koreanKey: a word of other ends is asked for none. */
  koreanEnds: Set<number>;
  /** Words (3+ letters) of names made only of common words -> those aliases, and typo search over them. */
  commonPostings: AliasIndex;
  commonTypos: TypoIndex;
  commonShortTypos: ShortWordIndex;
  /** Distinctive words the list uses in many entities' names (they weigh less). */
  commonWords: Set<string>;
  /** `${type}:${value}` for isin/cusip/sedol/lei/figi/uscc. */
  ids: Map<string, IdEntry[]>;
  /** Tickers by `${MIC}:${key}`. */
  tickersByMic: Map<string, IdEntry[]>;
  /** Tickers by `${country}:${key}` (CN: the 6-digit code). */
  tickersByCountry: Map<string, IdEntry[]>;
  /** Tickers by key alone: never confirms, only supports a name match. */
  tickersAny: Map<string, IdEntry[]>;
  /** Pairs of listed entities a relation links (`a|b`, both orders): one does not repeat the other. */
  linked: Set<string>;
  warnings: string[];
}

export const WEIGHTS: Record<TokenKind, number> = { distinctive: 1, number: 1, place: 0.4, generic: 0.35 };
/** A distinctive word many listed entities share (a corporate family: Huafu, Zijin) weighs less. */
const COMMON_WEIGHT = 0.6;

export function tokenWeight(c: CompiledLists, text: string, kind: TokenKind): number {
  return kind === 'distinctive' && c.commonWords.has(text) ? COMMON_WEIGHT : WEIGHTS[kind];
}

/** Append to a posting list. Values arrive in order, so a repeat can only be the last one. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

/** First two core words: how a cut name of common words finds its alias. */
/** The core with each number written '#', or null for a name of numbers only or with none. */
export function numberlessKey(name: AnalysedName): string | null {
  let key = '';
  let numbers = 0;
  for (const t of name.tokens) {
    if (t.kind === 'number') numbers++;
    key += (key === '' ? '' : ' ') + (t.kind === 'number' ? '#' : t.text);
  }
  return numbers > 0 && numbers < name.tokens.length ? key : null;
}

/** Fewest words of a common-words name matched in another order (words-reordered): "China Bank" is not "Bank of China". */
export const REORDERED_MIN_WORDS = 3;

/**
 * A name's words in sorted order (two words or more): the key listed names of common words are
 * filed under (a distinctive word finds the others already), so the same words in another order
 * find them when the fund file's name may be read so (orderKey).
 */
export function wordSetKey(name: AnalysedName): string | null {
  const t = name.tokens;
  if (t.length < 2) return null;
  const words: string[] = [];
  for (const x of t) words.push(x.text);
  return words.sort().join(' ');
}

/**
 * wordSetKey of a fund file's name whose words may stand in another order than the list's: three
 * words or more ("Institute of Automation, Chinese Academy of Sciences" / "Chinese Academy of
 * Sciences Institute of Automation"). Two words will do when one is a Chinese province or city (not
 * a country): Chinese names a city's bank "<city> bank" and English "Bank of <city>" (Bank of
 * Jiangsu = 江苏银行 = JIANGSU BANK), while "China Bank" and "Bank of China" are two banks; and for
 * a name written in Han read in pinyin, as Chinese writes the qualifier first (交通银行, Jiaotong
 * Yinhang, is Bank of Communications; 中国铝业, Aluminum Corporation of China).
 */
export function orderKey(name: AnalysedName): string | null {
  const t = name.tokens;
  if (t.length < REORDERED_MIN_WORDS && !(t.length === 2 && (chineseRegionOrCity(t[0]) || chineseRegionOrCity(t[1]) || name.steps.includes('read in pinyin')))) return null;
  return wordSetKey(name);
}

function chineseRegionOrCity(t: NameToken): boolean {
  return t.kind === 'place' && (CHINA_FIRST_LEVEL.has(t.text) || CHINA_CITIES.has(t.text));
}

export function startKey(name: AnalysedName): string {
  const t = name.tokens;
  return t.length >= 2 ? `${t[0].text} ${t[1].text}` : t.length === 1 ? t[0].text : '';
}

/** Country-level ticker key: CN codes as their 6 digits, elsewhere without leading zeros. */
export function countryTickerKey(country: string, symbol: string): string {
  return country === 'CN' && /^\d+$/.test(symbol) ? symbol.padStart(6, '0') : tickerKey(symbol);
}

const RELATION_KIND: Record<Exclude<Relation['type'], 'renamed-from'>, RelationKind> = {
  // The listed entity is a subsidiary of X: a position in X is the listed entity's parent.
  'subsidiary-of': 'parent',
  'parent-of': 'subsidiary',
  'affiliate-of': 'affiliate',
};

export function compileLists(lists: readonly LoadedList[]): CompiledLists {
  const c: CompiledLists = {
    entities: [], aliasTexts: [], aliasTargets: [], aliasTranscribed: new Set(), aliasPinyin: new Set(), aliasParts: new Map(), compoundReadings: new Map(), byCompoundWord: new Map(), byCompoundKey: new Map(), analysed: [], byCore: new Map(), byCompact: new Map(), byStart: new Map(), byInitials: new Map(), byNumberless: new Map(), byWordSet: new Map(), byContraction: new Map(), bySyllables: new Map(), byShortForm: new Map(), byPieces: new Map(), postings: new Map(),
    coreFilter: new KeyFilter(0), compactFilter: new KeyFilter(0), postingsFilter: new KeyFilter(0), translitFilter: new KeyFilter(0), cognates: undefined, abjadWords: new Map(), abjadSkeletons: undefined, loanWords: new Map(), loanSkeletons: undefined, vocab: [],
    typos: new TypoIndex([]), shortTypos: new ShortWordIndex([]), sounds: new Map(), translits: new Map(), koreanEnds: new Set(), commonPostings: new Map(), commonTypos: new TypoIndex([]), commonShortTypos: new ShortWordIndex([]), commonWords: new Set(), ids: new Map(), tickersByMic: new Map(),
    shortInitialStarts: new Set(),
    tickersByCountry: new Map(), tickersAny: new Map(), linked: new Set(), warnings: [],
  };
  const listIds = new Set(lists.flatMap((l) => l.entities.map((e) => e.id)));
  const links: Array<[string, string]> = [];
  // List-wide frequency: a word in many entities' names says less about which one is meant.
  // Names arrive entity by entity, so an entity is counted once per word by remembering the last.
  const df = new Map<string, { last: number; entities: number }>();

  /** Per entity (by index): how its warnings name it (its id; a table list's line too). */
  const whereOf: string[] = [];
  // A name may carry the entity's other names in parentheses ("X (formerly known as Y)"): each is an alias.
  const addName = (target: Target, written: string): void => {
    for (const text of nameVariants(written)) addOneName(target, text);
  };
  const addOneName = (target: Target, text: string): void => {
    const name = analyseName(text, { cutWidths: [] });
    if (name.tokens.length === 0) {
      c.warnings.push(`${whereOf[target.entity]}: name "${text}" is only legal forms or common words; it cannot match by name`);
      return;
    }
    addAlias(target, text, name);
    addParts(target, text, name);
    // A Chinese name written in Han is also found in its pinyin reading (通威股份 as Tongwei Co.);
    // scoring caps what it finds.
    if (readsInPinyin(text)) addReading(target, text, name, { cutWidths: [], pinyin: true }, c.aliasPinyin);
    addCompoundReading(target, text, name);
    // A name with ä ö ü ø å is found in both its spellings (Dragerwerk, Draegerwerk).
    if (mayTranscribe(text)) addReading(target, text, name, { cutWidths: [], transcribe: true }, c.aliasTranscribed);
  };
  // Another reading of a listed name (Han in pinyin, ä as ae): an alias of its own that shows the
  // list's text (it is no name of the list's), marked in `readings` for scoring.
  const addReading = (target: Target, text: string, name: AnalysedName, options: AnalyseOptions, readings: Set<number>): void => {
    const read = analyseName(text, options);
    if (read.core === name.core || read.tokens.length === 0) return;
    readings.add(c.aliasTexts.length);
    addAlias(target, text, read);
  };
  // The head a fund file keeps of a longer registered name, or the name without its type initials:
  // an alias of its own, which caps what it finds (probable at most; review when what is left is
  // short or only common words: "B3", "Vienna Insurance Group").
  const addParts = (target: Target, text: string, name: AnalysedName): void => {
    for (const part of registeredParts(text, name)) {
      const read = analyseName(part.text, { cutWidths: [] });
      if (read.tokens.length === 0 || read.core === name.core) continue;
      c.aliasParts.set(c.aliasTexts.length, { ...part, cap: partCap(part, read) });
      addAlias(target, text, read);
    }
  };
  // A name with a compound abbreviation word (Ukrzaliznytsia): the name read through its stems, an
  // alias of its own that caps what it finds at review and is indexed apart from the others (only
  // compoundMatch compares it: a reading is never scored as a name of common words is).
  const addCompoundReading = (target: Target, text: string, name: AnalysedName): void => {
    const reading = compoundReading(name);
    if (reading === null) return;
    const ai = c.aliasTexts.length;
    c.aliasParts.set(ai, { rule: 'compound-read', text: reading.read, dropped: reading.compounds, how: 'compound', cap: 'review' });
    c.compoundReadings.set(ai, reading);
    for (const word of reading.slots[reading.head]) fileAlias(c.byCompoundWord, word, ai);
    c.aliasTexts.push(text);
    c.aliasTargets.push(target);
  };
  /** The core of the first name filed since it was last cleared: an entity's own name (below). */
  let firstCore: string | null = null;
  const addAlias = (target: Target, text: string, name: AnalysedName): void => {
    firstCore ??= name.core;
    for (const t of name.tokens) if (t.kind === 'distinctive') countEntity(df, t.text, target.entity);
    indexAlias(c, c.aliasTexts.length, name, text);
    c.aliasTexts.push(text);
    c.aliasTargets.push(target);
  };

  const addId = (target: Target, id: Identifier, label: string): void => {
    if (id.type === 'ticker') return addTicker(c, target, id, label);
    if (id.type === 'ofac-ent-num' || id.type === 'other') return;
    const checked = checkId(id.type as IdType, id.value);
    if (!checked.ok) {
      c.warnings.push(`${label}: ${checked.reason}; not used for matching`);
      return;
    }
    const partial = id.verification === 'partial';
    push(c.ids, `${id.type}:${checked.value}`, idEntry(target, id.type as MatchMethod, checked.value, undefined, partial));
    if (id.type === 'isin') {
      for (const b of bridgedIds(checked.value)) push(c.ids, `${b.type}:${b.value}`, idEntry(target, b.type as MatchMethod, `${b.value} (from ISIN ${checked.value})`, undefined, partial));
    }
  };

  let alike = 0;
  for (const list of lists) {
    // Two entities of one list whose names read alike: a holding so named is reported under both
    // (a user's CSV with a row twice), which only lists validate said.
    const nameOwner = new Map<string, { entity: ListEntity; index: number }>();
    for (let k = 0; k < list.entities.length; k++) {
      const entity = list.entities[k];
      const index = c.entities.length;
      c.entities.push({ entity, listPath: list.path });
      // (A table list's warnings name the entity's line: mine.csv:17: entity x.)
      const where = list.rows === undefined ? entity.id : entityLabel(entity.id, k, list.rows);
      whereOf.push(where);
      const direct: Target = { entity: index, relation: 'direct' };
      firstCore = null;
      addName(direct, entity.name);
      // (Not people: two people of one name are two entries; nor two legal forms of different
      // kinds: Acme GmbH and Acme Inc. are two companies, which the holding's own form tells apart.)
      const owner = firstCore === null || entity.type === 'person' ? undefined : nameOwner.get(firstCore);
      if (firstCore !== null && entity.type !== 'person' && owner === undefined) nameOwner.set(firstCore, { entity, index: k });
      else if (owner !== undefined && owner.entity.id !== entity.id && !formsConflict(owner.entity.name, entity.name) && alike++ < MAX_ALIKE_SAID) {
        c.warnings.push(readsAlikeWarning(entityLabel(entity.id, k, list.rows), firstCore!, otherEntityLabel(owner.entity.id, owner.index, list.rows), list.id));
      }
      for (const text of entity.aliases) addName(direct, text);
      for (const id of entity.identifiers) addId(direct, id, where);
      for (const rel of entity.relations) {
        if (rel.type === 'renamed-from') {
          for (const text of [rel.name, ...rel.aliases]) addName(direct, text);
          for (const id of rel.identifiers) addId(direct, id, where);
          continue;
        }
        // A related company that is itself listed matches as its own entity, directly.
        if (rel.targetId && listIds.has(rel.targetId)) {
          links.push([entity.id, rel.targetId]);
          continue;
        }
        const target: Target = { entity: index, relation: RELATION_KIND[rel.type], relationName: rel.name, relationSource: rel.source };
        for (const text of [rel.name, ...rel.aliases]) addName(target, text);
        for (const id of rel.identifiers) addId(target, id, `${where} (${rel.name})`);
      }
    }
  }

  const indexOf = new Map(c.entities.map((e, i) => [e.entity.id, i]));
  for (const [a, b] of links) {
    const ia = indexOf.get(a);
    const ib = indexOf.get(b);
    if (ia !== undefined && ib !== undefined) c.linked.add(`${ia}|${ib}`).add(`${ib}|${ia}`);
  }

  const limit = Math.max(8, Math.ceil(c.entities.length * 0.02));
  for (const [word, d] of df) if (d.entities > limit) c.commonWords.add(word);
  // The distinctive vocabulary is the words df counted.
  c.vocab = [...df.keys()].sort();
  c.typos = new TypoIndex(c.vocab);
  c.shortTypos = new ShortWordIndex(c.vocab);
  for (const w of c.vocab) {
    const k = soundKey(w);
    if (k) push(c.sounds, k, w);
    const t = translitKey(w);
    if (t) push(c.translits, t, w);
    const v = vowelKey(w);
    if (v) push(c.translits, v, w);
    const korean = koreanKey(w);
    if (korean) {
      push(c.translits, KOREAN_KEY_MARK + korean, w);
      c.koreanEnds.add(koreanEnds(w));
    }
  }
  if (alike > MAX_ALIKE_SAID) c.warnings.push(`... and ${alike - MAX_ALIKE_SAID} more entities whose names read as another entity's of their list`);
  const commonVocab = [...c.commonPostings.keys()].sort();
  c.commonTypos = new TypoIndex(commonVocab);
  c.commonShortTypos = new ShortWordIndex(commonVocab);
  // One slot per alias from the start: filled in the order queries first name the aliases, an empty
  // array would be a dictionary (a hash lookup per aliasAt) until most were filled.
  c.analysed = new Array<CompiledAlias | undefined>(c.aliasTexts.length).fill(undefined);
  c.coreFilter = KeyFilter.of(c.byCore.keys(), c.byCore.size);
  c.compactFilter = KeyFilter.of(c.byCompact.keys(), c.byCompact.size);
  c.postingsFilter = KeyFilter.of(c.postings.keys(), c.postings.size);
  c.translitFilter = KeyFilter.of(c.translits.keys(), c.translits.size);
  const frequent: string[] = [];
  for (const [word, aliases] of c.postings) if (typeof aliases !== 'number' && aliases.length > FREQUENT_POSTINGS) frequent.push(word);
  if (frequent.length > 0) {
    c.warnings.push(
      `${frequent.length} word${frequent.length === 1 ? '' : 's'} of the lists each file more than ${FREQUENT_POSTINGS.toLocaleString('en-US')} names ` +
        `(${frequent.slice(0, 5).join(', ')}${frequent.length > 5 ? ', ...' : ''}): a holding's name of several distinctive words is compared with ` +
        'such a name only when it shares two of them, or another word or a near spelling finds it',
    );
  }
  return c;
}

function countEntity(df: Map<string, { last: number; entities: number }>, word: string, entity: number): void {
  const d = df.get(word);
  if (!d) df.set(word, { last: entity, entities: 1 });
  else if (d.last !== entity) {
    d.last = entity;
    d.entities++;
  }
}

/** The legal forms two names end in are of different kinds (GmbH, Inc.). */
function formsConflict(a: string, b: string): boolean {
  return compareLegalForms(formSpansOf(nameWords(a)), formSpansOf(nameWords(b))).relation === 'conflict';
}

/** Entities whose names read alike said one by one, at most (then a count). */
const MAX_ALIKE_SAID = 20;

/** Files one analysed alias under its exact forms and (if it has any) its distinctive words. */
function indexAlias(c: CompiledLists, ai: number, name: AnalysedName, text: string): void {
  fileAlias(c.byCore, name.core, ai);
  fileAlias(c.byCompact, name.compact, ai);
  if (name.compactWritten !== undefined) fileAlias(c.byCompact, name.compactWritten, ai);
  fileAlias(c.byStart, startKey(name), ai);
  // (The name's initial slots are read once, for its initials and its Russian ones.)
  const slots = nameInitials(name);
  const english = initialsOf(name, false, undefined, slots);
  for (const initials of english) {
    fileAlias(c.byInitials, initials, ai);
    // ... and with c read k, as a Russian name's initials are found (RNKB: Russian National Commercial Bank).
    if (initials.includes('c') && initials.length >= 4) fileAlias(c.byInitials, foldC(initials), ai);
  }
  // ... and its Russian initials (MTZ: Minsk Tractor Works, Minskiy Traktornyy Zavod), those it has not already.
  for (const initials of russianInitialsOf(name, slots)) if (!english.includes(initials)) fileAlias(c.byInitials, initials, ai);
  for (const ck of contractionKeysOf(name)) fileAlias(c.byContraction, ck, ai);
  const sk = syllableKey(name);
  if (sk !== null) fileAlias(c.bySyllables, sk, ai);
  if (name.tokens.length >= 2) {
    const keys: string[] = [];
    pieceKeysOf(namePieceWords(name, text), keys);
    for (const k of keys) fileAlias(c.byPieces, k, ai);
  }
  const toks = name.tokens;
  if (toks.length === 1 && toks[0].kind === 'distinctive') {
    // A compound is found by its stems' initials (Vneshtorgbank: VTB).
    const stemInitials = !toks[0].han ? compoundInitials(toks[0].text) : null;
    if (stemInitials !== null && mayBeAcronym(stemInitials)) fileAlias(c.byInitials, stemInitials, ai);
    if (mayBeAcronym(toks[0].text)) {
      fileAlias(c.byShortForm, toks[0].text, ai);
      for (let n = 1; n <= toks[0].text.length; n++) c.shortInitialStarts.add(toks[0].text.slice(0, n));
    }
    for (const k of contractionKeys(toks[0].text)) fileAlias(c.byShortForm, k, ai);
    const start = syllableStart(toks[0].text);
    if (start !== null) fileAlias(c.byShortForm, start, ai);
  }
  if (!toks.some((t) => t.kind === 'distinctive')) {
    // A name of common words ("Bank of China") is found through a typo of one of its words only,
    // or (with a number: The 77 Bank) through another number.
    // (A word whose spelling was canonicalised is filed as written too: Comunications is a typo of
    // COMMUNICATIONS, read communication.)
    for (const t of toks) {
      if (t.kind === 'number' || t.text.length < SHORT_TYPO_MIN) continue;
      fileAlias(c.commonPostings, t.text, ai);
      if (t.spelled !== '' && t.spelled !== t.text) fileAlias(c.commonPostings, t.spelled, ai);
    }
    const masked = numberlessKey(name);
    if (masked !== null) fileAlias(c.byNumberless, masked, ai);
    const words = wordSetKey(name);
    if (words !== null) fileAlias(c.byWordSet, words, ai);
    return;
  }
  for (let i = 0; i < toks.length; i++) {
    const distinctive = toks[i].kind === 'distinctive';
    if (distinctive) {
      // A word shared by many entities still finds them: its postings are just longer.
      fileAlias(c.postings, toks[i].text, ai);
      if (toks[i].loan) {
        const skeleton = loanSkeleton(toks[i].text, false);
        if (skeleton !== '' && !c.loanWords.get(skeleton)?.includes(toks[i].text)) push(c.loanWords, skeleton, toks[i].text);
      }
      if (toks[i].abjad) {
        fileAbjad(c, toks[i].text);
        // ... and run together with the word before, as filed below (the article: al mrai / Almarai).
        if (i > 0) fileAbjad(c, toks[i - 1].text + toks[i].text);
      }
      const key = !toks[i].han && mayBeCompound(toks[i].text) ? compoundKey(toks[i].text) : null;
      if (key !== null) fileAlias(c.byCompoundKey, key, ai);
    }
    if (i + 1 < toks.length && (distinctive || toks[i + 1].kind === 'distinctive')) fileAlias(c.postings, toks[i].text + toks[i + 1].text, ai);
    // Three words run together: a name written syllable by syllable (Nam Chon Gang = Namchongang).
    if (i + 2 < toks.length && (distinctive || toks[i + 1].kind === 'distinctive' || toks[i + 2].kind === 'distinctive')) fileAlias(c.postings, toks[i].text + toks[i + 1].text + toks[i + 2].text, ai);
  }
}

/** The list's distinctive words by their cognate keys (CompiledLists.cognates), built once when first asked. */
export function cognateIndex(c: CompiledLists): Map<string, string[]> {
  if (c.cognates) return c.cognates;
  const index = new Map<string, string[]>();
  // (Built directly, not through cognateKeys' memo: a large vocabulary would only flush it.)
  for (const w of c.vocab) if (mayHaveCognateKeys(w)) for (const k of buildCognateKeys(w)) push(index, k, w);
  c.cognates = index;
  return index;
}

/** Files a word (a posting key) written in Arabic script under its consonants (CompiledLists.abjadWords). */
function fileAbjad(c: CompiledLists, word: string): void {
  const skeleton = abjadSkeleton(word, 2);
  if (skeleton !== '' && !c.abjadWords.get(skeleton)?.includes(word)) push(c.abjadWords, skeleton, word);
}

/** The list's distinctive words by their loanSkeleton as Latin words (CompiledLists.loanSkeletons), built once when first asked. */
export function loanIndex(c: CompiledLists): Map<string, string[]> {
  if (c.loanSkeletons) return c.loanSkeletons;
  const index = new Map<string, string[]>();
  for (const w of c.vocab) {
    const k = loanSkeleton(w, true);
    if (k !== '') push(index, k, w);
  }
  c.loanSkeletons = index;
  return index;
}

/** The list's distinctive words by their abjadSkeleton (CompiledLists.abjadSkeletons), built once when first asked. */
export function abjadIndex(c: CompiledLists): Map<string, string[]> {
  if (c.abjadSkeletons) return c.abjadSkeletons;
  const index = new Map<string, string[]>();
  for (const w of c.vocab) {
    const k = abjadSkeleton(w, 2);
    if (k !== '') push(index, k, w);
  }
  c.abjadSkeletons = index;
  return index;
}

/** Alias `ai` analysed and weighted for scoring; the same analysis the index was built from. */
export function aliasAt(c: CompiledLists, ai: number): CompiledAlias {
  const known = c.analysed[ai];
  if (known) return known;
  const target = c.aliasTargets[ai];
  const text = c.aliasTexts[ai];
  const part = c.aliasParts.get(ai);
  const name = analyseName(part ? part.text : text, { cutWidths: [], transcribe: c.aliasTranscribed.has(ai), pinyin: c.aliasPinyin.has(ai) });
  const kinds = name.tokens.map((t) => t.kind);
  const alias: CompiledAlias = {
    entity: target.entity, relation: target.relation, relationName: target.relationName, relationSource: target.relationSource,
    text, name, kinds, weights: name.tokens.map((t) => tokenWeight(c, t.text, t.kind)), distinctive: kinds.includes('distinctive'), initials: undefined, shortFormWords: undefined, pieceWords: undefined, acronymWord: undefined, formElsewhere: undefined, part,
  };
  c.analysed[ai] = alias;
  return alias;
}

/**
 * What an identifier files for `target`: the target's fields, then the identifier's (the fields
 * and their order of { ...target, method, listed, market, partial }). Written out, not spread: V8
 * gave each object a spread made here a hidden class of its own (100,000 tickers: 100,000
 * classes, some 25 MB, and a slower compile).
 */
function idEntry(target: Target, method: MatchMethod, listed: string, market: Market | undefined, partial: boolean): IdEntry {
  const { entity, relation } = target;
  if ('relationName' in target || 'relationSource' in target) {
    const { relationName, relationSource } = target;
    return market ? { entity, relation, relationName, relationSource, method, listed, market, partial } : { entity, relation, relationName, relationSource, method, listed, partial };
  }
  return market ? { entity, relation, method, listed, market, partial } : { entity, relation, method, listed, partial };
}

function addTicker(c: CompiledLists, target: Target, id: Identifier, label: string): void {
  const parsed = parseTicker(id.value);
  const mic = micFor(id.exchange) ?? parsed.market.mic;
  const country = (id.country ? countryFor(id.country) : undefined) ?? (mic ? micCountry(mic) : undefined) ?? parsed.market.country;
  if (id.exchange && !micFor(id.exchange)) c.warnings.push(`${label}: exchange "${id.exchange}" is not a known market`);
  if (!parsed.symbol) return;
  const entry = idEntry(target, 'ticker', parsed.symbol, { mic, country }, id.verification === 'partial');
  const key = tickerKey(parsed.symbol);
  if (mic) push(c.tickersByMic, `${mic}:${key}`, entry);
  if (country) push(c.tickersByCountry, `${country}:${countryTickerKey(country, parsed.symbol)}`, entry);
  push(c.tickersAny, key, entry);
}
