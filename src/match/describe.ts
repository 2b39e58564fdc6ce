/** One-line, human-readable explanations of why a position matched (match.explanation). */
import type { RelationKind } from './types.js';
import type { NameScore } from './score.js';
import { explainEvidence, isNote } from './evidence.js';
import type { NormalisationStep } from './normalise.js';

const RELATION_WORDS: Record<Exclude<RelationKind, 'direct'>, string> = {
  parent: 'parent of the listed entity',
  subsidiary: 'subsidiary of the listed entity',
  affiliate: 'affiliate of the listed entity',
};

export function describeRelation(relation: RelationKind, relationName: string | undefined, listedName: string): string {
  if (relation === 'direct' || !relationName) return '';
  return `; "${relationName}" is the ${RELATION_WORDS[relation].replace('the listed entity', `listed ${listedName}`)}`;
}

export function describeName(issuer: string, alias: string, s: NameScore, score: number, steps: readonly NormalisationStep[]): string {
  const how = steps.length > 0 ? ` (${steps.join(', ')})` : '';
  const notes: string[] = [];
  const penalties: string[] = [];
  for (const e of s.evidence) {
    const text = explainEvidence(e);
    if (text) (isNote(e) ? notes : penalties).push(text);
  }
  if (s.exact && notes.length === 0 && penalties.length === 0) {
    return `name "${issuer}" equals alias "${alias}" after normalisation${how}`;
  }
  const parts = [`name "${issuer}" ~ alias "${alias}" ${score.toFixed(2)}${how}`];
  const aligned = s.pairs.map((p) => (p.how === 'equal' ? p.query : `${p.query}~${p.list} (${p.how} ${p.sim.toFixed(2)})`));
  if (aligned.length > 0) parts.push(`aligned: ${aligned.join(', ')}`);
  if (s.extraQuery.length > 0) parts.push(`only in fund file: ${s.extraQuery.join(' ')}`);
  if (s.extraList.length > 0) parts.push(`only in list: ${s.extraList.join(' ')}`);
  parts.push(...notes);
  if (penalties.length > 0) parts.push(`penalties: ${penalties.join('; ')}`);
  return parts.join('; ');
}
