import { describe, expect, it } from 'vitest';
import { readFileSync, mkdtempSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli, repoRoot } from '../helpers/cli.js';
import { memoryIO } from '../helpers/memory-io.js';
import { run } from '../../src/cli/main.js';
import { ReportContract } from '../helpers/report-contract.js';
import { useTempDir } from '../helpers/temp-dir.js';

const sample = 'fixtures/cli/ishares-em-sample.csv';
const clean = 'fixtures/cli/no-listed-companies.csv';

describe('fundscreen screen (in-process, through run(argv, io))', () => {
  it('exit 1 and a table naming every listed company in the sample, and not the look-alikes', async () => {
    const r = await runCli(['screen', sample]);
    expect(r.code).toBe(1);
    for (const name of ['HOSHINE SILICON INDUSTRY LTD A', 'IFLYTEK LTD A', 'ZHEJIANG DAHUA TECHNOLOGY LTD A', 'XINJIANG DAQO NEW ENERGY LTD A']) {
      expect(r.stdout).toContain(name);
    }
    expect(r.stdout).not.toContain('GOLDWIND');
    expect(r.stdout).not.toContain('ZHONGTAI');
    expect(r.stdout).not.toContain('\x1b['); // NO_COLOR and not a TTY
  });

  it('--format json follows the schemaVersion-1 contract and accounts for every row', async () => {
    const r = await runCli(['screen', sample, '--format', 'json']);
    expect(r.code).toBe(1);
    const report = ReportContract.parse(JSON.parse(r.stdout));
    expect(report.funds).toHaveLength(1);
    const fund = report.funds[0];
    expect(fund.fund).toBe('iShares MSCI Emerging Markets ETF');
    expect(fund.asOf).toBe('2025-01-17');
    expect(fund.format).toBe('ishares-us');
    // 12 holdings lines: 9 equities screened, money market + futures + cash excluded.
    expect(fund.rows).toEqual({ read: 12, screened: 9, excluded: 3, skipped: 0 });
    const ids = report.findings.map((f) => f.entity.id).sort();
    expect(ids).toEqual(['dahua-technology', 'hoshine-silicon', 'iflytek', 'xinjiang-daqo-new-energy']);
    const hoshine = report.findings.find((f) => f.entity.id === 'hoshine-silicon')!;
    expect(hoshine).toMatchObject({ line: 13, issuer: 'HOSHINE SILICON INDUSTRY LTD A', ticker: '603260', shares: 139200, marketValue: 1008626.83, weightPct: 0.01 });
    expect(hoshine.entity.listings.some((l) => l.date === '2021-06-24')).toBe(true);
    // Findings are sorted by source then line; exposure is the sum of the flagged positions.
    const lines = report.findings.map((f) => f.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    const flagged = [...new Map(report.findings.map((f) => [f.line, f.marketValue ?? 0])).values()].reduce((a, b) => a + b, 0);
    expect(fund.exposure.marketValue).toBeCloseTo(flagged, 2);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack traces
  });

  it('a company held on two lines (two SEDOLs) is two findings, and its exposure is their sum', async () => {
    const r = await runCli(['screen', 'fixtures/cli/vanguard-two-lines.csv', '--format', 'json']);
    expect(r.code).toBe(1);
    const report = ReportContract.parse(JSON.parse(r.stdout));
    expect(report.findings.map((f) => [f.line, f.sedol, f.entity.id])).toEqual([
      [9, 'B450X03', 'hikvision'],
      [11, 'BD5CPQ2', 'hikvision'],
    ]);
    expect(report.funds[0].exposure.marketValue).toBeCloseTo(31271687.03 + 1301915.4, 2);
  });

  it('exit 0 when nothing is flagged', async () => {
    const r = await runCli(['screen', clean]);
    expect(r.code).toBe(0);
  });

  it('--fail-on none reports findings but exits 0; --fail-on confirmed still fails on identifier hits', async () => {
    const none = await runCli(['screen', sample, '--fail-on', 'none']);
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('HOSHINE');
    const confirmed = await runCli(['screen', sample, '--fail-on', 'confirmed']);
    expect(confirmed.code).toBe(1);
  });

  it('reads stdin with "-"', async () => {
    const r = await runCli(['screen', '-', '--format', 'json'], { input: readFileSync(path.join(repoRoot, sample)) });
    expect(r.code).toBe(1);
    const report = ReportContract.parse(JSON.parse(r.stdout));
    expect(report.funds[0].source).toBe('-');
    expect(report.findings.length).toBeGreaterThanOrEqual(4);
  });

  it('--output writes the report to a file and nothing to stdout', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fundscreen-'));
    const out = path.join(dir, 'report.json');
    const r = await runCli(['screen', sample, '--format', 'json', '--output', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(true);
    ReportContract.parse(JSON.parse(readFileSync(out, 'utf8')));
  });

  it('stdout carries only the report: logs go to stderr', async () => {
    const r = await runCli(['screen', sample, '--format', 'json']);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    expect(r.stderr).toContain('rows read');
  });

  it('a finding from a list of names only says that its list states no listing, in every report that shows listings', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fs-names-only-'));
    const list = path.join(dir, 'names.csv');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(list, 'name\nHoshine Silicon Industry Co., Ltd.\n');
    for (const format of ['table', 'markdown', 'html']) {
      const r = await runCli(['screen', sample, '--list', list, '--no-default-list', '--format', format]);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('no listing stated (its list gives names only)');
    }
  });

  it('exit 2 on usage errors (unknown flag, bad choice, no list)', async () => {
    expect((await runCli(['screen', sample, '--bogus'])).code).toBe(2);
    const badFormat = await runCli(['screen', sample, '--format', 'yaml']);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toMatch(/yaml/);
    expect((await runCli(['screen', sample, '--no-default-list'])).code).toBe(2);
    expect((await runCli(['screen'])).code).toBe(2);
    expect((await runCli(['frobnicate'])).code).toBe(2);
  });

  it('exit 3 with one line naming the file when the input cannot be read', async () => {
    const missing = await runCli(['screen', 'fixtures/cli/does-not-exist.csv']);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('does-not-exist.csv');
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    const garbage = await runCli(['screen', 'fixtures/cli/not-holdings.txt']);
    expect(garbage.code).toBe(3);
    expect(garbage.stderr).toContain('not-holdings.txt');
  });

  it('exit 4 with a one-line message (stack only with --verbose) on an internal error', async () => {
    // An internal failure in-process: a stdout whose write throws a plain Error.
    const crashing = (argv: string[]) => {
      const m = memoryIO({ cwd: repoRoot });
      m.io.stdout.write = () => {
        throw new Error('simulated internal failure');
      };
      return run(argv, m.io).then((code) => ({ code, stderr: m.stderr() }));
    };
    const r = await crashing(['screen', clean]);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('fundscreen: internal error: simulated internal failure\n');
    expect(r.stderr).toContain('run again with --verbose');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const v = await crashing(['--verbose', 'screen', clean]);
    expect(v.code).toBe(4);
    expect(v.stderr).toMatch(/\n\s+at /);
  });

  it('--version prints the version alone', async () => {
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('--help lists every option with its default, and the exit codes', async () => {
    const top = await runCli(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toContain('Exit codes');
    const r = await runCli(['screen', '--help']);
    expect(r.code).toBe(0);
    for (const opt of ['--format', '--output', '--list', '--no-default-list', '--fail-on', '--min-tier', '--no-color', '--quiet']) {
      expect(r.stdout).toContain(opt);
    }
    const flat = r.stdout.replace(/\s+/g, ' '); // help wraps at 80 columns off a TTY
    expect(flat).toContain('default: "table"');
    expect(flat).toContain('default: "review"');
    expect(flat).toContain('Exit codes');
  });
});

describe('tickers written with their market as data vendors write them', () => {
  it('a Bloomberg ticker on its own market confirms a listed name, a Chinese prefix reads, and a code alone against another name is review', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fs-tickers-'));
    const file = path.join(dir, 'tickers.csv');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, 'Security,Ticker,Weight\nHOSHINE SILICON,603260 CG Equity,1\nSOME COMPANY,SH603260,1\nOTHER CO,603260 ZZ,1\n');
    const r = await runCli(['screen', file, '--format', 'json']);
    const found = JSON.parse(r.stdout).findings.map((f: { line: number; tier: string; match: { method: string } }) => [f.line, f.tier, f.match.method]);
    expect(found).toEqual([[2, 'confirmed', 'ticker'], [3, 'review', 'ticker']]);
  });
});

describe('--min-tier says what it leaves out', () => {
  it('a probable match below --min-tier confirmed: no "none matched", a warning in every format with its count', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fundscreen-mintier-'));
    const fund = path.join(dir, 'fund.csv');
    writeFileSync(fund, 'Name,Market Value\nZHEJIANG DAHUA TECHNOLGY,1000\nAPPLE INC,5\n');
    const t = await runCli(['screen', fund, '--min-tier', 'confirmed']);
    expect(t.code).toBe(0);
    expect(t.stdout).not.toMatch(/none matched a listed company/);
    expect(t.stdout).toMatch(/No findings at or above confirmed: 2 rows screened in 1 fund; 1 match\(es\) below it left out of this report \(1 probable\)/);
    const j = await runCli(['screen', fund, '--min-tier', 'confirmed', '--format', 'json']);
    expect((JSON.parse(j.stdout) as { warnings: string[] }).warnings).toEqual(expect.arrayContaining([expect.stringMatching(/^--min-tier confirmed: 1 match\(es\) below it left out/)]));
    // Without it, the match is a finding and nothing is said.
    const all = await runCli(['screen', fund, '--format', 'json']);
    expect((JSON.parse(all.stdout) as { warnings: string[] }).warnings.some((w) => w.startsWith('--min-tier'))).toBe(false);
  });
  it('a baseline rolls forward: --baseline and --output may name one file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fundscreen-roll-'));
    const report = path.join(dir, 'report.json');
    expect((await runCli(['screen', sample, '--format', 'json', '--output', report])).code).toBe(1);
    const r = await runCli(['screen', sample, '--format', 'json', '--baseline', report, '--output', report]);
    expect(r.code, r.stderr).toBe(0); // nothing new since the baseline
    expect((JSON.parse(readFileSync(report, 'utf8')) as { findings: Array<{ baseline: string }> }).findings.every((f) => f.baseline === 'unchanged')).toBe(true);
  });
  it('with a baseline, a holding still held but below --min-tier is not "resolved" (it was not sold)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fundscreen-mintier-baseline-'));
    const fund = path.join(dir, 'fund.csv');
    writeFileSync(fund, 'Name,Ticker,Market Value\nHOSHINE SILICON INDUSTRY CO LTD,603260,1000\nZHEJIANG DAHUA TECHNOLGY,,1000\nAPPLE INC,,5\n');
    const base = path.join(dir, 'base.json');
    expect((await runCli(['screen', fund, '--format', 'json', '--output', base])).code).toBe(1);
    const tiers = (JSON.parse(readFileSync(base, 'utf8')) as { findings: Array<{ tier: string }> }).findings.map((f) => f.tier);
    expect(tiers).toEqual(['confirmed', 'probable']);
    const r = await runCli(['screen', fund, '--format', 'json', '--baseline', base, '--min-tier', 'confirmed']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { findings: Array<{ baseline: string }>; resolved?: unknown[]; warnings: string[] };
    expect(report.findings.map((f) => f.baseline)).toEqual(['unchanged']);
    expect(report.resolved ?? []).toEqual([]);
    expect(report.warnings).toEqual(expect.arrayContaining([expect.stringMatching(/^--min-tier confirmed: 1 match\(es\) below it left out/)]));
    // Really gone: resolved as before.
    writeFileSync(fund, 'Name,Ticker,Market Value\nHOSHINE SILICON INDUSTRY CO LTD,603260,1000\nAPPLE INC,,5\n');
    const gone = JSON.parse((await runCli(['screen', fund, '--format', 'json', '--baseline', base, '--min-tier', 'confirmed'])).stdout) as { resolved: Array<{ issuer: string }> };
    expect(gone.resolved.map((f) => f.issuer)).toEqual(['ZHEJIANG DAHUA TECHNOLGY']);
  });
});

