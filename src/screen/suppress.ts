/**
 * Suppressions (`--ignore FILE`): a JSON array of entries, each naming a list entity and
 * optionally narrowing it to an ISIN, a ticker or a fund, with a required reason and a required
 * expiry ("YYYY-MM-DD" or "never"). An entry suppresses through its expiry date and stops the day
 * after. Suppressed findings stay in the result (machine formats keep them, flagged); they never
 * count toward exposure or the exit code.
 */

import { z } from 'zod';
import { MAX_SETTINGS_FILE, readBounded } from '../read-bounded.js';
import { UsageError } from '../errors.js';
import type { Finding } from './result.js';
import { parseJsonText } from '../json-text.js';
import { resolveIn } from '../working-folder.js';
import { errnoWords } from '../errno.js';
import { fileText } from '../text-bytes.js';
import { osaDistance } from '../match/edits.js';

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** A real calendar date in ISO form: "2026-02-30" is rejected. */
export const isoDate = z.string().refine((s) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}, 'expected a real calendar date YYYY-MM-DD');

export const SuppressionEntrySchema = z.strictObject({
  /** Id of the list entity, as in the report's entity.id. */
  entity: nonEmpty,
  isin: nonEmpty.optional(),
  ticker: nonEmpty.optional(),
  /** Fund name as reported, or the source path for files without a fund name. */
  fund: nonEmpty.optional(),
  reason: nonEmpty,
  expires: z.union([z.literal('never'), isoDate], { error: 'expected "never" or a date YYYY-MM-DD' }),
});

export type SuppressionEntry = z.infer<typeof SuppressionEntrySchema>;

const FileSchema = z.array(z.unknown());

function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  if (issue.code === 'unrecognized_keys') return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.path.length === 0) return `expected an object, got ${JSON.stringify(raw)?.slice(0, 40)}`;
  const key = `"${issue.path.join('.')}"`;
  const present = typeof raw === 'object' && raw !== null && Object.hasOwn(raw, issue.path[0] as PropertyKey);
  return present ? `${key}: ${issue.message}` : `missing ${key}`;
}

/** Parses the text of an ignore file; every problem of every entry is listed in one UsageError. */
export function parseSuppressions(text: string, file: string): SuppressionEntry[] {
  const data = parseJsonText(text, file);
  const top = FileSchema.safeParse(data);
  if (!top.success) throw new UsageError(`${file}: expected a JSON array of suppression entries`);
  const problems: string[] = [];
  const entries: SuppressionEntry[] = [];
  top.data.forEach((raw, i) => {
    const r = SuppressionEntrySchema.safeParse(raw);
    if (r.success) entries.push(r.data);
    else for (const issue of r.error.issues) problems.push(`entry ${i + 1}: ${describeIssue(issue, raw)}`);
  });
  if (problems.length > 0) throw new UsageError(`${file}: invalid suppression entries:\n  - ${problems.join('\n  - ')}`);
  return entries;
}

export async function loadSuppressions(file: string, cwd?: string): Promise<SuppressionEntry[]> {
  let bytes: Buffer;
  try {
    bytes = await readBounded(resolveIn(cwd, file), MAX_SETTINGS_FILE);
  } catch (err) {
    throw new UsageError(`cannot read ignore file ${file}: ${errnoWords(err)}`);
  }
  const { text } = fileText(bytes, file, UsageError);
  return parseSuppressions(text, file);
}

/** "ignore entry 2 (entity hikvision, ticker 002415)": entries are counted from 1, as a reader counts them. */
function describeEntry(e: SuppressionEntry, i: number): string {
  const scope = [e.isin && `isin ${e.isin}`, e.ticker && `ticker ${e.ticker}`, e.fund && `fund ${JSON.stringify(e.fund)}`].filter(Boolean);
  return `ignore entry ${i + 1} (entity ${e.entity}${scope.length ? `, ${scope.join(', ')}` : ''})`;
}

/** The ids nearest a mistyped one (two edits at most, or one contains the other), for "did you mean". */
function nearIds(id: string, known: ReadonlySet<string>): string[] {
  const near = [...known].filter((k) => osaDistance(k, id, 2) <= 2 || (id.length >= 4 && (k.startsWith(id) || id.startsWith(k))));
  return near.sort().slice(0, 3);
}

const same = (a: string | undefined | null, b: string): boolean => a != null && a.trim().toUpperCase() === b.trim().toUpperCase();

function applies(e: SuppressionEntry, f: Finding): boolean {
  const p = f.position;
  if (f.match.entity.id !== e.entity) return false;
  if (e.isin !== undefined && !same(p.ids.isin, e.isin)) return false;
  if (e.ticker !== undefined && !same(p.ids.ticker, e.ticker)) return false;
  if (e.fund !== undefined && p.fund !== e.fund && p.source !== e.fund) return false;
  return true;
}

export function isExpired(e: SuppressionEntry, today: string): boolean {
  return e.expires !== 'never' && e.expires < today;
}

/**
 * Marks the findings the live entries cover (the first matching entry gives the reason). Warns
 * for each expired entry (it no longer suppresses) and each live entry that suppressed nothing.
 * `today` is the run's UTC date, YYYY-MM-DD. With `entityIds` (every entity of the lists used), an
 * entry naming none of them is said to be so, with the nearest ids, rather than only "suppressed
 * nothing": a mistyped id is the usual reason.
 */
export function applySuppressions(
  findings: readonly Finding[],
  entries: readonly SuppressionEntry[],
  today: string,
  entityIds?: ReadonlySet<string>,
): { findings: Finding[]; warnings: string[] } {
  const warnings: string[] = [];
  const used = new Set<number>();
  const live = entries.map((e, i) => ({ e, i })).filter(({ e, i }) => {
    if (!isExpired(e, today)) return true;
    warnings.push(`${describeEntry(e, i)} expired on ${e.expires}; it no longer suppresses anything`);
    return false;
  });
  const out = findings.map((f) => {
    const hit = live.find(({ e }) => applies(e, f));
    if (!hit) return f;
    used.add(hit.i);
    return { ...f, suppressed: { reason: hit.e.reason, expires: hit.e.expires } };
  });
  for (const { e, i } of live) {
    if (used.has(i)) continue;
    if (entityIds && !entityIds.has(e.entity)) {
      const near = nearIds(e.entity, entityIds);
      warnings.push(`${describeEntry(e, i)} names no entity of the lists used${near.length ? ` (did you mean ${near.join(', ')}?)` : ''}; it suppressed nothing`);
    } else warnings.push(`${describeEntry(e, i)} suppressed nothing in this run`);
  }
  return { findings: out, warnings };
}
