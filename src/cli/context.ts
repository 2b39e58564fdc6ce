/**
 * What every command is given: the I/O seam (`CliIO`) and a way to report its exit code. Its own
 * module, so the command files and main.ts (which registers them) do not import each other.
 * Only cli/ touches `process`: main.ts builds a CliIO from it (io.ts processIO) and passes it down.
 */

/** The process seam: everything the CLI needs from the outside world, injectable for tests. */
export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
  /** Injectable clock (SOURCE_DATE_EPOCH and tests). */
  now: () => Date;
}

export interface CommandContext {
  io: CliIO;
  setExitCode(code: number): void;
}
