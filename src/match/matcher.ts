/**
 * The matcher: identifiers first, then names. `createMatcher` compiles the lists once; `match`
 * weighs one row: its name's work (analysis, candidates, name scores) cached by issuer text, as a
 * market-wide screen repeats the same issuers thousands of times; its identifiers looked up per
 * row. Returns at most one Match per listed entity, strongest first. A query it cannot read
 * matches nothing; an internal error is not caught (it must never read as "not flagged").
 */
import type { LoadedList } from '../lists/schema.js';
import { ownString } from '../own-string.js';
import type { Identifiers } from '../holdings/position.js';
import { TIER_RANK, type Match, type Matcher, type MatchMethod, type MatchQuery, type RelationKind, type RuleId, type Tier } from './types.js';
import { aliasAt, compileLists, countryTickerKey, filedUnder, shortNameAlias, tokenWeight, type CompiledAlias, type CompiledLists, type IdEntry, type Target } from './compile.js';
import { analyseName, cutWidthAt, DEFAULT_CUT_WIDTHS, formSpansOf, nameWords, withoutDebtTail, type AnalyseOptions, type AnalysedName, type TokenKind } from './normalise.js';
import { compareLegalForms, formsOfOtherJurisdictions, localForm, plcAgainstLimited, statedForms, type LegalFormSpans } from './legal-forms.js';
import { bridgedIds, checkId, type FundIdField, type IdType } from './identifiers.js';
import { countryFor, displayTicker, micCountry, micFor, parseTicker, resolveMarket, tickerKey, type Market } from '../reference/markets.js';
import { CHINA_GROUP, entityCountry } from './entity-country.js';
import { readingScore, scoreAlias, wordsMatch, type NameScore, type QueryName } from './score.js';
import { compoundMatch, compoundReading } from './compounds.js';
import { describeName, describeRelation } from './describe.js';
import { decide, DEFAULT_POLICY, mayReachTier, type Evidence, type MatchPolicy } from './evidence.js';
import { entityLegalFamily, familiesConflict, isDepositaryReceipt, legalFamily, tickerShapeDiffers, usFormAgainstLocal } from './namesake.js';
import { MAX_NAME_TEXT, searchRawText } from './raw-line.js';
import { createCandidateSource } from './candidate-source.js';
import { createIdFilter } from './id-filter.js';
import { mayHaveRegisteredPart, partCap, registeredParts } from './registered-name.js';
import { HAN_RUN, hanNameHeads, readsInPinyin } from './han-pinyin.js';

export interface Thresholds {
  /** Name score at or above which a match is `probable`. */
  probable: number;
  /** Name score at or above which a match is `review` (below: no match). */
  review: number;
}

/** Calibrated on fixtures/eval/gold.csv (see scripts/eval.ts); part of DEFAULT_POLICY. */
export const DEFAULT_THRESHOLDS: Thresholds = DEFAULT_POLICY.thresholds;

export interface MatcherOptions {
  /** Widths at which fund files cut issuer names (default [34], iShares). */
  cutWidths?: readonly number[];
  thresholds?: Thresholds;
  /** Every weight and threshold of the rules (default DEFAULT_POLICY; `thresholds` overrides its thresholds). */
  policy?: MatchPolicy;
  /** Unique issuers remembered per matcher (default 200,000; then the cache starts over). */
  cacheSize?: number;
  /** About how many bytes the remembered issuers may hold (default 48 MB; then the cache starts over). */
  cacheBytes?: number;
}

/** A scored alias, kept or not: what `fundscreen explain` shows. */
export interface CandidateReport {
  entityId: string;
  entityName: string;
  alias: string;
  aliasCore: string;
  relation: RelationKind;
  score: number;
  tier: Tier | null;
  explanation: string;
  evidence: Evidence[];
}

export interface Inspection {
  name: string;
  analysed: AnalysedName;
  /** Identifier notes: invalid check digits, markets not recognised. */
  idNotes: string[];
  matches: Match[];
  candidates: CandidateReport[];
}

/**
 * An issuer's name work as another thread sends it (plain data, structured-cloned): the name read,
 * its analysis and its candidates scored by name; null when no candidate survives (most names).
 */
export type SharedNameWork = { name: string; analysed: AnalysedName; scored: ScoredAlias[] } | null;

/**
 * Name work shared with other threads (name-pool.ts): a worker with the same lists works out an
 * issuer's name as this matcher would (its candidates are alias numbers of the same compiled
 * lists), and the matcher remembers it, so its own thread only looks rows up. Exact: the work is
 * what nameWork gives for the same text.
 */
export interface NameWorkSharing {
  /** The issuer texts of `queries` whose name work this matcher would do and has not remembered, each once. */
  pendingIssuers(queries: Iterable<MatchQuery>): string[];
  /** Names this matcher has worked out itself so far (what tells a run its names do not repeat). */
  readonly namesWorkedOut: number;
  /** An issuer's name work, to send to another matcher of the same lists (what a worker answers). */
  sharedNameWork(issuer: string): SharedNameWork;
  /** Remembers the name work of each issuer, as `sharedNameWork` of another matcher of the same lists gave it. */
  rememberNameWork(issuers: readonly string[], works: readonly SharedNameWork[]): void;
}

export interface InspectableMatcher extends Matcher, NameWorkSharing {
  /** Everything the matcher considered for one query, below threshold too. */
  inspect(query: MatchQuery): Inspection;
  /** Problems found in the lists while compiling (bad check digits, unknown exchanges...). */
  readonly warnings: readonly string[];
  searchRawText(text: string): Match[];
  /** Every alias core of the compiled lists, for fuzzy suggestions. */
  aliasCores(): Array<{ entityId: string; alias: string; core: string }>;
}

/** Every field of a query's identifiers the lists can match (the Record makes a new field a compile
 *  error until added); a fund's own ids (FUND_ID_FIELDS: a series id) only join look-through. */
const ID_FIELDS = Object.keys({
  ticker: 0, exchange: 0, country: 0, isin: 0, cusip: 0, sedol: 0, lei: 0, figi: 0, uscc: 0,
} satisfies Record<Exclude<keyof Identifiers, FundIdField>, 0>) as Array<keyof Identifiers>;
const ID_TYPES = ['isin', 'cusip', 'sedol', 'lei', 'figi', 'uscc'] as const satisfies readonly IdType[];
/** The fields that identify a security itself (not its market). */
const OWN_ID_FIELDS = ['ticker', ...ID_TYPES] as const;
const clipName = (s: string): string => (s.length > MAX_NAME_TEXT ? s.slice(0, MAX_NAME_TEXT) : s);
const PLACEHOLDER = /^(?:n\/?a|none|null|-+|—|–)?$/i;
/** A placeholder for a missing value (N/A, none, dashes). Every issuer is asked: past four characters only dashes can be one. */
function isPlaceholder(s: string): boolean {
  return (s.length <= 4 || s.charCodeAt(0) === 0x2d) && PLACEHOLDER.test(s);
}
const NO_MATCHES: Match[] = [];
const NO_EVIDENCE: readonly Evidence[] = [];
/** The name work of a name no candidate survives (shared: never added to). */
const NOTHING_SCORED: ScoredAlias[] = [];
/** Names read under a file's own cut widths remembered (then the memo starts over): few rows are. */
const OWN_CUT_CACHE = 20_000;

