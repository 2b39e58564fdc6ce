/**
 * Coverage and age of the lists, --only-lists, and the listing-date note: pure functions with a
 * fixed date, then the CLI with SOURCE_DATE_EPOCH pinning the run's date (no real clock).
 */
import { parse } from 'csv-parse/sync';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverageLines, staleListWarnings } from '../../src/lists/coverage.js';
import { selectOfficialLists } from '../../src/lists/only-lists.js';
import { listedAfterFileDate } from '../../src/screen/screen.js';
import type { ListEntity, LoadedList, Listing } from '../../src/lists/schema.js';
import { runCli } from '../helpers/cli.js';

const listing = (list: string, date: string): Listing => ({ list, date, citation: 'c', url: 'https://example.org/x', verification: 'verified' });
const entity = (id: string, ...listings: Listing[]): ListEntity => ({ id, name: id, type: 'company', aliases: [], identifiers: [], listings, relations: [] });
const LIST: LoadedList = {
  id: 'demo', version: '2025-06-01', sha256: '', path: 'demo.json',
  entities: [entity('a', listing('UFLPA Entity List', '2024-01-01')), entity('b', listing('OFAC SDN', '2025-06-01'), listing('BIS Entity List', '2020-01-01')), entity('c', listing('OFAC NS-CMIC', '2021-06-03'))],
  coverage: [{ list: 'UFLPA Entity List', key: 'uflpa', kind: 'import-ban', completeTo: '2025-01-15', officialEntities: 3, missing: 'two names' }],
};

describe('coverage and age (fixed date)', () => {
  it('a stated coverage gives the date the list is complete to; a list without one is dated by its newest listing', () => {
    const lines = coverageLines(LIST, '2025-07-14', 180);
    expect(lines.map((c) => [c.key, c.entities, c.completeTo, c.completeToAssumed, c.ageDays, c.stale])).toEqual([
      ['uflpa', 1, '2025-01-15', false, 180, false],
      ['bis-entity-list', 1, '2020-01-01', true, 2021, true],
      ['ofac-ns-cmic', 1, '2021-06-03', true, 1502, true],
      ['ofac-sdn', 1, '2025-06-01', true, 43, false],
    ]);
    expect(coverageLines(LIST, '2025-07-15', 180)[0]!.stale).toBe(true);
  });

  it('warns once per list older than the maximum age, with the command that refreshes it', () => {
    const w = staleListWarnings('demo', coverageLines(LIST, '2025-07-15', 180), 180);
    expect(w).toHaveLength(3);
    expect(w[0]).toBe('list demo: UFLPA Entity List is complete only to 2025-01-15, 181 days ago (--max-list-age 180); to refresh: fundscreen lists import --from dhs-uflpa FILE --out uflpa.json, then --list uflpa.json (FILE from https://www.dhs.gov/uflpa-entity-list)');
    expect(w[1]).toMatch(/^list demo: BIS Entity List is dated 2020-01-01, 2022 days ago .*to refresh: check the official source/);
    expect(staleListWarnings('demo', coverageLines(LIST, '2025-07-15', 100_000), 100_000)).toEqual([]);
  });

  it('a list dated after today is said as such, never as fresh (a mistyped --as-of)', () => {
    const w = staleListWarnings('demo', coverageLines(LIST, '2019-01-01', 180), 180);
    expect(w.filter((x) => x.includes('after today'))).toHaveLength(coverageLines(LIST, '2019-01-01', 180).length);
    expect(w[0]).toMatch(/^list demo: .* is dated \d{4}-\d{2}-\d{2}, after today: its age cannot be told/);
  });
});

describe('--only-lists', () => {
  it('selects by key, list-name slug or its first words; entities left without a listing are dropped', () => {
    const s = selectOfficialLists([LIST], ['ofac']);
    expect(s.selected).toEqual(['OFAC NS-CMIC', 'OFAC SDN']);
    expect(s.lists[0]!.entities.map((e) => [e.id, e.listings.map((l) => l.list)])).toEqual([['b', ['OFAC SDN']], ['c', ['OFAC NS-CMIC']]]);
    expect(selectOfficialLists([LIST], ['uflpa', 'bis-entity-list']).selected).toEqual(['UFLPA Entity List', 'BIS Entity List']);
    expect(() => selectOfficialLists([LIST], ['eu'])).toThrow(/no official list "eu" in the lists loaded \(known: uflpa, bis-entity-list, ofac-ns-cmic, ofac-sdn\)/);
  });
});

describe('listing date against the holdings file date', () => {
  it('a note only when every listing postdates the file', () => {
    expect(listedAfterFileDate([{ date: '2026-08-03' }], '2020-09-30')).toEqual({ listed: '2026-08-03', fileDate: '2020-09-30' });
    expect(listedAfterFileDate([{ date: '2026-08-03' }, { date: '2022-06-21' }], '2020-09-30')).toEqual({ listed: '2022-06-21', fileDate: '2020-09-30' });
    expect(listedAfterFileDate([{ date: '2026-08-03' }, { date: '2020-01-01' }], '2020-09-30')).toBeUndefined();
    expect(listedAfterFileDate([{ date: '2026-08-03' }], '2026-08-03')).toBeUndefined();
    expect(listedAfterFileDate([{ date: '2026-08-03' }], null)).toBeUndefined();
  });
});

