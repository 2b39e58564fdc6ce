/**
 * Small input files read whole, never without end: a device or pipe that never ends (`--config
 * /dev/zero`, `--list <(yes)`) is refused at a limit, not read until the machine runs out of memory.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBounded } from '../../src/read-bounded.js';
import { runCli } from '../helpers/cli.js';

const endless = existsSync('/dev/zero');

describe('readBounded', () => {
  it('reads a regular file under the limit whole, and refuses one over it by its size', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'fs-bounded-')), 'x.json');
    writeFileSync(file, 'x'.repeat(5_000));
    expect((await readBounded(file, 5_000)).length).toBe(5_000);
    await expect(readBounded(file, 4_999)).rejects.toMatchObject({ code: 'EFBIG' });
  });
  it.runIf(endless)('refuses an endless device once it passes the limit', async () => {
    await expect(readBounded('/dev/zero', 3_000_000)).rejects.toMatchObject({ code: 'EFBIG' });
  });
  it.runIf(endless)('every file read whole says so in one line, exit 2: config, ignore file, list, baseline, download', async () => {
    const sample = 'fixtures/cli/ishares-em-sample.csv';
    for (const args of [
      ['screen', sample, '--config', '/dev/zero'],
      ['screen', sample, '--ignore', '/dev/zero'],
      ['screen', sample, '--baseline', '/dev/zero'],
      ['explain', 'HOSHINE', '--list', '/dev/zero'],
      ['lists', 'validate', '/dev/zero'],
    ]) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/\/dev\/zero.*too large to read whole, or endless \(a device or pipe\) \(EFBIG\)/);
    }
  });
});
