/**
 * OFAC legacy CSV files (SDN.CSV and the consolidated non-SDN cons_prim.csv): no header row,
 * 12 columns (ent_num, name, type, program, title, call sign, vessel type, tonnage, GRT, vessel flag,
 * vessel owner, remarks), "-0-" for null. Identifiers, weak aliases and CMIC dates live in the
 * remarks: "Equity Ticker 002415 CN; ISIN CNE100000PM8; Listing Date (CMIC) 03 Jun 2021; a.k.a. 'SUGON'."
 * OFAC publishes two companions beside each main file, joined by ent_num: the alternate names
 * (ALT.CSV / cons_alt.csv: ent_num, alt_num, alt_type a.k.a./f.k.a./n.k.a., alt_name, remarks),
 * where most aliases and former names are, and the remarks cut at 1,000 characters continued
 * (SDN_COMMENTS.CSV / cons_comments.csv: ent_num, rest of the remarks).
 * Pure: text in, entities out.
 */
import { csvRows, type CsvRow } from './csv-rows.js';
import { isValidIsin } from '../../reference/check-digits.js';
import { countryForBloombergCode, micForTicker } from '../../reference/markets.js';
import type { Identifier, ListEntity, Listing, Relation } from '../schema.js';
import { cleanAliases } from './assemble.js';
import { OFAC_CMIC_URL, OFAC_NON_SDN_URL, OFAC_SDN_URL } from './official-urls.js';
import type { ImportOptions, ImportResult } from './types.js';
import { isIsoDate } from '../validate.js';
import { readOfacXml, type OfacRecord } from './ofac-xml.js';

const NULL = '-0-';
const MONTHS: Record<string, string> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
};

/** "03 Jun 2021" → "2021-06-03". */
export function ofacDate(text: string): string | undefined {
  const m = text.trim().match(/^(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})$/);
  const month = m ? MONTHS[m[2]!.toLowerCase()] : undefined;
  const iso = m && month ? `${m[3]}-${month}-${m[1]!.padStart(2, '0')}` : undefined;
  return iso && isIsoDate(iso) ? iso : undefined; // "30 Feb 2021" is no date
}

/** ofacDate, remembering a date item it could not read (so the import warns instead of guessing). */
function readDate(item: string, text: string, out: OfacRemarks): string | undefined {
  const d = ofacDate(text);
  if (!d) out.unreadDates.push(item);
  return d;
}

function cell(v: string | undefined): string {
  const t = (v ?? '').trim();
  return t === NULL ? '' : t;
}

export interface OfacRemarks {
  aliases: string[];
  identifiers: Identifier[];
  listingDate?: string;
  effectiveDate?: string;
  divestmentDate?: string;
  linkedTo: string[];
  other: string[];
  /** Date items whose date could not be read ("Listing Date (CMIC) 30 Feb 2021"). */
  unreadDates: string[];
}

