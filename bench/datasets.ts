/**
 * The generated inputs of the benchmark, cached in bench/data/ (git-ignored): a file is reused
 * when its manifest says it was made by the same generator version from the same parameters.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATOR_VERSION, generateIshares, type GenerateManifest } from './gen-ishares.js';
import { REPO_ROOT } from './child.js';

export const DATA_DIR = join(REPO_ROOT, 'bench', 'data');

/**
 * Every ticker the shipped lists carry: synthetic issuers must avoid them, or they would be
 * flagged by identifier and the benchmark would screen a different workload than intended.
 */
export function listedTickers(): string[] {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (o.type === 'ticker' && typeof o.value === 'string') out.add(o.value);
      Object.values(o).forEach(walk);
    }
  };
  const dir = join(REPO_ROOT, 'lists');
  for (const f of readdirSync(dir)) {
    if (f.endsWith('.json') && f !== 'schema.json') walk(JSON.parse(readFileSync(join(dir, f), 'utf8')));
  }
  return [...out].sort();
}

interface Cached<M> {
  key: string;
  manifest: M;
}

function cacheKey(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 16);
}

function readCache<M extends { bytes?: number }>(file: string, key: string): M | null {
  const mf = `${file}.manifest.json`;
  if (!existsSync(mf) || !existsSync(file)) return null;
  try {
    const c = JSON.parse(readFileSync(mf, 'utf8')) as Cached<M>;
    if (c.key !== key) return null;
    if (c.manifest.bytes !== undefined && statSync(file).size !== c.manifest.bytes) return null;
    return c.manifest;
  } catch {
    return null;
  }
}

export interface IsharesFile {
  path: string;
  manifest: GenerateManifest;
  generatedMs: number | null;
}

export function isharesFile(rows: number, seed: number, dir = DATA_DIR, log = (_: string) => {}): IsharesFile {
  mkdirSync(dir, { recursive: true });
  const avoid = listedTickers();
  const path = join(dir, `ishares-${rows}-s${seed}.csv`);
  const key = cacheKey({ g: 'ishares', v: GENERATOR_VERSION, rows, seed, avoid });
  const cached = readCache<GenerateManifest>(path, key);
  if (cached) return { path, manifest: cached, generatedMs: null };
  log(`generating ${path} (${rows.toLocaleString('en-US')} rows)`);
  const t0 = performance.now();
  const manifest = generateIshares({ path, rows, seed, avoidTickers: avoid });
  const generatedMs = performance.now() - t0;
  writeFileSync(`${path}.manifest.json`, JSON.stringify({ key, manifest } satisfies Cached<GenerateManifest>, null, 2) + '\n');
  return { path, manifest, generatedMs };
}

/** `count` files of `rows` rows each in their own directory (for `fundscreen screen dir/`). */
export function isharesDir(count: number, rows: number, log = (_: string) => {}): { dir: string; files: IsharesFile[] } {
  const dir = join(DATA_DIR, `many-${count}x${rows}`);
  const files: IsharesFile[] = [];
  for (let i = 0; i < count; i++) files.push(isharesFile(rows, 1000 + i, dir, log));
  // Stale files from another generator version would be screened too: keep only ours.
  const keep = new Set(files.flatMap((f) => [f.path, `${f.path}.manifest.json`].map((p) => p.slice(dir.length + 1))));
  for (const f of readdirSync(dir)) if (!keep.has(f)) rmSync(join(dir, f), { recursive: true, force: true });
  return { dir, files };
}
