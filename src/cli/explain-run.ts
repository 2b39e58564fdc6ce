/** The work behind `fundscreen explain` (options in explain.ts): flags -> app/explain.ts -> text or JSON. */
import { UsageError } from '../errors.js';
import type { Identifiers } from '../holdings/position.js';
import type { Inspection } from '../match/matcher.js';
import type { Suggestion } from '../match/suggest.js';
import { explainIssuer } from '../app/explain.js';
import type { ListFlags } from './list-options.js';
import { HOLDING_ID_FIELDS } from '../reference/identifiers.js';
import { cleanText } from '../holdings/values.js';
import { inertOutput } from '../control-chars.js';

/** The identifier flags are exactly a holding's identifiers. */
export interface ExplainFlags extends Identifiers, ListFlags {
  json: boolean;
  top: string;
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
      alias: m.alias, explanation: m.explanation, evidence: m.evidence, ...(m.relationSource ? { relationSource: m.relationSource } : {}),
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
      out.push(`            rules: ${m.evidence.map((e) => e.rule).join(', ') || 'none'}`);
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

/** `fundscreen explain`: the explain use case (app/explain.ts), printed as text or JSON. */
export async function explainCommand(issuer: string, flags: ExplainFlags, cwd: string): Promise<string> {
  const top = Number(flags.top);
  if (!Number.isInteger(top) || top < 1) throw new UsageError(`--top must be a positive integer, got ${JSON.stringify(flags.top)}`);
  // Read as a fund file's cells are read (holdings/values.ts cleanText): controls, escape
  // sequences and bidi overrides out, so explain shows what screen would match.
  issuer = cleanText(issuer);
  const ids: Identifiers = {};
  for (const k of HOLDING_ID_FIELDS) {
    const v = cleanText(flags[k]);
    if (v) ids[k] = v;
  }
  const { inspection: r, suggestions: sugg, listWarnings } = await explainIssuer(issuer, ids, {
    lists: { useDefault: flags.defaultList, extra: flags.list },
    onlyLists: flags.onlyLists ?? null,
    cwd,
  });
  // Text from the lists reaches the output too: neutralised like every other output.
  return inertOutput(flags.json ? asJson(issuer, ids, r, top, sugg, listWarnings) : asText(issuer, ids, r, top, sugg), Boolean(flags.json));
}
