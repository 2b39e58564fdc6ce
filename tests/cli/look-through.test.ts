import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/cli.js';
import { ReportContract } from '../helpers/report-contract.js';

const dir = 'fixtures/lookthrough/portfolio';
const args = [
  'screen', `${dir}/portfolio.csv`, '--quiet',
  '--look-through', `${dir}/EEM_holdings.csv`, `VXUS,VTIAX=${dir}/total-international.csv`, `VFIFX=${dir}/target-2050.csv`,
];

describe('fundscreen screen --look-through (the portfolio fixture, real readers and list)', () => {
  it('JSON: every figure of the fixture README, direct and indirect apart, schemaVersion 1 kept', async () => {
    const r = await runCli([...args, '--format', 'json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    ReportContract.parse(json);
    expect(json.schemaVersion).toBe(1);
    const lt = json.lookThrough;
    const byId = Object.fromEntries(lt.entities.map((e: { id: string }) => [e.id, e]));
    // 100,000 x 1 % (EEM) + 50,000 x 2 % (VXUS) + 40,000 x 40 % x 2 % (VFIFX -> VTIAX)
    expect(byId['hoshine-silicon']).toMatchObject({ direct: [], indirect: [{ amount: 2320, currency: 'USD' }], indirectPaths: 3, indirectShares: 200 + 200 + 64 });
    expect(byId.iflytek).toMatchObject({ direct: [{ amount: 5000, currency: 'USD' }], indirect: [{ amount: 3000, currency: 'USD' }], directShares: 800, indirectShares: 500 });
    expect(lt.holders).toEqual([expect.objectContaining({ direct: [{ amount: 5000, currency: 'USD' }], indirect: [{ amount: 5320, currency: 'USD' }] })]);
    const deepest = lt.findings.find((f: { path: unknown[] }) => f.path.length === 2);
    expect(deepest.path.map((s: { matchedBy: string }) => s.matchedBy)).toEqual(['ticker VFIFX', 'ticker VTIAX']);
    expect(deepest).toMatchObject({ indirect: true, fundWeightPct: 2, pathWeightPct: 0.8, exposure: { amount: 320, currency: 'USD' } });
    expect(lt.notLookedThrough).toEqual([expect.objectContaining({ line: 5, issuer: 'iShares MSCI China ETF', value: { amount: 20000, currency: 'USD' } })]);
    // Rows of every file are accounted for: the portfolio in funds, the funds read for it in lookThrough.funds.
    expect(json.funds.map((f: { rows: unknown }) => f.rows)).toEqual([{ read: 5, screened: 5, excluded: 0, skipped: 0 }]);
    expect(lt.funds.map((f: { rows: { read: number } }) => f.rows.read)).toEqual([5, 3, 2]);
  });

  it('every human format shows the indirect findings and the position not looked through', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'fundscreen-lt-'));
    const r = await runCli([...args, '--format', 'table,markdown,html,csv,jsonl,sarif', '--out-dir', out]);
    expect(r.code).toBe(1);
    const sarif = JSON.parse(readFileSync(path.join(out, 'report.sarif'), 'utf8'));
    expect(sarif.runs[0].properties.notLookedThrough).toEqual([expect.objectContaining({ holder: { source: 'portfolio.csv', fund: 'portfolio.csv' }, line: 5, issuer: 'iShares MSCI China ETF', value: { amount: 20000, currency: 'USD' } })]);
    for (const file of ['report.txt', 'report.md', 'report.html']) {
      const text = readFileSync(path.join(out, file), 'utf8');
      expect(text, file).toContain('Indirect findings');
      expect(text, file).toContain('Not looked through');
      // The table wraps at 80 columns: words may be split over lines.
      expect(text, file).toMatch(/iShares\s+MSCI\s+China\s+ETF/);
      expect(text, file).toMatch(/USD\s+2,320\.00/);
      expect(text, file).toMatch(/Vanguard\s+Target\s+Retirement\s+2050\s+Fund\s+→/);
    }
    const csv = readFileSync(path.join(out, 'report.csv'), 'utf8').trim().split('\r\n');
    expect(csv).toHaveLength(1 + 1 + 4 + 1); // header, one direct, four indirect paths, one position not looked through
    expect(csv[0]).toMatch(/,indirect,holder,path,fund_weight_pct,path_weight_pct,exposure,exposure_currency,look_through_shares,reason$/);
    const rows = parse(csv.join('\r\n'), { columns: true }) as Record<string, string>[];
    expect(rows.map((x) => [x.record, x.indirect])).toEqual([['finding', 'false'], ...Array(4).fill(['finding', 'true']), ['not-looked-through', '']]);
    // The fixture README: line 5, the iShares MSCI China ETF, USD 20,000, joins no file.
    expect(rows[5]).toMatchObject({ source: 'portfolio.csv', line: '5', issuer: 'iShares MSCI China ETF', market_value: '20000', currency: 'USD', holder: 'portfolio.csv' });
    expect(rows[5].reason).toMatch(/^no holdings file joins this position/);
    const jsonl = readFileSync(path.join(out, 'report.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(jsonl.map((f) => [f.record, f.indirect ?? false])).toEqual([['finding', false], ...Array(4).fill(['finding', true]), ['not-looked-through', false]]);
    expect(jsonl[5]).toMatchObject({ line: 5, issuer: 'iShares MSCI China ETF', value: { amount: 20000, currency: 'USD' } });
  });

  it('a plain run is unchanged: no lookThrough block, CSV keeps its columns', async () => {
    const r = await runCli(['screen', `${dir}/portfolio.csv`, '--quiet', '--format', 'json']);
    expect(JSON.parse(r.stdout).lookThrough).toBeUndefined();
    const csv = await runCli(['screen', `${dir}/portfolio.csv`, '--quiet', '--format', 'csv']);
    expect(csv.stdout.split('\r\n')[0]).not.toContain('indirect');
  });

  it('three N-PORT quarters in one run: history in JSON, each finding dated against its listings, --baseline still works', async () => {
    const quarters = ['2024-03', '2024-06', '2024-09'].map((q) => `fixtures/lookthrough/nport/${q}`);
    const first = await runCli(['screen', ...quarters, '--look-through', '--quiet', '--format', 'json']);
    expect(first.code).toBe(1);
    const json = JSON.parse(first.stdout);
    const star = json.history.families.find((t: { family: string }) => t.family === 'FIXTURE STAR FUNDS');
    expect(star.points.map((p: { asOf: string; shares: number; indirectShares: number }) => [p.asOf, p.shares, p.indirectShares])).toEqual([
      ['2024-03-31', 1_000_000, 400_000], ['2024-06-30', 1_100_000, 440_000], ['2024-09-30', 900_000, 360_000],
    ]);
    const finding = json.findings.find((f: { asOf: string; fund: string }) => f.asOf === '2024-09-30' && f.fund === 'Fixture Total International Stock Index Fund');
    expect(finding.listingTiming).toEqual([{ list: 'CBP WRO', date: '2021-06-24', relation: 'after', text: 'held 3 years 3 months after the CBP WRO of 2021-06-24' }]);
    const dir = mkdtempSync(path.join(tmpdir(), 'fundscreen-lt-base-'));
    const baseline = path.join(dir, 'baseline.json');
    writeFileSync(baseline, first.stdout);
    const again = await runCli(['screen', ...quarters, '--look-through', '--quiet', '--format', 'json', '--baseline', baseline]);
    expect(again.code).toBe(0); // nothing new
    const second = JSON.parse(again.stdout);
    expect(second.findings.every((f: { baseline: string }) => f.baseline === 'unchanged')).toBe(true);
    expect(second.resolved).toEqual([]);
    expect(second.history).toEqual(json.history);
  });

  it('every human format dates a finding against its listings (the iShares sample, as of 2025-01-17)', async () => {
    for (const format of ['table', 'markdown', 'html']) {
      const r = await runCli(['screen', 'fixtures/cli/ishares-em-sample.csv', '--quiet', '--format', format]);
      expect(r.stdout, format).toMatch(/CBP WRO[^\n]*2021-06-24[\s\S]{0,400}?held 3 years 6 months after/);
    }
  });
});