function keyPart(v: string | null | undefined): string {
  const t = typeof v === 'string' ? v : '';
  return `${t.length}:${t}`;
}

function sameCountry(a: string, b: string): boolean {
  return a === b || (CHINA_GROUP.has(a) && CHINA_GROUP.has(b));
}

/** A name's legal forms, read after the share-class and security words a fund file appends ("... LTD A", "... AG ADR"). */
export function formSpans(name: string): LegalFormSpans {
  return formSpansOf(nameWords(name));
}

/** Rules of words that align near, not equal (a typo, another spelling). */
const NEAR_WORDS: ReadonlySet<RuleId> = new Set<RuleId>(['typo-only', 'two-edits', 'moved-letter', 'short-typo', 'sounds-alike', 'transliterated']);

/** The holding carries an identifier or a ticker of its own (it was written from reference data). */
function hasOwnIds(query: MatchQuery): boolean {
  const ids = query.ids ?? {};
  for (const f of OWN_ID_FIELDS) {
    const v = ids[f];
    if (typeof v === 'string' && !isPlaceholder(v.trim())) return true;
  }
  return false;
}

/** What a holding says about itself beyond its name, for the namesake check. */
interface HoldingFacts {
  country: string | undefined;
  family: string | undefined;
  /** The legal forms the name is written with (ISO 20275 data: every jurisdiction). */
  forms: LegalFormSpans;
  ticker: string | undefined;
  /** A depositary receipt: its ticker and market are the receipt's, not the company's. */
  receipt: boolean;
}

/** What the name says of the holding's legal form and kind of security. */
type NameFacts = Pick<HoldingFacts, 'family' | 'forms' | 'receipt'>;

function holdingFacts(query: MatchQuery, work: NameWork): HoldingFacts {
  const rawTicker = query.ids?.ticker?.trim();
  const f = (work.facts ??= { family: legalFamily(work.analysed!), forms: formSpans(withoutDebtTail(work.name)), receipt: isDepositaryReceipt(work.name, work.title) });
  // Fields named, not spread: a spread into a literal is slow in V8.
  return {
    family: f.family,
    forms: f.forms,
    receipt: f.receipt,
    country: countryFor(query.ids?.country) ?? micCountry(micFor(query.ids?.exchange) ?? ''),
    ticker: rawTicker && !isPlaceholder(rawTicker) ? rawTicker : undefined,
  };
}

/** A candidate alias and its name score (its evidence is the name's: rows add theirs to a copy). */
export interface ScoredAlias {
  ai: number;
  s: NameScore;
}

/**
 * The work one issuer text needs, whatever the row's identifiers: its candidates scored by name.
 * Rows of one issuer (a fund file's securities of one company) share it.
 */
interface NameWork {
  name: string;
  title: string;
  /** Kept when a candidate is (explanations cite its steps). */
  analysed: AnalysedName | undefined;
  scored: ScoredAlias[];
  /** Worked out at the first row that needs them. */
  facts: NameFacts | undefined;
}

/** Rough bytes of a cache entry's bookkeeping, of a kept analysis, of a scored candidate. */
const ENTRY_BYTES = 80;
const ANALYSIS_BYTES = 600;
const SCORED_BYTES = 500;

function workBytes(w: NameWork): number {
  return w.analysed ? ANALYSIS_BYTES + 4 * w.name.length + SCORED_BYTES * w.scored.length : 0;
}

interface Found {
  match: Match;
  rank: number;
  /** An identifier match or a name equal after normalisation. */
  exact: boolean;
}

/** Keeps the stronger match per entity. */
/** A word of the name is in Latin letters (a-z). */
function hasLatinWord(analysed: AnalysedName): boolean {
  for (const t of analysed.tokens) if (!t.han && /[a-z]/.test(t.text)) return true;
  return false;
}

const LATIN_LETTERS = /[A-Za-z]/;

/**
 * The two halves of a name written in Han and in Latin letters: its Han runs alone, and the rest
 * without them (each only when it holds letters of its own script).
 */
function bilingualHalves(name: string): Array<{ read: string; dropped: string; how: string }> {
  const han = (name.match(HAN_RUN) ?? []).join(' ');
  const latin = name.replace(HAN_RUN, ' ').replace(/\s+/g, ' ').trim();
  if (han === '' || !LATIN_LETTERS.test(latin)) return [];
  return [{ read: latin, dropped: han, how: 'Latin letters' }, { read: han, dropped: latin, how: 'Han' }];
}

/** A word of the name is still Han after analysis (a Han legal form cut, no business word translated it whole). */
function hasHanWord(analysed: AnalysedName): boolean {
  for (const t of analysed.tokens) if (t.han) return true;
  return false;
}

/**
 * A name written in Han read in pinyin to align with one in Latin letters (`side` says whose):
 * probable at most. Pinyin is how mainland companies romanise their names, so a reading equal to
 * the listed spelling is strong; but without tones it spells several characters alike (通威 and
 * 同威 are both tongwei), a polyphone may be read otherwise, and Hong Kong and Taiwan names are
 * romanised in other systems: another company may read the same. Never confirmed on that alone.
 */
function pinyinEvidence(read: string, side: 'fund file' | 'list'): Evidence {
  return { rule: 'pinyin-reading', cap: 'probable', detail: { read, side } };
}

/** Rules that read one word as made of another name's words (initials, syllables). */
const ONE_WORD_RULES: ReadonlySet<RuleId> = new Set(['acronym', 'acronym-translated', 'contraction', 'syllable-acronym', 'word-pieces']);

/**
 * A pinyin reading is one word where Chinese writes no spaces (陈明 reads chenming), not because
 * it was contracted: a match that reads it as the syllables of another name's words (Chen
 * Mingguo) is no match.
 */
function readAsOneWord(s: NameScore): boolean {
  for (const e of s.evidence) if (ONE_WORD_RULES.has(e.rule)) return true;
  return false;
}

function offer(found: Map<number, Found>, entity: number, match: Match, exact: boolean): void {
  const f = { match, rank: TIER_RANK[match.tier], exact };
  const prev = found.get(entity);
  if (!prev || better(f, prev)) found.set(entity, f);
}

function better(a: Found, b: Found): boolean {
  return a.rank > b.rank || (a.rank === b.rank && (a.match.score > b.match.score || (a.match.score === b.match.score && a.match.relation === 'direct' && b.match.relation !== 'direct')));
}

