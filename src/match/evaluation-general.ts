/**
 * Measuring the matcher on general company-name pairs (fixtures/eval/general.csv): names of any
 * jurisdiction as sanctions lists and fund files write them, not only the shipped list's. Shared by
 * `npm run eval` (scripts/eval-general.ts) and its test, so both judge the same way.
 *
 * Each pair is judged on its own: a list holding one entity named `listed` is compiled and `query`
 * is matched as a holding issuer with no identifiers; the pair's tier is the tier of that match
 * (none when nothing matched). One list per pair keeps the pairs independent: no other pair's names
 * compete or change how common a word looks. Compiling a one-entity list is cheap (see the script's
 * timing line).
 *
 * Labels: `same` (one legal entity written two ways), `alert` (not provably the same, but a human
 * should look: typos, a changed vintage number), `different` (another company: must not alert).
 * Positives at review-and-up are same+alert; at confirmed+probable only `same` counts as correct.
 *
 * Split: every pair is in `dev` or `test` (about 70/30), fixed by a hash of the listed entity's name
 * core (`splitKey`), so all pairs about one listed entity fall on the same side: tuning on Siemens'
 * dev rows cannot leak into Siemens' test rows, as it could not on a held-out set of other names.
 * The key depends only on the row's own `listed` text, so adding rows never moves an old one. Tune
 * on dev (its misses and false flags are listed); test is reported only as figures and counts.
 */
import { parse } from 'csv-parse/sync';
import type { LoadedList } from '../lists/schema.js';
import type { Tier } from './types.js';
import { TIER_RANK } from './types.js';
import type { Matcher } from './types.js';

export const LABELS = ['same', 'alert', 'different'] as const;
export type Label = (typeof LABELS)[number];
export const COLUMNS = ['id', 'listed', 'query', 'label', 'category', 'jurisdiction', 'note'] as const;

export interface GeneralPair {
  /** Line of the record in the CSV (1 = header). */
  line: number;
  id: string;
  listed: string;
  query: string;
  label: Label;
  category: string;
  jurisdiction: string;
  note: string;
}

export class GeneralSetError extends Error {
  constructor(readonly line: number, message: string) {
    super(`line ${line}: ${message}`);
    this.name = 'GeneralSetError';
  }
}

/** Parses and checks the set: known columns, a valid label, non-empty fields. Throws GeneralSetError. */
export function parseGeneral(text: string): GeneralPair[] {
  const records = parse(text, { columns: true, skip_empty_lines: true, info: true, bom: true }) as Array<{ record: Record<string, string>; info: { lines: number } }>;
  const header = records.length > 0 ? Object.keys(records[0].record) : [];
  if (records.length > 0 && header.join(',') !== COLUMNS.join(',')) throw new GeneralSetError(1, `expected columns ${COLUMNS.join(',')}, got ${header.join(',')}`);
  return records.map(({ record: r, info }) => {
    for (const k of COLUMNS) if (!r[k] || r[k].trim() === '') throw new GeneralSetError(info.lines, `empty ${k}`);
    if (!(LABELS as readonly string[]).includes(r.label)) throw new GeneralSetError(info.lines, `label must be one of ${LABELS.join('/')}, got "${r.label}"`);
    return { line: info.lines, id: r.id, listed: r.listed, query: r.query, label: r.label as Label, category: r.category, jurisdiction: r.jurisdiction, note: r.note };
  });
}

/**
 * The categories a pair may have: what makes the two names alike or apart. `script`: one name is
 * written in another script than Latin (Cyrillic, Greek, Arabic, Han, kana, Hangul).
 */
export const CATEGORIES = [
  'abbreviation', 'acronym', 'case-punct', 'common-words', 'diacritics', 'extra-word', 'form-contradiction',
  'legal-form', 'near-name', 'number', 'place', 'rename', 'script', 'security', 'sister', 'transliteration', 'truncation',
  'typo', 'vintage', 'word-order', 'person-name',
] as const;
/** Categories whose queries are made up (a decoy spelling): each such row's note must say "synthetic". */
export const SYNTHETIC_CATEGORIES: readonly string[] = ['typo'];

