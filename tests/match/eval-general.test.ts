import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createMatcher } from '../../src/match/matcher.js';
import { CATEGORIES, GeneralSetError, DEV_PERCENT, evaluateGeneral, evaluateSplits, fnv1a, formatGeneral, integrityProblems, judgeWith, jurisdictionsOf, LABELS, parseGeneral, splitKey, splitOf, summaryLine, type GeneralPair } from '../../src/match/evaluation-general.js';
import { repoRoot } from '../helpers/cli.js';

describe('general pair set (fixtures/eval/general.csv)', async () => {
  const pairs = parseGeneral(await readFile(path.join(repoRoot, 'fixtures/eval/general.csv'), 'utf8'));
  it('is whole: >= 1000 pairs, >= 20 jurisdictions, unique ids, no duplicate pairs', () => {
    expect(integrityProblems(pairs)).toEqual([]);
    expect(jurisdictionsOf(pairs).size).toBeGreaterThanOrEqual(20);
  });
  it('uses only known categories, and says so on every synthetic (typo) row', () => {
    expect(pairs.filter((p) => !(CATEGORIES as readonly string[]).includes(p.category)).map((p) => p.id)).toEqual([]);
    expect(pairs.filter((p) => p.category === 'typo' && !/synthetic/i.test(p.note)).map((p) => p.id)).toEqual([]);
  });
  it('splits about 70/30 into dev and test, each split holding every label', () => {
    const dev = pairs.filter((p) => splitOf(p) === 'dev');
    const share = (dev.length / pairs.length) * 100;
    expect(share).toBeGreaterThan(DEV_PERCENT - 5);
    expect(share).toBeLessThan(DEV_PERCENT + 5);
    const test = pairs.filter((p) => splitOf(p) === 'test');
    for (const l of LABELS) {
      expect(dev.some((p) => p.label === l)).toBe(true);
      expect(test.some((p) => p.label === l)).toBe(true);
    }
  });
  it('runs through the real matcher, one verdict per pair', () => {
    const e = evaluateGeneral(pairs, judgeWith(createMatcher));
    const counted = e.review.tp + e.review.fp + e.review.fn + e.review.tn;
    expect(counted).toBe(pairs.length);
    expect(summaryLine(e)).toMatch(/^general all: review\+ P \d\.\d{3} R \d\.\d{3} F1 \d\.\d{3}; confirmed\+probable P/);
  });
});

describe('reading the set', () => {
  const header = 'id,listed,query,label,category,jurisdiction,note';
  it('reads a well-formed row, with its line', () => {
    const [p] = parseGeneral(`${header}\nx-1,"Siemens AG",SIEMENS,same,legal-form,DE,form dropped\n`);
    expect(p).toMatchObject({ line: 2, id: 'x-1', listed: 'Siemens AG', query: 'SIEMENS', label: 'same' });
  });
  it('refuses an empty name, an unknown label or other columns, naming the line', () => {
    expect(() => parseGeneral(`${header}\nx-1,Siemens AG,,same,legal-form,DE,n\n`)).toThrow(/line 2: empty query/);
    expect(() => parseGeneral(`${header}\nx-1,,SIEMENS,same,legal-form,DE,n\n`)).toThrow(/line 2: empty listed/);
    expect(() => parseGeneral(`${header}\nx-1,Siemens AG,SIEMENS,maybe,legal-form,DE,n\n`)).toThrow(GeneralSetError);
    expect(() => parseGeneral('id,name,query\nx-1,a,b\n')).toThrow(/line 1: expected columns/);
  });
});

