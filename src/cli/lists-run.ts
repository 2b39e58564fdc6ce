/**
 * The work behind `fundscreen lists show|validate|import`, loaded only when one of them runs.
 * Reports go to stdout; warnings to stderr; problems are thrown as ListError (exit 2).
 */
import { neutralizeControls } from '../control-chars.js';
import path from 'node:path';
import type { CommandContext } from './context.js';
import { ListError, UsageError } from '../errors.js';
import { decodeListBytes, isJsonListText, isZip, loadUserList, readListBytes, userListFromBytes } from '../lists/load.js';
import { listFileText, readImportList, readImportText, type ImportFormat } from '../lists/import/index.js';
import { checkTargetsAreNotInputs, writeFileAtomic } from './output.js';
import { writeAll } from './io.js';
import type { ListEntity } from '../lists/schema.js';
import { searchEntities, summarizeList } from '../lists/summary.js';
import { isIsoDate, namesReadAlike, validateListText, weakNames } from '../lists/validate.js';
import { coverageLines, coverageSummary, DEFAULT_MAX_LIST_AGE_DAYS, refreshHint } from '../lists/coverage.js';
import { diffIsEmpty, diffLists, renderDiff } from '../lists/diff.js';
import { detectImportFormat } from '../lists/import/detect.js';
import { parseOnlyLists, selectOfficialLists } from '../lists/only-lists.js';
import { parseMaxListAge } from '../config/settings.js';
import { runDate, runTimestamp } from '../report/timestamp.js';
import { logLine, logWarning } from './log.js';
import { inertOutput } from '../control-chars.js';
import { cleanText } from '../holdings/values.js';
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

export interface ShowFlags {
  list: string;
  json: boolean;
  maxListAge?: string;
}

export async function showList(ctx: CommandContext, query: string | undefined, opts: ShowFlags): Promise<void> {
  // The query and the list's own text are echoed: inert on a terminal, as every output is.
  const out = (text: string): void => output(ctx)(inertOutput(text, Boolean(opts.json)));
  if (query !== undefined) query = cleanText(query);
  const list = await loadUserList(opts.list, ctx.io.cwd);
  const summary = summarizeList(list);
  const maxAge = opts.maxListAge !== undefined ? parseMaxListAge('--max-list-age', opts.maxListAge) : DEFAULT_MAX_LIST_AGE_DAYS;
  const today = runDate(runTimestamp(ctx.io.env, ctx.io.now()));
  const coverage = coverageLines(list, today, maxAge);
  const matches = query === undefined ? undefined : searchEntities(list.entities, query);
  if (opts.json) {
    out(JSON.stringify({ ...summary, coverage, ...(matches ? { query, matches } : {}) }, null, 2));
    return;
  }
  const lines = [
    `${summary.path}`,
    `  id ${summary.id}, version ${summary.version}, ${summary.entities} entities (${Object.entries(summary.byType).map(([t, n]) => `${n} ${t}`).join(', ')})`,
    `  sha256 ${summary.sha256}`,
    '',
    `Official lists (key for --only-lists; ages as of ${today}, --max-list-age ${maxAge}):`,
  ];
  for (const c of coverage) {
    lines.push(`  ${c.key}  ${coverageSummary(c)}${c.kind ? ` [${c.kind}]` : ''}${c.ageDays === null ? '' : c.ageDays < 0 ? ', dated after today' : `, ${c.ageDays} days old${c.stale ? ' (older than the maximum age)' : ''}`}`);
    if (c.missing) lines.push(`      missing: ${c.missing}`);
    if (c.stale) lines.push(`      refresh: ${refreshHint(c)}`);
  }
  if (matches) {
    lines.push('', `${matches.length} match${matches.length === 1 ? '' : 'es'} for "${query}"`);
    for (const e of matches) lines.push('', ...entityLines(e));
  }
  out(lines.join('\n'));
}

export async function validateListFile(ctx: CommandContext, file: string): Promise<void> {
  const out = output(ctx);
  const bytes = await readListBytes(file, ctx.io.cwd);
  const today = runDate(runTimestamp(ctx.io.env, ctx.io.now()));
  // A workbook is read by its content before any text decoding (its bytes are a zip).
  const workbook = isZip(bytes);
  const text = workbook ? '' : decodeListBytes(bytes, file);
  // A CSV list or workbook is checked exactly as `screen --list` reads it (its problems listed by line or row).
  if (workbook || !isJsonListText(text)) {
    const list = await userListFromBytes(bytes, file, ctx.io.cwd);
    for (const w of [...namesReadAlike(list), ...weakNames(list, today)]) logWarning(ctx.io.stderr, w);
    out(`${file}: valid (${list.entities.length} entities, ${workbook ? 'a list workbook' : 'a CSV list'})`);
    return;
  }
  const report = validateListText(text, file, today);
  if (report.problems.length) {
    throw new ListError(`${file}: invalid list: ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}`, report.problems);
  }
  for (const w of report.warnings) logWarning(ctx.io.stderr, w);
  out(`${file}: valid (${report.entities} entities)`);
}

export interface ImportFlags {
  from?: ImportFormat;
  out: string;
  filter: boolean;
  asOf?: string;
  id?: string;
  alt?: string;
  comments?: string;
}

