import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { analyseName } from '../src/match/normalise.js';
const names = new Set<string>();
for (const f of ['general','fresh','fresh2','fresh3','fresh4','gold','curated','real-samples']) {
  const rows = parse(readFileSync(`fixtures/eval/${f}.csv`,'utf8'), { columns: true, relax_column_count: true }) as Record<string,string>[];
  for (const r of rows) for (const k of ['listed','query','issuer','name']) if (r[k]) names.add(r[k]);
}
const c = new Map<string, string[]>();
for (const n of names) for (const f of analyseName(n).legalForms) { const l = c.get(f) ?? []; l.push(n); c.set(f, l); }
for (const [f, l] of [...c].sort((a,b)=>b[1].length-a[1].length)) console.log(l.length, f, '|', l.slice(0,3).join(' | '));
