/**
 * Issue 8, dependencies, checked offline from package-lock.json (npm audit needs the registry):
 * every locked package is a registry release pinned by a sha512 integrity hash (npm ci verifies
 * each tarball against it), none comes from git, a URL or the file system. The rule that no
 * runtime package has an install script is in pending/dependencies.test.ts.txt: esbuild (under
 * tsx) has one today — see the hardening report.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';

interface LockedPackage {
  version?: string;
  integrity?: string;
  resolved?: string;
  link?: boolean;
  dev?: boolean;
  devOptional?: boolean;
  hasInstallScript?: boolean;
}

const lock = JSON.parse(readFileSync(path.join(repoRoot, 'package-lock.json'), 'utf8')) as { lockfileVersion: number; packages: Record<string, LockedPackage> };
const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
const installed = Object.entries(lock.packages).filter(([key]) => key !== '');

describe('package-lock.json', () => {
  it('is a v3 lockfile that locks every direct runtime dependency', () => {
    expect(lock.lockfileVersion).toBe(3);
    for (const name of Object.keys(manifest.dependencies)) {
      expect(lock.packages[`node_modules/${name}`], name).toBeDefined();
      expect(lock.packages[`node_modules/${name}`].dev ?? false, `${name} is a runtime dependency`).toBe(false);
    }
  });

  it('pins every package to a registry release by a sha512 integrity hash (no git, URL, file or link dependency)', () => {
    expect(installed.length).toBeGreaterThan(0);
    for (const [key, p] of installed) {
      expect(p.link ?? false, `${key} is a link`).toBe(false);
      expect(p.version ?? '', `${key} version`).toMatch(/^\d+\.\d+\.\d+(?:-[\w.]+)?$/);
      expect(p.integrity ?? '', `${key} integrity`).toMatch(/^sha512-[A-Za-z0-9+/]+={0,2}$/);
      if (p.resolved !== undefined) expect(p.resolved, `${key} resolved`).toMatch(/^https:\/\/registry\.npmjs\.org\//);
    }
  });
});
