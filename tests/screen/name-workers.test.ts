/**
 * Name work in worker threads (match/name-pool.ts, screen/name-lookahead.ts): a screen with workers
 * reports exactly what one without them reports, a worker's failure falls back to the main thread
 * (said, never "not flagged"), and the matcher's side of the sharing remembers only names no
 * candidate survives.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadList, DEFAULT_LIST_PATH } from '../../src/lists/load.js';
import { createMatcher } from '../../src/match/matcher.js';
import { startNamePool, type NamePool } from '../../src/match/name-pool.js';
import type { MatchQuery } from '../../src/match/types.js';
import { expandInputs, openHoldings } from '../../src/holdings/read.js';
import { screen, type ScreenDeps } from '../../src/screen/screen.js';
import type { NameWorkers } from '../../src/screen/name-lookahead.js';
import { useTempDir } from '../helpers/temp-dir.js';

const lists = [await loadList(DEFAULT_LIST_PATH)];
const dir = useTempDir('name-workers-');

const SYLLABLES = 'zen ith tri dent gla cier nor vak pel mon ras tov quil bar sten hol'.split(' ');
const WORDS = ['PHARMA', 'SYSTEMS', 'FOODS', 'MOTORS', 'RETAIL', 'CAPITAL', 'LOGISTICS', 'MEDIA'];

/** The i-th of many distinct made-up issuer names (i in base 16 as four syllables, and a business word). */
function madeUpName(i: number): string {
  const s = (k: number) => SYLLABLES[Math.floor(i / 16 ** k) % 16]!;
  return `${(s(0) + s(1) + s(2) + s(3)).toUpperCase()} ${WORDS[i % WORDS.length]} ${i % 3 === 0 ? 'INC' : 'LTD'}`;
}

// Rows the file plants among the made-up ones: listed names, a listed code under a name that
// shares nothing with its entity (review: the contradiction in the evidence), a listed ISIN beside
// a made-up name, and a placeholder issuer.
const PLANTED = new Map<number, { ticker: string; name: string; isin?: string; exchange: string }>([
  [40, { ticker: '603260', name: 'HOSHINE SILICON INDUSTRY CO LTD A', exchange: 'Shanghai Stock Exchange' }],
  [2_500, { ticker: '603260', name: 'TRIDENT GLACIER HOLDINGS CORP', exchange: 'Shanghai Stock Exchange' }],
  [14_100, { ticker: 'XYZ', name: madeUpName(99_999), isin: 'CNE100000PM8', exchange: 'Shenzhen Stock Exchange' }],
  [15_200, { ticker: '002415', name: 'HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO LTD', exchange: 'Shenzhen Stock Exchange' }],
  // Found by its name alone.
  [16_000, { ticker: '-', name: 'IFLYTEK CO LTD A', exchange: '-' }],
  [17_900, { ticker: '-', name: '-', exchange: 'NASDAQ' }],
]);
/** Names worked out before the workers start, in these tests (a run's default is START_AFTER). */
const START = 500;
const ROWS = 20_000;

/** An iShares-layout file of `ROWS` positions, every row a distinct issuer unless `names` repeat (the planted ones among them). */
function writeFile(file: string, names = ROWS): string {
  const lines = ['\uFEFFiShares Worker Test ETF', 'Fund Holdings as of,"Jan 17, 2025"', ' ',
    'Ticker,Name,Sector,Asset Class,Market Value,Weight (%),Notional Value,Quantity,ISIN,Price,Location,Exchange,Currency,FX Rate,Market Currency'];
  for (let i = 0; i < ROWS; i++) {
    const p = PLANTED.get(i) ?? { ticker: `T${i}`, name: madeUpName(i % names), exchange: 'NASDAQ' };
    lines.push([p.ticker, p.name, 'Industrials', 'Equity', '1,000.00', '0.01', '1,000.00', '10.00', p.isin ?? '-', '100.00', 'United States', p.exchange, 'USD', '1.00', 'USD']
      .map((c) => `"${c}"`).join(','));
  }
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}
const FILE = writeFile(path.join(dir, 'many-issuers.csv'));
/** The same rows, the made-up names 400 issuers repeating (fewer than START). */
const REPEATING = writeFile(path.join(dir, 'repeating-issuers.csv'), 400);