export const SPLITS = ['dev', 'test'] as const;
export type Split = (typeof SPLITS)[number];
/** Share of split keys in dev, in percent; the rest are test. */
export const DEV_PERCENT = 70;

/** FNV-1a, 32 bits, over the UTF-16 code units of the text: stable across runs, platforms and row order. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * Words dropped from a listed name before it is hashed: legal forms and their letters, so that
 * "Siemens AG" and "Siemens Aktiengesellschaft" share a side. A fixed list on purpose, not the
 * matcher's normalisation (which changes as the matcher is tuned): editing it moves rows between
 * dev and test, so don't, unless the whole split is meant to be redrawn.
 */
const SPLIT_DROP = new Set(`ag se sa spa s p a nv n v plc l c ltd limited co company corp corporation inc incorporated llc lp
  pjsc jsc oao ooo pao ao ojsc cjsc pt tbk persero berhad bhd kk kabushiki kaisha oyj abp ab publ asa as gmbh kgaa
  aktiengesellschaft sab de cv b pcl public the sae nyrt q k pte bm m tao o t u sgps`.split(/\s+/));

/** The entity key a pair is split by: its listed name folded, "(formerly ...)" and legal forms dropped. */
export function splitKey(listed: string): string {
  const folded = listed
    .replace(/\(formerly[^)]*\)/gi, ' ')
    .replace(/[ıİ]/g, 'i').replace(/[øØ]/g, 'o').replace(/[æÆ]/g, 'ae').replace(/[łŁ]/g, 'l').replace(/ß/g, 'ss')
    .normalize('NFKD').replace(/\p{M}/gu, '')
    .toLowerCase();
  return (folded.match(/[a-z0-9]+/g) ?? []).filter((w) => !SPLIT_DROP.has(w)).join(' ');
}

/** The split a pair belongs to, from its listed name alone. */
export function splitOf(pair: Pick<GeneralPair, 'listed'>): Split {
  return fnv1a(splitKey(pair.listed)) % 100 < DEV_PERCENT ? 'dev' : 'test';
}

/** What a usable set must hold; `integrityProblems` names each rule a set breaks. */
export interface Integrity { minPairs: number; minJurisdictions: number }
export const INTEGRITY: Integrity = { minPairs: 1000, minJurisdictions: 20 };
/** The fresh set (fixtures/eval/fresh.csv) is smaller by design: a few hundred pairs nobody tuned on. */
export const FRESH_INTEGRITY: Integrity = { minPairs: 300, minJurisdictions: 20 };
const JURISDICTION = /^[A-Z]{2}(\/[A-Z]{2})*$/;

export function integrityProblems(pairs: GeneralPair[], limits: Integrity = INTEGRITY): string[] {
  const problems: string[] = [];
  if (pairs.length < limits.minPairs) problems.push(`${pairs.length} pairs, fewer than ${limits.minPairs}`);
  const seenId = new Map<string, number>();
  const seenPair = new Map<string, number>();
  for (const p of pairs) {
    const a = seenId.get(p.id);
    if (a !== undefined) problems.push(`line ${p.line}: id ${p.id} already used at line ${a}`);
    else seenId.set(p.id, p.line);
    const key = `${p.listed}\u0000${p.query}`;
    const b = seenPair.get(key);
    if (b !== undefined) problems.push(`line ${p.line}: pair "${p.listed}" / "${p.query}" already at line ${b}`);
    else seenPair.set(key, p.line);
    if (p.listed === p.query) problems.push(`line ${p.line}: listed and query are the same text`);
    if (!(CATEGORIES as readonly string[]).includes(p.category)) problems.push(`line ${p.line}: unknown category "${p.category}"`);
    if (SYNTHETIC_CATEGORIES.includes(p.category) && !/synthetic/i.test(p.note)) problems.push(`line ${p.line}: a ${p.category} row's note must say it is synthetic`);
    if (!JURISDICTION.test(p.jurisdiction)) problems.push(`line ${p.line}: jurisdiction "${p.jurisdiction}" is not two-letter codes joined by /`);
  }
  const jurisdictions = jurisdictionsOf(pairs);
  if (jurisdictions.size < limits.minJurisdictions) problems.push(`${jurisdictions.size} jurisdictions, fewer than ${limits.minJurisdictions}`);
  return problems;
}

