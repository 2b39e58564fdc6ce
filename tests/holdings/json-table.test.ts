import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { looksLikeJson } from '../../src/holdings/formats/json-table.js';
import { repoRoot, runCli } from '../helpers/cli.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { readAll } from './read-all.js';

const dir = useTempDir('fundscreen-json-');
const file = async (name: string, text: string): Promise<string> => {
  const p = path.join(dir, name);
  await writeFile(p, text);
  return p;
};

// A data endpoint's answer (written for this test): the fund's fields, then its records under a key.
const DOCUMENT = JSON.stringify({
  fundName: 'Example China Fund',
  asOfDate: '2025-10-31',
  data: {
    holdings: [
      { name: 'HOSHINE SILICON INDUSTRY CO LTD-A', ticker: '603260', exchange: 'XSHG', marketValue: 45000.5, weight: 0.12, shares: 1000 },
      { name: 'Apple Inc.', ticker: 'AAPL', marketValue: 9000000, weight: 5 },
      null,
      { name: 'Total', marketValue: 9045000.5, weight: 5.12 },
    ],
  },
}, null, 2);

describe('JSON holdings (json-table)', () => {
  it('is recognised by its first character opening an array of records or an object', () => {
    expect(looksLikeJson(Buffer.from('\ufeff  [ {"name": "x"} ]'))).toBe(true);
    expect(looksLikeJson(Buffer.from('{"holdings": []}'))).toBe(true);
    expect(looksLikeJson(Buffer.from('[Fund holdings]\nName,Ticker'))).toBe(false);
    expect(looksLikeJson(Buffer.from('Name,Ticker'))).toBe(false);
  });

  it('reads the array of records under a key: keys as header words, the fields beside it as preamble, nulls skipped with a reason, totals excluded', async () => {
    const { meta, positions, excluded, skipped } = await readAll(await file('fund.json', DOCUMENT));
    expect(meta).toMatchObject({ format: 'json-table', fund: 'Example China Fund', asOf: '2025-10-31' });
    expect(meta.columns).toMatchObject({ issuer: 'name', ticker: 'ticker', marketValue: 'market Value', weightPct: 'weight' });
    expect(meta.warnings).toContain('JSON: 4 records under "data.holdings"; lines are their places in the array after the header\'s line 1 (record 1 is line 2)');
    expect(positions.map((p) => [p.line, p.issuer, p.ids.ticker, p.weightPct])).toEqual([
      [2, 'HOSHINE SILICON INDUSTRY CO LTD-A', '603260', 0.12],
      [3, 'Apple Inc.', 'AAPL', 5],
    ]);
    expect(skipped.map((s) => s.line)).toEqual([4]);
    expect(excluded.map((e) => e.line)).toEqual([5]);
  });

  it('counts every item: one that is no record, or an empty one, is skipped with its reason and its text searched; one record alone is a table of one row', async () => {
    const { positions, skipped } = await readAll(await file('items.json', '[{"name": "APPLE INC"}, "HOSHINE SILICON INDUSTRY CO LTD", {}, {"name": null}, null]'));
    expect(positions.map((p) => [p.line, p.issuer])).toEqual([[2, 'APPLE INC']]);
    expect(skipped.map((s) => [s.line, s.reason])).toEqual([[3, 'not a record: a JSON string'], [4, 'an empty record'], [5, 'an empty record'], [6, 'not a record: null']]);
    expect(skipped[0]!.text).toBe('"HOSHINE SILICON INDUSTRY CO LTD"');
    // A broken line of JSON Lines is a row skipped with its text (searched), not the end of the file.
    const broken = await readAll(await file('broken.jsonl', '{"name": "APPLE INC"}\n{"name": "HOSHINE SILICON INDUSTRY CO LTD", "ticker": 603260,}\n{"name": "ACME"}\n'));
    expect(broken.positions.map((p) => [p.line, p.issuer])).toEqual([[2, 'APPLE INC'], [4, 'ACME']]);
    expect(broken.skipped.map((s) => [s.line, s.reason, s.text])).toEqual([[3, 'not valid JSON', '{"name": "HOSHINE SILICON INDUSTRY CO LTD", "ticker": 603260,}']]);
    const one = await readAll(await file('one.jsonl', '{"name": "APPLE INC", "ticker": "AAPL"}\n'));
    expect(one.positions.map((p) => [p.line, p.issuer, p.ids.ticker])).toEqual([[2, 'APPLE INC', 'AAPL']]);
  });

  it('reads every array of holdings, each a fund of its own named by its key; not an array of names only', async () => {
    const doc = JSON.stringify({
      fund: 'Example Fund',
      equity: [{ name: 'TENCENT HOLDINGS LTD', weight: 5 }, { name: 'MEITUAN', weight: 3 }],
      fixedIncome: [{ name: 'HOSHINE SILICON INDUSTRY CO LTD 3% 2027', weight: 1 }],
      managers: [{ name: 'A. Person' }],
    });
    const { positions, meta } = await readAll(await file('parts.json', doc));
    expect(positions.map((p) => [p.line, p.issuer, p.fund])).toEqual([
      [2, 'TENCENT HOLDINGS LTD', 'Example Fund'], [3, 'MEITUAN', 'Example Fund'], [2, 'HOSHINE SILICON INDUSTRY CO LTD 3% 2027', 'Example Fund (array fixedIncome)'],
    ]);
    expect(meta.warnings[0]).toBe('JSON: 2 records under "equity", 1 records under "fixedIncome", 1 records under "managers"; lines are their places in their array after the header\'s line 1 (record 1 is line 2)');
  });

  it('an amount nested with its currency ({"amount": ..., "currency": "CNY"}) is read in that currency', async () => {
    const doc = JSON.stringify({ holdings: [
      { name: 'HOSHINE SILICON INDUSTRY CO LTD A', marketValue: { amount: '1000', currency: 'CNY' } },
      { name: 'APPLE INC', marketValue: { value: 2000, currencyCode: 'USD' } },
    ] });
    const { positions } = await readAll(await file('money.json', doc));
    expect(positions.map((p) => p.value)).toEqual([{ amount: 1000, currency: 'CNY' }, { amount: 2000, currency: 'USD' }]);
  });

  it('reads JSON Lines, and nested fields as columns of their own', async () => {
    const lines = [
      { security: { name: 'HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO LTD', isin: 'CNE100000PM8' }, value: '1,234.50' },
      { security: { name: 'APPLE INC', isin: 'US0378331005' }, value: '99.00' },
    ].map((r) => JSON.stringify(r)).join('\n');
    const { meta, positions } = await readAll(await file('rows.jsonl', `${lines}\n`));
    expect(meta.columns).toMatchObject({ issuer: 'security.name', isin: 'security.isin', marketValue: 'value' });
    expect(positions.map((p) => [p.issuer, p.ids.isin])).toEqual([['HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO LTD', 'CNE100000PM8'], ['APPLE INC', 'US0378331005']]);
  });

  it('fundscreen screen flags the listed record; broken JSON names its line; its own reports and lists are no holdings', async () => {
    const r = await runCli(['screen', await file('fund2.json', DOCUMENT), '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.funds[0].format).toBe('json-table');
    expect(report.findings.map((f: { line: number; tier: string }) => [f.line, f.tier])).toEqual([[2, 'confirmed']]);

    const own = await file('report.json', r.stdout);
    const cases: [string, RegExp][] = [
      [await file('broken.json', '{"holdings": [\n  {"name": "A"},\n  {"name": }\n]}'), /broken\.json:3: not valid JSON/],
      [own, /a fundscreen report .*, not holdings/],
      // ... and its CSV and HTML reports.
      [await file('report.csv', (await runCli(['screen', await file('fund3.json', DOCUMENT), '--format', 'csv'])).stdout), /a fundscreen CSV report, not holdings/],
      [await file('report.html', (await runCli(['screen', await file('fund4.json', DOCUMENT), '--format', 'html'])).stdout), /a fundscreen HTML report, not holdings/],
      [path.join(repoRoot, 'lists', 'xinjiang.json'), /a list file \(give it with --list\), not holdings/],
      [await file('scalars.json', '{"aaData": [["AAPL", "APPLE INC"]]}'), /JSON without an array of records/],
      [await file('wide.json', JSON.stringify(Array.from({ length: 2_000 }, (_, i) => ({ [`field${i}`]: 'x' })))), /more than 1000 distinct fields/],
      [await file('deep.json', `[{"a": ${'['.repeat(100_000)}${']'.repeat(100_000)}}]`), /deep\.json:1: JSON nested deeper than 64 levels/],
    ];
    for (const [input, message] of cases) {
      const bad = await runCli(['screen', input]);
      expect(bad.code).toBe(3);
      expect(bad.stderr).toMatch(message);
      expect(bad.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
