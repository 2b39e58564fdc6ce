/**
 * `lists import` without --from: the format is read from the file's content, never its name.
 * Each rule looks at what only that layout has; a file no rule recognises is a usage error that
 * names the formats.
 */
import { UsageError } from '../../errors.js';
import { IMPORT_FORMATS, type ImportFormat } from './formats.js';

/** First line that is not blank, lower-cased, without a byte-order mark. */
function firstLine(text: string): string {
  return (text.replace(/^\uFEFF/, '').split(/\r?\n/).find((l) => l.trim() !== '') ?? '').trim();
}

const csvHeader = (line: string): string[] => line.toLowerCase().split(',').map((c) => c.trim().replace(/^"|"$/g, ''));

/** The program cell (the fourth) of each OFAC CSV row: ent_num, "name", type, "program", ... */
const PROGRAM_CELL = /^"?\d+"?\s*,\s*(?:"(?:[^"]|"")*"|[^,\n]*)\s*,\s*(?:"(?:[^"]|"")*"|[^,\n]*)\s*,\s*("(?:[^"]|"")*"|[^,\n]*)/gm;
function programCells(text: string): string[] {
  return [...text.matchAll(PROGRAM_CELL)].map((m) => m[1]!);
}

/** A non-SDN program as the program cell writes it, alone or among others in brackets. */
const NON_SDN_PROGRAM = /[",[\s](?:CMIC-EO13959|NS-[A-Z]+|FSE-[A-Z]+|561-Related)[\]",\s]/;

export function detectImportFormat(text: string, file: string): { format: ImportFormat; why: string } {
  const head = text.slice(0, 200_000);
  const line = firstLine(head);
  // OFAC's XML (SDN.XML, CONSOLIDATED.XML): its root, in any namespace; the consolidated list by its programs, as the CSV's.
  if (/^<(?:\?xml|(?:\w+:)?sdnList[\s>])/.test(line) && /<(?:\w+:)?sdnList[\s>]/.test(head.slice(0, 5000))) {
    const programs = [...text.matchAll(/<(?:\w+:)?program>([^<]*)</g)].map((m) => m[1]!);
    return programs.some((p) => NON_SDN_PROGRAM.test(` ${p} `))
      ? { format: 'ofac-cons', why: "OFAC's XML (sdnList) with non-SDN programs (CMIC, NS-, FSE, 561)" }
      : { format: 'ofac-sdn', why: "OFAC's XML (sdnList) with no non-SDN program" };
  }
  if (/<html|<!doctype html|<table/i.test(head.slice(0, 5000)) || /<t[dr][\s>]/i.test(line)) {
    if (/UFLPA|Uyghur Forced Labor|2\s*\(d\)\s*\(2\)\s*\(B\)/i.test(head)) return { format: 'dhs-uflpa', why: 'an HTML page with UFLPA section tables' };
    throw new UsageError(`${file}: an HTML page, but not the DHS UFLPA Entity List (the only HTML format); give --from (${IMPORT_FORMATS.join(', ')})`);
  }
  if (line.startsWith('{')) {
    try {
      const o = JSON.parse(line) as { schema?: unknown; id?: unknown };
      if (typeof o.schema === 'string' && typeof o.id === 'string') return { format: 'opensanctions-ftm', why: 'JSON lines with id and schema' };
    } catch {
      /* not JSON lines */
    }
  }
  const cols = csvHeader(line);
  if (cols.includes('id') && cols.includes('schema') && cols.includes('name')) return { format: 'opensanctions-csv', why: 'a CSV header with id, schema and name' };
  if (cols.includes('source') && cols.includes('name') && (cols.includes('_id') || cols.includes('entity_number'))) return { format: 'csl', why: 'a CSV header with _id/entity_number, source and name' };
  // OFAC's CSVs have no header: the first field is a numeric ent_num and there are 12 columns.
  if (/^"?\d+"?\s*,/.test(line) && line.split(',').length >= 12) {
    // Non-SDN programs (CMIC, NS-*, FSE, 561) appear only in the consolidated (non-SDN) list: in
    // any row (not only the first 200 KB), anywhere in the program cell ("[SYRIA] [FSE-SY]"), and
    // only there (a name or remark may say the same words).
    const nonSdn = programCells(text).some((cell) => NON_SDN_PROGRAM.test(` ${cell} `));
    return nonSdn
      ? { format: 'ofac-cons', why: 'OFAC CSV rows with non-SDN programs (CMIC, NS-, FSE, 561)' }
      : { format: 'ofac-sdn', why: 'OFAC CSV rows (numeric ent_num, 12 columns) with no non-SDN program' };
  }
  // OFAC's companion files given in place of the main one: say which file to give instead.
  if (/^"?\d+"?\s*,\s*"?\d+"?\s*,\s*"?[afn]\.?k\.?a\.?"?\s*,/i.test(line)) {
    throw new UsageError(`${file}: OFAC's alternate-names file (ALT.CSV / CONS_ALT.CSV); import SDN.CSV or CONS_PRIM.CSV instead: the alternate names beside it are read with it`);
  }
  if (/^"?\d+"?\s*,\s*"?\d+"?\s*,/.test(line) && line.split(',').length < 12) {
    throw new UsageError(`${file}: looks like one of OFAC's companion files (ADD.CSV addresses, ALT.CSV names); import SDN.CSV or CONS_PRIM.CSV instead`);
  }
  throw new UsageError(`${file}: cannot tell its format from the content; give --from (${IMPORT_FORMATS.join(', ')})`);
}
