/**
 * Look-through: what a portfolio (or a fund of funds) holds through the funds it holds. Pure:
 * a ScreenResult and the fund links collected during the run (fund-links.ts) in, the result
 * restricted to the root funds plus a `lookThrough` block out.
 *
 * Rules (each is tested):
 * - An indirect finding is a flagged holding H of a fund G reached from a root position P
 *   through a chain of fund holdings. Its exposure is P's value x the weight of each fund in the
 *   next along the chain x G's weight of H, in P's currency. A fund's weight of a holding is the
 *   holding's value over the fund's screened total in the same currency when the file gives
 *   values, else the file's weight column.
 * - Every path is its own indirect finding; an entity's indirect exposure is the sum over paths
 *   (two funds holding Hoshine are two real exposures). Direct findings stay in `findings` and are
 *   never added into the indirect figures: a company held directly and indirectly is shown in
 *   both columns, once each.
 * - A chain that comes back to a fund already on it (a cycle) stops there; so does one deeper
 *   than `maxDepth` funds. Both are listed under `notLookedThrough` with the reason.
 * - A root position of a portfolio file that joined no fund's holdings and was not flagged is
 *   listed under `notLookedThrough` (it may be a fund whose file was not given): never dropped.
 */
import type { Position } from '../holdings/position.js';
import type { EntityLookThrough, Exposures, FamilyLookThrough, Finding, FundRef, FundSummary, HolderLookThrough, IndirectFinding, LookThrough, NotLookedThrough, PathStep, ScreenResult } from './result.js';
import { fundKey, type CollectedLinks, type FundLink } from './fund-links.js';
import { addMoney, type Money } from '../reference/money.js';
import { computeExposure } from './exposure.js';
import { compareName, compareText } from '../text-order.js';
import { pushTo } from '../group-by.js';

export const DEFAULT_LOOK_THROUGH_DEPTH = 5;

/** A finding's position always names its fund (screen.ts fills it in), as FundSummary does. */
function findingFundKey(f: Finding): string {
  return fundKey(f.position.source, f.position.fund);
}

/** A fund's weight of one of its holdings, as a fraction (see the module rules). */
export function weightIn(totals: readonly Money[] | undefined, p: Position): number | null {
  if (p.value !== null) {
    const value = p.value;
    const total = totals?.find((m) => m.currency === value.currency)?.amount;
    if (total !== undefined && total !== 0) return value.amount / total;
  }
  return p.weightPct === null ? null : p.weightPct / 100;
}

function positionId(p: Position): string {
  return `${p.source}\u0000${p.line}`;
}

interface Walk {
  byHolder: Map<string, FundLink[]>;
  findingsByFund: Map<string, Finding[]>;
  totals: Map<string, Money[]>;
  maxDepth: number;
  out: IndirectFinding[];
  cut: NotLookedThrough[];
}

function step(link: FundLink, weight: number | null): PathStep {
  return {
    source: link.holder.source,
    fund: link.holder.fund,
    line: link.position.line,
    issuer: link.position.issuer,
    held: { source: link.target.source, fund: link.target.fund, asOf: link.target.asOf, named: link.target.named },
    matchedBy: link.matchedBy,
    weightPct: weight === null ? null : weight * 100,
  };
}

/** Visits the fund a path has reached: its flagged holdings, then the funds it holds in turn. */
function visit(w: Walk, root: FundRef, rootPosition: Position, path: PathStep[], factor: number | null, onPath: Set<string>): void {
  const last = path[path.length - 1];
  const key = fundKey(last.held.source, last.held.fund);
  const cutAt = (reason: string): void => {
    w.cut.push({ holder: { source: last.source, fund: last.fund }, line: last.line, issuer: last.issuer, value: null, reason });
  };
  if (onPath.has(key)) return cutAt(`cycle: ${last.held.fund ?? last.held.source} is already on the path ${path.map((s) => s.fund ?? s.source).join(' -> ')}`);
  if (path.length > w.maxDepth) return cutAt(`deeper than --look-through-depth ${w.maxDepth}`);
  const totals = w.totals.get(key);
  const value = rootPosition.value?.amount ?? null;
  const currency = rootPosition.value?.currency ?? null;
  const into = factor !== null && value !== null ? value * factor : null;
  const fundTotal = totals?.find((m) => m.currency === currency)?.amount;
  const owned = into !== null && fundTotal ? into / fundTotal : null;
  for (const f of w.findingsByFund.get(key) ?? []) {
    const weight = weightIn(totals, f.position);
    const pathWeight = factor !== null && weight !== null ? factor * weight : null;
    w.out.push({
      holder: root,
      path,
      finding: f,
      fundWeightPct: weight === null ? null : weight * 100,
      pathWeightPct: pathWeight === null ? null : pathWeight * 100,
      exposure: pathWeight !== null && value !== null ? { currency, amount: value * pathWeight } : null,
      shares: owned !== null && f.position.shares !== null ? f.position.shares * owned : null,
      suppressed: f.suppressed !== null,
    });
  }
  const next = new Set(onPath).add(key);
  for (const link of w.byHolder.get(key) ?? []) {
    const weight = weightIn(totals, link.position);
    visit(w, root, rootPosition, [...path, step(link, weight)], factor !== null && weight !== null ? factor * weight : null, next);
  }
}

