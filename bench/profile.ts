/**
 * Where does `fundscreen screen` spend its time? Runs the real CLI under `node --cpu-prof` and
 * prints self time by function and by file (and inclusive time of the hottest project functions).
 *
 *   npx tsx bench/profile.ts FILE_OR_DIR [--top N] [-- extra screen flags]
 *
 * Profiles of helper threads (tsx's loader thread) are summarised separately.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT, runScreen } from './child.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  totalMs: number;
  byFunction: { name: string; where: string; selfMs: number; pct: number }[];
  byFile: { file: string; selfMs: number; pct: number }[];
  /** Inclusive time of project (src/) functions: what a call costs with everything under it. */
  inclusive: { name: string; where: string; totalMs: number; pct: number }[];
}

function where(url: string, line: number): string {
  if (!url) return '(native)';
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  const rel = path.startsWith(REPO_ROOT) ? relative(REPO_ROOT, path) : path;
  return `${rel.replace(/^node_modules\//, 'nm:')}:${line + 1}`;
}

function fileOf(url: string): string {
  if (!url) return '(native / gc / idle)';
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  const rel = path.startsWith(REPO_ROOT) ? relative(REPO_ROOT, path) : path;
  const m = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(rel);
  return m ? `nm:${m[1]}` : rel;
}

export function summarise(p: CpuProfile, top = 25): ProfileSummary {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  let totalUs = 0;
  for (let i = 0; i < p.samples.length; i++) {
    const dt = p.timeDeltas[i] ?? 0;
    totalUs += dt;
    self.set(p.samples[i], (self.get(p.samples[i]) ?? 0) + dt);
  }
  const pct = (us: number) => Math.round((us / totalUs) * 1000) / 10;

  const fnSelf = new Map<string, { name: string; where: string; us: number }>();
  const fileSelf = new Map<string, number>();
  for (const [id, us] of self) {
    const cf = byId.get(id)!.callFrame;
    const w = where(cf.url, cf.lineNumber);
    const key = `${cf.functionName}@${w}`;
    const e = fnSelf.get(key) ?? { name: cf.functionName || '(anonymous)', where: w, us: 0 };
    e.us += us;
    fnSelf.set(key, e);
    const f = fileOf(cf.url);
    fileSelf.set(f, (fileSelf.get(f) ?? 0) + us);
  }

  // Inclusive time per project function: self time of its subtree, counting recursion once.
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = new Map<string, { name: string; where: string; us: number }>();
  for (const [id, us] of self) {
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const cf = byId.get(cur)!.callFrame;
      if (!cf.url.includes('/src/')) continue;
      const w = where(cf.url, cf.lineNumber);
      const key = `${cf.functionName}@${w}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const e = incl.get(key) ?? { name: cf.functionName || '(anonymous)', where: w, us: 0 };
      e.us += us;
      incl.set(key, e);
    }
  }

  return {
    totalMs: totalUs / 1000,
    byFunction: [...fnSelf.values()].sort((a, b) => b.us - a.us).slice(0, top).map((e) => ({ name: e.name, where: e.where, selfMs: e.us / 1000, pct: pct(e.us) })),
    byFile: [...fileSelf.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([file, us]) => ({ file, selfMs: us / 1000, pct: pct(us) })),
    inclusive: [...incl.values()].sort((a, b) => b.us - a.us).slice(0, top).map((e) => ({ name: e.name, where: e.where, totalMs: e.us / 1000, pct: pct(e.us) })),
  };
}

export function renderSummary(s: ProfileSummary, title: string): string {
  const ms = (x: number) => `${x.toFixed(0).padStart(7)} ms`;
  const p = (x: number) => `${x.toFixed(1).padStart(5)}%`;
  return [
    `== ${title}: ${(s.totalMs / 1000).toFixed(2)} s sampled`,
    '-- self time by file',
    ...s.byFile.map((f) => `${ms(f.selfMs)} ${p(f.pct)}  ${f.file}`),
    '-- self time by function',
    ...s.byFunction.map((f) => `${ms(f.selfMs)} ${p(f.pct)}  ${f.name}  ${f.where}`),
    '-- inclusive time, project functions',
    ...s.inclusive.map((f) => `${ms(f.totalMs)} ${p(f.pct)}  ${f.name}  ${f.where}`),
  ].join('\n');
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const dash = argv.indexOf('--');
  const extra = dash >= 0 ? argv.slice(dash + 1) : [];
  const own = dash >= 0 ? argv.slice(0, dash) : argv;
  const topAt = own.indexOf('--top');
  const top = topAt >= 0 ? Number(own.splice(topAt, 2)[1]) : 25;
  const input = own[0];
  if (!input) throw new Error('usage: tsx bench/profile.ts FILE_OR_DIR [--top N] [-- screen flags]');
  const dir = mkdtempSync(join(tmpdir(), 'fundscreen-prof-'));
  try {
    const r = await runScreen([input, '--format', 'json', '--output', '/dev/null', '--quiet', ...extra], ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
    process.stdout.write(`wall ${(r.wallMs / 1000).toFixed(2)} s, peak RSS ${Math.round(r.maxRSS / 2 ** 20)} MiB\n\n`);
    // Largest profile first: the main thread; the others are tsx's loader thread and workers.
    const profiles = readdirSync(dir)
      .filter((f) => f.endsWith('.cpuprofile'))
      .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as CpuProfile)
      .map((p) => summarise(p, top))
      .sort((a, b) => b.totalMs - a.totalMs);
    profiles.forEach((s, i) => process.stdout.write(renderSummary(s, i === 0 ? 'busiest thread' : `thread ${i + 1}`) + '\n\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`profile: ${(err as Error).message}\n`);
  process.exitCode = 1;
});
