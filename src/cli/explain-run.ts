/** The work behind `fundscreen explain` (see explain.ts). */
import Fuse from 'fuse.js';
import { UsageError } from '../errors.js';
import { loadSelectedLists } from '../lists/select.js';
import type { Identifiers } from '../holdings/position.js';
import { createMatcher, type Inspection } from '../match/matcher.js';
import type { ExplainFlags } from './explain.js';
import { HOLDING_ID_FIELDS } from '../reference/identifiers.js';

interface Suggestion {
  entityId: string;
  alias: string;
  /** fuse.js score: 0 is a perfect match, 1 none. */
  distance: number;
}


/**
 * The list aliases nearest to a name, by fuse.js's approximate substring search over the alias
 * cores: the "did you mean" for a name the matcher's indexes find nothing for. One query over the
 * list, never on the screening path.
 */
function suggestions(core: string, aliases: Array<{ entityId: string; alias: string; core: string }>, limit: number): Suggestion[] {
  if (!core) return [];
  const fuse = new Fuse(aliases, { keys: ['core'], includeScore: true, ignoreLocation: true, ignoreFieldNorm: true, threshold: 0.4, minMatchCharLength: 3 });
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  for (const r of fuse.search(core.slice(0, 32))) {
    if (seen.has(r.item.entityId)) continue;
    seen.add(r.item.entityId);
    out.push({ entityId: r.item.entityId, alias: r.item.alias, distance: Math.round((r.score ?? 1) * 1000) / 1000 });
    if (out.length >= limit) break;
  }
  return out;
}

function asJson(issuer: string, ids: Identifiers, r: Inspection, top: number, sugg: Suggestion[], warnings: readonly string[]): string {
  return `${JSON.stringify({
    issuer,
    ids,
    name: r.name,
    normalised: r.analysed.norm,
    core: r.analysed.core,
    tokens: r.analysed.tokens.map((t) => ({ text: t.text, kind: t.kind })),
    steps: r.analysed.steps,
    truncated: r.analysed.truncated,
    idNotes: r.idNotes,
    matches: r.matches.map((m) => ({
      entity: { id: m.entity.id, name: m.entity.name }, relation: m.relation, tier: m.tier, method: m.method, score: m.score,
      alias: m.alias, explanation: m.explanation, ...(m.relationSource ? { relationSource: m.relationSource } : {}),
    })),
    candidates: r.candidates.slice(0, top),
    suggestions: sugg,
    listWarnings: warnings,
  }, null, 2)}\n`;
}

function asText(issuer: string, ids: Identifiers, r: Inspection, top: number, sugg: Suggestion[]): string {
  const out: string[] = [];
  out.push(`issuer      ${JSON.stringify(issuer)}${r.name !== issuer.trim() ? ` (name taken from the title: ${JSON.stringify(r.name)})` : ''}`);
  const idText = Object.entries(ids).map(([k, v]) => `${k}=${v}`).join(' ');
  if (idText) out.push(`identifiers ${idText}`);
  for (const n of r.idNotes) out.push(`            ! ${n}`);
  out.push(`normalised  ${r.analysed.norm || '(empty)'}`);
  out.push(`core        ${r.analysed.tokens.map((t) => `${t.text}[${t.kind}]`).join(' ') || '(empty: nothing to match by name)'}`);
  out.push(`steps       ${r.analysed.steps.join(', ') || 'none'}${r.analysed.truncated ? '; length of a cut name (last word may be a prefix)' : ''}`);
  out.push('');
  if (r.matches.length === 0) out.push('matches     none');
  else {
    out.push('matches');
    for (const m of r.matches) {
      out.push(`  ${m.tier.padEnd(9)} ${m.score.toFixed(2)}  ${m.entity.id} (${m.relation}, ${m.method})`);
      out.push(`            ${m.explanation}`);
      if (m.relationSource) out.push(`            link: ${m.relationSource}`);
    }
  }
  const shown = r.candidates.slice(0, top);
  if (shown.length > 0) {
    out.push('');
    out.push(`candidates  (${r.candidates.length} scored${r.candidates.length > top ? `, top ${top} shown` : ''})`);
    for (const c of shown) out.push(`  ${c.score.toFixed(2)}  ${(c.tier ?? '-').padEnd(9)} ${c.entityId}: ${c.explanation}`);
  }
  if (sugg.length > 0) {
    out.push('');
    out.push('nearest list names (fuse.js; not matches)');
    for (const s of sugg) out.push(`  ${s.distance.toFixed(3)}  ${s.entityId}: "${s.alias}"`);
  }
  return `${out.join('\n')}\n`;
}

export async function explainIssuer(issuer: string, flags: ExplainFlags, cwd?: string): Promise<string> {
  const top = Number(flags.top);
  if (!Number.isInteger(top) || top < 1) throw new UsageError(`--top must be a positive integer, got ${JSON.stringify(flags.top)}`);
  const lists = await loadSelectedLists({ useDefault: flags.defaultList, extra: flags.list, cwd });
  const matcher = createMatcher(lists);
  const ids: Identifiers = {};
  for (const k of HOLDING_ID_FIELDS) if (flags[k]) ids[k] = flags[k];
  const r = matcher.inspect({ issuer, ids });
  const sugg = r.matches.length === 0 && r.candidates.length === 0 ? suggestions(r.analysed.core, matcher.aliasCores(), 5) : [];
  return flags.json ? asJson(issuer, ids, r, top, sugg, matcher.warnings) : asText(issuer, ids, r, top, sugg);
}
