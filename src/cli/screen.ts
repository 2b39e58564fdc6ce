/**
 * `fundscreen screen <files...>`: option definitions only. The work lives in screen-run.ts and is
 * imported when the command runs, so `--help` answers without loading parsers, lists or matcher.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { parseFundNameSpec } from '../screen/fund-names.js';
import type { CommandContext } from './context.js';
import { addInputOptions } from './input-options.js';
import { addListOptions } from './list-options.js';
import { EXIT_CODES_HELP } from './exit-codes.js';
import { TIERS } from '../match/types.js';
import { FINDING_SORTS, REPORT_FORMATS } from '../report/options.js';
import { FAIL_ON_LEVELS } from '../app/verdict.js';
import type { ScreenFlags } from './screen-run.js';

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** --fund-name FILE=NAME, repeatable, into one map. */
function collectFundName(value: string, previous: Record<string, string> | undefined): Record<string, string> {
  let entry;
  try {
    entry = parseFundNameSpec(value);
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message.replace(/^--fund-name: /, ''));
  }
  return { ...(previous ?? {}), [entry.file]: entry.name };
}

function parseDepth(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 50) throw new InvalidArgumentError('a whole number from 1 to 50');
  return n;
}

const SCREEN_EXAMPLES = `
Examples:
  fundscreen screen EEM_holdings.csv                          table on the terminal
  fundscreen screen funds/ -r --format json -o report.json    every holdings file under funds/
  fundscreen screen funds/ --format json,csv,html --out-dir reports/
  cat holdings.csv | fundscreen screen - --format csv         "-" reads stdin
  fundscreen screen eem.csv --fund-name eem.csv="iShares MSCI EM"   name a file that names no fund
  fundscreen screen funds/ --baseline yesterday.json --fail-on probable
  fundscreen screen funds/ --ignore ignore.json --show-suppressed
  fundscreen screen funds/ --sort value                        largest flagged positions first`;

export function registerScreen(program: Command, ctx: CommandContext): void {
  const cmd = program
    .command('screen')
    .description('screen holdings files against the exclusion list and report flagged positions')
    .argument('<files...>', 'holdings files, folders, or N-PORT/13F data sets (folder or .zip); "-" reads stdin')
    .addOption(
      new Option('-f, --format <format>', `report format: ${REPORT_FORMATS.join(', ')} (several, comma-separated, with --out-dir)`).default('table'),
    )
    .option('-o, --output <file>', 'write the report to FILE (atomically) instead of stdout (- is stdout; never a file the run reads)')
    .option('--out-dir <dir>', 'write report.<ext> for each --format into DIR');
  addListOptions(cmd)
    .addOption(new Option('--fail-on <tier>', 'exit 1 when an unsuppressed finding is at or above this tier').choices(FAIL_ON_LEVELS).default('review'))
    .addOption(new Option('--min-tier <tier>', 'report only findings at or above this tier').choices(TIERS).default('review'))
    .option('--ignore <file>', 'suppression file: JSON array of {entity, isin?, ticker?, fund?, reason, expires}')
    .option('--baseline <file>', 'a previous --format json report: mark findings new/unchanged, list resolved; exit 1 on new only')
    .option('--config <file>', 'config file (default: ./fundscreen.config.json when present)')
    .option('--max-list-age <days>', 'warn when an official list is complete only to a date more than DAYS ago (default 180)')
    .option('--jobs <n>', 'worker threads that work out issuer names beside the main thread in large inputs (default: one per core; 0: none)');
  addInputOptions(cmd)
    .option('-r, --recursive', 'search subfolders of a folder too', false)
    .option('--include <glob>', 'in folders, screen only files matching GLOB (any extension); repeatable', collect, [])
    .option('--exclude <glob>', 'in folders, leave out files and subfolders matching GLOB; repeatable', collect, [])
    .option('--strict', 'treat any skipped or salvaged row as an input error (exit 3)', false)
    .option('-q, --quiet', 'no progress or per-file summary on stderr', false)
    .option('--no-progress', 'no live progress line on stderr')
    .option('--color', 'force colour in the table report')
    .option('--no-color', 'never use colour (NO_COLOR is honoured too)')
    .option('--look-through [funds...]', "look through the funds the inputs hold: each fund's holdings file, folder or N-PORT data set (IDS=PATH tags a file with its ticker/ISIN/CUSIP/LEI); alone: funds of funds within the inputs")
    .option('--look-through-depth <n>', 'funds of funds: follow at most N funds deep', parseDepth, 5)
    .option('--fund-name <file=name>', 'name a fund whose file gives no fund name (else its file name is used); repeatable', collectFundName)
    .option('--show-suppressed', 'list suppressed findings in table, markdown and html reports (always counted)', false)
    .addOption(new Option('--sort <key>', 'order of the findings in every format: source (file, then line), value (largest first, per currency), weight (largest first), tier (confirmed first), entity (name)').choices(FINDING_SORTS).default('source'))
    .addHelpText('after', `${SCREEN_EXAMPLES}\n${EXIT_CODES_HELP}`)
    .action(async (files: string[], flags: ScreenFlags) => {
      const { runScreen } = await import('./screen-run.js');
      ctx.setExitCode(await runScreen(files, flags, cmd, ctx));
    });
}
