/**
 * Dev-time generator of lists/xinjiang.json from the research in ../shared/sources/lists.
 * Run: npx tsx scripts/build-list.ts [--sources DIR] [--out FILE]
 * Deterministic: same sources, same bytes. Entities already in the output file keep their ids.
 * Only VERIFIED / PARTIAL rows become listings; UNVERIFIED rows and rows without a dated, cited,
 * https-linked source are left out and printed as gaps.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { importOfac } from '../src/lists/import/ofac.js';
import { CBP_WRO_URL, UFLPA_URL } from '../src/lists/import/official-urls.js';
import { cleanAliases } from '../src/lists/import/assemble.js';
import { writeFileAtomic } from '../src/cli/output.js';
import { validateList } from '../src/lists/validate.js';
import type { Identifier, ListEntity, ListFile, Listing, Relation } from '../src/lists/schema.js';
import { slugify } from '../src/lists/slug.js';
import { DISPLAY_NAMES, ENRICHMENTS, PINNED_IDS, SAME_AS } from './build-list/curated.js';
import { buildCoverage } from './build-list/coverage.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const argValue = (flag: string): string | undefined => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const sourcesDir = path.resolve(argValue('--sources') ?? path.join(repoRoot, '..', 'shared', 'sources', 'lists'));
const outFile = path.resolve(argValue('--out') ?? path.join(repoRoot, 'lists', 'xinjiang.json'));

type Row = Record<string, string>;
const readCsv = (name: string): Row[] =>
  parse(readFileSync(path.join(sourcesDir, name), 'utf8'), { columns: true, bom: true, skip_empty_lines: true }) as Row[];

/** FR documents whose federalregister.gov / govinfo page the research gives. */
const FR_DOC_URLS: Record<string, string> = {
  '2019-22210': 'https://federalregister.gov/d/2019-22210',
  '2020-15827': 'https://federalregister.gov/d/2020-15827',
  '2021-13395': 'https://www.govinfo.gov/content/pkg/FR-2021-06-24/html/2021-13395.htm',
};

/** The listing url: the FR document's page when known, else the first complete https source. */
function pickUrl(citation: string, sources: string): string | undefined {
  const doc = citation.match(/FR Doc (\d{4}-\d{4,5})/);
  if (doc && FR_DOC_URLS[doc[1]!]) return FR_DOC_URLS[doc[1]!];
  return sources.split(/[\s;]+/).find((u) => /^https:\/\/\S+$/.test(u) && !u.includes('...'));
}

// ---------------------------------------------------------------- identity and merging
const SUFFIXES = /\s*,?\s*(?:and (?:its )?subsidiaries|and its subordinate and affiliated entities|and its subordinates)\s*$/i;
const LEGAL = /\b(?:co|ltd|company|limited|inc|corp|corporation)\b/g;

