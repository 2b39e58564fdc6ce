/**
 * Matcher benchmark (not a test): compile time for a 5,000- and a 100,000-entity list, and unique
 * issuer names matched per second against the 5,000-entity list. The lists are synthetic, generated
 * deterministically from a seed for benchmarking only (never shipped): plausible Chinese company
 * names (place + brand syllables + industry words + legal form) with aliases and tickers.
 * The queries are as many unique names as a market-wide screen has: a tenth written from the list
 * in fund-file styles, the rest unlisted companies built from the same vocabulary (the hard case:
 * every name shares words with the list). `npm run bench` calls benchMatcher; or run this file.
 */
import { availableParallelism, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Prng } from './prng.js';
import { createMatcher } from '../src/match/matcher.js';
import { startNamePool } from '../src/match/name-pool.js';
import { NameLookahead } from '../src/screen/name-lookahead.js';
import type { ListEntity, LoadedList } from '../src/lists/schema.js';
import type { MatchQuery } from '../src/match/types.js';

const PLACES = ['Xinjiang', 'Zhejiang', 'Jiangsu', 'Hangzhou', 'Shenzhen', 'Beijing', 'Shanghai', 'Hefei', 'Xiamen', 'Urumqi', 'Aksu', 'Hotan', 'Changji', 'Ningbo', 'Wuxi', 'Chengdu', 'Wuhan', 'Qingdao', 'Harbin', 'Kashgar'];
// Pinyin syllables (of the ~400 in use) that brand names are made of.
const SYLLABLES = ('hua xin tian long sheng da hong jin feng rui kang tai yuan chang ming hai bao fu xing guang zhong wei an de li yi qi shun heng tong cheng jia run sen yang bo ke lian mei ning '
  + 'ao bai bang bei ben bin cai can ci cong cui dan dao deng di dian ding dong du duan fan fang fei fen gang gao ge gong gu hao he hu huai huan hui ji jian jiang jiao jie jing jiu ju jun kai '
  + 'kun lan lang lei liang lin ling liu lu luo mao meng miao min mo mu nan neng ou pan peng pin ping pu qian qiang qiao qin qing qiu quan ren rong ruan sai shan shang shao shen shi shou shu '
  + 'shuang si song su sui sun tang tao teng ting tuo wan wang wen wu xi xia xian xiang xiao xie xu xuan xue ya yan yao ye yin ying yong you yu yue yun zai zan ze zhan zhao zhen zheng zhi zhou zhu zhuo zi zong zuo').split(' ');
const INDUSTRY = ['Technology', 'New Energy', 'Textile', 'Cotton', 'Chemical', 'Mining', 'Silicon Industry', 'Electronics', 'Information Technology', 'Food', 'Pharmaceutical', 'Steel', 'Logistics', 'Digital Technology', 'Materials', 'Agriculture', 'Apparel', 'Solar', 'Metals', 'Machinery'];
const LEGAL = ['Co., Ltd.', 'Co. Ltd.', 'Group Co., Ltd.', 'Limited', 'Corporation', 'Holdings Ltd.'];

function brand(r: Prng): string {
  const n = 2 + r.int(2);
  let s = '';
  for (let i = 0; i < n; i++) s += r.pick(SYLLABLES);
  return s[0].toUpperCase() + s.slice(1);
}

function companyName(r: Prng): { core: string; full: string } {
  const core = `${r.float() < 0.7 ? `${r.pick(PLACES)} ` : ''}${brand(r)} ${r.pick(INDUSTRY)}`;
  return { core, full: `${core} ${r.pick(LEGAL)}` };
}

