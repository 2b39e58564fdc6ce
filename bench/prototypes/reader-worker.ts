/**
 * PROTOTYPE (bench only; not wired into the CLI): issue 14 item 2, "parsing in a worker while the
 * main thread matches". Screens one file's positions with the real matcher two ways and prints
 * wall time and CPU time (all threads) for each, alternating:
 *   inline  - the main thread reads (openHoldings) and matches, as `fundscreen screen` does;
 *   worker  - a worker thread reads and posts each batch of records (structured clone, at most
 *             IN_FLIGHT batches ahead); the main thread only matches.
 *
 *   npx tsx bench/prototypes/reader-worker.ts FILE [ROUNDS=2]
 */
import { Worker } from 'node:worker_threads';
import { loadList, DEFAULT_LIST_PATH } from '../../src/lists/load.js';
import { createMatcher } from '../../src/match/matcher.js';
import { openHoldings } from '../../src/holdings/read.js';
import type { HoldingsRecord } from '../../src/holdings/position.js';
import type { Matcher } from '../../src/match/types.js';

const IN_FLIGHT = 8;

function matchAll(matcher: Matcher, batch: HoldingsRecord[]): number {
  let flagged = 0;
  for (const rec of batch) {
    if (rec.kind !== 'position') continue;
    if (matcher.match({ issuer: rec.issuer, title: rec.title, ids: rec.ids }).length > 0) flagged++;
  }
  return flagged;
}

async function inline(file: string, matcher: Matcher): Promise<{ rows: number; flagged: number }> {
  const reader = await openHoldings(file, {});
  let rows = 0;
  let flagged = 0;
  for await (const batch of reader.batches) {
    rows += batch.length;
    flagged += matchAll(matcher, batch);
  }
  return { rows, flagged };
}

function viaWorker(file: string, matcher: Matcher): Promise<{ rows: number; flagged: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./reader-worker-thread.mjs', import.meta.url), { workerData: { file, inFlight: IN_FLIGHT } });
    let rows = 0;
    let flagged = 0;
    worker.on('message', (m: { batch?: HoldingsRecord[]; done?: true; error?: string }) => {
      if (m.error) reject(new Error(m.error));
      else if (m.done) {
        void worker.terminate();
        resolve({ rows, flagged });
      } else {
        rows += m.batch!.length;
        flagged += matchAll(matcher, m.batch!);
        worker.postMessage('more');
      }
    });
    worker.on('error', reject);
  });
}

const [file, roundsArg] = process.argv.slice(2);
if (!file) throw new Error('usage: tsx bench/prototypes/reader-worker.ts FILE [ROUNDS]');
const lists = [await loadList(DEFAULT_LIST_PATH)];
for (let round = 0; round < Number(roundsArg ?? 2); round++) {
  for (const [name, run] of [['inline', inline], ['worker', viaWorker]] as const) {
    // A fresh matcher per run: its caches must not carry one run's work into the next.
    const matcher = createMatcher(lists);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const r = await run(file, matcher);
    const c = process.cpuUsage(c0);
    process.stdout.write(`${JSON.stringify({ mode: name, ...r, wallMs: Math.round(performance.now() - t0), cpuMs: Math.round((c.user + c.system) / 1000)})}\n`);
  }
}
