/**
 * `npm run eval` (third and fourth parts): the matcher on a fresh general-name set (fixtures/eval/fresh.csv,
 * or the file named: fixtures/eval/fresh2.csv, written blind later; README),
 * judged as scripts/eval-general.ts judges general.csv (src/match/evaluation-general.ts). The set
 * names only entities general.csv does not, and was written before the matcher ran on it: it is
 * measured, not tuned on. A report line, no gate: exits 0 whatever the figures, 3 when the set is
 * malformed. `--list` also prints every miss, weak match and false flag (to audit labels).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMatcher } from '../src/match/matcher.js';
import { evaluateGeneral, formatFresh, FRESH_INTEGRITY, GeneralSetError, integrityProblems, judgeWith, parseGeneral } from '../src/match/evaluation-general.js';

const SET = fileURLToPath(new URL('../fixtures/eval/fresh.csv', import.meta.url));
const args = process.argv.slice(2);
const listRows = args.includes('--list');
const file = args.find((a) => a !== '--list') ?? SET;

try {
  const pairs = parseGeneral(await readFile(file, 'utf8'));
  for (const p of integrityProblems(pairs, FRESH_INTEGRITY)) process.stderr.write(`eval-fresh: ${file}: ${p}\n`);
  const started = performance.now();
  const e = evaluateGeneral(pairs, judgeWith(createMatcher));
  process.stdout.write(`${formatFresh(e, listRows)}\n`);
  process.stderr.write(`eval-fresh: ${path.basename(file)}: ${pairs.length} pairs, one compiled list each, in ${((performance.now() - started) / 1000).toFixed(2)} s (report only, no gate)\n`);
} catch (caught) {
  let err = caught as Error;
  const code = (err as NodeJS.ErrnoException).code;
  if (!(err instanceof GeneralSetError) && code === undefined) throw err;
  if (code !== undefined) err = new Error(`cannot read the set (${code})`);
  process.stderr.write(`eval-fresh: ${file}: ${err.message}\n`);
  process.exitCode = 3;
}
