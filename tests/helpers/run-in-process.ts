/**
 * The CLI run in this process (no spawn): `run(argv, io)` with captured stdout/stderr, the way
 * cspell's app tests do. Colour off, no TTY, progress off.
 */
import { PassThrough } from 'node:stream';
import { run } from '../../src/cli/main.js';
import { repoRoot } from './cli.js';

export interface InProcessResult {
  code: number;
  stdout: string;
  stderr: string;
}

function sink(): PassThrough & { text(): string } {
  const s = new PassThrough() as PassThrough & { text(): string };
  const chunks: Buffer[] = [];
  s.on('data', (b: Buffer) => chunks.push(b));
  s.text = () => Buffer.concat(chunks).toString('utf8');
  return s;
}

export async function runInProcess(args: string[], opts: { env?: Record<string, string>; cwd?: string; stdin?: string } = {}): Promise<InProcessResult> {
  const stdout = sink();
  const stderr = sink();
  const stdin = new PassThrough();
  stdin.end(opts.stdin ?? '');
  const code = await run(args, {
    stdout, stderr, stdin,
    env: { NO_COLOR: '1', ...opts.env },
    cwd: opts.cwd ?? repoRoot,
    now: () => new Date('2026-12-06T00:00:00Z'),
  });
  await new Promise((r) => setImmediate(r));
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}
