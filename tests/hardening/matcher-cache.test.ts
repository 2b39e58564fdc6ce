/**
 * The matcher's per-run cache must never hand one query another's answer: its key length-prefixes
 * every field, so text inside a field (even a control character the readers would have removed)
 * cannot shift the field boundaries.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIST_PATH, loadList } from '../../src/lists/load.js';
import type { LoadedList } from '../../src/lists/schema.js';
import { createMatcher } from '../../src/match/matcher.js';
import type { Match, MatchQuery } from '../../src/match/types.js';
import { propertyParams } from './fast-check-params.js';

// The shipped list's Hoshine entry alone: the property is about the cache key, and a one-entity
// list compiles in milliseconds, so each of the 300 sequences gets a fresh (empty) cache cheaply.
let list: LoadedList;
beforeAll(async () => {
  const shipped = await loadList(DEFAULT_LIST_PATH);
  list = { ...shipped, entities: shipped.entities.filter((e) => e.id === 'hoshine-silicon') };
  expect(list.entities).toHaveLength(1);
});

const view = (ms: Match[]) => ms.map((m) => ({ entity: m.entity.id, tier: m.tier, method: m.method, score: m.score, alias: m.alias, explanation: m.explanation }));

describe('matcher cache on raw text', () => {
  it('a query after another whose fields shift the U+0001 separators gets its own answer', () => {
    const m = createMatcher([list]);
    m.match({ issuer: 'HOSHINE SILICON INDUSTRY\u0001', title: null, ids: {} });
    const q: MatchQuery = { issuer: 'HOSHINE SILICON INDUSTRY', title: '\u0001', ids: {} };
    expect(view(m.match(q))).toEqual(view(m.inspect(q).matches));
  });

  it('property: any sequence of queries, each answered as if uncached', () => {
    // Few parts, so that separator-shifted twins of a query turn up in one sequence.
    const text = fc.array(fc.constantFrom('HOSHINE SILICON INDUSTRY', '\u0001'), { maxLength: 3 }).map((p) => p.join(''));
    const query = fc.record({ issuer: text, title: fc.option(text, { nil: null }), ids: fc.record({ ticker: text }, { requiredKeys: [] }) });
    fc.assert(
      fc.property(fc.array(query, { minLength: 2, maxLength: 8 }), (queries) => {
        const m = createMatcher([list]);
        for (const q of queries) expect(view(m.match(q))).toEqual(view(m.inspect(q).matches));
      }),
      propertyParams(300),
    );
  });
});
