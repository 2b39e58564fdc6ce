/**
 * JSON Lines: one finding per line, the same object as in the JSON report's `findings` array
 * (suppressed findings included, flagged by `suppressed`). Only findings, no summary line, so
 * `fundscreen screen x -f jsonl | jq ...` sees one kind of record. No findings: empty output.
 */
import type { ScreenResult } from '../screen/result.js';
import { toFindingJson } from './finding-json.js';
import { toIndirectJson } from './look-through-json.js';

/** With --look-through, indirect findings follow the direct ones (`indirect: true`, with holder and path). */
export function renderJsonl(result: ScreenResult): string {
  const direct = result.findings.map((f) => `${JSON.stringify(toFindingJson(f))}\n`);
  const indirect = (result.lookThrough?.findings ?? []).map((f) => `${JSON.stringify(toIndirectJson(f))}\n`);
  return [...direct, ...indirect].join('');
}
