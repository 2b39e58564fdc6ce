/**
 * The JSON report contract is report.schema.json at the repository root (shipped in the package):
 * every report a test reads is validated against it with Ajv (JSON Schema 2020-12, strict mode, all
 * errors), so a renamed, missing or undocumented field fails the tests. The schema is written by
 * hand, not generated from the code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import type { JsonReport } from '../../src/report/json.js';
import { repoRoot } from './cli.js';

export const REPORT_SCHEMA_PATH = path.join(repoRoot, 'report.schema.json');
export const reportSchema = JSON.parse(readFileSync(REPORT_SCHEMA_PATH, 'utf8')) as Record<string, unknown> & { $defs: Record<string, unknown> };

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
ajv.addSchema(reportSchema, 'report');
const validateReport = ajv.getSchema('report') as ValidateFunction;
const validateRecord = ajv.getSchema('report#/$defs/jsonlRecord') as ValidateFunction;

function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).slice(0, 12).map((e) => `${e.instancePath || '/'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}${e.params && 'unevaluatedProperty' in e.params ? ` (${String(e.params.unevaluatedProperty)})` : ''}`).join('; ');
}

/** The schema's errors for a report, as one line each; [] when it validates. */
export function reportErrors(report: unknown): string[] {
  return validateReport(report) ? [] : describeErrors(validateReport.errors).split('; ');
}

/** The schema's errors for one JSONL record; [] when it validates. */
export function recordErrors(record: unknown): string[] {
  return validateRecord(record) ? [] : describeErrors(validateRecord.errors).split('; ');
}

export type ReportJson = JsonReport;

export const ReportContract = {
  /** The report, after it validated against report.schema.json (throws with the schema's errors otherwise). */
  parse(report: unknown): ReportJson {
    if (!validateReport(report)) throw new Error(`report does not validate against report.schema.json: ${describeErrors(validateReport.errors)}`);
    return report as ReportJson;
  },
};

/** Each line of a JSONL report, after it validated against report.schema.json#/$defs/jsonlRecord. */
export function parseJsonl(text: string): unknown[] {
  return text.split('\n').filter((l) => l !== '').map((line, i) => {
    const record: unknown = JSON.parse(line);
    if (!validateRecord(record)) throw new Error(`JSONL line ${i + 1} does not validate against report.schema.json#/$defs/jsonlRecord: ${describeErrors(validateRecord.errors)}`);
    return record;
  });
}
