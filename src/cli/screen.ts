/**
 * `fundscreen screen <files...>`: flags -> ScreenRequest -> screen() -> report -> exit code.
 * The only place that knows about flags, stdout and files for the main job.
 */
import { Command, Option, InvalidArgumentError } from 'commander';
import { writeFile } from 'node:fs/promises';
import type { CommandContext } from './main.js';
import { canUseColor } from './color.js';
import { progressReporter } from './progress.js';
import { writeAll } from './io.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { InputError, UsageError, ExitCode } from '../errors.js';
import { TIERS, TIER_RANK, type Tier } from '../match/types.js';
import { loadList, loadUserList, DEFAULT_LIST_PATH } from '../lists/load.js';
import { openHoldings, expandInputs } from '../holdings/read.js';
import { createMatcher } from '../match/matcher.js';
import { renderReport, REPORT_FORMATS, type ReportFormat } from '../report/index.js';
import { screen } from '../screen/screen.js';
import type { ScreenResult } from '../screen/result.js';
import type { LoadedList } from '../lists/schema.js';

const FAIL_ON = ['none', 'review', 'probable', 'confirmed'] as const;
type FailOn = (typeof FAIL_ON)[number];

export const COLUMN_FIELDS = [
  'issuer', 'title', 'ticker', 'exchange', 'country', 'isin', 'cusip', 'sedol', 'lei', 'figi',
  'shares', 'marketValue', 'weightPct', 'currency', 'assetClass',
] as const;

interface ScreenFlags {
  format: ReportFormat;
  output?: string;
  list: string[];
  defaultList: boolean;
  failOn: FailOn;
  minTier: Tier;
  inputFormat?: string;
  columns?: Record<string, string>;
  encoding?: string;
  delimiter?: string;
  strict: boolean;
  quiet: boolean;
  progress: boolean;
  color?: boolean;
  showSuppressed: boolean;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function parseColumns(spec: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of spec.split(',')) {
    const eq = part.indexOf('=');
    if (eq <= 0) throw new InvalidArgumentError(`expected field=HEADER pairs, got "${part}"`);
    const field = part.slice(0, eq).trim();
    const header = part.slice(eq + 1).trim();
    if (!(COLUMN_FIELDS as readonly string[]).includes(field)) {
      throw new InvalidArgumentError(`unknown field "${field}" (fields: ${COLUMN_FIELDS.join(', ')})`);
    }
    if (!header) throw new InvalidArgumentError(`no header name given for "${field}"`);
    out[field] = header;
  }
  return out;
}

function parseDelimiter(value: string): string {
  const v = value === '\\t' || value.toLowerCase() === 'tab' ? '\t' : value;
  if (v.length !== 1) throw new InvalidArgumentError('the delimiter must be one character (or "tab")');
  return v;
}

export function registerScreen(program: Command, ctx: CommandContext): void {
  program
    .command('screen')
    .description('screen holdings files against the exclusion list and report flagged positions')
    .argument('<files...>', 'holdings files, directories or N-PORT/13F data sets ("-" reads stdin)')
    .addOption(new Option('-f, --format <format>', 'report format').choices(REPORT_FORMATS).default('table'))
    .option('-o, --output <file>', 'write the report to FILE instead of stdout')
    .option('--list <file>', 'add a list file (our JSON schema or a simple CSV); repeatable', collect, [])
    .option('--no-default-list', 'do not load the shipped list (lists/xinjiang.json)')
    .addOption(new Option('--fail-on <tier>', 'exit 1 when a finding is at or above this tier').choices(FAIL_ON).default('review'))
    .addOption(new Option('--min-tier <tier>', 'report only findings at or above this tier').choices(TIERS).default('review'))
    .option('--input-format <name>', 'force an input layout instead of detecting it')
    .option('--columns <map>', 'column mapping for generic files, e.g. issuer=HOLDINGS,ticker=TICKER', parseColumns)
    .option('--encoding <name>', 'force the input encoding (utf8, utf16le, windows-1252, ...)')
    .option('--delimiter <char>', 'force the field delimiter ("," ";" "tab" "|")', parseDelimiter)
    .option('--strict', 'treat any skipped row as an input error (exit 3)', false)
    .option('-q, --quiet', 'no progress or per-file summary on stderr', false)
    .option('--no-progress', 'no live progress line on stderr')
    .option('--color', 'force colour in the table report')
    .option('--no-color', 'never use colour (NO_COLOR is honoured too)')
    .option('--show-suppressed', 'show suppressed findings in table output', false)
    .action(async (files: string[], flags: ScreenFlags) => {
      ctx.setExitCode(await runScreen(files, flags, ctx));
    });
}

async function loadLists(flags: ScreenFlags): Promise<LoadedList[]> {
  const lists: LoadedList[] = [];
  if (flags.defaultList) lists.push(await loadList(DEFAULT_LIST_PATH));
  for (const p of flags.list) lists.push(await loadUserList(p));
  if (lists.length === 0) throw new UsageError('no list to screen against (--no-default-list without --list)');
  return lists;
}

async function runScreen(files: string[], flags: ScreenFlags, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const lists = await loadLists(flags);
  const matcher = createMatcher(lists);
  const inputs = await expandInputs(files);
  const callbacks = progressReporter(io.stderr, { quiet: flags.quiet, live: flags.progress });
  const { result, inputErrors } = await screen(
    {
      inputs,
      lists,
      readOptions: {
        inputFormat: flags.inputFormat,
        columns: flags.columns,
        encoding: flags.encoding,
        delimiter: flags.delimiter,
        stdin: io.stdin,
      },
      minTier: flags.minTier,
      generatedAt: io.now().toISOString(),
      tool: { name: TOOL_NAME, version: TOOL_VERSION },
    },
    { openHoldings, matcher },
    callbacks,
  );
  for (const w of result.warnings) io.stderr.write(`${TOOL_NAME}: warning: ${w}\n`);

  const toFile = flags.output !== undefined;
  const color = !toFile && flags.format === 'table' && canUseColor(flags.color, io.env, io.stdout.isTTY === true);
  const text = renderReport(result, flags.format, {
    color,
    width: (!toFile && io.stdout.columns) || 80,
    showSuppressed: flags.showSuppressed,
  });
  if (toFile) await writeFile(flags.output!, text);
  else await writeAll(io.stdout, text);

  return exitCode(result, inputErrors, flags);
}

function exitCode(result: ScreenResult, inputErrors: InputError[], flags: ScreenFlags): number {
  const screened = result.funds.reduce((n, f) => n + f.rows.screened, 0);
  if (inputErrors.length > 0) return ExitCode.Input;
  if (screened === 0) throw new InputError(result.inputs.map((i) => i.source).join(', ') || '(no input)', 'no holdings rows were screened');
  if (flags.strict && result.skipped.length > 0) {
    const s = result.skipped[0];
    throw new InputError(s.source, `${result.skipped.length} row(s) skipped (--strict); first: ${s.reason}`, s.line);
  }
  if (flags.failOn === 'none') return ExitCode.Ok;
  const bar = TIER_RANK[flags.failOn];
  const failing = result.findings.some((f) => f.suppressed === null && TIER_RANK[f.match.tier] >= bar && f.baseline !== 'unchanged');
  return failing ? ExitCode.Findings : ExitCode.Ok;
}
