/**
 * Vanguard "Holdings details" export (FORMATS.md §2): a title, the fund line, then sections
 * (Equity / Fixed income / Short-term reserves) each opened by `Name,as of MM/DD/YYYY` and its own
 * header. The first column is always empty. Bonds are screened (their issuer is exposure);
 * short-term reserves without SEDOL or ticker, or named as cash / liquidity vehicles, are excluded.
 */
import { exclusionReason, totalLineReason } from '../exclusions.js';
import type { Preamble, RowView, Section, TextLayout } from '../layout.js';
import { cleanText, parseDate } from '../values.js';

const SECTION_TITLE = /^as of\s+(.+)$/i;
const CASH_LIKE = /\b(?:cash|liquidity|money market|repurchase|repo)\b/i;

function section(cells: string[]): Section | null {
  const filled = cells.map((c) => cleanText(c)).filter((c) => c.length > 0);
  if (filled.length !== 2) return null;
  const m = filled[1].match(SECTION_TITLE);
  return m ? { name: filled[0], asOf: parseDate(m[1]) } : null;
}

function preamble(lines: string[][]): Preamble {
  let fund: string | null = null;
  let asOf: string | null = null;
  for (const cells of lines) {
    const sec = section(cells);
    if (sec) {
      asOf ??= sec.asOf;
      continue;
    }
    const filled = cells.map((c) => cleanText(c)).filter((c) => c.length > 0);
    if (filled.length === 1 && !/^holdings details$/i.test(filled[0])) fund ??= filled[0];
  }
  return { fund, asOf };
}

function exclude(row: RowView): string | null {
  const generic = exclusionReason(null, row.get('issuer'));
  if (generic) return generic;
  if (row.section && /short-term reserves/i.test(row.section)) {
    const issuer = row.get('issuer') ?? '';
    if ((row.get('sedol') === null && row.get('ticker') === null) || CASH_LIKE.test(issuer)) {
      return 'short-term reserve (cash / money market)';
    }
  }
  return totalLineReason(row);
}

export const vanguard: TextLayout = {
  id: 'vanguard',
  detect: (h, pre) =>
    h[0] === '' && h.includes('holdings') && (h.includes('%offunds') || h.includes('sedol')) ||
    pre.some((cells) => /^holdings details$/i.test(cleanText(cells[0]))) && h.includes('holdings'),
  synonyms: { issuer: ['holdings'], weightPct: ['%offunds'], shares: ['shares', 'faceamount'] },
  preamble,
  section,
  exclude,
  // advisors.vanguard.com exports are US-dollar funds: "$31,271,687.03".
  dollar: 'USD',
};
