/**
 * The matcher's rules as evidence, and the one place a name match's score and tier are decided.
 *
 * Every rule that weighs a name match returns an Evidence: which rule (a stable id tests and
 * reports can rely on), what it does to the score or tier (a factor, an addition, a floor, a cap,
 * a contradiction, a veto) and the facts it saw (`detail`). `decide()` turns the alignment score
 * plus the evidence into the final score and tier under one MatchPolicy, which holds every weight
 * and threshold. Explanations are rendered from the evidence (`explainEvidence`). Pure.
 */
import { TIER_RANK, type Evidence, type RuleId, type Tier } from './types.js';

export type { Evidence, RuleId } from './types.js';

export interface MatchPolicy {
  thresholds: { probable: number; review: number };
  /** Score factors and additions, by rule. */
  factors: {
    placesDiffer: number;
    wordsDiffer: number;
    extraWords: number;
    numbersDiffer: number;
    numberOneSide: number;
    countryConflict: number;
    tickerSupport: number;
  };
  /** The score a supporting ticker may lift a name match to. */
  maxWithSupport: number;
  /** typo-only stands unless the words equal beside the typo weigh this much (one distinctive word). */
  typoOnlyCover: number;
  /** The score of a one-word name that is the listed name's initials (capped at review). */
  acronymScore: number;
  /** The floor of a name equal up to a fixed-width cut. */
  cutExactFloor: number;
  /** Contradictions: this many cap the tier at `cap`, `ruleOut` rule the match out. */
  contradictions: { cap: Tier; ruleOut: number };
  /** A veto of rule K is lifted when one of the listed rules is present. */
  lifts: Partial<Record<RuleId, readonly RuleId[]>>;
  /** Likewise for a cap of rule K. */
  capLifts: Partial<Record<RuleId, readonly RuleId[]>>;
}

/** Calibrated on fixtures/eval/gold.csv (scripts/eval.ts) and fixtures/eval/general.csv. */
export const DEFAULT_POLICY: MatchPolicy = {
  thresholds: { probable: 0.85, review: 0.7 },
  factors: { placesDiffer: 0.6, wordsDiffer: 0.85, extraWords: 0.75, numbersDiffer: 0.9, numberOneSide: 0.8, countryConflict: 0.7, tickerSupport: 0.1 },
  maxWithSupport: 0.99,
  cutExactFloor: 0.97,
  typoOnlyCover: 1,
  acronymScore: 0.75,
  contradictions: { cap: 'review', ruleOut: 2 },
  lifts: {
    'weak-typo': ['ticker-support', 'bare-name-typo'],
    'common-words-typo': ['ticker-support', 'bare-name-typo'],
    'other-company': ['ticker-support', 'home-country-added'],
    'home-city-dropped': ['ticker-support', 'bare-name'],
  },
  // A ticker of the entity's on another market says the near name is the company.
  capLifts: { 'typo-only': ['ticker-support'], 'home-city-dropped': ['ticker-support'] },
};

export interface Decision {
  score: number;
  tier: Tier | null;
}

function lower(tier: Tier, cap: Tier): Tier {
  return TIER_RANK[tier] > TIER_RANK[cap] ? cap : tier;
}

/**
 * The one place a name match is decided: the alignment score times each factor, plus each
 * addition (in the order the evidence was given), at least each floor; the tier from the
 * thresholds (or `confirmed` by equality), lowered to the lowest cap; no tier when a veto stands
 * or the contradictions rule the match out.
 */
export function decide(alignment: number, evidence: readonly Evidence[], p: MatchPolicy = DEFAULT_POLICY): Decision {
  let score = alignment;
  let confirms = false;
  let against = 0;
  for (const e of evidence) {
    if (e.factor !== undefined) score *= e.factor;
    if (e.add !== undefined) score = Math.min(p.maxWithSupport, score + e.add);
    if (e.floor !== undefined) score = Math.max(score, e.floor);
    if (e.confirms) confirms = true;
    if (e.against) against += e.against;
  }
  return tierOf(score, confirms, against, evidence, p);
}

/**
 * Whether evidence added after `evidence` can still give the match a tier, when that later
 * evidence adds, floors and confirms nothing and its factors are at most 1 (the namesake and cap
 * rules): not when the score is already below `review` and nothing confirms. The matcher asks
 * this before working out the namesake evidence of a candidate that cannot match anyway.
 * `then`: one more piece of evidence after `evidence` (without building the longer array).
 */
export function mayReachTier(alignment: number, evidence: readonly Evidence[], p: MatchPolicy = DEFAULT_POLICY, then?: Evidence): boolean {
  let score = alignment;
  for (let k = 0; k <= evidence.length; k++) {
    const e = k < evidence.length ? evidence[k] : then;
    if (e === undefined) break;
    if (e.confirms) return true;
    if (e.factor !== undefined) score *= e.factor;
    if (e.add !== undefined) score = Math.min(p.maxWithSupport, score + e.add);
    if (e.floor !== undefined) score = Math.max(score, e.floor);
  }
  return score >= p.thresholds.review;
}

