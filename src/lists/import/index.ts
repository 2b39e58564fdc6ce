/** `lists import`: official download → list file in our schema. Pure dispatch plus the file I/O. */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ListError, UsageError } from '../../errors.js';
import { decodeListBytes } from '../load.js';
import type { ListFile } from '../schema.js';
import { slugify } from '../slug.js';
import { confirmingForms, validateList } from '../validate.js';
import { assembleList, assignIds } from './assemble.js';
import { importCsl } from './csl.js';
import { importDhsUflpa } from './dhs-uflpa.js';
import { importOfac } from './ofac.js';
import { importOpenSanctionsCsv, importOpenSanctionsFtm } from './opensanctions.js';
import type { ImportOptions, ImportResult } from './types.js';
import { filterXinjiang } from './xinjiang-filter.js';

import { IMPORT_FORMATS, type ImportFormat } from './formats.js';
import { errnoWords } from '../../errno.js';
export { IMPORT_FORMATS, type ImportFormat };

const LIST_NAMES: Record<ImportFormat, string> = {
  'ofac-sdn': 'OFAC SDN list (imported)',
  'ofac-cons': 'OFAC consolidated non-SDN list (imported)',
  'dhs-uflpa': 'DHS UFLPA Entity List (imported)',
  csl: 'trade.gov Consolidated Screening List (imported)',
  'opensanctions-csv': 'OpenSanctions targets (imported)',
  'opensanctions-ftm': 'OpenSanctions FollowTheMoney entities (imported)',
};

export function runImporter(format: ImportFormat, text: string, options: ImportOptions): ImportResult {
  switch (format) {
    case 'ofac-sdn':
      return importOfac(text, { ...options, consolidated: false });
    case 'ofac-cons':
      return importOfac(text, { ...options, consolidated: true });
    case 'csl':
      return importCsl(text, options);
    case 'dhs-uflpa':
      return importDhsUflpa(text, options);
    case 'opensanctions-csv':
      return importOpenSanctionsCsv(text, options);
    case 'opensanctions-ftm':
      return importOpenSanctionsFtm(text, options);
  }
}

/**
 * An official file may give one alias to two records (a parent and its subsidiary). The list's
 * rule is one owner per alias: the first record keeps it, later ones drop it, with a warning.
 */
function dropSharedAliases(list: ListFile, warnings: string[]): void {
  // Compared as the matcher compares names (validate.ts confirmingForms), so what is kept validates.
  const owner = new Map<string, string>();
  for (const e of list.entities) for (const form of confirmingForms(e.name)) if (!owner.has(form)) owner.set(form, e.id);
  for (const e of list.entities) {
    e.aliases = e.aliases.filter((a) => {
      const forms = confirmingForms(a);
      const o = forms.map((f) => owner.get(f)).find((id) => id !== undefined && id !== e.id);
      if (o) {
        warnings.push(`${e.id}: alias "${a}" dropped: it reads as entity ${o}'s name or alias`);
        return false;
      }
      for (const f of forms) if (!owner.has(f)) owner.set(f, e.id);
      return true;
    });
  }
}

export interface ImportRequest {
  format: ImportFormat;
  text: string;
  file: string;
  asOf: string;
  filter: boolean;
  id?: string;
}

/** Pure: convert, filter, assign ids, check. Throws ListError if the result would not validate. */
export function importList(req: ImportRequest): { list: ListFile; warnings: string[]; read: number } {
  const result = runImporter(req.format, req.text, { file: req.file, asOf: req.asOf });
  const kept = req.filter ? filterXinjiang(result.entities) : result.entities;
  const warnings = [...result.warnings];
  if (req.filter) warnings.push(`--filter kept ${kept.length} of ${result.entities.length} record(s)`);
  const id = req.id ?? (slugify(path.basename(req.file).replace(/\.[a-z]+$/i, '')) || 'imported');
  const list = assembleList(
    { id, name: LIST_NAMES[req.format], sources: [{ name: `${path.basename(req.file)} (${req.format})`, asOf: result.asOf ?? req.asOf }] },
    assignIds(kept),
    req.asOf,
  );
  dropSharedAliases(list, warnings);
  const problems = validateList(list);
  if (problems.length) throw new ListError(`${req.file}: the imported list would not be valid`, problems);
  return { list, warnings, read: result.entities.length };
}

/** Reads the official file and converts it (importList); the shell writes the list (listFileText). */
export async function readImportList(req: Omit<ImportRequest, 'text' | 'asOf'> & { asOf?: string }): Promise<{ list: ListFile; warnings: string[]; read: number }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(req.file);
  } catch (err) {
    throw new UsageError(`${req.file}: cannot read: ${errnoWords(err)}`, { cause: err });
  }
  const asOf = req.asOf ?? (await stat(req.file)).mtime.toISOString().slice(0, 10);
  return importList({ ...req, text: decodeListBytes(bytes), asOf });
}

/** A list file's text as the project writes one: two-space JSON, a final newline. */
export function listFileText(list: ListFile): string {
  return `${JSON.stringify(list, null, 2)}\n`;
}
