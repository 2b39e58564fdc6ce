/**
 * The screen command end to end with suppressions, baselines, config and environment: what a
 * nightly job relies on. Pure parts are unit-tested in tests/screen and tests/config.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli, repoRoot } from '../helpers/cli.js';
import { ReportContract } from '../helpers/report-contract.js';

const sample = path.join(repoRoot, 'fixtures/cli/ishares-em-sample.csv');
const tmp = () => mkdtempSync(path.join(tmpdir(), 'fundscreen-settings-'));
const ALL = ['hoshine-silicon', 'iflytek', 'dahua-technology', 'xinjiang-daqo-new-energy'];

describe('screen with --ignore', () => {
  it('suppressed findings stay in JSON with their reason, stop failing the run, and are counted', async () => {
    const dir = tmp();
    const ignore = path.join(dir, 'ignore.json');
    writeFileSync(ignore, JSON.stringify(ALL.map((entity) => ({ entity, reason: 'reviewed by compliance, ticket 42', expires: 'never' }))));
    const r = await runCli(['screen', sample, '--format', 'json', '--ignore', ignore]);
    expect(r.code).toBe(0);
    const report = ReportContract.parse(JSON.parse(r.stdout));
    expect(report.findings.length).toBe(4);
    expect(report.findings.every((f) => f.suppressed)).toBe(true);
    expect(report.funds[0].findings).toBe(0);
    const table = await runCli(['screen', sample, '--ignore', ignore]);
    expect(table.stdout).not.toContain('HOSHINE SILICON INDUSTRY LTD A');
    expect(table.stdout).toMatch(/suppressed/i);
  });

  it('an expired entry no longer suppresses and warns', async () => {
    const dir = tmp();
    const ignore = path.join(dir, 'ignore.json');
    writeFileSync(ignore, JSON.stringify([{ entity: 'hoshine-silicon', reason: 'temporary', expires: '2020-01-01' }]));
    const r = await runCli(['screen', sample, '--format', 'json', '--ignore', ignore]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/expired/);
    expect(JSON.parse(r.stdout).findings.find((f: { entity: { id: string } }) => f.entity.id === 'hoshine-silicon').suppressed).toBe(false);
  });

  it('an entry without a reason is a usage error (exit 2) naming it', async () => {
    const dir = tmp();
    const ignore = path.join(dir, 'ignore.json');
    writeFileSync(ignore, JSON.stringify([{ entity: 'hoshine-silicon', expires: 'never' }]));
    const r = await runCli(['screen', sample, '--ignore', ignore]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/reason/);
  });
});

describe('screen with --baseline', () => {
  it('a rerun against its own report has no new findings (exit 0); a missing baseline warns and all is new', async () => {
    const dir = tmp();
    const base = path.join(dir, 'base.json');
    expect((await runCli(['screen', sample, '--format', 'json', '--output', base])).code).toBe(1);
    const again = await runCli(['screen', sample, '--format', 'json', '--baseline', base]);
    expect(again.code).toBe(0);
    const report = JSON.parse(again.stdout);
    expect(report.findings.map((f: { baseline: string }) => f.baseline)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);
    expect(report.resolved).toEqual([]);

    const missing = await runCli(['screen', sample, '--format', 'json', '--baseline', path.join(dir, 'nope.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/not found/);
  });

  it('findings gone since the baseline are listed as resolved; a malformed baseline is exit 2', async () => {
    const dir = tmp();
    const base = path.join(dir, 'base.json');
    await runCli(['screen', sample, '--format', 'json', '--output', base]);
    const fewer = path.join(dir, 'fewer.csv');
    writeFileSync(fewer, readFileSync(sample, 'utf8').split('\n').filter((l) => !l.includes('HOSHINE')).join('\n'));
    const r = await runCli(['screen', fewer, '--format', 'json', '--baseline', base]);
    const report = JSON.parse(r.stdout);
    expect(report.resolved.map((x: { entityId: string }) => x.entityId)).toEqual(['hoshine-silicon']);
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, '{"schemaVersion": 1');
    expect((await runCli(['screen', sample, '--baseline', bad])).code).toBe(2);
  });
});

describe('settings precedence and determinism', () => {
  it('fundscreen.config.json in the working folder applies; FUNDSCREEN_* beats it; a flag beats both', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'fundscreen.config.json'), JSON.stringify({ format: 'jsonl', failOn: 'none' }));
    const fromFile = await runCli(['screen', sample], { cwd: dir });
    expect(fromFile.code).toBe(0);
    expect(fromFile.stdout.trim().split('\n')).toHaveLength(4);
    const fromEnv = await runCli(['screen', sample], { cwd: dir, env: { FUNDSCREEN_FORMAT: 'json' } });
    expect(JSON.parse(fromEnv.stdout).schemaVersion).toBe(1);
    const fromFlag = await runCli(['screen', sample, '--format', 'csv', '--fail-on', 'review'], { cwd: dir, env: { FUNDSCREEN_FORMAT: 'json' } });
    expect(fromFlag.code).toBe(1);
    expect(fromFlag.stdout.split('\r\n')[0]).toMatch(/^source,line,/);
  });

  it('an unknown key in the config file is exit 2', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'fundscreen.config.json'), JSON.stringify({ failOnn: 'none' }));
    const r = await runCli(['screen', sample], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('failOnn');
  });

  it('a delimiter that cannot separate cells (a line break, the quote) is a configuration error, exit 2 in one line naming where it was set', async () => {
    const dir = tmp();
    const holdings = path.join(dir, 'h.csv');
    writeFileSync(holdings, 'Company,Market Value\nACME Corp,100\n');
    for (const [delimiter, why] of [['\n', 'a line feed'], ['\r', 'a carriage return'], ['"', 'the quote character']] as const) {
      writeFileSync(path.join(dir, 'bad.json'), JSON.stringify({ delimiter }));
      const fromFile = await runCli(['screen', holdings, '--config', 'bad.json'], { cwd: dir });
      expect(fromFile.code).toBe(2);
      expect(fromFile.stderr).toBe(`fundscreen: bad.json: "delimiter": ${JSON.stringify(delimiter)} cannot be the field delimiter: ${why}${delimiter === '"' ? ' (") quotes cells and cannot separate them' : ' ends a row and cannot separate its cells'}\n`);
      const fromEnv = await runCli(['screen', holdings], { cwd: dir, env: { FUNDSCREEN_DELIMITER: delimiter } });
      expect([fromEnv.code, fromEnv.stderr]).toEqual([2, expect.stringMatching(/^fundscreen: FUNDSCREEN_DELIMITER: .* cannot be the field delimiter/)]);
      const fromFlag = await runCli(['inspect', holdings, '--delimiter', delimiter], { cwd: dir });
      expect([fromFlag.code, fromFlag.stderr]).toEqual([2, expect.stringContaining('cannot be the field delimiter')]);
    }
  });

  it('SOURCE_DATE_EPOCH makes two runs byte-identical', async () => {
    const env = { SOURCE_DATE_EPOCH: '1764115200' };
    const a = await runCli(['screen', sample, '--format', 'json'], { env });
    const b = await runCli(['screen', sample, '--format', 'json'], { env });
    expect(a.stdout).toBe(b.stdout);
    expect(JSON.parse(a.stdout).generatedAt).toBe('2025-11-26T00:00:00.000Z');
  });

  it('--out-dir writes one report per format', async () => {
    const dir = tmp();
    const r = await runCli(['screen', sample, '--format', 'json,csv,html', '--out-dir', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(readdirSync(dir).sort()).toEqual(['report.csv', 'report.html', 'report.json']);
  });
});
