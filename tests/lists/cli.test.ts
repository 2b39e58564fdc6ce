/** `fundscreen lists ...` through the CLI (in-process run(argv, io)): output, exit codes, files written. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';

const fx = (...p: string[]): string => path.join(repoRoot, 'fixtures', 'lists', ...p);
const tmpDir = (): string => mkdtempSync(path.join(tmpdir(), 'fs-lists-cli-'));

describe('fundscreen lists validate', () => {
  it('exit 0 and a one-line verdict for a valid file', async () => {
    const r = await runCli(['lists', 'validate', fx('valid', 'two-entities.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/two-entities\.json: valid \(2 entities\)/);
  });

  it('exit 2 with every problem listed by entity id', async () => {
    const data = JSON.parse(readFileSync(fx('valid', 'two-entities.json'), 'utf8'));
    data.entities[0].identifiers[0].value = 'CNE100001121';
    data.entities[1].id = 'meiya';
    const file = path.join(tmpDir(), 'bad.json');
    writeFileSync(file, JSON.stringify(data));
    const r = await runCli(['lists', 'validate', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('invalid list: 2 problems');
    expect(r.stderr).toContain('- entity meiya identifiers[0]: ISIN CNE100001121 fails its check digit');
    expect(r.stderr).toContain('- entity meiya (entities[1]): duplicate id');
  });

  it('exit 2 for a JSON syntax error, naming the line', async () => {
    const r = await runCli(['lists', 'validate', fx('invalid', 'syntax.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/syntax\.json:5:\d+/);
  });
});

describe('fundscreen lists show', () => {
  it('counts per official list, version and sha256 of the shipped list', async () => {
    const r = await runCli(['lists', 'show', '--json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.id).toBe('xinjiang');
    expect(s.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(s.perList['UFLPA Entity List']).toBe(152);
    expect(Object.keys(s.perList)).toEqual(['AkademikerPension exclusion', 'BIS Entity List', 'CBP WRO', 'Norges Bank GPFG exclusion', 'OFAC NS-CMIC', 'OFAC SDN', 'UFLPA Entity List']);
  });

  it('states coverage per official list: the date it is complete to, what is missing, its age against a fixed date', async () => {
    const r = await runCli(['lists', 'show', '--json'], { env: { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 11, 6) / 1000) } });
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    const uflpa = s.coverage.find((c: { key: string }) => c.key === 'uflpa');
    expect(uflpa).toMatchObject({ list: 'UFLPA Entity List', entities: 152, officialEntities: 187, completeTo: '2025-08-19', ageDays: 474, stale: true });
    expect(uflpa.missing).toMatch(/^UFLPA: 152 of 187 after FR 2026-15628; 35 names of that notice not included/);
    const text = await runCli(['lists', 'show'], { env: { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 11, 6) / 1000) } });
    expect(text.stdout).toContain('uflpa  UFLPA Entity List: 152 of 187 entities (official count 2026-08-03), complete to 2025-08-19 [import-ban], 474 days old (older than the maximum age)');
    expect(text.stdout).toContain('refresh: fundscreen lists import --from dhs-uflpa FILE --out uflpa.json');
    expect(text.stdout).toContain('gpfg  Norges Bank GPFG exclusion: 1 entity, complete to 2024-12-31 [investor-exclusion]');
  });

  it('searches names, aliases and identifiers, case- and accent-insensitively', async () => {
    const byIsin = await runCli(['lists', 'show', 'cne100000pm8']);
    expect(byIsin.stdout).toContain('1 match for "cne100000pm8"');
    expect(byIsin.stdout).toContain('[hikvision, company]');
    const byChinese = await runCli(['lists', 'show', '合盛', '--json']);
    expect(JSON.parse(byChinese.stdout).matches.map((e: { id: string }) => e.id)).toEqual(['hoshine-silicon']);
    const accents = await runCli(['lists', 'show', 'HÓSHINE']);
    expect(accents.stdout).toContain('2 matches');
  });

  it('--list reads a user CSV list', async () => {
    const r = await runCli(['lists', 'show', '--list', fx('user', 'watch-list.csv')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('3 entities');
  });
});

describe('fundscreen lists import', () => {
  it('writes a valid list and reports what it kept', async () => {
    const out = path.join(tmpDir(), 'cmic.json');
    const r = await runCli(['lists', 'import', '--from', 'ofac-cons', fx('ofac', 'cons_prim.csv'), '--out', out, '--as-of', '2025-04-21']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('3 entities from 3 record(s) (3 with ISIN, 3 with ticker)');
    const v = await runCli(['lists', 'validate', out]);
    expect(v.code).toBe(0);
  });

  it('warnings go to stderr; a bad --from is a usage error', async () => {
    const out = path.join(tmpDir(), 'sdn.json');
    const r = await runCli(['lists', 'import', '--from', 'ofac-sdn', fx('ofac', 'sdn.csv'), '--out', out, '--filter', '--as-of', '2025-04-21']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`warning: ${fx('ofac', 'sdn.csv')}:4: EXAMPLE VESSEL is a vessel, skipped`);
    expect(r.stdout).toContain('3 entities from 4 record(s)');
    const bad = await runCli(['lists', 'import', '--from', 'xml', fx('ofac', 'sdn.csv'), '--out', out]);
    expect(bad.code).toBe(2);
  });
});
