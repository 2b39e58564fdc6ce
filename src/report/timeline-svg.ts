/**
 * One timeline as inline SVG (no script, no external resource, like the exposure chart): shares
 * held at each as-of date, directly (solid line) and through other funds (dashed), one mark per
 * date with its figures in a tooltip. Falls back to value in one currency when shares are unknown.
 */
import type { Timeline, TimelinePoint } from '../screen/result.js';
import { formatCompact, formatMoneys, formatShares } from './numbers.js';
import { htmlEscape as esc } from './sanitize.js';

interface Series {
  cls: string;
  label: string;
  values: (number | null)[];
}

function series(t: Timeline): { unit: string; lines: Series[] } {
  const pts = t.points;
  const indirect = pts.some((p) => p.indirectPaths > 0);
  const byShares = pts.every((p) => p.shares !== null && (!indirect || p.indirectShares !== null || p.indirectPaths === 0));
  const value = (ms: TimelinePoint['amounts']) => (ms.length === 1 ? ms[0].amount : ms.length === 0 ? 0 : null);
  const direct: Series = { cls: 'direct', label: 'held', values: pts.map((p) => (byShares ? p.shares : value(p.amounts))) };
  const through: Series = { cls: 'indirect', label: 'through funds', values: pts.map((p) => (byShares ? (p.indirectPaths > 0 ? p.indirectShares : 0) : value(p.indirectAmounts))) };
  const currency = pts.flatMap((p) => [...p.amounts, ...p.indirectAmounts]).find((m) => m.currency)?.currency;
  return { unit: byShares ? 'shares' : `value${currency ? ` (${currency})` : ''}`, lines: indirect ? [direct, through] : [direct] };
}

export function timelineSvg(t: Timeline, id: string): string {
  const { unit, lines } = series(t);
  const w = 640;
  const h = 200;
  const left = 70;
  const right = 20;
  const top = 16;
  const bottom = 40;
  const n = t.points.length;
  const max = Math.max(0, ...lines.flatMap((l) => l.values.filter((v): v is number => v !== null)));
  const x = (i: number) => (n === 1 ? left + (w - left - right) / 2 : left + (i * (w - left - right)) / (n - 1));
  const y = (v: number) => top + (h - top - bottom) * (max > 0 ? 1 - v / max : 1);
  const out: string[] = [
    `<svg id="${esc(id)}" class="timeline" role="img" aria-label="${esc(`${t.entity.name}: ${unit} by as-of date`)}" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" xmlns="http://www.w3.org/2000/svg">`,
    `<line class="axis" x1="${left}" y1="${h - bottom}" x2="${w - right}" y2="${h - bottom}"/>`,
    `<text x="${left - 6}" y="${top + 4}" text-anchor="end">${esc(formatCompact(max))}</text>`,
    `<text x="${left - 6}" y="${h - bottom}" text-anchor="end">0</text>`,
  ];
  for (const line of lines) {
    const pts = line.values.map((v, i) => (v === null ? null : `${x(i).toFixed(1)},${y(v).toFixed(1)}`)).filter((p): p is string => p !== null);
    if (pts.length > 1) out.push(`<polyline class="line ${line.cls}" points="${pts.join(' ')}"/>`);
  }
  t.points.forEach((p, i) => {
    const tip = [
      `${p.asOf}: ${p.shares === null ? '-' : formatShares(p.shares)} shares held${p.amounts.length ? `, ${formatMoneys(p.amounts)}` : ''}`,
      ...(p.indirectPaths > 0 ? [`through funds: ${p.indirectShares === null ? '-' : formatShares(p.indirectShares)} shares${p.indirectAmounts.length ? `, ${formatMoneys(p.indirectAmounts)}` : ''}`] : []),
      ...p.timing.map((x) => x.text),
    ].join('\n');
    out.push(`<g><title>${esc(tip)}</title>`);
    for (const line of lines) {
      const v = line.values[i];
      if (v !== null) out.push(`<circle class="dot ${line.cls}" cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="4"/>`);
    }
    out.push(`<text x="${x(i).toFixed(1)}" y="${h - bottom + 16}" text-anchor="middle">${esc(p.asOf)}</text></g>`);
  });
  const legend = lines.map((l, k) => `<text class="${l.cls}" x="${left + k * 160}" y="${h - 6}">${k === 0 ? '— ' : '- - '}${esc(l.label)} (${esc(unit)})</text>`);
  out.push(...legend, '</svg>');
  return out.join('\n');
}
