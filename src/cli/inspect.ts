import type { Command } from 'commander';
import type { CommandContext } from './main.js';
import { UsageError } from '../errors.js';

// Placeholder: implemented under its own issue.
export function registerInspect(program: Command, _ctx: CommandContext): void {
  program
    .command('inspect')
    .description('(not yet implemented)')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      throw new UsageError('inspect: not implemented yet');
    });
}