/** Unsuppressed flagged positions, each once (a position flagged for two entities is one holding). */
export function distinctDirect(findings: readonly Finding[]): Position[] {
  const seen = new Map<string, Position>();
  for (const f of findings) if (f.suppressed === null && !seen.has(positionId(f.position))) seen.set(positionId(f.position), f.position);
  return [...seen.values()];
}

/** Unsuppressed indirect findings, one per path and flagged holding (even when flagged for two entities). */
export function distinctIndirect(indirect: readonly IndirectFinding[]): IndirectFinding[] {
  const seen = new Map<string, IndirectFinding>();
  for (const f of indirect) {
    const id = `${pathId(f)}\u0001${positionId(f.finding.position)}`;
    if (!f.suppressed && !seen.has(id)) seen.set(id, f);
  }
  return [...seen.values()];
}

function exposures(direct: readonly Finding[], indirect: readonly IndirectFinding[]): Exposures {
  const positions = distinctDirect(direct);
  const paths = distinctIndirect(indirect);
  let d: Money[] = [];
  for (const p of positions) if (p.value !== null) d = addMoney(d, p.value);
  let i: Money[] = [];
  for (const f of paths) if (f.exposure) i = addMoney(i, f.exposure);
  return { directPositions: positions.length, direct: d, indirectPaths: paths.length, indirect: i };
}

function pathId(f: IndirectFinding): string {
  return `${fundKey(f.holder.source, f.holder.fund)}|${f.path.map((s) => `${s.source}:${s.line}`).join('>')}`;
}

function sumOrNull(values: readonly (number | null)[]): number | null {
  if (values.length === 0 || values.some((v) => v === null)) return null;
  return (values as number[]).reduce((a, b) => a + b, 0);
}

/**
 * Splits a run into its roots and the funds it looked through, and computes the indirect
 * findings. `result` is the whole run (roots and looked-through funds screened together).
 */
