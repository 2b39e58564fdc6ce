/**
 * The published package as a user gets it (issue 14): `npm pack` (its prepack builds dist/; the
 * repository's .npmrc ignores scripts, so the pack asks for them), installed into a temporary
 * prefix. Made once per bench run, on first use, and removed when the run exits. The timed screens
 * run this copy (compiled JavaScript, as an installed `fundscreen` does); the checkout's launcher
 * (`node bin/fundscreen.js`, TypeScript through tsx) is timed beside it where a figure says so.
 * Installing fetches the runtime dependencies from the registry unless npm's cache has them.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, runPlain } from './child.js';

export interface InstalledPackage {
  /** The installed command (`<prefix>/bin/fundscreen`). */
  bin: string;
  /** Its launcher script, to run as `node <script>` (so the bench's stats hook can be preloaded). */
  script: string;
  tarball: string;
  packMs: number;
  installMs: number;
}

let made: Promise<InstalledPackage> | null = null;

export function installedPackage(log: (m: string) => void): Promise<InstalledPackage> {
  made ??= install(log);
  return made;
}

async function install(log: (m: string) => void): Promise<InstalledPackage> {
  const tmp = mkdtempSync(join(tmpdir(), 'fundscreen-bench-pkg-'));
  process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  log('  npm pack (prepack: npm run build)');
  const pack = await runPlain(npm, ['pack', '--ignore-scripts=false', '--pack-destination', tmp], REPO_ROOT);
  const tarball = readdirSync(tmp).find((f) => f.endsWith('.tgz'));
  if (pack.exitCode !== 0 || !tarball) throw new Error(`npm pack failed (${pack.exitCode}): ${pack.stderr.trim().split('\n').slice(-4).join(' | ')}`);
  const prefix = join(tmp, 'prefix');
  log(`  npm install --global --prefix <tmp> ${tarball}`);
  const inst = await runPlain(npm, ['install', '--global', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', join(tmp, tarball)], tmp);
  if (inst.exitCode !== 0) throw new Error(`npm install failed (${inst.exitCode}): ${inst.stderr.trim().split('\n').slice(-4).join(' | ')}`);
  const lib = process.platform === 'win32' ? join(prefix, 'node_modules') : join(prefix, 'lib', 'node_modules');
  return {
    bin: join(prefix, process.platform === 'win32' ? 'fundscreen.cmd' : join('bin', 'fundscreen')),
    script: join(lib, 'fundscreen', 'bin', 'fundscreen.js'),
    tarball,
    packMs: pack.wallMs,
    installMs: inst.wallMs,
  };
}
