/**
 * How a report names an input file. A published report must not carry the analyst's local paths
 * (user and folder names), yet two inputs must stay apart: each source is named by its path
 * relative to the deepest folder all the run's sources share ("ishares/EEM.csv",
 * "vanguard/VT.csv"; a single input is just its file name), "-" is "stdin". Only the JSON
 * contract's `source` fields keep the paths as given.
 */
import path from 'node:path';

const STDIN_NAME = 'stdin';

function segments(abs: string): string[] {
  return abs.split(/[\\/]+/).filter((s) => s !== '');
}

/** Display name of each source: relative to the sources' common folder, '/'-separated. */
export function sourceNames(sources: Iterable<string>): Map<string, string> {
  const files = [...new Set(sources)].filter((s) => s !== '-');
  const abs = new Map(files.map((s) => [s, segments(path.resolve(s))]));
  const dirs = [...abs.values()].map((segs) => segs.slice(0, -1));
  let common = dirs.length === 0 ? 0 : Math.min(...dirs.map((d) => d.length));
  for (const d of dirs) {
    let i = 0;
    while (i < common && d[i] === dirs[0][i]) i++;
    common = i;
  }
  const out = new Map<string, string>([['-', STDIN_NAME]]);
  for (const [s, segs] of abs) out.set(s, segs.slice(common).join('/'));
  return out;
}

/**
 * Replaces every source path (as given and resolved) inside free text, such as a warning that
 * starts with its file, by the source's display name. Longest paths first, so a data-set folder
 * never eats the start of its member file's path.
 */
export function scrubPaths(text: string, names: ReadonlyMap<string, string>): string {
  let out = text;
  const pairs: [string, string][] = [];
  for (const [s, name] of names) {
    if (s === '-') continue;
    pairs.push([s, name], [path.resolve(s), name]);
  }
  pairs.sort((a, b) => b[0].length - a[0].length);
  for (const [from, to] of pairs) if (from !== to && out.includes(from)) out = out.split(from).join(to);
  return out;
}
