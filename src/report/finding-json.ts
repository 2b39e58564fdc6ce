/**
 * One finding as the JSON contract writes it (schemaVersion 1), shared by json, jsonl, csv and the
 * look-through block, so every machine format carries the same fields under the same names.
 */
import type { Identifiers } from '../holdings/position.js';
import { HOLDING_ID_FIELDS, type HoldingIdField } from '../reference/identifiers.js';
import type { Finding } from '../screen/result.js';
import { listingTimings } from '../screen/listing-dates.js';

/** Every identifier field of the registry, null when the holding has none: the same keys in every finding. */
function idsJson(ids: Identifiers): Record<HoldingIdField, string | null> {
  return Object.fromEntries(HOLDING_ID_FIELDS.map((k) => [k, ids[k] ?? null])) as Record<HoldingIdField, string | null>;
}

export function toFindingJson(f: Finding) {
  const p = f.position;
  const m = f.match;
  return {
    source: p.source,
    line: p.line,
    fund: p.fund,
    ...(p.family ? { family: p.family } : {}),
    issuer: p.issuer,
    ...idsJson(p.ids),
    shares: p.shares,
    marketValue: p.value?.amount ?? null,
    weightPct: p.weightPct,
    ...(p.weightBound !== undefined ? { weightBound: p.weightBound } : {}),
    currency: p.value?.currency ?? null,
    ...(p.tradingCurrency ? { tradingCurrency: p.tradingCurrency } : {}),
    asOf: p.asOf ?? null,
    entity: {
      id: m.entity.id,
      name: m.entity.name,
      listings: m.entity.listings.map((l) => ({
        list: l.list,
        ...(l.program ? { program: l.program } : {}),
        date: l.date,
        citation: l.citation,
        url: l.url,
        verification: l.verification,
      })),
      listFile: m.listPath,
    },
    /** How the holding's as-of date relates to each listing (listing-dates.ts). */
    listingTiming: listingTimings(p.asOf, m.entity.listings).map((t) => ({ list: t.list, date: t.date, relation: t.relation, text: t.text })),
    relation: m.relation,
    ...(m.relationSource ? { relationSource: m.relationSource } : {}),
    tier: m.tier,
    // evidence: the rules that decided the match (src/match/evidence.ts), as data.
    match: { method: m.method, score: round(m.score, 4), alias: m.alias, explanation: m.explanation, ...(m.evidence.length > 0 ? { evidence: m.evidence } : {}) },
    suppressed: f.suppressed !== null,
    ...(f.suppressed ? { suppression: { reason: f.suppressed.reason, expires: f.suppressed.expires } } : {}),
    ...(f.baseline ? { baseline: f.baseline } : {}),
    ...(f.listedAfterFileDate ? { listedAfterFileDate: { ...f.listedAfterFileDate } } : {}),
  };
}

export type FindingJson = ReturnType<typeof toFindingJson>;

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
