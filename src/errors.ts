/**
 * Typed errors. Each carries the exit code the CLI maps it to, so the shell never has to guess.
 * Row-level problems are never errors: they become SkippedRow records (see holdings/position.ts).
 */
export const ExitCode = {
  Ok: 0,
  Findings: 1,
  Usage: 2,
  Input: 3,
  Internal: 4,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export class FundscreenError extends Error {
  readonly exitCode: ExitCode;
  constructor(message: string, exitCode: ExitCode, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.exitCode = exitCode;
  }
}

/** Bad flags, bad config, bad ignore/baseline file: exit 2. */
export class UsageError extends FundscreenError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, ExitCode.Usage, options);
  }
}

/** A list file that cannot be loaded or fails validation: exit 2 (it is configuration). */
export class ListError extends FundscreenError {
  readonly problems: string[];
  constructor(message: string, problems: string[] = [], options?: { cause?: unknown }) {
    super(message, ExitCode.Usage, options);
    this.problems = problems;
  }
}

/** A holdings input that cannot be read at all: exit 3. Message names file (and line). */
export class InputError extends FundscreenError {
  readonly file: string;
  readonly line: number | undefined;
  /** What is wrong, without the file and line prefix (the JSON report carries them apart). */
  readonly reason: string;
  constructor(file: string, message: string, line?: number, options?: { cause?: unknown }) {
    super(`${file}${line !== undefined ? `:${line}` : ''}: ${message}`, ExitCode.Input, options);
    this.file = file;
    this.line = line;
    this.reason = message;
  }
}

/**
 * An input whose content is no holdings layout at all (a README, an unrelated XML): exit 3 when
 * the user named the file, skipped with a warning when a folder walk found it.
 */
export class NotHoldingsError extends InputError {}
