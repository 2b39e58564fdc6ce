import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { formatAmount, generateIshares, HEADER, HEADER_LINE, PLANTED_LINES } from '../../bench/gen-ishares.js';
import { Prng } from '../../bench/prng.js';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'gen-ishares-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
function gen(rows: number, seed: number, extra: { issuers?: number; issuerSeed?: number; avoidTickers?: string[] } = {}) {
  const path = join(dir, `f${n++}.csv`);
  const manifest = generateIshares({ path, rows, seed, ...extra });
  return { path, manifest, text: readFileSync(path, 'utf8') };
}

/** Data rows: the lines after the header, up to the NBSP line that opens the footer. */
function dataLines(text: string): string[] {
  const lines = text.split('\n');
  const end = lines.indexOf('\u00a0', HEADER_LINE);
  return lines.slice(HEADER_LINE, end);
}

describe('Prng', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const seq = (seed: number) => Array.from({ length: 8 }, ((r) => () => r.u32())(new Prng(seed)));
    expect(seq(42)).toEqual(seq(42));
    expect(seq(42)).not.toEqual(seq(43));
  });
});

describe('formatAmount', () => {
  it('writes iShares-style amounts: thousands separators, two decimals, minus sign', () => {
    expect(formatAmount(1234567.891)).toBe('1,234,567.89');
    expect(formatAmount(-99211485.31)).toBe('-99,211,485.31');
    expect(formatAmount(999.999)).toBe('1,000.00');
    expect(formatAmount(0.07)).toBe('0.07');
    expect(formatAmount(100)).toBe('100.00');
  });
});

describe('generateIshares', () => {
  it('gives byte-identical files for the same seed, different files for another seed', () => {
    const a = gen(3000, 5);
    const b = gen(3000, 5);
    const c = gen(3000, 6);
    expect(b.text).toBe(a.text);
    expect(b.manifest.sha256).toBe(a.manifest.sha256);
    expect(c.manifest.sha256).not.toBe(a.manifest.sha256);
  });

  it('writes the pristine 2025 layout: BOM, preamble, NBSP line, header, quoted cells, multi-line footer', () => {
    const { text, manifest } = gen(2000, 1);
    const lines = text.split('\n');
    expect(text.startsWith('\ufeffiShares ')).toBe(true);
    expect(lines[1]).toBe('Fund Holdings as of,"Jan 17, 2025"');
    expect(lines[HEADER_LINE - 2]).toBe('\u00a0');
    expect(lines[HEADER_LINE - 1]).toBe(HEADER);
    const rows = dataLines(text);
    expect(rows).toHaveLength(manifest.rows);
    for (const r of rows) expect(r).toMatch(/^"[^"]*"(,"[^"]*"){14}$/);
    // The footer is one quoted field over several physical lines, and the file ends inside it.
    const records = parse(text.slice(text.indexOf(HEADER)), { relax_column_count: true }) as string[][];
    expect(records).toHaveLength(1 + manifest.rows + 2);
    expect(records.at(-1)![0].split('\n').length).toBeGreaterThan(3);
    expect(text.endsWith('"')).toBe(true);
  });

  it('plants the real listed-company lines at the lines its manifest gives', () => {
    const { text, manifest } = gen(4000, 2);
    const lines = text.split('\n');
    expect(manifest.planted.map((p) => p.issuer).sort()).toEqual(PLANTED_LINES.map((p) => p.issuer).sort());
    for (const p of manifest.planted) {
      expect(lines[p.line - 1]).toBe(PLANTED_LINES.find((x) => x.issuer === p.issuer)!.line);
    }
  });

  it('uses the requested number of distinct issuers, names cut at 34 characters, plus cash and futures rows', () => {
    const { text, manifest } = gen(6000, 3, { issuers: 400 });
    const rows = (parse(dataLines(text).join('\n')) as string[][]);
    const equity = rows.filter((r) => r[3] === 'Equity');
    const names = new Set(equity.map((r) => r[1]));
    // 400 synthetic names plus the 4 planted ones; with 6,000 draws every name shows up.
    expect(names.size).toBe(400 + PLANTED_LINES.length);
    expect(manifest.distinctIssuers).toBe(400);
    expect(Math.max(...[...names].map((s) => s.length))).toBeLessThanOrEqual(34);
    const other = rows.filter((r) => r[3] !== 'Equity');
    expect(other.length).toBe(manifest.nonIssuerRows);
    expect(new Set(other.map((r) => r[3]))).toEqual(new Set(['Cash', 'Money Market', 'Futures']));
  });

  it('draws different funds from one issuer universe when they share an issuer seed', () => {
    const names = (text: string) => new Set((parse(dataLines(text).join('\n')) as string[][]).filter((r) => r[3] === 'Equity').map((r) => r[1]));
    const a = gen(3000, 21, { issuers: 200, issuerSeed: 5 });
    const b = gen(3000, 22, { issuers: 200, issuerSeed: 5 });
    const c = gen(3000, 23, { issuers: 200 });
    expect(b.text).not.toBe(a.text);
    expect(names(b.text)).toEqual(names(a.text));
    const shared = [...names(c.text)].filter((n) => names(a.text).has(n));
    expect(shared.length).toBe(PLANTED_LINES.length);
  });

  it('never gives a synthetic issuer a ticker it was told to avoid', () => {
    const tickerCounts = (text: string) => {
      const counts = new Map<string, number>();
      for (const l of dataLines(text)) {
        const t = l.slice(1, l.indexOf('"', 1));
        if (/^\d{6}$/.test(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
      }
      return counts;
    };
    const planted = new Set(PLANTED_LINES.map((p) => p.ticker));
    const first = tickerCounts(gen(3000, 9, { issuers: 300 }).text);
    const common = [...first.entries()].filter(([t]) => !planted.has(t)).sort((a, b) => b[1] - a[1])[0][0];
    const again = tickerCounts(gen(3000, 9, { issuers: 300, avoidTickers: [common] }).text);
    expect(again.has(common)).toBe(false);
    for (const t of planted) expect(again.get(t) ?? 0).toBe(1);
  });

  it('is read by fundscreen as an iShares US file: every row accounted, the planted lines flagged', async () => {
    const { path, manifest } = gen(3000, 4);
    const r = await runCli(['screen', path, '--format', 'json', '--quiet']);
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.funds).toHaveLength(1);
    expect(report.funds[0].format).toBe('ishares-us');
    expect(report.funds[0].rows.read).toBe(manifest.rows);
    expect(report.funds[0].rows.excluded).toBe(manifest.nonIssuerRows);
    const flagged = new Set(report.findings.map((f: { line: number }) => f.line));
    for (const p of manifest.planted) expect(flagged.has(p.line), `${p.issuer} at line ${p.line}`).toBe(true);
  });
});
