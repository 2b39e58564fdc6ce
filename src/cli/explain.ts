/**
 * `fundscreen explain "ISSUER NAME" [--ticker T --exchange E ...]`: how one issuer is read and
 * matched — its normalised forms, the identifiers used, every candidate alias with its score and
 * tier, and (through fuse.js over the list's aliases) the nearest names when nothing is close.
 * How a user checks a surprising flag or a suspected miss. Heavy modules load only when it runs.
 */
import type { Command } from 'commander';
import type { CommandContext } from './context.js';
import { writeAll } from './io.js';
import { addListOptions } from './list-options.js';
import { IDENTIFIERS, ID_TYPES } from '../reference/identifiers.js';
import type { ExplainFlags } from './explain-run.js';

export function registerExplain(program: Command, ctx: CommandContext): void {
  const cmd = program
    .command('explain')
    .description('show how one issuer name (and identifiers) is normalised and matched: candidates, scores, tiers')
    .argument('<issuer>', 'issuer name as a fund file writes it (quote it)')
    .option('--ticker <ticker>', 'exchange ticker')
    .option('--exchange <exchange>', 'exchange name or MIC ("Shanghai Stock Exchange", XSHG)')
    .option('--country <country>', 'country of the market or of risk ("China", CN)');
  // One flag per identifier of the registry: a new identifier is a new flag.
  for (const type of ID_TYPES) cmd.option(`--${type} <code>`, IDENTIFIERS[type].help);
  addListOptions(cmd)
    .option('--top <n>', 'candidates to show', '10')
    .option('--json', 'print JSON instead of text', false)
    .action(async (issuer: string, flags: ExplainFlags) => {
      const { explainCommand } = await import('./explain-run.js');
      await writeAll(ctx.io.stdout, await explainCommand(issuer, flags, ctx.io.cwd));
    });
}
