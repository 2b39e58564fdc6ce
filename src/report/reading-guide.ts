/**
 * "How to read this report": what a tier, a relation and each official list mean, written once
 * for the markdown and HTML reports. The list meanings are those of lists/README.md's table (a
 * test keeps the two in step); the coverage of each list used is rendered from the list's own
 * data under "Lists used", never from text here.
 */
import type { RelationKind, Tier } from '../match/types.js';
import type { Finding } from '../screen/result.js';

export const TIER_MEANINGS: Record<Tier, string> = {
  confirmed:
    'the holding carries an identifier of the listed entity (ISIN, CUSIP, SEDOL, LEI, FIGI, or a ticker on its own market) or its exact name after normalisation',
  probable: 'a close name (a typo, a cut name) or a recorded parent or subsidiary of the listed entity',
  review: 'a weaker name match: worth a human look before it is published or acted on',
};

export const RELATION_MEANINGS: Record<RelationKind, string> = {
  direct: 'the issuer is the listed entity itself',
  parent: 'the issuer is the listed entity\'s recorded parent, not the entity itself',
  subsidiary: 'the issuer is a recorded subsidiary of the listed entity',
  affiliate: 'the issuer is a recorded affiliate of the listed entity',
};

/** Official list name (as in `listing.list`) -> what being on it means (lists/README.md). */
export const LIST_MEANINGS: Record<string, string> = {
  'UFLPA Entity List':
    'Goods made wholly or in part by a listed entity are presumed made with forced labour and barred from US import unless the importer rebuts the presumption with clear and convincing evidence.',
  'BIS Entity List':
    'Exporting, re-exporting or transferring items subject to the EAR to the entity needs a licence, generally refused. No investment ban by itself.',
  'OFAC SDN':
    'Blocking: US persons may not deal with the person or entity; its property in US jurisdiction is frozen, and entities 50 % owned by it are blocked too.',
  'OFAC NS-CMIC':
    'US persons may not buy publicly traded securities of the company (or derivatives of them) from the effective date; divestment was allowed for 365 days.',
  'CBP WRO':
    'Withhold Release Order: shipments of the named goods from the named producer are detained at the US border unless the importer proves no forced labour.',
};

export const READING_NOTES: readonly string[] = [
  'A finding says that a position in a fund matches a company on an official list, with the evidence for the match. A listing concerns that legal entity, not the fund, and not the issuer when the relation is parent, subsidiary or affiliate.',
  'Values and weights are as the fund file gives them, in the currency it states; amounts in different currencies are never added.',
  'A list covers what its file holds up to the date it is complete to: a company missing from the list is not cleared by this report (see the coverage under "Lists used").',
];

export interface ReadingGuide {
  notes: readonly string[];
  tiers: [Tier, string][];
  relations: [RelationKind, string][];
  /** The official lists the findings cite (all known ones when nothing is flagged); null: no description (a user's list). */
  lists: [string, string | null][];
}

export function readingGuide(findings: readonly Finding[]): ReadingGuide {
  const cited = [...new Set(findings.flatMap((f) => f.match.entity.listings.map((l) => l.list)))].sort();
  const lists = cited.length > 0 ? cited : Object.keys(LIST_MEANINGS);
  return {
    notes: READING_NOTES,
    tiers: Object.entries(TIER_MEANINGS) as [Tier, string][],
    relations: Object.entries(RELATION_MEANINGS) as [RelationKind, string][],
    lists: lists.map((l) => [l, LIST_MEANINGS[l] ?? null]),
  };
}
