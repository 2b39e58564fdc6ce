import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createMatcher } from '../../src/match/matcher.js';
import { evaluateGeneral, formatFresh, FRESH_INTEGRITY, integrityProblems, judgeWith, jurisdictionsOf, LABELS, parseGeneral, splitKey, type GeneralPair } from '../../src/match/evaluation-general.js';
import { repoRoot } from '../helpers/cli.js';

const read = async (name: string) => parseGeneral(await readFile(path.join(repoRoot, 'fixtures/eval', name), 'utf8'));

// fresh2.csv: a second set, written blind (no matcher run) after fresh.csv had been read for fixes.
// Its listed entities are new to both earlier sets as listed entities; 127 of its 442 rows list a
// company an earlier set wrote as a query (Ayala Land, Inc. in a sister pair of Ayala Corporation),
// and its form contradictions may list a sibling of an earlier set's entity.
// fresh3.csv: a third set, written blind (no matcher run) on 2026-12-07; it names no entity any
// earlier set names, as listed entity or as query.
// fresh4.csv: a fourth set, written blind the same way; its listed entities are new to all earlier
// sets (38 of its `different` rows name a known company as the query), and it uses only same/different.
// fresh5.csv: the rows the same helper wrote blind in the same pass and left out of fresh4 (a random
// sample went there); many name fresh4's companies, none an earlier set's.
// fresh6.csv: a sixth set, written blind on 2026-12-07 by a helper who never ran the matcher, read
// src/match or fresh5; sanctions-list names and fund-file spellings. Its listed entities are new to
// general.csv and fresh-fresh4; some `different` rows name a known company as the query.
// fresh7.csv: a seventh set, written blind on 2026-12-07 the same way (organisations, numbered
// plants, vintages, 80+ jurisdictions). Told only to prefer less famous entities, the helper named
// many an earlier set names: the 56 rows that repeated an earlier pair exactly were taken out
// unread; 206 of the 368 left list an entity an earlier set lists, with a new query.
// fresh8.csv: an eighth set, written blind on 2026-12-07 the same way (sister companies, legal-form
// contradictions, vintages, renames, 84 jurisdictions); the 85 rows that repeated an earlier pair
// exactly were taken out unread, and 244 of the 379 left list an entity an earlier set lists.
// fresh9.csv: a ninth set, written blind on 2026-12-07 the same way (sanctions-list entities, legal
// forms of 25+ jurisdictions, form contradictions, renames, 102 jurisdictions); the 90 rows that
// repeated an earlier pair were taken out unread. Its company-named-after-a-person rows are `person-name`.
// fresh10.csv: a tenth set, written blind on 2026-12-08 by two helpers the same way (general names of
// many jurisdictions with local legal forms, mid-caps, numbers, places, sanctions-list entities); the
// 194 rows that repeated an earlier pair were taken out unread. Held out: not read.
describe.each([
  { file: 'fresh.csv', earlier: ['general.csv'], queriesToo: true, labels: LABELS },
  { file: 'fresh2.csv', earlier: ['general.csv', 'fresh.csv'], queriesToo: false, labels: LABELS },
  { file: 'fresh3.csv', earlier: ['general.csv', 'fresh.csv', 'fresh2.csv'], queriesToo: true, labels: LABELS },
  { file: 'fresh4.csv', earlier: ['general.csv', 'fresh.csv', 'fresh2.csv', 'fresh3.csv'], queriesToo: true, labels: ['same', 'different'] as const },
  { file: 'fresh5.csv', earlier: ['general.csv', 'fresh.csv', 'fresh2.csv', 'fresh3.csv'], queriesToo: true, labels: ['same', 'different'] as const },
  { file: 'fresh6.csv', earlier: ['general.csv', 'fresh.csv', 'fresh2.csv', 'fresh3.csv', 'fresh4.csv'], queriesToo: false, labels: ['same', 'different'] as const },
  { file: 'fresh7.csv', earlier: ['general.csv', 'fresh.csv', 'fresh2.csv', 'fresh3.csv', 'fresh4.csv', 'fresh5.csv', 'fresh6.csv'], queriesToo: false, labels: LABELS, newPairsOnly: true },
  { file: 'fresh8.csv', earlier: ['general.csv', 'fresh.csv', 'fresh2.csv', 'fresh3.csv', 'fresh4.csv', 'fresh5.csv', 'fresh6.csv', 'fresh7.csv'], queriesToo: false, labels: LABELS, newPairsOnly: true },
  { file: 'fresh9.csv', earlier: ['general.csv', 'fresh.csv', 'fresh2.csv', 'fresh3.csv', 'fresh4.csv', 'fresh5.csv', 'fresh6.csv', 'fresh7.csv', 'fresh8.csv'], queriesToo: false, labels: LABELS, newPairsOnly: true },
  { file: 'fresh10.csv', earlier: ['general.csv', 'fresh.csv', 'fresh2.csv', 'fresh3.csv', 'fresh4.csv', 'fresh5.csv', 'fresh6.csv', 'fresh7.csv', 'fresh8.csv', 'fresh9.csv'], queriesToo: false, labels: LABELS, newPairsOnly: true },
])('fresh pair set (fixtures/eval/$file)', async ({ file, earlier, queriesToo, labels, newPairsOnly }) => {
  const pairs = await read(file);
  const general = (await Promise.all(earlier.map(read))).flat();
  it('is well-formed: >= 300 pairs, >= 20 jurisdictions, unique ids, known categories, no duplicate pairs', () => {
    expect(integrityProblems(pairs, FRESH_INTEGRITY)).toEqual([]);
    expect(new Set(pairs.map((p) => p.id)).size).toBe(pairs.length);
    expect(jurisdictionsOf(pairs).size).toBeGreaterThanOrEqual(20);
  });
  it('has a valid label and a non-empty note on every row, and every label it uses in use', () => {
    expect(pairs.filter((p) => !(labels as readonly string[]).includes(p.label)).map((p) => p.id)).toEqual([]);
    expect(pairs.filter((p) => p.note.trim().length < 8).map((p) => p.id)).toEqual([]);
    for (const l of labels) expect(pairs.some((p) => p.label === l)).toBe(true);
  });
  it.runIf(newPairsOnly)('writes no pair an earlier set writes (its known entities are asked new questions)', () => {
    const seen = new Set(general.map((p) => `${p.listed}\u0000${p.query.toUpperCase()}`));
    expect(pairs.filter((p) => seen.has(`${p.listed}\u0000${p.query.toUpperCase()}`)).map((p) => p.id)).toEqual([]);
  });
  it.skipIf(newPairsOnly)('names no listed entity an earlier set names (new entities, so nothing here was tuned on)', () => {
    const known = new Set(general.flatMap((p) => (queriesToo ? [splitKey(p.listed), splitKey(p.query)] : [splitKey(p.listed)])));
    // A form contradiction lists another legal entity of a known brand (Ferrari S.p.A. against
    // Ferrari N.V.): the same key without legal forms is its point.
    const exempt = (p: GeneralPair) => !queriesToo && p.category === 'form-contradiction';
    expect(pairs.filter((p) => known.has(splitKey(p.listed)) && !exempt(p)).map((p) => `${p.id} ${p.listed}`)).toEqual([]);
  });
  it('runs through the real matcher, one verdict per pair', () => {
    const e = evaluateGeneral(pairs, judgeWith(createMatcher));
    expect(e.review.tp + e.review.fp + e.review.fn + e.review.tn).toBe(pairs.length);
    expect(formatFresh(e)).toMatch(/\ngeneral fresh: review\+ P \d\.\d{3} R \d\.\d{3} F1 \d\.\d{3}; confirmed\+probable P \d\.\d{3} R \d\.\d{3} \(alert counted positive/);
  });
});

describe('fresh report (synthetic pairs, fake judge)', () => {
  const pair = (id: string, label: GeneralPair['label']): GeneralPair => ({ line: 0, id, listed: 'L' + id, query: 'Q' + id, label, category: 'c', jurisdiction: 'XX', note: 'n' });
  const pairs = [pair('1', 'same'), pair('2', 'alert'), pair('3', 'different'), pair('4', 'same')];
  const tiers: Record<string, 'confirmed' | 'probable' | 'review' | null> = { 1: 'confirmed', 2: null, 3: 'review', 4: 'review' };
  const e = evaluateGeneral(pairs, (p) => ({ tier: tiers[p.id], score: null, explanation: 'fake' }));
  it('shows counts, not rows, unless asked', () => {
    const text = formatFresh(e);
    expect(text).toContain('fresh (rows not shown; --list shows them): 1 misses, 1 same only at review, 1 false flags');
    for (const id of ['2', '3', '4']) expect(text).not.toContain(`  ${id} [`);
    const listed = formatFresh(e, true);
    for (const id of ['2', '3', '4']) expect(listed).toContain(`  ${id} [`);
  });
  it('reports the three figures general.csv reports', () => {
    // review+: flagged 1,3,4; positives 1,2,4 -> tp 2 fp 1 fn 1
    expect(formatFresh(e)).toContain('review and up (positives same+alert)              P 0.667 R 0.667 F1 0.667 (tp 2 fp 1 fn 1 tn 0)');
    // confirmed+probable: flagged 1; same 1,4 -> tp 1 fn 1; alert counted positive: tp 1 fn 2
    expect(formatFresh(e)).toContain('confirmed+probable (positives same)               P 1.000 R 0.500');
    expect(formatFresh(e)).toContain('confirmed+probable, alert counted positive        P 1.000 R 0.333');
  });
  it('holds the fresh set to its own size floor', () => {
    const few = Array.from({ length: 299 }, (_, i) => ({ ...pair(String(i), 'same'), jurisdiction: 'DE' }));
    expect(integrityProblems(few, FRESH_INTEGRITY).some((p) => p.includes('299 pairs, fewer than 300'))).toBe(true);
  });
});
