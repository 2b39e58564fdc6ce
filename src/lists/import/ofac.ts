/**
 * OFAC legacy CSV files (SDN.CSV and the consolidated non-SDN cons_prim.csv): no header row,
 * 12 columns (ent_num, name, type, program, title, call sign, vessel type, tonnage, GRT, vessel flag,
 * vessel owner, remarks), "-0-" for null. Identifiers, aliases and CMIC dates live in the remarks:
 * "Equity Ticker 002415 CN; ISIN CNE100000PM8; Listing Date (CMIC) 03 Jun 2021; a.k.a. 'SUGON'."
 * Pure: text in, entities out.
 */
import { parse } from 'csv-parse/sync';
import { ListError } from '../../errors.js';
import { isValidIsin } from '../../reference/check-digits.js';
import { countryForBloombergCode, micForTicker } from '../../reference/markets.js';
import type { Identifier, ListEntity, Listing, Relation } from '../schema.js';
import { cleanAliases } from './assemble.js';
import { OFAC_CMIC_URL, OFAC_NON_SDN_URL, OFAC_SDN_URL } from './official-urls.js';
import type { ImportOptions, ImportResult } from './types.js';

const NULL = '-0-';
const MONTHS: Record<string, string> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
};

/** "03 Jun 2021" → "2021-06-03". */
export function ofacDate(text: string): string | undefined {
  const m = text.trim().match(/^(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})$/);
  const month = m ? MONTHS[m[2]!.toLowerCase()] : undefined;
  return m && month ? `${m[3]}-${month}-${m[1]!.padStart(2, '0')}` : undefined;
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
}

/** Split remarks on "; " outside single-quoted a.k.a. names, and read each known item. */
export function parseOfacRemarks(remarks: string): OfacRemarks {
  const out: OfacRemarks = { aliases: [], identifiers: [], linkedTo: [], other: [] };
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
      out.listingDate = ofacDate(m[1]!);
    } else if ((m = item.match(/^Effective Date \(CMIC\)\s+(.+)$/))) {
      out.effectiveDate = ofacDate(m[1]!);
    } else if ((m = item.match(/^Purchase\/Sales For Divestment Date \(CMIC\)\s+(.+)$/))) {
      out.divestmentDate = ofacDate(m[1]!);
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

function programUrl(program: string, consolidated: boolean): string {
  if (/CMIC/i.test(program)) return OFAC_CMIC_URL;
  return consolidated ? OFAC_NON_SDN_URL : OFAC_SDN_URL;
}

function listName(program: string, consolidated: boolean): string {
  if (/CMIC/i.test(program)) return 'OFAC NS-CMIC';
  return consolidated ? 'OFAC Consolidated (non-SDN)' : 'OFAC SDN';
}

/**
 * Rows of SDN.CSV or cons_prim.csv → entities. Vessels and aircraft are skipped (they are not
 * issuers) and reported as warnings, so nothing is dropped silently.
 */
export function importOfac(text: string, options: ImportOptions & { consolidated: boolean }): ImportResult {
  let rows: string[][];
  try {
    rows = parse(text, { relax_column_count: true, skip_empty_lines: true, bom: true, relax_quotes: true }) as string[][];
  } catch (err) {
    const e = err as Error & { lines?: number };
    throw new ListError(`${options.file}${e.lines ? `:${e.lines}` : ''}: not an OFAC CSV file: ${e.message}`, [], { cause: err });
  }
  const entities: Omit<ListEntity, 'id'>[] = [];
  const warnings: string[] = [];
  rows.forEach((row, i) => {
    const line = i + 1;
    if (row.length < 12 || !/^\d+$/.test(cell(row[0]))) {
      // A trailing EOF marker (\x1a) or a header someone added: say so rather than guess.
      if (row.join('').trim() && row.join('').trim() !== '\u001a') warnings.push(`line ${line}: not an OFAC record (${row.length} columns), skipped`);
      return;
    }
    const [entNum, name, sdnType, program] = [cell(row[0]), cell(row[1]), cell(row[2]).toLowerCase(), cell(row[3])];
    if (sdnType === 'vessel' || sdnType === 'aircraft') {
      warnings.push(`line ${line}: ${name} is a ${sdnType}, skipped`);
      return;
    }
    const remarks = parseOfacRemarks(cell(row[11]));
    const programs = program.split(/\]\s*\[|;/).map((p) => p.replace(/[[\]]/g, '').trim()).filter(Boolean);
    const date = remarks.listingDate ?? options.asOf;
    const datedFromFile = !remarks.listingDate;
    const listings: Listing[] = (programs.length ? programs : ['(no program)']).map((p) => ({
      list: listName(p, options.consolidated),
      program: p,
      date,
      citation: `OFAC ${options.consolidated ? 'consolidated non-SDN list' : 'SDN list'}, ent_num ${entNum}, program ${p}${remarks.effectiveDate ? `; Effective Date (CMIC) ${remarks.effectiveDate}` : ''}${remarks.divestmentDate ? `; Purchase/Sales For Divestment Date (CMIC) ${remarks.divestmentDate}` : ''}`,
      url: programUrl(p, options.consolidated),
      verification: 'verified',
      ...(datedFromFile ? { note: `OFAC's file gives no designation date; ${date} is the as-of date of the imported file` } : {}),
    }));
    const relations: Relation[] = remarks.linkedTo.map((target) => ({
      type: 'affiliate-of', name: target, aliases: [], identifiers: [], source: programUrl(programs[0] ?? '', options.consolidated),
      note: 'OFAC remarks: "Linked To"',
    }));
    const person = sdnType === 'individual';
    const notes = [cell(row[4]) && `Title: ${cell(row[4])}`, ...remarks.other].filter(Boolean).join('; ');
    entities.push({
      name,
      type: person ? 'person' : 'company',
      aliases: cleanAliases(name, remarks.aliases),
      identifiers: [...remarks.identifiers, { type: 'ofac-ent-num', value: entNum, verification: 'verified' }],
      listings,
      relations,
      ...(notes ? { notes } : {}),
    });
  });
  return { entities, warnings };
}
