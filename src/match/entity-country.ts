/**
 * The country a listed entity belongs to, for the name-match country check. Lists imported from
 * official downloads rarely say it outright, but their identifiers do: the market of each ticker,
 * the ISIN's country prefix, a Unified Social Credit Code (issued only in mainland China). Only a
 * unanimous answer counts; anything mixed or unknown is undefined (no check rather than a wrong one).
 */
import type { ListEntity } from '../lists/schema.js';
import { micCountry } from '../reference/markets.js';

/**
 * Countries that stand for one Chinese company across its listings: the mainland, Hong Kong and
 * Macau, and the offshore places Chinese groups incorporate in (Cayman, Bermuda, BVI).
 */
export const CHINA_GROUP: ReadonlySet<string> = new Set(['CN', 'HK', 'MO', 'KY', 'BM', 'VG']);

export function entityCountry(e: ListEntity): string | undefined {
  if (e.country) return e.country.toUpperCase();
  const seen = new Set<string>();
  for (const id of e.identifiers) {
    if (id.type === 'ticker') {
      const c = id.country ?? (id.exchange ? micCountry(id.exchange) : undefined);
      if (c) seen.add(c.toUpperCase());
    } else if (id.type === 'isin' && /^[A-Z]{2}/.test(id.value) && !/^(XS|EU|QS)/.test(id.value)) {
      seen.add(id.value.slice(0, 2));
    } else if (id.type === 'uscc') {
      seen.add('CN');
    }
  }
  if (seen.size === 1) return [...seen][0];
  // Mainland, Hong Kong and offshore lines of one Chinese company (Zijin: 601899 and 2899).
  if (seen.size > 1 && [...seen].every((c) => CHINA_GROUP.has(c))) return 'CN';
  return undefined;
}
