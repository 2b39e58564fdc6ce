/**
 * vitest globalSetup: every test's temporary files go under one directory made for the run and
 * removed after it. Tests create theirs with mkdtemp(os.tmpdir()), which reads TMPDIR; the test
 * workers and the CLI processes they spawn inherit it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(path.join(tmpdir(), 'fundscreen-tests-'));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
