/**
 * Issue 13 item 3, through the CLI: a malformed row is screened, not dropped. Each fixture in
 * fixtures/holdings/malformed/ has one bad row naming a listed company (Hoshine Silicon in the
 * iShares files, Hikvision in the Vanguard and generic ones), in one shape: extra trailing cells,
 * an extra empty cell, a name cut by an unquoted delimiter, a short row (ticker and name), a stray
 * quote, an unclosed quote with rows after it, a line of garbage holding a listed ISIN (Hikvision's).
 * Every one is reported at its line; the counts add up; a salvaged row warns naming file and
 * line; --strict fails on any salvaged or skipped row.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';
import { expectAccounting, expectOneInputError, screenJson, type JsonReport } from './expect-cli.js';

const dir = path.join('fixtures', 'holdings', 'malformed');
const at = (name: string) => path.join(dir, name);

type Shape = 'extra-trailing-cells' | 'extra-empty-cells' | 'name-split' | 'short-row' | 'stray-quote' | 'unclosed-quote' | 'garbage-isin';
const SHAPES: Shape[] = ['extra-trailing-cells', 'extra-empty-cells', 'name-split', 'short-row', 'stray-quote', 'unclosed-quote', 'garbage-isin'];
const LAYOUTS = [
  { layout: 'ishares', line: 13, entity: 'hoshine-silicon', format: 'ishares-us' },
  { layout: 'vanguard', line: 11, entity: 'hikvision', format: 'vanguard' },
  { layout: 'generic', line: 4, entity: 'hikvision', format: 'generic-csv' },
] as const;
// The garbage line holds Hikvision's ISIN (the list has no ISIN for Hoshine).
const CASES = LAYOUTS.flatMap((l) =>
  SHAPES.map((shape) => ({ ...l, entity: shape === 'garbage-isin' ? 'hikvision' : l.entity, shape, file: at(`${l.layout}-${shape}.csv`) })),
);

interface FullReport extends JsonReport {
  salvaged: Array<{ source: string; line: number; reason: string }>;
  findings: Array<JsonReport['findings'][number] & { tier: string; match: { method: string; explanation: string } }>;
}

describe('every malformed-row shape, in iShares, Vanguard and generic layouts: the listed company on the bad row is reported', () => {
  let report: FullReport;
  let code: number | null;
  beforeAll(async () => {
    const run = await screenJson(CASES.map((c) => c.file), { cwd: repoRoot });
    report = run.report as FullReport;
    code = run.r.code;
  }, 60_000);

  it('the run flags (exit 1) and every row is accounted for: read = screened + excluded + skipped', () => {
    expect(code).toBe(1);
    expectAccounting(report);
    for (const c of CASES) expect(report.funds.find((f) => f.source === c.file)?.format, c.file).toBe(c.format);
  });

  it.each(CASES)('$file: $entity at line $line', (c) => {
    const found = report.findings.filter((f) => f.source === c.file && f.line === c.line && f.entity.id === c.entity);
    expect(found, JSON.stringify(report.findings.filter((f) => f.source === c.file))).toHaveLength(1);
    const [f] = found;
    const salvaged = report.salvaged.filter((s) => s.source === c.file);
    const skipped = report.skipped.filter((s) => s.source === c.file);
    if (c.shape === 'garbage-isin') {
      // Nothing to map: skipped with its reason, and its raw text still names the company.
      expect(skipped.map((s) => s.line)).toEqual([c.line]);
      expect(f).toMatchObject({ tier: 'review', match: { method: 'raw-line' } });
      expect(f.match.explanation).toContain(`line ${c.line} skipped (ragged row: 1 fields`);
      expect(f.match.explanation).toContain('ISIN CNE100000PM8');
    } else {
      expect(skipped).toEqual([]);
      expect(f.match.method).not.toBe('raw-line');
      expect(f.tier).toBe('confirmed');
      if (c.shape === 'stray-quote' && c.layout === 'generic') {
        // A quote inside an unquoted name is text already (spreadsheet rule): not even a repair.
        expect(salvaged).toEqual([]);
      } else {
        expect(salvaged.map((s) => s.line)).toEqual([c.line]);
        // JSON warnings name the file by its display name (its base name), never a local path.
        expect(report.warnings).toContain(`${path.basename(c.file)}: line ${c.line}: row salvaged and screened: ${salvaged[0].reason}`);
      }
    }
  });

  it('what was repaired, per shape (iShares)', () => {
    const reason = (shape: Shape) => report.salvaged.find((s) => s.source === at(`ishares-${shape}.csv`))?.reason;
    expect(reason('extra-trailing-cells')).toBe(`2 extra cell(s) after the header's 15 columns ignored ("Hoshine", "Silicon")`);
    expect(reason('extra-empty-cells')).toBe('1 empty cell(s) at column 3 removed');
    expect(reason('name-split')).toBe('2 cells at column 2 re-joined (an unquoted delimiter inside "HOSHINE SILICON INDUSTRY, LTD A")');
    expect(reason('short-row')).toBe('short row: 2 of 15 columns, the missing ones read as empty');
    expect(reason('stray-quote')).toMatch(/^quotes re-read/);
    expect(reason('unclosed-quote')).toMatch(/^quotes re-read/);
  });

  it('the row after an unclosed quote is read on its own (iFlytek in the iShares file, Ping An in Vanguard)', () => {
    expect(report.findings.filter((f) => f.source === at('ishares-unclosed-quote.csv')).map((f) => [f.line, f.entity.id])).toEqual([[13, 'hoshine-silicon'], [14, 'iflytek']]);
    expect(report.funds.find((f) => f.source === at('vanguard-unclosed-quote.csv'))?.rows).toEqual({ read: 6, screened: 6, excluded: 0, skipped: 0 });
  });
});

describe('--strict: a salvaged row is an input error (exit 3) naming file and line', () => {
  it.each([
    [at('ishares-short-row.csv'), 13, /^1 malformed row\(s\) salvaged \(--strict\); first: short row: 2 of 15 columns/],
    [at('generic-garbage-isin.csv'), 4, /^1 row\(s\) skipped \(--strict\); first: ragged row: 1 fields/],
  ])('%s', async (file, line, message) => {
    const r = await runCli(['screen', file, '--strict', '--quiet']);
    expect(r.code).toBe(3);
    expectOneInputError(r, file, message, line);
  });
});