describe('a run that exits 3 with every input read says why in the report', () => {
  const dir = useTempDir('fundscreen-exit3-');
  const short = path.join(dir, 'short.csv');
  writeFileSync(short, 'Name,Market Value\nAPPLE INC,1000\nHOSHINE SILICON INDUSTRY CO LTD\n');
  const headerOnly = path.join(dir, 'header-only.csv');
  writeFileSync(headerOnly, 'Name,Market Value\n');
  const ok = path.join(dir, 'ok.csv');
  writeFileSync(ok, 'Name,Market Value\nAPPLE INC,1000\n');

  it.each([
    ['--strict and a skipped row', [short, '--strict'], [{ source: short, line: 3, reason: '1 row(s) skipped (--strict); first: ragged row: 1 fields, the header at line 1 has 2' }]],
    ['nothing screened', [headerOnly], [{ source: headerOnly, line: null, reason: 'no holdings rows were screened' }]],
  ])('%s: JSON errors[] holds the reason for exit 3, and the table says it', async (_name, args, errors) => {
    const json = await runCli(['screen', ...args, '--format', 'json', '--max-list-age', '100000']);
    expect(json.code).toBe(3);
    const report = ReportContract.parse(JSON.parse(json.stdout));
    expect(report.errors).toEqual(errors);
    const table = await runCli(['screen', ...args, '--max-list-age', '100000']);
    expect(table.code).toBe(3);
    expect(table.stdout).toContain('The run fails (exit 3):');
    expect(table.stdout.replace(/\s+/g, ' ')).toContain(errors[0].reason);
  });

  it('a run that passes has no errors', async () => {
    const json = await runCli(['screen', ok, '--format', 'json', '--strict']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).errors).toEqual([]);
  });
});