/** Split remarks on "; " outside single-quoted a.k.a. names, and read each known item. */
export function parseOfacRemarks(remarks: string): OfacRemarks {
  const out: OfacRemarks = { aliases: [], identifiers: [], linkedTo: [], other: [], unreadDates: [] };
  const text = remarks.trim().replace(/\.$/, '');
  if (!text) return out;
  const items: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'" && (quoted || /(?:a\.k\.a\.|f\.k\.a\.|n\.k\.a\.)\s$/i.test(current))) quoted = !quoted;
    if (c === ';' && !quoted) {
      items.push(current.trim());
      current = '';
    } else current += c;
  }
  if (current.trim()) items.push(current.trim());

  for (const raw of items) {
    const item = raw.replace(/^alt\.\s+/i, '');
    let m: RegExpMatchArray | null;
    if ((m = item.match(/^Equity Ticker\s+(.+?)\s*([A-Z]{2})$/))) {
      const value = m[1]!.trim();
      const country = countryForBloombergCode(m[2]!);
      const exchange = micForTicker(value, country);
      out.identifiers.push({
        type: 'ticker', value, ...(exchange ? { exchange } : {}), ...(country ? { country } : {}),
        note: `OFAC: Equity Ticker ${m[1]!.trim()} ${m[2]}`, verification: 'verified',
      });
    } else if ((m = item.match(/^Equity Ticker\s+(\S+)$/))) {
      // (Without its market code, as an XML file's id may write it: the ticker alone.)
      out.identifiers.push({ type: 'ticker', value: m[1]!, note: `OFAC: Equity Ticker ${m[1]!}`, verification: 'verified' });
    } else if ((m = item.match(/^ISIN\s+([A-Z0-9]+)$/))) {
      // OFAC has published a few ISINs that fail their check digit: kept, but not as an ISIN.
      if (isValidIsin(m[1]!)) out.identifiers.push({ type: 'isin', value: m[1]!, verification: 'verified' });
      else out.identifiers.push({ type: 'other', value: m[1]!, note: 'ISIN as published by OFAC; fails the ISIN check digit' });
    } else if ((m = item.match(/^Unified Social Credit Code \(USCC\)\s+(\S+)/))) {
      out.identifiers.push({ type: 'uscc', value: m[1]!, verification: 'verified' });
    } else if ((m = item.match(/^Issuer Name\s+(.+)$/))) {
      out.aliases.push(m[1]!);
    } else if ((m = item.match(/^[afn]\.k\.a\.\s+'(.+)'$/i))) {
      out.aliases.push(m[1]!);
    } else if ((m = item.match(/^Listing Date \(CMIC\)\s+(.+)$/))) {
      out.listingDate = readDate(item, m[1]!, out);
    } else if ((m = item.match(/^Effective Date \(CMIC\)\s+(.+)$/))) {
      out.effectiveDate = readDate(item, m[1]!, out);
    } else if ((m = item.match(/^Purchase\/Sales For Divestment Date \(CMIC\)\s+(.+)$/))) {
      out.divestmentDate = readDate(item, m[1]!, out);
    } else if ((m = item.match(/^Linked To:\s+(.+)$/))) {
      out.linkedTo.push(m[1]!.replace(/\.$/, ''));
    } else if ((m = item.match(/^(C\.R\. No\.|Registration Number|Company Number|LEI)\s+(\S+)(.*)$/))) {
      if (m[1] === 'LEI') out.identifiers.push({ type: 'lei', value: m[2]!, verification: 'verified' });
      else out.identifiers.push({ type: 'other', value: m[2]!, note: `${m[1]}${m[3] ?? ''}`.trim(), verification: 'verified' });
    } else {
      out.other.push(item);
    }
  }
  return out;
}

/** A companion file's name and text (read by the shell; see OFAC_COMPANIONS). */
export interface CompanionText {
  file: string;
  text: string;
}

export interface OfacCompanions {
  /** ALT.CSV / cons_alt.csv. */
  alt?: CompanionText;
  /** SDN_COMMENTS.CSV / cons_comments.csv. */
  comments?: CompanionText;
}

/** The companion files' names as OFAC publishes them, per main file (compared without case). */
export const OFAC_COMPANIONS = {
  sdn: { alt: 'ALT.CSV', comments: 'SDN_COMMENTS.CSV' },
  consolidated: { alt: 'CONS_ALT.CSV', comments: 'CONS_COMMENTS.CSV' },
} as const;

/** A row with nothing to read: blank cells, or a trailing DOS end-of-file marker (\x1a). */
function blankRow(row: readonly string[]): boolean {
  const text = row.join('').trim();
  return text === '' || text === '\u001a';
}

function companionRows(c: CompanionText, what: string): CsvRow<string[]>[] {
  return csvRows(c.text, c.file, `an OFAC ${what} file`);
}

const ALT_TYPES = new Set(['aka', 'fka', 'nka']);

/**
 * ALT.CSV rows → alternate names by ent_num. A row that is not (ent_num, alt_num, a.k.a./f.k.a./
 * n.k.a., name) is a warning with its line, never a silent skip.
 */
export function readOfacAlternates(c: CompanionText, warnings: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  companionRows(c, 'alternate-names').forEach(({ row, line }) => {
    const [ent, altNum, type, name] = [cell(row[0]), cell(row[1]), cell(row[2]).toLowerCase().replace(/\./g, ''), cell(row[3])];
    if (!/^\d+$/.test(ent) || !/^\d+$/.test(altNum) || !ALT_TYPES.has(type) || !name) {
      if (!blankRow(row)) warnings.push(`${c.file}:${line}: not an OFAC alternate name (ent_num, alt_num, a.k.a./f.k.a./n.k.a., name), skipped`);
      return;
    }
    const names = out.get(ent);
    if (names) names.push(name);
    else out.set(ent, [name]);
  });
  return out;
}

