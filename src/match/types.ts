import type { Identifiers } from '../holdings/position.js';
import type { ListEntity } from '../lists/schema.js';
import type { Evidence } from './evidence.js';

export type Tier = 'confirmed' | 'probable' | 'review';
export const TIERS: readonly Tier[] = ['confirmed', 'probable', 'review'];
/** Tier rank: higher is stronger. */
export const TIER_RANK: Record<Tier, number> = { review: 1, probable: 2, confirmed: 3 };

/** How the position relates to the listed entity: the position's issuer IS it, or is its parent... */
export type RelationKind = 'direct' | 'parent' | 'subsidiary' | 'affiliate';

/** `raw-line`: found in the raw text of a row that could not be read (always `review`). */
export type MatchMethod = 'isin' | 'cusip' | 'sedol' | 'lei' | 'figi' | 'uscc' | 'ticker' | 'name' | 'raw-line';

/** What the matcher is asked: one issuer as a holdings file writes it. */
export interface MatchQuery {
  issuer: string;
  title?: string | null;
  ids: Identifiers;
}

export interface Match {
  entity: ListEntity;
  /** Path of the list file the entity came from. */
  listPath: string;
  relation: RelationKind;
  tier: Tier;
  method: MatchMethod;
  /** 0..1 */
  score: number;
  /** The list name, alias or identifier value that matched. */
  alias: string;
  explanation: string;
  /** The rules that decided the match, in the order they applied (src/match/evidence.ts). */
  evidence: Evidence[];
  /** For parent/subsidiary/affiliate: where the link is documented. */
  relationSource?: string;
}

export interface Matcher {
  /**
   * All matches for one query, strongest first; at most one per entity. A query it cannot read
   * matches nothing; an internal error is thrown (a screening tool must never turn a bug into
   * "not flagged").
   */
  match(query: MatchQuery): Match[];
  /** Problems found in the lists while compiling (bad check digits, unknown exchanges, names that cannot match). */
  readonly warnings?: readonly string[];
  /**
   * Listed companies named in the raw text of a row that could not be read (identifiers by check
   * digit, tickers with their market, exact listed names): `review` matches, method `raw-line`.
   */
  searchRawText?(text: string): Match[];
}
