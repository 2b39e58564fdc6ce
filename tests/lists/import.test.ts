import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importList, type ImportFormat } from '../../src/lists/import/index.js';
import { runCli } from '../helpers/cli.js';
import { parseOfacRemarks } from '../../src/lists/import/ofac.js';
import { OFAC_CMIC_URL, OFAC_SDN_URL } from '../../src/lists/import/official-urls.js';
import { loadList } from '../../src/lists/load.js';
import { repoRoot, sharedAvailable, sharedPath } from '../helpers/cli.js';

const fx = (...p: string[]): string => path.join(repoRoot, 'fixtures', 'lists', ...p);
const run = (format: ImportFormat, file: string, filter = false) =>
  importList({ format, text: readFileSync(fx(file), 'utf8'), file, asOf: '2025-04-21', filter });

describe('OFAC remarks', () => {
  it('reads tickers with exchange, ISINs, USCC, CMIC dates, issuer names and quoted a.k.a. holding ";"', () => {
    const r = parseOfacRemarks("Equity Ticker 603019CN; alt. Equity Ticker 0728 HK; ISIN CNE100001TW7; Issuer Name Sugon; a.k.a. 'A; B'; Listing Date (CMIC) 16 Dec 2021; Unified Social Credit Code (USCC) 91120000783342508F (China).");
    expect(r.identifiers.filter((i) => i.type === 'ticker').map((i) => [i.value, i.exchange, i.country])).toEqual([['603019', 'XSHG', 'CN'], ['0728', 'XHKG', 'HK']]);
    expect(r.identifiers.find((i) => i.type === 'uscc')?.value).toBe('91120000783342508F');
    expect(r.aliases).toEqual(['Sugon', 'A; B']);
    expect(r.listingDate).toBe('2021-12-16');
  });
});

