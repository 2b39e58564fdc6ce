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

/** What a usable set must hold; `integrityProblems` names each rule a set breaks. */
export const INTEGRITY = { minPairs: 1000, minJurisdictions: 20 };

export function integrityProblems(pairs: GeneralPair[]): string[] {
  const problems: string[] = [];
  if (pairs.length < INTEGRITY.minPairs) problems.push(`${pairs.length} pairs, fewer than ${INTEGRITY.minPairs}`);
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
  }
  const jurisdictions = jurisdictionsOf(pairs);
  if (jurisdictions.size < INTEGRITY.minJurisdictions) problems.push(`${jurisdictions.size} jurisdictions, fewer than ${INTEGRITY.minJurisdictions}`);
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

export function evaluateGeneral(pairs: GeneralPair[], judge: PairJudge): GeneralEvaluation {
  const judged = pairs.map((pair) => ({ pair, verdict: judge(pair) }));
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

/** The one-line summary the script ends with. */
export function summaryLine(e: GeneralEvaluation): string {
  return `general: review+ P ${f3(e.review.precision)} R ${f3(e.review.recall)} F1 ${f3(e.review.f1)}; confirmed+probable P ${f3(e.strong.precision)} R ${f3(e.strong.recall)} (${e.pairs} pairs)`;
}

export function formatGeneral(e: GeneralEvaluation): string {
  const out: string[] = [];
  out.push(`general pairs ${e.pairs}: ${LABELS.map((l) => `${e.byLabel[l].pairs} ${l}`).join(', ')}`);
  out.push('by label            confirmed  probable  review  none');
  for (const l of LABELS) {
    const t = e.byLabel[l].tiers;
    out.push(`  ${l.padEnd(17)} ${String(t.confirmed).padStart(9)} ${String(t.probable).padStart(9)} ${String(t.review).padStart(7)} ${String(t.none).padStart(5)}`);
  }
  const line = (name: string, f: Figures) => `  ${name.padEnd(40)} P ${f3(f.precision)}  R ${f3(f.recall)}  F1 ${f3(f.f1)}  (tp ${f.tp} fp ${f.fp} fn ${f.fn} tn ${f.tn})`;
  out.push(line('review and up (positives same+alert)', e.review));
  out.push(line('confirmed+probable (positives same)', e.strong));
  out.push('by category: review and up | confirmed+probable');
  for (const [cat, c] of Object.entries(e.byCategory)) {
    out.push(`  ${cat.padEnd(16)} ${String(c.pairs).padStart(4)} pairs  P ${f2(c.review.precision)} R ${f2(c.review.recall)} F1 ${f2(c.review.f1)} | P ${f2(c.strong.precision)} R ${f2(c.strong.recall)} F1 ${f2(c.strong.f1)}`);
  }
  out.push(`misses (same/alert not flagged at any tier): ${e.misses.length}`);
  out.push(...e.misses.map(describe));
  out.push(`same pairs flagged only at review: ${e.weak.length}`);
  out.push(...e.weak.map(describe));
  out.push(`false flags (different flagged at any tier; alert at confirmed/probable): ${e.falseFlags.length}`);
  out.push(...e.falseFlags.map(describe));
  out.push(summaryLine(e));
  return out.join('\n');
}
