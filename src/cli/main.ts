/**
 * CLI entry: builds the commander program, runs it, maps typed errors to exit codes.
 * `run(argv, io)` is testable in-process; bin/fundscreen.js calls `main`.
 */
import { Command, CommanderError } from 'commander';
import { ExitCode, FundscreenError, ListError } from '../errors.js';
import { processIO } from './io.js';
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

export async function run(argv: string[], io: CliIO): Promise<number> {
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
  // `fundscreen screen x | head` closes the pipe early: that is not an error.
  io.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
  return run(argv, io);
}
