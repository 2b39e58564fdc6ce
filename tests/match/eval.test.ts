import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadList, DEFAULT_LIST_PATH } from '../../src/lists/load.js';
import { createMatcher } from '../../src/match/matcher.js';
import { evaluate, formatEvaluation, GATE, parseGold } from '../../src/match/evaluation.js';
import { repoRoot } from '../helpers/cli.js';

describe('gold set (the same evaluation as npm run eval)', async () => {
  const list = await loadList(DEFAULT_LIST_PATH);
  const rows = parseGold(await readFile(path.join(repoRoot, 'fixtures/eval/gold.csv'), 'utf8'));
  const e = evaluate(createMatcher([list]), rows);

  it('is big and hard enough to mean something', () => {
    expect(rows.length).toBeGreaterThanOrEqual(400);
    expect(e.negatives).toBeGreaterThanOrEqual(200);
    // Every label names an entity of the shipped list.
    const ids = new Set(list.entities.map((x) => x.id));
    expect(rows.flatMap((r) => r.expected).filter((id) => !ids.has(id))).toEqual([]);
  });

  it(`holds recall >= ${GATE.recall} and precision >= ${GATE.precision} at confirmed+probable`, () => {
    const report = formatEvaluation(e);
    expect(e.atOrAbove.probable.recall, report).toBeGreaterThanOrEqual(GATE.recall);
    expect(e.atOrAbove.probable.precision, report).toBeGreaterThanOrEqual(GATE.precision);
  });

  it('confirms nothing wrongly', () => {
    expect(e.byTier.confirmed.precision, formatEvaluation(e)).toBe(1);
  });
});