export function lookThrough(result: ScreenResult, collected: CollectedLinks, maxDepth = DEFAULT_LOOK_THROUGH_DEPTH): ScreenResult {
  const isRoot = (f: FundSummary) => collected.rootSources.has(f.source);
  const keyOfSummary = (f: FundSummary) => fundKey(f.source, f.fund);
  // Everything below is grouped once by fund key: a data set has thousands of funds, and
  // filtering every finding for each of them was quadratic.
  const findingsByFund = groupBy(result.findings, findingFundKey);
  const byHolder = groupBy(collected.links, (l) => fundKey(l.holder.source, l.holder.fund));
  const totals = new Map(result.funds.map((f) => [keyOfSummary(f), f.screenedValue]));
  const w: Walk = { byHolder, findingsByFund, totals, maxDepth, out: [], cut: [] };
  const rootFunds = result.funds.filter(isRoot);
  for (const root of rootFunds) {
    const ref: FundRef = { source: root.source, fund: root.fund };
    const key = keyOfSummary(root);
    for (const link of byHolder.get(key) ?? []) {
      visit(w, ref, link.position, [step(link, null)], 1, new Set([key]));
    }
  }
  const flagged = new Set(result.findings.map((f) => positionId(f.position)));
  const notLookedThrough: NotLookedThrough[] = [
    ...collected.unjoined
      .filter(({ position: p }) => !flagged.has(positionId(p)))
      .map(({ position: p, holder }) => ({
        holder,
        line: p.line,
        issuer: p.issuer,
        value: p.value,
        reason: 'no holdings file joins this position (series or class id, LEI, ISIN, CUSIP, ticker or exact fund name): if it is a fund, its holdings were not screened',
      })),
    ...dedupeCuts(w.cut),
  ].sort((a, b) => compareText(a.holder.source, b.holder.source) || a.line - b.line || compareText(a.reason, b.reason));

  const indirect = w.out.sort(compareIndirect);
  const rootKeys = new Set(rootFunds.map(keyOfSummary));
  const findings = result.findings.filter((f) => rootKeys.has(findingFundKey(f)));
  const indirectByHolder = groupBy(indirect, (f) => fundKey(f.holder.source, f.holder.fund));
  const holders: HolderLookThrough[] = rootFunds.map((r) => {
    const k = keyOfSummary(r);
    return {
      source: r.source,
      fund: r.fund,
      family: r.family,
      asOf: r.asOf,
      ...exposures(findingsByFund.get(k) ?? [], indirectByHolder.get(k) ?? []),
    };
  });
  const directByEntity = groupBy(findings, (f) => f.match.entity.id);
  const indirectByEntity = groupBy(indirect, (f) => f.finding.match.entity.id);
  const entityIds = new Set([...directByEntity.keys(), ...indirectByEntity.keys()]);
  const entities: EntityLookThrough[] = [...entityIds].map((id) => {
    const d = directByEntity.get(id) ?? [];
    const i = indirectByEntity.get(id) ?? [];
    const entity = (d[0] ?? i[0].finding).match.entity;
    const dCounted = d.filter((f) => f.suppressed === null);
    const iCounted = i.filter((f) => !f.suppressed);
    return {
      id,
      name: entity.name,
      ...exposures(d, i),
      directShares: sumOrNull(dCounted.map((f) => f.position.shares)),
      indirectShares: sumOrNull(iCounted.map((f) => f.shares)),
    };
  }).sort((a, b) => compareName(a.name, b.name) || compareText(a.id, b.id));
  // A family's funds by key (a key is one fund; the same file given twice is one key, counted once).
  const familyKeys = new Map<string, Set<string>>();
  const familiesOfKey = new Map<string, string[]>();
  for (const r of rootFunds) {
    if (r.family === null) continue;
    const k = keyOfSummary(r);
    const keys = familyKeys.get(r.family) ?? familyKeys.set(r.family, new Set()).get(r.family)!;
    if (keys.has(k)) continue;
    keys.add(k);
    pushTo(familiesOfKey, k, r.family);
  }
  // Each family's direct and indirect findings, in run order (grouped in one pass each).
  const familyDirect = groupByMany(findings, (f) => familiesOfKey.get(findingFundKey(f)) ?? []);
  const familyIndirect = groupByMany(indirect, (f) => familiesOfKey.get(fundKey(f.holder.source, f.holder.fund)) ?? []);
  const families: FamilyLookThrough[] = [...familyKeys]
    .map(([family, keys]) => ({ family, funds: keys.size, ...exposures(familyDirect.get(family) ?? [], familyIndirect.get(family) ?? []) }))
    .sort((a, b) => compareName(a.family, b.family));

  const counted = (key: string) => (findingsByFund.get(key) ?? []).filter((f) => f.suppressed === null).length;
  return {
    ...result,
    funds: rootFunds,
    findings,
    // The run's own exposure figures are the holders' alone; the funds read for them are below.
    exposure: computeExposure({ funds: rootFunds, findings }),
    lookThrough: {
      maxDepth,
      funds: result.funds.filter((f) => !isRoot(f)).map((f) => ({ ...f, findings: counted(keyOfSummary(f)) })),
      findings: indirect,
      holders,
      entities,
      families,
      notLookedThrough,
    },
  };
}

/** Items grouped by key, each group in input order. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** Items grouped under each of their keys, each group in input order. */
function groupByMany<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    for (const k of keys(item)) {
      const list = out.get(k);
      if (list) list.push(item);
      else out.set(k, [item]);
    }
  }
  return out;
}

function dedupeCuts(cuts: readonly NotLookedThrough[]): NotLookedThrough[] {
  const seen = new Map<string, NotLookedThrough>();
  for (const c of cuts) seen.set(`${c.holder.source}\u0000${c.holder.fund}\u0000${c.line}\u0000${c.reason}`, c);
  return [...seen.values()];
}

function compareIndirect(a: IndirectFinding, b: IndirectFinding): number {
  return (
    compareText(a.holder.source, b.holder.source) ||
    compareText(a.holder.fund ?? '', b.holder.fund ?? '') ||
    compareText(pathId(a), pathId(b)) ||
    compareText(a.finding.position.source, b.finding.position.source) ||
    a.finding.position.line - b.finding.position.line ||
    compareText(a.finding.match.entity.id, b.finding.match.entity.id)
  );
}
