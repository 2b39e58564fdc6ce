/**
 * The one CSV reader of the importers: rows with the line each ends on (csv-parse's count, so a
 * quoted cell over several lines, and the blank lines skipped, never shift a warning's line), and
 * a parse error as a ListError naming the file and line. Pure.
 */
import { parse } from 'csv-parse/sync';
import { ListError } from '../../errors.js';

export interface CsvRow<T> {
  row: T;
  line: number;
}

interface Parsed<T> {
  record: T;
  info: { lines: number };
}

function parseOrThrow<T>(text: string, file: string, what: string, columns: boolean): Parsed<T>[] {
  try {
    return parse(text, {
      ...(columns ? { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()) } : {}),
      bom: true, skip_empty_lines: true, relax_column_count: true, relax_quotes: true, info: true,
    }) as unknown as Parsed<T>[];
  } catch (err) {
    const e = err as Error & { lines?: number };
    throw new ListError(`${file}${e.lines ? `:${e.lines}` : ''}: not ${what}: ${e.message}`, [], { cause: err });
  }
}

/** Rows of a file without a header (OFAC's). */
export function csvRows(text: string, file: string, what: string): CsvRow<string[]>[] {
  return parseOrThrow<string[]>(text, file, what, false).map((p) => ({ row: p.record, line: p.info.lines }));
}

/** Rows of a file with a header row, keyed by the header's names (trimmed, lower case). */
export function csvRecords(text: string, file: string, what: string): CsvRow<Record<string, string>>[] {
  return parseOrThrow<Record<string, string>>(text, file, what, true).map((p) => ({ row: p.record, line: p.info.lines }));
}
