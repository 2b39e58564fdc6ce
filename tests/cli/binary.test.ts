/**
 * The binary itself, spawned as a user runs it: what `run(argv, io)` cannot show in-process. One
 * run per exit code, --help, a closed stdout (EPIPE), the last-resort handler for an internal error
 * (a preload makes JSON.stringify throw) and one run with every network API throwing. Everything
 * else about the CLI is tested in-process (tests/helpers/cli.ts runCli).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
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
