/**
 * The shipped list, lists/xinjiang.json: valid, every organisation's claim dated, cited and linked,
 * no UNVERIFIED research fact turned into a listing, schema.json in step with the zod schema.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { listJsonSchemaText } from '../../src/lists/json-schema.js';
import { DEFAULT_LIST_PATH, loadList } from '../../src/lists/load.js';
import { isHttpsUrl, isIsoDate, validateListText } from '../../src/lists/validate.js';

/** A research table's name against the list's: case, punctuation and spacing ignored. */
const aliasKey = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}\s]+/gu, '');
import { repoRoot, sharedAvailable, sharedPath } from '../helpers/cli.js';

const list = await loadList(DEFAULT_LIST_PATH);

describe('lists/xinjiang.json', () => {
  it('passes every validate check', () => {
    expect(validateListText(readFileSync(DEFAULT_LIST_PATH, 'utf8'), 'xinjiang.json').problems).toEqual([]);
  });

  it('every company and government has a dated, cited, https-linked listing', () => {
    const bad = list.entities.filter(
      (e) => e.type !== 'person' && !e.listings.some((l) => isIsoDate(l.date) && l.citation.trim().length > 5 && isHttpsUrl(l.url)),
    );
    expect(bad.map((e) => e.id)).toEqual([]);
    expect(list.entities.filter((e) => e.type !== 'person').length).toBeGreaterThan(150);
  });

  it('keeps the foundation ids with their listed tickers', () => {
    const byId = new Map(list.entities.map((e) => [e.id, e]));
    const tickers = (id: string): string[] => byId.get(id)!.identifiers.filter((i) => i.type === 'ticker').map((i) => `${i.value}@${i.exchange}`);
    expect(tickers('hoshine-silicon')).toEqual(['603260@XSHG']);
    expect(tickers('hikvision')).toEqual(['002415@XSHE']);
    expect(tickers('dahua-technology')).toEqual(['002236@XSHE']);
    expect(tickers('iflytek')).toEqual(['002230@XSHE']);
    expect(tickers('xinjiang-daqo-new-energy')).toEqual(['688303@XSHG']);
    expect(tickers('xiamen-meiya-pico')).toEqual(['300188@XSHE']);
    expect(byId.get('hoshine-silicon')!.aliases).toContain('合盛硅业');
  });

  it('every alias is one name ("also known as A Co. and B Co." is two aliases)', () => {
    const joined = list.entities.flatMap((e) => e.aliases.filter((a) => /\b(?:Co|Ltd|Inc|Corp)\.\s+and\s+[A-Z]/.test(a)));
    expect(joined).toEqual([]);
    expect(list.entities.find((e) => e.id === 'jiangyin-lianyun')!.aliases).toEqual(['Jiangyin Intermodal Transport Co.', 'Jiangyin United Transport Co.']);
  });

  it('version is the newest listing date', () => {
    const newest = list.entities.flatMap((e) => e.listings.map((l) => l.date)).sort().at(-1);
    expect(list.version).toBe(newest);
  });

  it('lists/schema.json is generated from the zod schema (run scripts/build-list/schema-json.ts if this fails)', () => {
    expect(readFileSync(path.join(repoRoot, 'lists', 'schema.json'), 'utf8')).toBe(listJsonSchemaText());
  });
});

/** Official-list family of a SUMMARY.md "list(s)" cell. */
function family(cell: string): string | undefined {
  if (/UFLPA/.test(cell)) return 'UFLPA Entity List';
  if (/BIS/.test(cell)) return 'BIS Entity List';
  if (/NS-CMIC/.test(cell)) return 'OFAC NS-CMIC';
  if (/SDN/.test(cell)) return 'OFAC SDN';
  if (/CBP/.test(cell)) return 'CBP WRO';
  return undefined;
}