export async function importList(ctx: CommandContext, file: string, opts: ImportFlags): Promise<void> {
  const out = output(ctx);
  const resolve = (f: string): string => resolveIn(ctx.io.cwd, f);
  if (opts.asOf !== undefined && !isIsoDate(opts.asOf)) throw new UsageError(`--as-of: expected a date YYYY-MM-DD, got "${opts.asOf}"`);
  // Today anywhere on Earth is at most tomorrow in UTC (UTC+14): a local date is never refused.
  const latest = new Date(ctx.io.now().getTime() + 86_400_000).toISOString().slice(0, 10);
  if (opts.asOf !== undefined && opts.asOf > latest) throw new UsageError(`--as-of ${opts.asOf}: after today; a download is as of the day it was saved or earlier`);
  if (opts.id !== undefined && !/^[a-z0-9][a-z0-9-]*$/.test(opts.id)) throw new UsageError(`--id: expected a lower-case slug, got "${opts.id}"`);
  await checkTargetsAreNotInputs([{ flag: '--out', path: opts.out }], [
    { what: 'download', path: file }, ...(opts.alt ? [{ what: 'alternate-names file', path: opts.alt }] : []), ...(opts.comments ? [{ what: 'remarks file', path: opts.comments }] : []),
  ], ctx.io.cwd);
  let format = opts.from;
  if (!format) {
    const { text } = await readImportText(file, resolve(file));
    const detected = detectImportFormat(text, file);
    format = detected.format;
    logLine(ctx.io.stderr, `${file}: read as --from ${format} (${detected.why})`);
  }
  const result = await readImportList({
    format, file, path: resolve(file), filter: opts.filter,
    ...(opts.asOf ? { asOf: opts.asOf } : {}), ...(opts.id ? { id: opts.id } : {}),
    companionFlags: { ...(opts.alt ? { alt: resolve(opts.alt) } : {}), ...(opts.comments ? { comments: resolve(opts.comments) } : {}) },
  });
  for (const f of result.companionsFound) logLine(ctx.io.stderr, `${file}: read ${path.basename(f)} beside it (same OFAC release)`);
  // A companion found beside the download is read as much as one named: never written over.
  await checkTargetsAreNotInputs([{ flag: '--out', path: opts.out }], result.companionsFound.map((f) => ({ what: 'OFAC companion file', path: path.join(path.dirname(file), path.basename(f)) })), ctx.io.cwd);
  // `--out -` is standard output (the summary then goes to standard error).
  const toStdout = opts.out === '-';
  if (toStdout) await writeAll(ctx.io.stdout, listFileText(result.list));
  else await writeFileAtomic(resolve(opts.out), listFileText(result.list));
  for (const w of result.warnings) logWarning(ctx.io.stderr, w);
  const withIsin = result.list.entities.filter((e) => e.identifiers.some((i) => i.type === 'isin')).length;
  const withTicker = result.list.entities.filter((e) => e.identifiers.some((i) => i.type === 'ticker')).length;
  const summary = `${opts.out}: ${result.list.entities.length} entities from ${result.read} record(s) (${withIsin} with ISIN, ${withTicker} with ticker), version ${result.list.version}`;
  if (toStdout) logLine(ctx.io.stderr, summary);
  else out(summary);
}

export interface DiffFlags {
  onlyLists?: string;
  json: boolean;
}

/** Each line with its escape sequences and control characters neutralised, the layout kept. */
function neutralizeLines(text: string): string {
  return text.split('\n').map(neutralizeControls).join('\n');
}

/** `lists diff OLD NEW`: exit 0 when nothing changed, 1 when something did. */
export async function diffListFiles(ctx: CommandContext, oldFile: string, newFile: string, opts: DiffFlags): Promise<number> {
  const out = output(ctx);
  let [before, after] = [await loadUserList(oldFile, ctx.io.cwd), await loadUserList(newFile, ctx.io.cwd)];
  let selected: string[] | null = null;
  if (opts.onlyLists !== undefined) {
    const names = parseOnlyLists(opts.onlyLists);
    const s = selectOfficialLists([before, after], names);
    [before, after] = s.lists as [typeof before, typeof after];
    selected = s.selected;
  }
  const d = diffLists(before.entities, after.entities);
  if (opts.json) {
    out(JSON.stringify({ old: { path: oldFile, version: before.version, entities: before.entities.length }, new: { path: newFile, version: after.version, entities: after.entities.length }, onlyLists: selected, ...d }, null, 2));
  } else {
    // The lists' own text (names, programs, citations) may hold escape sequences: never acted on by the terminal.
    ctx.io.stdout.write(neutralizeLines(renderDiff(d, [
      `${oldFile} (version ${before.version}, ${before.entities.length} entities) -> ${newFile} (version ${after.version}, ${after.entities.length} entities)`,
      ...(selected ? [`  official lists compared: ${selected.join(', ')}`] : []),
      '  compared: entities (paired by id, else by a shared name or alias), names, listings (list, program, date, verification); not aliases, identifiers, citations or notes',
    ])));
  }
  return diffIsEmpty(d) ? 0 : 1;
}