describe('fundscreen screen: the 2026-08-03 names, coverage, age and list selection in every format', () => {
  const FILE = 'fixtures/cli/vanguard-uflpa-2026.csv';
  const env = { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 11, 6) / 1000) };

  it('flags Septwolves and Chacha Food with the 2026-08-03 listing, partial, and the file-date note', async () => {
    const r = await runCli(['screen', FILE, '--format', 'json'], { env });
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.findings.map((f: { entity: { id: string } }) => f.entity.id)).toEqual(['fujian-septwolves', 'chacha-food']);
    for (const f of j.findings) {
      expect(f.entity.listings).toEqual([expect.objectContaining({ list: 'UFLPA Entity List', date: '2026-08-03', verification: 'partial' })]);
      expect(f.listedAfterFileDate).toEqual({ listed: '2026-08-03', fileDate: '2020-09-30' });
    }
    const cov = j.lists[0].coverage.find((c: { key: string }) => c.key === 'uflpa');
    expect(cov).toMatchObject({ completeTo: '2025-08-19', ageDays: 474, stale: true, entities: 152, officialEntities: 187 });
    expect(j.warnings.filter((w: string) => w.startsWith('list xinjiang: UFLPA Entity List is complete only to 2025-08-19, 474 days ago (--max-list-age 180)'))).toHaveLength(1);
    expect(r.stderr).toContain('to refresh: fundscreen lists import --from dhs-uflpa FILE');
    expect(r.stderr).toContain('fundscreen: list xinjiang 2026-08-03: UFLPA Entity List 152 of 187 (complete to 2025-08-19), BIS Entity List 72 (complete to 2026-07-09),');
    const note = "listed 2026-08-03, after this file's date 2020-09-30";
    const table = (await runCli(['screen', FILE], { env })).stdout;
    expect(table).toContain(`note: ${note}`);
    expect(table).toContain('UFLPA Entity List 2026-08-03 (partial)');
    expect(table).toContain('UFLPA Entity List: 152 of 187 entities (official count 2026-08-03), complete');
    const md = (await runCli(['screen', FILE, '--format', 'markdown'], { env })).stdout;
    expect(md).toContain(`_${note}_`);
    expect(md).toContain('Missing: UFLPA: 152 of 187 after FR 2026-15628; 35 names of that notice not included.');
    const html = (await runCli(['screen', FILE, '--format', 'html'], { env })).stdout;
    expect(html).toContain(`<span class="note">listed 2026-08-03, after this file&#39;s date 2020-09-30</span>`);
    expect(html).toContain('<h3>Coverage of xinjiang</h3>');
    const csv = (await runCli(['screen', FILE, '--format', 'csv'], { env })).stdout;
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.listing_note === note).length).toBeGreaterThan(0);
  }, 90_000);

  it('a run that screened nothing says only why: no coverage line, no list-age warning on stderr', async () => {
    const r = await runCli(['screen', 'fixtures/bad/empty.csv'], { env });
    expect(r.code).toBe(3);
    expect(r.stderr).not.toMatch(/list xinjiang/);
  });

  it('the maximum age from the flag, the environment or the config file', async () => {
    expect((await runCli(['screen', FILE, '--format', 'json', '--max-list-age', '100000'], { env })).stderr).not.toContain('--max-list-age');
    expect((await runCli(['screen', FILE, '--format', 'json'], { env: { ...env, FUNDSCREEN_MAX_LIST_AGE: '100000' } })).stderr).not.toContain('--max-list-age');
    const dir = mkdtempSync(path.join(tmpdir(), 'cfg-'));
    writeFileSync(path.join(dir, 'c.json'), JSON.stringify({ maxListAge: 500 }));
    const r = await runCli(['screen', FILE, '--format', 'json', '--config', path.join(dir, 'c.json')], { env });
    expect(r.stderr).not.toContain('UFLPA Entity List is complete only');
    expect(r.stderr).toContain('OFAC NS-CMIC is complete only to 2025-04-21, 594 days ago (--max-list-age 500)');
    expect((await runCli(['screen', FILE, '--max-list-age', 'soon'], { env })).code).toBe(2);
  }, 90_000);

  it('--only-lists (flag, environment) limits the lists that count and the report names the selection', async () => {
    const r = await runCli(['screen', FILE, '--format', 'json', '--only-lists', 'gpfg,akademikerpension'], { env });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.findings).toEqual([]);
    expect(j.lists[0].onlyLists).toEqual(['Norges Bank GPFG exclusion', 'AkademikerPension exclusion']);
    expect(j.lists[0].entities).toBe(2);
    const t = await runCli(['screen', FILE], { env: { ...env, FUNDSCREEN_ONLY_LISTS: 'uflpa' } });
    expect(t.code).toBe(1);
    expect(t.stdout).toContain('only UFLPA Entity List counted (--only-lists)');
    const explain = await runCli(['explain', 'Chacha Food Co. Ltd.', '--only-lists', 'bis']);
    expect(explain.stdout).not.toMatch(/confirmed .*chacha-food/);
    expect((await runCli(['explain', 'Chacha Food Co. Ltd.', '--only-lists', 'uflpa'])).stdout).toMatch(/confirmed 1\.00\s+chacha-food/);
    const bad = await runCli(['screen', FILE, '--only-lists', 'eu-sanctions'], { env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('no official list "eu-sanctions"');
  }, 90_000);
});
