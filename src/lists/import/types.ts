import type { ListEntity } from '../schema.js';

export interface ImportOptions {
  /** Name of the file being imported, for messages and citations. */
  file: string;
  /** ISO date used as the listing date when the official file gives none (its as-of date). */
  asOf: string;
  /** `asOf` is only the file's modification date (no --as-of): a date the file states itself (OFAC XML's Publish_Date) is nearer. */
  asOfFromFileTime?: boolean;
}

export interface ImportResult {
  entities: Omit<ListEntity, 'id'>[];
  /** Rows not imported, each with line and reason. */
  warnings: string[];
  /** The date the file itself says it is as of (a page's "Last Updated"), when it says. */
  asOf?: string;
}
