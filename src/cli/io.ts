/**
 * The process seam: everything the CLI needs from the outside world, injectable for tests.
 * Only cli/ touches `process`; it builds one of these in bin and passes it down.
 */
export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
  /** Injectable clock (SOURCE_DATE_EPOCH and tests). */
  now: () => Date;
}

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
