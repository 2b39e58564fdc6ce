import { readFileSync } from 'node:fs';
import { analyseName } from '../src/match/normalise.js';
import { parseGeneral, pairList } from '../src/match/evaluation-general.js';
import { createMatcher } from '../src/match/matcher.js';
const mode = process.env.MODE ?? 'lead';
for (const f of process.argv.slice(2)) {
  for (const p of parseGeneral(readFileSync(f, 'utf8'))) {
    const a = analyseName(p.listed).tokens, b = analyseName(p.query).tokens;
    for (const [long, short, side] of [[a, b, 'L'], [b, a, 'Q']] as const) {
      if (short.length === 0 || long.length <= short.length) continue;
      const k = long.length - short.length;
      const part = mode === 'lead' ? long.slice(k) : long.slice(0, short.length);
      if (part.map((t) => t.text).join(' ') !== short.map((t) => t.text).join(' ')) continue;
      const extra = mode === 'lead' ? long.slice(0, k) : long.slice(short.length);
      const c = createMatcher([pairList(p)]).inspect({ issuer: p.query, ids: {} }).candidates[0];
      console.log(`${p.label}\t${c?.tier ?? '-'}\t${(c?.score ?? 0).toFixed(2)}\t${side}\t${extra.map((t) => `${t.text}/${t.kind}`).join(' ')}\t${p.listed} <- ${p.query}`);
    }
  }
}
