/** `lists import`: official download → list file in our schema. Pure dispatch plus the file I/O. */
import { readdir, stat } from 'node:fs/promises';
import { MAX_WHOLE_FILE, readBounded } from '../../read-bounded.js';
import path from 'node:path';
import { ListError, UsageError } from '../../errors.js';
import { fileText } from '../../text-bytes.js';
import { ListFileSchema, type Identifier, type ListEntity, type ListFile } from '../schema.js';
import { schemaProblems } from '../problems.js';
import { checkId, isIdType } from '../../reference/identifiers.js';
import { slugify } from '../slug.js';
import { confirmingForms, MAX_NAME_LENGTH, validateList } from '../validate.js';
import { assembleList, assignIds, cleanEntityText } from './assemble.js';
import { importCsl } from './csl.js';
import { importDhsUflpa } from './dhs-uflpa.js';
import { importOfac, OFAC_COMPANIONS, type CompanionText, type OfacCompanions } from './ofac.js';
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

export function runImporter(format: ImportFormat, text: string, options: ImportOptions & { companions?: OfacCompanions }): ImportResult {
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

/**
 * Codes as an official download publishes them, made fit for a list: one with no value is dropped,
 * one that fails its registry's check (a USCC or LEI mistyped at the source) is kept as `other` with
 * the reason, as OFAC's failing ISINs are; each said in a warning. A list file holds none the
 * matcher would drop, and one bad code never stops the whole import.
 */
function settleIdentifiers(entities: Array<Pick<ListEntity, 'name' | 'identifiers' | 'relations'>>, file: string, warnings: string[]): void {
  const settle = (owner: string, ids: Identifier[]): Identifier[] =>
    ids.flatMap((id) => {
      const value = id.value.trim();
      if (value === '') {
        warnings.push(`${file}: ${owner}: a ${id.type} with no value dropped`);
        return [];
      }
      const check = isIdType(id.type) ? checkId(id.type, value) : null;
      if (check && !check.ok) {
        warnings.push(`${file}: ${owner}: ${id.type} ${value} kept as "other": ${check.reason}`);
        return [{ type: 'other' as const, value, note: `${id.type} as published; ${check.reason}${id.note ? `; ${id.note}` : ''}` }];
      }
      return [value === id.value ? id : { ...id, value }];
    });
  for (const e of entities) {
    e.identifiers = settle(e.name, e.identifiers);
    for (const r of e.relations) r.identifiers = settle(`${e.name} (${r.type} ${r.name})`, r.identifiers);
  }
}

export interface ImportRequest {
  format: ImportFormat;
  text: string;
  file: string;
  asOf: string;
  /** See ImportOptions.asOfFromFileTime. */
  asOfFromFileTime?: boolean;
  filter: boolean;
  id?: string;
  /** OFAC's alternate-names and remarks-continued files of the same release (ofac-sdn, ofac-cons). */
  companions?: OfacCompanions;
}

/**
 * Pure: convert, filter, assign ids, check. Throws ListError when no record could be read (a file
 * of another kind given with --from writes no empty list) or the result would not validate.
 */
export function importList(req: ImportRequest): { list: ListFile; warnings: string[]; read: number } {
  const result = runImporter(req.format, req.text, { file: req.file, asOf: req.asOf, asOfFromFileTime: req.asOfFromFileTime === true, ...(req.companions ? { companions: req.companions } : {}) });
  if (result.entities.length === 0) {
    const shown = result.warnings.slice(0, 20);
    if (result.warnings.length > shown.length) shown.push(`... and ${result.warnings.length - shown.length} more`);
    const skipped = result.warnings.filter((w) => w.startsWith(`${req.file}:`) && /^:\d+: /.test(w.slice(req.file.length))).length;
    throw new ListError(`${req.file}: no ${req.format} record read${skipped ? ` (${skipped} line(s) skipped)` : ' (the file holds none)'}; is it the right file for --from ${req.format}?`, shown);
  }
  // A name of megabytes is damage, not a company: the record (or the alias) is left out, and said.
  result.entities = result.entities.filter((e) => {
    if (e.name.length <= MAX_NAME_LENGTH) return true;
    result.warnings.push(`${req.file}: a record whose name is ${e.name.length} characters long (at most ${MAX_NAME_LENGTH}) skipped: "${e.name.slice(0, 40)}..."`);
    return false;
  });
  for (const e of result.entities) {
    const long = e.aliases.filter((a) => a.length > MAX_NAME_LENGTH);
    if (long.length) {
      e.aliases = e.aliases.filter((a) => a.length <= MAX_NAME_LENGTH);
      result.warnings.push(`${req.file}: ${e.name}: ${long.length} alias(es) over ${MAX_NAME_LENGTH} characters left out`);
    }
  }
  settleIdentifiers(result.entities, req.file, result.warnings);
  const cleaned = cleanEntityText(result.entities);
  // U+FFFD stands for a character lost before the file reached us (a bad conversion, "&#0;"): kept, and said.
  const damaged = result.entities.filter((e) => JSON.stringify(e).includes('\ufffd')).map((e) => JSON.stringify(e.name));
  if (damaged.length) result.warnings.push(`${req.file}: ${damaged.length} record(s) hold U+FFFD, a character lost before this file was saved: ${damaged.slice(0, 5).join('; ')}${damaged.length > 5 ? ' ...' : ''}`);
  if (cleaned.length) result.warnings.push(`${req.file}: control characters (NUL, terminal escapes, bidi overrides) removed from the text of ${cleaned.length} record(s): ${cleaned.slice(0, 5).join('; ')}${cleaned.length > 5 ? ' ...' : ''}`);
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
  // What `lists validate` and `screen --list` check, checked before anything is written.
  const parsed = ListFileSchema.safeParse(list);
  if (!parsed.success) throw new ListError(`${req.file}: the imported list would not be valid`, schemaProblems(parsed.error, list));
  const problems = validateList(list);
  if (problems.length) throw new ListError(`${req.file}: the imported list would not be valid`, problems);
  return { list, warnings, read: result.entities.length };
}

/**
 * An official download as text: UTF-8 or UTF-16, else Windows-1252 with a note (OFAC's and older
 * exports are not always UTF-8); binary data is a UsageError naming the file. `at` is the path to
 * read, `file` the name as the user gave it (for messages).
 */
export async function readImportText(file: string, at: string = file): Promise<{ text: string; note?: string }> {
  if (file === '-') throw new UsageError('-: lists import reads a saved file, not stdin: give its path');
  let bytes: Buffer;
  try {
    bytes = await readBounded(at, MAX_WHOLE_FILE);
  } catch (err) {
    throw new UsageError(`${file}: cannot read: ${errnoWords(err)}`, { cause: err });
  }
  const d = fileText(bytes, file, UsageError, { windows1252: true });
  return { text: d.text, ...(d.note ? { note: `${file}: ${d.note}` } : {}) };
}

/** The file named `want` (any case) in `dir`, if there is one. */
async function sibling(dir: string, want: string): Promise<string | undefined> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return undefined;
  }
  const name = names.find((n) => n.toUpperCase() === want);
  return name === undefined ? undefined : path.join(dir, name);
}