/** SDN_COMMENTS.CSV rows → the rest of each record's remarks, by ent_num (rows in order). */
export function readOfacComments(c: CompanionText, warnings: string[]): Map<string, string> {
  const out = new Map<string, string>();
  companionRows(c, 'remarks-continued').forEach(({ row, line }) => {
    const ent = cell(row[0]);
    if (!/^\d+$/.test(ent) || row.length < 2) {
      if (!blankRow(row)) warnings.push(`${c.file}:${line}: not an OFAC remarks row (ent_num, remarks), skipped`);
      return;
    }
    out.set(ent, (out.get(ent) ?? '') + row.slice(1).map(cell).join(','));
  });
  return out;
}

function programUrl(program: string, consolidated: boolean): string {
  if (/CMIC/i.test(program)) return OFAC_CMIC_URL;
  return consolidated ? OFAC_NON_SDN_URL : OFAC_SDN_URL;
}

function listName(program: string, consolidated: boolean): string {
  if (/CMIC/i.test(program)) return 'OFAC NS-CMIC';
  return consolidated ? 'OFAC Consolidated (non-SDN)' : 'OFAC SDN';
}

const SDN_TYPES = new Set(['', 'individual', 'entity', 'vessel', 'aircraft']);

/**
 * Why a row is not an OFAC record, or null: OFAC's rows have exactly 12 cells, a numeric ent_num
 * and an SDN type of -0- (an entity), individual, vessel or aircraft. Another table's row with a
 * numeric first cell (a holdings file's ticker "2330") is not read as a designation.
 */
function notOfacRecord(row: string[]): string | null {
  if (row.length < 12 || row.slice(12).some((c) => c.trim() !== '')) return `${row.length} columns, not 12`;
  if (!/^\d+$/.test(cell(row[0]))) return 'ent_num is not a number';
  if (!SDN_TYPES.has(cell(row[2]).toLowerCase())) return `SDN type "${cell(row[2]).slice(0, 40)}" is not one of OFAC's`;
  return null;
}

/** The entity of one record, or null (said in `warnings`): vessels and aircraft are no issuers. */
function ofacEntity(r: OfacRecord, options: ImportOptions & { consolidated: boolean }, warnings: string[]): Omit<ListEntity, 'id'> | null {
  if (r.sdnType === 'vessel' || r.sdnType === 'aircraft') {
    warnings.push(`${r.where}: ${r.name} is a ${r.sdnType}, skipped`);
    return null;
  }
  const remarks = parseOfacRemarks(r.remarks);
  const programs = r.programs;
  for (const item of remarks.unreadDates) warnings.push(`${r.where}: ${r.name}: "${item}" is not a date${/^Listing Date/.test(item) ? `; listed with the as-of date ${options.asOf}` : '; left out of the citation'}`);
  const date = remarks.listingDate ?? options.asOf;
  const datedFromFile = !remarks.listingDate;
  const listings: Listing[] = (programs.length ? programs : ['(no program)']).map((p) => ({
    list: listName(p, options.consolidated),
    program: p,
    date,
    citation: `OFAC ${options.consolidated ? 'consolidated non-SDN list' : 'SDN list'}, ent_num ${r.entNum}, program ${p}${remarks.effectiveDate ? `; Effective Date (CMIC) ${remarks.effectiveDate}` : ''}${remarks.divestmentDate ? `; Purchase/Sales For Divestment Date (CMIC) ${remarks.divestmentDate}` : ''}`,
    url: programUrl(p, options.consolidated),
    verification: 'verified',
    ...(datedFromFile ? { note: remarks.unreadDates.some((d) => /^Listing Date/.test(d)) ? `OFAC's listing date could not be read; ${date} is the as-of date of the imported file` : `OFAC's file gives no designation date; ${date} is the as-of date of the imported file` } : {}),
  }));
  const relations: Relation[] = remarks.linkedTo.map((target) => ({
    type: 'affiliate-of', name: target, aliases: [], identifiers: [], source: programUrl(programs[0] ?? '', options.consolidated),
    note: 'OFAC remarks: "Linked To"',
  }));
  const person = r.sdnType === 'individual';
  const notes = [r.title && `Title: ${r.title}`, ...remarks.other].filter(Boolean).join('; ');
  return {
    name: r.name,
    type: person ? 'person' : 'company',
    aliases: cleanAliases(r.name, [...r.alternates, ...remarks.aliases]),
    identifiers: [...remarks.identifiers, { type: 'ofac-ent-num', value: r.entNum, verification: 'verified' }],
    listings,
    relations,
    ...(notes ? { notes } : {}),
  };
}

