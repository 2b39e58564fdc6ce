/**
 * With --baseline, indirect findings are new or unchanged like direct ones: matched on holder,
 * route (each fund on the path, by name), entity and holding identifiers; a new one fails the run,
 * unchanged ones do not; a baseline without look-through makes every indirect finding new.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ReportContract } from '../helpers/report-contract.js';

const dir = 'fixtures/lookthrough/portfolio';
const args = ['screen', `${dir}/portfolio.csv`, '--quiet', '--format', 'json', '--look-through', `${dir}/EEM_holdings.csv`, `VXUS,VTIAX=${dir}/total-international.csv`, `VFIFX=${dir}/target-2050.csv`];
const tmp = mkdtempSync(path.join(tmpdir(), 'fundscreen-lt-baseline-'));

interface Indirect { entity: { id: string }; path: unknown[]; baseline?: string }

async function run(extra: string[] = []) {
  const r = await runCli([...args, ...extra]);
  const json = ReportContract.parse(JSON.parse(r.stdout)) as unknown as { findings: { baseline?: string }[]; lookThrough: { findings: Indirect[] } };
  return { code: r.code, json };
}

function save(name: string, report: unknown): string {
  const file = path.join(tmp, name);
  writeFileSync(file, JSON.stringify(report));
  return file;
}

describe('look-through with --baseline', () => {
  it('the same run again: every indirect finding unchanged, exit 0', async () => {
    const first = await run();
    expect(first.code).toBe(1);
    expect(first.json.lookThrough.findings.every((f) => f.baseline === undefined)).toBe(true);
    const again = await run(['--baseline', save('same.json', first.json)]);
    expect(again.json.lookThrough.findings.map((f) => f.baseline)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);
    expect(again.json.findings.map((f) => f.baseline)).toEqual(['unchanged']);
    expect(again.code).toBe(0);
  });

  it('a path the baseline lacks is new and fails the run; the others stay unchanged', async () => {
    const first = await run();
    const without = structuredClone(first.json);
    // Drop the deepest path (portfolio -> target 2050 -> total international -> Hoshine) from the baseline.
    without.lookThrough.findings = without.lookThrough.findings.filter((f) => f.path.length !== 2);
    const r = await run(['--baseline', save('without-deepest.json', without)]);
    const status = r.json.lookThrough.findings.map((f) => [f.entity.id, f.path.length, f.baseline]);
    expect(status.filter(([, , b]) => b === 'new')).toEqual([['hoshine-silicon', 2, 'new']]);
    expect(status.filter(([, , b]) => b === 'unchanged')).toHaveLength(3);
    expect(r.code).toBe(1);
  });

  it('a baseline written without --look-through: every indirect finding is new (exit 1); the direct one unchanged', async () => {
    const plain = await runCli(['screen', `${dir}/portfolio.csv`, '--quiet', '--format', 'json']);
    const r = await run(['--baseline', save('plain.json', JSON.parse(plain.stdout))]);
    expect(r.json.findings.map((f) => f.baseline)).toEqual(['unchanged']);
    expect(r.json.lookThrough.findings.every((f) => f.baseline === 'new')).toBe(true);
    expect(r.code).toBe(1);
  });

  it('table, markdown and html show the status with each indirect finding\'s tier', async () => {
    const first = await run();
    const without = structuredClone(first.json);
    without.lookThrough.findings = without.lookThrough.findings.filter((f) => f.path.length !== 2);
    const base = save('without-deepest-2.json', without);
    for (const format of ['table', 'markdown', 'html']) {
      const r = await runCli([...args.filter((a) => a !== 'json' && a !== '--format'), '--format', format, '--baseline', base, '--max-list-age', '100000']);
      expect(r.stdout.match(/confirmed,\s+new/g), format).toHaveLength(1);
      expect(r.stdout.match(/confirmed,\s+unchanged/g), format).toHaveLength(3);
    }
  });
});
