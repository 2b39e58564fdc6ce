/**
 * One path root: every path a command is given (inputs, folders, --list, --ignore, --baseline,
 * --config and the paths inside it, --output, --out-dir, the lists subcommands' files) is read or
 * written relative to the run's working folder (`io.cwd`), never the test process's, and reports
 * and messages show it as the user typed it.
 */
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';

let work: string;
beforeAll(async () => {
  // A working folder that is not the repository (where the test process runs).
  work = await mkdtemp(path.join(tmpdir(), 'fundscreen-cwd-'));
  await mkdir(path.join(work, 'in'));
  await copyFile(path.join(repoRoot, 'fixtures/cli/ishares-em-sample.csv'), path.join(work, 'in', 'em.csv'));
  await copyFile(path.join(repoRoot, 'fixtures/lists/user/watch-list.csv'), path.join(work, 'watch.csv'));
  await copyFile(path.join(repoRoot, 'fixtures/lists/valid/two-entities.json'), path.join(work, 'two.json'));
  await writeFile(path.join(work, 'ignore.json'), JSON.stringify([{ entity: 'iflytek', reason: 'test', expires: 'never' }]));
  await mkdir(path.join(work, 'conf'));
  // Paths inside a config file are relative to the file's folder.
  await writeFile(path.join(work, 'conf', 'fs.json'), JSON.stringify({ ignore: '../ignore.json', format: 'json' }));
});

const json = (text: string) => JSON.parse(text) as {
  funds: Array<{ source: string }>; warnings: string[]; lists: Array<{ path: string }>; findings: Array<{ source: string; suppressed: boolean; baseline?: string }>;
};

describe('paths resolve against io.cwd and are shown as typed', () => {
  it('screen: an input file and folder, --list, --ignore, --output', async () => {
    const r = await runCli(['screen', 'in/em.csv', 'in', '--list', 'watch.csv', '--ignore', 'ignore.json', '--format', 'json', '--output', 'out.json', '--quiet'], { cwd: work });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    const report = json(await readFile(path.join(work, 'out.json'), 'utf8'));
    // in/em.csv is named and inside the folder given: screened once (duplicate-inputs.test.ts).
    expect(report.funds.map((f) => f.source)).toEqual(['in/em.csv']);
    expect(report.warnings.some((w) => /em\.csv: given more than once; screened once/.test(w))).toBe(true);
    expect(report.lists.map((l) => l.path)).toEqual(['lists/xinjiang.json', 'watch.csv']);
    expect(report.findings.some((f) => f.suppressed)).toBe(true);
  });

  it('screen: --baseline (an earlier report) and --out-dir', async () => {
    const first = await runCli(['screen', 'in/em.csv', '--format', 'json', '--output', 'base.json', '--quiet'], { cwd: work });
    expect(first.code, first.stderr).toBe(1);
    const r = await runCli(['screen', 'in/em.csv', '--baseline', 'base.json', '--format', 'json,csv', '--out-dir', 'reports'], { cwd: work });
    expect(r.code, r.stderr).toBe(0); // nothing new
    expect(r.stderr).toContain('wrote reports/report.json, reports/report.csv');
    const report = json(await readFile(path.join(work, 'reports', 'report.json'), 'utf8'));
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.every((f) => f.baseline === 'unchanged')).toBe(true);
  });

  it('screen: --config and FUNDSCREEN_CONFIG, with the paths inside the file', async () => {
    for (const opts of [{ args: ['--config', 'conf/fs.json'], env: {} }, { args: [], env: { FUNDSCREEN_CONFIG: 'conf/fs.json' } }]) {
      const r = await runCli(['screen', 'in/em.csv', '--quiet', ...opts.args], { cwd: work, env: opts.env });
      expect(r.code, r.stderr).toBe(1);
      expect(json(r.stdout).findings.some((f) => f.suppressed)).toBe(true);
    }
  });

  it('a missing input is named as typed', async () => {
    const r = await runCli(['screen', 'in/nope.csv'], { cwd: work });
    expect(r.code).toBe(3);
    expect(r.stderr).toBe('fundscreen: in/nope.csv: no such file or directory\n');
  });

  it('inspect, explain --list, lists show/validate/import', async () => {
    const inspect = await runCli(['inspect', 'in/em.csv'], { cwd: work });
    expect(inspect.code, inspect.stderr).toBe(0);
    expect(inspect.stdout).toMatch(/^File: +in\/em\.csv$/m);
    const explain = await runCli(['explain', 'Example Watch Co', '--no-default-list', '--list', 'watch.csv', '--json'], { cwd: work });
    expect(explain.code, explain.stderr).toBe(0);
    expect(JSON.parse(explain.stdout).matches.length).toBeGreaterThan(0);
    const show = await runCli(['lists', 'show', '--list', 'two.json'], { cwd: work });
    expect(show.code, show.stderr).toBe(0);
    expect(show.stdout.split('\n')[0]).toBe('two.json');
    const validate = await runCli(['lists', 'validate', 'two.json'], { cwd: work });
    expect(validate.stdout).toBe('two.json: valid (2 entities)\n');
    const imported = await runCli(
      ['lists', 'import', '--from', 'ofac-cons', path.join(repoRoot, 'fixtures/lists/ofac/cons_prim.csv'), '--out', 'imported.json', '--as-of', '2025-04-21'],
      { cwd: work },
    );
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(await readFile(path.join(work, 'imported.json'), 'utf8')).entities.length).toBeGreaterThan(0);
  });
});