/** Records → entities; an ent_num seen twice is said (another release pasted in, or damage). */
function ofacEntities(records: readonly OfacRecord[], options: ImportOptions & { consolidated: boolean }, warnings: string[], again: string): Omit<ListEntity, 'id'>[] {
  const entities: Omit<ListEntity, 'id'>[] = [];
  const seen = new Set<string>();
  for (const r of records) {
    if (seen.has(r.entNum)) warnings.push(`${r.where}: ent_num ${r.entNum} appears again ${again}`);
    seen.add(r.entNum);
    // A record without its name is damage: said with its line and key, the rest imported.
    if (!r.name) {
      warnings.push(`${r.where}: ent_num ${r.entNum} has no name, skipped`);
      continue;
    }
    const e = ofacEntity(r, options, warnings);
    if (e) entities.push(e);
  }
  return entities;
}

/** SDN.XML / CONSOLIDATED.XML: the same records in one file (ofac-xml.ts). */
const XML_START = /^\uFEFF?\s*<(?:\?xml|(?:\w+:)?sdnList[\s>])/;

/**
 * SDN.CSV or cons_prim.csv with its companions, or SDN.XML / CONSOLIDATED.XML (their aliases and
 * ids inline) → entities. Vessels and aircraft are skipped (they are not issuers) and reported as
 * warnings, so nothing is dropped silently.
 */
export function importOfac(text: string, options: ImportOptions & { consolidated: boolean; companions?: OfacCompanions }): ImportResult {
  const warnings: string[] = [];
  if (XML_START.test(text.slice(0, 1000))) {
    const { alt, comments } = options.companions ?? {};
    for (const c of [alt, comments]) if (c) warnings.push(`${c.file}: not read: ${options.file} is OFAC's XML, which carries its aliases and remarks itself`);
    const { records, publishDate } = readOfacXml(text, options.file, warnings);
    // Undated records take the file's own Publish_Date, not the day it was saved (unless --as-of says).
    const dated = publishDate !== undefined && options.asOfFromFileTime ? { ...options, asOf: publishDate } : options;
    return { entities: ofacEntities(records, dated, warnings, '(also an earlier sdnEntry); both imported'), warnings, ...(publishDate ? { asOf: publishDate } : {}) };
  }
  const rows = csvRows(text, options.file, 'an OFAC CSV file');
  const { alt, comments } = options.companions ?? {};
  const alternates = alt ? readOfacAlternates(alt, warnings) : new Map<string, string[]>();
  const continued = comments ? readOfacComments(comments, warnings) : new Map<string, string>();
  const records: OfacRecord[] = [];
  rows.forEach(({ row, line }) => {
    const why = notOfacRecord(row);
    if (why) {
      // A header someone added, or another table's row: say so rather than guess.
      if (!blankRow(row)) warnings.push(`${options.file}:${line}: not an OFAC record (${why}), skipped`);
      return;
    }
    const entNum = cell(row[0]);
    records.push({
      entNum, name: cell(row[1]), sdnType: cell(row[2]).toLowerCase(),
      programs: cell(row[3]).split(/\]\s*\[|;/).map((p) => p.replace(/[[\]]/g, '').trim()).filter(Boolean),
      title: cell(row[4]), remarks: cell(row[11]) + (continued.get(entNum) ?? ''), alternates: alternates.get(entNum) ?? [],
      where: `${options.file}:${line}`,
    });
  });
  const entities = ofacEntities(records, options, warnings, '(also an earlier row); both rows imported, companions joined to both');
  // Companion rows for records not in the main file: from another release, or the wrong pair.
  const seen = new Set(records.map((r) => r.entNum));
  for (const [label, byEnt] of [[alt?.file, alternates], [comments?.file, continued]] as const) {
    const orphans = [...byEnt.keys()].filter((k) => !seen.has(k));
    if (label && orphans.length) warnings.push(`${label}: ${orphans.length} ent_num(s) not in ${options.file} (e.g. ${orphans.slice(0, 3).join(', ')}): is it from the same release?`);
  }
  if (!alt) {
    const names = options.consolidated ? OFAC_COMPANIONS.consolidated : OFAC_COMPANIONS.sdn;
    warnings.push(`no ${names.alt} beside ${options.file}: OFAC keeps most aliases and former names there; imported with the aliases in the remarks only (put ${names.alt} from the same download beside it, or give --alt)`);
  }
  return { entities, warnings };
}