describe('import round trips on fixtures in each official layout', () => {
  it('ofac-cons: CMIC rows keep listing dates, tickers, ISINs; a bad published ISIN is kept as "other"', () => {
    const { list } = run('ofac-cons', 'ofac/cons_prim.csv');
    expect(list.entities).toHaveLength(3);
    const hik = list.entities.find((e) => e.name.startsWith('HANGZHOU HIKVISION'))!;
    expect(hik.listings).toEqual([expect.objectContaining({ list: 'OFAC NS-CMIC', program: 'CMIC-EO13959', date: '2021-06-03', url: OFAC_CMIC_URL })]);
    expect(hik.identifiers).toEqual(expect.arrayContaining([
      expect.objectContaining({ type: 'ticker', value: '002415', exchange: 'XSHE', country: 'CN' }),
      expect.objectContaining({ type: 'isin', value: 'CNE100000PM8' }),
      expect.objectContaining({ type: 'ofac-ent-num', value: '30946' }),
    ]));
    const mobile = list.entities.find((e) => e.name === 'CHINA MOBILE LIMITED')!;
    expect(mobile.identifiers.filter((i) => i.type === 'isin').map((i) => i.value)).toEqual(['US16941M1099', 'HK0941009539']);
    expect(mobile.identifiers.find((i) => i.value === 'HK0941009530')?.type).toBe('other');
    expect(mobile.relations[0]).toMatchObject({ type: 'affiliate-of', name: 'CHINA MOBILE COMMUNICATIONS GROUP CO., LTD' });
    expect(list.version).toBe('2021-12-16');
  });

  it('ofac-sdn: people are persons, vessels are skipped with a warning, undated rows take --as-of with a note', () => {
    const { list, warnings } = run('ofac-sdn', 'ofac/sdn.csv');
    expect(list.entities.map((e) => e.name)).toEqual(['XINJIANG PUBLIC SECURITY BUREAU', 'CHEN, Quanguo', 'XINJIANG PRODUCTION AND CONSTRUCTION CORPS', 'UNRELATED TRADING LLC']);
    expect(list.entities[1]!.type).toBe('person');
    expect(warnings.some((w) => w.includes('EXAMPLE VESSEL is a vessel'))).toBe(true);
    const xpsb = list.entities[0]!.listings[0]!;
    expect(xpsb).toMatchObject({ list: 'OFAC SDN', program: 'GLOMAG', date: '2025-04-21', url: OFAC_SDN_URL });
    expect(xpsb.note).toContain('as-of date');
    const llc = list.entities[3]!;
    expect(llc.listings.map((l) => l.program)).toEqual(['SDGT', 'IRGC']);
    expect(llc.aliases).toEqual(['UT; LLC']);
  });

  it("OFAC's XML (CONSOLIDATED.XML, SDN.XML) reads as its CSV: ids as the remarks items, aliases inline, people as LAST, First; found without --from", async () => {
    const { list, warnings } = run('ofac-cons', 'ofac/CONSOLIDATED.XML');
    expect(list.entities.map((e) => [e.name, e.type])).toEqual([
      ['HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO., LTD.', 'company'], ['CHINA MOBILE LIMITED', 'company'], ['CHEN, Quanguo', 'person'],
    ]);
    const hik = list.entities[0]!;
    expect(hik.listings).toEqual([expect.objectContaining({ list: 'OFAC NS-CMIC', program: 'CMIC-EO13959', date: '2021-06-03', url: OFAC_CMIC_URL })]);
    expect(hik.listings[0]!.citation).toContain('Effective Date (CMIC) 2021-08-02');
    expect(hik.aliases).toEqual(['HIKVISION']);
    expect(hik.identifiers).toEqual(expect.arrayContaining([
      expect.objectContaining({ type: 'ticker', value: '002415', exchange: 'XSHE', country: 'CN' }),
      expect.objectContaining({ type: 'isin', value: 'CNE100000PM8' }),
      expect.objectContaining({ type: 'uscc', value: '91330000733796106P' }),
      expect.objectContaining({ type: 'ofac-ent-num', value: '30946' }),
    ]));
    const mobile = list.entities[1]!;
    expect(mobile.identifiers.find((i) => i.value === 'HK0941009530')?.type).toBe('other');
    expect(mobile.relations[0]).toMatchObject({ type: 'affiliate-of', name: 'CHINA MOBILE COMMUNICATIONS GROUP CO., LTD' });
    // An id the remarks reader does not know is a note, as in the CSV ("Gender Male").
    expect(list.entities[2]!.notes).toBe('Gender Male');
    expect(warnings.some((w) => w.includes('EXAMPLE VESSEL is a vessel'))).toBe(true);
    // No companion CSVs are asked for: the XML holds its aliases.
    expect(warnings.some((w) => w.includes('ALT.CSV'))).toBe(false);
    // The file's own Publish_Date is the source's as-of date.
    expect(list.sources?.[0]?.asOf).toBe('2021-12-16');
    const dir = mkdtempSync(path.join(tmpdir(), 'ofac-xml-'));
    const out = path.join(dir, 'cmic.json');
    const cli = await runCli(['lists', 'import', fx('ofac', 'CONSOLIDATED.XML'), '--out', out]);
    expect(cli.code).toBe(0);
    expect(cli.stderr).toContain("read as --from ofac-cons (OFAC's XML (sdnList) with non-SDN programs");
    expect((await loadList(out)).entities).toHaveLength(3);
    // Without --as-of, an undated record takes the file's Publish_Date, not the day it was saved (review finding).
    const chen = (await loadList(out)).entities.find((e) => e.name === 'CHEN, Quanguo')!;
    expect(chen.listings[0]!.date).toBe('2021-12-16');
    // A name in CDATA is read as text.
    const cdata = readFileSync(fx('ofac', 'CONSOLIDATED.XML'), 'utf8').replace('<lastName>CHINA MOBILE LIMITED</lastName>', '<lastName><![CDATA[CHINA MOBILE LIMITED]]></lastName>');
    expect(importList({ format: 'ofac-cons', text: cdata, file: 'c.xml', asOf: '2025-04-21', filter: false }).list.entities.map((e) => e.name)).toContain('CHINA MOBILE LIMITED');
  });

  it("OFAC's XML that is cut or not an sdnList is a list error naming the file and line", () => {
    const text = readFileSync(fx('ofac', 'CONSOLIDATED.XML'), 'utf8');
    expect(() => importList({ format: 'ofac-cons', text: text.slice(0, 900), file: 'CONSOLIDATED.XML', asOf: '2025-04-21', filter: false })).toThrow(/CONSOLIDATED\.XML:\d+: not well-formed XML/);
    expect(() => importList({ format: 'ofac-sdn', text: '<?xml version="1.0"?>\n<catalog><book/></catalog>', file: 'x.xml', asOf: '2025-04-21', filter: false })).toThrow(/x\.xml:2: not OFAC's XML \(root element catalog/);
  });

  it('ofac-sdn --filter keeps Xinjiang names and the people they are linked to', () => {
    const { list } = run('ofac-sdn', 'ofac/sdn.csv', true);
    expect(list.entities.map((e) => e.name)).toEqual(['XINJIANG PUBLIC SECURITY BUREAU', 'CHEN, Quanguo', 'XINJIANG PRODUCTION AND CONSTRUCTION CORPS']);
  });

  it('csl: source, FR notice, start date, alt names and ids are kept; http links fall back to the https one', () => {
    const { list, warnings } = run('csl', 'csl/consolidated.csv');
    expect(list.entities).toHaveLength(2);
    const [daqo, hik] = list.entities;
    expect(daqo!.listings[0]).toMatchObject({ list: 'Entity List (EL) - Bureau of Industry and Security', date: '2021-06-24', citation: '86 FR 33120', url: 'https://www.govinfo.gov/content/pkg/FR-2021-06-24/html/2021-13395.htm' });
    expect(daqo!.aliases).toEqual(['Xinjiang Great New Energy Co., Ltd.', 'Xinjiang Daxin Energy Co., Ltd.']);
    expect(hik!.identifiers.find((i) => i.type === 'isin')?.value).toBe('CNE100000PM8');
    expect(hik!.listings[0]!.date).toBe('2025-04-21');
    expect(hik!.listings[0]!.url).toBe('https://www.trade.gov/consolidated-screening-list');
    expect(warnings.some((w) => w.includes('vessel'))).toBe(true);
  });

  it('opensanctions-csv: datasets become listings dated first_seen, identifiers typed by check digit', () => {
    const { list } = run('opensanctions-csv', 'opensanctions/targets.simple.csv');
    expect(list.entities.map((e) => e.type)).toEqual(['company', 'company']);
    const xpcc = list.entities[0]!;
    expect(xpcc.listings.map((l) => [l.list, l.date])).toEqual([['OpenSanctions: us_ofac_sdn', '2020-07-31'], ['OpenSanctions: us_dhs_uflpa', '2020-07-31']]);
    expect(xpcc.listings[0]!.url).toBe('https://www.opensanctions.org/entities/NK-xpcc/');
    expect(list.entities[1]!.identifiers.map((i) => i.type)).toEqual(['isin', 'uscc']);
  });

  it('opensanctions-ftm: Sanction records give list, program, date and source; bad lines are warned', () => {
    const { list, warnings } = run('opensanctions-ftm', 'opensanctions/entities.ftm.json');
    const xpsb = list.entities.find((e) => e.name === 'Xinjiang Public Security Bureau')!;
    expect(xpsb.type).toBe('government');
    expect(xpsb.listings[0]).toMatchObject({ list: 'Office of Foreign Assets Control', program: 'GLOMAG', date: '2020-07-09', url: 'https://home.treasury.gov/news/press-releases/sm1055' });
    const meiya = list.entities.find((e) => e.name.startsWith('Xiamen'))!;
    expect(meiya.identifiers.map((i) => `${i.type}:${i.value}`)).toEqual(['isin:CNE100001120', 'ticker:300188', 'uscc:91350200705420347R']);
    expect(warnings.some((w) => w.startsWith('opensanctions/entities.ftm.json:5: not a FollowTheMoney entity'))).toBe(true);
    expect(warnings.some((w) => w.includes('1 record(s) that are not sanctioned'))).toBe(true);
  });

  it('writes atomically a file that loads back', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'fs-import-')), 'cmic.json');
    const r = await runCli(['lists', 'import', fx('ofac/cons_prim.csv'), '--from', 'ofac-cons', '--out', out, '--as-of', '2025-04-21']);
    expect(r.code, r.stderr).toBe(0);
    const loaded = await loadList(out);
    expect(loaded.entities).toHaveLength(3);
    expect(loaded.id).toBe('cons-prim');
  });
});

