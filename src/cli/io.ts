/** The real process as a CliIO, and writing to its streams. */
import type { CliIO } from './context.js';
import { UsageError } from '../errors.js';
import { errnoWords } from '../errno.js';

export function processIO(): CliIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
  };
}

/**
 * Write to a stream and resolve once it has been handed to the OS (or the reader went away: EPIPE,
 * `| head`); a write that fails otherwise (a full disk: ENOSPC, EIO) rejects with a usage error
 * naming `what` (exit 2, as for --output).
 */
export function writeAll(stream: NodeJS.WritableStream, text: string, what = 'standard output'): Promise<void> {
  return new Promise((resolve, reject) => {
    if (text.length === 0) return resolve();
    const ok = stream.write(text, (err?: Error | null) => {
      if (!err || (err as NodeJS.ErrnoException).code === 'EPIPE') resolve();
      else reject(outputError(err, what));
    });
    if (!ok) stream.once('drain', () => undefined);
  });
}

/** A failed write to `what` as the one-line error: "cannot write standard output: no space left on the device (ENOSPC)". */
export function outputError(err: unknown, what = 'standard output'): UsageError {
  return new UsageError(`cannot write ${what}: ${errnoWords(err)}`, { cause: err });
}