function tierOf(score: number, confirms: boolean, against: number, evidence: readonly Evidence[], p: MatchPolicy): Decision {
  if (against >= p.contradictions.ruleOut) return { score, tier: null };
  for (const e of evidence) {
    if (!e.veto) continue;
    const lifters = p.lifts[e.rule];
    if (!lifters || !evidence.some((x) => lifters.includes(x.rule))) return { score, tier: null };
  }
  let tier: Tier | null = confirms ? 'confirmed' : score >= p.thresholds.probable ? 'probable' : score >= p.thresholds.review ? 'review' : null;
  if (!tier) return { score, tier };
  if (against > 0) tier = lower(tier, p.contradictions.cap);
  for (const e of evidence) {
    if (!e.cap) continue;
    const lifters = p.capLifts[e.rule];
    if (!lifters || !evidence.some((x) => lifters.includes(x.rule))) tier = lower(tier, e.cap);
  }
  return { score, tier };
}

/** Rules that only note how the names were read (rendered as notes, not penalties). */
const NOTES: ReadonlySet<RuleId> = new Set<RuleId>(['cut-name', 'cut-word', 'ticker-support', 'exact-name', 'cut-exact', 'bare-name-typo', 'bare-name', 'via-relation', 'identifier', 'partial-attribution']);

export function isNote(e: Evidence): boolean {
  return NOTES.has(e.rule);
}

