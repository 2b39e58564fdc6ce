/**
 * The house rules of src/, enforced: no import cycles, imports point down the layers only, the
 * `process` global only in the shell (src/cli), and no network module anywhere. The checks are
 * shown failing on made-up graphs first, so a green run means the rules hold, not that the checker
 * is blind.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/cli.js';
import { findCycles, importsMatching, layerViolations, networkImports, processUses, scanImports, type ImportGraph, type Layer } from './helpers/import-graph.js';

/**
 * From the top. The shell (cli) builds settings (config) and calls the use cases (app), which
 * render nothing; report renders a result of screen; screen orchestrates the domain (holdings,
 * lists, match: peers, one layer); everything may use the shared facts and utilities at the bottom.
 */
const LAYERS: Layer[] = [
  { name: 'cli', prefixes: ['cli/'] },
  { name: 'config', prefixes: ['config/'] },
  { name: 'app', prefixes: ['app/'] },
  { name: 'report', prefixes: ['report/'] },
  { name: 'screen', prefixes: ['screen/'] },
  { name: 'domain', prefixes: ['holdings/', 'lists/', 'match/'] },
  { name: 'base', prefixes: ['reference/', ''] },
];


const src = scanImports(path.join(repoRoot, 'src'));

/**
 * The test files run with vitest's `isolate: false` (vitest.config.ts): one module graph per
 * worker, shared by the files it runs. A module mock or a change to the process's folder or
 * environment would leak into the next file, so none is allowed (the global setup, which runs
 * once in the main process, may set TMPDIR).
 */
const LEAKS = /\bvi\.(?:do)?mock\(|\bvi\.stub(?:Env|Global)\(|\bprocess\.chdir\(|\bdelete process\.env\b|\bprocess\.env(?:\.\w+|\[[^\]]+\])\s*=[^=]/;
function leakyTests(files: ReadonlyMap<string, string>): string[] {
  return [...files].filter(([f, text]) => f !== 'helpers/temp-root.ts' && f !== 'architecture.test.ts' && LEAKS.test(text)).map(([f]) => f).sort();
}

const graph = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges).map(([f, ds]) => [f, new Set(ds)]));

describe('the checker fails on a deliberate violation', () => {
  it('finds a cycle, a self-import, and no cycle in a chain', () => {
    expect(findCycles(graph({ 'a.ts': ['b.ts'], 'b.ts': ['c.ts'], 'c.ts': ['a.ts'], 'd.ts': ['a.ts'] }))).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    expect(findCycles(graph({ 'a.ts': ['a.ts'] }))).toEqual([['a.ts']]);
    expect(findCycles(graph({ 'a.ts': ['b.ts'], 'b.ts': ['c.ts'], 'c.ts': [] }))).toEqual([]);
  });

  it('finds an upward import (core importing the shell), allows downward ones and listed exceptions', () => {
    const g = graph({ 'match/matcher.ts': ['cli/log.ts', 'errors.ts'], 'cli/main.ts': ['app/screen.ts'], 'app/screen.ts': ['screen/screen.ts'] });
    expect(layerViolations(g, LAYERS)).toEqual(['match/matcher.ts (domain) imports cli/log.ts (cli), a layer above it']);
    expect(layerViolations(g, LAYERS, new Set(['match/matcher.ts -> cli/log.ts']))).toEqual([]);
  });

  it('finds `process` outside the shell, but not a property or comment of that name', () => {
    const files = new Map([
      ['screen/a.ts', 'export const cwd = () => process.cwd();'],
      ['screen/b.ts', '// reads process.stdin\nexport const o = { process: 1 }; export function f(x: { process: number }) { return x.process; }'],
      ['cli/c.ts', 'export const env = process.env;'],
    ]);
    expect(processUses(files, ['cli/'])).toEqual(['screen/a.ts']);
  });

  it('finds a network import', () => {
    expect(networkImports(new Map([['a.ts', "import net from 'node:net';"], ['b.ts', "const h = await import('https');"], ['c.ts', "import fs from 'node:fs';"]]))).toEqual([
      'a.ts imports node:net',
      'b.ts imports https',
    ]);
  });

  it('finds a test that would leak global state into the next file', () => {
    const files = new Map([
      ['a.test.ts', "vi.mock('node:fs/promises', () => ({}));"],
      ['b.test.ts', "process.env.TZ = 'UTC';"],
      ['c.test.ts', 'process.chdir(dir);'],
      ['d.test.ts', "if (process.env.CI === '1') skip(); const env = { ...process.env, NO_COLOR: '1' };"],
    ]);
    expect(leakyTests(files)).toEqual(['a.test.ts', 'b.test.ts', 'c.test.ts']);
  });

  it('the scanner sees value, type-only, re-export and dynamic imports', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fundscreen-graph-'));
    writeFileSync(path.join(dir, 'a.ts'), "import type { B } from './b.js';\nexport type A = B;\n");
    writeFileSync(path.join(dir, 'b.ts'), "export { c } from './c.js';\nexport type B = number;\n");
    writeFileSync(path.join(dir, 'c.ts'), "export const c = () => import('./a.js');\n");
    expect(findCycles(scanImports(dir).graph)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });
});

describe('src/ keeps the house rules', () => {
  it('reads the whole tree', () => {
    expect(src.graph.size).toBeGreaterThan(100);
    expect(src.graph.get('cli/main.ts')?.has('cli/context.ts')).toBe(true);
  });

  it('has no import cycles', () => {
    expect(findCycles(src.graph)).toEqual([]);
  });

  it('imports point down the layers only (cli -> config -> app -> report -> screen -> holdings/lists/match -> reference)', () => {
    expect(layerViolations(src.graph, LAYERS)).toEqual([]);
  });

  it('only src/cli touches `process`', () => {
    expect(processUses(src.sources, ['cli/'])).toEqual([]);
  });

  it('nothing imports a network module', () => {
    expect(networkImports(src.sources)).toEqual([]);
  });

  it('report/ renders text and never touches files (writing is cli/output.ts)', () => {
    const reportFiles = new Map([...src.sources].filter(([f]) => f.startsWith('report/')));
    expect(reportFiles.size).toBeGreaterThan(10);
    expect(importsMatching(reportFiles, /^(?:node:)?fs(?:\/|$)/)).toEqual([]);
  });
});

describe('tests/ leaves no global state behind (vitest isolate: false)', () => {
  it('no module mocks, process.chdir or process.env writes', () => {
    expect(leakyTests(scanImports(path.join(repoRoot, 'tests')).sources)).toEqual([]);
  });
});
