import { lstatSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { renderReport } from '../../src/report/index.js';
import { sampleResult } from '../report/sample-result.js';
import { writeFileAtomic, writeReports, type WriteFs } from '../../src/cli/output.js';
import { Writable } from 'node:stream';
import { run } from '../../src/cli/main.js';
import { memoryIO } from '../helpers/memory-io.js';
import { repoRoot } from '../helpers/cli.js';

/** node:fs/promises, but each handle's flush (after the data is written) fails like a full disk. */
const fullDisk: WriteFs = {
  ...fs,
  open: async (...args: Parameters<typeof fs.open>) => {
    const handle = await fs.open(...args);
    return Object.assign(Object.create(Object.getPrototypeOf(handle)), handle, {
      writeFile: handle.writeFile.bind(handle),
      close: handle.close.bind(handle),
      sync: async () => {
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    });
  },
};

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'fundscreen-write-'));
}

describe('writeFileAtomic', () => {
  it('replaces the target with the whole new content and leaves no temp file', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'report.json');
    writeFileSync(target, 'old');
    await writeFileAtomic(target, 'new report');
    expect(readFileSync(target, 'utf8')).toBe('new report');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('on a failed write keeps the old file intact and removes the temp file', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'report.json');
    writeFileSync(target, 'previous report');
    await expect(writeFileAtomic(target, 'x'.repeat(100_000), undefined, fullDisk)).rejects.toThrow(UsageError);
    expect(readFileSync(target, 'utf8')).toBe('previous report');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('writes a device or named pipe in place, never renaming a file over it (--output /dev/null)', async () => {
    const dir = tempDir();
    const fifo = path.join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const reading = fs.readFile(fifo, 'utf8');
    await writeFileAtomic(fifo, 'through the pipe');
    expect(await reading).toBe('through the pipe');
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['pipe']);
    // (Not tried on /dev/null itself: were this broken, the test would replace the machine's.)
  });

  it('follows a symbolic link: its target is replaced and the link kept (was: the link replaced by a file, the target left as it was)', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'reports'));
    writeFileSync(path.join(dir, 'reports', '2025-01-17.json'), 'old');
    symlinkSync('reports/2025-01-17.json', path.join(dir, 'latest.json'));
    symlinkSync('latest.json', path.join(dir, 'current.json')); // a link to a link
    await writeFileAtomic(path.join(dir, 'current.json'), 'new report');
    expect(lstatSync(path.join(dir, 'current.json')).isSymbolicLink()).toBe(true);
    expect(lstatSync(path.join(dir, 'latest.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'reports', '2025-01-17.json'), 'utf8')).toBe('new report');
    expect(readdirSync(path.join(dir, 'reports'))).toEqual(['2025-01-17.json']);
    // A link whose target does not exist yet: the target is created.
    symlinkSync('reports/next.json', path.join(dir, 'next.json'));
    await writeFileAtomic(path.join(dir, 'next.json'), 'next');
    expect(readFileSync(path.join(dir, 'reports', 'next.json'), 'utf8')).toBe('next');
    expect(lstatSync(path.join(dir, 'next.json')).isSymbolicLink()).toBe(true);
    // A loop is a usage error naming the path.
    symlinkSync('loop-b', path.join(dir, 'loop-a'));
    symlinkSync('loop-a', path.join(dir, 'loop-b'));
    await expect(writeFileAtomic(path.join(dir, 'loop-a'), 'x')).rejects.toThrow(/cannot write .*loop-a: too many levels of symbolic links/);
  });

  it('reports a missing folder as a usage error naming the path', async () => {
    const target = path.join(tempDir(), 'no', 'such', 'dir', 'r.json');
    await expect(writeFileAtomic(target, '{}')).rejects.toThrow(/cannot write .*r\.json: no such file or folder \(ENOENT\)/);
  });
});

describe('writeReports (--out-dir)', () => {
  it('writes one file per format, without colour, matching the renderers', async () => {
    const dir = path.join(tempDir(), 'reports');
    const result = sampleResult();
    const written = await writeReports(dir, result, ['json', 'csv', 'html', 'table'], { color: true, width: 80, showSuppressed: false });
    expect(written.map((p) => path.basename(p))).toEqual(['report.json', 'report.csv', 'report.html', 'report.txt']);
    expect(readFileSync(path.join(dir, 'report.json'), 'utf8')).toBe(renderReport(result, 'json', { color: false, width: 80, showSuppressed: false }));
    expect(readFileSync(path.join(dir, 'report.txt'), 'utf8')).not.toContain('\u001b[');
  });

  it('refuses an out-dir that is a file', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'x'));
    writeFileSync(path.join(dir, 'file'), '');
    await expect(writeReports(path.join(dir, 'file'), sampleResult(), ['json'], { color: false, width: 80, showSuppressed: false })).rejects.toThrow(UsageError);
  });
});

describe('standard output that fails', () => {
  /** A CliIO whose stdout fails every write as a full disk does (EIO likewise), or as a reader that went away (EPIPE). */
  function failingStdout(code: string) {
    const m = memoryIO({ cwd: repoRoot });
    const stdout = new Writable({
      write(_chunk, _encoding, done) {
        done(Object.assign(new Error(`${code}: write failed`), { code }));
      },
    });
    return { io: { ...m.io, stdout }, stderr: m.stderr };
  }

  it.each([
    ['a report (awaited write)', ['screen', 'fixtures/cli/no-listed-companies.csv', '--format', 'json', '--quiet', '--max-list-age', '100000']],
    ['--help (commander\'s write)', ['--help']],
    ['lists show', ['lists', 'show']],
  ])('%s to a full disk: one line naming standard output, exit 2', async (_name, args) => {
    const f = failingStdout('ENOSPC');
    expect(await run(args, f.io)).toBe(2);
    expect(f.stderr().split('\n').filter((l) => !l.includes('warning'))).toEqual(['fundscreen: cannot write standard output: no space left on the device (ENOSPC)', '']);
  });

  it('a reader that went away (EPIPE) is no error: the exit code of the run', async () => {
    const f = failingStdout('EPIPE');
    expect(await run(['screen', 'fixtures/cli/no-listed-companies.csv', '--format', 'json', '--quiet', '--max-list-age', '100000'], f.io)).toBe(0);
    expect(f.stderr()).toBe('');
  });
});
