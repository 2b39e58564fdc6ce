import { readFileSync } from 'node:fs';
import { createMatcher } from '../src/match/matcher.js';
import { parseGeneral, pairList, splitOf } from '../src/match/evaluation-general.js';
const files = process.argv.slice(2);
const rows: string[] = [];
for (const f of files) {
  for (const p of parseGeneral(readFileSync(f, 'utf8'))) {
    if (f.endsWith('general.csv') && splitOf(p) !== 'dev') continue;
    const m = createMatcher([pairList(p)]);
    const r = m.inspect({ issuer: p.query, ids: {} });
    const c = r.candidates[0];
    if (!c || c.tier) continue;
    if ((c.score ?? 0) < 0.45) continue;
    const rules = c.evidence.map((e) => e.rule).join(',');
    rows.push(`${(c.score ?? 0).toFixed(2)}\t${p.label}\t${p.category}\t${p.listed} <- ${p.query}\t${rules}`);
  }
}
rows.sort();
console.log(rows.join('\n'));
