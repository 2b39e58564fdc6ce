/**
 * `fundscreen lists show|validate|import`: inspect, check and refresh exclusion lists.
 * Option definitions only; the work (lists-run.ts) is loaded when a subcommand runs.
 */
import { Option, type Command } from 'commander';
import type { CommandContext } from './context.js';
import { DEFAULT_LIST_PATH } from '../lists/paths.js';
import { IMPORT_FORMATS, importSourcesHelp } from '../lists/import/formats.js';
import type { DiffFlags, ImportFlags, ShowFlags } from './lists-run.js';

export function registerLists(program: Command, ctx: CommandContext): void {
  const lists = program.command('lists').description('show, validate and import exclusion lists');

  lists
    .command('show')
    .description('counts per official list, version and sha256; with a query, search entities by name, alias or identifier')
    .argument('[query]', 'text to search for (case, accents and punctuation ignored)')
    .option('--list <file>', 'list file (our JSON schema or a simple CSV)', DEFAULT_LIST_PATH)
    .option('--json', 'print JSON instead of text', false)
    .option('--max-list-age <days>', 'mark official lists complete only to a date more than DAYS ago (default 180)')
    .action(async (query: string | undefined, opts: ShowFlags) => {
      const { showList } = await import('./lists-run.js');
      await showList(ctx, query, opts);
    });

  lists
    .command('validate')
    .description('check a list file: schema, unique ids, ISIN/LEI/CUSIP/SEDOL/USCC check digits, ISO dates, https URLs, one owner per alias, a listing for every company (exit 0 valid, 2 invalid)')
    .argument('<file>', 'list file in our JSON schema')
    .action(async (file: string) => {
      const { validateListFile } = await import('./lists-run.js');
      await validateListFile(ctx, file);
    });

  lists
    .command('import')
    .description('convert an official download into a list file in our schema (dates, programs and identifiers kept)')
    .addOption(new Option('--from <format>', 'format of FILE (default: detected from its content)').choices([...IMPORT_FORMATS]))
    .argument('<file>', 'the downloaded file (the saved UFLPA page, SDN.CSV or SDN.XML, cons_prim.csv or CONSOLIDATED.XML, consolidated.csv, targets.simple.csv, entities.ftm.json)')
    .requiredOption('--out <file>', 'where to write the list (written atomically; - for standard output)')
    .option('--filter', 'keep only Xinjiang-related records (by program, name, notes or OFAC links)', false)
    .option('--as-of <date>', "listing date for records the file gives no date for (default: the file's modification date)")
    .option('--id <id>', 'id of the new list (default: from the file name)')
    .option('--alt <file>', "OFAC only: the alternate-names file of the same release (default: ALT.CSV / CONS_ALT.CSV beside FILE)")
    .option('--comments <file>', 'OFAC only: the remarks-continued file (default: SDN_COMMENTS.CSV / CONS_COMMENTS.CSV beside FILE)')
    .addHelpText('after', importSourcesHelp())
    .action(async (file: string, opts: ImportFlags) => {
      const { importList } = await import('./lists-run.js');
      await importList(ctx, file, opts);
    });

  lists
    .command('diff')
    .description('what changed between two list files: entities added, removed, renamed, listings changed (exit 0 same, 1 different)')
    .argument('<old>', 'the earlier list file')
    .argument('<new>', 'the later list file')
    .option('--only-lists <names>', 'compare only these official lists (uflpa, bis, ofac, ...)')
    .option('--json', 'print JSON instead of text', false)
    .action(async (oldFile: string, newFile: string, opts: DiffFlags) => {
      const { diffListFiles } = await import('./lists-run.js');
      ctx.setExitCode(await diffListFiles(ctx, oldFile, newFile, opts));
    });
}