/** Jurisdictions named by the pairs ("US", "DE/US" names two; "XX" = none in particular). */
export function jurisdictionsOf(pairs: GeneralPair[]): Set<string> {
  return new Set(pairs.flatMap((p) => p.jurisdiction.split('/')).filter((j) => j !== 'XX'));
}

/**
 * The one-entity list a pair is judged against. The listing is a synthetic placeholder for this
 * evaluation only (the list model requires one); it never leaves this module.
 */
export function pairList(pair: Pick<GeneralPair, 'id' | 'listed'>): LoadedList {
  return {
    id: 'general-eval',
    version: '2000-01-01',
    sha256: '0'.repeat(64),
    path: 'general-eval.json',
    entities: [{
      id: 'pair-' + pair.id.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+/, ''),
      name: pair.listed,
      type: 'company',
      aliases: [],
      identifiers: [],
      listings: [{ list: 'general evaluation placeholder', date: '2000-01-01', citation: 'evaluation only', url: 'https://example.invalid/general-eval', verification: 'partial' }],
      relations: [],
    }],
  };
}

export interface Verdict {
  tier: Tier | null;
  score: number | null;
  explanation: string;
}

/** Judges one pair: compile its list, match `query` with no identifiers, take the entity's match. */
export type PairJudge = (pair: GeneralPair) => Verdict;

export function judgeWith(createMatcher: (lists: LoadedList[]) => Matcher): PairJudge {
  return (pair) => {
    const list = pairList(pair);
    const found = createMatcher([list]).match({ issuer: pair.query, ids: {} });
    const m = found.find((x) => x.entity.id === list.entities[0].id);
    return m ? { tier: m.tier, score: m.score, explanation: m.explanation } : { tier: null, score: null, explanation: 'no match' };
  };
}

export interface Counts { tp: number; fp: number; fn: number; tn: number }
export interface Figures extends Counts { precision: number; recall: number; f1: number }

export function figures(c: Counts): Figures {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

export interface JudgedPair { pair: GeneralPair; verdict: Verdict }

export interface GeneralEvaluation {
  pairs: number;
  byLabel: Record<Label, { pairs: number; tiers: Record<Tier | 'none', number> }>;
  /** Flag = review or stronger; positive = same or alert. */
  review: Figures;
  /** Flag = confirmed or probable; positive = same (an alert flagged this strongly is a false flag). */
  strong: Figures;
  /**
   * Flag = confirmed or probable; positive = same or alert: how a set labelled "should alert"
   * (a peer screening system's) counts it, where a typo of a listed name flagged probable is right.
   */
  strongPeer: Figures;
  /** Per category, the review-and-up figures and the strong ones. */
  byCategory: Record<string, { pairs: number; review: Figures; strong: Figures }>;
  /** Positives (same/alert) not flagged at review-and-up. */
  misses: JudgedPair[];
  /** `same` pairs flagged only at review (flagged, but not strongly enough). */
  weak: JudgedPair[];
  /** `different` pairs flagged at any tier, and `alert` pairs flagged at confirmed/probable. */
  falseFlags: JudgedPair[];
}

const atLeast = (t: Tier | null, min: Tier) => t !== null && TIER_RANK[t] >= TIER_RANK[min];

function count(judged: JudgedPair[], min: Tier, positive: (l: Label) => boolean): Counts {
  const c: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const { pair, verdict } of judged) {
    const flagged = atLeast(verdict.tier, min);
    const pos = positive(pair.label);
    if (flagged && pos) c.tp++;
    else if (flagged) c.fp++;
    else if (pos) c.fn++;
    else c.tn++;
  }
  return c;
}

const reviewPositive = (l: Label) => l !== 'different';
const strongPositive = (l: Label) => l === 'same';

/** Judges every pair once (the slow part); the evaluations below only count. */
export function judgeAll(pairs: GeneralPair[], judge: PairJudge): JudgedPair[] {
  return pairs.map((pair) => ({ pair, verdict: judge(pair) }));
}

export function evaluateGeneral(pairs: GeneralPair[], judge: PairJudge): GeneralEvaluation {
  return evaluateJudged(judgeAll(pairs, judge));
}

