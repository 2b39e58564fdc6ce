/**
 * A/B of two checkouts' holdings readers (perf work on the row path): one child process per pass,
 * alternating A B, then B A, so load on a shared machine falls on both alike (in one process the
 * second build loaded runs slower whatever it is). Each pass reads FILE to the end, counts the
 * records; the first round also hashes what they hold (the two builds must agree), the others
 * give the CPU time of the read.
 *   node --import tsx bench/equiv/reader-ab.ts DIR_A DIR_B FILE [ROUNDS]
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [dirA, dirB, file, roundsArg] = process.argv.slice(2);
if (process.env.READER_AB_CHILD) {
  // Child: dirA is the build to load, dirB unused.
  const { openHoldings } = (await import(pathToFileURL(path.resolve(dirA!, 'src/holdings/read.ts')).href)) as typeof import('../../src/holdings/read.js');
  const hash = createHash('sha256');
  const c0 = process.cpuUsage();
  const reader = await openHoldings(file!, { cwd: process.cwd() } as never);
  let n = 0;
  for await (const batch of reader.batches) {
    n += batch.length;
    if (process.env.READER_AB_HASH) for (const r of batch) hash.update(JSON.stringify(r));
  }
  await reader.sha256?.();
  const c = process.cpuUsage(c0);
  process.stdout.write(JSON.stringify({ n, cpuMs: (c.user + c.system) / 1e3, hash: hash.digest('hex') }));
} else {
  if (!dirA || !dirB || !file) throw new Error('usage: bench/equiv/reader-ab.ts DIR_A DIR_B FILE [ROUNDS]');
  const rounds = Number(roundsArg ?? 6);
  const self = fileURLToPath(import.meta.url);
  const runs = { A: [] as { n: number; cpuMs: number; hash: string }[], B: [] as { n: number; cpuMs: number; hash: string }[] };
  for (let r = 0; r < rounds; r++) {
    for (const k of r % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const)) {
      const dir = k === 'A' ? dirA : dirB;
      // The first round hashes the records (to compare the builds' output); the others only time.
      const env = { ...process.env, READER_AB_CHILD: '1', ...(r === 0 ? { READER_AB_HASH: '1' } : {}) };
      const out = execFileSync(process.execPath, ['--import', 'tsx', self, dir, '-', file], { env, encoding: 'utf8', maxBuffer: 1 << 20 });
      runs[k].push(JSON.parse(out));
    }
  }
  const fmt = (xs: number[]) => `min ${Math.min(...xs).toFixed(0)} ms, median ${[...xs].sort((a, b) => a - b)[xs.length >> 1].toFixed(0)} ms`;
  for (const k of ['A', 'B'] as const) {
    const rs = runs[k];
    const timed = rs.length > 1 ? rs.slice(1) : rs;
    process.stdout.write(`${k} ${k === 'A' ? dirA : dirB}: ${rs[0]!.n} records, CPU of the read ${fmt(timed.map((x) => x.cpuMs))}\n`);
  }
  const same = runs.A[0]!.hash === runs.B[0]!.hash;
  process.stdout.write(`records ${same ? 'identical' : 'DIFFER'} (sha256 of every record's JSON)\n`);
}
