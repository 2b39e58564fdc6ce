/**
 * The layer rules of src/, checked mechanically (tests/architecture.test.ts): an import graph read
 * with TypeScript's own pre-processor (static, type-only, re-export and dynamic `import()` edges
 * alike), and three checks over it: no import cycles, imports point down the layers only, and the
 * `process` global only in the shell. Pure functions over a graph, so a test can feed them a
 * made-up graph and see them fail.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** File (relative to the root, '/'-separated) -> the files it imports. */
export type ImportGraph = Map<string, Set<string>>;

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? tsFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The graph of every .ts file under `root`; only relative imports (packages are not layers). */
export function scanImports(root: string): { graph: ImportGraph; sources: Map<string, string> } {
  const graph: ImportGraph = new Map();
  const sources = new Map<string, string>();
  const rel = (f: string) => path.relative(root, f).split(path.sep).join('/');
  for (const file of tsFiles(root)) {
    const text = readFileSync(file, 'utf8');
    sources.set(rel(file), text);
    const deps = new Set<string>();
    for (const { fileName } of ts.preProcessFile(text, true, true).importedFiles) {
      if (!fileName.startsWith('.')) continue;
      deps.add(rel(path.resolve(path.dirname(file), fileName.replace(/\.js$/, '.ts'))));
    }
    graph.set(rel(file), deps);
  }
  return { graph, sources };
}

/** Every import cycle, as the files of one strongly connected component (Tarjan). */
export function findCycles(graph: ImportGraph): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || graph.get(v)?.has(v)) cycles.push(scc.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!idx.has(v)) visit(v);
  return cycles;
}

/**
 * Layers from the top: a file's layer is the first whose prefix its path starts with. A file may
 * import its own layer or any layer below; an import upwards is a violation, unless listed in
 * `exceptions` as "from -> to" (each with the reason it still stands).
 */
export interface Layer {
  name: string;
  prefixes: string[];
}

export function layerOf(file: string, layers: readonly Layer[]): number {
  const i = layers.findIndex((l) => l.prefixes.some((p) => file.startsWith(p)));
  if (i < 0) throw new Error(`${file} is in no layer: add its folder to the layer table`);
  return i;
}

export function layerViolations(graph: ImportGraph, layers: readonly Layer[], exceptions: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  for (const [from, deps] of graph) {
    const a = layerOf(from, layers);
    for (const to of deps) {
      if (layerOf(to, layers) < a && !exceptions.has(`${from} -> ${to}`)) {
        out.push(`${from} (${layers[a].name}) imports ${to} (${layers[layerOf(to, layers)].name}), a layer above it`);
      }
    }
  }
  return out.sort();
}

/** Whether the code reads the `process` global (an identifier, not a property name or a comment). */
function usesProcess(file: string, text: string): boolean {
  if (!text.includes('process')) return false;
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isIdentifier(node) && node.text === 'process') {
      const parent = node.parent;
      const isName = (ts.isPropertyAccessExpression(parent) && parent.name === node) || (ts.isQualifiedName(parent) && parent.right === node)
        || ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent) || ts.isVariableDeclaration(parent) || ts.isParameter(parent)) && parent.name === node);
      if (!isName) found = true;
    }
    ts.forEachChild(node, visit);
  };
  // setParentNodes: parent links are needed to tell a use from a name.
  visit(ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true));
  return found;
}

/** Files outside the `allowed` prefixes that read the `process` global. */
export function processUses(sources: ReadonlyMap<string, string>, allowed: readonly string[]): string[] {
  return [...sources].filter(([f, text]) => !allowed.some((p) => f.startsWith(p)) && usesProcess(f, text)).map(([f]) => f).sort();
}

const NETWORK = /^(?:node:)?(?:net|http|https|http2|tls|dns|dgram)(?:\/|$)/;

/** Each `file imports module` whose module name matches `pattern` (packages and node: builtins included). */
export function importsMatching(sources: ReadonlyMap<string, string>, pattern: RegExp): string[] {
  const out: string[] = [];
  for (const [f, text] of sources) {
    for (const { fileName } of ts.preProcessFile(text, true, true).importedFiles) if (pattern.test(fileName)) out.push(`${f} imports ${fileName}`);
  }
  return out.sort();
}

export function networkImports(sources: ReadonlyMap<string, string>): string[] {
  return importsMatching(sources, NETWORK);
}
