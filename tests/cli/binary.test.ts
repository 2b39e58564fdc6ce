/**
 * The binary itself, spawned as a user runs it: what `run(argv, io)` cannot show in-process. One
 * run per exit code, --help, a closed stdout (EPIPE), the last-resort handler for an internal error
 * (a preload makes JSON.stringify throw) and one run with every network API throwing. Everything
 * else about the CLI is tested in-process (tests/helpers/cli.ts runCli).
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { binPath, repoRoot, spawnCli } from '../helpers/cli.js';
import { xlsx } from '../holdings/nport-zip-writer.js';

const sample = 'fixtures/cli/ishares-em-sample.csv';
const denyNetwork = path.join(repoRoot, 'fixtures/net/deny-network.mjs');
const crash = path.join(repoRoot, 'fixtures/cli/crash/throw-in-stringify.mjs');

describe('the fundscreen binary', () => {
  // Exit 0 is --help's below. Exit 3 through inspect, which loads no list: the same launcher path, half the start-up.
  it.each([
    ['1: findings', ['screen', sample], 1, /rows read/],
    ['2: usage error', ['screen', sample, '--bogus'], 2, /unknown option '--bogus'/],
    ['3: input error', ['inspect', 'fixtures/cli/does-not-exist.csv'], 3, /^fundscreen: fixtures\/cli\/does-not-exist\.csv: no such file/m],
  ])('exit %s', async (_name, args, code, stderr) => {
    const r = await spawnCli(args);
    expect(r.code, r.stderr).toBe(code);
    expect(r.stderr).toMatch(stderr);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exit 4: an internal error (JSON.stringify throwing, from a preload) is one line on stderr', async () => {
    const r = await spawnCli(['screen', sample, '--format', 'json'], { nodeArgs: ['--import', crash] });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('internal error: simulated internal failure');
    expect(r.stderr).toContain('run again with --verbose');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('--help prints to stdout and exits 0', async () => {
    const help = await spawnCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes');
  });

  it('a reader that closes stdout early (| head) is not an error: no EPIPE message, the exit code of the run', async () => {
    // --max-list-age: the shipped list's age warnings are not this test's subject (tests/lists/coverage.test.ts).
    const child = spawn(process.execPath, [binPath, 'screen', sample, '--format', 'json', '--quiet', '--max-list-age', '100000'], {
      cwd: repoRoot,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    const err: Buffer[] = [];
    child.stderr.on('data', (b) => err.push(b));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const stderr = Buffer.concat(err).toString('utf8');
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });

  it.skipIf(!existsSync('/dev/full'))('a standard output that fails (a full disk: /dev/full) is one line naming it and exit 2, no stack trace', async () => {
    const out = openSync('/dev/full', 'w');
    try {
      for (const args of [['screen', 'fixtures/cli/no-listed-companies.csv', '--format', 'json', '--quiet', '--max-list-age', '100000'], ['--help']]) {
        const child = spawn(process.execPath, [binPath, ...args], { cwd: repoRoot, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', out, 'pipe'] });
        const err: Buffer[] = [];
        child.stderr!.on('data', (b: Buffer) => err.push(b));
        const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
        expect(Buffer.concat(err).toString('utf8'), args[0]).toBe('fundscreen: cannot write standard output: no space left on the device (ENOSPC)\n');
        expect(code, args[0]).toBe(2);
      }
    } finally {
      closeSync(out);
    }
  });

  describe('the launcher: src/ through tsx in a checkout, dist/ in an installed package', () => {
    /** bin/fundscreen.js copied into an empty folder laid out like the package (bin/, maybe dist/). */
    async function layout(dist: string | null): Promise<string> {
      const root = await mkdtemp(path.join(tmpdir(), 'fundscreen-launcher-'));
      await mkdir(path.join(root, 'bin'));
      await copyFile(binPath, path.join(root, 'bin', 'fundscreen.js'));
      if (dist !== null) {
        await mkdir(path.join(root, 'dist', 'cli'), { recursive: true });
        await writeFile(path.join(root, 'dist', 'cli', 'main.js'), dist);
      }
      return root;
    }
    const runBin = (root: string, args: string[]) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [path.join(root, 'bin', 'fundscreen.js'), ...args], { cwd: tmpdir(), stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (b) => (stdout += b));
        child.stderr.on('data', (b) => (stderr += b));
        child.on('close', (code) => resolve({ code, stdout, stderr }));
      });

    it('without src/ it runs dist/cli/main.js with the arguments and returns its exit code', async () => {
      const root = await layout("export async function main(argv) { process.stdout.write('dist main ' + argv.join(' ') + '\\n'); return 3; }\n");
      const r = await runBin(root, ['--version']);
      expect(r.stdout).toBe('dist main --version\n');
      expect(r.code).toBe(3);
    });

    it('without src/ or dist/ (packed without its build) it says so in one line, exit 4', async () => {
      const r = await runBin(await layout(null), ['--version']);
      expect(r.code).toBe(4);
      expect(r.stderr).toContain('packed without its build');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  });

  describe('no network', () => {
    it('the preload really blocks sockets (so the run below can fail)', async () => {
      const r = await spawnCli([], { nodeArgs: ['--import', denyNetwork, '-e', "require('node:net').connect(80, '127.0.0.1')"] });
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain('network access attempted');
    });

    it('a screen of xlsx, 13F XML, an N-PORT data set and a CSV, written in every format, with every socket API throwing', async () => {
      const out = await mkdtemp(path.join(tmpdir(), 'fundscreen-offline-'));
      await writeFile(
        path.join(out, 'spdr.xlsx'),
        xlsx([
          ['Fund Name:', 'SPDR layout fixture'],
          ['Holdings:', 'As of 10-May-2024'],
          [],
          ['Name', 'Ticker', 'Identifier', 'SEDOL', 'Weight', 'Sector', 'Shares Held', 'Local Currency'],
          ['HOSHINE SILICON INDUSTRY CO LTD A', '603260', '-', '-', '0.01', 'Materials', '139200', 'CNY'],
        ]),
      );
      const r = await spawnCli(
        ['screen', path.join(out, 'spdr.xlsx'), 'fixtures/holdings/13f/n1-prefix.xml', 'fixtures/holdings/nport/dataset', sample,
          '--format', 'table,json,jsonl,csv,markdown,html', '--out-dir', path.join(out, 'reports'), '--fail-on', 'none'],
        { nodeArgs: ['--import', denyNetwork] },
      );
      expect(r.stderr).not.toContain('network access attempted');
      expect(r.stderr).not.toContain('internal error');
      expect(r.code, r.stderr).toBe(0);
    });
  });
});
