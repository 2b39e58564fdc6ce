import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { applySuppressions, loadSuppressions, parseSuppressions } from '../../src/screen/suppress.js';
import { repoRoot } from '../helpers/cli.js';
import { sampleFindings } from '../report/sample-result.js';

const fixture = (name: string) => path.join(repoRoot, 'fixtures', 'config', name);

describe('loading an ignore file', () => {
  it('reads valid entries', async () => {
    const entries = await loadSuppressions(fixture('ignore-valid.json'));
    expect(entries).toHaveLength(2);
    expect(entries[1]).toEqual({ entity: 'hikvision', ticker: '002415', reason: 'Held via index; divestment scheduled', expires: 'never' });
  });

  it('lists every problem of every bad entry, naming the entry index', async () => {
    const err = await loadSuppressions(fixture('ignore-bad.json')).catch((e) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect(err.exitCode).toBe(2);
    const msg: string = err.message;
    expect(msg).toContain('ignore-bad.json');
    // Entries are counted from 1 (the file's first entry, valid, is entry 1).
    expect(msg).toMatch(/entry 2: unknown key "reasn"/);
    expect(msg).toMatch(/entry 2: missing "reason"/);
    expect(msg).toMatch(/entry 3: "reason"/);
    expect(msg).toMatch(/entry 3: "expires"/);
    expect(msg).toMatch(/entry 4: missing "expires"/);
    expect(msg).toMatch(/entry 5: unknown key "ignoreUntil"/);
    expect(msg).toMatch(/entry 5: missing "entity"/);
    expect(msg).not.toMatch(/entry [01]:/);
  });

  it('rejects a file that is not a JSON array, or not JSON, or missing', async () => {
    expect(() => parseSuppressions('{"entity":"x"}', 'i.json')).toThrow(/expected a JSON array/);
    expect(() => parseSuppressions('[{', 'i.json')).toThrow(/not valid JSON/);
    await expect(loadSuppressions(fixture('nope.json'))).rejects.toThrow(/cannot read ignore file .*ENOENT/);
  });
});

describe('applying suppressions', () => {
  const today = '2026-11-26';

  it('suppresses matching findings with the reason and expiry, narrowing by fund, ticker and isin', () => {
    const { findings, warnings } = applySuppressions(
      sampleFindings(),
      [
        { entity: 'dahua-technology', fund: 'Total World Stock ETF (VT)', reason: 'r1', expires: '2027-06-30' },
        { entity: 'iflytek', ticker: '002230', reason: 'r2', expires: 'never' },
      ],
      today,
    );
    const suppressed = findings.filter((f) => f.suppressed).map((f) => [f.position.line, f.suppressed!.reason]);
    // Dahua only in VT (line 5292), not in EEM (1054); iFlytek in both funds (ticker 002230).
    expect(suppressed).toEqual([[919, 'r2'], [4898, 'r2'], [5292, 'r1']]);
    expect(warnings).toEqual([]);
  });

  it('matches a fund by its source path too, and an isin case-insensitively', () => {
    const base = sampleFindings();
    base[0] = { ...base[0], position: { ...base[0].position, ids: { ...base[0].position.ids, isin: 'CNE100000B24' } } };
    const { findings } = applySuppressions(base, [
      { entity: 'iflytek', isin: 'cne100000b24', fund: 'ishares/EEM_holdings__ViktorLor_2025-01.csv', reason: 'r', expires: 'never' },
    ], today);
    expect(findings.filter((f) => f.suppressed).map((f) => f.position.line)).toEqual([919]);
  });

  it('stops suppressing after the expiry date and warns with the entry and its expiry', () => {
    const entries = [{ entity: 'hikvision', reason: 'r', expires: '2026-11-25' }];
    const expired = applySuppressions(sampleFindings(), entries, today);
    expect(expired.findings.every((f) => f.suppressed === null)).toBe(true);
    expect(expired.warnings).toEqual(['ignore entry 1 (entity hikvision) expired on 2026-11-25; it no longer suppresses anything']);
    const lastDay = applySuppressions(sampleFindings(), [{ ...entries[0], expires: today }], today);
    expect(lastDay.findings.filter((f) => f.suppressed)).toHaveLength(1);
  });

  it('warns about entries that suppressed nothing', () => {
    const { warnings } = applySuppressions(sampleFindings(), [
      { entity: 'hikvision', reason: 'r', expires: 'never' },
      { entity: 'hikvision', ticker: '999999', reason: 'typo', expires: 'never' },
      { entity: 'no-such-entity', reason: 'r', expires: 'never' },
    ], today);
    expect(warnings).toEqual([
      'ignore entry 2 (entity hikvision, ticker 999999) suppressed nothing in this run',
      'ignore entry 3 (entity no-such-entity) suppressed nothing in this run',
    ]);
  });

  it('names an entity id that is in none of the lists used, with the nearest ids', () => {
    const known = new Set(['hikvision', 'hoshine-silicon', 'iflytek', 'dahua-technology']);
    const { warnings } = applySuppressions(sampleFindings(), [
      { entity: 'hikvision', reason: 'r', expires: 'never' },
      { entity: 'hoshin', reason: 'typo', expires: 'never' },
      { entity: 'hikvison', ticker: '002415', reason: 'typo', expires: 'never' },
      { entity: 'zzz-unknown', reason: 'r', expires: 'never' },
      { entity: 'iflytek', ticker: '999999', reason: 'listed, nothing held', expires: 'never' },
    ], today, known);
    expect(warnings).toEqual([
      'ignore entry 2 (entity hoshin) names no entity of the lists used (did you mean hoshine-silicon?); it suppressed nothing',
      'ignore entry 3 (entity hikvison, ticker 002415) names no entity of the lists used (did you mean hikvision?); it suppressed nothing',
      'ignore entry 4 (entity zzz-unknown) names no entity of the lists used; it suppressed nothing',
      'ignore entry 5 (entity iflytek, ticker 999999) suppressed nothing in this run',
    ]);
  });
});
