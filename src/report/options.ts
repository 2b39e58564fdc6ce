export const REPORT_FORMATS = ['table', 'json', 'jsonl', 'csv', 'markdown', 'html', 'sarif'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface RenderOptions {
  /** ANSI colour (table only); decided per sink by the CLI, never by chalk's own detection. */
  color: boolean;
  /** Terminal columns for the table (80 when unknown). */
  width: number;
  /** List suppressed findings in table/markdown/html (they are always counted). */
  showSuppressed: boolean;
}