export interface SplitEvaluation { dev: GeneralEvaluation; test: GeneralEvaluation; all: GeneralEvaluation }

/** The figures of each split and of the whole set, each pair judged once. */
export function evaluateSplits(pairs: GeneralPair[], judge: PairJudge): SplitEvaluation {
  const judged = judgeAll(pairs, judge);
  const of = (split: Split) => evaluateJudged(judged.filter((j) => splitOf(j.pair) === split));
  return { dev: of('dev'), test: of('test'), all: evaluateJudged(judged) };
}

export function evaluateJudged(judged: JudgedPair[]): GeneralEvaluation {
  const pairs = judged.map((j) => j.pair);
  const byLabel = {} as GeneralEvaluation['byLabel'];
  for (const l of LABELS) byLabel[l] = { pairs: 0, tiers: { confirmed: 0, probable: 0, review: 0, none: 0 } };
  for (const { pair, verdict } of judged) {
    byLabel[pair.label].pairs++;
    byLabel[pair.label].tiers[verdict.tier ?? 'none']++;
  }
  const byCategory: GeneralEvaluation['byCategory'] = {};
  for (const cat of [...new Set(pairs.map((p) => p.category))].sort()) {
    const js = judged.filter((j) => j.pair.category === cat);
    byCategory[cat] = { pairs: js.length, review: figures(count(js, 'review', reviewPositive)), strong: figures(count(js, 'probable', strongPositive)) };
  }
  return {
    pairs: pairs.length,
    byLabel,
    review: figures(count(judged, 'review', reviewPositive)),
    strong: figures(count(judged, 'probable', strongPositive)),
    strongPeer: figures(count(judged, 'probable', reviewPositive)),
    byCategory,
    misses: judged.filter((j) => j.pair.label !== 'different' && !atLeast(j.verdict.tier, 'review')),
    weak: judged.filter((j) => j.pair.label === 'same' && j.verdict.tier === 'review'),
    falseFlags: judged.filter((j) => (j.pair.label === 'different' && j.verdict.tier !== null) || (j.pair.label === 'alert' && atLeast(j.verdict.tier, 'probable'))),
  };
}

const f2 = (x: number) => x.toFixed(2);
const f3 = (x: number) => x.toFixed(3);

function describe(j: JudgedPair): string {
  const { pair: p, verdict: v } = j;
  return `  ${p.id} [${p.label}/${p.category}/${p.jurisdiction}] "${p.listed}" <- "${p.query}": ${v.tier ?? 'none'}${v.score === null ? '' : ` ${f2(v.score)}`}; ${v.explanation}`;
}

/** One summary line: `general <name>: review+ P .. R .. F1 ..; confirmed+probable P .. R .. (n pairs)`. */
export function summaryLine(e: GeneralEvaluation, name: string = 'all'): string {
  return `general ${name}: review+ P ${f3(e.review.precision)} R ${f3(e.review.recall)} F1 ${f3(e.review.f1)}; confirmed+probable P ${f3(e.strong.precision)} R ${f3(e.strong.recall)}`
    + ` (alert counted positive, as a "should alert" set counts: P ${f3(e.strongPeer.precision)} R ${f3(e.strongPeer.recall)}) (${e.pairs} pairs)`;
}

const labelCounts = (e: GeneralEvaluation) => LABELS.map((l) => `${e.byLabel[l].pairs} ${l}`).join(', ');

/** Precision, recall and F1, with the counts behind them. */
const figuresText = (f: Figures) => `P ${f3(f.precision)} R ${f3(f.recall)} F1 ${f3(f.f1)} (tp ${f.tp} fp ${f.fp} fn ${f.fn} tn ${f.tn})`;

