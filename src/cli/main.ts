/**
 * CLI entry: builds the commander program, runs it, maps typed errors to exit codes.
 * `run(argv, io)` is testable in-process; bin/fundscreen.js calls `main`.
 */
import { Command, CommanderError } from 'commander';
import { ExitCode, FundscreenError, ListError } from '../errors.js';
import { outputError, processIO } from './io.js';
import type { CliIO, CommandContext } from './context.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { registerScreen } from './screen.js';
import { EXIT_CODES_HELP } from './exit-codes.js';
import { registerLists } from './lists.js';
import { registerInspect } from './inspect.js';
import { registerExplain } from './explain.js';
import { logLine } from './log.js';

/** Commander's output, with its own errors in the one style: "fundscreen: <what>: <why>". */
function output(ctx: CommandContext) {
  return {
    writeOut: (s: string) => void ctx.io.stdout.write(s),
    writeErr: (s: string) => void ctx.io.stderr.write(s),
    outputError: (s: string, write: (s: string) => void) => write(s.replace(/^error: /, `${TOOL_NAME}: `)),
  };
}

export function buildProgram(ctx: CommandContext): Command {
  const program = new Command();
  program
    .name(TOOL_NAME)
    .description('Screen fund holdings against a sourced list of Xinjiang-linked companies (forced labour, surveillance, sanctions).')
    .version(TOOL_VERSION, '-V, --version')
    .option('--verbose', 'print stack traces for internal errors', false)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput(output(ctx))
    .addHelpText('after', EXIT_CODES_HELP);
  registerScreen(program, ctx);
  registerLists(program, ctx);
  registerInspect(program, ctx);
  registerExplain(program, ctx);
  for (const cmd of program.commands) {
    cmd.exitOverride().configureOutput(output(ctx));
  }
  return program;
}

/**
 * Runs the CLI. Standard output failing (a full disk: ENOSPC, EIO; not EPIPE, a reader that went
 * away, `| head`) is one line naming it and exit 2, as an --output that cannot be written is.
 */
export async function run(argv: string[], io: CliIO): Promise<number> {
  let failure: NodeJS.ErrnoException | null = null;
  const onError = (e: NodeJS.ErrnoException): void => {
    if (e.code !== 'EPIPE') failure ??= e;
  };
  io.stdout.on('error', onError);
  let reported = false;
  try {
    // (A write the command awaited has said the failure already: writeAll's error.)
    const code = await runProgram(argv, io, (err) => {
      if (err.message.startsWith(STDOUT_FAILED)) reported = true;
    });
    await written(io.stdout);
    if (failure !== null && !reported) {
      logLine(io.stderr, `${TOOL_NAME}: ${outputError(failure).message}`);
      return ExitCode.Usage;
    }
    return code;
  } finally {
    io.stdout.off('error', onError);
  }
}

/**
 * Resolves once what was written to `stream` before has been handed on or has failed (and its
 * 'error' has been emitted): writes not awaited (commander's help, `lists show`) fail late.
 */
function written(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    const s = stream as NodeJS.WritableStream & { destroyed?: boolean; writableEnded?: boolean };
    if (s.destroyed === true || s.writableEnded === true) return setImmediate(resolve);
    try {
      stream.write('', () => setImmediate(resolve));
    } catch {
      resolve(); // a stream that throws instead (the run has said its error already)
    }
  });
}

const STDOUT_FAILED = outputError(null).message.split(':')[0] + ':';

async function runProgram(argv: string[], io: CliIO, onTyped: (err: FundscreenError) => void): Promise<number> {
  let exitCode: number = ExitCode.Ok;
  const ctx: CommandContext = { io, setExitCode: (c) => (exitCode = c) };
  const program = buildProgram(ctx);
  const verbose = argv.includes('--verbose');
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version are successes; every other commander error is a usage error (exit 2).
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') {
        return ExitCode.Ok;
      }
      return ExitCode.Usage;
    }
    if (err instanceof FundscreenError) {
      onTyped(err);
      logLine(io.stderr, `${TOOL_NAME}: ${err.message}`);
      if (err instanceof ListError) for (const p of err.problems) logLine(io.stderr, `  - ${p}`);
      if (verbose && err.stack) io.stderr.write(`${err.stack}\n`);
      return err.exitCode;
    }
    const msg = err instanceof Error ? err.message : String(err);
    logLine(io.stderr, `${TOOL_NAME}: internal error: ${msg.split('\n')[0]}`);
    if (verbose && err instanceof Error && err.stack) io.stderr.write(`${err.stack}\n`);
    else io.stderr.write(`${TOOL_NAME}: run again with --verbose for the stack trace\n`);
    return ExitCode.Internal;
  }
}

export async function main(argv: string[]): Promise<number> {
  const io = processIO();
  // `fundscreen screen x | head` closes the pipe early: that is not an error. Any other failure
  // while the run lasts is run's to report; one after it (the last bytes of a piped report) is
  // said here, once, and changes the exit code.
  let finished = false;
  let said = false;
  io.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || !finished || said) return;
    said = true;
    logLine(io.stderr, `${TOOL_NAME}: ${outputError(e).message}`);
    process.exitCode = ExitCode.Usage;
  });
  try {
    return await run(argv, io);
  } finally {
    finished = true;
  }
}
