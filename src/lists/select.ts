/**
 * The lists a run screens against: the shipped list unless switched off, plus the user's own
 * (JSON schema or simple CSV), in that order. Shared by `screen` and `explain`.
 */
import { UsageError } from '../errors.js';
import { loadList, loadUserList } from './load.js';
import { DEFAULT_LIST_PATH } from './paths.js';
import type { LoadedList } from './schema.js';

export const SHIPPED_LIST_LABEL = 'lists/xinjiang.json';

/**
 * A list given twice (the same bytes, or another list under the same id, such as a copy of the
 * shipped list beside it) would report every holding of it twice and count its exposure twice:
 * a usage error naming both, never doubled figures.
 */
function sameAsLoaded(list: LoadedList, loaded: readonly LoadedList[]): void {
  const shipped = (l: LoadedList) => (l.path === SHIPPED_LIST_LABEL ? ' (the shipped list, loaded unless --no-default-list)' : '');
  const same = loaded.find((l) => l.sha256 === list.sha256);
  if (same) throw new UsageError(`${list.path}: the same list as ${same.path}${shipped(same)}; give it once`);
  const sameId = loaded.find((l) => l.id === list.id);
  if (sameId) {
    throw new UsageError(`${list.path}: list id "${list.id}" is also the id of ${sameId.path}${shipped(sameId)}: their findings could not be told apart; screen against one (--no-default-list) or give the list another id`);
  }
}

/** `extra` paths are read from `cwd` when given (the CLI's working folder) and reported as given. */
export async function loadSelectedLists(opts: { useDefault: boolean; extra: readonly string[]; cwd?: string }): Promise<LoadedList[]> {
  const lists: LoadedList[] = [];
  // The shipped list is named by its place in the package, not this machine's absolute path, so
  // reports from two machines (or two checkouts) stay byte-identical.
  if (opts.useDefault) lists.push({ ...(await loadList(DEFAULT_LIST_PATH)), path: SHIPPED_LIST_LABEL });
  for (const p of opts.extra) {
    const list = await loadUserList(p, opts.cwd);
    sameAsLoaded(list, lists);
    lists.push(list);
  }
  if (lists.length === 0) throw new UsageError('no list to screen against (--no-default-list without --list)');
  return lists;
}
