import type { Identifiers } from '../holdings/position.js';
import type { ListEntity } from '../lists/schema.js';

export type Tier = 'confirmed' | 'probable' | 'review';
export const TIERS: readonly Tier[] = ['confirmed', 'probable', 'review'];
/** Tier rank: higher is stronger. */
export const TIER_RANK: Record<Tier, number> = { review: 1, probable: 2, confirmed: 3 };

/** How the position relates to the listed entity: the position's issuer IS it, or is its parent... */
export type RelationKind = 'direct' | 'parent' | 'subsidiary' | 'affiliate';

/** `raw-line`: found in the raw text of a row that could not be read (always `review`). */
export type MatchMethod = 'isin' | 'cusip' | 'sedol' | 'lei' | 'figi' | 'uscc' | 'ticker' | 'name' | 'raw-line';

/** What the matcher is asked: one issuer as a holdings file writes it. */
export interface MatchQuery {
  issuer: string;
  title?: string | null;
  ids: Identifiers;
  /** Widths the row's file cuts names at (inferred from its names); default: the matcher's. */
  cutWidths?: readonly number[] | undefined;
}

export interface Match {
  entity: ListEntity;
  /** Path of the list file the entity came from. */
  listPath: string;
  relation: RelationKind;
  tier: Tier;
  method: MatchMethod;
  /** 0..1 */
  score: number;
  /** The list name, alias or identifier value that matched. */
  alias: string;
  explanation: string;
  /** The rules that decided the match, in the order they applied (src/match/evidence.ts). */
  evidence: Evidence[];
  /** For parent/subsidiary/affiliate: where the link is documented. */
  relationSource?: string;
}

export interface Matcher {
  /**
   * All matches for one query, strongest first; at most one per entity. A query it cannot read
   * matches nothing; an internal error is thrown (a screening tool must never turn a bug into
   * "not flagged").
   */
  match(query: MatchQuery): Match[];
  /** Problems found in the lists while compiling (bad check digits, unknown exchanges, names that cannot match). */
  readonly warnings?: readonly string[];
  /**
   * Listed companies named in the raw text of a row that could not be read (identifiers by check
   * digit, tickers with their market, exact listed names): `review` matches, method `raw-line`.
   */
  searchRawText?(text: string): Match[];
}

