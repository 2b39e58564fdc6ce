/**
 * vitest globalSetup: every test's temporary files go under one directory made for the run and
 * removed after it. Tests create theirs with mkdtemp(os.tmpdir()), which reads TMPDIR; the test
 * workers and the CLI processes they spawn inherit it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  // vitest runs a globalSetup once for the root config and once per project that extends it (a run
  // without --project): one root per run, or the nesting makes paths too long for Chromium's socket.
  if (process.env.FUNDSCREEN_TEST_ROOT) return () => {};
  const root = mkdtempSync(path.join(tmpdir(), 'fundscreen-tests-'));
  process.env.TMPDIR = root;
  process.env.FUNDSCREEN_TEST_ROOT = root;
  return () => {
    delete process.env.FUNDSCREEN_TEST_ROOT;
    rmSync(root, { recursive: true, force: true });
  };
}
