/**
 * The lists a run screens against: the shipped list unless switched off, plus the user's own
 * (JSON schema or simple CSV), in that order. Shared by `screen` and `explain`.
 */
import { UsageError } from '../errors.js';
import { loadList, loadUserList } from './load.js';
import { DEFAULT_LIST_PATH } from './paths.js';
import type { LoadedList } from './schema.js';

export const SHIPPED_LIST_LABEL = 'lists/xinjiang.json';

/** `extra` paths are read from `cwd` when given (the CLI's working folder) and reported as given. */
export async function loadSelectedLists(opts: { useDefault: boolean; extra: readonly string[]; cwd?: string }): Promise<LoadedList[]> {
  const lists: LoadedList[] = [];
  // The shipped list is named by its place in the package, not this machine's absolute path, so
  // reports from two machines (or two checkouts) stay byte-identical.
  if (opts.useDefault) lists.push({ ...(await loadList(DEFAULT_LIST_PATH)), path: SHIPPED_LIST_LABEL });
  for (const p of opts.extra) lists.push(await loadUserList(p, opts.cwd));
  if (lists.length === 0) throw new UsageError('no list to screen against (--no-default-list without --list)');
  return lists;
}
