/**
 * Holdings as JSON, as fund sites' data endpoints and in-house systems hand them out: an array of
 * records (`[{"name": ..., "ticker": ..., "marketValue": ...}, ...]`) or JSON Lines of them, at the top or under a key of
 * the document (`{"asOfDate": ..., "holdings": [...]}`, `{"data": {"rows": [...]}}`: the longest
 * array of records within three levels). The records' keys are the header (camelCase and
 * snake_case read as words: marketValue is "market value"), a nested object's fields are columns
 * of their own ("price.value"), and the table reader reads them as a CSV's (header words,
 * currencies, totals, salvage). The document's own fields beside the array (a date, a fund name)
 * are its preamble. A record's line is its place in the array, after the header's line 1 (record
 * 1 is line 2): JSON has no lines a reader can count records by. Read whole, as an xlsx is.
 */
import { InputError, NotHoldingsError } from '../../errors.js';
import { jsonErrorOffset, lineColumn, MAX_JSON_DEPTH, tooDeepAt, withoutBom } from '../../json-text.js';
import { decodeWhole } from '../decode.js';
import { headText } from './sec-sniff.js';
import type { TextLayout } from '../layout.js';
import type { ByteSource } from '../open.js';
import type { HoldingsReader, ReadOptions, SkippedRow } from '../position.js';
import { readWorkbook, type Sheet } from './xlsx.js';

const MAX_JSON_BYTES = 256 * 1024 * 1024;
/** Distinct fields the records may have: a holdings record has tens; each is a column of every row. */
const MAX_FIELDS = 1_000;
/** Text of a skipped item kept (searched for listed names). */
const MAX_SKIPPED_TEXT = 4_096;
/** How deep the array of records is looked for (the document, a key of it, a key of that). */
const SEARCH_DEPTH = 3;
type JsonRecord = Record<string, unknown>;

