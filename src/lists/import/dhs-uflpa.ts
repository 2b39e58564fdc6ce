/**
 * The DHS UFLPA Entity List page (https://www.dhs.gov/uflpa-entity-list) as a user saves it from
 * a browser or curl. The page is prose with one table per sub-list: a heading naming the section
 * ("Section 2(d)(2)(B)(i)") precedes each table, whose rows are "Name of Entity | Effective Date".
 * A name cell carries its aliases in a parenthesis ("also known as", "formerly known as",
 * "including three aliases:"), sometimes followed by "and subsidiaries". A name listed in several
 * sections is one entity with one listing per section. Pure: text in, entities out.
 *
 * The page's tables are read by html-tables.ts (htmlparser2), so this module only deals with
 * text, rows and cells.
 */
import { ListError } from '../../errors.js';
import { HtmlRefusedError, readHtmlTables } from '../../html-tables.js';
import type { ListEntity, Listing } from '../schema.js';
import { cleanAliases } from './assemble.js';
import { UFLPA_URL } from './official-urls.js';
import type { ImportOptions, ImportResult } from './types.js';

export const UFLPA_LIST = 'UFLPA Entity List';

/** "Section 2(d)(2)(B)(ii)" in a heading, spacing and case free. */
const SECTION = /Section\s*2\s*\(\s*d\s*\)\s*\(\s*2\s*\)\s*\(\s*B\s*\)\s*\(\s*(i{1,3}|iv|v)\s*\)/i;
/** What the page appends to a name to take in the entity's group; not part of the name. */
export const GROUP_SUFFIX = /\s*,?\s*(?:and (?:its )?subsidiaries|and its subordinate and affiliated entities|and its subordinates)\s*$/i;
/** The start of an alias parenthesis. */
const ALIAS_INTRO = /^(?:(?:and |including )?(?:\w+ )?alias(?:es)?:|also known as|formerly known as|f\/k\/a|a\/k\/a)/i;
/** Inside the parenthesis: where a new kind of alias begins. */
const INTRO_INSIDE = /(?:;\s*|\s+)?(?:and\s+)?(?:(?:including |and )?(?:\w+ )?alias(?:es)?:|also known as|formerly known as)\s*/gi;

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};

/** "June 21, 2022", "Jun. 21, 2022", "06/21/2022", "2022-06-21" → ISO; anything else undefined. */
export function parseUflpaDate(text: string): string | undefined {
  const t = text.replace(/\s+/g, ' ').trim();
  let y: number, m: number, d: number;
  let g: RegExpMatchArray | null;
  if ((g = t.match(/^([A-Za-z]+)\.? (\d{1,2}),? (\d{4})$/))) {
    const month = Object.entries(MONTHS).find(([name]) => name.startsWith(g![1]!.toLowerCase()) && g![1]!.length >= 3)?.[1];
    if (!month) return undefined;
    [y, m, d] = [+g[3]!, month, +g[2]!];
  } else if ((g = t.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/))) [y, m, d] = [+g[3]!, +g[1]!, +g[2]!];
  else if ((g = t.match(/^(\d{4})-(\d{2})-(\d{2})$/))) [y, m, d] = [+g[1]!, +g[2]!, +g[3]!];
  else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Each "(" of the text (by index) with the ")" that closes it; one left open has none. */
function closings(text: string): Map<number, number> {
  const out = new Map<number, number>();
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') open.push(i);
    else if (text[i] === ')' && open.length > 0) out.set(open.pop()!, i);
  }
  return out;
}

/** "A; B; and C" / "A Co. and B Co." → [A, B, C]: names end in a legal form before " and ". */
function splitAliases(segment: string): string[] {
  return segment
    .split(/\s*;\s*/)
    .flatMap((x) => x.split(/(?<=\b(?:Co|Ltd|Inc|Corp|Limited|Company)\.?)\s+and\s+(?=[A-Z0-9])/))
    .map((x) => x.replace(/^and\s+/i, '').replace(/[;,]\s*$/, '').trim())
    .filter(Boolean);
}

