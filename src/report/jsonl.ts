/**
 * JSON Lines: one finding per line, the same object as in the JSON report's `findings` array
 * (suppressed findings included, flagged by `suppressed`). Only findings, no summary line, so
 * `fundscreen screen x -f jsonl | jq ...` sees one kind of record. No findings: empty output.
 */
import type { ScreenResult } from '../screen/result.js';
import { toFindingJson } from './json.js';

export function renderJsonl(result: ScreenResult): string {
  return result.findings.map((f) => `${JSON.stringify(toFindingJson(f))}\n`).join('');
}
