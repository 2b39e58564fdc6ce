/**
 * SARIF 2.1.0 (OASIS), for code-scanning dashboards: one run, one rule per listed entity and
 * tier ("hoshine-silicon/confirmed"), one result per finding with the fund file as the artifact
 * and its row as the region. Levels: confirmed error, probable warning, review note. Suppressed
 * findings are results with an external suppression and its justification. Files are named as in
 * every report (sources.ts), never by a local path. Evidence (listings, value, weight) goes in
 * each result's properties.
 */
import type { Tier } from '../match/types.js';
import type { Finding, ScreenResult } from '../screen/result.js';
import { listingLabel, methodLabel, weightLabel, valueLabel } from './evidence.js';
import { allSources, compareFindings } from './model.js';
import { sourceNames } from './sources.js';

const LEVEL: Record<Tier, 'error' | 'warning' | 'note'> = { confirmed: 'error', probable: 'warning', review: 'note' };
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

function ruleId(f: Finding): string {
  return `${f.match.entity.id}/${f.match.tier}`;
}

export function toSarif(result: ScreenResult) {
  const names = sourceNames(allSources(result));
  const uri = (source: string) => names.get(source) ?? source;
  const findings = [...result.findings].sort(compareFindings);
  const rules = new Map<string, Finding>();
  for (const f of findings) if (!rules.has(ruleId(f))) rules.set(ruleId(f), f);
  const ruleIds = [...rules.keys()].sort();
  const artifacts = [...new Set(findings.map((f) => uri(f.position.source)))].sort();
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0' as const,
    runs: [
      {
        tool: {
          driver: {
            name: result.tool.name,
            version: result.tool.version,
            rules: ruleIds.map((id) => {
              const f = rules.get(id)!;
              const e = f.match.entity;
              return {
                id,
                name: `${e.name} (${f.match.tier})`,
                shortDescription: { text: `Holding matches ${e.name}, listed on ${[...new Set(e.listings.map((l) => l.list))].join(', ')} (${f.match.tier})` },
                fullDescription: { text: e.listings.map((l) => `${listingLabel(l)}: ${l.citation}`).join('; ') },
                ...(e.listings[0]?.url ? { helpUri: e.listings[0].url } : {}),
                defaultConfiguration: { level: LEVEL[f.match.tier] },
                properties: { entity: e.id, tier: f.match.tier, tags: ['fundscreen', f.match.tier] },
              };
            }),
          },
        },
        artifacts: artifacts.map((a) => ({ location: { uri: a } })),
        results: findings.map((f) => {
          const p = f.position;
          const m = f.match;
          return {
            ruleId: ruleId(f),
            ruleIndex: ruleIds.indexOf(ruleId(f)),
            level: LEVEL[m.tier],
            message: {
              text: `${p.issuer} (line ${p.line}${p.fund ? `, ${p.fund}` : ''}) is ${m.relation === 'direct' ? '' : `the ${m.relation} of `}${m.entity.name}: ${m.tier}, ${methodLabel(f)}; value ${valueLabel(p)}, weight ${weightLabel(p)}. ${m.explanation}`,
            },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: uri(p.source), index: artifacts.indexOf(uri(p.source)) },
                  region: { startLine: p.line },
                },
              },
            ],
            partialFingerprints: { 'fundscreen/holding/v1': `${p.fund ?? uri(p.source)}|${m.entity.id}|${p.ids.isin ?? p.ids.cusip ?? p.ids.sedol ?? p.ids.ticker ?? p.issuer}` },
            ...(f.suppressed ? { suppressions: [{ kind: 'external' as const, justification: `${f.suppressed.reason} (expires ${f.suppressed.expires})` }] } : {}),
            properties: {
              fund: p.fund,
              issuer: p.issuer,
              entity: m.entity.id,
              tier: m.tier,
              relation: m.relation,
              value: p.value,
              weightPct: p.weightPct,
              ...(p.weightBound !== undefined ? { weightBound: p.weightBound } : {}),
              listings: m.entity.listings.map((l) => ({ list: l.list, date: l.date, citation: l.citation, url: l.url })),
              ...(f.baseline ? { baseline: f.baseline } : {}),
            },
          };
        }),
      },
    ],
  };
}

export function renderSarif(result: ScreenResult): string {
  return `${JSON.stringify(toSarif(result), null, 2)}\n`;
}
