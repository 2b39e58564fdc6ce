/**
 * Issue 8, nothing lost: one screen over every holdings fixture in the repo (found on disk, so new
 * fixtures are covered as they land). For each fund read = screened + excluded + skipped, skipped[]
 * lists exactly the skipped rows with lines inside their file, and every input is accounted for:
 * reported as a fund, or named by an error line (a truncated file is both).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { errorLines, expectAccounting, expectNoStack, screenJson, type JsonReport } from './expect-cli.js';

const HOLDINGS = /\.(csv|tsv|txt|xml|gz|xlsx|xls|zip)$/i;
const DATASET_MARKERS = ['FUND_REPORTED_HOLDING.tsv', 'INFOTABLE.tsv'];

/** Every holdings file under fixtures/{cli,bad,holdings}; a data-set folder is one input. */
function fixtureInputs(): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    const entries = readdirSync(path.join(repoRoot, rel), { withFileTypes: true });
    if (entries.some((e) => e.isFile() && DATASET_MARKERS.includes(e.name))) {
      out.push(rel);
      return;
    }
    for (const e of entries) {
      const child = `${rel}/${e.name}`;
      if (e.isDirectory()) walk(child);
      else if (e.isFile() && HOLDINGS.test(e.name)) out.push(child);
    }
  };
  for (const dir of ['fixtures/cli', 'fixtures/bad', 'fixtures/holdings']) walk(dir);
  return out.sort();
}

describe('every fixture, one screen: nothing lost', () => {
  const inputs = fixtureInputs();
  let report: JsonReport;
  let stderr: string;
  beforeAll(async () => {
    const run = await screenJson(inputs);
    expect(run.r.code).toBe(3); // fixtures/bad holds unreadable files
    expectNoStack(run.r);
    report = run.report;
    stderr = run.r.stderr;
  }, 120_000);

  it('covers the fixtures of every area', () => {
    expect(inputs.length).toBeGreaterThan(40);
    expect(report.funds.length).toBeGreaterThan(30);
    expect(new Set(report.funds.map((f) => f.format)).size).toBeGreaterThanOrEqual(9);
  });

  it('rows.read = screened + excluded + skipped for every fund; skipped[] matches the counts, lines inside the file', () => {
    expectAccounting(report);
  });

  it('every input is reported as a fund or named by exactly one error line', () => {
    const errors = errorLines(stderr);
    for (const input of inputs) {
      const reported = report.funds.some((f) => f.source === input || f.source.startsWith(`${input}/`));
      const named = errors.filter((l) => l.startsWith(`fundscreen: ${input}:`) || l.startsWith(`fundscreen: ${input}/`));
      expect(reported || named.length > 0, `${input} is neither reported nor named in an error`).toBe(true);
      expect(named.length, `${input}: ${named.join(' / ')}`).toBeLessThanOrEqual(1);
    }
    // Every error line is about one of the inputs.
    for (const line of errors) expect(inputs.some((i) => line.startsWith(`fundscreen: ${i}`)), line).toBe(true);
  });
});
