/**
 * The work behind `fundscreen lists show|validate|import`, loaded only when one of them runs.
 * Reports go to stdout; warnings to stderr; problems are thrown as ListError (exit 2).
 */
import { readFile } from 'node:fs/promises';
import type { CommandContext } from './context.js';
import { ListError, UsageError } from '../errors.js';
import { decodeListBytes, loadUserList } from '../lists/load.js';
import { importListFile, type ImportFormat } from '../lists/import/index.js';
import type { ListEntity } from '../lists/schema.js';
import { searchEntities, summarize } from '../lists/summary.js';
import { isIsoDate, validateListText } from '../lists/validate.js';
import { logLine } from './log.js';
import { resolveIn } from '../working-folder.js';

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

function output(ctx: CommandContext): (s: string) => void {
  return (s) => void ctx.io.stdout.write(s.endsWith('\n') ? s : `${s}\n`);
}

export async function showList(ctx: CommandContext, query: string | undefined, opts: { list: string; json: boolean }): Promise<void> {
  const out = output(ctx);
  const list = await loadUserList(opts.list, ctx.io.cwd);
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
}

export async function validateListFile(ctx: CommandContext, file: string): Promise<void> {
  const out = output(ctx);
  let bytes: Buffer;
  try {
    bytes = await readFile(resolveIn(ctx.io.cwd, file));
  } catch (err) {
    throw new ListError(`${file}: cannot read list file: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, [], { cause: err });
  }
  const report = validateListText(decodeListBytes(bytes), file);
  if (report.problems.length) {
    throw new ListError(`${file}: invalid list: ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}`, report.problems);
  }
  for (const w of report.warnings) logLine(ctx.io.stderr, `warning: ${w}`);
  out(`${file}: valid (${report.entities} entities)`);
}

export interface ImportFlags {
  from: ImportFormat;
  out: string;
  filter: boolean;
  asOf?: string;
  id?: string;
}

export async function importList(ctx: CommandContext, file: string, opts: ImportFlags): Promise<void> {
  const out = output(ctx);
  const resolve = (f: string): string => resolveIn(ctx.io.cwd, f);
  if (opts.asOf !== undefined && !isIsoDate(opts.asOf)) throw new UsageError(`--as-of: expected a date YYYY-MM-DD, got "${opts.asOf}"`);
  if (opts.id !== undefined && !/^[a-z0-9][a-z0-9-]*$/.test(opts.id)) throw new UsageError(`--id: expected a lower-case slug, got "${opts.id}"`);
  const result = await importListFile({
    format: opts.from, file: resolve(file), out: resolve(opts.out), filter: opts.filter,
    ...(opts.asOf ? { asOf: opts.asOf } : {}), ...(opts.id ? { id: opts.id } : {}),
  });
  for (const w of result.warnings) logLine(ctx.io.stderr, `warning: ${w}`);
  const withIsin = result.list.entities.filter((e) => e.identifiers.some((i) => i.type === 'isin')).length;
  const withTicker = result.list.entities.filter((e) => e.identifiers.some((i) => i.type === 'ticker')).length;
  out(`${opts.out}: ${result.list.entities.length} entities from ${result.read} record(s) (${withIsin} with ISIN, ${withTicker} with ticker), version ${result.list.version}`);
}