describe('codes as an official download publishes them', () => {
  const header = '_id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,start_date,end_date,standard_order,license_requirement,license_policy,call_sign,vessel_type,gross_tonnage,gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,alt_names,citizenships,dates_of_birth,nationalities,places_of_birth,source_information_url,ids';
  const row = (id: string, name: string, ids: string) => `${id},Entity List (EL) - Bureau of Industry and Security,,Entity,,"${name}",,,86 FR 33120,2021-06-24,,,,,,,,,,,,https://www.govinfo.gov/x.htm,,,,,,,"${ids}"`;
  it('a code with no value is dropped and one failing its check kept as other, each said; the list is valid and written', () => {
    const text = [header, row('a1', 'Empty Ticker Co', 'Equity Ticker, '), row('a2', 'Bad Code Co', 'Unified Social Credit Code (USCC), 12345, CN'), row('a3', 'Good Co', 'ISIN, CNE100000PM8')].join('\n');
    const { list, warnings } = importList({ format: 'csl', text, file: 'csl.csv', asOf: '2025-04-21', filter: false });
    const ids = (name: string) => list.entities.find((e) => e.name === name)!.identifiers;
    expect(ids('Empty Ticker Co')).toEqual([]);
    expect(ids('Bad Code Co')).toEqual([expect.objectContaining({ type: 'other', value: '12345' })]);
    expect(ids('Good Co')).toEqual([expect.objectContaining({ type: 'isin', value: 'CNE100000PM8' })]);
    expect(warnings).toEqual(expect.arrayContaining([expect.stringContaining('Empty Ticker Co: a ticker with no value dropped'), expect.stringContaining('Bad Code Co: uscc 12345 kept as "other"')]));
  });
  it('a CSL ISIN or LEI failing its check is kept as other with the reason and said, as a USCC is (was: other, noted only "ISIN", no warning)', () => {
    const text = [header, row('a1', 'Bad Isin Co', 'ISIN, CNE100000PM9; LEI, 529900T8BM49AURSDO56; Legal Entity Number, 12345')].join('\n');
    const { list, warnings } = importList({ format: 'csl', text, file: 'csl.csv', asOf: '2025-04-21', filter: false });
    expect(list.entities[0]!.identifiers).toEqual([
      { type: 'other', value: 'CNE100000PM9', note: 'isin as published; ISIN CNE100000PM9 fails its check digit or format' },
      { type: 'other', value: '529900T8BM49AURSDO56', note: 'lei as published; LEI 529900T8BM49AURSDO56 fails its check digit or format' },
      { type: 'other', value: '12345', note: 'Legal Entity Number' },
    ]);
    expect(warnings).toEqual(expect.arrayContaining([
      'csl.csv: Bad Isin Co: isin CNE100000PM9 kept as "other": ISIN CNE100000PM9 fails its check digit or format',
      'csl.csv: Bad Isin Co: lei 529900T8BM49AURSDO56 kept as "other": LEI 529900T8BM49AURSDO56 fails its check digit or format',
    ]));
  });
});

