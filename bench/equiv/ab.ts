/**
 * In-process A/B of two checkouts' matchers (perf work): both builds are loaded into one process
 * and their passes alternate (A B, then B A), so load on a shared machine falls on both alike.
 * Each pass: a fresh matcher, 5,000 warm-up names, then 100,000 unique names against the
 * 5,000-entity synthetic list, timed in CPU time.
 *   git worktree add /tmp/old <commit> && (cd /tmp/old && npm ci)
 *   node --import tsx bench/equiv/ab.ts /tmp/old . [ROUNDS]
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchQueries, syntheticList } from '../matcher.js';

const [dirA, dirB, roundsArg] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('usage: bench/equiv/ab.ts DIR_A DIR_B [ROUNDS]');
const load = async (dir: string) => (await import(pathToFileURL(path.resolve(dir, 'src/match/matcher.ts')).href)) as typeof import('../../src/match/matcher.js');
const builds = { A: await load(dirA), B: await load(dirB) };
const list = syntheticList(5_000, 1);
const qs = benchQueries(list, 100_000, 2);
const warm = benchQueries(list, 5_000, 3);
const rounds = Number(roundsArg ?? 6);
const rates = { A: [] as number[], B: [] as number[] };
for (let r = 0; r < rounds; r++) {
  for (const k of r % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const)) {
    const m = builds[k].createMatcher([list]);
    for (const q of warm) m.match(q);
    const c0 = process.cpuUsage();
    for (const q of qs) m.match(q);
    const c = process.cpuUsage(c0);
    rates[k].push(qs.length / ((c.user + c.system) / 1e6));
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const show = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(' ');
// The first round warms the JIT of both: the medians leave it out.
process.stdout.write(
  `A ${dirA}: ${show(rates.A)}  median ${median(rates.A.slice(1)).toFixed(0)} CPU names/s\n` +
    `B ${dirB}: ${show(rates.B)}  median ${median(rates.B.slice(1)).toFixed(0)} CPU names/s\n` +
    `B/A by round: ${rates.A.map((a, i) => (rates.B[i] / a).toFixed(2)).join(' ')}\n`,
);
