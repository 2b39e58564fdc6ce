/**
 * `lists import --from dhs-uflpa`: the saved DHS page in ../shared (160 section rows, 144
 * entities) against the research's own row-by-row reading of it and against the shipped list; our
 * fixture in the layout of the 2026 rows; and `lists diff` from that import to the shipped list.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { importList } from '../../src/lists/import/index.js';
import { GROUP_SUFFIX, parseListedName, parseUflpaDate, readUflpaPage } from '../../src/lists/import/dhs-uflpa.js';
import { detectImportFormat } from '../../src/lists/import/detect.js';
import { diffLists } from '../../src/lists/diff.js';
import { selectOfficialLists } from '../../src/lists/only-lists.js';
import { DEFAULT_LIST_PATH, loadList } from '../../src/lists/load.js';
import { searchKey as aliasKey } from '../../src/lists/summary.js';
import type { ListEntity, LoadedList } from '../../src/lists/schema.js';
import { repoRoot, runCli, sharedAvailable, sharedPath } from '../helpers/cli.js';

const FIXTURE = path.join(repoRoot, 'fixtures', 'lists', 'dhs-uflpa', 'page-2026-layout.html');
const importPage = (file: string) => importList({ format: 'dhs-uflpa', text: readFileSync(file, 'utf8'), file, asOf: '2026-12-01', filter: false });
const asLoaded = (entities: ListEntity[], id: string): LoadedList => ({ id, version: '2026-01-01', sha256: '', path: id, entities });

describe('UFLPA name cells and dates', () => {
  it('reads aliases in every form the page uses, keeps parentheses that are part of a name, drops "and subsidiaries"', () => {
    expect(parseListedName('Hoshine Silicon Industry (Shanshan) Co., Ltd (including one alias: Hesheng Silicon Industry (Shanshan) Co.) and subsidiaries'))
      .toEqual({ name: 'Hoshine Silicon Industry (Shanshan) Co., Ltd', aliases: ['Hesheng Silicon Industry (Shanshan) Co.'] });
    expect(parseListedName('Sichuan Jingweida Technology Group Co., Ltd. (also known as Sichuan Mianyang Jingweida Technology Co., Ltd. and JWD Technology; and formerly known as Mianyang High-tech Zone Jingweida Technology Co., Ltd.)'))
      .toEqual({ name: 'Sichuan Jingweida Technology Group Co., Ltd.', aliases: ['Sichuan Mianyang Jingweida Technology Co., Ltd.', 'JWD Technology', 'Mianyang High-tech Zone Jingweida Technology Co., Ltd.'] });
    expect(parseListedName('Hetian Haolin Hair Accessories Co. Ltd. (and two aliases: Hotan Haolin Hair Accessories; and Hollin Hair Accessories)').aliases)
      .toEqual(['Hotan Haolin Hair Accessories', 'Hollin Hair Accessories']);
    expect(parseListedName('No. 4 Vocation Skills Education Training Center (VSETC)')).toEqual({ name: 'No. 4 Vocation Skills Education Training Center (VSETC)', aliases: [] });
    expect(parseListedName('Kashgar Construction Engineering (Group) Co., Ltd.').name).toBe('Kashgar Construction Engineering (Group) Co., Ltd.');
    // An aside inside a parenthesis of the name; one left open ends the reading.
    expect(parseListedName('Alpha (Group (also known as Beta Co.)) Co., Ltd.')).toEqual({ name: 'Alpha (Group ) Co., Ltd.', aliases: ['Beta Co.'] });
    expect(parseListedName('Alpha Co. (also known as Beta Co.) (Xinjiang (formerly known as Gamma Co.)')).toEqual({ name: 'Alpha Co. (Xinjiang (formerly known as Gamma Co.)', aliases: ['Beta Co.'] });
  });

  it('reads a cell of thousands of asides in one pass (a damaged or hostile page): every alias, the name without them', () => {
    const cell = `Alpha Co., Ltd. ${Array.from({ length: 20_000 }, (_, k) => `(also known as Beta${k} Co., Ltd.)`).join(' ')}`;
    const r = parseListedName(cell);
    expect(r.name).toBe('Alpha Co., Ltd.');
    expect(r.aliases).toHaveLength(20_000);
    expect(r.aliases[19_999]).toBe('Beta19999 Co., Ltd.');
  });

  it('reads effective dates written out, numeric or ISO; a date that does not exist is not read', () => {
    expect(['June 21, 2022', 'Aug. 3, 2026', '08/03/2026', '2026-08-03', 'February 30, 2024'].map(parseUflpaDate))
      .toEqual(['2022-06-21', '2026-08-03', '2026-08-03', '2026-08-03', undefined]);
  });
});

describe('our fixture in the layout of the 2026 rows', () => {
  it('sections as programs, "formerly known as" as aliases, &nbsp; and unclosed cells read, one entity across sections', () => {
    const { list, warnings } = importPage(FIXTURE);
    expect(warnings).toEqual([]);
    expect(list.entities.map((e) => e.name)).toEqual([
      'Baoding LYSZD Trade and Business Co., Ltd.', 'Xinjiang Goens Energy Technology Co., Ltd.', 'Shihezi Xinren Battery Aluminum Foil Technology Co., Ltd.',
    ]);
    const goens = list.entities[1]!;
    expect(goens.aliases).toEqual(['Xinjiang GCL New Energy Material Technology Co., Ltd.', 'Xinjiang GCL New Energy Materials Technology Co., Ltd.']);
    expect(goens.listings).toEqual([expect.objectContaining({ list: 'UFLPA Entity List', program: 'UFLPA 2(d)(2)(B)(i)', date: '2026-08-03', verification: 'verified' })]);
    expect(list.entities[0]!.listings.map((l) => `${l.program} ${l.date}`)).toEqual(['UFLPA 2(d)(2)(B)(i) 2022-06-21', 'UFLPA 2(d)(2)(B)(v) 2022-06-21']);
    expect(list.entities[2]!.listings.map((l) => l.program)).toEqual(['UFLPA 2(d)(2)(B)(v)']);
    expect(list.version).toBe('2026-08-03');
    // No "Last Updated" footer in the fixture: the page's as-of is the import's --as-of.
    expect(list.sources[0]!.asOf).toBe('2026-12-01');
    expect(readUflpaPage(readFileSync(FIXTURE, 'utf8')).sections).toEqual(['2(d)(2)(B)(i)', '2(d)(2)(B)(iv)', '2(d)(2)(B)(v)']);
  });

  it('a row whose date cannot be read, or with no section heading, is still imported, with a warning naming its line', () => {
    const html = '<p>UFLPA Entity List</p><table><tr><td>Example Row Co., Ltd.</td><td>sometime</td></tr></table><div>Last Updated: 01/14/2025</div>';
    const { list, warnings } = importList({ format: 'dhs-uflpa', text: html, file: 'x.html', asOf: '2026-12-01', filter: false });
    expect(list.entities[0]!.listings[0]).toMatchObject({ date: '2025-01-14' });
    expect(list.entities[0]!.listings[0]!.program).toBeUndefined();
    expect(warnings).toEqual([
      'x.html:1: Example Row Co., Ltd.: effective date "sometime" not readable; listed with the page last updated 2025-01-14',
      'x.html:1: Example Row Co., Ltd.: no "Section 2(d)(2)(B)(...)" heading before its table; listed without a sub-list',
    ]);
  });

  it('a page that is not the UFLPA list is refused', () => {
    expect(() => importList({ format: 'dhs-uflpa', text: '<html><p>hello</p></html>', file: 'x.html', asOf: '2026-12-01', filter: false })).toThrow(/not the DHS UFLPA Entity List page/);
  });
});

describe('--from detected from the content', () => {
  it('names each format by what only its layout has', () => {
    const fx = (...p: string[]) => readFileSync(path.join(repoRoot, 'fixtures', 'lists', ...p), 'utf8');
    expect(detectImportFormat(fx('dhs-uflpa', 'page-2026-layout.html'), 'a').format).toBe('dhs-uflpa');
    expect(detectImportFormat(fx('ofac', 'sdn.csv'), 'a').format).toBe('ofac-sdn');
    expect(detectImportFormat(fx('ofac', 'cons_prim.csv'), 'a').format).toBe('ofac-cons');
    expect(detectImportFormat(fx('csl', 'consolidated.csv'), 'a').format).toBe('csl');
    expect(detectImportFormat(fx('opensanctions', 'targets.simple.csv'), 'a').format).toBe('opensanctions-csv');
    expect(detectImportFormat(fx('opensanctions', 'entities.ftm.json'), 'a').format).toBe('opensanctions-ftm');
    expect(() => detectImportFormat('name,date\nA,2020-01-01\n', 'x.csv')).toThrow(/cannot tell its format.*give --from/);
  });
  it('a non-SDN program makes a consolidated file wherever it stands: among other programs, after 200 KB of rows', () => {
    const row = (n: number, program: string) => `${n},"BANK ${n}",-0- ,"${program}",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- `;
    expect(detectImportFormat(row(1, 'SYRIA] [FSE-SY'), 'a').format).toBe('ofac-cons');
    const many = Array.from({ length: 4_000 }, (_, i) => row(i + 1, 'SDGT')).join('\n');
    expect(many.length).toBeGreaterThan(200_000);
    expect(detectImportFormat(many, 'a').format).toBe('ofac-sdn');
    expect(detectImportFormat(`${many}\n${row(5_000, 'CMIC-EO13959')}`, 'a').format).toBe('ofac-cons');
    // Only the program cell counts: a name or remark that says a program's code is no program.
    expect(detectImportFormat('17001,"NS-PLC TRADING",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"see CMIC-EO13959 ."', 'a').format).toBe('ofac-sdn');
  });
});

describe.runIf(sharedAvailable('DHS UFLPA page import'))('the saved DHS page of 2026-07-09 ("Last Updated: 01/14/2025")', () => {
  const PAGE = sharedPath('sources', 'lists', 'raw_dhs_uflpa_page_copy_2026-07-09.html');

  it('gives 160 section rows and 144 entities, each row as the research read it', () => {
    const page = readUflpaPage(readFileSync(PAGE, 'utf8'));
    expect(page.rows).toHaveLength(160);
    expect(page.lastUpdated).toBe('2025-01-14');
    const research = parse(readFileSync(sharedPath('sources', 'lists', 'uflpa_entity_list_2025-01-14_full.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(page.rows.map((r) => [r.section, parseUflpaDate(r.dateText)])).toEqual(research.map((r) => [r.section, r.effective_date]));
    // The research kept "and subsidiaries" / "and its subordinate ... entities" in names and read "A Co. and B Co." as one alias; the importer drops the first and splits the second.
    const norm = (names: string[]) => names.flatMap((n) => n.split(/(?<=Co\.)\s+and\s+/)).map((n) => aliasKey(n.replace(GROUP_SUFFIX, '')));
    expect(page.rows.map((r) => { const p = parseListedName(r.listed); return norm([p.name, ...p.aliases]); }))
      .toEqual(research.map((r) => norm([r.primary_name!, ...r.aliases!.split(/;\s*/).filter(Boolean)])));
    const { list, warnings } = importPage(PAGE);
    expect(warnings).toEqual([]);
    expect(list.entities).toHaveLength(144);
    expect(list.entities.reduce((n, e) => n + e.listings.length, 0)).toBe(160);
  });

  it("equals the shipped list's UFLPA listings as of that page: names, aliases, sections and dates", async () => {
    const shipped = await loadList(DEFAULT_LIST_PATH);
    const owner = new Map<string, ListEntity>();
    for (const e of shipped.entities) for (const n of [e.name, ...e.aliases]) owner.set(aliasKey(n), e);
    const { list } = importPage(PAGE);
    const paired = new Set<string>();
    for (const e of list.entities) {
      const s = owner.get(aliasKey(e.name));
      expect(s, e.name).toBeDefined();
      paired.add(s!.id);
      const names = new Set([s!.name, ...s!.aliases].map(aliasKey));
      expect([e.name, ...e.aliases].filter((a) => !names.has(aliasKey(a))), s!.id).toEqual([]);
      const ofPage = s!.listings.filter((l) => l.list === 'UFLPA Entity List' && l.date <= '2025-01-15').map((l) => `${l.program} ${l.date}`).sort();
      expect(e.listings.map((l) => `${l.program} ${l.date}`).sort(), s!.id).toEqual(ofPage);
    }
    expect(paired.size).toBe(144);
    expect(shipped.entities.filter((e) => e.listings.some((l) => l.list === 'UFLPA Entity List' && l.date <= '2025-01-15'))).toHaveLength(144);
  });

  it('lists diff from that import to the shipped list, UFLPA only: exactly the 2026-08-03 additions and the rename', async () => {
    const shipped = await loadList(DEFAULT_LIST_PATH);
    const imported = asLoaded(importPage(PAGE).list.entities, 'page');
    const [before, after] = selectOfficialLists([imported, shipped], ['uflpa']).lists;
    const d = diffLists(before!.entities, after!.entities);
    expect(d.removed).toEqual([]);
    expect(d.added.map((e) => e.id).sort()).toEqual([
      'chacha-food', 'fujian-septwolves', 'sdic-xinjiang-lithium-industry', 'shihezi-xinren-battery-aluminum-foil-technology',
      'tbea', 'xinjiang-jinchuan-mining-industry', 'xinjiang-tianhongji-technology', 'zhengzhou-synear-food',
    ]);
    expect(d.added.every((e) => e.listings.every((l) => l.date === '2026-08-03' && l.verification === 'partial'))).toBe(true);
    expect(d.renamed).toEqual([expect.objectContaining({ from: 'Xinjiang GCL New Energy Material Technology, Co. Ltd', to: 'Xinjiang Goens Energy Technology Co., Ltd.' })]);
    expect(d.listingsChanged).toEqual([
      { id: d.renamed[0]!.id, name: 'Xinjiang Goens Energy Technology Co., Ltd.', added: [{ list: 'UFLPA Entity List', program: 'UFLPA 2(d)(2)(B)(i)', date: '2026-08-03', verification: 'partial' }], removed: [], changed: [] },
    ]);
  });

  it('the CLI: import with --from detected, then diff (exit 1: something changed) as text and JSON', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'uflpa-')), 'uflpa.json');
    const imp = await runCli(['lists', 'import', PAGE, '--out', out]);
    expect(imp.code).toBe(0);
    expect(imp.stderr).toContain('read as --from dhs-uflpa');
    expect(imp.stdout).toContain('144 entities');
    const text = await runCli(['lists', 'diff', out, 'lists/xinjiang.json', '--only-lists', 'uflpa']);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('8 added, 0 removed, 1 renamed, 1 with listings changed');
    expect(text.stdout).toContain('~ Xinjiang GCL New Energy Material Technology, Co. Ltd -> Xinjiang Goens Energy Technology Co., Ltd.');
    const json = JSON.parse((await runCli(['lists', 'diff', out, 'lists/xinjiang.json', '--only-lists', 'uflpa', '--json'])).stdout);
    expect([json.added.length, json.removed.length, json.renamed.length, json.onlyLists]).toEqual([8, 0, 1, ['UFLPA Entity List']]);
    expect((await runCli(['lists', 'diff', out, out])).code).toBe(0);
  }, 60_000);
});
