/**
 * Measuring the matcher on a labelled gold set (fixtures/eval/gold.csv): precision, recall and F1
 * per tier and per relation, the misses and the false flags. Shared by `npm run eval` and the CI
 * test so both judge the same way. Pure apart from the matcher it is given.
 *
 * Gold CSV columns: issuer,ticker,exchange,country,isin,cusip,sedol,expected,relation,style,note.
 * `expected` is a list entity id (empty = the row must not be flagged); `relation` its relation.
 * Where the list's own facts give one name to two entities ("Sense Time" is an alias of Beijing
 * SenseTime; SENSETIME is SenseTime Group's HK line), `expected` lists both, separated by "|":
 * finding either is correct and neither is a false flag.
 */
import { parse } from 'csv-parse/sync';
import type { Matcher, Match, RelationKind, Tier } from './types.js';
import { TIER_RANK } from './types.js';
import type { Identifiers } from '../holdings/position.js';

export interface GoldRow {
  line: number;
  issuer: string;
  ids: Identifiers;
  /** Acceptable entity ids (empty: must not be flagged). */
  expected: string[];
  relation: RelationKind | null;
  style: string;
  note: string;
}

export function parseGold(text: string): GoldRow[] {
  const records = parse(text, { columns: true, skip_empty_lines: true, relax_column_count: false, info: true }) as Array<{ record: Record<string, string>; info: { lines: number } }>;
  return records.map(({ record: r, info }) => {
    const ids: Identifiers = {};
    for (const k of ['ticker', 'exchange', 'country', 'isin', 'cusip', 'sedol'] as const) if (r[k]) ids[k] = r[k];
    return {
      line: info.lines,
      issuer: r.issuer,
      ids,
      expected: r.expected ? r.expected.split('|') : [],
      relation: (r.relation || null) as RelationKind | null,
      style: r.style,
      note: r.note,
    };
  });
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Figures extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

function figures(c: Counts): Figures {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

export interface Outcome {
  row: GoldRow;
  /** Matches at or above the tier being judged. */
  matches: Match[];
}

export interface Evaluation {
  rows: number;
  positives: number;
  negatives: number;
  /** Matches at or above each tier counted as flags. */
  atOrAbove: Record<Tier, Figures>;
  /** Exactly this tier: how precise its flags are. */
  byTier: Record<Tier, { flags: number; correct: number; precision: number }>;
  /** At confirmed+probable, rows grouped by their labelled relation. */
  byRelation: Record<RelationKind, Figures>;
  /** At confirmed+probable. */
  misses: Outcome[];
  falseFlags: Outcome[];
  /** Flags at review tier on rows that must not be flagged (reported, not gated). */
  reviewFlags: Outcome[];
}

const correct = (row: GoldRow, m: Match) => row.expected.includes(m.entity.id) && m.relation === row.relation;

export function evaluate(matcher: Matcher, rows: GoldRow[]): Evaluation {
  const all = rows.map((row) => ({ row, found: matcher.match({ issuer: row.issuer, ids: row.ids }) }));
  const judge = (min: Tier) => {
    const c: Counts = { tp: 0, fp: 0, fn: 0 };
    const rel: Record<string, Counts> = {};
    const misses: Outcome[] = [];
    const falseFlags: Outcome[] = [];
    for (const { row, found } of all) {
      const flags = found.filter((m) => TIER_RANK[m.tier] >= TIER_RANK[min]);
      const r = (rel[row.relation ?? 'none'] ??= { tp: 0, fp: 0, fn: 0 });
      const hit = row.expected.length > 0 && flags.some((m) => correct(row, m));
      const wrong = flags.filter((m) => !correct(row, m));
      if (hit) {
        c.tp++;
        r.tp++;
      } else if (row.expected.length > 0) {
        c.fn++;
        r.fn++;
        misses.push({ row, matches: found });
      }
      c.fp += wrong.length;
      r.fp += wrong.length;
      if (wrong.length > 0) falseFlags.push({ row, matches: wrong });
    }
    return { c, rel, misses, falseFlags };
  };
  const atOrAbove = {} as Record<Tier, Figures>;
  for (const t of ['confirmed', 'probable', 'review'] as Tier[]) atOrAbove[t] = figures(judge(t).c);
  const gate = judge('probable');
  const byRelation = {} as Record<RelationKind, Figures>;
  for (const k of ['direct', 'parent', 'subsidiary', 'affiliate'] as RelationKind[]) byRelation[k] = figures(gate.rel[k] ?? { tp: 0, fp: 0, fn: 0 });
  const byTier = {} as Evaluation['byTier'];
  for (const t of ['confirmed', 'probable', 'review'] as Tier[]) {
    let flags = 0;
    let ok = 0;
    for (const { row, found } of all) for (const m of found) if (m.tier === t) {
      flags++;
      if (correct(row, m)) ok++;
    }
    byTier[t] = { flags, correct: ok, precision: flags === 0 ? 1 : ok / flags };
  }
  const reviewFlags = all
    .map(({ row, found }) => ({ row, matches: found.filter((m) => m.tier === 'review' && !correct(row, m)) }))
    .filter((o) => o.matches.length > 0);
  return {
    rows: rows.length,
    positives: rows.filter((r) => r.expected.length > 0).length,
    negatives: rows.filter((r) => r.expected.length === 0).length,
    atOrAbove, byTier, byRelation, misses: gate.misses, falseFlags: gate.falseFlags, reviewFlags,
  };
}

/** CI gate at confirmed+probable. */
export const GATE = { recall: 0.98, precision: 0.99 };

export function passes(e: Evaluation): boolean {
  return e.atOrAbove.probable.recall >= GATE.recall && e.atOrAbove.probable.precision >= GATE.precision;
}

const pct = (x: number) => x.toFixed(4);

function describeOutcome(o: Outcome): string {
  const ids = Object.entries(o.row.ids).map(([k, v]) => `${k}=${v}`).join(' ');
  const got = o.matches.length === 0 ? 'nothing' : o.matches.map((m) => `${m.entity.id} ${m.tier} ${m.relation} ${m.score.toFixed(2)}`).join('; ');
  return `  line ${o.row.line}: "${o.row.issuer}"${ids ? ` [${ids}]` : ''} expected ${o.row.expected.join('|') || 'none'}${o.row.relation ? ` (${o.row.relation})` : ''} got ${got}`;
}

export function formatEvaluation(e: Evaluation): string {
  const out: string[] = [];
  out.push(`gold rows ${e.rows}: ${e.positives} positives, ${e.negatives} negatives`);
  out.push('flags at or above tier   precision  recall     F1      (tp/fp/fn)');
  for (const t of ['confirmed', 'probable', 'review'] as Tier[]) {
    const f = e.atOrAbove[t];
    out.push(`  ${t.padEnd(22)} ${pct(f.precision)}     ${pct(f.recall)}     ${pct(f.f1)}  (${f.tp}/${f.fp}/${f.fn})`);
  }
  out.push('flags of exactly tier    flags  correct  precision');
  for (const t of ['confirmed', 'probable', 'review'] as Tier[]) {
    const b = e.byTier[t];
    out.push(`  ${t.padEnd(22)} ${String(b.flags).padStart(5)}  ${String(b.correct).padStart(7)}  ${pct(b.precision)}`);
  }
  out.push('by relation (confirmed+probable)  precision  recall   F1     (tp/fp/fn)');
  for (const [k, f] of Object.entries(e.byRelation)) {
    out.push(`  ${k.padEnd(31)} ${pct(f.precision)}     ${pct(f.recall)}   ${pct(f.f1)} (${f.tp}/${f.fp}/${f.fn})`);
  }
  out.push(`misses at confirmed+probable: ${e.misses.length}`);
  out.push(...e.misses.map(describeOutcome));
  out.push(`false flags at confirmed+probable: ${e.falseFlags.length}`);
  out.push(...e.falseFlags.map(describeOutcome));
  out.push(`review-tier flags on rows labelled otherwise: ${e.reviewFlags.length}`);
  out.push(...e.reviewFlags.map(describeOutcome));
  out.push(`gate (confirmed+probable): recall >= ${GATE.recall}, precision >= ${GATE.precision}: ${passes(e) ? 'PASS' : 'FAIL'}`);
  return out.join('\n');
}
