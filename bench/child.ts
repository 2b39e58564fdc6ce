/**
 * Spawning a benchmarked process: wall time measured here, peak RSS and CPU time measured by the
 * child itself (bench/rss-preload.mjs), so no /usr/bin/time is needed.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const FUNDSCREEN_BIN = join(REPO_ROOT, 'bin', 'fundscreen.js');
const PRELOAD = pathToFileURL(join(REPO_ROOT, 'bench', 'rss-preload.mjs')).href;

export interface ChildRun {
  wallMs: number;
  /** Peak resident set size in bytes, as the child saw it. */
  maxRSS: number;
  userMs: number;
  systemMs: number;
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

const KEEP_OUTPUT = 64 * 1024;

/** Waits for a spawned child: its exit code, the start of its stdout and the end of its stderr. */
async function collect(child: ChildProcessByStdio<null, Readable, Readable>): Promise<{ exitCode: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => {
    if (stdout.length < KEEP_OUTPUT) stdout += s;
  });
  child.stderr.setEncoding('utf8').on('data', (s: string) => {
    stderr = (stderr + s).slice(-KEEP_OUTPUT);
  });
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
  return { exitCode, stdout, stderr };
}

/** Runs `node [nodeArgs] script args`, preloading the stats hook. */
export async function runNode(nodeArgs: string[], script: string, args: string[]): Promise<ChildRun> {
  const dir = mkdtempSync(join(tmpdir(), 'fundscreen-bench-'));
  const statsFile = join(dir, 'stats.json');
  try {
    const t0 = performance.now();
    const { exitCode, stdout, stderr } = await collect(
      spawn(process.execPath, [...nodeArgs, '--import', PRELOAD, script, ...args], {
        cwd: REPO_ROOT,
        env: { ...process.env, FUNDSCREEN_BENCH_STATS: statsFile, NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    const wallMs = performance.now() - t0;
    let stats = { maxRSS: NaN, userMs: NaN, systemMs: NaN };
    try {
      stats = JSON.parse(readFileSync(statsFile, 'utf8'));
    } catch {
      // The child died before its exit hook ran (signal, OOM): leave the stats unknown.
    }
    return { wallMs, ...stats, exitCode, stdout, stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `fundscreen screen ...` as a user runs it: the checkout's launcher, or `script` (an installed
 * package's, bench/installed.ts). Exit codes 0 (nothing flagged) and 1 (findings) are both a
 * successful screen; anything else is an error with the child's stderr.
 */
export async function runScreen(args: string[], nodeArgs: string[] = [], script = FUNDSCREEN_BIN): Promise<ChildRun> {
  const r = await runNode(nodeArgs, script, ['screen', ...args]);
  if (r.exitCode !== 0 && r.exitCode !== 1) {
    throw new Error(`fundscreen screen ${args.join(' ')} exited ${r.exitCode}:\n${r.stderr.trim().split('\n').slice(-8).join('\n')}`);
  }
  return r;
}

export interface BaselineRun extends ChildRun {
  records: number;
  bytes: number;
  parseMs: number;
}

/** csv-parse alone over the files (bench/csv-parse-baseline.mjs). */
export async function runBaseline(mode: 'ishares' | 'tsv', files: string[]): Promise<BaselineRun> {
  const r = await runNode([], join(REPO_ROOT, 'bench', 'csv-parse-baseline.mjs'), [mode, ...files]);
  if (r.exitCode !== 0) throw new Error(`csv-parse baseline failed (${r.exitCode}):\n${r.stderr.trim()}`);
  const out = JSON.parse(r.stdout) as { records: number; bytes: number; parseMs: number };
  return { ...r, records: out.records, bytes: out.bytes, parseMs: out.parseMs };
}

/**
 * Runs a command as a user would (no stats preload: start-up is what is timed), from `cwd`.
 * Wall time from spawn to exit.
 */
export async function runPlain(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ wallMs: number; exitCode: number | null; stdout: string; stderr: string }> {
  const t0 = performance.now();
  const out = await collect(spawn(command, args, { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] }));
  return { wallMs: performance.now() - t0, ...out };
}