describe('dev/test split', () => {
  it('hashes with FNV-1a (published test vectors)', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });
  it('keys a pair by its listed entity: legal forms, case, accents and a recorded former name do not matter', () => {
    expect(splitKey('Siemens AG')).toBe('siemens');
    expect(splitKey('Siemens Aktiengesellschaft')).toBe('siemens');
    expect(splitKey('PJSC Gazprom')).toBe(splitKey('OAO Gazprom'));
    expect(splitKey('Nestlé S.A.')).toBe(splitKey('NESTLE SA'));
    expect(splitKey('Türkiye İş Bankası A.Ş.')).toBe('turkiye is bankasi');
    expect(splitKey('Shell plc (formerly Royal Dutch Shell plc)')).toBe('shell');
    expect(splitKey('Mitsubishi Electric Corporation')).not.toBe(splitKey('Mitsubishi Corporation'));
  });
  it('puts every pair of one entity on one side, whatever the query', () => {
    const p = (listed: string, query: string) => ({ listed, query });
    expect(splitOf(p('Siemens AG', 'SIEMNES AG'))).toBe(splitOf(p('Siemens Aktiengesellschaft', 'Siemens Limited')));
    expect(splitOf(p('Bank of China Limited', 'Bank of Chima'))).toBe(fnv1a('bank of china') % 100 < DEV_PERCENT ? 'dev' : 'test');
  });
  it('draws about DEV_PERCENT of many entity keys into dev', () => {
    const names = Array.from({ length: 2000 }, (_, i) => `Company Number ${i} AG`);
    const dev = names.filter((listed) => splitOf({ listed }) === 'dev').length;
    expect(dev / names.length).toBeGreaterThan(0.65);
    expect(dev / names.length).toBeLessThan(0.75);
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
  it('confirmed+probable, peer-comparable: an alert flagged strongly counts as correct', () => {
    // flagged strongly: 1,4,8 ; positives (same+alert) 1..5 -> tp 2 (1,4), fp 1 (8), fn 3 (2,3,5)
    expect(e.strongPeer).toMatchObject({ tp: 2, fp: 1, fn: 3 });
    expect(e.strongPeer.precision).toBeCloseTo(2 / 3);
  });
  it('lists misses, weak and false flags, and breaks down by label and category', () => {
    expect(e.misses.map((j) => j.pair.id)).toEqual(['3']);
    expect(e.weak.map((j) => j.pair.id)).toEqual(['2']);
    expect(e.falseFlags.map((j) => j.pair.id)).toEqual(['4', '6', '8']);
    expect(e.byLabel.same.tiers).toEqual({ confirmed: 1, probable: 0, review: 1, none: 1 });
    expect(e.byCategory.d.pairs).toBe(1);
    expect(e.byCategory.c.review).toMatchObject({ tp: 4, fp: 1, fn: 1, tn: 1 });
  });
  it('evaluates dev and test apart, and they add up to all', () => {
    const s = evaluateSplits(pairs, (p) => ({ tier: tiers[p.id], score: null, explanation: 'fake' }));
    expect(s.all.review).toEqual(e.review);
    expect(s.dev.pairs + s.test.pairs).toBe(pairs.length);
    for (const k of ['tp', 'fp', 'fn', 'tn'] as const) {
      expect(s.dev.review[k] + s.test.review[k]).toBe(s.all.review[k]);
      expect(s.dev.strong[k] + s.test.strong[k]).toBe(s.all.strong[k]);
    }
    expect(s.dev.pairs).toBe(pairs.filter((p) => splitOf(p) === 'dev').length);
  });
  it('lists dev rows only; test rows appear as counts', () => {
    const s = evaluateSplits(pairs, (p) => ({ tier: tiers[p.id], score: null, explanation: 'fake' }));
    const text = formatGeneral(s);
    for (const j of [...s.test.misses, ...s.test.weak, ...s.test.falseFlags]) expect(text).not.toContain(`  ${j.pair.id} [`);
    for (const j of [...s.dev.misses, ...s.dev.weak, ...s.dev.falseFlags]) expect(text).toContain(`  ${j.pair.id} [`);
    expect(text).toContain(`test (rows not shown): ${s.test.misses.length} misses`);
    expect(text).toMatch(/^general dev: .*\ngeneral test: .*\ngeneral all: .*$/m);
  });
  it('finds integrity problems', () => {
    const bad = [pair('1', 'same'), { ...pair('1', 'same'), line: 3 }];
    const problems = integrityProblems(bad);
    expect(problems.some((p) => p.includes('id 1 already used'))).toBe(true);
    expect(problems.some((p) => p.includes('already at line'))).toBe(true);
    expect(problems.some((p) => p.includes('fewer than 1000'))).toBe(true);
    const odd = integrityProblems([{ ...pair('9', 'alert', 'typo'), note: 'a misspelling' }, { ...pair('10', 'same', 'made-up'), jurisdiction: 'Germany' }]);
    expect(odd.some((p) => p.includes("typo row's note must say it is synthetic"))).toBe(true);
    expect(odd.some((p) => p.includes('unknown category "made-up"'))).toBe(true);
    expect(odd.some((p) => p.includes('jurisdiction "Germany"'))).toBe(true);
  });
});
