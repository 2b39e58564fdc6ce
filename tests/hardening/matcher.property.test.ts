/**
 * Issue 8, normaliser and matcher on any input (fast-check; seed in fast-check-params.ts):
 * - analyseName never throws on any Unicode string (lone surrogates included) and its normal forms
 *   are idempotent once the fixed-width-cut heuristic is off (that heuristic reads the raw length
 *   by design: a 34-character name may be an iShares cut, its normal form usually is not);
 * - the matcher loaded with the shipped list never throws: `match` swallows exceptions into [], so
 *   the property checks the unguarded `inspect` and that `match` agrees with it (an exception
 *   hidden by match would be a silently missed flag);
 * - answers are idempotent and cache-consistent: asked again, or after other queries evict or
 *   fill the cache, the matcher gives the uncached answer. Queries are issuer text as the readers
 *   produce it (cleanText: no control characters); raw control characters are in
 *   pending/matcher-cache.test.ts.txt (the cache key is ambiguous for them).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanText } from '../../src/holdings/values.js';
import type { Identifiers } from '../../src/holdings/position.js';
import { DEFAULT_LIST_PATH, loadList } from '../../src/lists/load.js';
import type { LoadedList } from '../../src/lists/schema.js';
import { createMatcher } from '../../src/match/matcher.js';
import { analyseName } from '../../src/match/normalise.js';
import { digitLookalike } from '../../src/match/lookalikes.js';
import type { Match, MatchQuery } from '../../src/match/types.js';
import { propertyParams } from './fast-check-params.js';

let list: LoadedList;
let listedNames: string[];
beforeAll(async () => {
  list = await loadList(DEFAULT_LIST_PATH);
  listedNames = list.entities.flatMap((e) => [e.name, ...e.aliases]);
});

const WORDS = [
  'Hoshine', 'Silicon', 'Industry', 'Co.', 'Ltd', 'A', 'H', 'CLASS', 'B', 'ADR', 'Sponsored', 'the', 'of', '&', 'Technlgy',
  'Xinjiang', 'Zhejiang', '(Shanshan)', '股份有限公司', '海康威视', 'Société', 'REG', 'S', 'N/A', '-', '1', '25', 'REPRESENTING',
  'SHS', 'Group', 'Holdings', 'Intl', "Int'l", 'PLC', 'Inc.', 'Dahua', 'Hikvision', 'Daqo', 'iFlytek', 'Meiya', 'Pico',
];
const wordsName = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
/** Any text at all: every code point (lone surrogates too), graphemes, company-like names. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  wordsName,
);
/** Listed names as written, or perturbed: upper-cased, cut at 34 characters, with a class suffix. */
const listedText = fc
  .tuple(fc.nat(), fc.constantFrom('as is', 'upper', 'cut34', 'class A'))
  .map(([i, how]) => {
    const n = listedNames[i % listedNames.length];
    return how === 'upper' ? n.toUpperCase() : how === 'cut34' ? n.toUpperCase().slice(0, 34).trimEnd() : how === 'class A' ? `${n} A` : n;
  });

const idValue = (pool: string[]) => fc.oneof(fc.constantFrom(...pool), fc.string({ unit: 'binary', maxLength: 14 }));
const idsArb: fc.Arbitrary<Identifiers> = fc.record(
  {
    ticker: idValue(['603260', '2230', '002415', '700', '1211', 'DQ', 'HIK']),
    exchange: idValue(['Shanghai Stock Exchange', 'Shenzhen Stock Exchange', 'XSHG', 'XHKG', 'New York Stock Exchange Inc.', '-']),
    country: idValue(['China', 'CN', 'Hong Kong', 'US', 'Saudi Arabia']),
    isin: idValue(['CNE100000B81', 'CNE100000BJ4', 'US23703Q2030', 'CNE100000PM8']),
    cusip: idValue(['23703Q203', '000000000', 'N/A']),
    sedol: idValue(['B953PM3']),
    lei: idValue(['N/A']),
    figi: idValue(['BBG000BB1FL4']),
  },
  { requiredKeys: [] },
);

const queryArb: fc.Arbitrary<MatchQuery> = fc.record({
  issuer: fc.oneof(anyText, listedText),
  title: fc.option(fc.oneof(anyText, listedText), { nil: null }),
  ids: idsArb,
});

/** A query as a reader would produce it: every text cleaned like a holdings cell. */
function asRead(q: MatchQuery): MatchQuery {
  const ids: Identifiers = {};
  for (const [k, v] of Object.entries(q.ids)) {
    const t = cleanText(v);
    if (t) ids[k as keyof Identifiers] = t;
  }
  return { issuer: cleanText(q.issuer), title: q.title === null || q.title === undefined ? null : cleanText(q.title) || null, ids };
}

const view = (ms: Match[]) => ms.map((m) => ({ entity: m.entity.id, relation: m.relation, tier: m.tier, method: m.method, score: m.score, alias: m.alias, explanation: m.explanation }));

describe('normaliser (analyseName)', () => {
  it('never throws on any Unicode string', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const a = analyseName(s);
        expect(typeof a.core).toBe('string');
        expect(a.compact).toBe(a.core.replace(/ /g, ''));
      }),
      propertyParams(300),
    );
  });

  it('is idempotent: norm, core and compact are fixed points (fixed-width-cut heuristic off)', () => {
    const opts = { cutWidths: [] as number[] };
    fc.assert(
      fc.property(fc.oneof(anyText, listedText), (s) => {
        const once = analyseName(s, opts);
        expect(analyseName(once.norm, opts).norm).toBe(once.norm);
        expect(analyseName(once.core, opts).core).toBe(once.core);
        // (Words joined may put a 0 or 1 between letters, read as O or I (lookalikes.ts) the second time.)
        const compact = analyseName(once.compact, opts).compact;
        expect(compact).toBe(digitLookalike(once.compact) ?? once.compact);
        expect(analyseName(compact, opts).compact).toBe(compact);
      }),
      propertyParams(300),
    );
  });
});

describe('matcher with the shipped list', () => {
  it('never throws on any query, and match() agrees with the unguarded inspect()', () => {
    const matcher = createMatcher([list]);
    let withMatches = 0;
    fc.assert(
      fc.property(queryArb, (q) => {
        let inspected: Match[] = [];
        expect(() => {
          inspected = matcher.inspect(q).matches;
        }).not.toThrow();
        expect(view(matcher.match(q))).toEqual(view(inspected));
        if (inspected.length > 0) withMatches++;
      }),
      propertyParams(100),
    );
    // Listed names and identifiers are in the mix: a good share of queries do match something.
    expect(withMatches).toBeGreaterThan(20);
  });

  it('is idempotent and cache-consistent: the same answer twice, and after other queries fill or clear the cache', () => {
    let withMatches = 0;
    fc.assert(
      fc.property(fc.array(queryArb.map(asRead), { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 5 }), (queries, cacheSize) => {
        const warm = createMatcher([list], { cacheSize });
        for (const q of [...queries, ...queries.slice().reverse()]) {
          const first = view(warm.match(q));
          if (first.length > 0) withMatches++;
          expect(view(warm.match(q))).toEqual(first);
          expect(first).toEqual(view(warm.inspect(q).matches));
        }
      }),
      propertyParams(60),
    );
    expect(withMatches).toBeGreaterThan(100);
  });
});
