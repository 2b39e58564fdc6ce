/**
 * The exclusion-list model. One zod schema is the single source of truth: TypeScript types are
 * inferred from it, `lists validate` checks against it, and lists/schema.json is generated from it.
 */
import { z } from 'zod';
import { ID_TYPES } from '../reference/identifiers.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD');
const httpsUrl = z.string().regex(/^https:\/\/\S+$/, 'expected an https:// URL');

export const IdentifierType = z.enum(['ticker', ...ID_TYPES, 'ofac-ent-num', 'other']);

export const IdentifierSchema = z.strictObject({
  type: IdentifierType,
  value: z.string().min(1),
  /** For tickers: the exchange, as an ISO 10383 MIC in the shipped list (XSHG, XSHE, XHKG, XNYS, XNAS...). */
  exchange: z.string().min(1).optional(),
  /** ISO-2 country of the market, for tickers. */
  country: z.string().length(2).optional(),
  source: httpsUrl.optional(),
  note: z.string().optional(),
  /**
   * How well the link from this identifier to the entity is established: 'verified' = an official
   * list or filing gives it; 'partial' = the code itself is verified but its attribution to the
   * entity rests on secondary sources (see note). Absent = not assessed.
   */
  verification: z.enum(['verified', 'partial']).optional(),
});

export const ListingSchema = z.strictObject({
  /** Official list: "UFLPA Entity List", "BIS Entity List", "OFAC SDN", "OFAC NS-CMIC", "CBP WRO", ... */
  list: z.string().min(1),
  /** Program or sub-list: "UFLPA 2(d)(2)(B)(ii)", "GLOMAG", "CMIC-EO13959". */
  program: z.string().min(1).optional(),
  /** Effective / listing date. */
  date: isoDate,
  /** Federal Register citation, executive order, WRO number... */
  citation: z.string().min(1),
  url: httpsUrl,
  verification: z.enum(['verified', 'partial']),
  note: z.string().optional(),
});

export const RelationSchema = z.strictObject({
  type: z.enum(['subsidiary-of', 'parent-of', 'renamed-from', 'affiliate-of']),
  /** Id of another entity in the same list, when the related company is itself listed. */
  targetId: z.string().min(1).optional(),
  /** Name of the related company (always given; it may not be listed). */
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  identifiers: z.array(IdentifierSchema).default([]),
  /** Where the link is documented. */
  source: httpsUrl,
  note: z.string().optional(),
});

export const EntitySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case slugs'),
  name: z.string().min(1),
  type: z.enum(['company', 'government', 'person', 'organization']),
  aliases: z.array(z.string().min(1)).default([]),
  identifiers: z.array(IdentifierSchema).default([]),
  listings: z.array(ListingSchema),
  relations: z.array(RelationSchema).default([]),
  country: z.string().length(2).optional(),
  notes: z.string().optional(),
});

/**
 * What the file holds of one official list, as data: the date it is complete to, how many
 * entities the official list had at its newest known count, and what is known to be missing.
 * Reports and `lists show` print it; a run warns when `completeTo` is older than --max-list-age.
 */
export const CoverageSchema = z.strictObject({
  /** As in `listing.list`: "UFLPA Entity List". */
  list: z.string().min(1),
  /** Short name for --only-lists: "uflpa", "bis", "ofac-sdn". */
  key: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'keys are lower-case slugs'),
  /** What a listing means: an import ban, export control, sanctions, an investment ban, or an investor's own exclusion. */
  kind: z.enum(['import-ban', 'export-control', 'sanctions', 'investment-ban', 'investor-exclusion', 'other']),
  /** Every entry of the official list (within the file's scope) up to this date is in the file, as far as the sources show. */
  completeTo: isoDate,
  /** The official list's size at `officialAsOf`, when a source gives it. */
  officialEntities: z.number().int().nonnegative().optional(),
  officialAsOf: isoDate.optional(),
  /** What is known to be missing or only partially sourced, in plain words. */
  missing: z.string().optional(),
  /** Where the official list is published (to check or download it). */
  source: httpsUrl.optional(),
});

export const ListFileSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(1),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.string().min(1),
  /** Date of the newest listing in the file. */
  version: isoDate,
  description: z.string().optional(),
  /** Source documents the file was built from (as-of dates, URLs). */
  sources: z
    .array(z.strictObject({ name: z.string(), asOf: isoDate.optional(), url: httpsUrl.optional(), note: z.string().optional() }))
    .default([]),
  /** Per official list: completeness and known gaps (absent in most user lists). */
  coverage: z.array(CoverageSchema).optional(),
  entities: z.array(EntitySchema),
});

export type Identifier = z.infer<typeof IdentifierSchema>;
export type Listing = z.infer<typeof ListingSchema>;
export type Relation = z.infer<typeof RelationSchema>;
export type ListEntity = z.infer<typeof EntitySchema>;
export type ListFile = z.infer<typeof ListFileSchema>;
export type Coverage = z.infer<typeof CoverageSchema>;

/**
 * Where a list read from a table (a CSV list, a list workbook's sheet) wrote each entity: the file
 * as its problems name it and, per entity, the line (a sheet's row number) of its row. A JSON list
 * has none: its entities are named by id and place (entities[3]).
 */
export interface EntityRows {
  file: string;
  lines: number[];
}

/** "mine.csv:17", where entity `index` was written, or undefined for a list with no rows. */
export function entityRow(rows: EntityRows | undefined, index: number): string | undefined {
  const line = rows?.lines[index];
  return line === undefined ? undefined : `${rows!.file}:${line}`;
}

/** "mine.csv:17: entity x", or "entity x" for a list with no rows: how a problem names entity `index`. */
export function entityLabel(id: string, index: number, rows: EntityRows | undefined): string {
  const at = entityRow(rows, index);
  const named = `entity ${id.length > 80 ? `${id.slice(0, 80)}...` : id}`;
  return at ? `${at}: ${named}` : named;
}

/** "entity alpha-corp", or "entity alpha-corp (mine.csv:2)": another entity a problem refers to. */
export function otherEntityLabel(id: string, index: number | undefined, rows: EntityRows | undefined): string {
  const at = index === undefined ? undefined : entityRow(rows, index);
  return at ? `entity ${id} (${at})` : `entity ${id}`;
}

/** Two entities of one list whose names read as one (lists validate, and the lists a run compiles). */
export function readsAlikeWarning(entity: string, form: string, other: string, listId?: string): string {
  return `${entity}: its name reads as "${form}", as the name of ${other} does${listId === undefined ? '' : ` (list ${listId})`}; a holding so named is reported for both`;
}

/** A list as loaded for a run: the parsed file plus where it came from and its hash. */
export interface LoadedList {
  id: string;
  version: string;
  sha256: string;
  path: string;
  entities: ListEntity[];
  coverage?: Coverage[];
  /** A table list's: the line of each entity's row, for its problems and warnings. */
  rows?: EntityRows;
}
