/**
 * The verdict of a screen run: the one place its exit code is decided, after the report is out.
 * In order, strongest first:
 *   3  an input could not be read (each was already said as it failed): an incomplete run must
 *      never pass a gate, whatever it found;
 *   3  nothing was screened at all (every input empty, excluded or skipped);
 *   3  --strict and some row was skipped, or some malformed row salvaged;
 *   1  an unsuppressed finding at or above --fail-on (with a baseline: a new one);
 *   0  otherwise.
 * Usage and configuration errors (2) and internal errors (4) are thrown before a result exists.
 */
import { ExitCode, InputError } from '../errors.js';
import { TIER_RANK, type Tier } from '../match/types.js';
import type { ScreenResult } from '../screen/result.js';
import { sumRows } from '../screen/accounting.js';

export const FAIL_ON_LEVELS = ['none', 'review', 'probable', 'confirmed'] as const;
export type FailOn = (typeof FAIL_ON_LEVELS)[number];

export interface VerdictPolicy {
  failOn: FailOn;
  strict: boolean;
  /** A baseline was given (even a missing one): only new findings fail. */
  baseline: boolean;
}

export interface Verdict {
  exitCode: ExitCode;
  /** The input problem to say on stderr when it is not said already (nothing screened, --strict). */
  problem: InputError | null;
}

export function verdict(
  outcome: { result: Pick<ScreenResult, 'funds' | 'findings' | 'skipped' | 'salvaged' | 'inputs' | 'lookThrough'>; inputErrors: readonly unknown[] },
  policy: VerdictPolicy,
): Verdict {
  const { result } = outcome;
  if (outcome.inputErrors.length > 0) return { exitCode: ExitCode.Input, problem: null };
  if (sumRows(result.funds).screened === 0) {
    // (No input read as holdings at all, a folder of reports: say so, not an empty file name.)
    const read = result.inputs.map((i) => i.source).join(', ');
    return { exitCode: ExitCode.Input, problem: new InputError(read || 'inputs', read ? 'no holdings rows were screened' : 'no holdings file among them; no holdings rows were screened') };
  }
  if (policy.strict && result.skipped.length > 0) {
    const first = result.skipped[0];
    return {
      exitCode: ExitCode.Input,
      problem: new InputError(first.source, `${result.skipped.length} row(s) skipped (--strict); first: ${first.reason}`, first.line),
    };
  }
  if (policy.strict && result.salvaged && result.salvaged.length > 0) {
    const first = result.salvaged[0];
    return {
      exitCode: ExitCode.Input,
      problem: new InputError(first.source, `${result.salvaged.length} malformed row(s) salvaged (--strict); first: ${first.reason}`, first.line),
    };
  }
  return { exitCode: findingsExitCode(result, policy.failOn, policy.baseline), problem: null };
}

/**
 * 0 or 1 from the findings alone. Suppressed findings never fail a run; with a baseline only new
 * findings do, so a nightly job goes red for what changed, not for what it already knows.
 */
export function findingsExitCode(result: Pick<ScreenResult, 'findings' | 'lookThrough'>, failOn: FailOn, hasBaseline: boolean): ExitCode {
  if (failOn === 'none') return ExitCode.Ok;
  const bar = TIER_RANK[failOn as Tier];
  const failing = result.findings.some(
    (f) => f.suppressed === null && TIER_RANK[f.match.tier] >= bar && (!hasBaseline || f.baseline === 'new'),
  );
  // Indirect findings (look-through) fail like direct ones; with a baseline, only new ones (applyIndirectBaseline).
  const failingIndirect =
    (result.lookThrough?.findings ?? []).some((f) => !f.suppressed && TIER_RANK[f.finding.match.tier] >= bar && (!hasBaseline || f.finding.baseline === 'new'));
  return failing || failingIndirect ? ExitCode.Findings : ExitCode.Ok;
}