export interface ListedName {
  name: string;
  aliases: string[];
}

/** A name cell → the entity's name (group suffix dropped) and its aliases. */
export function parseListedName(cell: string): ListedName {
  const text = cell.replace(/\s+/g, ' ').trim();
  const aliases: string[] = [];
  // One pass: each parenthesis's closing found once (a stack), the asides that introduce aliases
  // cut out; a parenthesis left open ends the reading, as it ends the name's own text. Linear in
  // the cell, however many parentheses a damaged or hostile page writes.
  const closes = closings(text);
  const kept: string[] = [];
  let from = 0;
  for (let i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) {
    if (i < from) continue; // inside an aside already cut out
    const end = closes.get(i);
    if (end === undefined) break;
    const inner = text.slice(i + 1, end).trim();
    if (!ALIAS_INTRO.test(inner)) continue;
    for (const part of inner.split(INTRO_INSIDE)) aliases.push(...splitAliases(part));
    kept.push(text.slice(from, i).trim());
    from = end + 1;
  }
  kept.push(text.slice(from).trim());
  const name = kept.filter((k) => k !== '').join(' ');
  return { name: name.replace(GROUP_SUFFIX, '').replace(/\s+,/g, ',').trim(), aliases };
}

/** Identity of a listed name across sections: case, punctuation, legal forms and "(XPCC)" asides do not count. */
export function uflpaNameKey(name: string): string {
  return name
    .replace(GROUP_SUFFIX, '')
    .replace(/\([A-Z]{2,}\)/g, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9\u4e00-\u9fff]+/g, ' ')
    .replace(/\b(?:co|ltd|company|limited|inc|corp|corporation)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface UflpaRow {
  /** 1-based line of the row in the file. */
  line: number;
  /** "2(d)(2)(B)(ii)", or null when no section heading precedes the table. */
  section: string | null;
  /** The name cell as listed (whitespace collapsed). */
  listed: string;
  dateText: string;
}

export interface UflpaPage {
  rows: UflpaRow[];
  /** "Last Updated: 01/14/2025" → 2025-01-14, when the page says. */
  lastUpdated?: string;
  /** Sections named on the page, in order (a section without a table is named too). */
  sections: string[];
}

/** The page's section headings, tables and rows. */
export function readUflpaPage(html: string): UflpaPage {
  const page = readHtmlTables(html);
  const sections: string[] = [];
  let section: string | null = null;
  let lastUpdated: string | undefined;
  /** The section a heading in `prose` opens (the last named), and the page's "Last Updated". */
  const readProse = (prose: string): void => {
    const m = prose.match(new RegExp(SECTION.source, 'gi'));
    if (m) {
      const last = m[m.length - 1]!.match(SECTION)![1]!.toLowerCase();
      section = `2(d)(2)(B)(${last})`;
      for (const s of m) {
        const id = `2(d)(2)(B)(${s.match(SECTION)![1]!.toLowerCase()})`;
        if (!sections.includes(id)) sections.push(id);
      }
    }
    const lu = prose.match(/Last Updated:?\s*(\d{1,2}\/\d{1,2}\/\d{4})/i);
    if (lu) lastUpdated = parseUflpaDate(lu[1]!) ?? lastUpdated;
  };
  // A table of the page is of the section the prose before it names (or the one before); a table
  // inside a cell, of the table around it.
  const sectionOf: (string | null)[] = [];
  for (const t of page.tables) {
    if (t.depth === 0) readProse(t.before.join(' '));
    sectionOf.push(section);
  }
  readProse(page.after.join(' '));
  const rows: UflpaRow[] = [];
  for (const r of page.rows) {
    if (r.header || !r.cells.some((c) => c !== '') || /^(?:name of entity|entity name)$/i.test(r.cells[0] ?? '')) continue;
    rows.push({ line: r.line, section: sectionOf[r.table] ?? null, listed: r.cells[0] ?? '', dateText: r.cells[1] ?? '' });
  }
  return { rows, sections, ...(lastUpdated ? { lastUpdated } : {}) };
}

const GOVERNMENT = /Production and Construction Corps|Public Security|Vocation(?:al)? Skills|Education (?:and )?Training Center/i;

/** The page → one entity per listed name, one listing per section it is listed in. */
export function importDhsUflpa(html: string, options: ImportOptions): ImportResult {
  if (!/<t[dr][\s>]/i.test(html) || !/UFLPA|Uyghur Forced Labor|2\s*\(d\)\s*\(2\)\s*\(B\)/i.test(html)) {
    throw new ListError(`${options.file}: not the DHS UFLPA Entity List page (no table of entities and no UFLPA heading); save https://www.dhs.gov/uflpa-entity-list as HTML`);
  }
  let page: UflpaPage;
  try {
    page = readUflpaPage(html);
  } catch (err) {
    if (err instanceof HtmlRefusedError) throw new ListError(`${options.file}:${err.line}: ${err.message}`);
    throw err;
  }
  const warnings: string[] = [];
  if (page.rows.length === 0) throw new ListError(`${options.file}: no entity rows found in the page's tables`);
  const asOfText = page.lastUpdated ? `page last updated ${page.lastUpdated}` : `page as of ${options.asOf}`;
  const byKey = new Map<string, Omit<ListEntity, 'id'> & { keys: Set<string> }>();
  const entities: (Omit<ListEntity, 'id'> & { keys: Set<string> })[] = [];
  for (const r of page.rows) {
    const { name, aliases } = parseListedName(r.listed);
    if (!name) {
      warnings.push(`${options.file}:${r.line}: a row with no entity name, skipped`);
      continue;
    }
    const date = parseUflpaDate(r.dateText);
    if (!date) warnings.push(`${options.file}:${r.line}: ${name}: effective date "${r.dateText}" not readable; listed with the ${asOfText}`);
    if (!r.section) warnings.push(`${options.file}:${r.line}: ${name}: no "Section 2(d)(2)(B)(...)" heading before its table; listed without a sub-list`);
    const keys = [name, ...aliases].map(uflpaNameKey).filter(Boolean);
    let e = keys.map((k) => byKey.get(k)).find(Boolean);
    if (!e) {
      e = { name, type: GOVERNMENT.test(name) ? 'government' : 'company', aliases: [], identifiers: [], listings: [], relations: [], country: 'CN', keys: new Set() };
      entities.push(e);
    }
    e.aliases = cleanAliases(e.name, [...e.aliases, name, ...aliases]);
    for (const k of keys) {
      e.keys.add(k);
      if (!byKey.has(k)) byKey.set(k, e);
    }
    const listingDate = date ?? page.lastUpdated ?? options.asOf;
    const listing: Listing = {
      list: UFLPA_LIST,
      ...(r.section ? { program: `UFLPA ${r.section}` } : {}),
      date: listingDate,
      citation: `DHS UFLPA Entity List${r.section ? `, section ${r.section}` : ''}, effective ${date ?? 'date not given'} (${asOfText})`,
      url: UFLPA_URL,
      verification: 'verified',
      note: `As listed: "${r.listed}"${date ? '' : `; the row's date "${r.dateText}" was not readable`}`,
    };
    if (!e.listings.some((l) => l.program === listing.program && l.date === listing.date)) e.listings.push(listing);
    else warnings.push(`${options.file}:${r.line}: ${name}: listed twice in section ${r.section} with date ${listingDate}; kept once`);
  }
  return { entities: entities.map(({ keys: _keys, ...e }) => e), warnings, ...(page.lastUpdated ? { asOf: page.lastUpdated } : {}) };
}