/** Identity key: case, punctuation, legal forms and "(ACRONYM)" asides do not make a new entity. */
function identityKey(name: string): string {
  return (SAME_AS[name] ?? name)
    .replace(SUFFIXES, '')
    .replace(/\([A-Z]{2,}\)/g, '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9\u4e00-\u9fff]+/g, ' ')
    .replace(LEGAL, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Draft {
  officialNames: string[];
  type: ListEntity['type'];
  aliases: string[];
  identifiers: Identifier[];
  listings: Listing[];
  relations: Relation[];
  notes: string[];
  /** The official name after a rename (the old names stay aliases). */
  currentName?: string;
}

const drafts: Draft[] = [];
const byKey = new Map<string, Draft>();

function findDraft(names: string[]): Draft | undefined {
  for (const n of names) {
    const d = byKey.get(identityKey(n));
    if (d) return d;
  }
  return undefined;
}

function governmentOrCompany(name: string): ListEntity['type'] {
  return /Public Security Bureau|Production and Construction Corps|Police College|Institute of Forensic Science|Skills Education/i.test(name)
    ? 'government'
    : 'company';
}

/** Find the entity any of `names` identifies, or create it; then record every name as an alias. */
function upsert(name: string, aliases: string[], type?: ListEntity['type']): Draft {
  const names = [name, ...aliases];
  let d = findDraft(names);
  if (!d) {
    d = { officialNames: [], type: type ?? governmentOrCompany(name), aliases: [], identifiers: [], listings: [], relations: [], notes: [] };
    drafts.push(d);
  }
  d.officialNames.push(name);
  for (const n of names) {
    d.aliases.push(n.replace(SUFFIXES, '').trim());
    byKey.set(identityKey(n), d);
  }
  return d;
}

function addListing(d: Draft, l: Listing): void {
  const same = d.listings.find((x) => x.list === l.list && x.program === l.program && x.date === l.date);
  if (!same) d.listings.push(l);
}

const gaps: string[] = [];
/**
 * "A; B; C" -> [A, B, C]; "A Co. and B Co." -> [A Co., B Co.]. A fragment starting with lower-case "and " is not an alias but the rest
 * of the one before it, split by the third-party eCFR parse ("Xinjiang Leon Telecom; and
 * Technology" is the one alias "Xinjiang Leon Telecom and Technology").
 */
const splitList = (s: string | undefined): string[] =>
  (s ?? '')
    .split(/;\s*/)
    // "Jiangyin Intermodal Transport Co. and Jiangyin United Transport Co.": two names, each
    // ending in its legal form ("also known as A and B" on the DHS page).
    .flatMap((x) => x.split(/(?<=\b(?:Co|Ltd|Inc|Corp|Limited|Company)\.?)\s+and\s+(?=[A-Z])/))
    .map((x) => x.trim())
    .filter(Boolean)
    .reduce<string[]>((out, part) => {
      if (/^and /.test(part) && out.length > 0) out[out.length - 1] = `${out[out.length - 1]} ${part}`;
      else out.push(part);
      return out;
    }, []);

// ---------------------------------------------------------------- UFLPA (DHS page of 2025-01-14)
for (const r of readCsv('uflpa_entity_list_2025-01-14_full.csv')) {
  const d = upsert(r.primary_name!, splitList(r.aliases));
  const citation = r.citation!.replace(/;?\s*FR (?:notice )?doc no\.\/page not retrieved/i, '').replace(/\s*\((?:FR doc no\.\/page not retrieved|published [^)]*; page not retrieved)\)/i, '')
    .replace(/\s*\(\s*\)/g, '') // the parentheses the first removal can leave empty
    .trim();
  // The initial list's FR notice (2022-16754, 2022-08-04) is known from a secondary copy of its
  // summary (SUMMARY-3, Q2): named in the citation, the listing itself stays verified by the page.
  const frNotice = r.effective_date === '2022-06-21' ? '; FR Doc 2022-16754 (published 2022-08-04; per a secondary copy of its summary, FR page not seen)' : '';
  addListing(d, {
    list: 'UFLPA Entity List',
    program: `UFLPA ${r.section}`,
    date: r.effective_date!,
    citation: `DHS UFLPA Entity List, section ${r.section}, effective ${r.effective_date}; ${citation}${frNotice}`,
    url: UFLPA_URL,
    verification: 'verified',
    note: `As listed on the DHS page (last updated 2025-01-14): "${r.name_as_listed}"`,
  });
}

// ---------------------------------------------------------------- UFLPA notice of 2026-08-03 (FR 2026-15628)
// Known from secondary sources only (uflpa_since_2025.csv): every listing is partial, with its
// evidence in the note. A name "(exact ... not seen)" is the short form the sources give; "A / B"
// is two names. A row naming a shipped entity's old names as "formerly known as" renames it.
for (const r of readCsv('uflpa_since_2025.csv')) {
  if (r.name!.startsWith('[') || r.verification !== 'PARTIAL') {
    gaps.push(`UFLPA 2026: "${r.name!.slice(0, 80)}" (${r.verification}) is not an entity listing`);
    continue;
  }
  const [name, ...more] = r.name!.replace(/\s*\(exact [^)]*not seen\)\s*$/, '').split(/\s+\/\s+/);
  const aliases = [...more, ...splitList((r.aliases ?? '').replace(/\s*\([^)]*\)/g, ''))];
  const renamed = /formerly known as/.test(r.aliases ?? '');
  const d = upsert(name!, aliases);
  // The entity keeps its published id (a slug of its first official name); its name is the new one.
  if (renamed) d.currentName = name!;
  const section = r.program_or_sublist!.match(/^2\(d\)\(2\)\(B\)\([iv]+\)$/)?.[0];
  const date = r.date!.slice(0, 10);
  addListing(d, {
    list: 'UFLPA Entity List',
    ...(section ? { program: `UFLPA ${section}` } : {}),
    date,
    citation: `DHS UFLPA Entity List, effective ${date}; FR Doc 2026-15628 (published 2026-08-03; FR page not seen); DHS release of 2026-07-31`,
    url: r.url!.split(/\s*;\s*/)[0]!,
    verification: 'partial',
    note: `Secondary sources only${section ? '' : `; sub-list ${/per secondary/.test(r.program_or_sublist!) ? `${r.program_or_sublist} ` : 'not seen'}`}${renamed ? '; renames an entry listed 2022-06-21' : ''}. Evidence: ${r.evidence_excerpt}`,
  });
}

