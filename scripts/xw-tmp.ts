import { readFileSync } from 'node:fs';
import { parseGeneral, splitOf } from '../src/match/evaluation-general.js';
import { analyseName } from '../src/match/normalise.js';
const pairs = parseGeneral(readFileSync('/work/wt/lead/fixtures/eval/general.csv', 'utf8')).filter((p) => splitOf(p) === 'dev');
for (const p of pairs) {
  const a = analyseName(p.listed).tokens.map((t) => t.text), b = analyseName(p.query).tokens.map((t) => t.text);
  const A = new Set(a), B = new Set(b);
  const onlyQ = b.filter((t) => !A.has(t)), onlyL = a.filter((t) => !B.has(t));
  if (onlyL.length === 0 && onlyQ.length > 0 && onlyQ.length <= 2) console.log(p.label.padEnd(9), p.category.padEnd(14), 'fund adds:', onlyQ.join(' ').padEnd(22), '|', p.listed, '<-', p.query);
}
