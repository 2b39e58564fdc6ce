import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { loadList, DEFAULT_LIST_PATH } from '../../src/lists/load.js';
import type { LoadedList } from '../../src/lists/schema.js';
import { aliasAt, compileLists, tokenWeight } from '../../src/match/compile.js';
import { createCandidateSource } from '../../src/match/candidate-source.js';
import { analyseName, DEFAULT_CUT_WIDTHS } from '../../src/match/normalise.js';
import { scoreAlias, type NameScore, type QueryName } from '../../src/match/score.js';
import { DEFAULT_POLICY, mayReachTier, type Evidence } from '../../src/match/evidence.js';
import { parseGold } from '../../src/match/evaluation.js';
import { benchQueries, syntheticList } from '../../bench/matcher.js';

const SUPPORT: Evidence = { rule: 'ticker-support', add: DEFAULT_POLICY.factors.tickerSupport, detail: { said: '', add: DEFAULT_POLICY.factors.tickerSupport } };
const NONE: Evidence[] = [];
const keep = (score: number): boolean => mayReachTier(score, NONE, DEFAULT_POLICY) || mayReachTier(score, NONE, DEFAULT_POLICY, SUPPORT);

/** The matcher's filter on a full score: a candidate no row can lift to review is dropped (a row's ticker floors listedInside). */
function filterKeeps(s: NameScore): boolean {
  return mayReachTier(s.alignment, s.evidence, DEFAULT_POLICY) || (!s.exact && !s.cutExact && (s.listedInside === true || mayReachTier(s.alignment, s.evidence, DEFAULT_POLICY, SUPPORT)));
}

/** Every candidate of every name, scored in full and with the bound: null exactly where the filter drops, else the same score. */
function compare(list: LoadedList, names: readonly string[]): { kept: number; dropped: number } {
  const c = compileLists([list]);
  const source = createCandidateSource(c);
  let kept = 0;
  let dropped = 0;
  for (const issuer of names) {
    const name = analyseName(issuer, { cutWidths: DEFAULT_CUT_WIDTHS });
    if (name.tokens.length === 0) continue;
    const q: QueryName = { name, kinds: name.tokens.map((t) => t.kind), weights: name.tokens.map((t) => tokenWeight(c, t.text, t.kind)) };
    for (const ai of source.candidates(q)) {
      const full = scoreAlias(q, aliasAt(c, ai), DEFAULT_POLICY);
      const bounded = scoreAlias(q, aliasAt(c, ai), DEFAULT_POLICY, keep);
      if (full && filterKeeps(full)) {
        kept++;
        expect(bounded, `${issuer} / ${aliasAt(c, ai).text}`).toEqual(full);
      } else {
        if (full) dropped++;
        expect(bounded, `${issuer} / ${aliasAt(c, ai).text}`).toBeNull();
      }
    }
  }
  return { kept, dropped };
}

describe("scoreAlias's bound: candidates dropped before their evidence is built", () => {
  it('drops exactly what the filter on the full score drops, on unlisted names sharing words with a list', () => {
    const list = syntheticList(1_000, 1);
    const r = compare(list, benchQueries(list, 3_000, 2).map((q) => q.issuer ?? ''));
    expect(r.kept).toBeGreaterThan(100);
    expect(r.dropped).toBeGreaterThan(1_000);
  });

  it('and on the gold set against the shipped list', async () => {
    const gold = parseGold(await readFile(new URL('../../fixtures/eval/gold.csv', import.meta.url), 'utf8'));
    const r = compare(await loadList(DEFAULT_LIST_PATH), gold.map((g) => g.issuer));
    expect(r.kept).toBeGreaterThan(100);
    expect(r.dropped).toBeGreaterThan(10);
  });
});
