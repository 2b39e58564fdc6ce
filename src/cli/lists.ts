/**
 * `fundscreen lists show|validate|import`: inspect, check and refresh exclusion lists.
 * Reports go to stdout; warnings to stderr; problems are thrown as ListError (exit 2).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Option, type Command } from 'commander';
import type { CommandContext } from './main.js';
import { ListError, UsageError } from '../errors.js';
import { DEFAULT_LIST_PATH, decodeListBytes, loadUserList } from '../lists/load.js';
import { IMPORT_FORMATS, importListFile, type ImportFormat } from '../lists/import/index.js';
import type { ListEntity } from '../lists/schema.js';
import { searchEntities, summarize } from '../lists/summary.js';
import { isIsoDate, validateListText } from '../lists/validate.js';

function entityLines(e: ListEntity): string[] {
  const lines = [`${e.name}  [${e.id}, ${e.type}]`];
  if (e.aliases.length) lines.push(`  aliases: ${e.aliases.join('; ')}`);
  for (const i of e.identifiers) {
    const where = [i.exchange, i.country].filter(Boolean).join(' ');
    lines.push(`  ${i.type}: ${i.value}${where ? ` (${where})` : ''}${i.verification === 'partial' ? ' [attribution partial]' : ''}`);
  }
  for (const l of e.listings) {
    lines.push(`  listed: ${l.list}${l.program ? ` / ${l.program}` : ''}, ${l.date} (${l.verification})`);
    lines.push(`    ${l.citation}`);
    lines.push(`    ${l.url}`);
  }
  for (const r of e.relations) lines.push(`  ${r.type}: ${r.name}${r.targetId ? ` [${r.targetId}]` : ''} (source: ${r.source})`);
  return lines;
}

export function registerLists(program: Command, ctx: CommandContext): void {
  const out = (s: string): void => void ctx.io.stdout.write(s.endsWith('\n') ? s : `${s}\n`);
  const resolve = (f: string): string => path.resolve(ctx.io.cwd, f);
  const lists = program.command('lists').description('show, validate and import exclusion lists');

  lists
    .command('show')
    .description('counts per official list, version and sha256; with a query, search entities by name, alias or identifier')
    .argument('[query]', 'text to search for (case, accents and punctuation ignored)')
    .option('--list <file>', 'list file (our JSON schema or a simple CSV)', DEFAULT_LIST_PATH)
    .option('--json', 'print JSON instead of text', false)
    .action(async (query: string | undefined, opts: { list: string; json: boolean }) => {
      const list = await loadUserList(resolve(opts.list));
      const summary = summarize(list);
      const matches = query === undefined ? undefined : searchEntities(list.entities, query);
      if (opts.json) {
        out(JSON.stringify({ ...summary, ...(matches ? { query, matches } : {}) }, null, 2));
        return;
      }
      const lines = [
        `${summary.path}`,
        `  id ${summary.id}, version ${summary.version}, ${summary.entities} entities (${Object.entries(summary.byType).map(([t, n]) => `${n} ${t}`).join(', ')})`,
        `  sha256 ${summary.sha256}`,
        ...Object.entries(summary.perList).map(([l, n]) => `  ${l}: ${n}`),
      ];
      if (matches) {
        lines.push('', `${matches.length} match${matches.length === 1 ? '' : 'es'} for "${query}"`);
        for (const e of matches) lines.push('', ...entityLines(e));
      }
      out(lines.join('\n'));
    });

  lists
    .command('validate')
    .description('check a list file: schema, unique ids, ISIN/LEI/CUSIP/SEDOL/USCC check digits, ISO dates, https URLs, one owner per alias, a listing for every company (exit 0 valid, 2 invalid)')
    .argument('<file>', 'list file in our JSON schema')
    .action(async (file: string) => {
      let bytes: Buffer;
      try {
        bytes = await readFile(resolve(file));
      } catch (err) {
        throw new ListError(`${file}: cannot read list file: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, [], { cause: err });
      }
      const report = validateListText(decodeListBytes(bytes), file);
      if (report.problems.length) {
        throw new ListError(`${file}: invalid list: ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}`, report.problems);
      }
      out(`${file}: valid (${report.entities} entities)`);
    });

  lists
    .command('import')
    .description('convert an official download into a list file in our schema (dates, programs and identifiers kept)')
    .addOption(new Option('--from <format>', 'format of FILE').choices([...IMPORT_FORMATS]).makeOptionMandatory())
    .argument('<file>', 'the downloaded file (SDN.CSV, cons_prim.csv, consolidated.csv, targets.simple.csv, entities.ftm.json)')
    .requiredOption('--out <file>', 'where to write the list (written atomically)')
    .option('--filter', 'keep only Xinjiang-related records (by program, name, notes or OFAC links)', false)
    .option('--as-of <date>', "listing date for records the file gives no date for (default: the file's modification date)")
    .option('--id <id>', 'id of the new list (default: from the file name)')
    .action(async (file: string, opts: { from: ImportFormat; out: string; filter: boolean; asOf?: string; id?: string }) => {
      if (opts.asOf !== undefined && !isIsoDate(opts.asOf)) throw new UsageError(`--as-of: expected a date YYYY-MM-DD, got "${opts.asOf}"`);
      if (opts.id !== undefined && !/^[a-z0-9][a-z0-9-]*$/.test(opts.id)) throw new UsageError(`--id: expected a lower-case slug, got "${opts.id}"`);
      const result = await importListFile({
        format: opts.from, file: resolve(file), out: resolve(opts.out), filter: opts.filter,
        ...(opts.asOf ? { asOf: opts.asOf } : {}), ...(opts.id ? { id: opts.id } : {}),
      });
      for (const w of result.warnings) ctx.io.stderr.write(`warning: ${w}\n`);
      const withIsin = result.list.entities.filter((e) => e.identifiers.some((i) => i.type === 'isin')).length;
      const withTicker = result.list.entities.filter((e) => e.identifiers.some((i) => i.type === 'ticker')).length;
      out(`${opts.out}: ${result.list.entities.length} entities from ${result.read} record(s) (${withIsin} with ISIN, ${withTicker} with ticker), version ${result.list.version}`);
    });
}
