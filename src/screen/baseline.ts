/**
 * Baselines for scheduled runs (`--baseline previous.json`): the baseline is simply an earlier
 * `--format json` report. Each current finding is 'new' or 'unchanged'. A baseline finding that
 * is gone is `resolved` only when its fund was screened in this run too (rows screened > 0); a
 * fund this run did not screen (file missing, unreadable, empty, not given) proves nothing, so
 * its baseline findings are `carriedOver`, listed apart and never counted as divestments. Findings are matched on what identifies a holding across dates,
 * never on line numbers: (fund name, or the source path when there is none; entity id; security
 * = the first identifier of the registry's order it has (ISIN, CUSIP, SEDOL, FIGI, LEI, USCC),
 * else ticker+exchange, else the normalised issuer name). Only identifiers the baseline report
 * could carry are compared (a report written before FIGI, LEI and USCC were in JSON keys those
 * holdings by ticker or name, and so does the current run against it). What that leaves unpaired,
 * of one fund and entity, is paired on the identifiers both sides carry (sameSecurity): a holding
 * keyed by its ISIN in the baseline and by its ticker today is not one sold and one bought.
 * Matching counts occurrences, so two identical holdings in one fund pair off one to one.
 */

import { z } from 'zod';
import { MAX_WHOLE_FILE, readBounded } from '../read-bounded.js';
import { UsageError } from '../errors.js';
import { HOLDING_ID_FIELDS, ID_TYPES, type HoldingIdField } from '../reference/identifiers.js';
import type { CarriedFinding, Finding, IndirectFinding, ResolvedFinding } from './result.js';
import { parseJsonText } from '../json-text.js';
import { resolveIn } from '../working-folder.js';
import { errnoWords } from '../errno.js';
import { fileText } from '../text-bytes.js';
import { pushTo } from '../group-by.js';

const str = z.string().nullable().optional();

const BaselineFindingSchema = z.object({
  source: z.string(),
  fund: z.string().nullable(),
  issuer: z.string(),
  ...(Object.fromEntries(HOLDING_ID_FIELDS.map((k) => [k, str])) as Record<HoldingIdField, typeof str>),
  entity: z.object({ id: z.string().min(1) }),
});

const FundRefSchema = z.object({ source: z.string(), fund: z.string().nullable() });
/** An indirect finding of a look-through report: the holding, and the route it reached the holder by. */
const BaselineIndirectSchema = BaselineFindingSchema.extend({
  holder: FundRefSchema,
  path: z.array(z.object({ held: FundRefSchema })),
});

/** The lists a report was screened with (ScreenResult.lists). */
const BaselineListSchema = z.object({ id: z.string(), version: z.string(), sha256: z.string().optional(), onlyLists: z.array(z.string()).optional() });
export type BaselineList = z.infer<typeof BaselineListSchema>;

const BaselineSchema = z.object({
  schemaVersion: z.literal(1, { error: 'expected schemaVersion 1 (a fundscreen --format json report)' }),
  lists: z.array(BaselineListSchema).optional(),
  findings: z.array(BaselineFindingSchema, { error: 'missing the findings array' }),
  lookThrough: z.object({ findings: z.array(BaselineIndirectSchema) }).optional(),
});

export interface HoldingIds extends Partial<Record<HoldingIdField, string | null>> {
  source: string;
  fund: string | null;
  issuer: string;
}

export interface BaselineFinding extends HoldingIds {
  entityId: string;
  /** The identifier fields the baseline report carried (older reports lack some); absent: all. */
  idFields?: readonly HoldingIdField[];
}

