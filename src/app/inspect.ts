/**
 * The inspect use case: how a holdings file was read. Detected format, encoding, delimiter,
 * header line, column mapping, fund and as-of date, row accounting (the screen's own, from
 * screen/accounting.ts) with the reasons grouped, and the first parsed positions with every field.
 * Reads the file (relative to `opts.cwd`), never prints: cli/inspect-run.ts renders the result.
 */
import { openHoldings } from '../holdings/read.js';
import { DELIMITER_NAMES } from '../holdings/sniff.js';
import type { HoldingsMeta, Position, ReadOptions } from '../holdings/position.js';
import { countRecord, emptyRows, type RowCounts } from '../screen/accounting.js';
import { peekCutWidth, type CutWidth } from '../holdings/cut-width.js';

export const SHOWN_POSITIONS = 5;
const SHOWN_LINES = 10;

export interface ReasonGroup {
  reason: string;
  count: number;
  /** First few lines with this reason. */
  lines: number[];
}

export interface FileInspection {
  source: string;
  format: string;
  encoding: string | null;
  delimiter: string | null;
  headerLine: number | null;
  fund: string | null;
  asOf: string | null;
  columns: Record<string, string>;
  rows: RowCounts;
  excluded: ReasonGroup[];
  skipped: ReasonGroup[];
  warnings: string[];
  footer: { lines: number; fromLine: number } | null;
  /** The width the file cuts issuer names at, when its names pile up there (as screen reads it). */
  nameCut: CutWidth | null;
  positions: Position[];
}

function addReason(groups: Map<string, ReasonGroup>, reason: string, line: number): void {
  const g = groups.get(reason) ?? { reason, count: 0, lines: [] };
  g.count++;
  if (g.lines.length < SHOWN_LINES) g.lines.push(line);
  groups.set(reason, g);
}

/** Reads the whole input once, counting every record. */
export async function inspectHoldings(path: string, opts: ReadOptions): Promise<FileInspection> {
  const reader = await openHoldings(path, opts);
  const rows = emptyRows();
  const excluded = new Map<string, ReasonGroup>();
  const skipped = new Map<string, ReasonGroup>();
  const positions: Position[] = [];
  const { cut, batches } = await peekCutWidth(reader.batches);
  for await (const batch of batches) {
    for (const rec of batch) {
      countRecord(rows, rec.kind);
      if (rec.kind === 'position') {
        if (positions.length < SHOWN_POSITIONS) positions.push(rec);
      } else {
        addReason(rec.kind === 'excluded' ? excluded : skipped, rec.reason, rec.line);
      }
    }
  }
  const m: HoldingsMeta = reader.meta;
  const byCount = (a: ReasonGroup, b: ReasonGroup) => b.count - a.count || a.lines[0] - b.lines[0];
  return {
    source: m.source,
    format: m.format,
    encoding: m.encoding,
    delimiter: m.delimiter === null ? null : (DELIMITER_NAMES[m.delimiter] ?? m.delimiter),
    headerLine: m.headerLine,
    fund: m.fund,
    asOf: m.asOf,
    columns: m.columns,
    rows,
    excluded: [...excluded.values()].sort(byCount),
    skipped: [...skipped.values()].sort(byCount),
    warnings: m.warnings,
    footer: m.footer ?? null,
    nameCut: cut,
    positions,
  };
}
