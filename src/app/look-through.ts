/**
 * `--look-through [FUNDS...]`: which inputs are the roots (the positional ones: a portfolio, or a
 * data set looked through in place) and which are only read to look through, and the identifiers a
 * user tags a fund's file with (`EEM,US4642872349=funds/EEM.csv`). The work is in
 * screen/fund-links.ts and screen/look-through.ts.
 */
import { existsSync } from 'node:fs';
import { InputError } from '../errors.js';
import { resolveIn } from '../working-folder.js';
import { FundLinkCollector } from '../screen/fund-links.js';

export interface LookThroughPlan {
  /** Every argument to screen, roots first (fund arguments without their tags). */
  inputs: string[];
  collector: FundLinkCollector;
}

/** `IDS=PATH` -> [path, ids]; a plain path (or one that exists as written, '=' and all) -> no ids. */
export function parseFundArg(arg: string, cwd?: string): { path: string; ids: string[] } {
  const eq = arg.indexOf('=');
  if (eq <= 0 || existsSync(resolveIn(cwd, arg))) return { path: arg, ids: [] };
  const ids = arg.slice(0, eq).split(',').map((s) => s.trim()).filter(Boolean);
  return { path: arg.slice(eq + 1), ids };
}

/** Each argument expands on its own; one that cannot is kept as given so the screen reports it. */
async function expandEach(args: string[], expand: (paths: string[]) => Promise<string[]>): Promise<string[]> {
  const out: string[] = [];
  for (const a of args) {
    try {
      out.push(...(await expand([a])));
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      out.push(a);
    }
  }
  return out;
}

export async function planLookThrough(
  roots: string[],
  funds: string[],
  expand: (paths: string[]) => Promise<string[]>,
  cwd?: string,
): Promise<LookThroughPlan> {
  // Expanded here only to know which files are roots and which carry tags; the screen expands the
  // same arguments again itself (so a folder's non-holdings files stay warnings, not errors).
  const rootPaths = await expandEach(roots, expand);
  const tags = new Map<string, string[]>();
  const fundArgs: string[] = [];
  for (const arg of funds) {
    const { path, ids } = parseFundArg(arg, cwd);
    for (const p of await expandEach([path], expand)) if (ids.length) tags.set(p, [...(tags.get(p) ?? []), ...ids]);
    if (!roots.includes(path) && !fundArgs.includes(path)) fundArgs.push(path);
  }
  return { inputs: [...roots, ...fundArgs], collector: new FundLinkCollector(new Set(rootPaths), tags) };
}
