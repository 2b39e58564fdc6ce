/** The list options `screen` and `explain` share: which lists a run matches against. */
import type { Command } from 'commander';

export interface ListFlags {
  list: string[];
  defaultList: boolean;
  onlyLists?: string;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function addListOptions(cmd: Command): Command {
  return cmd
    .option('--list <file>', 'add a list file (our JSON schema or a simple CSV); repeatable', collect, [])
    .option('--no-default-list', 'do not load the shipped list (lists/xinjiang.json)')
    .option('--only-lists <names>', 'official lists that count, comma-separated, by key or name: uflpa, bis, ofac (ofac-sdn, ofac-cmic), cbp-wro, gpfg, akademikerpension; `fundscreen lists show` names them');
}
