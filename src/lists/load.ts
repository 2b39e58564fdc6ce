/**
 * Loading list files: the shipped JSON list, or a user's list (our JSON schema or a simple CSV).
 * Parsing and schema checks are pure (`parseListText`); the file I/O around them is thin.
 */
import { createHash } from 'node:crypto';
import { MAX_WHOLE_FILE, readBounded } from '../read-bounded.js';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError, ListError } from '../errors.js';
import { ListFileSchema, type EntityRows, type ListFile, type LoadedList } from './schema.js';
import { schemaProblems } from './problems.js';
import { parseUserCsv, parseUserSheets } from './user-csv.js';
import { readSheets, type Sheet } from '../holdings/formats/xlsx.js';
import { slugify } from './slug.js';
import { validateList } from './validate.js';
import { decodeListBytes, parseListJson } from './json-file.js';
import { resolveIn } from '../working-folder.js';
import { errnoWords } from '../errno.js';

export { DEFAULT_LIST_PATH } from './paths.js';
// Kept importable from here (their home is json-file.ts, which validate.ts also uses).
export { decodeListBytes, parseListJson } from './json-file.js';

/** Validate parsed JSON against the schema; every problem is listed by entity id and path. */
export function checkListSchema(data: unknown, file: string): ListFile {
  const result = ListFileSchema.safeParse(data);
  if (!result.success) {
    const problems = schemaProblems(result.error, data);
    throw new ListError(`${file}: not a valid list file (${problems.length} problem${problems.length === 1 ? '' : 's'})`, problems);
  }
  return result.data;
}

/** Pure: text of a JSON list file → the checked list. */
export function parseListText(text: string, file: string): ListFile {
  return checkListSchema(parseListJson(text, file), file);
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A list file's bytes; "-" or a file that cannot be read is a ListError naming it. */
export async function readListBytes(file: string, cwd?: string): Promise<Buffer> {
  // "-" is stdin everywhere else; a list is read from a file (stdin carries the holdings).
  if (file === '-') throw new ListError('-: a list is read from a file, not stdin: give its path');
  try {
    return await readBounded(resolveIn(cwd, file), MAX_WHOLE_FILE);
  } catch (err) {
    throw new ListError(`${file}: cannot read list file: ${errnoWords(err)}`, [], { cause: err });
  }
}

/**
 * The checks the schema cannot express (calendar dates, check digits, duplicate ids, a company
 * without a listing) run on every list a screen uses, exactly as `lists validate` runs them.
 */
function toLoaded(list: ListFile, file: string, bytes: Uint8Array, requireListings = true, rows?: EntityRows): LoadedList {
  const problems = validateList(list, { requireListings, ...(rows ? { rows } : {}) });
  if (problems.length > 0) {
    throw new ListError(`${file}: invalid list: ${problems.length} problem${problems.length === 1 ? '' : 's'}`, problems);
  }
  return { id: list.id, version: list.version, sha256: sha256Hex(bytes), path: file, entities: list.entities, ...(list.coverage ? { coverage: list.coverage } : {}), ...(rows ? { rows } : {}) };
}

/** Load and check a list file in our JSON schema. sha256 is of the exact bytes on disk. */
export async function loadList(file: string): Promise<LoadedList> {
  const bytes = await readListBytes(file);
  return toLoaded(parseListText(decodeListBytes(bytes, file), file), file, bytes);
}

/** Id of a user list from its file name: "My Watch List.csv" → "my-watch-list". */
export function listIdFromPath(file: string): string {
  return slugify(path.basename(file).replace(/\.(json|csv|txt|tsv|xlsx)$/i, '')) || 'user-list';
}

/** A list file in our JSON schema starts with '{'; anything else is read as the simple CSV. */
export function isJsonListText(text: string): boolean {
  return text.trimStart().startsWith('{');
}

/**
 * Load a user-supplied list: our JSON schema (detected by a leading '{'), or a simple CSV with
 * columns name, aliases (';'-separated), isin, ticker, exchange, list, date, url. A relative path
 * is read from `cwd` when given; the list's `path` stays as given.
 */
export async function loadUserList(file: string, cwd?: string): Promise<LoadedList> {
  return userListFromBytes(await readListBytes(file, cwd), file, cwd);
}

/** A user list from the bytes already read (`lists validate` reads them once for both checks). */
export async function userListFromBytes(bytes: Buffer, file: string, cwd?: string): Promise<LoadedList> {
  // A list of names only has no listing date: its version is the file's modification date.
  const fileDate = async (): Promise<string> => (await stat(resolveIn(cwd, file))).mtime.toISOString().slice(0, 10);
  if (isZip(bytes)) {
    let sheets: Sheet[];
    try {
      sheets = await readSheets(file, bytes);
    } catch (err) {
      throw new ListError(`${file}: not a readable list workbook (an .xlsx saved by Excel or LibreOffice?): ${err instanceof InputError ? err.reason : (err as Error).message}`, [], { cause: err });
    }
    const { list, rows } = parseUserSheets(sheets, file, listIdFromPath(file), await fileDate());
    return toLoaded(list, file, bytes, false, rows);
  }
  const text = decodeListBytes(bytes, file);
  // JSON by its first character, or by its name: a .json file that is an array or null is a
  // JSON list gone wrong, said as such, not a CSV list with a bad quote.
  if (isJsonListText(text) || text.trimStart().startsWith('[') || /\.json$/i.test(file)) return toLoaded(parseListText(text, file), file, bytes);
  const { list, rows } = parseUserCsv(text, file, listIdFromPath(file), await fileDate());
  return toLoaded(list, file, bytes, false, rows);
}

/** A zip archive (an .xlsx workbook is one): its first bytes are a local file header. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
