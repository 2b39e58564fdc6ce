/**
 * `fundscreen inspect FILE`: how a holdings file was read (format, encoding, delimiter, header,
 * column mapping, fund, as-of, row accounting, first positions). Options only; the work
 * (inspect-run.ts) is loaded when the command runs.
 */
import type { Command } from 'commander';
import type { CommandContext } from './context.js';
import { addInputOptions } from './input-options.js';
import type { InspectFlags } from './inspect-run.js';

export function registerInspect(program: Command, ctx: CommandContext): void {
  const cmd = program
    .command('inspect')
    .description('show how a holdings file is read: format, encoding, columns, row counts, first positions')
    .argument('<file>', 'holdings file, directory data set, or "-" for stdin')
    .option('--json', 'print the inspection as JSON', false);
  addInputOptions(cmd).action(async (file: string, flags: InspectFlags) => {
    const { runInspect } = await import('./inspect-run.js');
    await runInspect(ctx, file, flags);
  });
}
