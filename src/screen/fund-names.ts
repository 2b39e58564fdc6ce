/**
 * What a fund is called in a report, so that no report has to fall back to a local path:
 * 1. the name the file gives itself (iShares preamble, N-PORT seriesName, Vanguard title...);
 * 2. else a name the user gave for that file (`--fund-name FILE=NAME`, config `fundNames`);
 * 3. else the file's base name ("EEM_holdings.csv"; "stdin" for "-").
 * A FILE with a path separator names that path (resolved against `base`: the working folder for
 * a flag, the config file's folder for the config); a bare FILE names every input of that base name.
 */
import path from 'node:path';
import { UsageError } from '../errors.js';
import { cleanText } from '../holdings/values.js';

export interface FundNameEntry {
  file: string;
  name: string;
}

/** "FILE=NAME": the first "=" splits, so a name may hold one and a path may not. */
export function parseFundNameSpec(spec: string): FundNameEntry {
  const i = spec.indexOf('=');
  const file = i < 0 ? '' : spec.slice(0, i).trim();
  const name = i < 0 ? '' : spec.slice(i + 1).trim();
  if (!file || !name) throw new UsageError(`--fund-name: expected FILE=NAME, got ${JSON.stringify(spec)}`);
  return { file, name };
}

function hasSeparator(p: string): boolean {
  return p.includes('/') || p.includes(path.sep);
}

/** The name an input gets when neither the file nor the user names it. */
export function fileFundName(input: string): string {
  return input === '-' ? 'stdin' : path.basename(path.resolve(input));
}

/**
 * A lookup from an input path to the name the user gave it (null: none). Paths are compared
 * resolved against `base`; bare file names against the input's base name.
 */
export interface FundNamer {
  (input: string): string | null;
  /** The entries' FILEs no input was named by so far (a typo in a cron job's config): said after the run. */
  unused(): string[];
}

/**
 * `sayUnused`: the entries were typed for this run (--fund-name), so one that names no input is a
 * typo to say; a config's fundNames name a project's funds, most of them absent from a given run.
 */
export function fundNamer(entries: readonly FundNameEntry[], base: string, sayUnused = true): FundNamer {
  const byPath = new Map<string, string>();
  const byName = new Map<string, string>();
  const given = new Map<string, string>();
  for (const e of entries) {
    // Read as a file's own fund name is read: no control character, escape or bidi override.
    const name = cleanText(e.name);
    if (!name) continue; // nothing left to show: the file's own name, as without the entry
    const key = hasSeparator(e.file) ? path.resolve(base, e.file) : e.file;
    if (hasSeparator(e.file)) byPath.set(key, name);
    else byName.set(key, name);
    given.set(key, e.file);
  }
  const used = new Set<string>();
  const nameOf = (input: string): string | null => {
    const keys = input === '-' ? ['-'] : [path.resolve(base, input), path.basename(input)];
    for (const k of keys) {
      const name = byPath.get(k) ?? byName.get(k);
      if (name !== undefined) {
        used.add(k);
        return name;
      }
    }
    return null;
  };
  return Object.assign(nameOf, { unused: () => (sayUnused ? [...given].filter(([k]) => !used.has(k)).map(([, file]) => file) : []) });
}
