import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
const { analyseName } = await import('../src/match/normalise.ts');
const { createMatcher } = await import('../src/match/matcher.ts');
const { pairList } = await import('../src/match/evaluation-general.ts');
const has = (n, w) => analyseName(n, { cutWidths: [] }).tokens.some(t => t.text === w);
const W = process.argv[2];
const tally = new Map();
for (const f of ['general', 'fresh', 'fresh2', 'fresh3']) {
  const rows = parse(readFileSync(`fixtures/eval/${f}.csv`), { columns: true, relax_column_count: true });
  for (const r of rows) {
    const a = r.listed ?? '', b = r.query ?? '';
    if (has(a, W) === has(b, W)) continue;
    const m = createMatcher([pairList({ id: 'x', listed: a })]).match({ issuer: b, ids: {} });
    const t = m[0]?.tier ?? 'none';
    const k = `${r.label} ${t} ${has(a, W) ? 'list' : 'file'}`;
    tally.set(k, (tally.get(k) ?? 0) + 1);
    if ((t === 'confirmed' || t === 'probable')) console.log(f, r.label, t, '|', a, '|', b);
  }
}
console.log([...tally].sort().join('\n'));
