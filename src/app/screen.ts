/**
 * The screen use case: loads what the run is configured with (lists, ignore file, baseline),
 * screens the inputs and returns the result with its verdict. Reads files (relative to the
 * request's working folder), never prints: warnings and progress go out through hooks, and the
 * caller renders and writes the report, then exits with `verdict.exitCode`. Configuration is
 * loaded and checked before any input is read (a bad list, ignore or baseline file fails first).
 */
import type { ReadOptions } from '../holdings/position.js';
import { expandInputs, openHoldings, type WalkOptions } from '../holdings/read.js';
import { loadSelectedLists } from '../lists/select.js';
import { parseOnlyLists, selectOfficialLists } from '../lists/only-lists.js';
import { createMatcher } from '../match/matcher.js';
import { startNamePool } from '../match/name-pool.js';
import type { Tier } from '../match/types.js';
import { runDate } from '../report/timestamp.js';
import type { FundNamer } from '../screen/fund-names.js';
import { applyIndirectBaseline, baselineListsNote, loadBaseline } from '../screen/baseline.js';
import type { ScreenResult } from '../screen/result.js';
import { screen, type ScreenCallbacks } from '../screen/screen.js';
import { loadSuppressions } from '../screen/suppress.js';
import { verdict, type Verdict, type VerdictPolicy } from './verdict.js';
import { planLookThrough } from './look-through.js';
import { lookThrough } from '../screen/look-through.js';
import { withHistory } from '../screen/history.js';

export interface ScreenJob {
  /** Inputs as the user gave them: files, folders, data sets, "-". */
  inputs: string[];
  /** The working folder every relative path is read from. */
  cwd: string;
  /** How folders are searched (-r, --include, --exclude). */
  walk: Omit<WalkOptions, 'cwd'>;
  /** A fund's name for an input (--fund-name, config fundNames), else the file's own. */
  fundName?: FundNamer;
  lists: { useDefault: boolean; extra: readonly string[] };
  /** --only-lists: the official lists that count (keys or names); null: all. */
  onlyLists?: readonly string[] | null;
  /** Where onlyLists came from, for its error (default "--only-lists"). */
  onlyListsFrom?: string;
  /** --max-list-age: days after which a list's coverage date warns. */
  maxListAgeDays?: number;
  ignore: string | null;
  baseline: string | null;
  /** How inputs are read (forced format, columns, encoding, delimiter, value unit, stdin). */
  read: Omit<ReadOptions, 'cwd' | 'onBytes'>;
  minTier: Tier;
  /** --look-through: the funds' files (maybe none: funds of funds within the inputs) and the depth. */
  lookThrough?: { funds: string[]; depth: number } | null;
  policy: Omit<VerdictPolicy, 'baseline'>;
  generatedAt: string;
  tool: { name: string; version: string };
  /** --jobs: worker threads for the name work of large inputs (0: none; name-lookahead.ts). */
  nameWorkers?: number;
}

export interface ScreenHooks extends ScreenCallbacks {
  /** A warning known before screening starts (a missing baseline file). */
  onWarning?(message: string): void;
}

export async function runScreen(job: ScreenJob, hooks: ScreenHooks = {}): Promise<{ result: ScreenResult; verdict: Verdict }> {
  const { cwd } = job;
  const loaded = await loadSelectedLists({ ...job.lists, cwd });
  const selection = job.onlyLists ? selectOfficialLists(loaded, parseOnlyLists(job.onlyLists), job.onlyListsFrom) : null;
  const lists = selection ? selection.lists : loaded;
  const suppressions = job.ignore ? await loadSuppressions(job.ignore, cwd) : undefined;
  const base = job.baseline ? await loadBaseline(job.baseline, cwd) : undefined;
  for (const w of base?.warnings ?? []) hooks.onWarning?.(w);

  const expand = (paths: string[]) => expandInputs(paths, { ...job.walk, cwd });
  const plan = job.lookThrough
    ? await planLookThrough(job.inputs, job.lookThrough.funds, async (paths) => (await expand(paths)).files.map((f) => f.path), cwd)
    : null;
  const matcher = createMatcher(lists);
  const workers = job.nameWorkers ?? 0;
  const outcome = await screen(
    {
      inputs: plan ? plan.inputs : job.inputs,
      observer: plan?.collector,
      lists,
      readOptions: { ...job.read, cwd },
      minTier: job.minTier,
      generatedAt: job.generatedAt,
      today: runDate(job.generatedAt),
      tool: job.tool,
      suppressions,
      baseline: base ? base.baseline : undefined,
      fundName: job.fundName,
      ...(job.maxListAgeDays !== undefined ? { maxListAgeDays: job.maxListAgeDays } : {}),
      ...(selection ? { onlyLists: selection.selected } : {}),
    },
    { expandInputs: expand, openHoldings, matcher, ...(workers > 0 ? { nameWorkers: { sharing: matcher, start: () => startNamePool(lists, workers) } } : {}) },
    hooks,
  );
  // Look-through keeps the holders' own funds and findings and adds the indirect ones; history
  // appears when a fund was screened at several dates.
  let through = plan && job.lookThrough ? lookThrough(outcome.result, plan.collector.finish(), job.lookThrough.depth) : outcome.result;
  // With a baseline, indirect findings are new or unchanged too (by holder, route and holding).
  if (base && through.lookThrough) through = { ...through, lookThrough: { ...through.lookThrough, findings: applyIndirectBaseline(through.lookThrough.findings, base.indirect) } };
  let result = withHistory(through);
  // A baseline of other lists: one of the report's warnings (the shell prints them).
  const note = base?.lists && job.baseline ? baselineListsNote(job.baseline, base.lists, result.lists, result.resolved ?? [], new Set(lists.flatMap((l) => l.entities.map((e) => e.id)))) : null;
  if (note !== null) result = { ...result, warnings: [...result.warnings, note] };
  const judged = verdict({ ...outcome, result }, { ...job.policy, baseline: job.baseline !== null });
  // The reason for exit 3 when no input failed to be read is in the report's errors too: a batch
  // job reading report.json must see why the run failed, not an empty list.
  const p = judged.problem;
  if (p !== null) result = { ...result, errors: [...result.errors, { source: p.file, line: p.line ?? null, reason: p.reason, run: true }] };
  return { result, verdict: judged };
}
