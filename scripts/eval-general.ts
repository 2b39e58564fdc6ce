/**
 * `npm run eval` (second part): the matcher on general company-name pairs
 * (fixtures/eval/general.csv; see src/match/evaluation-general.ts for what is measured and how).
 * Prints the figures of the dev split, the test split (split by listed entity) and all pairs; every miss and false flag of
 * dev with the matcher's explanation (test's only as counts, so test stays held out); and one
 * summary line per split, then the gate on the test split (GATE, the figures reached when it was
 * set, a little below). Exits 1 when the test split falls below the gate; 3 when the set is malformed.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createMatcher } from '../src/match/matcher.js';
import { evaluateSplits, formatGeneral, integrityProblems, judgeWith, parseGeneral, GeneralSetError } from '../src/match/evaluation-general.js';

/** Floors on the test split (held out from tuning), set from the figures reached (README). */
const GATE = { reviewF1: 0.89, reviewPrecision: 0.95, strongPrecision: 0.86 };

const SET = fileURLToPath(new URL('../fixtures/eval/general.csv', import.meta.url));
const file = process.argv.slice(2).find((a) => !a.startsWith('-')) ?? SET;

try {
  const pairs = parseGeneral(await readFile(file, 'utf8'));
  for (const p of integrityProblems(pairs)) process.stderr.write(`eval-general: ${file}: ${p}\n`);
  const started = performance.now();
  const e = evaluateSplits(pairs, judgeWith(createMatcher));
  const ms = performance.now() - started;
  process.stdout.write(`${formatGeneral(e)}\n`);
  process.stderr.write(`eval-general: ${pairs.length} pairs, one compiled list each, in ${(ms / 1000).toFixed(2)} s\n`);
  const t = e.test;
  const pass = t.review.f1 >= GATE.reviewF1 && t.review.precision >= GATE.reviewPrecision && t.strong.precision >= GATE.strongPrecision;
  process.stdout.write(`gate (test split): review+ F1 >= ${GATE.reviewF1}, P >= ${GATE.reviewPrecision}; confirmed+probable P >= ${GATE.strongPrecision}: ${pass ? 'PASS' : 'FAIL'}\n`);
  process.exitCode = pass ? 0 : 1;
} catch (caught) {
  let err = caught as Error;
  const code = (err as NodeJS.ErrnoException).code;
  if (!(err instanceof GeneralSetError) && code === undefined) throw err;
  if (code !== undefined) err = new Error(`cannot read the set (${code})`);
  process.stderr.write(`eval-general: ${file}: ${err.message}\n`);
  process.exitCode = 3;
}
