/**
 * PROTOTYPE (bench only; not wired into the CLI): `fundscreen screen dir/` with the files spread
 * over worker threads, each running the real screen() with its own matcher, results merged into
 * one report. Measures what screening several files concurrently would gain on this machine.
 *
 *   npx tsx bench/prototypes/parallel-dir.ts DIR OUT.json [WORKERS=2]
 *
 * Prints one JSON line: wall ms, worker count, files, rows, findings.
 */
import { statSync, writeFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { expandInputs } from '../../src/holdings/read.js';
import { renderReport } from '../../src/report/index.js';
import type { ScreenResult } from '../../src/screen/result.js';

/** Greedy split by size: biggest file to the least loaded worker. */
export function balance(files: string[], workers: number): string[][] {
  const groups = Array.from({ length: workers }, () => ({ bytes: 0, files: [] as string[] }));
  const sized = files.map((f) => ({ f, size: statSync(f).size })).sort((a, b) => b.size - a.size);
  for (const { f, size } of sized) {
    const g = groups.reduce((a, b) => (b.bytes < a.bytes ? b : a));
    g.files.push(f);
    g.bytes += size;
  }
  return groups.map((g) => g.files).filter((g) => g.length > 0);
}

function runWorker(files: string[], generatedAt: string): Promise<ScreenResult> {
  return new Promise((resolve, reject) => {
    const w = new Worker(fileURLToPath(new URL('./parallel-dir-worker.mjs', import.meta.url)), { workerData: { files, generatedAt } });
    w.once('message', (m: { result?: ScreenResult; error?: string }) => (m.error ? reject(new Error(m.error)) : resolve(m.result!)));
    w.once('error', reject);
  });
}

/** One ScreenResult from several: inputs and funds in input order, findings by source then line. */
function merge(parts: ScreenResult[], order: string[]): ScreenResult {
  const rank = new Map(order.map((f, i) => [f, i]));
  const bySource = <T>(xs: T[], src: (x: T) => string) => xs.sort((a, b) => (rank.get(src(a)) ?? 0) - (rank.get(src(b)) ?? 0));
  const first = parts[0];
  return {
    ...first,
    inputs: bySource(parts.flatMap((p) => p.inputs), (i) => i.source),
    funds: bySource(parts.flatMap((p) => p.funds), (f) => f.source),
    findings: parts
      .flatMap((p) => p.findings)
      .sort((a, b) => (a.position.source < b.position.source ? -1 : a.position.source > b.position.source ? 1 : a.position.line - b.position.line)),
    skipped: parts.flatMap((p) => p.skipped),
    warnings: parts.flatMap((p) => p.warnings),
  };
}

async function main(): Promise<void> {
  const [dir, out, n = '2'] = process.argv.slice(2);
  if (!dir || !out) throw new Error('usage: tsx bench/prototypes/parallel-dir.ts DIR OUT.json [WORKERS]');
  const t0 = performance.now();
  const files = (await expandInputs([dir])).files.map((f) => f.path);
  const generatedAt = new Date().toISOString();
  const parts = await Promise.all(balance(files, Number(n)).map((g) => runWorker(g, generatedAt)));
  const result = merge(parts, files);
  writeFileSync(out, renderReport(result, 'json', { color: false, width: 80, showSuppressed: false }));
  const rows = result.funds.reduce((s, f) => s + f.rows.read, 0);
  process.stdout.write(JSON.stringify({ wallMs: performance.now() - t0, workers: parts.length, files: files.length, rows, findings: result.findings.length }) + '\n');
}

main().catch((err) => {
  process.stderr.write(`parallel-dir: ${(err as Error).stack ?? err}\n`);
  process.exitCode = 1;
});
