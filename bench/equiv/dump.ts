/**
 * Equivalence dump (perf work): every match and every inspected candidate, as JSON lines, for the
 * bench queries, the gold set and mutated list names. Run before and after a change; diff.
 *   npx tsx bench/equiv/dump.ts OUT
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { loadList, DEFAULT_LIST_PATH } from '../../src/lists/load.js';
import { createMatcher } from '../../src/match/matcher.js';
import { parseGold } from '../../src/match/evaluation.js';
import { benchQueries, syntheticList } from '../matcher.js';
import { Prng } from '../prng.js';
import type { Match, MatchQuery } from '../../src/match/types.js';

const out: string[] = [];
const slim = (ms: Match[]) => ms.map((m) => ({ ...m, entity: m.entity.id }));

function run(label: string, m: ReturnType<typeof createMatcher>, qs: MatchQuery[], inspectEvery: number): void {
  qs.forEach((q, i) => {
    out.push(JSON.stringify([label, i, q.issuer, slim(m.match(q))]));
    if (i % inspectEvery === 0) {
      const r = m.inspect(q);
      out.push(JSON.stringify([label + ':inspect', i, { ...r, matches: slim(r.matches) }]));
    }
  });
}

const list = await loadList(DEFAULT_LIST_PATH);
const real = createMatcher([list]);
const gold = parseGold(await readFile(new URL('../../fixtures/eval/gold.csv', import.meta.url), 'utf8'));
run('gold', real, gold.map((g) => ({ issuer: g.issuer, ids: g.ids })), 1);

// The gold names again on other rows (one issuer, many securities): another row's identifiers,
// their own with another row's country or exchange, none, or a title beside them. The matcher
// answers from what it remembers of the name, so these check that only the name work is shared.
const r0 = new Prng(11);
const rows: MatchQuery[] = [];
for (const g of gold) {
  const other = gold[r0.int(gold.length)];
  rows.push({ issuer: g.issuer, ids: other.ids });
  rows.push({ issuer: g.issuer, ids: { ...g.ids, country: other.ids.country, exchange: other.ids.exchange } });
  rows.push({ issuer: g.issuer, ids: {} });
  rows.push({ issuer: g.issuer, title: r0.pick(['SPONSORED ADR', 'COMMON STOCK', 'ORD', '']), ids: g.ids });
  rows.push({ issuer: r0.pick(['', 'N/A', '-']), title: g.issuer, ids: other.ids });
}
run('rows', real, rows, 7);

// Mutated list names: typos, cuts at 34, upper case, dropped words, swapped words.
const r = new Prng(7);
const mutated: MatchQuery[] = [];
const names = list.entities.flatMap((e) => [e.name, ...e.aliases, ...e.relations.flatMap((x) => [x.name, ...x.aliases])]);
for (const n of names) {
  for (let k = 0; k < 6; k++) {
    let s = n;
    const op = r.int(6);
    const p = r.int(Math.max(1, s.length));
    if (op === 0) s = s.slice(0, p) + s.slice(p + 1);
    else if (op === 1) s = s.slice(0, p) + 'x' + s.slice(p + 1);
    else if (op === 2) s = s.toUpperCase().slice(0, 34);
    else if (op === 3) s = s.split(' ').filter((_, i) => i !== r.int(4)).join(' ');
    else if (op === 4) s = s.slice(0, p) + s.slice(p + 1, p + 2) + s.slice(p, p + 1) + s.slice(p + 2);
    else s = `${s.toUpperCase()} ${r.pick(['A', 'H', 'ADR', 'CLASS B', 'LTD'])}`.slice(0, 34 + r.int(3));
    mutated.push({ issuer: s, ids: {} });
  }
}
run('mutated', real, mutated, 1);

const list5k = syntheticList(5_000, 1);
const bench = createMatcher([list5k]);
run('bench', bench, benchQueries(list5k, 30_000, 2), 10);

const text = out.join('\n') + '\n';
await writeFile(process.argv[2] ?? '/tmp/equiv.jsonl', text);
process.stdout.write(`${out.length} lines, sha256 ${createHash('sha256').update(text).digest('hex')}\n`);
