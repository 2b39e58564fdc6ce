// Match loop only (for profiling and quick A/B): fresh matcher per pass, 100,000 unique names.
import { createMatcher } from '../../src/match/matcher.js';
import { benchQueries, syntheticList } from '../matcher.js';
const list = syntheticList(5_000, 1);
const qs = benchQueries(list, 100_000, 2);
const warm = benchQueries(list, 5_000, 3);
const passes = Number(process.argv[2] ?? 3);
const rates: number[] = [];
for (let p = 0; p < passes; p++) {
  const m = createMatcher([list]);
  for (const q of warm) m.match(q);
  const c0 = process.cpuUsage();
  for (const q of qs) m.match(q);
  const c = process.cpuUsage(c0);
  rates.push(qs.length / ((c.user + c.system) / 1e6));
}
process.stdout.write(`cpu names/s: ${rates.map((r) => r.toFixed(0)).join(' ')}  max ${Math.max(...rates).toFixed(0)}\n`);