/** A synthetic list of `n` entities (benchmark data only). */
export function syntheticList(n: number, seed: number): LoadedList {
  const r = new Prng(seed);
  const entities: ListEntity[] = [];
  for (let i = 0; i < n; i++) {
    const { core, full } = companyName(r);
    const aliases = r.float() < 0.5 ? [`${core} Co Ltd`, brand(r) + ' ' + r.pick(INDUSTRY)] : [];
    const identifiers: ListEntity['identifiers'] = r.float() < 0.3 ? [{ type: 'ticker', value: String(600000 + i), exchange: r.float() < 0.5 ? 'XSHG' : 'XSHE', country: 'CN' }] : [];
    entities.push({
      id: `e${i}`, name: full, type: 'company', aliases, identifiers, relations: [],
      listings: [{ list: 'Benchmark', date: '2025-01-01', citation: 'synthetic', url: 'https://example.invalid/bench', verification: 'verified' }],
      country: 'CN',
    });
  }
  return { id: `bench-${n}`, version: '2025-01-01', sha256: '', path: `synthetic-${n}`, entities };
}

export function benchQueries(list: LoadedList, count: number, seed: number): MatchQuery[] {
  const r = new Prng(seed);
  const out: MatchQuery[] = [];
  const seen = new Set<string>();
  while (out.length < count) {
    let issuer: string;
    if (r.float() < 0.1) {
      const e = r.pick(list.entities);
      const cut = e.name.toUpperCase().replace(/,?\s*CO\.?,?\s*LTD\.?/, ' LTD').replace(/[.,]/g, '');
      issuer = `${cut} ${r.pick(['A', 'H', ''])}`.trim().slice(0, 34).trimEnd();
    } else {
      const { full } = companyName(r);
      issuer = r.float() < 0.5 ? full.toUpperCase() : full;
    }
    if (seen.has(issuer)) continue;
    seen.add(issuer);
    out.push({ issuer, ids: r.float() < 0.3 ? { ticker: String(600000 + r.int(list.entities.length * 2)), exchange: 'Shanghai Stock Exchange' } : {} });
  }
  return out;
}