describe('an OFAC row without its name', () => {
  it('is skipped with its line and ent_num; the other rows are imported', () => {
    const row = (n: number, name: string) => `${n},"${name}",-0- ,"[GLOMAG]",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- `;
    const text = [row(80001, 'ALPHA TRADING CO'), row(80003, ''), row(80004, 'GAMMA TRADING CO')].join('\n');
    const { list, warnings } = importList({ format: 'ofac-sdn', text, file: 'SDN.CSV', asOf: '2025-04-21', filter: false });
    expect(list.entities.map((e) => e.name)).toEqual(['ALPHA TRADING CO', 'GAMMA TRADING CO']);
    expect(warnings).toContain('SDN.CSV:2: ent_num 80003 has no name, skipped');
  });
});

describe('lists import --as-of', () => {
  it('a date after today is refused: a download is as of the day it was saved or earlier', async () => {
    const r = await runCli(['lists', 'import', fx('csl', 'consolidated.csv'), '--out', '-', '--as-of', '2999-01-01']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--as-of 2999-01-01: after today/);
  });
});

describe('lists import --out', () => {
  it('- writes the list to standard output and the summary to standard error; never over the download itself', async () => {
    const r = await runCli(['lists', 'import', fx('csl', 'consolidated.csv'), '--out', '-', '--as-of', '2025-04-21']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).entities.length).toBeGreaterThan(0);
    expect(r.stderr).toMatch(/^-: \d+ entities from/m);
    const dir = mkdtempSync(path.join(tmpdir(), 'fs-import-'));
    const download = path.join(dir, 'csl.csv');
    writeFileSync(download, readFileSync(fx('csl', 'consolidated.csv')));
    const same = await runCli(['lists', 'import', download, '--out', download]);
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(/--out .*csl\.csv: is the download .*csl\.csv this run reads/);
    expect(readFileSync(download, 'utf8')).toBe(readFileSync(fx('csl', 'consolidated.csv'), 'utf8'));
  });
  it('never over an OFAC companion file found beside the download (was: ALT.CSV read, then replaced by the list)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fs-import-'));
    for (const f of ['SDN.CSV', 'ALT.CSV', 'SDN_COMMENTS.CSV']) writeFileSync(path.join(dir, f), readFileSync(fx('ofac-release', f)));
    for (const f of ['ALT.CSV', 'SDN_COMMENTS.CSV']) {
      const r = await runCli(['lists', 'import', path.join(dir, 'SDN.CSV'), '--out', path.join(dir, f), '--as-of', '2025-04-21']);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(`--out ${path.join(dir, f)}: is the OFAC companion file ${path.join(dir, f)} this run reads`);
      expect(readFileSync(path.join(dir, f), 'utf8')).toBe(readFileSync(fx('ofac-release', f), 'utf8'));
    }
  });
});

