export const REPORT_FORMATS = ['table', 'json', 'jsonl', 'csv', 'markdown', 'html', 'sarif'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Orders of the findings (--sort): file order, largest value or weight first, strongest tier first, entity name. */
export const FINDING_SORTS = ['source', 'value', 'weight', 'tier', 'entity'] as const;
export type FindingSort = (typeof FINDING_SORTS)[number];

export interface RenderOptions {
  /** ANSI colour (table only); decided per sink by the CLI, never by chalk's own detection. */
  color: boolean;
  /** Terminal columns for the table (80 when unknown). */
  width: number;
  /** List suppressed findings in table/markdown/html (they are always counted). */
  showSuppressed: boolean;
  /** The order findings are listed in (default 'source': by file, then line). */
  sort?: FindingSort;
}