export function createMatcher(lists: LoadedList[], opts: MatcherOptions = {}): InspectableMatcher {
  const c = compileLists(lists);
  const cutWidths = opts.cutWidths ?? DEFAULT_CUT_WIDTHS;
  const basePolicy = opts.policy ?? DEFAULT_POLICY;
  const policy: MatchPolicy = opts.thresholds ? { ...basePolicy, thresholds: opts.thresholds } : basePolicy;
  const cacheSize = opts.cacheSize ?? 200_000;
  const cacheBudget = opts.cacheBytes ?? 48_000_000;
  /** The namesake rules' one factor cannot raise a score (see mayReachTier). */
  const laterEvidenceOnlyLowers = policy.factors.countryConflict <= 1;
  const countries = new Map<number, string | undefined>();
  /** Per entity: 0 not known yet, 1 lists a ticker, 2 lists none. */
  const tickered = new Uint8Array(c.entities.length);
  function hasTickers(entity: number): boolean {
    if (tickered[entity] === 0) tickered[entity] = c.entities[entity].entity.identifiers.some((i) => i.type === 'ticker') ? 1 : 2;
    return tickered[entity] === 1;
  }
  const families = new Map<number, string | undefined>();
  /** The legal-form family all the entity's names agree on (memoised per entity). */
  function familyOf(entity: number): string | undefined {
    if (!families.has(entity)) families.set(entity, entityLegalFamily(c.entities[entity].entity));
    return families.get(entity);
  }
  /** The entity's country, stated or derived from its identifiers (memoised per entity). */
  function countryOf(entity: number): string | undefined {
    if (!countries.has(entity)) countries.set(entity, entityCountry(c.entities[entity].entity));
    return countries.get(entity);
  }

  const formsByAlias = new Map<number, LegalFormSpans>();
  function aliasForms(ai: number): LegalFormSpans {
    let f = formsByAlias.get(ai);
    if (f) return f;
    // (A compound's reading is of the listed name whole: its forms are the name's.)
    const part = c.aliasParts.get(ai);
    formsByAlias.set(ai, (f = formSpans(part && part.rule !== 'compound-read' ? part.text : c.aliasTexts[ai])));
    return f;
  }

  /**
   * The fund file's name adds "of" a country, or the country in the genitive (Sberbank of Russia,
   * Sberbank Rossii), that the listed name's legal form belongs to (PJSC Sberbank: PJSC is written
   * in RU UA AE): how a company names itself after its country, so the other-company veto gives
   * way to a look ("Genting Malaysia", a unit named by its country, does not). Only a form of three
   * countries or fewer says where a company is (not S.A., AG or Limited).
   */
  function homeCountryAdded(s: NameScore, ai: number, analysed: AnalysedName): Evidence | undefined {
    const other = s.evidence.find((e) => e.rule === 'other-company');
    if (!other || other.detail.list !== '') return undefined;
    const place = String(other.detail.query);
    const token = analysed.tokens.find((t) => t.text === place);
    if (!token || !(token.spelled !== '' || ` ${analysed.norm} `.includes(` of ${place} `))) return undefined;
    const country = countryFor(place);
    if (!country) return undefined;
    const f = aliasForms(ai);
    for (const sp of statedForms(f)) {
      if (sp.countries.length > 0 && sp.countries.length <= 3 && sp.countries.includes(country)) {
        return { rule: 'home-country-added', cap: 'review', detail: { country: place, form: sp.text, countries: sp.countries.join(' ') } };
      }
    }
    return undefined;
  }

  /**
   * Facts of the holding that contradict the entity (namesake rules), added to `ev`: its country,
   * its legal form, its own ticker. Returns how many contradictions they count for.
   */
  function namesakeEvidence(h: HoldingFacts, entity: number, alias: number, exact: boolean, tickerSupports: boolean, ev: Evidence[]): number {
    const before = ev.length;
    const theirCountry = h.country ? countryOf(entity) : undefined;
    const countryDiffers = h.country !== undefined && theirCountry !== undefined && !sameCountry(h.country, theirCountry);
    if (countryDiffers) {
      ev.push({ rule: 'country-conflict', against: 1, ...(exact ? {} : { factor: policy.factors.countryConflict }), detail: { holding: h.country!, entity: theirCountry! } });
    }
    // The forms compared from data (ISO 20275, every jurisdiction): PLC = Public Limited Company,
    // JSC = AO; AG against GmbH, Inc. against Co., Ltd. are different kinds of company.
    const forms = h.forms.suffixes.length > 0 || h.forms.prefix ? compareLegalForms(h.forms, aliasForms(alias)) : undefined;
    const formConflict = forms?.relation === 'conflict' ? forms : undefined;
    // The families of the legal systems the list's names translate into (Inc./LP against
    // Co., Ltd.; AG against PLC), unless the data says both names carry one form: another company,
    // the group's in another legal system (Merck & Co., Inc. / Merck KGaA; Unilever N.V. / PLC),
    // ruled out unless the holding's own ticker supports the name (then worth a look).
    const theirFamily = h.family && forms?.relation !== 'same' ? familyOf(entity) : undefined;
    // (Also a US form against a local one no country writing Inc. has: namesake.ts usFormAgainstLocal.)
    let usLocal: string | undefined;
    if (h.family && theirFamily && familiesConflict(h.family, theirFamily)) {
      ev.push({ rule: 'legal-family-conflict', against: tickerSupports ? 1 : policy.contradictions.ruleOut, detail: { holding: h.family, entity: theirFamily } });
    } else if (!formConflict && forms?.relation !== 'same' && (usLocal = usFormAgainstLocal(h.family, aliasForms(alias), h.country))) {
      ev.push({ rule: 'legal-family-conflict', against: tickerSupports ? 1 : policy.contradictions.ruleOut, detail: { holding: h.family!, entity: usLocal } });
    } else if (!formConflict && forms?.relation !== 'same' && (usLocal = usFormAgainstLocal(familyOf(entity), h.forms))) {
      ev.push({ rule: 'legal-family-conflict', against: tickerSupports ? 1 : policy.contradictions.ruleOut, detail: { holding: usLocal, entity: familyOf(entity)! } });
    } else if (formConflict) {
      // Two forms of different kinds (AG, a stock corporation, and GmbH, a private limited company):
      // another legal entity, ruled out on its own (Deutsche Bank GmbH is not Deutsche Bank AG).
      ev.push({
        rule: 'legal-form-conflict', against: policy.contradictions.ruleOut,
        detail: { holding: `${formConflict.a?.text}`, holdingClasses: `${formConflict.a?.classes.join('/')}`, listed: `${formConflict.b?.text}`, listedClasses: `${formConflict.b?.classes.join('/')}` },
      });
    }
    // Local forms of one kind written in countries that share none (AB, Swedish, / AS, Estonian; OTP
    // Bank Nyrt., Hungarian, / OTP banka d.d., Croatian): another legal entity of the group, ruled
    // out as a contradicting form is (measured: no pair of one company in the general and fresh sets
    // carries it; 3 dev and 3 fresh2 false flags did).
    const elsewhere = forms && !formConflict ? formsOfOtherJurisdictions(forms) : undefined;
    if (elsewhere) {
      ev.push({ rule: 'legal-form-elsewhere', against: policy.contradictions.ruleOut, detail: { holding: elsewhere.a, holdingCountries: elsewhere.aCountries, listed: elsewhere.b, listedCountries: elsewhere.bCountries } });
    }
    const plc = forms && !formConflict && !elsewhere ? plcAgainstLimited(forms) : undefined;
    if (plc) ev.push({ rule: 'plc-limited', against: 1, detail: { holding: plc.a, listed: plc.b } });
    // The listed name ends in its country and the fund file's drops it, writing instead a local form
    // no company of that country has (NESTLE SA / Nestlé India Limited; AKZO NOBEL NV / Akzo Nobel
    // India Limited): the group's company of another country, ruled out as other local forms are.
    const home = !formConflict && !elsewhere ? ev.find((e) => e.rule === 'home-country-dropped') : undefined;
    if (home) {
      const country = String(home.detail.country);
      const code = countryFor(country);
      const form = code ? localForm(h.forms) : undefined;
      if (form && !form.countries.includes(code!)) {
        ev.push({ rule: 'home-country-form', against: policy.contradictions.ruleOut, detail: { holding: form.text, holdingCountries: form.countries.join(' '), country } });
      }
    }
    // The holding's own ticker trades elsewhere than every listed line of the entity (a receipt
    // trades elsewhere by design).
    if (h.ticker && !tickerSupports && !h.receipt && hasTickers(entity) && (countryDiffers || tickerShapeDiffers(h.ticker, c.entities[entity].entity))) {
      ev.push({ rule: 'ticker-elsewhere', against: 1, detail: { ticker: h.ticker } });
    }
    let against = 0;
    for (let k = before; k < ev.length; k++) against += ev[k].against ?? 0;
    return against;
  }

  const source = createCandidateSource(c);
  const idFilter = createIdFilter(c.ids.keys(), c.tickersAny.keys());

  function queryName(name: AnalysedName): QueryName {
    const n = name.tokens.length;
    const kinds = new Array<TokenKind>(n);
    const weights = new Array<number>(n);
    for (let i = 0; i < n; i++) {
      const t = name.tokens[i];
      kinds[i] = t.kind;
      weights[i] = tokenWeight(c, t.text, t.kind);
    }
    // (memo named, unset: every query object of one shape.)
    return { name, kinds, weights, memo: undefined };
  }

  /** Some identifier of the row may be a listed one's (idLookups reads it): false for nearly every row. */
  function mayListSome(ids: Identifiers): boolean {
    for (const type of ID_TYPES) {
      const raw = ids[type];
      if (typeof raw === 'string' && idFilter.mayList(type, raw) && !isPlaceholder(raw.trim())) return true;
    }
    const rawTicker = ids.ticker?.trim();
    return !!rawTicker && idFilter.mayListTicker(rawTicker) && !isPlaceholder(rawTicker);
  }

  /** The list entries a row's identifiers name. `notes` (for `explain`): why an identifier was ignored; without it, a ticker no list files is dropped before its market is read. */
  function idLookups(ids: Identifiers, notes: string[] | undefined): Array<{ entry: IdEntry; said: string; support: boolean }> {
    const out: Array<{ entry: IdEntry; said: string; support: boolean }> = [];
    for (const type of ID_TYPES) {
      const raw = ids[type];
      if (typeof raw !== 'string') continue;
      // Most rows' identifiers are no listed one's: said so before they are cleaned and checked.
      if (notes === undefined && !idFilter.mayList(type, raw)) continue;
      if (isPlaceholder(raw.trim())) continue;
      const checked = checkId(type, raw);
      if (!checked.ok) {
        notes?.push(`${checked.reason}: ignored`);
        continue;
      }
      // Nearly every row's identifiers are no listed one's: what it says is written only for a hit.
      const listed = c.ids.get(`${type}:${checked.value}`);
      if (listed) for (const entry of listed) out.push({ entry, said: `${type.toUpperCase()} ${checked.value}`, support: false });
      if (type !== 'isin') continue;
      for (const b of bridgedIds(checked.value)) {
        const inside = c.ids.get(`${b.type}:${b.value}`);
        if (inside) for (const entry of inside) out.push({ entry, said: `${b.type.toUpperCase()} ${b.value} (in ISIN ${checked.value})`, support: false });
      }
    }
    const rawTicker = ids.ticker?.trim();
    if (rawTicker && notes === undefined && !idFilter.mayListTicker(rawTicker)) return out;
    if (rawTicker && !isPlaceholder(rawTicker)) {
      const parsed = parseTicker(rawTicker);
      const key = tickerKey(parsed.symbol);
      // Every listed ticker is filed under its key: none there, no listed ticker can match.
      if (notes === undefined && !c.tickersAny.has(key)) return out;
      const given = resolveMarket(ids.exchange, ids.country);
      const market: Market = given.mic ? given : parsed.market.mic ? parsed.market : given.country ? given : parsed.market;
      if (ids.exchange && !isPlaceholder(ids.exchange) && !given.mic) notes?.push(`exchange "${ids.exchange}" not recognised`);
      if (!c.tickersAny.has(key)) return out;
      const shown = displayTicker(parsed.symbol, market);
      const restored = shown !== parsed.symbol ? ` (written ${parsed.symbol}: leading zeros restored)` : '';
      const confirmed = new Set<IdEntry>();
      if (market.mic) {
        for (const e of c.tickersByMic.get(`${market.mic}:${key}`) ?? []) confirmed.add(e);
        if (market.country) for (const e of c.tickersByCountry.get(`${market.country}:${countryTickerKey(market.country, parsed.symbol)}`) ?? []) if (!e.market?.mic) confirmed.add(e);
      } else if (market.country && !(market.country === 'CN' && /^\d{1,4}$/.test(parsed.symbol))) {
        // A country alone: CN codes must keep most of their digits (a 4-digit code under "CN" may be a Hong Kong line).
        for (const e of c.tickersByCountry.get(`${market.country}:${countryTickerKey(market.country, parsed.symbol)}`) ?? []) confirmed.add(e);
      }
      const where = market.mic ? ` on ${market.mic}` : market.country ? ` in ${market.country}` : '';
      for (const entry of confirmed) out.push({ entry, said: `ticker ${shown}${where}${restored}`, support: false });
      for (const entry of c.tickersAny.get(key) ?? []) {
        if (!confirmed.has(entry)) out.push({ entry, said: `ticker ${rawTicker} (market ${market.mic ?? market.country ?? 'unknown'}; listed on ${entry.market?.mic ?? entry.market?.country ?? 'unknown market'})`, support: true });
      }
    }
    return out;
  }

  function makeMatch(t: Target, tier: Tier, method: MatchMethod, score: number, alias: string, explanation: string, evidence: Evidence[]): Match {
    const ce = c.entities[t.entity];
    const m: Match = { entity: ce.entity, listPath: ce.listPath, relation: t.relation, tier, method, score, alias, explanation, evidence };
    if (t.relationSource) m.relationSource = t.relationSource;
    return m;
  }

  // Per-query maps, emptied and reused by every evaluate (none escapes it; three new Maps per
  // query were a tenth of what matching allocates).
  const foundScratch = new Map<number, Found>();
  const supportScratch = new Map<number, string>();
  const nameHitsScratch = new Map<number, string>();
  function emptied<K, V>(map: Map<K, V>): Map<K, V> {
    if (map.size > 0) map.clear();
    return map;
  }

  /** Per entity: its aliases' indexes (built on first use: only ticker matches ask). */
  let aliasesByEntity: number[][] | undefined;
  /** The name shares a word (not a place) with one of the entity's names: equal, a typo, or a cut word's start. */
  function sharesWord(analysed: AnalysedName, entity: number): boolean {
    if (!aliasesByEntity) {
      aliasesByEntity = c.entities.map(() => []);
      c.aliasTargets.forEach((t, ai) => aliasesByEntity![t.entity].push(ai));
    }
    // The name's distinctive words when it has any: a common word shared (SANQUAN FOOD under Chacha
    // Food's code) says nothing of which company it is; else its words but places.
    let words = analysed.tokens.filter((t) => t.kind === 'distinctive');
    if (words.length === 0) words = analysed.tokens.filter((t) => t.kind !== 'place');
    if (words.length === 0) return true; // only places: nothing to contradict with
    for (const ai of aliasesByEntity[entity]) {
      if (c.compoundReadings.has(ai)) continue; // the list's words, not their translation
      for (const l of aliasAt(c, ai).name.tokens) {
        for (const q of words) if (wordsMatch(q, l, analysed.cutEnd)) return true;
      }
    }
    return false;
  }

  /**
   * The name work of one issuer text: analysis, candidates and their name scores. `report` keeps
   * every candidate scored (for `explain`); otherwise only those some row could still lift to
   * review (its ticker's support is the one rule that can raise a score after this).
   */
  /**
   * Another reading of a fund file's name (the head of its registered name, its Han read in pinyin)
   * scored against the list's names, each match carrying the evidence `says` makes of which reading
   * found it; `skip`: aliases the reading is not compared with; `reject`: scores it does not count.
   */
  function scoreReading(
    scored: ScoredAlias[], read: AnalysedName, report: boolean, skip: (ai: number) => boolean,
    reject: ((s: NameScore) => boolean) | undefined, says: () => Evidence,
  ): ScoredAlias[] {
    const q = queryName(read);
    for (const ai of source.candidates(q)) {
      if (skip(ai)) continue;
      const s = scoreAlias(q, aliasAt(c, ai), policy);
      if (!s || reject?.(s)) continue;
      s.evidence.push(says());
      if (!report && !mayReachTier(s.alignment, s.evidence, policy)) continue;
      if (scored === NOTHING_SCORED) scored = [];
      scored.push({ ai, s });
    }
    return scored;
  }

  let worked = 0;
  function nameWork(name: string, title: string, report: boolean, options: AnalyseOptions = analyseOptions): NameWork {
    worked++;
    const analysed = analyseName(name, options);
    // Most names keep no candidate: they share one empty list (never added to).
    let scored = NOTHING_SCORED;
    if (analysed.tokens.length > 0) {
      const q = queryName(analysed);
      const readings = c.compoundReadings.size > 0 ? c.compoundReadings : undefined;
      for (const ai of source.candidates(q)) {
        // A listed name read through its compound words is compared only as a reading.
        const reading = readings?.get(ai);
        const s = reading === undefined ? scoreAlias(q, aliasAt(c, ai), policy, report || !laterEvidenceOnlyLowers ? undefined : mayReachReview)
          : compoundMatch(reading, analysed) ? readingScore(analysed.core, reading.read, policy) : null;
        if (!s) continue;
        if (!report && laterEvidenceOnlyLowers && !mayReachTier(s.alignment, s.evidence, policy) && !(mayBeSupported(s) && (s.listedInside || mayReachTier(s.alignment, s.evidence, policy, supportProbe)))) continue;
        if (scored === NOTHING_SCORED) scored = [];
        scored.push({ ai, s });
      }
      // The fund file writes the whole registered name and the list its head ("Merck KGaA, Darmstadt,
      // Germany" / Merck KGaA): the head is scored too, with the rule that says so (registered-name.ts).
      if (mayHaveRegisteredPart(name, analysed)) {
        for (const part of registeredParts(name, analysed)) {
          const head = analyseName(part.text, options);
          if (head.tokens.length === 0 || head.core === analysed.core) continue;
          const cap: Tier = partCap(part, head);
          // (Not against a listed head: both names with a tail are compared whole: EDP - Energias de
          // Portugal is not EDP - Energias do Brasil.)
          scored = scoreReading(scored, head, report, (ai) => aliasAt(c, ai).part !== undefined, undefined,
            () => ({ rule: part.rule, cap, detail: { read: head.core, dropped: part.dropped, how: part.how, side: 'fund file' } }));
        }
      }
      // A name written in Han and in Latin letters (合盛硅业 HOSHINE SILICON INDUSTRY CO LTD): each
      // half is also scored alone, probable at most (bilingualHalves).
      if (hasHanWord(analysed) && hasLatinWord(analysed)) {
        for (const half of bilingualHalves(name)) {
          const read = analyseName(half.read, options);
          if (read.tokens.length === 0 || read.core === analysed.core) continue;
          scored = scoreReading(scored, read, report, (ai) => c.compoundReadings.has(ai), undefined,
            () => ({ rule: 'bilingual-name', cap: 'probable', detail: { read: read.core, dropped: half.dropped, how: half.how, side: 'fund file' } }));
        }
      }
      // A Chinese name written in Han is also read in pinyin (通威股份 as "tongwei co"), against
      // the names the list writes in Latin letters: probable at most (pinyinEvidence). Not against
      // the list's own Han names read so: two Han names are compared as written (同威 is not 通威),
      // nor a listed compound's reading (compared only by compoundMatch).
      if (hasHanWord(analysed) && readsInPinyin(name)) {
        const read = analyseName(name, { ...options, pinyin: true });
        if (read.tokens.length > 0 && read.core !== analysed.core) {
          scored = scoreReading(scored, read, report, (ai) => c.aliasPinyin.has(ai) || c.compoundReadings.has(ai), readAsOneWord, () => pinyinEvidence(read.core, 'fund file'));
        }
        // A registered name in Han against the list's stock short name inside it (海康威视数字技术
        // 股份有限公司 / 海康威视): the company or a sister, review at most (hanNameHeads).
        for (const { head, dropped } of hanNameHeads(analysed.core)) {
          for (const ai of filedUnder(c.byCore, head)) {
            if (!shortNameAlias(c, ai)) continue;
            if (scored === NOTHING_SCORED) scored = [];
            scored.push({ ai, s: readingScore(head, aliasAt(c, ai).name.core, policy, { rule: 'han-short-name', cap: 'review', detail: { read: head, dropped } }) });
          }
        }
      }
    }
    // The fund file writes a compound word (Ukreximbank) and the list the name spelled out (State
    // Export-Import Bank of Ukraine): the name read through its stems is found in the listed name
    // (compounds.ts), review at most. Never against a listed reading: two compounds of one meaning
    // are two companies (Rosneft, Russneft).
    const reading = analysed.tokens.length > 0 ? compoundReading(analysed) : null;
    if (reading !== null) {
      const evidence: Evidence = { rule: 'compound-read', cap: 'review', detail: { read: reading.read, dropped: reading.compounds, how: 'compound', side: 'fund file' } };
      for (const ai of source.readingCandidates(reading)) {
        const alias = aliasAt(c, ai);
        if (alias.part || !compoundMatch(reading, alias.name)) continue;
        if (scored === NOTHING_SCORED) scored = [];
        scored.push({ ai, s: readingScore(reading.read, alias.name.core, policy, evidence) });
      }
    }
    // A name no candidate survives keeps no analysis (worked out again in the rare row an identifier
    // matches, unless that is this name's first row: see lastAnalysis).
    // (Analysed under a file's own widths, it is kept: evaluate must not read it again under the default.)
    lastAnalysis = options === analyseOptions ? analysed : undefined;
    lastAnalysed = name;
    return { name, title, analysed: scored.length > 0 || report || options !== analyseOptions ? analysed : undefined, scored, facts: undefined };
  }

  /**
   * A file's own cut widths (inferred from its names, query.cutWidths) change a name's reading only
   * when they cut it where the matcher's widths do not, or the other way round: such a name is worked
   * out under the file's widths, apart from the caches (which hold names read the default way).
   */
  let sameAsDefault: readonly number[] | undefined;
  const ownCutWork = new Map<string, NameWork>();
  function ownCutOptions(query: MatchQuery): AnalyseOptions | null {
    const widths = query.cutWidths;
    if (widths === undefined || widths === sameAsDefault) return null;
    if (widths.length === cutWidths.length && widths.every((w, i) => w === cutWidths[i])) {
      sameAsDefault = widths;
      return null;
    }
    const n = queryNameText(query).name.length;
    return (cutWidthAt(n, widths) > 0) !== (cutWidthAt(n, cutWidths) > 0) ? { cutWidths: widths, guessCut: false } : null;
  }
  function ownCutNameWork(query: MatchQuery, options: AnalyseOptions): NameWork {
    const key = `${typeof query.issuer === 'string' ? query.issuer : ''}\u0000${typeof query.title === 'string' ? query.title : ''}\u0000${options.cutWidths!.join(',')}`;
    let work = ownCutWork.get(key);
    if (!work) {
      const { name, title } = queryNameText(query);
      work = nameWork(ownString(name), ownString(title), false, options);
      if (ownCutWork.size >= OWN_CUT_CACHE) ownCutWork.clear();
      ownCutWork.set(ownString(key), work);
    }
    return work;
  }

  /** The last name analysed by nameWork under the default options: its first row may need it again. */
  let lastAnalysis: AnalysedName | undefined;
  let lastAnalysed = '';

  /** A row's ticker support, as the bound of what a row can add to a name's score. */
  const supportProbe = supportEvidence('');
  /** The bound nameWork's filter applies, for a score nothing confirms (scoreAlias asks it before building evidence). */
  const mayReachReview = (score: number): boolean => mayReachTier(score, NO_EVIDENCE, policy) || mayReachTier(score, NO_EVIDENCE, policy, supportProbe);
  // The default widths are a guess (the file's own is not known): a long name may be cut anywhere.
  const analyseOptions: AnalyseOptions = { cutWidths, guessCut: true };

  function mayBeSupported(s: NameScore): boolean {
    return !s.exact && !s.cutExact;
  }

  function supportEvidence(said: string): Evidence {
    return { rule: 'ticker-support', add: policy.factors.tickerSupport, detail: { said, add: policy.factors.tickerSupport } };
  }

  /** The query's name: its issuer, or its title when the issuer is a placeholder (at most MAX_NAME_TEXT of either). */
  function queryNameText(query: Pick<MatchQuery, 'issuer' | 'title'>): { name: string; title: string } {
    const issuer = typeof query.issuer === 'string' ? clipName(query.issuer).trim() : '';
    const title = typeof query.title === 'string' ? clipName(query.title).trim() : '';
    return { name: isPlaceholder(issuer) ? title : issuer, title };
  }

  /**
   * One row: its identifiers looked up (hash lookups), then the name's scored candidates weighed
   * against what the row says of itself (its ticker's support, country, own identifiers).
   * `report`: also describe every candidate considered (for `explain`; costs time).
   */
  function evaluate(query: MatchQuery, work: NameWork, report: boolean): Omit<Inspection, 'name' | 'analysed'> {
    const idNotes: string[] = [];
    const found = emptied(foundScratch);

    const support = emptied(supportScratch);
    for (const { entry, said, support: weak } of idLookups(query.ids ?? {}, report ? idNotes : undefined)) {
      if (weak) {
        support.set(entry.entity, said);
        continue;
      }
      // An identifier whose attribution the list marks partial supports, but cannot confirm alone.
      const ev: Evidence[] = [{ rule: 'identifier', confirms: true, detail: { said, listed: entry.listed, method: entry.method } }];
      if (entry.partial) ev.push({ rule: 'partial-attribution', cap: 'probable', detail: { listed: entry.listed } });
      if (entry.relation !== 'direct') ev.push({ rule: 'via-relation', cap: 'probable', detail: { relation: entry.relation, name: entry.relationName ?? '' } });
      const tier = decide(1, ev, policy).tier ?? 'probable';
      const listedName = c.entities[entry.entity].entity.name;
      const explanation = `${said} equals the listed ${entry.method === 'ticker' ? 'ticker' : 'identifier'} ${entry.listed}${entry.partial ? ' (its attribution to the entity is partial)' : ''}${describeRelation(entry.relation, entry.relationName, listedName)}`;
      offer(found, entry.entity, makeMatch(entry, tier, entry.method, 1, entry.relationName ?? entry.listed, explanation, ev), true);
    }

    const { name } = work;
    // Worked out at the first directly listed candidate: most issuers have none.
    let facts: HoldingFacts | undefined;
    let ownIds: boolean | undefined;
    const reports: CandidateReport[] = [];
    const nameHits = emptied(nameHitsScratch);
    for (const { ai, s } of work.scored) {
      const alias: CompiledAlias = aliasAt(c, ai);
      const boost = support.get(alias.entity);
      // The name's evidence is shared by every row of the name: this row's is added to a copy.
      const ev = s.evidence.slice();
      // An alias read as a part of the listed name (registered-head, type-initials) caps what it finds.
      if (alias.part) ev.push({ rule: alias.part.rule, cap: alias.part.cap, detail: { read: alias.name.core, dropped: alias.part.dropped, how: alias.part.how } });
      // The list's Han name read in pinyin (aliasPinyin) caps what it finds, as the fund file's does.
      if (c.aliasPinyin.has(ai)) {
        if (readAsOneWord(s)) continue;
        ev.push(pinyinEvidence(alias.name.core, 'list'));
      }
      if (boost && mayBeSupported(s)) {
        ev.push(supportEvidence(boost));
        // The whole listed name among words of no name, and the ticker agrees: two weak signals
        // that together are worth a look (=HYPERLINK("...","HOSHINE SILICON INDUSTRY CO LTD")).
        if (s.listedInside && !mayReachTier(s.alignment, ev, policy)) {
          ev.push({ rule: 'ticker-listed-name', floor: policy.thresholds.review, cap: 'review', detail: { said: boost, listed: alias.name.core, added: s.extraQuery.join(' ') } });
        }
      }
      // What follows only lowers the score or caps the tier: a candidate already below review
      // cannot match (worked out in full only when every candidate is reported).
      if (!report && laterEvidenceOnlyLowers && !mayReachTier(s.alignment, ev, policy)) continue;
      // Evidence of a namesake (country, legal form, the holding's own ticker): one
      // contradiction caps the match at review, two rule it out.
      const against = alias.relation === 'direct' ? namesakeEvidence((facts ??= holdingFacts(query, work)), alias.entity, ai, s.exact, boost !== undefined, ev) : 0;
      const home = alias.relation === 'direct' && !boost ? homeCountryAdded(s, ai, work.analysed!) : undefined;
      if (home) ev.push(home);
      // A typo in a short word, or another company of the group named by a place, is not the
      // listed entity without an identifier that says so (a recorded relation is its own alias).
      // A typo in a short word ("TAYOTA MOTOR") is worth a look for a bare name (a decoy, a
      // hand-typed list). A holding that carries its own identifiers was written from reference
      // data, where such a typo is another company (SINNET / SINONET): that needs an identifier
      // of the entity's, as does a name that marks another company of the group.
      if (s.weak && !boost && against === 0 && !(ownIds ??= hasOwnIds(query))) ev.push({ rule: 'bare-name-typo', cap: 'review', detail: {} });
      // Likewise a name without the listed name's home city (MINDRAY / Shenzhen Mindray), when its
      // words are the listed ones as written (not also near ones: HIKVISON / Hangzhou Hikvision).
      if (!s.weak && !boost && against === 0 && s.evidence.some((e) => e.rule === 'home-city-dropped') && !s.evidence.some((e) => NEAR_WORDS.has(e.rule)) && !(ownIds ??= hasOwnIds(query))) ev.push({ rule: 'bare-name', cap: 'review', detail: {} });
      if (alias.relation !== 'direct') ev.push({ rule: 'via-relation', cap: 'probable', detail: { relation: alias.relation, name: alias.relationName ?? '' } });
      const { score, tier } = decide(s.alignment, ev, policy);
      if (!tier && !report) continue;
      const listedName = c.entities[alias.entity].entity.name;
      // The list's spelling was transcribed (Drägerwerk read as Draegerwerk): the explanation says so.
      let steps = alias.name.steps.includes('letters transcribed') ? [...work.analysed!.steps, 'letters transcribed' as const] : work.analysed!.steps;
      if (c.aliasPinyin.has(ai) || s.evidence.some((e) => e.rule === 'pinyin-reading')) steps = [...steps, 'read in pinyin' as const];
      const explanation = describeName(name, alias.text, { ...s, evidence: ev }, score, steps) + describeRelation(alias.relation, alias.relationName, listedName);
      if (report) reports.push({ entityId: c.entities[alias.entity].entity.id, entityName: listedName, alias: alias.text, aliasCore: alias.name.core, relation: alias.relation, score, tier, explanation, evidence: ev });
      if (!tier) continue;
      const prevName = nameHits.get(alias.entity);
      if (!prevName) nameHits.set(alias.entity, alias.text);
      // (A part of the listed name equal to the fund file's is not the name itself: not exact.)
      offer(found, alias.entity, makeMatch(alias, tier, 'name', Math.round(score * 1000) / 1000, alias.text, explanation, ev), !alias.part && (s.exact || (s.cutExact && tier === 'confirmed')));
    }
    // Most issuers match nothing: nothing below applies to them.
    if (found.size === 0) {
      reports.sort((a, b) => b.score - a.score);
      return { idNotes, matches: [], candidates: reports };
    }
    const analysed = work.analysed ?? ((lastAnalysed === name ? lastAnalysis : undefined) ?? analyseName(name, analyseOptions));
    // A ticker is a market's code, reused and mistyped: when the name the file gives shares no
    // word with any name of the entity ("TRUST WIND BETA CORP" under 600888), the code alone is
    // worth a look, not a confirmation (nor probable, when the ticker's attribution is partial).
    // A rename keeps a shared word or a recorded former name.
    if (analysed.tokens.length > 0) {
      for (const [entity, f] of found) {
        if (f.match.method !== 'ticker' || f.match.tier === 'review' || nameHits.has(entity) || sharesWord(analysed, entity)) continue;
        f.match.evidence.push({ rule: 'code-without-name', cap: 'review', detail: { name } });
        f.match.tier = 'review';
        f.rank = TIER_RANK.review;
        f.exact = false;
        f.match.explanation += `; but the name "${name}" shares no word with any listed name of the entity (a reused or mistyped code?): review`;
      }
    }
    // An identifier match says so, and says whether the name agrees.
    for (const [entity, f] of found) {
      if (f.match.method !== 'name' && nameHits.has(entity)) f.match.explanation += `; name also matches "${nameHits.get(entity)}"`;
    }
    // One issuer is one company. When an identifier or an exact name says which, merely similar
    // names of other entities are not findings (YITU vs "Yitu Technologies"); nor is a weaker match
    // of an entity linked to a stronger one (the listed parent seen again through its subsidiary).
    const anyExact = [...found.values()].some((f) => f.exact);
    for (const [entity, f] of found) {
      if (f.match.method !== 'name' || f.exact) continue;
      if (anyExact || [...found].some(([other, g]) => other !== entity && g.rank > f.rank && c.linked.has(`${entity}|${other}`))) found.delete(entity);
    }
    const matches = [...found.values()]
      .sort((a, b) => b.rank - a.rank || b.match.score - a.match.score || (a.match.entity.id < b.match.entity.id ? -1 : 1))
      .map((f) => f.match);
    reports.sort((a, b) => b.score - a.score);
    return { idNotes, matches, candidates: reports };
  }

  /** The query names an issuer and nothing else (no title, no identifier). */
  function onlyIssuer(query: MatchQuery): boolean {
    if (query.title) return false;
    const ids = query.ids ?? {};
    for (const f of ID_FIELDS) if (ids[f]) return false;
    return true;
  }

  // Name work remembered by issuer text (and title, when there is one), bounded by an estimate of
  // the bytes it holds; answers of rows with an issuer and nothing else, by the issuer.
  const nameCache = new Map<string, NameWork>();
  const titledCache = new Map<string, NameWork>();
  const issuerOnly = new Map<string, Match[]>();
  let cacheBytes = 0;

  // The last row's issuer, title and name work: consecutive rows of one issuer (a bond fund's
  // notes of one company) need no lookup. Holds one row's strings, so at most one reader chunk.
  let lastIssuer: unknown;
  let lastTitle: unknown;
  let lastWork: NameWork | undefined;

  function cachedNameWork(query: MatchQuery): NameWork {
    if (lastWork !== undefined && query.issuer === lastIssuer && query.title === lastTitle) return lastWork;
    lastWork = lookUpNameWork(query);
    lastIssuer = query.issuer;
    lastTitle = query.title;
    return lastWork;
  }

  function lookUpNameWork(query: MatchQuery): NameWork {
    const issuer = typeof query.issuer === 'string' ? query.issuer : '';
    const titled = typeof query.title === 'string' && query.title !== '';
    // A title changes the name work only where it stands in for a placeholder issuer (the entry
    // by issuer says so: its name is empty) or names a depositary receipt (namesake rules read
    // it); any other title leaves it as the issuer's alone, so such rows share its entry.
    if (!titled || !isDepositaryReceipt(clipName(query.title!))) {
      const known = nameCache.get(issuer);
      if (known !== undefined && (!titled || known.name !== '')) return known;
      if (known === undefined) {
        const { name } = queryNameText({ issuer });
        if (!titled || name !== '') return addWork(nameCache, issuer, name, '');
      }
    }
    const key = keyPart(issuer) + keyPart(query.title);
    const known = titledCache.get(key);
    if (known !== undefined) return known;
    const { name, title } = queryNameText(query);
    return addWork(titledCache, key, name, title);
  }

  /** The name work of `name` and `title`, remembered in `map` under `key`. */
  function addWork(map: Map<string, NameWork>, key: string, name: string, title: string): NameWork {
    // Kept past its row: own copies, not views into the reader's chunk (own-string.ts).
    return keep(map, key, nameWork(ownString(name), ownString(title), false));
  }

  /** Remembers `work` in `map` under `key` (its own copy; the key is mostly the work's name: one copy serves both). */
  function keep(map: Map<string, NameWork>, key: string, work: NameWork): NameWork {
    remember(2 * key.length + workBytes(work));
    map.set(key === work.name ? work.name : ownString(key), work);
    return work;
  }

  /** Counts an entry's bytes; empties every cache first when the budget (bytes or entries) is spent. */
  function remember(bytes: number): void {
    if (cacheBytes + bytes > cacheBudget || nameCache.size + titledCache.size + issuerOnly.size >= cacheSize) {
      nameCache.clear();
      titledCache.clear();
      issuerOnly.clear();
      cacheBytes = 0;
    }
    cacheBytes += ENTRY_BYTES + bytes;
  }

  /** The issuer text a query's name work is remembered under in nameCache, or null when it is not (see lookUpNameWork). */
  function sharedIssuer(query: MatchQuery): string | null {
    if (typeof query.issuer !== 'string' || ownCutOptions(query) !== null) return null;
    if (typeof query.title === 'string' && query.title !== '' && isDepositaryReceipt(clipName(query.title))) return null;
    // A placeholder issuer is read from its title (a row's own work).
    return isPlaceholder(clipName(query.issuer).trim()) ? null : query.issuer;
  }

  return {
    warnings: c.warnings,
    get namesWorkedOut() {
      return worked;
    },
    pendingIssuers(queries) {
      const out: string[] = [];
      const seen = new Set<string>();
      for (const q of queries) {
        const issuer = sharedIssuer(q);
        if (issuer === null || seen.has(issuer) || nameCache.has(issuer) || (onlyIssuer(q) && issuerOnly.has(issuer))) continue;
        seen.add(issuer);
        out.push(issuer);
      }
      return out;
    },
    sharedNameWork(issuer) {
      const work = nameWork(queryNameText({ issuer }).name, '', false);
      return work.scored.length === 0 ? null : { name: work.name, analysed: work.analysed!, scored: work.scored };
    },
    rememberNameWork(issuers, works) {
      for (let i = 0; i < issuers.length; i++) {
        const issuer = issuers[i]!;
        if (nameCache.has(issuer)) continue;
        const shared = works[i];
        // (A shared work's strings are the receiving thread's own: cloned, not views into a chunk.)
        const work: NameWork = shared
          ? { name: shared.name, title: '', analysed: shared.analysed, scored: shared.scored, facts: undefined }
          : { name: ownString(queryNameText({ issuer }).name), title: '', analysed: undefined, scored: NOTHING_SCORED, facts: undefined };
        keep(nameCache, issuer, work);
      }
    },
    match(query: MatchQuery): Match[] {
      const own = ownCutOptions(query);
      if (own) return evaluate(query, ownCutNameWork(query, own), false).matches;
      if (onlyIssuer(query)) {
        const issuer = typeof query.issuer === 'string' ? query.issuer : '';
        const hit = issuerOnly.get(issuer);
        if (hit) return hit.slice();
        // Its answer is remembered, not its name work (unless a row with identifiers needed it).
        const { name, title } = queryNameText(query);
        const work = nameCache.get(issuer) ?? nameWork(name, title, false);
        // No candidate by name and no identifier: nothing to evaluate (most issuers).
        const matches = work.scored.length === 0 ? NO_MATCHES : evaluate(query, work, false).matches;
        remember(2 * issuer.length);
        // Most issuers match nothing: they share one empty answer (never handed out: copies are).
        issuerOnly.set(ownString(issuer), matches.length > 0 ? matches : NO_MATCHES);
        return matches.slice();
      }
      const work = cachedNameWork(query);
      // Nearly every row: no candidate by its name, no identifier that may be listed.
      if (work.scored.length === 0 && !mayListSome(query.ids ?? {})) return [];
      return evaluate(query, work, false).matches;
    },
    inspect(query) {
      const { name, title } = queryNameText(query);
      const own = ownCutOptions(query);
      const work = nameWork(name, title, true, own ?? analyseOptions);
      return { name, analysed: work.analysed!, ...evaluate(query, work, true) };
    },
    searchRawText: (text) => searchRawText(c, text),
    aliasCores: () => c.aliasTexts.map((_, ai) => {
      const a = aliasAt(c, ai);
      return { entityId: c.entities[a.entity].entity.id, alias: a.text, core: a.name.core };
    }),
  };
}
