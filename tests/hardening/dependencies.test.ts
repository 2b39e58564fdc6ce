/**
 * Issue 8, dependencies, checked offline from package-lock.json (npm audit needs the registry):
 * every locked package is a registry release pinned by a sha512 integrity hash (npm ci verifies
 * each tarball against it), none comes from git, a URL or the file system. The rule that no
 * package needs an install script is enforced by .npmrc (ignore-scripts=true): npm never runs one,
 * so every `npm ci && npm test` in CI proves the tool works without them. No runtime package
 * declares one, so installing the published package runs none either (with or without that
 * setting). esbuild (under tsx, a development dependency: the package runs compiled JavaScript)
 * declares a postinstall that only verifies its platform binary, which ships in the optional
 * @esbuild/<platform> package; it is the one declared script, and a new one must be noticed.
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
      if (p.resolved !== undefined) expect(p.resolved, `${key} resolved`).toMatch(/^https:\/\/[^/]+\/.+\.tgz$/);
    }
  });

  it('install scripts never run (.npmrc ignore-scripts); no runtime package declares one, and the only development package that does is esbuild', () => {
    const npmrc = readFileSync(path.join(repoRoot, '.npmrc'), 'utf8');
    expect(npmrc).toMatch(/^ignore-scripts=true$/m);
    const runtime = installed.filter(([, p]) => !p.dev && !p.devOptional && p.hasInstallScript).map(([key]) => key);
    expect(runtime).toEqual([]);
    const dev = installed.filter(([, p]) => (p.dev || p.devOptional) && p.hasInstallScript).map(([key]) => key);
    expect(dev).toEqual(['node_modules/esbuild']);
  });
});
