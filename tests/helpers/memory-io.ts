/**
 * An in-memory CliIO: what `run(argv, io)` needs from the outside world, with stdout and stderr
 * collected as text, stdin fed from a string or buffer (empty and ended otherwise), no TTY, and
 * only the environment a test gives (plus NO_COLOR). The CLI tests run the real program through
 * this seam, in-process, instead of spawning the binary.
 */
import { Readable, Writable } from 'node:stream';
import type { CliIO } from '../../src/cli/context.js';

export interface MemoryIO {
  io: CliIO;
  stdout(): string;
  stderr(): string;
}

class MemorySink extends Writable {
  private chunks: Buffer[] = [];
  override _write(chunk: Buffer | string, encoding: BufferEncoding, done: (err?: Error | null) => void): void {
    this.chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, encoding));
    done();
  }
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

export function memoryIO(opts: { cwd: string; env?: Record<string, string | undefined>; input?: string | Buffer; now?: () => Date }): MemoryIO {
  const stdout = new MemorySink();
  const stderr = new MemorySink();
  const env: Record<string, string | undefined> = { NO_COLOR: '1', ...opts.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const input = opts.input === undefined ? [] : [typeof opts.input === 'string' ? Buffer.from(opts.input) : opts.input];
  return {
    io: { stdout, stderr, stdin: Readable.from(input), env, cwd: opts.cwd, now: opts.now ?? (() => new Date()) },
    stdout: () => stdout.text(),
    stderr: () => stderr.text(),
  };
}