describe('research facts (../shared)', () => {
  const have = sharedAvailable('UNVERIFIED-facts test');

  it.skipIf(!have)('no UNVERIFIED row of SUMMARY.md appears as a listing, unless the second pass verified it', () => {
    const summary = readFileSync(sharedPath('sources', 'lists', 'SUMMARY.md'), 'utf8');
    const rows = summary.split('\n').filter((l) => l.startsWith('| ') && /\|\s*UNVERIFIED/.test(l));
    expect(rows.length).toBeGreaterThan(10);
    // The second pass re-checked the first pass's UFLPA rows against the DHS page copy.
    const reverified = parse(readFileSync(sharedPath('sources', 'lists', 'uflpa_existing_rows_verified.csv'), 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
    const secondPass = new Map(reverified.filter((r) => r.new_verification === 'VERIFIED').map((r) => [r.earlier_entity_name, r.dhs_effective_dates ?? '']));

    const owners = new Map<string, (typeof list.entities)[number]>();
    for (const e of list.entities) for (const n of [e.name, ...e.aliases]) owners.set(aliasKey(n), e);
    const offending: string[] = [];
    let checked = 0;
    for (const row of rows) {
      const cells = row.split('|').slice(1, -1).map((c) => c.trim());
      const [name = '', , lists = '', dateCell = ''] = cells;
      const fam = family(lists);
      const date = dateCell.match(/\d{4}-\d{2}-\d{2}/)?.[0];
      if (!fam || !date) continue;
      checked++;
      const e = [name, name.replace(/\s*\(.*\)\s*$/, '')].map((n) => owners.get(aliasKey(n))).find(Boolean);
      if (!e || !e.listings.some((l) => l.list === fam && l.date === date)) continue;
      if (fam === 'UFLPA Entity List' && secondPass.get(name)?.includes(date)) continue;
      offending.push(`${name} / ${fam} / ${date}`);
    }
    expect(checked).toBeGreaterThan(10);
    expect(offending).toEqual([]);
  });

  it.skipIf(!have)('the generator reproduces the committed file byte for byte', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'fs-build-')), 'xinjiang.json');
    execFileSync(process.execPath, [path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(repoRoot, 'scripts', 'build-list.ts'), '--out', out], { cwd: repoRoot, stdio: 'pipe' });
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(DEFAULT_LIST_PATH, 'utf8'));
  });
});

describe('third research pass (SUMMARY-3-since-2025.md): each fact only as its flag allows', () => {
  const byId = new Map(list.entities.map((e) => [e.id, e]));
  const on = (id: string, name: string) => byId.get(id)?.listings.filter((l) => l.list === name) ?? [];

  it('investor exclusions are their own lists, not sanctions; a withdrawn recommendation is not one', () => {
    expect(on('li-ning', 'Norges Bank GPFG exclusion')).toEqual([expect.objectContaining({ date: '2022-03-07', verification: 'verified', url: 'https://etikkradet.no/li-ning-co-ltd/' })]);
    expect(on('hikvision', 'AkademikerPension exclusion')).toEqual([expect.objectContaining({ date: '2020-11-20', verification: 'verified' })]);
    expect(on('hikvision', 'Norges Bank GPFG exclusion')).toEqual([]);
    expect(list.coverage?.filter((c) => c.kind === 'investor-exclusion').map((c) => c.key)).toEqual(['gpfg', 'akademikerpension']);
  });

  it('the five BIS "Haishi" entities (FR 2023-06663, effective 2023-03-28) are partial; address-only entries stay out', () => {
    const haishi = list.entities.filter((e) => /Haishi/.test(e.name));
    expect(haishi).toHaveLength(5);
    for (const e of haishi) expect(on(e.id, 'BIS Entity List')).toEqual([expect.objectContaining({ date: '2023-03-28', verification: 'partial', citation: expect.stringContaining('FR Doc 2023-06663') })]);
    expect(list.entities.filter((e) => /Kehua Hechang|Nettrix|Nanjing LES|Aerospace Automation/.test(e.name))).toEqual([]);
  });

  it('OFAC 2023-12-08 designations are partial; designations with no date a source shows stay out', () => {
    expect(['gao-qi', 'hu-lianhe'].map((id) => on(id, 'OFAC SDN').map((l) => `${l.date} ${l.verification}`))).toEqual([['2023-12-08 partial'], ['2023-12-08 partial']]);
    expect(list.entities.filter((e) => /Zakir|Tuniyaz|Sun, Jinlong|Peng, Jiarui/i.test(e.name))).toEqual([]);
  });

  it('the initial UFLPA list of 2022-06-21 cites FR 2022-16754', () => {
    const initial = list.entities.flatMap((e) => e.listings).filter((l) => l.list === 'UFLPA Entity List' && l.date === '2022-06-21');
    expect(initial.length).toBeGreaterThan(20);
    expect(initial.every((l) => l.citation.includes('FR Doc 2022-16754'))).toBe(true);
  });

  it('name collisions: Xinjiang Jinchuan Mining is neither Jinchuan Group nor KTK Group (alias Jiangsu Jinchuang Group)', async () => {
    const { createMatcher } = await import('../../src/match/matcher.js');
    const m = createMatcher([list]);
    const ids = (issuer: string) => m.match({ issuer, ids: {} }).map((x) => x.entity.id);
    expect(ids('XINJIANG JINCHUAN MINING INDUSTRY CO')).toEqual(['xinjiang-jinchuan-mining-industry']);
    expect(ids('Jinchuan Group Co., Ltd.')).toEqual([]);
    expect(ids('JINCHUAN GROUP INTERNATIONAL RESOURCES CO LTD')).toEqual([]);
    expect(ids('JIANGSU JINCHUANG GROUP')).toEqual(['ktk-group']);
  });
});