/** The matcher's rules, by id (what each does: src/match/evidence.ts, which decides with them). */
export type RuleId =
  /** Equal after normalisation (`confirmed`). */
  | 'exact-name'
  /** A name of common words (three or more), the same words in another order: review at most. */
  | 'words-reordered'
  /** Equal up to a fixed-width cut (`confirmed`, unless cut-tail-specific caps it). */
  | 'cut-exact'
  /** The list words lost to the cut hold a specific word: probable at most. */
  | 'cut-tail-specific'
  /** Notes: the name was cut at a fixed width, or its last word was. */
  | 'cut-name'
  | 'cut-word'
  /** Equal up to a cut no known width shows (AnalysedName.cutGuessed): probable at most. */
  | 'cut-any-width'
  /** Only common words (and places): exact only, never confirmed. */
  | 'common-words-only'
  /** Only common words, one of them with one typo: review at most, bare names only. */
  | 'common-words-typo'
  /** Only common words, the last cut short of the listed one (a cut name): review at most. */
  | 'common-words-cut'
  /** A place each name has, and they differ. */
  | 'places-differ'
  /** A place only one name has: another company of the group (vetoed without an identifier). */
  | 'other-company'
  /** The fund file adds a lead place the list lacks (no effect). */
  | 'place-added'
  /** Each name has words the other lacks. */
  | 'words-differ'
  /** The fund file is the whole listed name plus words of its own: a unit of the group. */
  | 'extra-words'
  /**
   * The fund file adds only generic words to the whole listed name, which leads (or its own name
   * leads) with a Chinese place: the words of a Chinese registered name: review at most.
   */
  | 'registered-words'
  /** Both names hold a number and they differ: another vintage or series. */
  | 'numbers-differ'
  /** A number only one name has. */
  | 'number-one-side'
  /** The only distinctive evidence is a typo in a short word (5-7 letters). */
  | 'weak-typo'
  /** Every distinctive word that aligns has a typo (a long word): review at most. */
  | 'typo-only'
  /** A one-word name that is the listed name's initials: review at most. */
  | 'acronym'
  /** A one-word name that is the initials of the listed English name's Russian words, in Russian order (MTZ / Minsk Tractor Works; FSB / Federal Security Service): review at most. */
  | 'acronym-translated'
  /** A one-word name that is the leading syllables of the listed name's first words (Petronas): review at most. */
  | 'contraction'
  /** A one-word name made of the leading letters of every word of the listed name (KEPCO): review at most. */
  | 'syllable-acronym'
  /** A one-word name made of leading syllables (3+ letters) of some of the listed name's words, the others left out (KENGEN: KENya [Electricity] GENerating): review at most. */
  | 'word-pieces'
  /** A bare name (no identifier of its own) whose only evidence is a weak typo: worth a look. */
  | 'bare-name-typo'
  /** Business words of another language translated (Denki = electric): a note; review at most for a name of common words. */
  | 'translated'
  /** A word translating the fund file's own language gave, that English names drop (Kogyo = industry), only it has: review at most. */
  | 'translated-filler'
  /** A word two edits from the list's. */
  | 'two-edits'
  /** A word of one name that is the start of the other's, four letters kept and three left out (ENVIRON. / Environnement): review at most. */
  | 'abbreviated-word'
  /** A word of 5+ letters with one letter typed elsewhere (BREAK / Brake): one slip, as often a decoy as two edits: review at most. */
  | 'moved-letter'
  /** A 3- or 4-letter word one letter dropped, added or swapped from the list's (Kery / Kerry, OPT / OTP): review at most. */
  | 'short-typo'
  /** The listed name ends in its country, which the fund file's name lacks: review at most. */
  | 'home-country-dropped'
  /** The fund file drops the country the listed name ends in and writes a local form of other countries (NESTLE SA / Nestlé India Limited): ruled out. */
  | 'home-country-form'
  /** The listed Chinese name leads with its province-level region, which the fund file's name drops: review at most. */
  | 'home-region-dropped'
  /** The listed Chinese name leads with or ends in its city, which the fund file's name drops: no match unless a bare name (bare-name: review) or a supporting ticker. */
  | 'home-city-dropped'
  /** The holding carries no identifier or ticker of its own: a name that drops the listed name's home city is worth a look (review). */
  | 'bare-name'
  /** The fund file's name ends in the listed entity's own country, as its legal form tells (Sberbank of Russia / PJSC Sberbank): review at most. */
  | 'home-country-added'
  /** A word that aligns only by sound (another transliteration: Hizballah / Hezbollah): review at most. */
  | 'sounds-alike'
  /** A word that aligns as another romanisation of the list's (Enerhoatom / Energoatom, Rostekh / Rostec): review at most. */
  | 'transliterated'
  /** The Arabic article one name writes apart and the other does not (AL MOWASAT / Mouwasat): probable at most. */
  | 'article-dropped'
  /** A romanised Russian adjective and the English word it is made like (Traktornyy / Tractor): review at most. */
  | 'cognate'
  /** One word against a longer listed name. */
  | 'one-word-query'
  /** The fund file's name is the listed one without its common words (RECORDATI / Recordati Industria Chimica e Farmaceutica): review at most. */
  | 'common-words-dropped'
  /** The fund file's name is the end of the listed one, which leads with words of its own (SAMRUK-KAZYNA / Sovereign Wealth Fund Samruk-Kazyna): review at most. */
  | 'lead-words-dropped'
  | 'registry-tag'
  /** A ticker on another market agrees. */
  | 'ticker-support'
  /**
   * The row's ticker agrees (on a market it does not say) and the whole listed name stands in the
   * fund file's among words of no name (a spreadsheet formula, markup around it): review, a floor.
   */
  | 'ticker-listed-name'
  /** Namesake contradictions: the holding's country, legal form, or own ticker. */
  | 'country-conflict'
  | 'legal-family-conflict'
  | 'legal-form-conflict'
  /** Forms of one kind from countries that share none (AB / AS, AG / Limited): review at most. */
  | 'legal-form-elsewhere'
  /** PLC against Limited alone (Rio Tinto plc / Rio Tinto Limited): a public and a private company, or a rename: review at most. */
  | 'plc-limited'
  | 'ticker-elsewhere'
  /**
   * The alias is the head of the listed registered name, whose tail fund files drop (Fraport AG of
   * "Fraport AG Frankfurt Airport Services Worldwide", PGE of "PGE Polska Grupa Energetyczna"):
   * probable at most, review when the head is short or only common words.
   */
  | 'registered-head'
  /**
   * A name written twice, in Han and in Latin letters (合盛硅业 HOSHINE SILICON INDUSTRY CO LTD), as
   * Hong Kong and mainland files write it: each half is scored alone, probable at most (the other
   * half is not compared).
   */
  | 'bilingual-name'
  /**
   * A Chinese name written in Han, read in pinyin word by word (han-pinyin.ts) to align with a name
   * written in Latin letters: probable at most (toneless pinyin spells several characters alike,
   * and a company may romanise its brand otherwise).
   */
  | 'pinyin-reading'
  /**
   * A Chinese registered name written in Han holds the list's Han short name whole, with only a
   * place before it and business words or places after it (海康威视数字技术股份有限公司 / 海康威视,
   * 福建七匹狼实业 / 七匹狼): the company or a sister of its group, review at most.
   */
  | 'han-short-name'
  /** The alias is the brand the listed name writes after its company type (Rosatom of "State Atomic Energy Corporation Rosatom"): review at most. */
  | 'registered-brand'
  /**
   * The alias is the trade name the listed name writes after its whole registered name, behind a dash
   * or in parentheses after the legal form (Eletrobras of "Centrais Elétricas Brasileiras S.A. -
   * Eletrobras", Nakilat of "Qatar Gas Transport Company Limited (Nakilat)"): as registered-head.
   */
  | 'registered-trade-name'
  /** The alias is the listed name without the dotted initials of its company type (S.N.T.G.N. Transgaz S.A.): as registered-head. */
  | 'type-initials'
  /**
   * A compound abbreviation word read as its stems' English words (compounds.ts: Ukreximbank =
   * ukrainian export import bank; Ukrzaliznytsia = ukrainian railways), either name's: review at most.
   */
  | 'compound-read'
  /** One compound word in two romanisations, stem by stem (Promsviazbank / Promsvyazbank: prom svyaz bank): probable at most. */
  | 'compound-spelling'
  /** A company-type abbreviation only one name writes (AK Transneft PAO / PJSC Transneft), set aside: probable at most. */
  | 'company-type'
  /** The match is through a recorded parent/subsidiary: probable at most. */
  | 'via-relation'
  /** An identifier or a ticker on its market equals a listed one (`confirmed`). */
  | 'identifier'
  /** The list marks that identifier's attribution partial: probable at most. */
  | 'partial-attribution'
  /** A ticker match whose name shares no word with any name of the entity: review at most. */
  | 'code-without-name'
  /** The raw text of a row that could not be read holds an identifier or a listed name: review. */
  | 'raw-line';

export interface Evidence {
  rule: RuleId;
  /** Multiplies the score. */
  factor?: number;
  /** Added to the score (never above policy.maxWithSupport). */
  add?: number;
  /** The score is at least this. */
  floor?: number;
  /** The strongest tier the match may reach. */
  cap?: Tier;
  /** Contradictions of the entity this counts for (policy.contradictions says what they do). */
  against?: number;
  /** Rules the match out (unless a rule of policy.lifts says otherwise). */
  veto?: true;
  /** The confirmed tier, by equality. */
  confirms?: true;
  /** What the rule saw, as data (and the sentence `explainEvidence` renders). */
  detail: Record<string, string | number>;
}
