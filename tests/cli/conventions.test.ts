/**
 * The conventions users of scanners expect: one error style (commander's own errors too), errno in
 * words, the output target checked before any input is read, a summary by tier in the table's last
 * line and in JSON, examples in --help.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const sample = 'fixtures/cli/ishares-em-sample.csv';

describe('conventions', () => {
  it('commander errors read "fundscreen: <what>", with the allowed values named', async () => {
    const r = await runCli(['screen', sample, '--fail-on', 'often']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^fundscreen: option '--fail-on <tier>' argument 'often' is invalid\. Allowed choices are none, review, probable, confirmed\./);
    expect(r.stderr).not.toMatch(/^error:/m);
    const u = await runCli(['screen', sample, '--bogus']);
    expect(u.stderr).toMatch(/^fundscreen: unknown option '--bogus'/);
  });

  it('--output into a missing folder fails before any input is read (exit 2, no per-file line)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fundscreen-out-'));
    const r = await runCli(['screen', sample, '--output', path.join(dir, 'missing', 'report.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^fundscreen: --output .*report\.json: folder .*missing does not exist$/m);
    expect(r.stderr).not.toMatch(/rows? read/);
    const d = await runCli(['screen', sample, '--output', dir]);
    expect(d.stderr).toMatch(/is a folder \(use --out-dir for a folder\)/);
  });

  it('a report is never written over a file the run reads; --output - is standard output', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fundscreen-out-'));
    const fund = path.join(dir, 'fund.csv');
    copyFileSync(sample, fund);
    const before = readFileSync(fund);
    for (const target of [fund, path.join(dir, '.', 'fund.csv')]) {
      const r = await runCli(['screen', fund, '--format', 'csv', '--output', target]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--output .*fund\.csv: is the holdings file .*fund\.csv this run reads/);
    }
    // --out-dir whose report file is the holdings file (a fund file named report.csv in that folder).
    copyFileSync(sample, path.join(dir, 'report.csv'));
    const o = await runCli(['screen', path.join(dir, 'report.csv'), '--format', 'csv', '--out-dir', dir]);
    expect(o.code).toBe(2);
    expect(readFileSync(fund)).toEqual(before);
    const s = await runCli(['screen', sample, '--format', 'json', '--output', '-'], { cwd: dir });
    expect(JSON.parse(s.stdout).schemaVersion).toBe(1);
    expect(existsSync(path.join(dir, '-'))).toBe(false);
  });

  it('errno in words: a missing ignore file', async () => {
    const r = await runCli(['screen', sample, '--ignore', 'no-such-ignore.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^fundscreen: cannot read ignore file no-such-ignore\.json: no such file or folder \(ENOENT\)$/m);
  });

  it('the table ends with the findings by tier; JSON carries the same summary', async () => {
    const t = await runCli(['screen', sample]);
    const last = t.stdout.trimEnd().split('\n').at(-1);
    const json = JSON.parse((await runCli(['screen', sample, '--format', 'json'])).stdout);
    const s = json.summary;
    expect(s.findings).toBe(json.findings.length);
    expect(s.confirmed + s.probable + s.review).toBe(s.findings);
    const parts = (['confirmed', 'probable', 'review'] as const).filter((k) => s[k] > 0).map((k) => `${s[k]} ${k}`);
    expect(last).toBe(`${s.findings} flagged: ${parts.join(', ')}`);
  });

  it('screen --help shows examples', async () => {
    const r = await runCli(['screen', '--help']);
    expect(r.stdout).toMatch(/Examples:\n {2}fundscreen screen EEM_holdings\.csv/);
    expect(r.stdout).toContain('-r, --recursive');
  });
});