/** The tiers each label reached, then each category's counts, headed by the set's `name`. */
function breakdown(e: GeneralEvaluation, name: string): string[] {
  const out: string[] = [];
  out.push(`${`${name} by label`.padEnd(20)}confirmed  probable  review  none`);
  for (const l of LABELS) {
    const t = e.byLabel[l].tiers;
    out.push(`  ${l.padEnd(17)} ${String(t.confirmed).padStart(9)} ${String(t.probable).padStart(9)} ${String(t.review).padStart(7)} ${String(t.none).padStart(5)}`);
  }
  // Counts, not P/R: many categories hold only one label, where a precision says nothing.
  out.push(`${name} by category: review and up: positives found, false flags | confirmed+probable: same found, false flags`);
  const share = (n: number, of: number) => `${n}/${of}`.padStart(7);
  for (const [cat, c] of Object.entries(e.byCategory)) {
    const r = c.review, st = c.strong;
    out.push(`  ${cat.padEnd(18)} ${String(c.pairs).padStart(4)} pairs  found ${share(r.tp, r.tp + r.fn)} false ${share(r.fp, r.fp + r.tn)} | found ${share(st.tp, st.tp + st.fn)} false ${share(st.fp, st.fp + st.tn)}`);
  }
  return out;
}

/**
 * The report: figures for dev, test and all; the breakdowns and every miss and false flag of dev
 * only; test's misses and false flags as counts only (looking at them would make test a dev set).
 */
export function formatGeneral(s: SplitEvaluation): string {
  const out: string[] = [];
  out.push(`general pairs ${s.all.pairs}: ${labelCounts(s.all)}; dev ${s.dev.pairs} (${labelCounts(s.dev)}), test ${s.test.pairs} (${labelCounts(s.test)})`);
  out.push('figures: review and up (positives same+alert) | confirmed+probable (positives same) | confirmed+probable, peer-comparable (positives same+alert)');
  for (const name of ['dev', 'test', 'all'] as const) out.push(`  ${name.padEnd(5)} ${s[name].pairs.toString().padStart(5)} pairs  ${figuresText(s[name].review)} | ${figuresText(s[name].strong)} | ${figuresText(s[name].strongPeer)}`);
  const e = s.dev;
  out.push(...breakdown(e, 'dev'));
  out.push(`dev misses (same/alert not flagged at any tier): ${e.misses.length}`);
  out.push(...e.misses.map(describe));
  out.push(`dev same pairs flagged only at review: ${e.weak.length}`);
  out.push(...e.weak.map(describe));
  out.push(`dev false flags (different flagged at any tier; alert at confirmed/probable): ${e.falseFlags.length}`);
  out.push(...e.falseFlags.map(describe));
  out.push(`test (rows not shown): ${s.test.misses.length} misses, ${s.test.weak.length} same only at review, ${s.test.falseFlags.length} false flags`);
  for (const name of ['dev', 'test', 'all'] as const) out.push(summaryLine(s[name], name));
  return out.join('\n');
}

/**
 * The report of the fresh set (fixtures/eval/fresh.csv): pairs of entities general.csv does not
 * name, written before the matcher was run on them, measured and never tuned on. Figures, tiers by
 * label, counts by category, and how many misses, weak and false flags there are; the rows
 * themselves only with `listRows` (to audit a label, not to tune: a rule added for a row listed
 * here makes the set one more dev split).
 */
export function formatFresh(e: GeneralEvaluation, listRows = false): string {
  const out: string[] = [];
  out.push(`fresh pairs ${e.pairs}: ${labelCounts(e)} (held out: no rule was tuned on them)`);
  out.push(`  review and up (positives same+alert)              ${figuresText(e.review)}`);
  out.push(`  confirmed+probable (positives same)               ${figuresText(e.strong)}`);
  out.push(`  confirmed+probable, alert counted positive        ${figuresText(e.strongPeer)}`);
  out.push(...breakdown(e, 'fresh'));
  if (listRows) {
    out.push(`fresh misses (same/alert not flagged at any tier): ${e.misses.length}`, ...e.misses.map(describe));
    out.push(`fresh same pairs flagged only at review: ${e.weak.length}`, ...e.weak.map(describe));
    out.push(`fresh false flags (different flagged at any tier; alert at confirmed/probable): ${e.falseFlags.length}`, ...e.falseFlags.map(describe));
  } else {
    out.push(`fresh (rows not shown; --list shows them): ${e.misses.length} misses, ${e.weak.length} same only at review, ${e.falseFlags.length} false flags`);
  }
  out.push(summaryLine(e, 'fresh'));
  return out.join('\n');
}