// ---------------------------------------------------------------- BIS Entity List
const ecfr = new Map(readCsv('bis_existing_rows_checked.csv').map((r) => [r.earlier_entity_name!, r]));
const BIS_PROGRAM = 'EAR Part 744 Supp. No. 4';
/** The eCFR extraction sometimes runs an address into the last alias ("... Co., Ltd. Xinjiang East: West of ..."). */
function ecfrAlias(alias: string): string | undefined {
  if (!alias.includes(':')) return alias;
  return alias.match(/^(.*?\b(?:Ltd|Co|Limited|Inc)\.)\s/)?.[1];
}
for (const r of readCsv('bis_entity_list_xinjiang.csv')) {
  const name0 = r.entity_name!;
  if (r.verification === 'UNVERIFIED' || /^\[|^\d+ subordinate/.test(name0)) {
    gaps.push(`BIS: "${name0}" (${r.verification}) not itemised here`);
    continue;
  }
  const checked = ecfr.get(name0);
  const found = checked && checked.ecfr_name;
  const gloss = name0.match(/^(.*?) \((.+)\)$/);
  const names = found ? [checked.ecfr_name!, ...splitList(checked.ecfr_aliases).map(ecfrAlias).filter((a): a is string => Boolean(a))] : [name0];
  if (gloss && !/^\(of China\)$/.test(`(${gloss[2]})`)) names.push(gloss[1]!, gloss[2]!);
  const d = upsert(names[0]!, names.slice(1));
  const url = pickUrl(r.citation!, r.source_urls!);
  if (!url) {
    gaps.push(`BIS: "${name0}" has no https source`);
    continue;
  }
  const frDoc = r.citation!.match(/FR Doc \d{4}-\d+/)?.[0];
  const cites = found ? checked.ecfr_fr_citations : undefined;
  addListing(d, {
    list: 'BIS Entity List',
    program: `${BIS_PROGRAM}: ${r.reason}`,
    date: r.date_added!,
    citation: [cites ? `15 CFR 744 Supp. No. 4 cites ${cites}` : undefined, frDoc, cites || frDoc ? undefined : r.citation!.replace(/;?\s*FR page\/doc no\. not retrieved/, '')].filter(Boolean).join('; '),
    url,
    verification: found && r.verification === 'VERIFIED' ? 'verified' : 'partial',
    ...(found ? {} : { note: 'Not in the 2026-07-09 eCFR extraction (renamed, removed or a parser gap): check the current Supplement No. 4' }),
  });
}
for (const r of readCsv('bis_additional.csv')) {
  const aliasPart = r.notes!.split(' | ').find((p) => p.startsWith('aliases:'))?.slice('aliases:'.length).trim();
  const d = upsert(r.entity_name!, aliasPart && aliasPart !== 'none' ? splitList(aliasPart) : []);
  const url = pickUrl(r.citation!, r.source_urls!);
  if (!url) {
    // An entity left without any listing is dropped when the file is assembled.
    gaps.push(`BIS: "${r.entity_name}" (${r.verification}, ${r.date_added}) has no https source; not listed`);
    continue;
  }
  const cites = r.citation!.match(/cites: (.+?)(?: \(rule|;|$)/)?.[1];
  addListing(d, {
    list: 'BIS Entity List',
    program: `${BIS_PROGRAM}: ${r.reason}`,
    date: r.date_added!,
    citation: [cites ? `15 CFR 744 Supp. No. 4 cites ${cites}` : undefined, r.citation!.match(/FR Doc \d{4}-\d+/)?.[0]].filter(Boolean).join('; '),
    url,
    verification: r.verification === 'VERIFIED' ? 'verified' : 'partial',
  });
}

// BIS rules after 2021 (bis_xinjiang_2022_2026.csv): only rows whose FR citation is VERIFIED and
// whose Xinjiang reason a source states (the 2023-03-28 human-rights rule, FR 2023-06663); the
// reason rests on a secondary source, so the listing is partial. Rows whose only Xinjiang link is
// an address (PARTIAL) stay out.
for (const r of readCsv('bis_xinjiang_2022_2026.csv')) {
  const frDoc = r.citation!.match(/FR Doc (\d{4}-\d+)/)?.[1];
  const effective = r.citation!.match(/effective (\d{4}-\d{2}-\d{2})/)?.[1];
  if (!/^VERIFIED/.test(r.verification!) || !frDoc || !effective || !/^https:\/\//.test(r.url!)) {
    gaps.push(`BIS 2022-2026: "${r.name}" (${r.verification}): ${/only an address/.test(r.evidence_excerpt!) ? 'Xinjiang link is only an address' : 'no verified citation with a stated Xinjiang reason'}; not listed`);
    continue;
  }
  const d = upsert(r.name!, splitList(r.aliases));
  addListing(d, {
    list: 'BIS Entity List',
    program: `${BIS_PROGRAM}: human rights (Xinjiang)`,
    date: effective,
    citation: `${r.citation!.replace(/ \(human-rights rule\)$/, '')}; 15 CFR 744 Supp. No. 4 cites ${r.date}`,
    url: r.url!,
    verification: 'partial',
    note: `FR citation verified; the Xinjiang reason is from a secondary source. Evidence: ${r.evidence_excerpt}`,
  });
}

// ---------------------------------------------------------------- OFAC SDN (GLOMAG, Xinjiang)
const curatedOfacRows = readCsv('ofac_xinjiang_curated.csv');
const curatedOfac = new Map(curatedOfacRows.filter((r) => /^\d+$/.test(r.ent_num!)).map((r) => [r.ent_num!, r]));
const PRESS: Record<string, string> = {
  '2020-07-09': 'https://home.treasury.gov/news/press-releases/sm1055',
  '2020-07-31': 'https://home.treasury.gov/news/press-releases/sm1073',
  '2021-03-22': 'https://www.thompsonhinesmartrade.com/2021/03/ofac-sanctions-additional-chinese-officials-for-human-rights-abuse-in-xinjiang/',
  '2023-12-08': 'https://home.treasury.gov/news/press-releases/jy1972',
};
const sdnText = readFileSync(path.join(sourcesDir, 'ofac_sdn_xinjiang_rows_from_loudringphone_sancbook.csv'), 'utf8');
const sdn = importOfac(sdnText, { file: 'SDN.CSV', asOf: '2023-01-21', consolidated: false });
sdn.entities.forEach((e) => {
  const entNum = e.identifiers.find((i) => i.type === 'ofac-ent-num')!.value;
  const c = curatedOfac.get(entNum);
  if (!c || !/^\d{4}-\d{2}-\d{2}$/.test(c.date!) || !PRESS[c.date!] || c.ver === 'UNVERIFIED') {
    gaps.push(`OFAC SDN: ${e.name} (ent_num ${entNum}): designation date ${c?.date ?? 'unknown'} not verified; not listed`);
    return;
  }
  const aliases = [...splitList(c.aliases).map((a) => a.replace(/\s*\(EU list\)$/, '')), ...(c.entity!.match(/\(([A-Z]{3,})\)$/) ? [c.entity!.match(/\(([A-Z]{3,})\)$/)![1]!] : [])];
  const d = upsert(e.name, aliases, e.type === 'person' ? 'person' : governmentOrCompany(e.name));
  d.identifiers.push(...e.identifiers);
  addListing(d, {
    list: 'OFAC SDN',
    program: 'GLOMAG (E.O. 13818)',
    date: c.date!,
    citation: `E.O. 13818 (Global Magnitsky); OFAC SDN ent_num ${entNum}`,
    url: PRESS[c.date!]!,
    verification: c.ver === 'VERIFIED' ? 'verified' : 'partial',
  });
  if (e.notes) d.notes.push(`OFAC: ${e.notes}`);
});
for (const c of curatedOfacRows) {
  // Designations newer than the Jan-2023 SDN copy (no SDN row), dated by a Treasury release.
  if (/^\d+$/.test(c.ent_num!) || !/SDN/.test(c.program!)) continue;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(c.date!) || !PRESS[c.date!]) {
    gaps.push(`OFAC SDN: ${c.entity}: designation date ${c.date} not verified; not listed`);
    continue;
  }
  const name = c.entity!.replace(/\s*\(.*\)$/, '');
  const d = upsert(name, [], 'person');
  addListing(d, {
    list: 'OFAC SDN', program: 'GLOMAG (E.O. 13818)', date: c.date!, citation: `E.O. 13818 (Global Magnitsky); Treasury press release ${PRESS[c.date!]!.split('/').pop()}`,
    url: PRESS[c.date!]!, verification: c.ver === 'VERIFIED' ? 'verified' : 'partial', note: `${c.entity}; not in the January 2023 SDN.CSV copy`,
  });
}
// Designations after 2023 (ofac_xinjiang_since_2023.csv): only rows with a date a source shows.
for (const r of readCsv('ofac_xinjiang_since_2023.csv')) {
  const date = r.date!.match(/^\d{4}-\d{2}-\d{2}$/)?.[0];
  if (!date || r.verification === 'UNVERIFIED' || !/^https:\/\//.test(r.url!)) {
    gaps.push(`OFAC SDN: ${r.name}: designation date ${r.date} not verified; not listed`);
    continue;
  }
  const d = upsert(r.name!, splitList(r.aliases), 'person');
  addListing(d, {
    list: 'OFAC SDN', program: 'GLOMAG (E.O. 13818)', date, citation: `E.O. 13818 (Global Magnitsky); ${r.citation}`,
    url: r.url!, verification: r.verification === 'VERIFIED' ? 'verified' : 'partial',
    note: `${r.program_or_sublist}; not in the January 2023 SDN.CSV copy. Evidence: ${r.evidence_excerpt}`,
  });
}
// EU GHRSR: Chinese-character names of the XPCC Public Security Bureau (the EU listing itself is out of scope).
for (const c of curatedOfacRows) {
  if (/EU Global Human Rights/.test(c.program!)) {
    const d = findDraft([c.entity!]);
    if (d) d.aliases.push(...splitList(c.aliases));
  }
}

// ---------------------------------------------------------------- OFAC NS-CMIC surveillance companies
const SURVEILLANCE = new Set(['30946', '33091', '33111', '33112', '33113', '33114', '33893', '33894', '33895', '33896']);
const cmicText = readFileSync(path.join(sourcesDir, 'ofac_cons_prim_CMIC_rows_from_li-xiaohui_grab-companies.csv'), 'utf8');
for (const e of importOfac(cmicText, { file: 'cons_prim.csv', asOf: '2025-04-21', consolidated: true }).entities) {
  const entNum = e.identifiers.find((i) => i.type === 'ofac-ent-num')!.value;
  if (!SURVEILLANCE.has(entNum)) continue;
  const d = upsert(e.name, e.aliases, 'company');
  d.identifiers.push(...e.identifiers);
  for (const l of e.listings) addListing(d, { ...l, citation: `E.O. 13959 as amended by E.O. 14032; ${l.citation}` });
}

// ---------------------------------------------------------------- CBP Withhold Release Orders
let lastUrl: string | undefined;
for (const r of readCsv('cbp_wro_xinjiang.csv')) {
  const url = r.source === 'same' ? lastUrl : pickUrl('', r.source ?? '');
  lastUrl = url;
  if (r.verification !== 'VERIFIED' || !/^\d{4}-\d{2}-\d{2}/.test(r.date!) || !url) {
    gaps.push(`CBP WRO: "${r.entity}" (${r.verification}, ${r.date}) not listed`);
    continue;
  }
  if (/region-wide/.test(r.entity!)) {
    gaps.push(`CBP WRO: region-wide order on Xinjiang cotton and tomatoes (${r.date}) applies to goods, not to an issuer; see lists/README.md`);
    continue;
  }
  const date = r.date!.slice(0, 10);
  for (const name of r.entity!.split(/ and (?=Baoding)/)) {
    const d = upsert(name, []);
    addListing(d, {
      list: 'CBP WRO',
      program: `Withhold Release Order: ${r.goods}`,
      date,
      citation: `19 U.S.C. 1307 Withhold Release Order (${r.goods}), ${r.date}`,
      url,
      verification: 'verified',
      ...(url !== CBP_WRO_URL && !/cbp\.gov/.test(url) ? { note: `CBP's list of orders: ${CBP_WRO_URL}` } : {}),
    });
  }
}

// ---------------------------------------------------------------- investor exclusions
// Exclusions by investors (not sanctions): each investor's list is its own official list. A
// recommendation that was withdrawn is not an exclusion and stays out.
const INVESTOR_LISTS: Record<string, string> = {
  'Norway GPFG (Norges Bank) exclusion': 'Norges Bank GPFG exclusion',
  'AkademikerPension (Denmark) exclusion': 'AkademikerPension exclusion',
};
for (const r of readCsv('investor_exclusions_xinjiang.csv')) {
  const list = INVESTOR_LISTS[r.list!];
  const date = r.date!.match(/^\d{4}-\d{2}-\d{2}/)?.[0];
  if (!list || !date || r.verification === 'UNVERIFIED') {
    gaps.push(`investor exclusions: "${r.name}" on "${r.list}" (${r.date}) is not an exclusion with a date; not listed`);
    continue;
  }
  const d = upsert(r.name!, splitList(r.aliases), 'company');
  addListing(d, {
    list, date, citation: `${r.citation}; ${r.date}`, url: r.url!,
    verification: r.verification === 'VERIFIED' ? 'verified' : 'partial',
    note: `An investor's exclusion (${r.program_or_sublist}), not a sanction. Evidence: ${r.evidence_excerpt}`,
  });
}

// ---------------------------------------------------------------- enrichment, ids, output
for (const en of ENRICHMENTS) {
  const d = findDraft([en.match]);
  if (!d) throw new Error(`curated enrichment for "${en.match}" matches no entity`);
  d.aliases.push(...(en.aliases ?? []));
  d.identifiers.push(...(en.identifiers ?? []));
  d.relations.push(...(en.relations ?? []));
  if (en.notes) d.notes.push(en.notes);
}

/** Ids already published keep their entity: read them from the current output, by identity key. */
const previousIds = new Map<string, string>();
if (existsSync(outFile)) {
  const prev = JSON.parse(readFileSync(outFile, 'utf8')) as ListFile;
  for (const e of prev.entities) for (const n of [e.name, ...e.aliases]) previousIds.set(identityKey(n), e.id);
}

const used = new Set<string>();
const entities: ListEntity[] = drafts
  .filter((d) => d.listings.length > 0)
  .map((d) => {
    const pinned = d.officialNames.map((n) => PINNED_IDS[n]).find(Boolean);
    const previous = d.officialNames.map((n) => previousIds.get(identityKey(n))).find(Boolean);
    const official = d.officialNames[0]!.replace(SUFFIXES, '').trim();
    const base = slugify(official).replace(/(?:-(?:co|ltd|limited|company|corp|corporation|inc))+$/, '');
    let id = pinned ?? previous ?? base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    const name = DISPLAY_NAMES[id] ?? d.currentName ?? official;
    const seen = new Set<string>();
    const identifiers = d.identifiers.filter((i) => {
      const k = `${i.type}:${i.value}:${i.exchange ?? ''}:${i.country ?? ''}`;
      return seen.has(k) ? false : (seen.add(k), true);
    });
    const listings = [...d.listings].sort((a, b) => a.date.localeCompare(b.date) || a.list.localeCompare(b.list) || (a.program ?? '').localeCompare(b.program ?? ''));
    const notes = [...new Set(d.notes)].join(' ');
    return {
      id, name, type: d.type, aliases: cleanAliases(name, d.aliases), identifiers, listings, relations: d.relations,
      ...(d.type !== 'person' ? { country: 'CN' } : {}), ...(notes ? { notes } : {}),
    } satisfies ListEntity;
  });
// Resolve relation targets that are themselves listed.
const idByKey = new Map<string, string>();
for (const e of entities) for (const n of [e.name, ...e.aliases]) idByKey.set(identityKey(n), e.id);
for (const e of entities) for (const r of e.relations) {
  const target = idByKey.get(identityKey(r.name));
  if (target && target !== e.id) r.targetId = target;
}
entities.sort((a, b) => a.id.localeCompare(b.id));

const version = entities.flatMap((e) => e.listings.map((l) => l.date)).sort().at(-1)!;
const coverage = buildCoverage(entities, gaps);
const list: ListFile = {
  $schema: './schema.json',
  schemaVersion: 1,
  id: 'xinjiang',
  name: 'Xinjiang-linked entities on US official lists',
  version,
  description:
    'Entities on the DHS UFLPA Entity List (page of 2025-01-14, plus the names of the 2026-08-03 notice that secondary sources give, partial), the Commerce BIS Entity List (Xinjiang tranches 2019-2021), OFAC SDN Global Magnitsky Xinjiang designations and the NS-CMIC surveillance companies, and CBP Withhold Release Orders on Xinjiang goods. Generated by scripts/build-list.ts; coverage and gaps in lists/README.md.',
  sources: [
    { name: 'DHS UFLPA Entity List (saved copy of the page, footer "Last Updated: 01/14/2025")', asOf: '2025-01-14', url: UFLPA_URL },
    { name: 'UFLPA notice of 2026-08-03 (FR Doc 2026-15628): 43 additions, 187 entities in all; 8 new names and one rename known from secondary sources (partial), 35 names not included', asOf: '2026-08-03', url: 'https://www.dhs.gov/news/2026/07/31/dhs-announces-addition-43-companies-uflpa-entity-list' },
    { name: 'Commerce BIS Entity List, 15 CFR 744 Supp. No. 4 (third-party eCFR extraction)', asOf: '2026-07-09', note: 'Xinjiang tranches of 2019-10-09, 2020-06-05, 2020-07-22, 2021-06-24, 2021-07-12' },
    { name: 'OFAC SDN.CSV (Xinjiang GLOMAG rows, copy of January 2023) and Treasury press releases', asOf: '2023-01-21' },
    { name: 'OFAC consolidated non-SDN list cons_prim.csv (CMIC rows)', asOf: '2025-04-21', url: 'https://ofac.treasury.gov/sanctions-programs-and-country-information/chinese-military-companies-sanctions' },
    { name: 'CBP Withhold Release Orders (press releases and law-firm summaries)', url: CBP_WRO_URL },
    { name: 'Investor exclusions tied to Xinjiang: Norges Bank GPFG (Council on Ethics pages, annual report 2024), AkademikerPension', asOf: '2024-12-31' },
  ],
  coverage,
  entities,
};

const problems = validateList(list);
if (problems.length) {
  console.error(`build-list: the generated list has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exitCode = 2;
} else {
  await writeFileAtomic(outFile, `${JSON.stringify(list, null, 2)}\n`);
  const counts = new Map<string, number>();
  for (const e of entities) for (const l of new Set(e.listings.map((x) => x.list))) counts.set(l, (counts.get(l) ?? 0) + 1);
  console.log(`build-list: ${entities.length} entities, version ${version} -> ${path.relative(process.cwd(), outFile)}`);
  for (const [l, n] of [...counts].sort()) console.log(`  ${l}: ${n}`);
  console.log(`gaps (${gaps.length}):\n  ${gaps.join('\n  ')}`);
}
