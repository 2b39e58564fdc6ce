/**
 * The generated inputs of the benchmark, cached in bench/data/ (git-ignored): a file is reused
 * when its manifest says it was made by the same generator version from the same parameters.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIssuers, GENERATOR_VERSION, generateIshares, type GenerateManifest, type Shape } from './gen-ishares.js';
import { Prng } from './prng.js';
import { REPO_ROOT } from './child.js';
import { generateNportDataset, type NportGenResult } from './nport-gen.js';

export const DATA_DIR = join(REPO_ROOT, 'bench', 'data');

/**
 * Every ticker and ISIN the shipped lists carry: synthetic rows must avoid them, or they would be
 * flagged by identifier and the benchmark would screen a different workload than intended.
 */
export function listedTickers(): string[] {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if ((o.type === 'ticker' || o.type === 'isin') && typeof o.value === 'string') out.add(o.value);
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

/** The cached manifest of `file` (a file, or a directory when `sizeCheck` is false), if still valid. */
function readCache<M extends { bytes?: number }>(file: string, key: string, sizeCheck = true): M | null {
  const mf = `${file}.manifest.json`;
  if (!existsSync(mf) || !existsSync(file)) return null;
  try {
    const c = JSON.parse(readFileSync(mf, 'utf8')) as Cached<M>;
    if (c.key !== key) return null;
    if (sizeCheck && statSync(file).size !== c.manifest.bytes) return null;
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

export function isharesFile(rows: number, seed: number, dir = DATA_DIR, log = (_: string) => {}, issuerSeed = seed, shape: Shape = 'repeated'): IsharesFile {
  mkdirSync(dir, { recursive: true });
  const avoid = listedTickers();
  const path = join(dir, `ishares-${shape === 'repeated' ? '' : `${shape}-`}${rows}-s${seed}${issuerSeed === seed ? '' : `-u${issuerSeed}`}.csv`);
  const key = cacheKey({ g: 'ishares', v: GENERATOR_VERSION, rows, seed, issuerSeed, avoid, shape });
  const cached = readCache<GenerateManifest>(path, key);
  if (cached) return { path, manifest: cached, generatedMs: null };
  log(`generating ${path} (${rows.toLocaleString('en-US')} rows)`);
  const t0 = performance.now();
  const manifest = generateIshares({ path, rows, seed, issuerSeed, avoidTickers: avoid, shape });
  const generatedMs = performance.now() - t0;
  writeFileSync(`${path}.manifest.json`, JSON.stringify({ key, manifest } satisfies Cached<GenerateManifest>, null, 2) + '\n');
  return { path, manifest, generatedMs };
}

/**
 * `count` files of `rows` rows each in their own directory (for `fundscreen screen dir/`): different
 * funds over one universe of 40,000 companies (the 1M-row file's), as a night's batch of funds is.
 */
export function isharesDir(count: number, rows: number, log = (_: string) => {}): { dir: string; files: IsharesFile[] } {
  const dir = join(DATA_DIR, `many-${count}x${rows}`);
  const files: IsharesFile[] = [];
  for (let i = 0; i < count; i++) files.push(isharesFile(rows, 1000 + i, dir, log, 1));
  // Stale files from another generator version would be screened too: keep only ours.
  const keep = new Set(files.flatMap((f) => [f.path, `${f.path}.manifest.json`].map((p) => p.slice(dir.length + 1))));
  for (const f of readdirSync(dir)) if (!keep.has(f)) rmSync(join(dir, f), { recursive: true, force: true });
  return { dir, files };
}

export type NportDataset = NportGenResult;

export const NPORT_GENERATOR = join(REPO_ROOT, 'bench', 'nport-gen.ts');

/**
 * A generated N-PORT quarterly data set of `holdings` rows, via bench/nport-gen.ts (its source
 * text is part of the cache key: a changed generator regenerates).
 */
export async function nportDataset(holdings: number, log = (_: string) => {}, fundOfFunds = false): Promise<NportDataset & { generatedMs: number | null }> {
  const dir = join(DATA_DIR, `nport-${holdings}${fundOfFunds ? '-fof' : ''}`);
  const key = cacheKey({ g: 'nport', holdings, fundOfFunds, src: createHash('sha256').update(readFileSync(NPORT_GENERATOR)).digest('hex') });
  const cached = readCache<NportDataset>(dir, key, false);
  if (cached) return { ...cached, generatedMs: null };
  rmSync(dir, { recursive: true, force: true });
  log(`generating ${dir} (${holdings.toLocaleString('en-US')} N-PORT holdings)`);
  const t0 = performance.now();
  const result = await generateNportDataset(dir, { holdings, fundOfFunds });
  const generatedMs = performance.now() - t0;
  writeFileSync(`${dir}.manifest.json`, JSON.stringify({ key, manifest: result } satisfies Cached<NportDataset>, null, 2) + '\n');
  return { ...result, generatedMs };
}

/**
 * A user list of `entities` synthetic companies as the simple CSV `--list` accepts. Benchmark
 * data only (git-ignored, never shipped): it times loading and compiling a big list, so every row
 * gets the same obviously synthetic listing (reserved example.com URL).
 */
export function userListCsv(entities: number, seed: number): string {
  mkdirSync(DATA_DIR, { recursive: true });
  const path = join(DATA_DIR, `user-list-${entities}-s${seed}.csv`);
  const key = cacheKey({ g: 'user-list', v: GENERATOR_VERSION, format: 2, entities, seed });
  if (readCache<{ bytes: number }>(path, key)) return path;
  const listing = 'synthetic benchmark list,2025-01-01,https://example.com/fundscreen-bench';
  const rows = buildIssuers(new Prng(seed), entities, new Set()).map((i) => `"${i.name}",${i.ticker},${i.market.exchange},${listing}`);
  const text = `name,ticker,exchange,list,date,url\n${rows.join('\n')}\n`;
  writeFileSync(path, text);
  writeFileSync(`${path}.manifest.json`, JSON.stringify({ key, manifest: { bytes: Buffer.byteLength(text) } }, null, 2) + '\n');
  return path;
}
