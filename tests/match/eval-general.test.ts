import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createMatcher } from '../../src/match/matcher.js';
import { evaluateGeneral, integrityProblems, judgeWith, jurisdictionsOf, parseGeneral, summaryLine, type GeneralPair } from '../../src/match/evaluation-general.js';
import { repoRoot } from '../helpers/cli.js';

describe('general pair set (fixtures/eval/general.csv)', async () => {
  const pairs = parseGeneral(await readFile(path.join(repoRoot, 'fixtures/eval/general.csv'), 'utf8'));
  it('is whole: >= 1000 pairs, >= 20 jurisdictions, unique ids, no duplicate pairs', () => {
    expect(integrityProblems(pairs)).toEqual([]);
    expect(jurisdictionsOf(pairs).size).toBeGreaterThanOrEqual(20);
  });
  it('runs through the real matcher, one verdict per pair', () => {
    const e = evaluateGeneral(pairs, judgeWith(createMatcher));
    const counted = e.review.tp + e.review.fp + e.review.fn + e.review.tn;
    expect(counted).toBe(pairs.length);
    expect(summaryLine(e)).toMatch(/^general: review\+ P \d\.\d{3} R \d\.\d{3} F1 \d\.\d{3}; confirmed\+probable P/);
  });
});

describe('general evaluation arithmetic (synthetic pairs, fake judge)', () => {
  const pair = (id: string, label: GeneralPair['label'], category = 'c'): GeneralPair => ({ line: 0, id, listed: 'L' + id, query: 'Q' + id, label, category, jurisdiction: 'XX', note: 'n' });
  const pairs = [pair('1', 'same'), pair('2', 'same'), pair('3', 'same'), pair('4', 'alert'), pair('5', 'alert'), pair('6', 'different'), pair('7', 'different'), pair('8', 'different', 'd')];
  const tiers: Record<string, 'confirmed' | 'probable' | 'review' | null> = { 1: 'confirmed', 2: 'review', 3: null, 4: 'probable', 5: 'review', 6: 'review', 7: null, 8: 'confirmed' };
  const e = evaluateGeneral(pairs, (p) => ({ tier: tiers[p.id], score: null, explanation: 'fake' }));
  it('review and up: positives are same+alert', () => {
    // flagged: 1,2,4,5,6,8 ; positives 1..5 -> tp 4 (1,2,4,5), fp 2 (6,8), fn 1 (3), tn 1 (7)
    expect(e.review).toMatchObject({ tp: 4, fp: 2, fn: 1, tn: 1 });
    expect(e.review.precision).toBeCloseTo(4 / 6);
    expect(e.review.recall).toBeCloseTo(4 / 5);
  });
  it('confirmed+probable: only same counts as correct', () => {
    // flagged strongly: 1,4,8 ; same = 1,2,3 -> tp 1, fp 2 (4 alert, 8 different), fn 2
    expect(e.strong).toMatchObject({ tp: 1, fp: 2, fn: 2 });
    expect(e.strong.precision).toBeCloseTo(1 / 3);
    expect(e.strong.recall).toBeCloseTo(1 / 3);
  });
  it('lists misses, weak and false flags, and breaks down by label and category', () => {
    expect(e.misses.map((j) => j.pair.id)).toEqual(['3']);
    expect(e.weak.map((j) => j.pair.id)).toEqual(['2']);
    expect(e.falseFlags.map((j) => j.pair.id)).toEqual(['4', '6', '8']);
    expect(e.byLabel.same.tiers).toEqual({ confirmed: 1, probable: 0, review: 1, none: 1 });
    expect(e.byCategory.d.pairs).toBe(1);
    expect(e.byCategory.c.review).toMatchObject({ tp: 4, fp: 1, fn: 1, tn: 1 });
  });
  it('finds integrity problems', () => {
    const bad = [pair('1', 'same'), { ...pair('1', 'same'), line: 3 }];
    const problems = integrityProblems(bad);
    expect(problems.some((p) => p.includes('id 1 already used'))).toBe(true);
    expect(problems.some((p) => p.includes('already at line'))).toBe(true);
    expect(problems.some((p) => p.includes('fewer than 1000'))).toBe(true);
  });
});
