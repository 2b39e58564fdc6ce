/**
 * The screen command: settings (flags > FUNDSCREEN_* > config file > defaults) -> the screen use
 * case (app/screen.ts: lists, ignore file, baseline, screen, verdict) -> report(s) on stdout or in
 * files -> the verdict's exit code.
 */
import path from 'node:path';
import type { Command } from 'commander';
import type { CommandContext } from './context.js';
import type { InputFlags } from './input-options.js';
import type { ListFlags } from './list-options.js';
import type { Tier } from '../match/types.js';
import { canUseColor } from './color.js';
import { progressReporter } from './progress.js';
import { writeAll } from './io.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { parseColumnSpec } from '../holdings/columns.js';
import { REPORT_FILE_NAMES, renderReport, type FindingSort } from '../report/index.js';
import { checkOutputTarget, checkTargetsAreNotInputs, writeFileAtomic, writeReports } from './output.js';
import { runTimestamp } from '../report/timestamp.js';
import { findIgnoreFile, loadConfig } from '../config/load.js';
import { envLayer, flagLayer, resolveSettings, settingOrigin } from '../config/settings.js';
import { CONFIG_FILE_NAME } from '../config/schema.js';
import { runScreen as runScreenJob } from '../app/screen.js';
import type { FailOn } from '../app/verdict.js';
import { coverageStderrLine, staleListWarnings } from '../lists/coverage.js';
import { fundNamer } from '../screen/fund-names.js';
import { logLine, logWarning } from './log.js';

/** The screen command's flags as commander parses them (options in screen.ts). */
export interface ScreenFlags extends InputFlags, ListFlags {
  format: string;
  output?: string;
  outDir?: string;
  failOn: FailOn;
  minTier: Tier;
  ignore?: string;
  baseline?: string;
  config?: string;
  strict: boolean;
  quiet: boolean;
  progress: boolean;
  color?: boolean;
  showSuppressed: boolean;
  sort: FindingSort;
  fundName?: Record<string, string>;
  recursive: boolean;
  maxListAge?: string;
  jobs?: string;
  include: string[];
  exclude: string[];
  /** --look-through [FUNDS...]: true when given without funds. */
  lookThrough?: string[] | boolean;
  lookThroughDepth: number;
}

export async function runScreen(files: string[], flags: ScreenFlags, cmd: Command, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const generatedAt = runTimestamp(io.env, io.now());
  const config = await loadConfig({ cwd: io.cwd, flag: flags.config, env: io.env });
  const layers = {
    flags: flagLayer(flags as unknown as Record<string, unknown>, (k) => cmd.getOptionValueSource(k) === 'cli'),
    env: envLayer(io.env),
    file: config.settings,
    fileName: config.path === null ? null : (flags.config ?? (io.env.FUNDSCREEN_CONFIG || CONFIG_FILE_NAME)),
  };
  const s = resolveSettings(layers);
  // Column maps from a config file are checked like --columns.
  const columns = s.columns ? parseColumnSpec(Object.entries(s.columns).map(([k, v]) => `${k}=${v}`).join(',')) : undefined;

  // Where the report goes is checked before any input is read (exit 2 in a second, not after the screen).
  await checkOutputTarget(s, io.cwd);
  // No ignore file named (flag, environment, config): .fundscreen-ignore.json is picked up, and said.
  const ignore = s.ignore ?? (await findIgnoreFile(io.cwd, config.path));
  const targets = s.output ? [{ flag: '--output', path: s.output }] : s.outDir ? s.formats.map((f) => ({ flag: '--out-dir', path: path.join(s.outDir!, REPORT_FILE_NAMES[f]) })) : [];
  // (Not the baseline: it is read whole before the report is written, and a nightly job rolls
  // forward with --baseline report.json --output report.json.)
  if (targets.length > 0) {
    await checkTargetsAreNotInputs(targets, [
      ...files.map((f) => ({ what: 'holdings file', path: f })),
      ...s.lists.map((l) => ({ what: 'list', path: l })),
      ...(config.path !== null ? [{ what: 'config file', path: config.path }] : []),
      ...(ignore !== null ? [{ what: 'ignore file', path: ignore }] : []),
    ], io.cwd);
  }
  if (ignore !== null && s.ignore === null && !s.quiet) logLine(io.stderr, `${TOOL_NAME}: using the ignore file ${ignore} (found automatically; --ignore FILE names another)`);
  const { result, verdict } = await runScreenJob(
    {
      inputs: files,
      cwd: io.cwd,
      walk: { recursive: flags.recursive, include: flags.include, exclude: flags.exclude },
      fundName: fundNamer(Object.entries(s.fundNames).map(([file, name]) => ({ file, name })), io.cwd, settingOrigin('fundNames', layers).startsWith('--')),
      lists: { useDefault: !s.noDefaultList, extra: s.lists },
      onlyLists: s.onlyLists,
      onlyListsFrom: settingOrigin('onlyLists', layers),
      ignore,
      baseline: s.baseline,
      read: {
        inputFormat: s.inputFormat ?? undefined,
        columns,
        encoding: s.encoding ?? undefined,
        delimiter: s.delimiter ?? undefined,
        valueUnit: flags.valueUnit,
        stdin: io.stdin,
      },
      minTier: s.minTier,
      lookThrough: flags.lookThrough === undefined || flags.lookThrough === false ? null : { funds: flags.lookThrough === true ? [] : flags.lookThrough, depth: flags.lookThroughDepth },
      policy: { failOn: s.failOn, strict: s.strict },
      generatedAt,
      tool: { name: TOOL_NAME, version: TOOL_VERSION },
      maxListAgeDays: s.maxListAge,
      nameWorkers: s.jobs,
    },
    {
      ...progressReporter(io.stderr, { quiet: s.quiet, live: flags.progress }),
      onWarning: (w) => logWarning(io.stderr, w),
    },
  );
  // The lists' coverage and age concern what was screened: a run that read no holdings row says
  // only why (they stay in the report's warnings).
  const screenedAny = result.funds.some((f) => f.rows.screened > 0);
  const ageWarnings = new Set(result.lists.flatMap((l) => staleListWarnings(l.id, l.coverage ?? [], s.maxListAge)));
  if (!s.quiet && screenedAny) for (const l of result.lists) logLine(io.stderr, `${TOOL_NAME}: ${coverageStderrLine(l.id, l.version, l.coverage ?? [])}`);
  for (const w of result.warnings) if (screenedAny || !ageWarnings.has(w)) logWarning(io.stderr, w);

  const toStdout = !s.output && !s.outDir;
  const render = {
    color: toStdout && canUseColor(flags.color, io.env, io.stdout.isTTY === true),
    width: (toStdout && io.stdout.columns) || 80,
    showSuppressed: s.showSuppressed,
    sort: flags.sort,
  };
  if (s.outDir) {
    const written = await writeReports(s.outDir, result, s.formats, { ...render, color: false }, io.cwd);
    if (!s.quiet) logLine(io.stderr, `${TOOL_NAME}: wrote ${written.join(', ')}`);
  } else {
    const text = renderReport(result, s.formats[0], render);
    if (s.output) await writeFileAtomic(s.output, text, io.cwd);
    else await writeAll(io.stdout, text);
  }

  // The report is out; now the verdict (an input problem not yet said is said by run()).
  if (verdict.problem) throw verdict.problem;
  return verdict.exitCode;
}