export interface MatcherBenchFigures {
  entities: number;
  compile5kMs: number;
  compile100kMs: number;
  uniqueNames: number;
  namesPerSecond: number;
  /** CPU time of the matching loop: less sensitive than wall time to other work on a shared machine. */
  matchCpuMs: number;
  flagged: number;
  /** The same names through a screen's pipeline with name workers (one per core; screen's --jobs). */
  workers: number;
  pooledNamesPerSecond: number;
  pooledFlagged: number;
  /** 1-minute load average when the run started (other work shares the cores). */
  loadAverage: number;
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

export async function benchMatcher(opts: { quick?: boolean } = {}): Promise<MatcherBenchFigures> {
  const loadAverage = loadavg()[0];
  const list5k = syntheticList(5_000, 1);
  let t = performance.now();
  const m = createMatcher([list5k]);
  const compile5kMs = performance.now() - t;

  const qs = benchQueries(list5k, opts.quick ? 20_000 : 100_000, 2);
  // Warm the JIT on other names, then time fresh unique names (no cache hits).
  for (const q of benchQueries(list5k, 5_000, 3)) m.match(q);
  t = performance.now();
  const cpu = cpuMs();
  let flagged = 0;
  for (const q of qs) if (m.match(q).length > 0) flagged++;
  const matchMs = performance.now() - t;
  const matchCpuMs = cpuMs() - cpu;

  const pooled = await benchPooled(list5k, qs);

  const list100k = syntheticList(100_000, 4);
  t = performance.now();
  createMatcher([list100k]);
  const compile100kMs = performance.now() - t;

  return {
    entities: 5_000, compile5kMs, compile100kMs, uniqueNames: qs.length, namesPerSecond: qs.length / (matchMs / 1000), matchCpuMs, flagged,
    workers: pooled.workers, pooledNamesPerSecond: qs.length / (pooled.ms / 1000), pooledFlagged: pooled.flagged, loadAverage,
  };
}

/** Rows per batch, about what the reader hands on. */
const BATCH = 1_250;

/**
 * The names as a screen with name workers matches them: through the screen's own lookahead
 * (name-lookahead.ts), batches in flight to the workers and each one's names remembered, then
 * every query matched on this thread. Wall time, from workers already started and warmed (a
 * screen starts them once).
 */
async function benchPooled(list: LoadedList, qs: MatchQuery[]): Promise<{ workers: number; ms: number; flagged: number }> {
  const workers = Math.max(1, availableParallelism());
  const pool = startNamePool([list], workers);
  try {
    await pool.ready;
    const warm = benchQueries(list, 5_000 * workers, 5).map((q) => q.issuer);
    await Promise.all(Array.from({ length: workers * 2 }, (_, k) => pool.check(warm.slice(k * 2_500, (k + 1) * 2_500))));
    const m = createMatcher([list]);
    for (const q of benchQueries(list, 5_000, 3)) m.match(q);
    const rows = qs.map((q) => ({ kind: 'position' as const, issuer: q.issuer, title: null, ids: q.ids }));
    async function* batches(): AsyncGenerator<typeof rows> {
      for (let i = 0; i < rows.length; i += BATCH) yield rows.slice(i, i + BATCH);
    }
    const warnings: string[] = [];
    const lookahead = new NameLookahead({ sharing: m, start: () => pool, startAfter: 0 }, (w) => warnings.push(w));
    const t = performance.now();
    let flagged = 0;
    for await (const batch of lookahead.batches(batches(), undefined)) for (const r of batch) if (m.match(r).length > 0) flagged++;
    const ms = performance.now() - t;
    if (warnings.length > 0) throw new Error(warnings.join('; '));
    return { workers, ms, flagged };
  } finally {
    await pool.close();
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** `npx tsx bench/matcher.ts [--quick] [--runs N]`: each run in turn, then best and median when N > 1. */
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const at = process.argv.indexOf('--runs');
  const runs = at >= 0 ? Math.max(1, Number(process.argv[at + 1]) || 1) : 1;
  const all: MatcherBenchFigures[] = [];
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  const rate = (x: number) => `${Math.round(x).toLocaleString('en-US')} names/s`;
  for (let i = 0; i < runs; i++) {
    const f = await benchMatcher({ quick: process.argv.includes('--quick') });
    all.push(f);
    process.stdout.write(
      `${runs > 1 ? `run ${i + 1} ` : ''}(load average ${f.loadAverage.toFixed(2)} on ${availableParallelism()} cores)\n` +
        `compile 5,000 entities: ${ms(f.compile5kMs)}\n` +
        `compile 100,000 entities: ${ms(f.compile100kMs)}\n` +
        `match ${f.uniqueNames.toLocaleString('en-US')} unique names against 5,000 entities: ${rate(f.namesPerSecond)} ` +
        `(${rate(f.uniqueNames / (f.matchCpuMs / 1000))} of CPU time; ${f.flagged} flagged)\n` +
        `the same with ${f.workers} name workers (a screen's pipeline): ${rate(f.pooledNamesPerSecond)} (${f.pooledFlagged} flagged)\n`,
    );
  }
  if (runs > 1) {
    const row = (label: string, xs: number[], fmt: (x: number) => string, higherIsBetter: boolean) =>
      `${label}: best ${fmt(higherIsBetter ? Math.max(...xs) : Math.min(...xs))}, median ${fmt(median(xs))}\n`;
    process.stdout.write(
      `-- ${runs} runs, load average ${Math.min(...all.map((f) => f.loadAverage)).toFixed(2)}-${Math.max(...all.map((f) => f.loadAverage)).toFixed(2)}\n` +
        row('compile 5,000', all.map((f) => f.compile5kMs), ms, false) +
        row('compile 100,000', all.map((f) => f.compile100kMs), ms, false) +
        row('match', all.map((f) => f.namesPerSecond), rate, true) +
        row('match with name workers', all.map((f) => f.pooledNamesPerSecond), rate, true),
    );
  }
}
