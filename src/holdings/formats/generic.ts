/**
 * Any other delimited holdings table: columns found through the shared header synonyms (or
 * `--columns`), preamble read as key/value lines; cash, derivatives and the table's total lines excluded.
 */
import { tableRowExclusion } from '../exclusions.js';
import { readPreamble, type TextLayout } from '../layout.js';

export const generic: TextLayout = {
  id: 'generic-csv',
  detect: () => true,
  preamble: readPreamble,
  exclude: tableRowExclusion,
};
