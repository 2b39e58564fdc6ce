import type { Command } from 'commander';
import type { CommandContext } from './main.js';
import { UsageError } from '../errors.js';

// Placeholder: implemented under its own issue.
export function registerExplain(program: Command, _ctx: CommandContext): void {
  program
    .command('explain')
    .description('(not yet implemented)')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      throw new UsageError('explain: not implemented yet');
    });
}
