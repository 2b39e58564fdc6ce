/**
 * SARIF 2.1.0 (OASIS), for code-scanning dashboards: one run, one rule per listed entity and
 * tier ("hoshine-silicon/confirmed"), one result per finding with the fund file as the artifact
 * and its row as the region. Levels: confirmed error, probable warning, review note. Suppressed
 * findings are results with an external suppression and its justification. Files are named as in
 * every report (sources.ts), never by a local path. Evidence (listings, value, weight) goes in
 * each result's properties. With --look-through, each indirect finding is a result of its own
 * (`properties.indirect: true`), after the direct ones: located at the holder's row that leads to
 * it, with the funds along the path and the holding itself as related locations, and the exposure
 * that reaches the holder in its properties. Every result says `indirect` (false for a direct
 * finding), its holding's `asOf` and `listingTiming`; a history run's timelines are the run's
 * `properties.history`, the JSON report's `history` block, and with --look-through the positions
 * not looked through are its `properties.notLookedThrough` (files named as everywhere here).
 */
import type { Tier } from '../match/types.js';
import type { Finding, IndirectFinding, ScreenResult } from '../screen/result.js';
import { listingLabel, methodLabel, NO_LISTING, pctLabel, weightLabel, valueLabel } from './evidence.js';
import { allSources, compareFindings } from './model.js';
import { sourceNames } from './sources.js';
import { pathLabel } from './look-through-view.js';
import { formatMoney } from './numbers.js';
import { toHistoryJson } from './look-through-json.js';
import { listingTimings } from '../screen/listing-dates.js';

const LEVEL: Record<Tier, 'error' | 'warning' | 'note'> = { confirmed: 'error', probable: 'warning', review: 'note' };
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** The holding's as-of date and how it relates to each listing, as in the JSON finding. */
function timing(f: Finding) {
  return {
    asOf: f.position.asOf ?? null,
    listingTiming: listingTimings(f.position.asOf, f.match.entity.listings).map((t) => ({ list: t.list, date: t.date, relation: t.relation, text: t.text })),
  };
}

function ruleId(f: Finding): string {
  return `${f.match.entity.id}/${f.match.tier}`;
}

export function toSarif(result: ScreenResult) {
  const names = sourceNames(allSources(result));
  const uri = (source: string) => names.get(source) ?? source;
  const findings = [...result.findings].sort(compareFindings);
  const indirect = result.lookThrough?.findings ?? [];
  const rules = new Map<string, Finding>();
  for (const f of [...findings, ...indirect.map((i) => i.finding)]) if (!rules.has(ruleId(f))) rules.set(ruleId(f), f);
  const ruleIds = [...rules.keys()].sort();
  const artifacts = [...new Set([...findings.map((f) => uri(f.position.source)), ...indirect.flatMap((i) => [...i.path.map((s) => uri(s.source)), uri(i.finding.position.source)])])].sort();
  const location = (source: string, line: number, text?: string) => ({
    physicalLocation: { artifactLocation: { uri: uri(source), index: artifacts.indexOf(uri(source)) }, region: { startLine: line } },
    ...(text ? { message: { text } } : {}),
  });
  const fundName = (f: { fund: string | null; source: string }) => f.fund ?? uri(f.source);
  const indirectResult = (i: IndirectFinding) => {
    const f = i.finding;
    const p = f.position;
    const m = f.match;
    const root = i.path[0]!;
    const exposure = i.exposure ? formatMoney(i.exposure) : 'not computable (no value)';
    return {
      ruleId: ruleId(f),
      ruleIndex: ruleIds.indexOf(ruleId(f)),
      level: LEVEL[m.tier],
      message: {
        text: `Held through funds: ${pathLabel(i, fundName)} is ${m.relation === 'direct' ? '' : `the ${m.relation} of `}${m.entity.name}: ${m.tier}, ${methodLabel(f)}; exposure ${exposure} (path weight ${pctLabel(i.pathWeightPct)}). ${m.explanation}`,
      },
      locations: [location(root.source, root.line)],
      relatedLocations: [
        ...i.path.slice(1).map((s, k) => location(s.source, s.line, `step ${k + 2}: ${s.issuer} in ${fundName(s)}`)),
        location(p.source, p.line, `the holding: ${p.issuer} in ${fundName({ fund: p.fund, source: p.source })}`),
      ].map((l, id) => ({ id, ...l })),
      partialFingerprints: {
        'fundscreen/indirect/v1': `${fundName(i.holder)}|${i.path.map((s) => fundName(s.held)).join('>')}|${m.entity.id}|${p.ids.isin ?? p.ids.cusip ?? p.ids.sedol ?? p.ids.ticker ?? p.issuer}`,
      },
      ...(f.suppressed ? { suppressions: [{ kind: 'external' as const, justification: `${f.suppressed.reason} (expires ${f.suppressed.expires})` }] } : {}),
      properties: {
        indirect: true,
        ...timing(f),
        holder: fundName(i.holder),
        path: i.path.map((s) => fundName(s.held)),
        fund: p.fund,
        issuer: p.issuer,
        entity: m.entity.id,
        tier: m.tier,
        relation: m.relation,
        exposure: i.exposure,
        pathWeightPct: i.pathWeightPct,
        fundWeightPct: i.fundWeightPct,
        listings: m.entity.listings.map((l) => ({ list: l.list, date: l.date, citation: l.citation, url: l.url })),
      },
    };
  };
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
                shortDescription: { text: `Holding matches ${e.name}, ${e.listings.length > 0 ? `listed on ${[...new Set(e.listings.map((l) => l.list))].join(', ')}` : NO_LISTING} (${f.match.tier})` },
                fullDescription: { text: e.listings.length > 0 ? e.listings.map((l) => `${listingLabel(l)}: ${l.citation}`).join('; ') : NO_LISTING },
                ...(e.listings[0]?.url ? { helpUri: e.listings[0].url } : {}),
                defaultConfiguration: { level: LEVEL[f.match.tier] },
                properties: { entity: e.id, tier: f.match.tier, tags: ['fundscreen', f.match.tier] },
              };
            }),
          },
        },
        artifacts: artifacts.map((a) => ({ location: { uri: a } })),
        // A history run's timelines, as the JSON report's `history` block (run-level: they are per fund, not per row).
        ...(result.history || result.lookThrough ? {
          properties: {
            ...(result.lookThrough ? { notLookedThrough: result.lookThrough.notLookedThrough.map((n) => ({ ...n, holder: { ...n.holder, source: uri(n.holder.source) } })) } : {}),
            ...(result.history ? { history: toHistoryJson(result.history) } : {}),
          },
        } : {}),
        results: [...findings.map((f) => {
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
              indirect: false,
              ...timing(f),
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
        }), ...indirect.map(indirectResult)],
      },
    ],
  };
}

export function renderSarif(result: ScreenResult): string {
  return `${JSON.stringify(toSarif(result), null, 2)}\n`;
}