/** The sentence of one piece of evidence (what explanations print; '' for rules the rest of the explanation already says). */
export function explainEvidence(e: Evidence): string {
  const d = e.detail;
  switch (e.rule) {
    case 'exact-name': return '';
    case 'cut-exact': return '';
    case 'words-reordered': return 'the same common words in another order: review at most';
    case 'cut-name': {
      const at = d.width ? `name cut at ${d.width} characters` : d.at ? 'name cut where it ends in a joining word (of, de, und)' : 'name cut at a fixed width';
      const stub = d.stub ? `; its last word ${d.stub} is the start of a legal form` : '';
      return d.words ? `${at}${stub}; list words not compared: ${d.words}` : at + stub;
    }
    case 'cut-word': return 'last word cut at a fixed width';
    case 'cut-any-width': return 'the name reads as cut, at a width the file does not show: probable at most';
    case 'cut-tail-specific': return '';
    case 'common-words-only': return 'the name is made of common words only';
    case 'common-words-typo': return `the name is made of common words only, ${d.words === 1 ? 'one of them' : `${d.words} of them`} with a typo (${d.query} / ${d.list}): review at most`;
    case 'common-words-cut': return `the name is made of common words only, its last cut short of the listed one (${d.query} / ${d.list}): review at most`;
    case 'places-differ': return `places differ (${d.query} / ${d.list})`;
    case 'other-company': return 'a place only one name has marks another company of the group (sister, subsidiary or parent)';
    case 'place-added': return `fund file adds ${d.places}`;
    case 'words-differ': return `words differ (${d.query} / ${d.list})`;
    case 'extra-words': return `fund file adds ${d.words} to the whole listed name (another company of the group?)`;
    case 'registered-words': return `fund file adds ${d.words} to the whole listed name, as a Chinese registered name writes its business: the company or a sister, review at most`;
    case 'numbers-differ': return `numbers differ (${d.query} / ${d.list}): another vintage or series, review at most`;
    case 'number-one-side': return `number on one side only (${d.numbers})`;
    case 'weak-typo': return 'only a short word with a typo aligns';
    case 'bare-name-typo': return '';
    case 'typo-only': return `the distinctive words align only through a typo (${d.query} / ${d.list}): review at most`;
    case 'acronym': return `${d.acronym} may be the initials of ${d.name}: review at most`;
    case 'acronym-translated': return `${d.acronym} may be the initials of ${d.name} in Russian: review at most`;
    case 'syllable-acronym': return `${d.word} may be made of the leading letters of ${d.name} (${d.pieces}): review at most`;
    case 'word-pieces': return `${d.word} may be made of leading syllables of words of ${d.name} (${d.pieces}), its other words left out: review at most`;
    case 'contraction': return `${d.word} may be a contraction of ${d.name} (${d.pieces}): review at most`;
    case 'home-country-form': return `the fund file writes legal form ${d.holding} (${d.holdingCountries}), not a form of the country the listed name ends in (${d.country}): another company of the group`;
    case 'home-country-dropped': return `the listed name ends in its country (${d.country}), the fund file's does not: review at most`;
    case 'home-region-dropped': return `the listed name leads with its province (${d.region}), the fund file's does not: review at most`;
    case 'home-city-dropped': return `the listed name is written with its city (${d.city}), the fund file's is not: the same company or a local one of the group, review at most, and only for a holding without identifiers of its own`;
    case 'bare-name': return '';
    case 'home-country-added': return `the fund file's name ends in ${d.country}, where the listed name's legal form ${d.form} is written (${d.countries}): the company itself as often as its unit there, review at most`;
    case 'article-dropped': return `the article ${d.article} (Arabic al, el, ol, ul; Spanish el) written in one name only: ${e.cap} at most`;
    case 'cognate': return `a Russian adjective or plural and the English word it is made like (${d.query} / ${d.list}): review at most`;
    case 'transliterated': return e.cap ? `the distinctive words agree only as two romanisations of one word (${d.query} / ${d.list}): review at most` : '';
    case 'sounds-alike': return `spelled apart but alike in sound, as transliterations differ (${d.query} / ${d.list}): review at most`;
    case 'two-edits': return `two edits apart (${d.query} / ${d.list}): review at most`;
    case 'abbreviated-word': return `one name writes a word cut short (${d.query} / ${d.list}): an abbreviation, review at most`;
    case 'moved-letter': return `one letter typed elsewhere (${d.query} / ${d.list}): review at most`;
    case 'translated-filler': return `the fund file's ${d.words}, a word of its own language the company's English name drops: review at most`;
    case 'translated': return e.cap ? 'the names agree only in translated common words: review at most' : '';
    case 'short-typo': return `a typo in a short word (${d.query} / ${d.list}): review at most`;
    case 'one-word-query': return 'a one-word name against a longer listed name';
    case 'common-words-dropped': return `the listed name without its common words (${d.words}): review at most`;
    case 'lead-words-dropped': return `the end of the listed name, without the words it leads with (${d.words}): review at most`;
    case 'registry-tag': return `registered ${d.query ? `in ${d.query}` : 'without a tag'} and the listed name ${d.list ? `in ${d.list}` : 'without one'}: a namesake as often as the company, review at most`;
    case 'ticker-support': return `${d.said} agrees (+${d.add})`;
    case 'ticker-listed-name': return `the whole listed name (${d.listed}) stands in the fund file's among other words (${d.added}), and the ticker agrees: review`;
    case 'country-conflict': return `country ${d.holding} but the listed entity is ${d.entity}`;
    case 'legal-family-conflict': return `legal form ${d.holding} but the listed entity's is ${d.entity}`;
    case 'legal-form-conflict': return `legal form ${d.holding} (${d.holdingClasses}) but the listed name's is ${d.listed} (${d.listedClasses})`;
    case 'plc-limited': return `legal form ${d.holding} and the listed name's ${d.listed}: a public and a private company where the law writes both (the dual-listed pairs, a unit of the group), or a company renamed to PLC: worth a look`;
    case 'legal-form-elsewhere': return `legal form ${d.holding} (${d.holdingCountries}) and the listed name's ${d.listed} (${d.listedCountries}) are written in countries that share none: another company of the group`;
    case 'ticker-elsewhere': return `its ticker ${d.ticker} is not one of the entity's listings`;
    case 'han-short-name': return `the fund file's Han name holds the listed short name ${d.read}, with ${d.dropped} around it, as a registered name writes its place and business: the company or a sister, review at most`;
    case 'bilingual-name': return `the fund file's name in ${d.how} (${d.read}), written beside it in another script (${d.dropped}): ${e.cap} at most`;
    case 'registered-head': return `the head of the ${d.side === 'fund file' ? "fund file's" : 'listed'} registered name (${d.read}), without what fund files drop (${d.dropped}): ${e.cap} at most`;
    case 'registered-trade-name': return `the trade name the ${d.side === 'fund file' ? "fund file's" : 'listed'} name writes after its registered name (${d.read}), without that name (${d.dropped}): ${e.cap} at most`;
    case 'pinyin-reading': return `the ${d.side === 'fund file' ? "fund file's" : 'listed'} name written in Han, read in pinyin (${d.read}): ${e.cap} at most`;
    case 'registered-brand': return `the brand of the listed name after its company type (${d.read}), without its description (${d.dropped}): ${e.cap} at most`;
    case 'compound-read': return `the ${d.side === 'fund file' ? "fund file's" : 'listed'} compound ${d.dropped} read as its stems' words (${d.read}): review at most`;
    case 'compound-spelling': return `one compound in two romanisations, stem by stem (${d.query} / ${d.list}: ${d.stems}): probable at most`;
    case 'company-type': return `a company-type abbreviation set aside (${d.query || '-'} / ${d.list || '-'}): probable at most`;
    case 'type-initials': return `the ${d.side === 'fund file' ? "fund file's" : 'listed'} name without the initials of its company type (${d.dropped}): ${e.cap} at most`;
    case 'via-relation': return ''; // describeRelation says it
    case 'identifier': return `${d.said} equals the listed ${d.method === 'ticker' ? 'ticker' : 'identifier'} ${d.listed}`;
    case 'partial-attribution': return 'its attribution to the entity is partial';
    case 'raw-line': return `the raw text of the row contains ${d.what}`;
    case 'code-without-name': return `the name "${d.name}" shares no word with any listed name of the entity (a reused or mistyped code?): review`;
  }
}
