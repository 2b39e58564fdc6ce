import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli, repoRoot } from '../helpers/cli.js';

describe('reports do not depend on where they were made', () => {
  it('the shipped list is named lists/xinjiang.json, and a run from another folder gives the same bytes', async () => {
    const env = { SOURCE_DATE_EPOCH: '1764115200' };
    const dir = mkdtempSync(path.join(tmpdir(), 'fundscreen-cwd-'));
    cpSync(path.join(repoRoot, 'fixtures/cli/ishares-em-sample.csv'), path.join(dir, 'ishares-em-sample.csv'));
    const here = await runCli(['screen', 'ishares-em-sample.csv', '--format', 'json'], { env, cwd: dir });
    const report = JSON.parse(here.stdout);
    expect(report.lists[0].path).toBe('lists/xinjiang.json');
    expect(report.findings[0].entity.listFile).toBe('lists/xinjiang.json');
    expect(report.findings[0].match.evidence.length).toBeGreaterThan(0); // the rules that decided it, by id
    expect(report.findings[0].match.evidence[0].rule).toMatch(/^[a-z-]+$/);
    const dir2 = mkdtempSync(path.join(tmpdir(), 'fundscreen-cwd-'));
    cpSync(path.join(dir, 'ishares-em-sample.csv'), path.join(dir2, 'ishares-em-sample.csv'));
    const there = await runCli(['screen', 'ishares-em-sample.csv', '--format', 'json'], { env, cwd: dir2 });
    expect(there.stdout).toBe(here.stdout);
  });
});
