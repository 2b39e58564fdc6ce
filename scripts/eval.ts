/**
 * `npm run eval`: the matcher on the gold set (fixtures/eval/gold.csv) against the shipped list.
 * Prints precision, recall and F1 per tier and per relation, the misses and the false flags; exits
 * 1 below recall 0.98 or precision 0.99 at confirmed+probable.
 *
 * The gold set is built by scripts/build-gold.ts (run it after changing the list, the labelled
 * real-sample holdings in fixtures/eval/real-samples.csv or the hand-written rows in
 * fixtures/eval/curated.csv; tests/match/gold.test.ts checks the committed file is its output):
 * positives written from the list's own facts (its names, aliases, former names, tickers, ISINs
 * and recorded relations) in the styles fund files use (iShares upper case cut at 34 characters
 * with share-class letters, Vanguard "Co. Ltd.", N-PORT, 13F abbreviations, tickers only, lost
 * leading zeros); the listed holdings of the real samples in ../shared; negatives = real sample
 * issuers sharing a place or distinctive word with the list, plus curated hard negatives
 * (Xinjiang-named companies on no list, look-alikes, shared tickers on other markets, generic-only
 * names).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadList, DEFAULT_LIST_PATH } from '../src/lists/load.js';
import { FundscreenError } from '../src/errors.js';
import { createMatcher } from '../src/match/matcher.js';
import { evaluate, formatEvaluation, parseGold, passes } from '../src/match/evaluation.js';

const GOLD = fileURLToPath(new URL('../fixtures/eval/gold.csv', import.meta.url));

// The list to judge: the first argument that is no flag, else the shipped list.
const listPath = process.argv.slice(2).find((a) => !a.startsWith('-')) ?? DEFAULT_LIST_PATH;
try {
  const list = await loadList(listPath);
  const rows = parseGold(await readFile(GOLD, 'utf8'));
  const e = evaluate(createMatcher([list]), rows);
  process.stdout.write(`list ${list.id} ${list.version} (${list.entities.length} entities)\n${formatEvaluation(e)}\n`);
  process.exitCode = passes(e) ? 0 : 1;
} catch (err) {
  if (!(err instanceof FundscreenError)) throw err;
  process.stderr.write(`eval: ${err.message}\n`);
  process.exitCode = 3;
}
