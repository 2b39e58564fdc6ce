import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const binPath = path.join(repoRoot, 'bin', 'fundscreen.js');
export const sharedDir = path.resolve(repoRoot, '..', 'shared');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawn the real binary, as a user would. Colour and progress are off unless env says so. */
export function runCli(
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
