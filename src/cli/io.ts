/** The real process as a CliIO, and writing to its streams. */
import type { CliIO } from './context.js';

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

/** Write to a stream and resolve once it has been handed to the OS (or the stream closed). */
export function writeAll(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (text.length === 0) return resolve();
    const ok = stream.write(text, () => resolve());
    if (!ok) stream.once('drain', () => undefined);
  });
}
