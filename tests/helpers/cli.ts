import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { memoryIO } from './memory-io.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const binPath = path.join(repoRoot, 'bin', 'fundscreen.js');
export const sharedDir = path.resolve(repoRoot, '..', 'shared');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

type CliOptions = { input?: string | Buffer; env?: Record<string, string | undefined>; cwd?: string };

/**
 * Run the CLI in-process through `run(argv, memoryIO)`, from `cwd` (default: the repository),
 * with only the environment given (plus NO_COLOR). What the binary does around `run` (Node version
 * check, last-resort exit 4, EPIPE) is tested by spawning it: see tests/cli/binary.test.ts.
 */
export async function runCli(args: string[], opts: CliOptions = {}): Promise<CliResult> {
  const { run } = await import('../../src/cli/main.js');
  const m = memoryIO({ cwd: opts.cwd ?? repoRoot, env: opts.env, input: opts.input });
  const code = await run(args, m.io);
  return { code, stdout: m.stdout(), stderr: m.stderr() };
}

/** Spawn the real binary, as a user would. Colour and progress are off unless env says so. */
export function spawnCli(
  args: string[],
  opts: { input?: string | Buffer; env?: Record<string, string | undefined>; cwd?: string; nodeArgs?: string[] } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...opts.env };
    for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
    const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), binPath, ...args], {
      cwd: opts.cwd ?? repoRoot,
      env: env as NodeJS.ProcessEnv,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.on('error', () => undefined);
    if (opts.input !== undefined) child.stdin.end(opts.input);
    else child.stdin.end();
  });
}

/**
 * Real samples live in ../shared (never copied into the repo). In CI they must be there: the
 * tests fail loudly. Elsewhere the tests skip and say why.
 */
export function sharedAvailable(what = 'real-sample tests'): boolean {
  if (existsSync(path.join(sharedDir, 'sources'))) return true;
  if (process.env.CI) throw new Error(`../shared is missing in CI: ${sharedDir} (needed for ${what})`);
  console.warn(`skipping ${what}: ${sharedDir} not found`);
  return false;
}

export function sharedPath(...parts: string[]): string {
  return path.join(sharedDir, ...parts);
}