export interface CompanionFlags {
  /** ALT.CSV / cons_alt.csv given by the user (else looked for beside the main file). */
  alt?: string;
  /** SDN_COMMENTS.CSV / cons_comments.csv given by the user (else looked for beside it). */
  comments?: string;
}

/**
 * OFAC's companion files for a main file: the ones the user named, else the ones of OFAC's names
 * in the same folder. Other formats have none (naming one is a usage error).
 */
export async function readCompanions(format: ImportFormat, file: string, flags: CompanionFlags): Promise<{ companions: OfacCompanions; found: string[]; notes: string[] }> {
  const notes: string[] = [];
  if (format !== 'ofac-sdn' && format !== 'ofac-cons') {
    if (flags.alt || flags.comments) throw new UsageError(`--alt and --comments are OFAC companion files; --from ${format} has none`);
    return { companions: {}, found: [], notes };
  }
  const names = format === 'ofac-cons' ? OFAC_COMPANIONS.consolidated : OFAC_COMPANIONS.sdn;
  const companions: OfacCompanions = {};
  const found: string[] = [];
  for (const key of ['alt', 'comments'] as const) {
    const named = flags[key];
    const where = named ?? (await sibling(path.dirname(file), names[key]));
    if (where === undefined) continue;
    const read = await readImportText(where);
    const c: CompanionText = { file: where, text: read.text };
    if (read.note) notes.push(read.note);
    companions[key] = c;
    if (!named) found.push(where);
  }
  return { companions, found, notes };
}

/** Reads the official file and converts it (importList); the shell writes the list (listFileText). */
export async function readImportList(
  req: Omit<ImportRequest, 'text' | 'asOf' | 'companions'> & { asOf?: string; companionFlags?: CompanionFlags; path?: string },
): Promise<{ list: ListFile; warnings: string[]; read: number; companionsFound: string[] }> {
  const at = req.path ?? req.file;
  const { text, note } = await readImportText(req.file, at);
  const asOf = req.asOf ?? (await stat(at)).mtime.toISOString().slice(0, 10);
  const { companions, found, notes } = await readCompanions(req.format, at, req.companionFlags ?? {});
  const { companionFlags: _flags, path: _path, ...rest } = req;
  const result = importList({ ...rest, text, asOf, asOfFromFileTime: req.asOf === undefined, companions });
  return { ...result, warnings: [...(note ? [note] : []), ...notes, ...result.warnings], companionsFound: found };
}

/** A list file's text as the project writes one: two-space JSON, a final newline. */
export function listFileText(list: ListFile): string {
  return `${JSON.stringify(list, null, 2)}\n`;
}
