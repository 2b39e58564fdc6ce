/**
 * One entry point for every report format. Renderers are pure: ScreenResult in, text out, the
 * same bytes for the same result; colour only when the caller says so.
 */
import type { ScreenResult } from '../screen/result.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderJsonl } from './jsonl.js';
import { renderMarkdown } from './markdown.js';
import type { RenderOptions, ReportFormat } from './options.js';
import { renderTable } from './table.js';
import { renderSarif } from './sarif.js';
import { findingOrder } from './model.js';

export { FINDING_SORTS, REPORT_FORMATS, type FindingSort, type RenderOptions, type ReportFormat } from './options.js';

/** File name per format for --out-dir. */
export const REPORT_FILE_NAMES: Record<ReportFormat, string> = {
  table: 'report.txt',
  json: 'report.json',
  jsonl: 'report.jsonl',
  csv: 'report.csv',
  markdown: 'report.md',
  html: 'report.html',
  sarif: 'report.sarif',
};

export function renderReport(unsorted: ScreenResult, format: ReportFormat, opts: RenderOptions): string {
  // --sort: the machine formats list findings in that order too (the human ones through the model).
  const result = opts.sort && opts.sort !== 'source' ? { ...unsorted, findings: [...unsorted.findings].sort(findingOrder(opts.sort)) } : unsorted;
  switch (format) {
    case 'table':
      return renderTable(result, opts);
    case 'json':
      return renderJson(result);
    case 'jsonl':
      return renderJsonl(result);
    case 'csv':
      return renderCsv(result);
    case 'markdown':
      return renderMarkdown(result, opts);
    case 'html':
      return renderHtml(result, opts);
    case 'sarif':
      return renderSarif(result);
  }
}
