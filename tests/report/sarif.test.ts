/**
 * SARIF output checked against the parts of the SARIF 2.1.0 schema (OASIS, sarif-schema-2.1.0.json)
 * that the report uses, written out here with zod: required properties, enums and integer bounds
 * as the schema states them, and the cross-references a consumer follows (ruleIndex, artifact index).
 * The official schema file is not vendored: its licence terms are not stated in a form we could check.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { renderReport } from '../../src/report/index.js';
import { applySuppressions } from '../../src/screen/suppress.js';
import { sampleResult } from './sample-result.js';
import { runCli } from '../helpers/cli.js';

const Message = z.object({ text: z.string().min(1) });
const ArtifactLocation = z.object({ uri: z.string().min(1), index: z.number().int().min(-1).optional() });
const Region = z.object({ startLine: z.number().int().min(1) });
const Result = z.object({
  ruleId: z.string().min(1),
  ruleIndex: z.number().int().min(-1),
  level: z.enum(['none', 'note', 'warning', 'error']),
  message: Message,
  locations: z.array(z.object({ physicalLocation: z.object({ artifactLocation: ArtifactLocation, region: Region }) })).min(1),
  relatedLocations: z.array(z.object({ id: z.number().int().min(-1).optional(), physicalLocation: z.object({ artifactLocation: ArtifactLocation, region: Region }), message: Message.optional() })).optional(),
  partialFingerprints: z.record(z.string(), z.string()).optional(),
  suppressions: z.array(z.object({ kind: z.enum(['inSource', 'external']), justification: z.string().optional() })).optional(),
  properties: z.record(z.string(), z.unknown()).optional(),
});
const Rule = z.object({
  id: z.string().min(1),
  name: z.string().optional(),
  shortDescription: Message.optional(),
  fullDescription: Message.optional(),
  helpUri: z.string().url().optional(),
  defaultConfiguration: z.object({ level: z.enum(['none', 'note', 'warning', 'error']) }).optional(),
  properties: z.record(z.string(), z.unknown()).optional(),
});
const Sarif = z.object({
  $schema: z.string().url().optional(),
  version: z.literal('2.1.0'),
  runs: z.array(
    z.object({
      tool: z.object({ driver: z.object({ name: z.string().min(1), version: z.string().optional(), rules: z.array(Rule).optional() }) }),
      artifacts: z.array(z.object({ location: ArtifactLocation })).optional(),
      results: z.array(Result).optional(),
      properties: z.record(z.string(), z.unknown()).optional(),
    }),
  ),
});

describe('sarif', () => {
  const base = sampleResult();
  const { findings } = applySuppressions(base.findings, [{ entity: 'dahua-technology', fund: 'Total World Stock ETF (VT)', reason: 'Test fixture', expires: 'never' }], '2026-11-26');
  const sarif = JSON.parse(renderReport({ ...base, findings }, 'sarif', { color: false, width: 80, showSuppressed: false }));

  it('validates against the SARIF 2.1.0 subset, and every index points at what it names', () => {
    const s = Sarif.parse(sarif);
    const run = s.runs[0];
    const rules = run.tool.driver.rules!;
    const artifacts = run.artifacts!;
    for (const r of run.results!) {
      expect(rules[r.ruleIndex].id).toBe(r.ruleId);
      const loc = r.locations[0].physicalLocation.artifactLocation;
      expect(artifacts[loc.index!].location.uri).toBe(loc.uri);
    }
  });

  it('one result per finding (suppressed ones carry their justification), the row as the region, a rule per entity and tier', () => {
    const run = sarif.runs[0];
    expect(run.results).toHaveLength(findings.length);
    expect(run.results.filter((r: { suppressions?: unknown[] }) => r.suppressions).length).toBe(findings.filter((f) => f.suppressed).length);
    const lines = run.results.map((r: { locations: { physicalLocation: { region: { startLine: number } } }[] }) => r.locations[0].physicalLocation.region.startLine).sort();
    expect(lines).toEqual(findings.map((f) => f.position.line).sort());
    const ids = new Set(findings.map((f) => `${f.match.entity.id}/${f.match.tier}`));
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id).sort()).toEqual([...ids].sort());
    expect(run.results.find((r: { ruleId: string }) => r.ruleId === 'hoshine-silicon/confirmed').level).toBe('error');
    expect(run.artifacts.map((a: { location: { uri: string } }) => a.location.uri)).toEqual(['ishares/EEM_holdings__ViktorLor_2025-01.csv', 'vanguard/VT_Holdings_details_Total_World_Stock_ETF_2020-09-30.csv']);
  });

  it('a history run (three N-PORT quarters) validates; its timelines are the run\'s property bag, each result dated', async () => {
    const quarters = ['2024-03', '2024-06', '2024-09'].map((q) => `fixtures/lookthrough/nport/${q}`);
    const r = await runCli(['screen', ...quarters, '--look-through', '--format', 'sarif', '--quiet']);
    expect(r.code).toBe(1);
    const run = Sarif.parse(JSON.parse(r.stdout)).runs[0];
    // A look-through run lists what it did not look through (nothing here: every fund of funds' holding joined).
    expect(Object.keys(run.properties ?? {})).toEqual(['notLookedThrough', 'history']);
    expect(run.properties!.notLookedThrough).toEqual([]);
    expect((run.properties!.history as { dates: string[] }).dates).toEqual(['2024-03-31', '2024-06-30', '2024-09-30']);
    for (const x of run.results!) expect(['2024-03-31', '2024-06-30', '2024-09-30']).toContain(x.properties!.asOf);
  });

  it('with --look-through: each indirect finding is a result apart, at the holder\'s row, the path as related locations', async () => {
    const dir = 'fixtures/lookthrough/portfolio';
    const r = await runCli(['screen', `${dir}/portfolio.csv`, '--look-through', `${dir}/EEM_holdings.csv`, `VXUS,VTIAX=${dir}/total-international.csv`, `VFIFX=${dir}/target-2050.csv`, '--format', 'sarif', '--quiet']);
    expect(r.code).toBe(1);
    const s = Sarif.parse(JSON.parse(r.stdout));
    const run = s.runs[0];
    const artifacts = run.artifacts!.map((a) => a.location.uri);
    for (const x of run.results!) {
      expect(run.tool.driver.rules![x.ruleIndex].id).toBe(x.ruleId);
      for (const l of [...x.locations, ...(x.relatedLocations ?? [])]) expect(artifacts[l.physicalLocation.artifactLocation.index!]).toBe(l.physicalLocation.artifactLocation.uri);
    }
    const direct = run.results!.filter((x) => x.properties?.indirect === false);
    const through = run.results!.filter((x) => x.properties?.indirect === true);
    // The fixture README: iFlytek held directly (line 6); four paths (EEM: Hoshine, iFlytek; VXUS: Hoshine; VFIFX -> VTIAX: Hoshine).
    expect(direct.map((x) => [x.ruleId, x.locations[0].physicalLocation.region.startLine])).toEqual([['iflytek/confirmed', 6]]);
    expect(through).toHaveLength(4);
    const deepest = through.find((x) => x.relatedLocations!.length === 2)!;
    expect(deepest.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'portfolio.csv', index: artifacts.indexOf('portfolio.csv') }, region: { startLine: 4 } });
    expect(deepest.relatedLocations!.map((l) => l.physicalLocation.artifactLocation.uri)).toEqual(['target-2050.csv', 'total-international.csv']);
    expect(deepest.properties).toMatchObject({ exposure: { amount: 320, currency: 'USD' }, entity: 'hoshine-silicon' });
    expect(deepest.message.text).toMatch(/^Held through funds: portfolio\.csv → Vanguard Target Retirement 2050 Fund → .* exposure USD 320\.00/);
    expect(new Set(through.map((x) => x.partialFingerprints!['fundscreen/indirect/v1'])).size).toBe(4);
  });
});
