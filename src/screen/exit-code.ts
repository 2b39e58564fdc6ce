/**
 * The exit code a screen run earns from its findings (0 or 1). Input and usage errors are typed
 * errors and never reach here. Suppressed findings never fail a run; with a baseline only new
 * findings do, so a nightly job goes red for what changed, not for what it already knows.
 */
import { ExitCode } from '../errors.js';
import { TIER_RANK, type Tier } from '../match/types.js';
import type { ScreenResult } from './result.js';

export const FAIL_ON_LEVELS = ['none', 'review', 'probable', 'confirmed'] as const;
export type FailOn = (typeof FAIL_ON_LEVELS)[number];

export function exitCodeFor(result: Pick<ScreenResult, 'findings'>, failOn: FailOn, hasBaseline: boolean): ExitCode {
  if (failOn === 'none') return ExitCode.Ok;
  const bar = TIER_RANK[failOn as Tier];
  const failing = result.findings.some(
    (f) => f.suppressed === null && TIER_RANK[f.match.tier] >= bar && (!hasBaseline || f.baseline === 'new'),
  );
  return failing ? ExitCode.Findings : ExitCode.Ok;
}