/** Name workers sharing with a screen's own matcher. */
type NameWorkersOf = (matcher: ReturnType<typeof createMatcher>) => NameWorkers;

async function screenBy(workersOf?: NameWorkersOf, file = FILE) {
  const matcher = createMatcher(lists);
  const deps: ScreenDeps = { expandInputs, openHoldings, matcher, ...(workersOf ? { nameWorkers: workersOf(matcher) } : {}) };
  const { result } = await screen(
    { inputs: [file], lists, readOptions: {}, minTier: 'review', generatedAt: '2026-12-07T00:00:00.000Z', today: '2026-12-07', tool: { name: 'fundscreen', version: 'test' } },
    deps,
    {},
  );
  return result;
}

const summary = (r: Awaited<ReturnType<typeof screenBy>>) => ({
  findings: r.findings.map((f) => [f.position.line, f.match.entity.id, f.match.tier, f.match.evidence.map((e) => e.rule)]),
  rows: r.funds.map((f) => f.rows),
});

describe('a screen with name workers', () => {
  it('reports exactly what a screen without them reports, the planted rows included', async () => {
    const alone = await screenBy();
    // Started and ready before the screen (it starts them after START names): the rest of the
    // file's names are worked out by them.
    const pool = startNamePool(lists, 2);
    await pool.ready;
    let started = 0;
    let checked = 0;
    const counted: NamePool = { ...pool, check: (names) => ((checked += names.length), pool.check(names)) };
    const pooled = await screenBy((matcher) => ({ sharing: matcher, start: () => (started++, counted), startAfter: START }));
    expect(started).toBe(1);
    expect(checked).toBeGreaterThan(1_000);
    expect(pooled.warnings.filter((w) => w.includes('name workers'))).toEqual([]);
    expect(summary(pooled)).toEqual(summary(alone));
    expect(pooled.findings.map((f) => f.match.entity.id).sort()).toEqual(['hikvision', 'hikvision', 'hoshine-silicon', 'hoshine-silicon', 'iflytek']);
    expect(pooled.funds[0]!.rows.read).toBe(ROWS);
  }, 60_000);

  it("a worker's failure is said and the rest of the run is matched on the main thread: nothing goes unflagged", async () => {
    const alone = await screenBy();
    const failing = (): NamePool => ({
      ready: Promise.resolve(),
      check: () => Promise.reject(new Error('worker crashed')),
      close: async () => undefined,
    });
    const r = await screenBy((matcher) => ({ sharing: matcher, start: failing, startAfter: START }));
    expect(r.warnings.filter((w) => w.includes('name workers'))).toEqual(['name workers stopped (worker crashed): the rest of the run worked out names on the main thread']);
    expect(summary(r)).toEqual(summary(alone));
  });

  it('workers that cannot start are said once, and the run is matched on the main thread', async () => {
    const alone = await screenBy();
    const broken = [{ broken: true } as unknown as (typeof lists)[number]];
    // Failed before the screen starts them (a failure that came after the last batch would have nothing to say).
    const pool = startNamePool(broken, 2);
    await pool.ready.catch(() => undefined);
    const r = await screenBy((matcher) => ({ sharing: matcher, start: () => pool, startAfter: START }));
    const said = r.warnings.filter((w) => w.includes('name workers'));
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/^name workers stopped \(.+\): the rest of the run worked out names on the main thread$/);
    expect(summary(r)).toEqual(summary(alone));
  }, 60_000);

  it('a run whose names repeat never starts them: its cache answers them', async () => {
    const alone = await screenBy(undefined, REPEATING);
    let started = 0;
    const r = await screenBy((matcher) => ({ sharing: matcher, start: () => { started++; throw new Error('not expected'); }, startAfter: START }), REPEATING);
    expect(started).toBe(0);
    expect(summary(r)).toEqual(summary(alone));
    expect(r.findings.map((f) => f.match.entity.id)).toContain('iflytek');
  });
});

