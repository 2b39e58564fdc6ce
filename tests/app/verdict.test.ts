import { describe, expect, it } from 'vitest';
import { findingsExitCode as exitCodeFor, verdict } from '../../src/app/verdict.js';
import type { Finding } from '../../src/screen/result.js';
import { sampleFindings, sampleResult } from '../report/sample-result.js';
import { InputError } from '../../src/errors.js';

const tiers = (...ts: Finding['match']['tier'][]): Finding[] => {
  const base = sampleFindings()[0];
  return ts.map((tier) => ({ ...base, match: { ...base.match, tier } }));
};

describe('exitCodeFor', () => {
  it('fails at or above the fail-on tier, default review meaning any finding', () => {
    expect(exitCodeFor({ findings: tiers('review') }, 'review', false)).toBe(1);
    expect(exitCodeFor({ findings: tiers('review') }, 'probable', false)).toBe(0);
    expect(exitCodeFor({ findings: tiers('review', 'probable') }, 'probable', false)).toBe(1);
    expect(exitCodeFor({ findings: tiers('probable') }, 'confirmed', false)).toBe(0);
    expect(exitCodeFor({ findings: tiers('confirmed') }, 'confirmed', false)).toBe(1);
    expect(exitCodeFor({ findings: [] }, 'review', false)).toBe(0);
  });

  it('never fails with fail-on none, nor for suppressed findings', () => {
    expect(exitCodeFor({ findings: tiers('confirmed') }, 'none', false)).toBe(0);
    const suppressed = tiers('confirmed').map((f) => ({ ...f, suppressed: { reason: 'r', expires: 'never' } }));
    expect(exitCodeFor({ findings: suppressed }, 'review', false)).toBe(0);
  });

  it('with a baseline fails for new findings only', () => {
    const unchanged = tiers('confirmed').map((f) => ({ ...f, baseline: 'unchanged' as const }));
    const fresh = tiers('review').map((f) => ({ ...f, baseline: 'new' as const }));
    expect(exitCodeFor({ findings: unchanged }, 'review', true)).toBe(0);
    expect(exitCodeFor({ findings: [...unchanged, ...fresh] }, 'review', true)).toBe(1);
    expect(exitCodeFor({ findings: [...unchanged, ...fresh] }, 'probable', true)).toBe(0);
    expect(exitCodeFor({ findings: unchanged }, 'review', false)).toBe(1);
  });
});

describe('verdict: input problems outrank findings', () => {
  const policy = { failOn: 'review' as const, strict: false, baseline: false };
  const skippedRow = { kind: 'skipped' as const, source: 'a.csv', line: 7, reason: 'unclosed quote' };

  it('an input that could not be read: 3, already said (no problem to print), even with findings', () => {
    const v = verdict({ result: sampleResult(), inputErrors: [new InputError('b.csv', 'no such file')] }, policy);
    expect(v).toEqual({ exitCode: 3, problem: null });
  });

  it('nothing screened: 3 naming every input', () => {
    const result = { ...sampleResult([]), funds: sampleResult().funds.map((f) => ({ ...f, rows: { read: 2, screened: 0, excluded: 2, skipped: 0 } })) };
    result.inputs = [{ source: 'a.csv' }, { source: 'b.csv' }] as typeof result.inputs;
    const v = verdict({ result, inputErrors: [] }, policy);
    expect(v.exitCode).toBe(3);
    expect(v.problem?.message).toBe('a.csv, b.csv: no holdings rows were screened');
    // No input read as holdings at all (a folder of reports): said so, never an empty file name.
    result.inputs = [] as typeof result.inputs;
    expect(verdict({ result, inputErrors: [] }, policy).problem?.message).toBe('inputs: no holdings file among them; no holdings rows were screened');
  });

  it('--strict: a skipped row is 3 naming its file and line, before findings; without --strict findings decide', () => {
    const result = { ...sampleResult(), skipped: [skippedRow] };
    const strict = verdict({ result, inputErrors: [] }, { ...policy, strict: true });
    expect(strict.exitCode).toBe(3);
    expect(strict.problem?.message).toBe('a.csv:7: 1 row(s) skipped (--strict); first: unclosed quote');
    expect(verdict({ result, inputErrors: [] }, policy)).toEqual({ exitCode: 1, problem: null });
    expect(verdict({ result: sampleResult([]), inputErrors: [] }, policy)).toEqual({ exitCode: 0, problem: null });
  });
});
