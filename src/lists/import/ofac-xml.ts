/**
 * OFAC's XML files (SDN.XML, CONSOLIDATED.XML: `sdnList`, any namespace): the records the CSV
 * files give, with their aliases (akaList) and identifiers (idList) inline. Each id is written as
 * the remarks item the CSV writes for it ("ISIN CNE100000PM8", "Listing Date (CMIC) 03 Jun
 * 2021", "Equity Ticker 002415 CN"), so one reading (parseOfacRemarks) serves both. A person's name
 * is written as the CSV writes it: "LAST, First". Pure: text in, records out.
 */
import { SaxesParser } from 'saxes';
import { ListError } from '../../errors.js';

/**
 * One OFAC record as its file gives it: a CSV row with its companions' alternate names and
 * continued remarks, or an XML sdnEntry with its aliases and its ids written as remarks items.
 */
export interface OfacRecord {
  entNum: string;
  name: string;
  /** '' (an entity in the CSV's -0-), entity, individual, vessel or aircraft; lower case. */
  sdnType: string;
  programs: string[];
  title: string;
  remarks: string;
  alternates: string[];
  /** file:line, for messages. */
  where: string;
}

const localName = (qname: string): string => qname.slice(qname.indexOf(':') + 1);

interface Person {
  firstName: string;
  lastName: string;
}

const fullName = (p: Person): string => (p.firstName && p.lastName ? `${p.lastName}, ${p.firstName}` : p.lastName || p.firstName);

/** "12/05/2026" (Publish_Date) -> "2026-12-05". */
function publishDate(text: string): string | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  return m ? `${m[3]}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}` : undefined;
}

export function readOfacXml(text: string, file: string, warnings: string[]): { records: OfacRecord[]; publishDate?: string } {
  const records: OfacRecord[] = [];
  let published: string | undefined;
  const path: string[] = [];
  let buf = '';
  let entry: (OfacRecord & Person) | null = null;
  let id: { type: string; number: string } | null = null;
  let aka: Person | null = null;
  let rootSeen = false;
  const parser = new SaxesParser({ position: true });
  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    if (path.length === 0) {
      if (name !== 'sdnList') throw new ListError(`${file}:${parser.line}: not OFAC's XML (root element ${name}, not sdnList)`, []);
      rootSeen = true;
    }
    path.push(name);
    buf = '';
    if (name === 'sdnEntry') {
      entry = { entNum: '', name: '', sdnType: '', programs: [], title: '', remarks: '', alternates: [], where: `${file}:${parser.line}`, firstName: '', lastName: '' };
    } else if (entry && name === 'id') id = { type: '', number: '' };
    else if (entry && name === 'aka') aka = { firstName: '', lastName: '' };
  });
  parser.on('text', (t) => {
    buf += t;
  });
  parser.on('cdata', (t) => {
    buf += t;
  });
  parser.on('closetag', (tag) => {
    const name = localName(tag.name);
    const value = buf.trim();
    buf = '';
    const parent = path[path.length - 2];
    path.pop();
    if (name === 'Publish_Date') published = publishDate(value);
    if (!entry) return;
    const e: OfacRecord & Person = entry;
    if (aka) {
      if (name === 'firstName') aka.firstName = value;
      else if (name === 'lastName') aka.lastName = value;
      else if (name === 'aka') {
        const n = fullName(aka);
        if (n) e.alternates.push(n);
        aka = null;
      }
      return;
    }
    if (id) {
      if (name === 'idType') id.type = value;
      else if (name === 'idNumber') id.number = value;
      else if (name === 'id') {
        if (id.type && id.number) {
          // (A link to another record, if written as an id, reads as the remarks' "Linked To: NAME".)
          const item = /^linked to:?$/i.test(id.type) ? `Linked To: ${id.number}` : `${id.type} ${id.number}`;
          e.remarks += `${e.remarks ? '; ' : ''}${item}`;
        }
        id = null;
      }
      return;
    }
    if (parent === 'sdnEntry') {
      if (name === 'uid') e.entNum = value;
      else if (name === 'firstName') e.firstName = value;
      else if (name === 'lastName') e.lastName = value;
      else if (name === 'title') e.title = value;
      else if (name === 'sdnType') e.sdnType = value.toLowerCase();
      else if (name === 'remarks' && value) e.remarks = value + (e.remarks ? `; ${e.remarks}` : '');
    } else if (name === 'program' && parent === 'programList' && value) e.programs.push(value);
    if (name === 'sdnEntry') {
      e.name = fullName(e);
      if (!/^\d+$/.test(e.entNum)) warnings.push(`${e.where}: sdnEntry without a numeric uid, skipped`);
      else {
        const { firstName: _f, lastName: _l, ...record } = e;
        records.push(record);
      }
      entry = null;
    }
  });
  try {
    parser.write(text.replace(/^\uFEFF/, '')).close();
  } catch (err) {
    if (err instanceof ListError) throw err;
    throw new ListError(`${file}:${parser.line}: not well-formed XML: ${(err as Error).message.split('\n')[0]}`, [], { cause: err });
  }
  if (!rootSeen) throw new ListError(`${file}: no sdnList element: not OFAC's XML`, []);
  return { records, ...(published ? { publishDate: published } : {}) };
}
