/**
 * Folders as code scanners walk them: a stray text file found in a folder is skipped with a
 * warning and the run exits by its findings; the same file named explicitly is still exit 3.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';


const cli = (name: string) => path.join(repoRoot, 'fixtures', 'cli', name);

function batchFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fundscreen-batch-'));
  mkdirSync(path.join(dir, 'em'));
  mkdirSync(path.join(dir, 'world', 'vanguard'), { recursive: true });
  copyFileSync(cli('ishares-em-sample.csv'), path.join(dir, 'em', 'eem.csv'));
  copyFileSync(cli('no-listed-companies.csv'), path.join(dir, 'clean.csv'));
  copyFileSync(cli('vanguard-two-lines.csv'), path.join(dir, 'world', 'vanguard', 'vt.csv'));
  copyFileSync(cli('not-holdings.txt'), path.join(dir, 'README.txt'));
  writeFileSync(path.join(dir, 'notes.md'), '# download log\n');
  return dir;
}

describe('screen a folder', () => {
  const dir = batchFolder();

  it('-r screens every holdings file in every subfolder, warns on the stray files, exits 1 by the findings', async () => {
    const r = await runCli(['screen', dir, '-r', '--format', 'json', '--quiet']);
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.funds.map((f: { source: string }) => path.relative(dir, f.source)).sort()).toEqual(['clean.csv', 'em/eem.csv', 'world/vanguard/vt.csv']);
    expect(report.errors).toEqual([]);
    expect(report.findings.length).toBeGreaterThan(0);
    expect(r.stderr).toMatch(/README\.txt: skipped, not a holdings file \(no header row found/);
    expect(r.stderr).toMatch(/skipped 1 file that is not holdings by their extension \(notes\.md/);
    expect(report.warnings.join('\n')).toMatch(/README\.txt: skipped, not a holdings file/);
  });

  it('without -r the subfolders are named with the hint, and only the top folder is screened', async () => {
    const r = await runCli(['screen', dir, '--format', 'json', '--quiet', '--fail-on', 'none']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).funds).toHaveLength(1);
    expect(r.stderr).toMatch(/2 subfolders not searched \(em, world; -r searches them\)/);
  });

  it('--include and --exclude choose the files', async () => {
    const r = await runCli(['screen', dir, '-r', '--exclude', 'em', '--include', '*.csv', '--format', 'json', '--quiet']);
    expect(JSON.parse(r.stdout).funds.map((f: { source: string }) => path.basename(f.source)).sort()).toEqual(['clean.csv', 'vt.csv']);
  });

  it('the stray file named explicitly is still an input error (exit 3)', async () => {
    const r = await runCli(['screen', path.join(dir, 'README.txt'), path.join(dir, 'clean.csv'), '--quiet']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/README\.txt: no header row found/);
  });
});
