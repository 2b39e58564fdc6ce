/**
 * The history sections of the human reports: per fund family and per fund, each listed entity's
 * shares and value at every as-of date, held directly and through other funds (look-through),
 * and how the date relates to the entity's listings. Plain-text tables (see look-through-view.ts);
 * html.ts also draws each timeline (timeline-svg.ts).
 */
import type { History, Timeline } from '../screen/result.js';
import type { Money } from '../reference/money.js';
import type { TextTable } from './look-through-view.js';
import { formatMoneys, formatShares } from './numbers.js';

const moneys = (ms: readonly Money[]) => (ms.length === 0 ? '-' : formatMoneys(ms));
const shares = (n: number | null) => (n === null ? '-' : formatShares(n));

export function timelineTitle(t: Timeline): string {
  return t.fund === null ? `${t.family} (${t.funds} fund${t.funds === 1 ? '' : 's'}): ${t.entity.name}` : `${t.fund}${t.family ? ` (${t.family})` : ''}: ${t.entity.name}`;
}

function rows(timelines: readonly Timeline[]): string[][] {
  return timelines.flatMap((t) =>
    t.points.map((p) => [
      t.fund ?? t.family ?? '-',
      t.entity.name,
      p.asOf,
      shares(p.shares),
      moneys(p.amounts),
      p.indirectPaths > 0 ? shares(p.indirectShares) : '-',
      p.indirectPaths > 0 ? moneys(p.indirectAmounts) : '-',
      p.timing.length > 0 ? p.timing.map((x) => x.text).join('; ') : 'not held',
    ]),
  );
}

const HEADER = ['Holder', 'Entity', 'As of', 'Shares', 'Value', 'Shares through funds', 'Value through funds', 'Against the listings'];
const NUMERIC = [false, false, false, true, true, true, true, false];

export function historyTables(h: History): TextTable[] {
  const out: TextTable[] = [];
  if (h.families.length > 0) {
    out.push({
      id: 'history-families',
      title: 'History by fund family',
      note: `As of ${h.dates.join(', ')}. Shares and value summed over the family's funds; "through funds" is look-through exposure, shown apart (through a fund of the same family it is also in that fund's own figure).`,
      header: ['Family', ...HEADER.slice(1)],
      rows: rows(h.families),
      numeric: NUMERIC,
    });
  }
  out.push({
    id: 'history-funds',
    title: 'History by fund',
    note: 'A date the fund was screened without the entity shows 0 (sold or not held); a date it was not screened has no row.',
    header: ['Fund', ...HEADER.slice(1)],
    rows: rows(h.funds),
    numeric: NUMERIC,
  });
  return out;
}
