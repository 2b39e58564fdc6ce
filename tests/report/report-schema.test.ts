/**
 * report.schema.json is the published contract of `--format json` (and of each `--format jsonl`
 * record): every golden report, the look-through, history and baseline runs of our fixtures and
 * the JSON of the 11 shared real samples validate against it (Ajv, strict, additional properties
 * refused, so a field the tool writes but the schema does not document fails here).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, sharedAvailable, sharedPath } from '../helpers/cli.js';
import { parseJsonl, recordErrors, REPORT_SCHEMA_PATH, reportErrors, reportSchema } from '../helpers/report-contract.js';
import { REAL_SAMPLES } from '../helpers/real-samples.js';

const golden = (name: string) => readFileSync(path.join(repoRoot, 'fixtures', 'report', 'golden', name), 'utf8');
const LT = 'fixtures/lookthrough/portfolio';
const NPORT = 'fixtures/lookthrough/nport';
const lookThroughArgs = [`${LT}/portfolio.csv`, '--look-through', `${LT}/EEM_holdings.csv`, `VXUS,VTIAX=${LT}/total-international.csv`, `VFIFX=${LT}/target-2050.csv`];
const historyArgs = [`${NPORT}/2024-03`, `${NPORT}/2024-06`, `${NPORT}/2024-09`, '--look-through'];

/** Screen once with --format json,jsonl into a fresh folder; both reports as text. */
async function screenBoth(args: string[]): Promise<{ code: number | null; json: unknown; jsonl: string; stderr: string }> {
  const out = mkdtempSync(path.join(tmpdir(), 'fundscreen-schema-'));
  const r = await runCli(['screen', ...args, '--format', 'json,jsonl', '--out-dir', out, '--quiet']);
  return { code: r.code, json: JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')), jsonl: readFileSync(path.join(out, 'report.jsonl'), 'utf8'), stderr: r.stderr };
}

describe('report.schema.json', () => {
  it('is the package\'s published contract: at the root, named in README, for schemaVersion 1', () => {
    expect(reportSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect((reportSchema.properties as Record<string, { const?: unknown }>).schemaVersion.const).toBe(1);
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { files?: string[] };
    if (pkg.files) expect(pkg.files).toContain('report.schema.json');
    expect(readFileSync(path.join(repoRoot, 'README.md'), 'utf8')).toContain('report.schema.json');
    expect(path.basename(REPORT_SCHEMA_PATH)).toBe('report.schema.json');
  });

  it('documents every field: each property has a description, its own or its definition\'s', () => {
    const defs = reportSchema.$defs as Record<string, { description?: string }>;
    const undocumented: string[] = [];
    const described = (s: { description?: string; $ref?: string; allOf?: { $ref?: string }[]; anyOf?: { $ref?: string }[] }): boolean =>
      s.description !== undefined || [s.$ref, ...(s.anyOf ?? []).map((a) => a.$ref)].some((r) => r?.startsWith('#/$defs/') && defs[r.slice(8)]?.description !== undefined);
    // The identifier fields share one description (on `ticker`), as the README describes them together.
    const shared = new Set(['exchange', 'country', 'isin', 'cusip', 'sedol', 'figi', 'lei', 'uscc']);
    const walk = (node: unknown, at: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${at}/${i}`));
      if (node === null || typeof node !== 'object') return;
      const o = node as Record<string, unknown>;
      if (o.properties && typeof o.properties === 'object') {
        for (const [name, s] of Object.entries(o.properties as Record<string, object>)) {
          if (!described(s) && !shared.has(name)) undocumented.push(`${at}/properties/${name}`);
        }
      }
      for (const [k, v] of Object.entries(o)) walk(v, `${at}/${k}`);
    };
    walk(reportSchema, '#');
    expect(undocumented).toEqual([]);
  });

  it('golden JSON reports and every JSONL record validate', () => {
    for (const name of ['sample.json', 'baseline.json']) expect(reportErrors(JSON.parse(golden(name))), name).toEqual([]);
    expect(parseJsonl(golden('sample.jsonl')).length).toBe(9);
  });

  it('refuses what the contract does not say: an undocumented field, a missing one, a wrong tier, a number as text', () => {
    const report = JSON.parse(golden('sample.json'));
    expect(reportErrors(report)).toEqual([]);
    const extra = structuredClone(report);
    extra.findings[0].riskScore = 3;
    expect(reportErrors(extra).join()).toMatch(/unevaluated properties.*riskScore|riskScore/);
    const missing = structuredClone(report);
    delete missing.funds[0].rows.skipped;
    expect(reportErrors(missing).join()).toMatch(/\/funds\/0\/rows must have required property 'skipped'/);
    const tier = structuredClone(report);
    tier.findings[1].tier = 'high';
    expect(reportErrors(tier).join()).toMatch(/\/findings\/1\/tier must be equal to one of the allowed values/);
    const text = structuredClone(report);
    text.funds[0].exposure.marketValue = '4673135.77';
    expect(reportErrors(text).join()).toMatch(/\/funds\/0\/exposure\/marketValue must be number,null/);
    const record = JSON.parse(golden('sample.jsonl').split('\n')[0]);
    expect(recordErrors(record)).toEqual([]);
    expect(recordErrors({ ...record, indirect: true })).not.toEqual([]);
    // Every line says what it is: a finding without `record`, or with another kind, is refused.
    const { record: kind, ...unmarked } = record;
    expect(kind).toBe('finding');
    expect(recordErrors(unmarked).join()).toMatch(/record/);
    expect(recordErrors({ ...record, record: 'timeline' })).not.toEqual([]);
  });

  it('look-through (portfolio fixture): json and jsonl (direct and indirect records) validate', async () => {
    const r = await screenBoth(lookThroughArgs);
    expect(r.code).toBe(1);
    expect(reportErrors(r.json)).toEqual([]);
    const records = parseJsonl(r.jsonl) as { record: string; indirect?: boolean }[];
    expect(records.filter((x) => x.indirect === true).length).toBeGreaterThan(0);
    expect(records.filter((x) => x.record === 'finding' && x.indirect === undefined).length).toBeGreaterThan(0);
    // The position not looked through is a line of its own, the JSON's object plus its record kind.
    const json = r.json as { lookThrough: { notLookedThrough: object[] } };
    const { record: _r, ...rest } = records.find((x) => x.record === 'not-looked-through')!;
    expect([rest]).toEqual(json.lookThrough.notLookedThrough);
    expect(recordErrors({ ...rest, record: 'finding' })).not.toEqual([]);
    expect(recordErrors(rest)).not.toEqual([]);
  });

  it('history over three N-PORT quarters with funds of funds, validate; so does a baseline run that screens none of the baseline funds (carriedOver)', async () => {
    const r = await screenBoth(historyArgs);
    expect(r.code).toBe(1);
    expect(reportErrors(r.json)).toEqual([]);
    const json = r.json as { findings: unknown[]; lookThrough: { findings: unknown[] }; history: { funds: object[]; families: object[] } };
    expect(json.history).toBeDefined();
    // JSONL: the findings (direct, then indirect), then one line per timeline, the JSON's objects.
    const records = parseJsonl(r.jsonl) as { record: string; scope?: string }[];
    const strip = ({ record: _r, scope: _s, ...rest }: { record: string; scope?: string }) => rest;
    expect(records.filter((x) => x.record === 'finding').map(strip)).toEqual([...json.findings, ...json.lookThrough.findings]);
    expect(records.filter((x) => x.record === 'timeline' && x.scope === 'fund').map(strip)).toEqual(json.history.funds);
    expect(records.filter((x) => x.record === 'timeline' && x.scope === 'family').map(strip)).toEqual(json.history.families);
    expect(records.map((x) => x.record)).toEqual([...json.findings, ...json.lookThrough.findings].map(() => 'finding').concat([...json.history.funds, ...json.history.families].map(() => 'timeline')));
    // A timeline line's scope must fit it: a family's has `funds` and no `fund`.
    const family = records.find((x) => x.scope === 'family')!;
    const fund = records.find((x) => x.scope === 'fund')!;
    expect(recordErrors(family)).toEqual([]);
    expect(recordErrors({ ...family, scope: 'fund' })).not.toEqual([]);
    expect(recordErrors({ ...fund, scope: 'family' })).not.toEqual([]);
    expect(recordErrors({ ...family, record: 'finding' })).not.toEqual([]);
    const again = await screenBoth(['fixtures/holdings/vanguard', '--baseline', path.join(repoRoot, 'fixtures/report/golden/sample.json')]);
    const baselined = again.json as { carriedOver?: unknown[]; findings: { baseline?: string }[] };
    expect(baselined.carriedOver?.length).toBeGreaterThan(0);
    expect(baselined.findings.every((f) => f.baseline !== undefined)).toBe(true);
    expect(reportErrors(baselined)).toEqual([]);
  });

  it('skipped, salvaged and unreadable inputs validate (errors[] with a null line)', async () => {
    const r = await screenBoth(['fixtures/holdings/malformed', 'fixtures/bad/elf-binary.csv']);
    expect(r.code).toBe(3);
    const json = r.json as { skipped: unknown[]; salvaged: unknown[]; errors: unknown[] };
    expect(json.skipped.length).toBeGreaterThan(0);
    expect(json.salvaged.length).toBeGreaterThan(0);
    expect(json.errors.length).toBeGreaterThan(0);
    expect(reportErrors(json)).toEqual([]);
    parseJsonl(r.jsonl);
  });

  it('a user\'s list of names only (no listing stated) validates, json and jsonl', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fundscreen-schema-'));
    writeFileSync(path.join(dir, 'names.csv'), 'name\nAcme Widgets Ltd\n');
    writeFileSync(path.join(dir, 'fund.csv'), 'Name,Market Value\nACME WIDGETS LTD,100\nAPPLE INC,5\n');
    const r = await screenBoth([path.join(dir, 'fund.csv'), '--list', path.join(dir, 'names.csv'), '--no-default-list']);
    expect(r.code).toBe(1);
    const json = r.json as { findings: Array<{ entity: { listings: unknown[] } }> };
    expect(json.findings[0].entity.listings).toEqual([]);
    expect(reportErrors(json)).toEqual([]);
    parseJsonl(r.jsonl);
  });
});

const haveShared = sharedAvailable('report schema on real samples');

describe.runIf(haveShared)('report.schema.json on the 11 shared real samples', () => {
  it('the JSON and JSONL of one run over every sample validate', async () => {
    const r = await screenBoth(REAL_SAMPLES.map((s) => sharedPath('sources', 'holdings', s)));
    expect(r.code).toBe(1);
    const json = r.json as { funds: unknown[]; findings: unknown[] };
    expect(json.funds.length).toBeGreaterThanOrEqual(REAL_SAMPLES.length);
    expect(reportErrors(json)).toEqual([]);
    expect(parseJsonl(r.jsonl).length).toBe(json.findings.length);
  });
});
