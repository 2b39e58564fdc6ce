/**
 * The gold set is reproducible: fixtures/eval/gold.csv is exactly what scripts/build-gold.ts
 * makes from the list, the real samples in ../shared and the curated rows.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildGold, goldMode, GOLD_PATH } from '../../scripts/build-gold.js';
import { sharedAvailable, sharedPath } from '../helpers/cli.js';

describe.runIf(sharedAvailable('gold-set reproduction'))('fixtures/eval/gold.csv', () => {
  it('equals the output of scripts/build-gold.ts', async () => {
    expect(await buildGold(sharedPath('sources', 'holdings'))).toBe(readFileSync(GOLD_PATH, 'utf8'));
  }, 120_000);
});

describe('scripts/build-gold.ts command line', () => {
  it('reads no argument as write and --check as check, and refuses anything else', () => {
    expect(goldMode([])).toBe('write');
    expect(goldMode(['--check'])).toBe('check');
    expect(goldMode(['--chek'])).toEqual({ refused: '--chek' });
    expect(goldMode(['--check', '--out'])).toEqual({ refused: '--out' });
  });

  it('a mistyped flag exits 2 and leaves gold.csv as it was', () => {
    const before = statSync(GOLD_PATH).mtimeMs;
    const repoRoot = path.resolve(path.dirname(GOLD_PATH), '..', '..');
    const run = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(repoRoot, 'scripts', 'build-gold.ts'), '--chek'], { cwd: repoRoot, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/unknown argument "--chek"/);
    expect(statSync(GOLD_PATH).mtimeMs).toBe(before);
  }, 60_000);
});