function norm(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function upper(s: string | null | undefined): string | null {
  const t = s?.trim();
  return t ? t.toUpperCase() : null;
}

/** The security part of the key: the strongest identifier the holding has, among `fields`. */
export function securityKey(h: HoldingIds, fields: readonly HoldingIdField[] = HOLDING_ID_FIELDS): string {
  for (const type of ID_TYPES) {
    const v = fields.includes(type) ? upper(h[type]) : null;
    if (v) return `${type}:${v}`;
  }
  const ticker = fields.includes('ticker') ? upper(h.ticker) : null;
  if (ticker) return `ticker:${ticker}@${norm(h.exchange ?? '')}`;
  return `name:${norm(h.issuer)}`;
}

/**
 * Two holdings keyed apart (one side lacks the identifier the other is keyed by) that are one
 * security: no identifier both carry differs (a ticker on another market differs), and one both
 * carry agrees: an identifier or the ticker, else the name.
 */
export function sameSecurity(a: HoldingIds, b: HoldingIds, fields: readonly HoldingIdField[] = HOLDING_ID_FIELDS): boolean {
  let agree = false;
  for (const type of ID_TYPES) {
    const [x, y] = fields.includes(type) ? [upper(a[type]), upper(b[type])] : [null, null];
    if (x === null || y === null) continue;
    if (x !== y) return false;
    agree = true;
  }
  const [tx, ty] = fields.includes('ticker') ? [upper(a.ticker), upper(b.ticker)] : [null, null];
  if (tx !== null && ty !== null) {
    const [ex, ey] = [norm(a.exchange ?? ''), norm(b.exchange ?? '')];
    if (tx !== ty || (ex !== '' && ey !== '' && ex !== ey)) return false;
    agree = true;
  }
  return agree || norm(a.issuer) === norm(b.issuer);
}

export function baselineKey(h: HoldingIds, entityId: string, fields?: readonly HoldingIdField[]): string {
  return `${h.fund ?? h.source}\u0000${entityId}\u0000${securityKey(h, fields)}`;
}

function currentIds(f: Finding): HoldingIds {
  const p = f.position;
  return { source: p.source, fund: p.fund, issuer: p.issuer, ...p.ids };
}

/** A baseline's indirect finding: the holding (as BaselineFinding) and its route, holder first. */
export interface BaselineIndirect extends BaselineFinding {
  route: string;
}

/** "portfolio.csv > Target 2050 > Total International": the holder, then each fund the path holds. */
function route(holder: { source: string; fund: string | null }, path: readonly { held: { source: string; fund: string | null } }[]): string {
  return [holder, ...path.map((s) => s.held)].map((f) => f.fund ?? f.source).join('\u0000');
}

export function parseBaseline(text: string, file: string): BaselineFinding[] {
  return parseBaselineReport(text, file).direct;
}

/** A baseline report's direct findings and (a look-through report's) indirect ones. */
export function parseBaselineReport(text: string, file: string): { direct: BaselineFinding[]; indirect: BaselineIndirect[]; lists?: BaselineList[] } {
  const data = parseJsonText(text, `baseline ${file}`);
  const r = BaselineSchema.safeParse(data);
  if (!r.success) {
    const problems = r.error.issues.slice(0, 5).map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`);
    throw new UsageError(`baseline ${file} is not a fundscreen JSON report: ${problems.join('; ')}`);
  }
  const holding = (f: z.infer<typeof BaselineFindingSchema>): BaselineFinding => ({
    source: f.source, fund: f.fund, issuer: f.issuer, entityId: f.entity.id,
    ...Object.fromEntries(HOLDING_ID_FIELDS.map((k) => [k, f[k]])),
    idFields: HOLDING_ID_FIELDS.filter((k) => k in f),
  });
  return {
    direct: r.data.findings.map(holding),
    indirect: (r.data.lookThrough?.findings ?? []).map((f) => ({ ...holding(f), route: route(f.holder, f.path) })),
    ...(r.data.lists ? { lists: r.data.lists } : {}),
  };
}

/**
 * The baseline was screened with other lists than this run (another list, another version, other
 * bytes): a finding is then new or resolved because a list changed as often as because the fund
 * bought or sold. Said, with the entities of resolved findings this run's lists do not hold.
 */
export function baselineListsNote(file: string, before: readonly BaselineList[], now: ReadonlyArray<{ id: string; version: string; sha256: string; onlyLists?: string[] }>, resolved: ReadonlyArray<{ entityId: string }>, held: ReadonlySet<string>): string | null {
  // A list screened with --only-lists counted only those official lists: another selection is another list.
  const name = (l: { id: string; version: string; onlyLists?: string[] }) => `${l.id} ${l.version}${l.onlyLists ? ` (only ${l.onlyLists.join(', ')})` : ''}`;
  // (A baseline that does not record a list's digest is compared by id and version.)
  const same = before.length === now.length && before.every((b) => now.some((n) => name(n) === name(b) && (!b.sha256 || b.sha256 === n.sha256)));
  if (same) return null;
  const was = before.map(name).join(', ');
  const off = resolved.filter((r) => !held.has(r.entityId)).length;
  return `baseline ${file} was screened with the lists ${was || '(none named)'}, this run with ${now.map(name).join(', ')}: findings new or resolved since the baseline may come from the change of lists, not of the holdings`
    + (off > 0 ? ` (${off} resolved finding(s) name an entity this run's lists do not hold)` : '');
}

/** A missing baseline is not an error (the first nightly run has none): it warns, all is new. */
export async function loadBaseline(
  file: string,
  cwd?: string,
): Promise<{ baseline: BaselineFinding[] | null; indirect: BaselineIndirect[] | null; lists?: BaselineList[]; warnings: string[] }> {
  let bytes: Buffer;
  try {
    bytes = await readBounded(resolveIn(cwd, file), MAX_WHOLE_FILE);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { baseline: null, indirect: null, warnings: [`baseline ${file} not found: every finding is treated as new`] };
    throw new UsageError(`cannot read baseline ${file}: ${errnoWords(err)}`);
  }
  const { text } = fileText(bytes, file, UsageError);
  const parsed = parseBaselineReport(text, file);
  return { baseline: parsed.direct, indirect: parsed.indirect, ...(parsed.lists ? { lists: parsed.lists } : {}), warnings: [] };
}

/**
 * Marks each indirect finding new or unchanged against the baseline's indirect findings (null:
 * no baseline file, all new): the same holding of the same entity reached by the same route
 * (holder, then each fund on the path, by name) is unchanged; a holding is matched on its
 * identifiers as direct findings are, never on line numbers. A baseline without look-through
 * makes every indirect finding new.
 */
export function applyIndirectBaseline(findings: readonly IndirectFinding[], baseline: readonly BaselineIndirect[] | null): IndirectFinding[] {
  const fields = baseline?.find((b) => b.idFields)?.idFields ?? HOLDING_ID_FIELDS;
  const key = (r: string, h: HoldingIds, entityId: string) => `${r}\u0001${entityId}\u0001${securityKey(h, fields)}`;
  const remaining = new Map<string, number>();
  for (const b of baseline ?? []) remaining.set(key(b.route, b, b.entityId), (remaining.get(key(b.route, b, b.entityId)) ?? 0) + 1);
  return findings.map((i) => {
    const k = key(route(i.holder, i.path), currentIds(i.finding), i.finding.match.entity.id);
    const left = remaining.get(k) ?? 0;
    if (left > 0) remaining.set(k, left - 1);
    return { ...i, finding: { ...i.finding, baseline: left > 0 ? 'unchanged' : 'new' } };
  });
}

/** A fund of this run, as the baseline sees it: its name (or source) and whether rows were screened. */
export interface RunFund {
  source: string;
  fund: string | null;
  screened: number;
}

/**
 * Marks each finding new/unchanged against the baseline (null: no baseline file, all new) and
 * sorts the baseline findings that are gone into resolved (their fund was screened in this run)
 * and carried over (it was not). `funds` are this run's funds (ScreenResult.funds). `held` are
 * matches this run found but does not report (below --min-tier): the holding is still there, so
 * the baseline finding they pair with is neither resolved nor carried over, only not reported.
 */
export function applyBaseline(
  findings: readonly Finding[],
  baseline: readonly BaselineFinding[] | null,
  funds: readonly RunFund[],
  held: readonly Finding[] = [],
): { findings: Finding[]; resolved: ResolvedFinding[]; carriedOver: CarriedFinding[] } {
  // A baseline written before funds were named by their file's base name has fund null: it
  // belongs to this run's fund of the same source, whatever that fund is called now.
  const nameOfSource = new Map<string, string | null>();
  for (const f of funds) if (!nameOfSource.has(f.source)) nameOfSource.set(f.source, f.fund);
  const fundOf = (b: { source: string; fund: string | null }): string => b.fund ?? nameOfSource.get(b.source) ?? b.source;
  const screened = new Set(funds.filter((f) => f.screened > 0).map((f) => fundOf(f)));
  // One baseline is one report: the identifier fields it carried are those of any of its findings.
  const fields = baseline?.find((b) => b.idFields)?.idFields ?? HOLDING_ID_FIELDS;
  const remaining = new Map<string, BaselineFinding[]>();
  for (const b of baseline ?? []) {
    const k = baselineKey({ ...b, fund: fundOf(b) }, b.entityId, fields);
    pushTo(remaining, k, b);
  }
  /** Takes the baseline finding `f` pairs with by its key, if one is left. */
  const pair = (f: Finding): boolean => {
    const ids = currentIds(f);
    const left = remaining.get(baselineKey({ ...ids, fund: fundOf(ids) }, f.match.entity.id, fields));
    return left !== undefined && left.shift() !== undefined;
  };
  const paired = new Set<Finding>();
  for (const f of [...findings, ...held]) if (pair(f)) paired.add(f);
  // What is left, by fund and entity, is paired on the identifiers both sides carry.
  const left = new Map<string, Array<{ key: string; b: BaselineFinding }>>();
  for (const [key, bs] of remaining) for (const b of bs) pushTo(left, `${fundOf(b)}\u0000${b.entityId}`, { key, b });
  if (left.size > 0) {
    for (const f of [...findings, ...held]) {
      if (paired.has(f)) continue;
      const ids = currentIds(f);
      const candidates = left.get(`${fundOf(ids)}\u0000${f.match.entity.id}`) ?? [];
      const i = candidates.findIndex((c) => sameSecurity(ids, c.b, fields));
      if (i < 0) continue;
      const { key, b } = candidates.splice(i, 1)[0]!;
      const bs = remaining.get(key)!;
      bs.splice(bs.indexOf(b), 1);
      paired.add(f);
    }
  }
  const out = findings.map((f): Finding => ({ ...f, baseline: paired.has(f) ? 'unchanged' : 'new' }));
  const resolved: ResolvedFinding[] = [];
  const carriedOver: CarriedFinding[] = [];
  for (const [key, bs] of remaining) {
    for (const b of bs) {
      const gone = { source: b.source, fund: b.fund, entityId: b.entityId, issuer: b.issuer, key: key.split('\u0000').join(' | ') };
      if (screened.has(fundOf(b))) resolved.push(gone);
      else carriedOver.push({ ...gone, reason: 'fund not screened in this run' });
    }
  }
  const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  resolved.sort(byKey);
  carriedOver.sort(byKey);
  return { findings: out, resolved, carriedOver };
}
