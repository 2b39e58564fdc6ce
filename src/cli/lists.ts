import type { Command } from 'commander';
import type { CommandContext } from './main.js';
import { UsageError } from '../errors.js';

// Placeholder: implemented under its own issue.
export function registerLists(program: Command, _ctx: CommandContext): void {
  program
    .command('lists')
    .description('(not yet implemented)')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      throw new UsageError('lists: not implemented yet');
    });
}
