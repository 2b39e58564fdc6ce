/**
 * In-process A/B of two checkouts' matchers (perf work): both builds are loaded into one process.
 * Each round: a fresh matcher of each, 5,000 warm-up names each, then 100,000 unique names against
 * the 5,000-entity synthetic list in chunks of 5,000, each chunk matched by both in turn (A B, then
 * B A), timed in CPU time and summed per build. Load on a shared machine comes and goes within
 * seconds: alternating per chunk (a quarter of a second), not per pass of 100,000, lets it fall on
 * both alike (per pass, rounds of one pair of checkouts ranged 0.83-1.15 at load 5-6).
 *   git worktree add /tmp/old <commit> && (cd /tmp/old && npm ci)
 *   node --import tsx bench/equiv/ab.ts /tmp/old . [ROUNDS]
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchQueries, syntheticList } from '../matcher.js';

const [dirA, dirB, roundsArg] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('usage: bench/equiv/ab.ts DIR_A DIR_B [ROUNDS]');
const load = async (dir: string) => (await import(pathToFileURL(path.resolve(dir, 'src/match/matcher.ts')).href)) as typeof import('../../src/match/matcher.js');
const builds = [await load(dirA), await load(dirB)];
const list = syntheticList(5_000, 1);
const qs = benchQueries(list, 100_000, 2);
const warm = benchQueries(list, 5_000, 3);
const CHUNK = 5_000;
const rounds = Number(roundsArg ?? 6);
const rates = { A: [] as number[], B: [] as number[] };
for (let r = 0; r < rounds; r++) {
  const matchers = builds.map((b) => b.createMatcher([list]));
  for (const m of matchers) for (const q of warm) m.match(q);
  const cpu = [0, 0];
  for (let i = 0; i < qs.length; i += CHUNK) {
    const chunk = qs.slice(i, i + CHUNK);
    for (const k of (i / CHUNK) % 2 === 0 ? [0, 1] : [1, 0]) {
      const c0 = process.cpuUsage();
      for (const q of chunk) matchers[k].match(q);
      const c = process.cpuUsage(c0);
      cpu[k] += c.user + c.system;
    }
  }
  rates.A.push(qs.length / (cpu[0] / 1e6));
  rates.B.push(qs.length / (cpu[1] / 1e6));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const show = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(' ');
const ratios = rates.A.map((a, i) => rates.B[i] / a);
// The first round warms the JIT of both: the medians leave it out.
process.stdout.write(
  `A ${dirA}: ${show(rates.A)}  median ${median(rates.A.slice(1)).toFixed(0)} CPU names/s\n` +
    `B ${dirB}: ${show(rates.B)}  median ${median(rates.B.slice(1)).toFixed(0)} CPU names/s\n` +
    `B/A by round: ${ratios.map((x) => x.toFixed(2)).join(' ')}  median ${median(ratios.slice(1)).toFixed(2)}\n`,
);