describe('the matcher side of shared name work', () => {
  const queries: MatchQuery[] = [
    { issuer: 'HOSHINE SILICON INDUSTRY CO LTD A', ids: {} },
    { issuer: 'ZENITH TRIDENT PHARMA GROUP', ids: {} },
    { issuer: 'ZENITH TRIDENT PHARMA GROUP', ids: { isin: 'US0000000000' } },
    // A made-up name whose listed identifier is what finds it.
    { issuer: 'GLACIER NORVAK SYSTEMS LTD', ids: { isin: 'CNE100000PM8' } },
    { issuer: 'TRIDENT GLACIER HOLDINGS CORP', ids: { ticker: '603260', exchange: 'Shanghai Stock Exchange' } },
    { issuer: '-', title: 'HOSHINE SILICON INDUSTRY CO LTD', ids: {} },
    { issuer: 'BANK OF CHINA LTD', title: 'BANK OF CHINA ADR', ids: {} },
  ];

  it('pendingIssuers names each issuer once, not a placeholder nor a depositary receipt (read with its title)', () => {
    const m = createMatcher(lists);
    expect(m.pendingIssuers(queries)).toEqual(['HOSHINE SILICON INDUSTRY CO LTD A', 'ZENITH TRIDENT PHARMA GROUP', 'GLACIER NORVAK SYSTEMS LTD', 'TRIDENT GLACIER HOLDINGS CORP']);
  });

  it('names remembered from another matcher\'s work (cloned, as between threads) match as if worked out here, identifiers included', () => {
    const worker = createMatcher(lists);
    const shared = createMatcher(lists);
    const pending = shared.pendingIssuers(queries);
    const works = structuredClone(pending.map((n) => worker.sharedNameWork(n)));
    // Only the listed name has a candidate: the others cost a null each.
    expect(works.map((w) => w !== null)).toEqual([true, false, false, false]);
    shared.rememberNameWork(pending, works);
    expect(shared.pendingIssuers(queries)).toEqual([]);
    const alone = createMatcher(lists);
    for (const q of queries) expect(shared.match(q)).toEqual(alone.match(q));
    expect(shared.match(queries[3]!).map((m) => m.entity.id)).toEqual(['hikvision']);
    expect(shared.match(queries[4]!).map((m) => [m.entity.id, m.tier])).toEqual([['hoshine-silicon', 'review']]);
  });

  it('every listed name and alias, as fund files write them, matches the same from shared work as from its own', () => {
    // Upper case, the form's punctuation dropped, a share class after it, cut at 34 like iShares:
    // names with candidates, some strong and some weak, with and without the entity's own ticker.
    const rows: MatchQuery[] = lists[0]!.entities.flatMap((e) => [e.name, ...e.aliases].map((n, k) => {
      const issuer = `${n.toUpperCase().replace(/[.,]/g, '')} ${k % 2 ? 'A' : 'H'}`.slice(0, 34).trim();
      const ticker = e.identifiers.find((i) => i.type === 'ticker');
      return { issuer, ids: k === 0 && ticker ? { ticker: ticker.value, exchange: ticker.exchange ?? undefined } : {} };
    }));
    const worker = createMatcher(lists);
    const shared = createMatcher(lists);
    const pending = shared.pendingIssuers(rows);
    expect(pending.length).toBeGreaterThan(400);
    shared.rememberNameWork(pending, structuredClone(pending.map((n) => worker.sharedNameWork(n))));
    const alone = createMatcher(lists);
    let flagged = 0;
    for (const q of rows) {
      const own = alone.match(q);
      expect(shared.match(q)).toEqual(own);
      if (own.length > 0) flagged++;
    }
    expect(flagged).toBeGreaterThan(rows.length * 0.9);
  });

  it('a worker that cannot start (its lists do not compile) rejects ready and every check, and close still returns', async () => {
    const pool = startNamePool([{ broken: true } as unknown as (typeof lists)[number]], 1);
    await expect(pool.ready).rejects.toThrow();
    await expect(pool.check(['ACME CORP'])).rejects.toThrow();
    await pool.close();
  }, 60_000);

  it("a pool's answers are the matcher's own, in order", async () => {
    const names = Array.from({ length: 300 }, (_, i) => madeUpName(i)).concat(['HOSHINE SILICON INDUSTRY CO LTD', 'HIKVISION']);
    const pool = startNamePool(lists, 2);
    try {
      await pool.ready;
      const m = createMatcher(lists);
      const works = await pool.check(names);
      expect(works).toEqual(names.map((n) => m.sharedNameWork(n)));
      expect(works.filter((w) => w !== null).length).toBeGreaterThanOrEqual(2);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
