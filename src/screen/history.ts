/**
 * History: one run over several dated files of a fund, or several N-PORT quarters, read as a
 * timeline per fund and listed entity, and per fund family and entity: shares and value held at
 * each as-of date, directly and (with --look-through) through other funds, and how each date
 * relates to the entity's listings. Pure: a ScreenResult in, a History out (null when no fund was
 * screened at two dates or more).
 *
 * Rules:
 * - A fund is its name (else its source) within its family: two quarters' data sets are two
 *   sources of one fund. A point exists for every date the fund was screened, so a position sold
 *   shows as 0 at the next date (a known zero), never as a gap; a date the fund was not screened
 *   has no point.
 * - Shares and values sum distinct unsuppressed positions; shares are null when any position gives
 *   none; amounts stay per currency.
 * - Indirect figures come from look-through (each path once) and are never added to the direct ones.
 */
import type { Finding, History, IndirectFinding, ScreenResult, Timeline, TimelinePoint } from './result.js';
import { distinctDirect, distinctIndirect } from './look-through.js';
import { listingTimings } from './listing-dates.js';
import { sumMoney, type Money } from '../reference/money.js';
import { compareName, compareText } from '../text-order.js';

interface Held {
  fund: string;
  family: string | null;
  asOf: string;
  direct: Finding[];
  indirect: IndirectFinding[];
}

function sharesOf(values: readonly (number | null)[]): number | null {
  return values.some((v) => v === null) ? null : (values as number[]).reduce((a, b) => a + b, 0);
}

function point(asOf: string, direct: readonly Finding[], indirect: readonly IndirectFinding[], entity: Finding['match']['entity']): TimelinePoint {
  const positions = distinctDirect(direct);
  const counted = distinctIndirect(indirect);
  const amounts = sumMoney(positions.map((p) => p.value));
  const indirectAmounts = sumMoney(counted.map((f) => f.exposure));
  return {
    asOf,
    positions: positions.length,
    shares: sharesOf(positions.map((p) => p.shares)),
    amounts,
    indirectPaths: counted.length,
    indirectShares: sharesOf(counted.map((f) => f.shares)),
    indirectAmounts,
    // Only a date something was held says "held ... after": a zero point has no timing.
    timing: positions.length + counted.length > 0 ? listingTimings(asOf, entity.listings) : [],
  };
}

export function buildHistory(result: ScreenResult): History | null {
  // When each fund was screened: its dates, so that a sold position shows as a zero.
  const screenedAt = new Map<string, { fund: string; family: string | null; dates: Set<string> }>();
  const fundId = (fund: string, family: string | null) => `${family ?? ''}\u0000${fund}`;
  for (const f of result.funds) {
    if (!f.asOf || f.rows.screened === 0) continue;
    const name = f.fund ?? f.source;
    const k = fundId(name, f.family);
    const e = screenedAt.get(k) ?? { fund: name, family: f.family, dates: new Set<string>() };
    e.dates.add(f.asOf);
    screenedAt.set(k, e);
  }
  if (![...screenedAt.values()].some((e) => e.dates.size > 1)) return null;

  const holderAsOf = new Map<string, string | null>();
  for (const h of result.lookThrough?.holders ?? []) holderAsOf.set(`${h.source}\u0000${h.fund ?? ''}`, h.asOf);
  const familyOf = new Map<string, string | null>();
  for (const f of result.funds) familyOf.set(`${f.source}\u0000${f.fund ?? ''}`, f.family);

  // Findings by (fund, entity, date).
  const held = new Map<string, Held>();
  const entities = new Map<string, Finding['match']['entity']>();
  const bucket = (fund: string, family: string | null, entityId: string, asOf: string): Held => {
    const k = `${fundId(fund, family)}\u0000${entityId}\u0000${asOf}`;
    let h = held.get(k);
    if (!h) held.set(k, (h = { fund, family, asOf, direct: [], indirect: [] }));
    return h;
  };
  for (const f of result.findings) {
    const asOf = f.position.asOf;
    if (!asOf) continue;
    entities.set(f.match.entity.id, f.match.entity);
    bucket(f.position.fund ?? f.position.source, f.position.family, f.match.entity.id, asOf).direct.push(f);
  }
  for (const f of result.lookThrough?.findings ?? []) {
    const key = `${f.holder.source}\u0000${f.holder.fund ?? ''}`;
    const asOf = holderAsOf.get(key);
    if (!asOf) continue;
    entities.set(f.finding.match.entity.id, f.finding.match.entity);
    bucket(f.holder.fund ?? f.holder.source, familyOf.get(key) ?? null, f.finding.match.entity.id, asOf).indirect.push(f);
  }

  const funds: Timeline[] = [];
  const pairs = new Map<string, { fund: string; family: string | null; entityId: string }>();
  for (const h of held.values()) {
    for (const id of new Set([...h.direct.map((f) => f.match.entity.id), ...h.indirect.map((f) => f.finding.match.entity.id)])) {
      pairs.set(`${fundId(h.fund, h.family)}\u0000${id}`, { fund: h.fund, family: h.family, entityId: id });
    }
  }
  for (const { fund, family, entityId } of pairs.values()) {
    const entity = entities.get(entityId)!;
    const dates = [...(screenedAt.get(fundId(fund, family))?.dates ?? [])].sort();
    const points = dates.map((d) => {
      const h = held.get(`${fundId(fund, family)}\u0000${entityId}\u0000${d}`);
      return point(d, h?.direct.filter((f) => f.match.entity.id === entityId) ?? [], h?.indirect.filter((f) => f.finding.match.entity.id === entityId) ?? [], entity);
    });
    funds.push({ fund, family, funds: 1, entity: { id: entity.id, name: entity.name }, points });
  }

  // Families: every fund of the family screened at a date counts toward that date.
  const families: Timeline[] = [];
  const familyNames = [...new Set(funds.map((t) => t.family).filter((f): f is string => f !== null))];
  for (const family of familyNames) {
    const members = [...screenedAt.values()].filter((e) => e.family === family);
    const dates = [...new Set(members.flatMap((m) => [...m.dates]))].sort();
    for (const entityId of new Set(funds.filter((t) => t.family === family).map((t) => t.entity.id))) {
      const entity = entities.get(entityId)!;
      const hs = [...held.values()].filter((h) => h.family === family);
      const points = dates.map((d) => {
        const at = hs.filter((h) => h.asOf === d);
        return point(d, at.flatMap((h) => h.direct.filter((f) => f.match.entity.id === entityId)), at.flatMap((h) => h.indirect.filter((f) => f.finding.match.entity.id === entityId)), entity);
      });
      const holding = new Set(funds.filter((t) => t.family === family && t.entity.id === entityId).map((t) => t.fund));
      families.push({ fund: null, family, funds: holding.size, entity: { id: entity.id, name: entity.name }, points });
    }
  }

  const order = (a: Timeline, b: Timeline) =>
    compareName(a.entity.name, b.entity.name) || compareText(a.family ?? '', b.family ?? '') || compareText(a.fund ?? '', b.fund ?? '');
  const dates = [...new Set([...screenedAt.values()].flatMap((e) => [...e.dates]))].sort();
  return { dates, funds: funds.sort(order), families: families.sort(order) };
}

/** The result with its history attached when it has one (several dates of one fund). */
export function withHistory(result: ScreenResult): ScreenResult {
  const history = buildHistory(result);
  return history ? { ...result, history } : result;
}
