import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { runCli, repoRoot } from '../helpers/cli.js';

const LIST = path.join(repoRoot, 'fixtures/match/list.json');

describe('fundscreen explain', () => {
  it('shows the normalised forms and the match with its reason', async () => {
    const r = await runCli(['explain', 'HOSHINE SILICON INDUSTRY LTD A', '--ticker', '603260', '--exchange', 'Shanghai Stock Exchange', '--no-default-list', '--list', LIST]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/core\s+hoshine\[distinctive\] silicon\[generic\] industry\[generic\]/);
    expect(r.stdout).toMatch(/confirmed 1\.00 {2}hoshine-silicon \(direct, ticker\)/);
    expect(r.stdout).toContain('share class stripped');
    expect(r.stdout).toMatch(/rules: identifier/);
  });

  it('--json gives each match its evidence as rule ids with their details', async () => {
    const r = await runCli(['explain', 'HOSHINE SILICON INDUSTRY LTD A', '--ticker', '603260', '--exchange', 'Shanghai Stock Exchange', '--no-default-list', '--list', LIST, '--json']);
    const j = JSON.parse(r.stdout);
    expect(j.matches[0].evidence.map((e: { rule: string }) => e.rule)).toEqual(['identifier']);
    expect(j.candidates[0].evidence.map((e: { rule: string }) => e.rule)).toContain('exact-name');
  });

  it('shows near misses and fuse.js suggestions for a name that matches nothing', async () => {
    const r = await runCli(['explain', 'XINJIANG DAQIN RAILWAY', '--no-default-list', '--list', LIST, '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.matches).toEqual([]);
    expect(j.core).toBe('xinjiang daqin railway');
    expect(j.candidates.length + j.suggestions.length).toBeGreaterThan(0);
  });

  it('rejects a bad --top with a usage error', async () => {
    const r = await runCli(['explain', 'X', '--top', 'zero', '--no-default-list', '--list', LIST]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--top');
  });
});

describe('fundscreen explain list selection (shared with screen)', () => {
  it('refuses to run with no list at all', async () => {
    const r = await runCli(['explain', 'HOSHINE SILICON', '--no-default-list']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--no-default-list without --list');
  });

  it('reports a missing --list file as a list error', async () => {
    const r = await runCli(['explain', 'HOSHINE SILICON', '--no-default-list', '--list', path.join(repoRoot, 'fixtures/match/no-such-list.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no-such-list.json');
  });
});
