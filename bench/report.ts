/**
 * The benchmark's output: a table of figures (target, measured, pass/fail) on stdout and
 * bench/results/latest.json (previous run kept as previous.json, with a printed delta).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './child.js';

export const RESULTS_DIR = join(REPO_ROOT, 'bench', 'results');

export type Unit = 's' | 'MB/s' | 'MiB' | 'x' | 'names/s' | 'rows' | 'rows/s' | 'count' | 'bool';

export interface Figure {
  /** Stable id, compared across runs: "ishares-1m.screen.wall". */
  id: string;
  bench: string;
  label: string;
  value: number | null;
  unit: Unit;
  /** Pass when value <= max / >= min; no bound = informational. */
  max?: number;
  min?: number;
  /** Not measured: the piece it needs is missing, or the run failed (with why). */
  status?: 'pending' | 'error';
  note?: string;
}

export function passOf(f: Figure): boolean | null {
  if (f.status) return f.status === 'error' ? false : null;
  if (f.max === undefined && f.min === undefined) return null;
  if (f.value === null || Number.isNaN(f.value)) return false;
  if (f.max !== undefined && f.value > f.max) return false;
  if (f.min !== undefined && f.value < f.min) return false;
  return true;
}

export function fmt(v: number | null | undefined, unit: Unit): string {
  if (v === null || v === undefined || Number.isNaN(v)) return '-';
  switch (unit) {
    case 's':
      return `${v.toFixed(2)} s`;
    case 'x':
      return `${v.toFixed(2)} x`;
    case 'MiB':
      return `${Math.round(v)} MiB`;
    case 'MB/s':
      return `${v.toFixed(1)} MB/s`;
    case 'bool':
      return v ? 'yes' : 'no';
    default:
      return `${Math.round(v).toLocaleString('en-US')}${unit === 'count' || unit === 'rows' ? '' : ` ${unit}`}`;
  }
}

function target(f: Figure): string {
  if (f.unit === 'bool' && f.min === 1) return 'yes';
  if (f.max !== undefined) return `<= ${fmt(f.max, f.unit)}`;
  if (f.min !== undefined) return `>= ${fmt(f.min, f.unit)}`;
  return '';
}

function resultOf(f: Figure): string {
  if (f.status === 'pending') return 'pending';
  const p = passOf(f);
  return p === null ? '' : p ? 'PASS' : 'FAIL';
}

export function renderTable(figures: Figure[]): string {
  const rows = [['benchmark', 'figure', 'target', 'measured', 'result']];
  for (const f of figures) {
    const measured = f.status === 'pending' ? 'pending' : f.status === 'error' ? 'error' : fmt(f.value, f.unit);
    rows.push([f.bench, f.label, target(f), measured, resultOf(f)]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  const out = [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)];
  const notes = figures.filter((f) => f.note).map((f) => `  ${f.id}: ${f.note}`);
  return out.join('\n') + (notes.length ? `\n\nnotes:\n${notes.join('\n')}` : '') + '\n';
}

/** The README's table: markdown, figures with a target or worth showing. */
export function renderMarkdown(figures: Figure[]): string {
  const rows = ['| benchmark | figure | target | measured | result |', '|---|---|---|---|---|'];
  for (const f of figures) {
    const measured = f.status ? f.status : fmt(f.value, f.unit);
    rows.push(`| ${f.bench} | ${f.label} | ${target(f).replace('<=', '≤').replace('>=', '≥')} | ${measured} | ${resultOf(f)} |`);
  }
  return rows.join('\n') + '\n';
}

export interface Machine {
  cpus: number;
  model: string;
  totalMemoryGiB: number;
  node: string;
  platform: string;
  loadavgAtStart: number[];
}

export function machine(): Machine {
  const c = cpus();
  return {
    cpus: c.length,
    model: c[0]?.model ?? 'unknown',
    totalMemoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    loadavgAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

function gitCommit(): { commit: string | null; dirty: boolean | null } {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: REPO_ROOT, encoding: 'utf8' });
    return { commit, dirty: status.trim().length > 0 };
  } catch {
    return { commit: null, dirty: null };
  }
}

export interface Results {
  schemaVersion: 1;
  timestamp: string;
  git: { commit: string | null; dirty: boolean | null };
  machine: Machine;
  options: { quick: boolean; only: string[] };
  figures: (Figure & { pass: boolean | null })[];
  /** Raw samples per measurement (every repetition), for whoever wants more than the minimum. */
  samples: Record<string, unknown>;
}

export function buildResults(figures: Figure[], samples: Record<string, unknown>, options: Results['options'], startedMachine: Machine): Results {
  return {
    schemaVersion: 1,
    timestamp: new Date().toISOString(),
    git: gitCommit(),
    machine: startedMachine,
    options,
    figures: figures.map((f) => ({ ...f, pass: passOf(f) })),
    samples,
  };
}

/**
 * A complete run writes latest.json (moving the old one to previous.json); a partial run
 * (--only) writes partial.json and leaves the complete runs alone. Either way the delta is
 * against latest.json.
 */
export function saveResults(results: Results): { path: string; delta: string } {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const latest = join(RESULTS_DIR, 'latest.json');
  const partial = results.options.only.length > 0;
  let delta = '';
  if (existsSync(latest)) {
    try {
      const prev = JSON.parse(readFileSync(latest, 'utf8')) as Results;
      delta = renderDelta(prev, results);
    } catch {
      delta = '(previous latest.json unreadable; no delta)\n';
    }
    if (!partial) renameSync(latest, join(RESULTS_DIR, 'previous.json'));
  }
  const path = partial ? join(RESULTS_DIR, 'partial.json') : latest;
  writeFileSync(path, JSON.stringify(results, null, 2) + '\n');
  return { path, delta };
}

function renderDelta(prev: Results, cur: Results): string {
  // Quick and full runs use different sizes: their figures do not compare.
  if (prev.options.quick !== cur.options.quick) return `(previous run was ${prev.options.quick ? 'quick' : 'full'}: no delta)\n`;
  const before = new Map(prev.figures.map((f) => [f.id, f]));
  const lines: string[] = [];
  for (const f of cur.figures) {
    const p = before.get(f.id);
    if (!p || p.value === null || f.value === null || f.unit === 'bool' || f.unit === 'count' || f.unit === 'rows') continue;
    const change = p.value === 0 ? 0 : ((f.value - p.value) / p.value) * 100;
    const flip = p.pass !== f.pass ? `  (${p.pass ? 'PASS' : p.pass === false ? 'FAIL' : '-'} -> ${f.pass ? 'PASS' : f.pass === false ? 'FAIL' : '-'})` : '';
    lines.push(`  ${f.id.padEnd(40)} ${fmt(p.value, p.unit).padStart(14)} -> ${fmt(f.value, f.unit).padStart(14)}  ${change >= 0 ? '+' : ''}${change.toFixed(1)}%${flip}`);
  }
  if (lines.length === 0) return '';
  const when = `${prev.timestamp}${prev.git.commit ? ` @ ${prev.git.commit.slice(0, 7)}` : ''}${prev.options.quick ? ' (quick)' : ''}`;
  return `delta vs latest complete run (${when}):\n${lines.join('\n')}\n`;
}
