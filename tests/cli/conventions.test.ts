/**
 * The conventions users of scanners expect: one error style (commander's own errors too), errno in
 * words, the output target checked before any input is read, a summary by tier in the table's last
 * line and in JSON, examples in --help.
 */
import { mkdtempSync } from 'node:fs';
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
