import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { renderJson } from '../../src/report/json.js';
import { applyBaseline, loadBaseline, parseBaseline, securityKey } from '../../src/screen/baseline.js';
import type { Finding } from '../../src/screen/result.js';
import { sampleFindings, sampleResult } from '../report/sample-result.js';

/** The same holdings a month later: every row moved down the file. */
function shifted(findings: Finding[], by: number): Finding[] {
  return findings.map((f) => ({ ...f, position: { ...f.position, line: f.position.line + by } }));
}

function previousReport(findings: Finding[]) {
  return parseBaseline(renderJson(sampleResult(findings)), 'previous.json');
}

describe('applyBaseline', () => {
  it('marks findings of the previous report unchanged although their lines moved', () => {
    const { findings, resolved } = applyBaseline(shifted(sampleFindings(), 17), previousReport(sampleFindings()));
    expect(findings.every((f) => f.baseline === 'unchanged')).toBe(true);
    expect(resolved).toEqual([]);
  });

  it('marks what is not in the baseline new, and lists what is gone as resolved', () => {
    const all = sampleFindings();
    const before = all.filter((f) => f.match.entity.id !== 'iflytek');
    const now = all.filter((f) => f.match.entity.id !== 'hoshine-silicon');
    const { findings, resolved } = applyBaseline(now, previousReport(before));
    expect(findings.filter((f) => f.baseline === 'new').map((f) => f.position.line)).toEqual([919, 4898]);
    expect(resolved).toEqual([
      {
        source: 'ishares/EEM_holdings__ViktorLor_2025-01.csv',
        fund: 'iShares MSCI Emerging Markets ETF',
        entityId: 'hoshine-silicon',
        issuer: 'HOSHINE SILICON INDUSTRY LTD A',
        key: 'iShares MSCI Emerging Markets ETF | hoshine-silicon | ticker:603260@shanghai stock exchange',
      },
    ]);
  });

  it('keys on fund (or source), entity and the strongest security identifier', () => {
    expect(securityKey({ source: 's', fund: null, issuer: 'X', isin: 'cne1', cusip: 'c', ticker: 't' })).toBe('isin:CNE1');
    expect(securityKey({ source: 's', fund: null, issuer: 'X', cusip: 'c1', sedol: 's1' })).toBe('cusip:C1');
    expect(securityKey({ source: 's', fund: null, issuer: 'X', sedol: 'bd5cpq2', ticker: '002415' })).toBe('sedol:BD5CPQ2');
    expect(securityKey({ source: 's', fund: null, issuer: 'X', ticker: '603260', exchange: 'Shanghai Stock Exchange' })).toBe('ticker:603260@shanghai stock exchange');
    expect(securityKey({ source: 's', fund: null, issuer: '  Hoshine  Silicon, Ind. ' })).toBe('name:hoshine silicon ind');
    // The same holding in another fund is a different finding.
    const f = sampleFindings()[1];
    const elsewhere = { ...f, position: { ...f.position, fund: 'Another fund' } };
    expect(applyBaseline([elsewhere], previousReport([f])).findings[0].baseline).toBe('new');
  });

  it('falls back to the source path when the fund has no name', () => {
    const f = sampleFindings()[1];
    const unnamed = { ...f, position: { ...f.position, fund: null } };
    expect(applyBaseline([unnamed], previousReport([unnamed])).findings[0].baseline).toBe('unchanged');
  });

  it('pairs duplicates one to one', () => {
    const f = sampleFindings()[1];
    const twice = [f, { ...f, position: { ...f.position, line: 2000 } }];
    const { findings, resolved } = applyBaseline(twice, previousReport([f]));
    expect(findings.map((x) => x.baseline)).toEqual(['unchanged', 'new']);
    expect(resolved).toEqual([]);
  });

  it('without a baseline file every finding is new', () => {
    expect(applyBaseline(sampleFindings(), null).findings.every((f) => f.baseline === 'new')).toBe(true);
  });
});

describe('loading a baseline', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'fundscreen-baseline-'));
  const write = (name: string, text: string) => {
    const p = path.join(dir, name);
    writeFileSync(p, text);
    return p;
  };

  it('warns and treats everything as new when the file is missing', async () => {
    const r = await loadBaseline(path.join(dir, 'missing.json'));
    expect(r.baseline).toBeNull();
    expect(r.warnings[0]).toMatch(/missing\.json not found: every finding is treated as new/);
  });

  it('reads a previous JSON report', async () => {
    const r = await loadBaseline(write('ok.json', renderJson(sampleResult())));
    expect(r.baseline).toHaveLength(sampleFindings().length);
    expect(r.warnings).toEqual([]);
  });

  it('rejects a malformed baseline as a usage error (exit 2)', async () => {
    for (const [name, text, why] of [
      ['notjson.json', '{"schemaVersion":', /not valid JSON/],
      ['v2.json', JSON.stringify({ schemaVersion: 2, findings: [] }), /schemaVersion 1/],
      ['nofindings.json', JSON.stringify({ schemaVersion: 1 }), /findings/],
      ['badfinding.json', JSON.stringify({ schemaVersion: 1, findings: [{ source: 'x' }] }), /findings\.0/],
    ] as const) {
      const err = await loadBaseline(write(name, text)).catch((e) => e);
      expect(err).toBeInstanceOf(UsageError);
      expect(err.message).toMatch(why);
    }
  });
});
