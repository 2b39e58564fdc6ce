/**
 * fundscreen.config.json: the zod schema is the single source of truth; config.schema.json at
 * the repository root is generated from it (tests/config/schema.test.ts keeps the two in step).
 * Strict: an unknown key is an error, so a typo never silently drops a setting.
 */
import { z } from 'zod';
import { FAIL_ON_LEVELS } from '../app/verdict.js';
import { TIERS } from '../match/types.js';
import { REPORT_FORMATS } from '../report/options.js';

const path = z.string().min(1);

/** The most worker threads `jobs` (--jobs, FUNDSCREEN_JOBS) takes. */
export const MAX_JOBS = 64;

export const FormatSchema = z.enum(REPORT_FORMATS);

/** One character, or "tab" / "\t" for a tab. */
export const DelimiterSchema = z
  .string()
  .refine((v) => v === 'tab' || v === '\\t' || v.length === 1, 'expected one character, or "tab"')
  .transform((v) => (v === 'tab' || v === '\\t' ? '\t' : v));

export const ConfigSchema = z
  .strictObject({
    $schema: z.string().optional(),
    lists: z.array(path).optional().describe('List files to screen against (JSON or CSV), in addition to the shipped list unless noDefaultList'),
    noDefaultList: z.boolean().optional().describe('Do not load the shipped list (lists/xinjiang.json)'),
    ignore: path.optional().describe('Suppression file: a JSON array of {entity, isin?, ticker?, fund?, reason, expires}'),
    baseline: path.optional().describe('A previous --format json report; exit 1 then means new findings only'),
    format: z.union([FormatSchema, z.array(FormatSchema).min(1)]).optional().describe('Report format, or several formats with outDir'),
    output: path.optional().describe('Write the report to this file instead of stdout'),
    outDir: path.optional().describe('Write report.<ext> for each format into this folder'),
    failOn: z.enum(FAIL_ON_LEVELS).optional().describe('Exit 1 when an unsuppressed finding is at or above this tier'),
    minTier: z.enum(TIERS).optional().describe('Report only findings at or above this tier'),
    inputFormat: z.string().min(1).optional().describe('Force an input layout instead of detecting it'),
    columns: z.record(z.string().min(1), z.string().min(1)).optional().describe('Column mapping for generic files: field -> header'),
    encoding: z.string().min(1).optional().describe('Force the input encoding'),
    delimiter: DelimiterSchema.optional().describe('Force the field delimiter'),
    strict: z.boolean().optional().describe('Treat any skipped or salvaged row as an input error (exit 3)'),
    quiet: z.boolean().optional().describe('No progress or per-file summary on stderr'),
    showSuppressed: z.boolean().optional().describe('List suppressed findings in table, markdown and html reports'),
    fundNames: z
      .record(path, z.string().min(1))
      .optional()
      .describe('Names for funds whose file names none: input file (a path relative to this file, or a bare file name) -> fund name'),
    onlyLists: z.array(z.string().min(1)).min(1).optional().describe('Official lists that count for a run, by key or name (uflpa, bis, ofac, ofac-sdn, cbp-wro, gpfg...); others are ignored'),
    maxListAge: z.number().int().nonnegative().optional().describe('Warn when an official list is complete only to a date more than this many days ago (default 180)'),
    jobs: z.number().int().min(0).max(MAX_JOBS).optional().describe('Worker threads that work out issuer names beside the main thread in large inputs (default: one per core, none on one core; 0: none)'),
  })
  .describe('fundscreen configuration (fundscreen.config.json)');

export type ConfigFile = z.output<typeof ConfigSchema>;

export const CONFIG_FILE_NAME = 'fundscreen.config.json';

/** The JSON Schema shipped as config.schema.json. */
export function configJsonSchema(): string {
  return `${JSON.stringify(z.toJSONSchema(ConfigSchema, { io: 'input', target: 'draft-2020-12' }), null, 2)}\n`;
}
