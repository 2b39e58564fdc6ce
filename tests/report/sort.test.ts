/**
 * --sort: one order for the findings in every format. value: largest first within a currency;
 * weight: largest first, a bound ('<0.01') just under its figure; tier: confirmed first; entity:
 * by name; source (the default): by file, then line. The table orders funds and entity groups by
 * their first finding in that order.
 */
import { describe, expect, it } from 'vitest';
import { FINDING_SORTS, renderReport, type FindingSort } from '../../src/report/index.js';
import { findingOrder } from '../../src/report/model.js';
import type { Finding } from '../../src/screen/result.js';
import { runCli } from '../helpers/cli.js';
import { sampleResult, withExposure } from './sample-result.js';

const opts = (sort?: FindingSort) => ({ color: false, width: 100, showSuppressed: false, ...(sort ? { sort } : {}) });
interface F { source: string; line: number; issuer: string; marketValue: number | null; weightPct: number | null; weightBound?: string; tier: string; entity: { name: string } }
const jsonFindings = (sort?: FindingSort): F[] => JSON.parse(renderReport(sampleResult(), 'json', opts(sort))).findings;
const isSorted = <T>(xs: T[], cmp: (a: T, b: T) => number) => xs.every((x, i) => i === 0 || cmp(xs[i - 1], x) <= 0);

describe('--sort', () => {
  it('value: largest market value first (one currency here); every finding kept', () => {
    const fs = jsonFindings('value');
    expect(fs.length).toBe(jsonFindings().length);
    expect(isSorted(fs, (a, b) => b.marketValue! - a.marketValue!)).toBe(true);
    expect(fs[0].marketValue).toBe(Math.max(...fs.map((f) => f.marketValue!)));
    expect(fs.map((f) => f.marketValue)).not.toEqual(jsonFindings().map((f) => f.marketValue));
  });

  it('weight: figures largest first, a bound "<0.01" after 0.01, none last', () => {
    const fs = jsonFindings('weight');
    const w = (f: F) => f.weightPct ?? (f.weightBound ? Number(f.weightBound.replace(/^[<>]=?/, '')) - 1e-9 : -Infinity);
    expect(isSorted(fs, (a, b) => w(b) - w(a))).toBe(true);
    expect(fs.some((f) => f.weightBound === '<0.01')).toBe(true);
    const firstBound = fs.findIndex((f) => f.weightBound !== undefined);
    expect(fs.slice(0, firstBound).every((f) => f.weightPct !== null && f.weightPct >= 0.01)).toBe(true);
  });

  it('tier: confirmed, then probable, then review; entity: by name; source: file then line (the default)', () => {
    const rank = { confirmed: 0, probable: 1, review: 2 } as Record<string, number>;
    expect(isSorted(jsonFindings('tier'), (a, b) => rank[a.tier] - rank[b.tier])).toBe(true);
    expect(isSorted(jsonFindings('entity'), (a, b) => a.entity.name.localeCompare(b.entity.name, 'en'))).toBe(true);
    expect(jsonFindings('source')).toEqual(jsonFindings());
  });

  it('is total and does not depend on the input order, for every key', () => {
    const base = sampleResult();
    for (const sort of FINDING_SORTS) {
      const reversed = withExposure({ ...base, findings: [...base.findings].reverse() });
      // Machine formats keep the result's order for 'source' (screen() sorts it so); the others re-sort.
      for (const format of sort === 'source' ? (['markdown', 'table'] as const) : (['json', 'csv', 'markdown', 'table'] as const)) {
        expect(renderReport(reversed, format, opts(sort)), `${sort} ${format}`).toBe(renderReport(base, format, opts(sort)));
      }
      const order = findingOrder(sort);
      const fs: Finding[] = [...base.findings].sort(order);
      expect(fs.every((f, i) => i === 0 || order(fs[i - 1], f) < 0), sort).toBe(true);
    }
  });

  it('csv, markdown and the table list findings in the same order as json', () => {
    const issuers = jsonFindings('value').map((f) => f.issuer);
    const csv = renderReport(sampleResult(), 'csv', opts('value'));
    const md = renderReport(sampleResult(), 'markdown', opts('value'));
    const at = (text: string) => issuers.map((i) => text.indexOf(i));
    expect(isSorted(at(csv), (a, b) => a - b)).toBe(true);
    const findingsPart = md.slice(md.indexOf('## Findings'));
    expect(isSorted(at(findingsPart), (a, b) => a - b)).toBe(true);
    // The table: the fund with the largest finding comes first, its largest finding first.
    const table = renderReport(sampleResult(), 'table', opts('value'));
    const top = jsonFindings('value')[0];
    const firstRow = table.split('\n').find((l) => /^\s+(confirmed|probable|review)\s+\d+/.test(l))!;
    expect(firstRow).toContain(String(top.line));
  });

  it('the CLI: --sort value is accepted, an unknown key is exit 2 naming the choices', async () => {
    const bad = await runCli(['screen', 'fixtures/holdings/generic/synonyms.csv', '--sort', 'size']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--sort.*size.*source, value, weight, tier, entity/);
    const ok = await runCli(['screen', 'fixtures/holdings/generic/synonyms.csv', '--sort', 'value', '--format', 'json', '--quiet']);
    expect(ok.code).toBe(1);
  });
});
