/**
 * JSON Lines: one record per line, each told apart by its `record` field:
 * - `record: "finding"`: every finding, the same object as in the JSON report's `findings` array
 *   (suppressed ones included, flagged by `suppressed`); with --look-through the indirect findings
 *   follow, the objects of `lookThrough.findings` (`indirect: true`, with holder, path, exposure);
 * - `record: "not-looked-through"`: with --look-through, each holder position not looked through
 *   (no holdings file joins it, a cycle, the depth limit), the objects of `lookThrough.notLookedThrough`;
 * - `record: "timeline"`: when a fund was screened at two dates or more, one line per timeline,
 *   the objects of `history.funds` (`scope: "fund"`) then `history.families` (`scope: "family"`).
 * No summary line: a plain run's output is its findings, one per line. No findings: empty output.
 * Each line validates against report.schema.json#/$defs/jsonlRecord.
 */
import type { ScreenResult } from '../screen/result.js';
import { toFindingJson } from './finding-json.js';
import { toIndirectJson, toTimelineJson } from './look-through-json.js';

export function renderJsonl(result: ScreenResult): string {
  const records: object[] = [
    ...result.findings.map((f) => ({ record: 'finding', ...toFindingJson(f) })),
    ...(result.lookThrough?.findings ?? []).map((f) => ({ record: 'finding', ...toIndirectJson(f) })),
    ...(result.lookThrough?.notLookedThrough ?? []).map((n) => ({ record: 'not-looked-through', ...n })),
    ...(result.history?.funds ?? []).map((t) => ({ record: 'timeline', scope: 'fund', ...toTimelineJson(t) })),
    ...(result.history?.families ?? []).map((t) => ({ record: 'timeline', scope: 'family', ...toTimelineJson(t) })),
  ];
  return records.map((r) => `${JSON.stringify(r)}\n`).join('');
}