describe('the 68 real CMIC rows (../shared)', () => {
  const have = sharedAvailable('CMIC import test');
  it.skipIf(!have)('all import, with their ISINs and tickers, into a valid list', () => {
    const file = sharedPath('sources', 'lists', 'ofac_cons_prim_CMIC_rows_from_li-xiaohui_grab-companies.csv');
    const text = readFileSync(file, 'utf8');
    const rows = text.split('\n').filter((l) => /^\d+,/.test(l));
    const { list } = importList({ format: 'ofac-cons', text, file, asOf: '2025-04-21', filter: false });
    expect(list.entities).toHaveLength(rows.length);
    expect(rows.length).toBe(68);
    // Every ISIN and "Equity Ticker" the rows carry is in the imported list.
    const isins = new Set(list.entities.flatMap((e) => e.identifiers.filter((i) => i.type === 'isin' || i.type === 'other').map((i) => i.value)));
    for (const m of text.matchAll(/ISIN ([A-Z0-9]{12})/g)) expect(isins.has(m[1]!)).toBe(true);
    const tickers = list.entities.flatMap((e) => e.identifiers.filter((i) => i.type === 'ticker')).length;
    expect(tickers).toBe([...text.matchAll(/Equity Ticker /g)].length);
    const hik = list.entities.find((e) => e.identifiers.some((i) => i.value === 'CNE100000PM8'))!;
    expect(hik.identifiers).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'ticker', value: '002415', exchange: 'XSHE' })]));
  });
});