const isRecord = (v: unknown): v is JsonRecord => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether the head of an input is a JSON document: its first character (after a BOM and spaces, in UTF-8 or UTF-16) opens an array or object. */
export function looksLikeJson(head: Buffer): boolean {
  return /^(?:\[\s*[{[\]]|\{\s*["}])/.test(headText(head).trimStart());
}

/** "marketValue", "market_value", "Market-Value" as words: "market value". */
function keyWords(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').trim();
}

/** An array of records found in the document, at `path` (keys joined by dots; '' for the top). */
interface RecordArray { path: string; items: unknown[]; records: number }

/**
 * Every array mostly of records at `value` or below it (breadth first, SEARCH_DEPTH levels), the
 * one with the most records first: a document may hold a fund's parts side by side
 * ({"equity": [...], "fixedIncome": [...]}), and each is read.
 */
function recordArrays(value: unknown): RecordArray[] {
  const found: RecordArray[] = [];
  let level: { path: string; value: unknown }[] = [{ path: '', value }];
  for (let depth = 0; depth < SEARCH_DEPTH && level.length > 0; depth++) {
    const next: typeof level = [];
    for (const { path, value: v } of level) {
      if (Array.isArray(v)) {
        const records = v.filter(isRecord).length;
        // An array mostly of records (a stray null or string among them is a row skipped with its reason).
        if (records > 0 && records * 2 >= v.length) found.push({ path, items: v, records });
      } else if (isRecord(v)) {
        for (const [k, child] of Object.entries(v)) next.push({ path: path === '' ? k : `${path}.${k}`, value: child });
      }
    }
    level = next;
  }
  // A document that is one record (JSON Lines of one line): a table of one row.
  if (found.length === 0 && isRecord(value) && Object.values(value).some((v) => !isRecord(v) && !Array.isArray(v))) return [{ path: '', items: [value], records: 1 }];
  return found.sort((a, b) => b.records - a.records);
}

/** A cell's text: strings as written, numbers and booleans as JSON writes them, null as empty. */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

/** Keys of an amount and of its currency, as an API writes money ({"amount": "1000", "currency": "CNY"}). */
const AMOUNT_KEYS = new Set(['amount', 'value', 'amt']);
const CURRENCY_KEYS = new Set(['currency', 'currencycode', 'ccy', 'currency_code', 'iso']);

/** A nested object that is an amount and its currency, written as the table reader reads money ("1000 CNY"); undefined for any other. */
function moneyText(v: JsonRecord): string | undefined {
  const keys = Object.keys(v);
  if (keys.length !== 2) return undefined;
  const amount = keys.find((k) => AMOUNT_KEYS.has(k.toLowerCase()));
  const currency = keys.find((k) => CURRENCY_KEYS.has(k.toLowerCase()));
  if (amount === undefined || currency === undefined || typeof v[currency] !== 'string') return undefined;
  const a = v[amount];
  return typeof a === 'number' || typeof a === 'string' ? `${a} ${v[currency] as string}` : undefined;
}

/**
 * A record's fields as columns: a nested object's fields one level down ("price.value"); an amount
 * with its currency one cell ("marketValue": "1000 CNY"), so the currency labels that amount.
 */
function flatten(record: JsonRecord): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const [k, v] of Object.entries(record)) {
    const money = isRecord(v) ? moneyText(v) : undefined;
    if (money !== undefined) out.push([k, money]);
    else if (isRecord(v)) for (const [k2, v2] of Object.entries(v)) out.push([`${k}.${k2}`, v2]);
    else out.push([k, v]);
  }
  return out;
}

const lineOf = (text: string, offset: number): number => lineColumn(text, offset).line;

/**
 * The document: one JSON value, or JSON Lines (one record per line, as logs and exports stream
 * them: read as an array of its records). A syntax error names its line.
 */
function parseDocument(source: string, body: string): unknown {
  // (Refused before parsing: every walk of a document nested thousands deep overflows the stack.)
  const deep = tooDeepAt(body);
  if (deep >= 0) throw new InputError(source, `JSON nested deeper than ${MAX_JSON_DEPTH} levels: no holdings document needs that`, lineOf(body, deep));
  try {
    return JSON.parse(body) as unknown;
  } catch (err) {
    // JSON Lines, when a line of it is a record: a broken line is a row skipped with its reason
    // and text (as a CSV's broken row is), not the end of the file.
    const lines = body.split('\n');
    const records: unknown[] = [];
    let parsed = false;
    for (const raw of lines) {
      const line = raw.trim();
      if (line === '') continue;
      try {
        const value: unknown = JSON.parse(line);
        parsed ||= isRecord(value);
        records.push(value);
      } catch {
        records.push(new BrokenLine(line));
      }
    }
    if (!parsed || !isRecord(records[0])) throw new InputError(source, `not valid JSON: ${(err as Error).message}`, lineOf(body, jsonErrorOffset(body)));
    return records;
  }
}

/** A line of JSON Lines that is no JSON value. */
class BrokenLine {
  constructor(readonly text: string) {}
}

/** What fundscreen itself writes as JSON (a report, JSON Lines of one, a list), by its marks; undefined for other JSON. */
function ownDocument(doc: unknown): string | undefined {
  if (isRecord(doc) && 'schemaVersion' in doc) {
    if (Array.isArray(doc.entities)) return 'a list file (give it with --list)';
    if (isRecord(doc.tool) && doc.tool.name === 'fundscreen') return 'a fundscreen report (give it with --baseline to compare runs)';
  }
  // JSON Lines of a report: every line a record saying what it is ("record": "finding", "fund", ...).
  const lines = Array.isArray(doc) ? doc : [doc];
  if (lines.length > 0 && lines.every((r) => isRecord(r) && typeof r.record === 'string' && 'source' in r)) return 'a fundscreen report in JSON Lines';
  return undefined;
}

export async function readJsonTable(source: string, bytes: ByteSource, opts: ReadOptions, layouts: readonly TextLayout[]): Promise<HoldingsReader> {
  const data = await bytes.readAll(MAX_JSON_BYTES);
  const warnings: string[] = [];
  const { text, encoding } = await decodeWhole(source, data, opts.encoding, (w) => warnings.push(w));
  const doc = parseDocument(source, withoutBom(text));
  const own = ownDocument(doc);
  if (own) throw new NotHoldingsError(source, `${own}, not holdings`);
  const arrays = recordArrays(doc);
  if (arrays.length === 0) throw new NotHoldingsError(source, `JSON without an array of records (objects with fields such as name, ticker, value) in its first ${SEARCH_DEPTH} levels`);
  const several = arrays.length > 1;
  const sheets: Sheet[] = [];
  const skipped: SkippedRow[] = [];
  for (const found of arrays) {
    const columns = new Map<string, number>();
    const rows: string[][] = [];
    // Items that are no record (null, a string) or an empty one: a blank line of the table, and a
    // row skipped with its reason and text (searched for listed names, as a skipped row's is).
    const where = several ? ` (in "${found.path}")` : '';
    for (const item of found.items) {
      const row: string[] = [];
      const line = rows.length + 2;
      if (item instanceof BrokenLine) {
        rows.push(row);
        skipped.push({ kind: 'skipped', source, line, reason: 'not valid JSON', text: item.text.slice(0, MAX_SKIPPED_TEXT) });
        continue;
      }
      if (!isRecord(item)) {
        rows.push(row);
        skipped.push({ kind: 'skipped', source, line, reason: `not a record: ${item === null ? 'null' : `a JSON ${Array.isArray(item) ? 'array' : typeof item}`}${where}`, text: (JSON.stringify(item) ?? '').slice(0, MAX_SKIPPED_TEXT) });
        continue;
      }
      for (const [key, value] of flatten(item)) {
        let at = columns.get(key);
        if (at === undefined) {
          if (columns.size >= MAX_FIELDS) throw new InputError(source, `records with more than ${MAX_FIELDS} distinct fields (at record ${rows.length + 1}${where}): not a holdings table`);
          columns.set(key, (at = columns.size));
        }
        row[at] = cellText(value);
      }
      if (!row.some((c) => c !== undefined && c !== '')) {
        rows.push([]);
        skipped.push({ kind: 'skipped', source, line, reason: `an empty record${where}`, text: JSON.stringify(item).slice(0, MAX_SKIPPED_TEXT) });
        continue;
      }
      rows.push(row);
    }
    const header = [...columns.keys()].map(keyWords);
    for (const row of rows) for (let i = 0; i < header.length; i++) row[i] ??= '';
    sheets.push({ name: found.path === '' ? 'records' : found.path, rows: [header, ...rows] });
  }
  // The document's own fields beside the records (a date, a fund name): its preamble.
  const before = (): string[][] =>
    isRecord(doc) ? Object.entries(doc).filter(([, v]) => typeof v === 'string' || typeof v === 'number').map(([k, v]) => [keyWords(k), cellText(v)]) : [];
  const reader = await readWorkbook(source, sheets, opts, layouts, { only: 'table', format: 'json-table', sheet: 'array', workbook: 'document', before });
  if (skipped.length > 0) {
    const rest = reader.batches;
    reader.batches = (async function* () {
      yield skipped;
      yield* rest;
    })();
  }
  reader.meta.encoding = encoding;
  const counts = arrays.map((a) => `${a.items.length} records${a.path ? ` under "${a.path}"` : ''}`).join(', ');
  reader.meta.warnings.unshift(...warnings, `JSON: ${counts}; lines are their places in ${several ? 'their' : 'the'} array after the header's line 1 (record 1 is line 2)`);
  return reader;
}
