/**
 * The screen job: settings (flags > FUNDSCREEN_* > config file > defaults) -> lists, ignore file,
 * baseline -> screen() -> report(s) -> exit code. Bad configuration fails before any input is read.
 */
import type { Command } from 'commander';
import type { CommandContext } from './main.js';
import type { ScreenFlags } from './screen.js';
import { canUseColor } from './color.js';
import { progressReporter } from './progress.js';
import { writeAll } from './io.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { ExitCode, InputError } from '../errors.js';
import { loadSelectedLists } from '../lists/select.js';
import { openHoldings, expandInputs } from '../holdings/read.js';
import { parseColumnSpec } from '../holdings/columns.js';
import { createMatcher } from '../match/matcher.js';
import { renderReport } from '../report/index.js';
import { writeFileAtomic, writeReports } from '../report/write.js';
import { runTimestamp, runDate } from '../report/timestamp.js';
import { loadConfig } from '../config/load.js';
import { envLayer, parseFormats, resolveSettings, type SettingsLayer } from '../config/settings.js';
import { loadSuppressions } from '../screen/suppress.js';
import { loadBaseline } from '../screen/baseline.js';
import { exitCodeFor } from '../screen/exit-code.js';
import { screen } from '../screen/screen.js';
import { fundNamer } from '../screen/fund-names.js';
import { logLine } from './log.js';

/** Only what the user typed counts as a flag: commander's defaults must not mask env or config. */
function flagLayer(flags: ScreenFlags, cmd: Command): SettingsLayer {
  const given = (k: string) => cmd.getOptionValueSource(k) === 'cli';
  const layer: SettingsLayer = {};
  if (given('format')) layer.format = parseFormats(flags.format);
  if (given('list')) layer.lists = flags.list;
  if (given('defaultList')) layer.noDefaultList = !flags.defaultList;
  if (given('ignore')) layer.ignore = flags.ignore;
  if (given('baseline')) layer.baseline = flags.baseline;
  if (given('output')) layer.output = flags.output;
  if (given('outDir')) layer.outDir = flags.outDir;
  if (given('failOn')) layer.failOn = flags.failOn;
  if (given('minTier')) layer.minTier = flags.minTier;
  if (given('inputFormat')) layer.inputFormat = flags.inputFormat;
  if (given('columns')) layer.columns = flags.columns;
  if (given('encoding')) layer.encoding = flags.encoding;
  if (given('delimiter')) layer.delimiter = flags.delimiter;
  if (given('strict')) layer.strict = flags.strict;
  if (given('quiet')) layer.quiet = flags.quiet;
  if (given('showSuppressed')) layer.showSuppressed = flags.showSuppressed;
  if (given('fundName')) layer.fundNames = flags.fundName;
  return layer;
}

export async function runScreen(files: string[], flags: ScreenFlags, cmd: Command, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const generatedAt = runTimestamp(io.env, io.now());
  const config = await loadConfig({ cwd: io.cwd, flag: flags.config, env: io.env });
  const s = resolveSettings({ flags: flagLayer(flags, cmd), env: envLayer(io.env), file: config.settings });
  // Column maps from a config file are checked like --columns.
  const columns = s.columns ? parseColumnSpec(Object.entries(s.columns).map(([k, v]) => `${k}=${v}`).join(',')) : undefined;

  // Everything that is configuration is loaded and validated before any input is read (exit 2).
  // Every path (inputs, lists, ignore, baseline, output) is read or written relative to io.cwd
  // and shown as the user gave it.
  const cwd = io.cwd;
  const lists = await loadSelectedLists({ useDefault: !s.noDefaultList, extra: s.lists, cwd });
  const suppressions = s.ignore ? await loadSuppressions(s.ignore, cwd) : undefined;
  const base = s.baseline ? await loadBaseline(s.baseline, cwd) : undefined;
  for (const w of base?.warnings ?? []) logLine(io.stderr, `${TOOL_NAME}: warning: ${w}`);

  const matcher = createMatcher(lists);
  const { result, inputErrors } = await screen(
    {
      inputs: files,
      lists,
      readOptions: {
        inputFormat: s.inputFormat ?? undefined,
        columns,
        encoding: s.encoding ?? undefined,
        delimiter: s.delimiter ?? undefined,
        valueUnit: flags.valueUnit,
        stdin: io.stdin,
        cwd,
      },
      minTier: s.minTier,
      generatedAt,
      today: runDate(generatedAt),
      tool: { name: TOOL_NAME, version: TOOL_VERSION },
      suppressions,
      baseline: base ? base.baseline : undefined,
      fundName: fundNamer(Object.entries(s.fundNames).map(([file, name]) => ({ file, name })), io.cwd),
    },
    { expandInputs: (paths) => expandInputs(paths, { cwd, recursive: flags.recursive, include: flags.include, exclude: flags.exclude }), openHoldings, matcher },
    progressReporter(io.stderr, { quiet: s.quiet, live: flags.progress }),
  );
  for (const w of result.warnings) logLine(io.stderr, `${TOOL_NAME}: warning: ${w}`);

  const toStdout = !s.output && !s.outDir;
  const render = {
    color: toStdout && canUseColor(flags.color, io.env, io.stdout.isTTY === true),
    width: (toStdout && io.stdout.columns) || 80,
    showSuppressed: s.showSuppressed,
  };
  if (s.outDir) {
    const written = await writeReports(s.outDir, result, s.formats, { ...render, color: false }, cwd);
    if (!s.quiet) logLine(io.stderr, `${TOOL_NAME}: wrote ${written.join(', ')}`);
  } else {
    const text = renderReport(result, s.formats[0], render);
    if (s.output) await writeFileAtomic(s.output, text, cwd);
    else await writeAll(io.stdout, text);
  }

  // The report is out; now the verdict. Input problems outrank findings: an incomplete run must
  // never pass a gate.
  if (inputErrors.length > 0) return ExitCode.Input;
  const screened = result.funds.reduce((n, f) => n + f.rows.screened, 0);
  if (screened === 0) {
    throw new InputError(result.inputs.map((i) => i.source).join(', '), 'no holdings rows were screened');
  }
  if (s.strict && result.skipped.length > 0) {
    const first = result.skipped[0];
    throw new InputError(first.source, `${result.skipped.length} row(s) skipped (--strict); first: ${first.reason}`, first.line);
  }
  if (s.strict && result.salvaged && result.salvaged.length > 0) {
    const first = result.salvaged[0];
    throw new InputError(first.source, `${result.salvaged.length} malformed row(s) salvaged (--strict); first: ${first.reason}`, first.line);
  }
  return exitCodeFor(result, s.failOn, s.baseline !== null);
}