describe("OFAC's companion files (fixtures/lists/ofac-release: SDN.CSV, ALT.CSV, SDN_COMMENTS.CSV)", () => {
  const dir = fx('ofac-release');
  const read = (f: string) => readFileSync(path.join(dir, f), 'utf8');

  it('joins alternate names and continued remarks by ent_num; orphans and missing files are warnings', () => {
    const { list, warnings } = importList({
      format: 'ofac-sdn', text: read('SDN.CSV'), file: 'SDN.CSV', asOf: '2025-04-21', filter: false,
      companions: { alt: { file: 'ALT.CSV', text: read('ALT.CSV') }, comments: { file: 'SDN_COMMENTS.CSV', text: read('SDN_COMMENTS.CSV') } },
    });
    const llc = list.entities.find((e) => e.name === 'UNRELATED TRADING LLC')!;
    // Strong names from ALT.CSV first, then the weak a.k.a. of the remarks; a former name is an alias.
    expect(llc.aliases).toEqual(['UNRELATED TRADING COMPANY', 'OLD NAME TRADING LLC', 'UT; LLC']);
    const holdings = list.entities.find((e) => e.name.startsWith('EXAMPLE HOLDINGS'))!;
    expect(holdings.aliases).toEqual(['EXAMPLE HOLDINGS']);
    // The number cut at "4455" in SDN.CSV is whole only with SDN_COMMENTS.CSV's "66 (China)".
    expect(holdings.identifiers).toContainEqual(expect.objectContaining({ type: 'other', value: '445566', note: 'Registration Number (China)' }));
    expect(holdings.notes).toContain('Organization Type: Manufacture of other chemical products');
    expect(warnings.filter((w) => w.startsWith('ALT.CSV'))).toEqual([expect.stringContaining('1 ent_num(s) not in SDN.CSV (e.g. 99999)')]);
    expect(warnings.some((w) => w.startsWith('no ALT.CSV'))).toBe(false);

    const alone = importList({ format: 'ofac-sdn', text: read('SDN.CSV'), file: 'SDN.CSV', asOf: '2025-04-21', filter: false });
    expect(alone.list.entities.find((e) => e.name === 'UNRELATED TRADING LLC')!.aliases).toEqual(['UT; LLC']);
    expect(alone.list.entities.find((e) => e.name.startsWith('EXAMPLE HOLDINGS'))!.identifiers).toContainEqual(expect.objectContaining({ value: '4455' }));
    expect(alone.warnings).toContainEqual(expect.stringMatching(/^no ALT\.CSV beside SDN\.CSV: OFAC keeps most aliases/));
  });

  it('a row of ALT.CSV that is not an alternate name is a warning with its line', () => {
    const { warnings } = importList({
      format: 'ofac-sdn', text: read('SDN.CSV'), file: 'SDN.CSV', asOf: '2025-04-21', filter: false,
      companions: { alt: { file: 'ALT.CSV', text: '67890,1,"aka","GOOD NAME",-0-\n67890,x,"aka","BAD NUMBER",-0-\n67890,2,"dba","ODD TYPE",-0-\n' } },
    });
    expect(warnings.filter((w) => w.startsWith('ALT.CSV:'))).toEqual([
      expect.stringMatching(/^ALT\.CSV:2: not an OFAC alternate name/),
      expect.stringMatching(/^ALT\.CSV:3: not an OFAC alternate name/),
    ]);
  });

  it('the CLI reads the companions beside the main file and says so; --alt names one elsewhere', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'fs-import-')), 'sdn.json');
    const r = await runCli(['lists', 'import', path.join(dir, 'SDN.CSV'), '--out', out, '--as-of', '2025-04-21']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('read ALT.CSV beside it');
    expect(r.stderr).toContain('read SDN_COMMENTS.CSV beside it');
    const loaded = await loadList(out);
    expect(loaded.entities.find((e) => e.name === 'UNRELATED TRADING LLC')!.aliases).toContain('OLD NAME TRADING LLC');

    const elsewhere = mkdtempSync(path.join(tmpdir(), 'fs-import-'));
    const r2 = await runCli(['lists', 'import', fx('ofac', 'sdn.csv'), '--out', path.join(elsewhere, 'x.json'), '--as-of', '2025-04-21', '--alt', path.join(dir, 'ALT.CSV')]);
    expect(r2.code, r2.stderr).toBe(0);
    expect(r2.stderr).not.toContain('beside it');
    expect(r2.stderr).toContain('ALT.CSV: 2 ent_num(s) not in');

    const wrong = await runCli(['lists', 'import', fx('csl', 'consolidated.csv'), '--out', path.join(elsewhere, 'y.json'), '--alt', path.join(dir, 'ALT.CSV')]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--alt and --comments are OFAC companion files');
  });

  it('a companion file given as the main file is a usage error naming the file to give', async () => {
    const r = await runCli(['lists', 'import', path.join(dir, 'ALT.CSV'), '--out', path.join(mkdtempSync(path.join(tmpdir(), 'fs-import-')), 'z.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("OFAC's alternate-names file");
    expect(r.stderr).toContain('import SDN.CSV or CONS_PRIM.CSV instead');
  });
});
