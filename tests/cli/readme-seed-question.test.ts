/**
 * Issue 16: the README shows the seed's question in one command ("fund families holding Hoshine,
 * shares summed, as of each quarter, time since the WRO") on fixtures/lookthrough/nport. The
 * command is read from the README, run, and its jq filter applied here (the same projection in
 * TypeScript: CI has no jq), so the output the README prints must be what the tool prints today.
 * The figures themselves are proven from the fixture's README in tests/screen/history.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';

const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');

/** The sh block and the output block that follow the seed question's paragraph. */
function seedBlocks(): { command: string; output: string[] } {
  const at = readme.indexOf('**The question this tool was started for**');
  expect(at).toBeGreaterThan(0);
  const blocks = [...readme.slice(at).matchAll(/```(sh)?\n([\s\S]*?)```/g)].slice(0, 2);
  expect(blocks.map((b) => b[1] ?? '')).toEqual(['sh', '']);
  return { command: blocks[0]![2]!, output: blocks[1]![2]!.trimEnd().split('\n') };
}

interface Timeline { family: string; entity: { id: string }; points: { asOf: string; shares: number | null; indirectShares: number | null; timing: { text: string }[] }[] }

describe('README: the seed question in one command', () => {
  it('the command runs on our fixture and prints exactly the lines the README shows', async () => {
    const { command, output } = seedBlocks();
    const oneLine = command.replace(/\\\n/g, ' ').replace(/\s+/g, ' ');
    const pipe = oneLine.indexOf('|');
    const [screenPart, jqPart] = [oneLine.slice(0, pipe), oneLine.slice(pipe + 1)];
    const args = screenPart!.trim().split(/\s+/);
    expect(args.slice(0, 2)).toEqual(['fundscreen', 'screen']);
    expect(args).toEqual(expect.arrayContaining(['--look-through', '--format', 'json']));
    // The filter the README pipes into: families' Hoshine timelines, shares, through funds and the time since the listing.
    expect(jqPart).toContain('.history.families[] | select(.entity.id == "hoshine-silicon")');
    expect(jqPart).toContain('{family, points: [.points[] | {asOf, shares, throughFunds: .indirectShares,');
    expect(jqPart).toContain('sinceListing: (.timing | map(.text) | join("; "))');
    const r = await runCli(args.slice(1));
    expect(r.code).toBe(1); // Hoshine is held: the run fails as a screen should
    const json = JSON.parse(r.stdout) as { history: { families: Timeline[] } };
    const lines = json.history.families
      .filter((t) => t.entity.id === 'hoshine-silicon')
      .map((t) => JSON.stringify({ family: t.family, points: t.points.map((p) => ({ asOf: p.asOf, shares: p.shares, throughFunds: p.indirectShares, sinceListing: p.timing.map((x) => x.text).join('; ') })) }));
    expect(lines).toEqual(output);
    expect(lines).toHaveLength(2);
  });
});
