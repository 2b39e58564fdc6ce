import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { renderJson } from '../../src/report/json.js';
import { applyBaseline, baselineListsNote, loadBaseline, parseBaseline, sameSecurity, securityKey } from '../../src/screen/baseline.js';
import type { Finding } from '../../src/screen/result.js';
import { sampleFindings, sampleResult } from '../report/sample-result.js';

/** The same holdings a month later: every row moved down the file. */
function shifted(findings: Finding[], by: number): Finding[] {
  return findings.map((f) => ({ ...f, position: { ...f.position, line: f.position.line + by } }));
}

function previousReport(findings: Finding[]) {
  return parseBaseline(renderJson(sampleResult(findings)), 'previous.json');
}

/** This run's funds as screen() hands them over: both sample funds, every row screened. */
const bothScreened = sampleResult().funds.map((f) => ({ source: f.source, fund: f.fund, screened: f.rows.screened }));

describe('applyBaseline', () => {
  it('keys a holding by FIGI, LEI or USCC when it has no ISIN, CUSIP or SEDOL (they are in the JSON report now)', () => {
    expect(securityKey({ source: 's', fund: null, issuer: 'X', uscc: '91652300ma775x1w4k', ticker: '603260' })).toBe('uscc:91652300MA775X1W4K');
    const withUscc = sampleFindings().map((f) => ({ ...f, position: { ...f.position, ids: { ...f.position.ids, uscc: `USCC-${f.position.line}` } } }));
    const shiftedRun = applyBaseline(shifted(withUscc, 3), previousReport(withUscc), bothScreened);
    expect(shiftedRun.findings.every((f) => f.baseline === 'unchanged')).toBe(true);
  });

  it('against a report written before USCC was in JSON, compares only what that report carried: nothing new, nothing resolved', () => {
    const withUscc = sampleFindings().map((f) => ({ ...f, position: { ...f.position, ids: { ...f.position.ids, uscc: `USCC-${f.position.line}` } } }));
    const old = JSON.parse(renderJson(sampleResult(sampleFindings())));
    for (const f of old.findings) for (const k of ['figi', 'lei', 'uscc']) delete f[k];
    const { findings, resolved } = applyBaseline(withUscc, parseBaseline(JSON.stringify(old), 'old.json'), bothScreened);
    expect(findings.every((f) => f.baseline === 'unchanged')).toBe(true);
    expect(resolved).toEqual([]);
  });

  it('marks findings of the previous report unchanged although their lines moved', () => {
    const { findings, resolved } = applyBaseline(shifted(sampleFindings(), 17), previousReport(sampleFindings()), bothScreened);
    expect(findings.every((f) => f.baseline === 'unchanged')).toBe(true);
    expect(resolved).toEqual([]);
  });

  it('marks what is not in the baseline new, and lists what is gone as resolved', () => {
    const all = sampleFindings();
    const before = all.filter((f) => f.match.entity.id !== 'iflytek');
    const now = all.filter((f) => f.match.entity.id !== 'hoshine-silicon');
    const { findings, resolved } = applyBaseline(now, previousReport(before), bothScreened);
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
    expect(applyBaseline([elsewhere], previousReport([f]), bothScreened).findings[0].baseline).toBe('new');
  });

  it('a holding keyed by its ISIN in the baseline and by its ticker today (the ISIN cell blank) is unchanged, not resolved and new; another ISIN is another holding', () => {
    const withIsin = sampleFindings().map((f) => ({ ...f, position: { ...f.position, ids: { ...f.position.ids, isin: `CNE1000${f.position.line}` } } }));
    const today = applyBaseline(shifted(sampleFindings(), 5), previousReport(withIsin), bothScreened);
    expect(today.findings.map((f) => f.baseline)).toEqual(sampleFindings().map(() => 'unchanged'));
    expect(today.resolved).toEqual([]);
    // The other way round: an ISIN today that the baseline lacked.
    expect(applyBaseline(withIsin, previousReport(sampleFindings()), bothScreened).findings.every((f) => f.baseline === 'unchanged')).toBe(true);
    // Identifiers both carry that differ: another security of the entity, new, and the old one resolved.
    const otherIsin = withIsin.map((f) => ({ ...f, position: { ...f.position, ids: { ...f.position.ids, isin: `${f.position.ids.isin}X` } } }));
    const swapped = applyBaseline(otherIsin, previousReport(withIsin), bothScreened);
    expect(swapped.findings.every((f) => f.baseline === 'new')).toBe(true);
    expect(swapped.resolved).toHaveLength(withIsin.length);
    expect(sameSecurity({ source: 's', fund: null, issuer: 'A', ticker: '700', exchange: 'HKEX' }, { source: 's', fund: null, issuer: 'A', ticker: '700', exchange: 'XNYS', isin: 'X' })).toBe(false);
    expect(sameSecurity({ source: 's', fund: null, issuer: 'Hoshine Silicon' }, { source: 's', fund: null, issuer: 'HOSHINE SILICON', isin: 'CNE100002FM5' })).toBe(true);
  });

  it('falls back to the source path when the fund has no name', () => {
    const f = sampleFindings()[1];
    const unnamed = { ...f, position: { ...f.position, fund: null } };
    expect(applyBaseline([unnamed], previousReport([unnamed]), bothScreened).findings[0].baseline).toBe('unchanged');
  });

  it('pairs duplicates one to one', () => {
    const f = sampleFindings()[1];
    const twice = [f, { ...f, position: { ...f.position, line: 2000 } }];
    const { findings, resolved } = applyBaseline(twice, previousReport([f]), bothScreened);
    expect(findings.map((x) => x.baseline)).toEqual(['unchanged', 'new']);
    expect(resolved).toEqual([]);
  });

  it('without a baseline file every finding is new', () => {
    expect(applyBaseline(sampleFindings(), null, bothScreened).findings.every((f) => f.baseline === 'new')).toBe(true);
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

describe('a baseline fund this run did not screen', () => {
  const all = sampleFindings();
  const eem = sampleResult().funds[0];
  const vt = sampleResult().funds[1];

  it('an empty (failed-download) file of a baseline fund: its findings are carried over, nothing resolved', () => {
    // The EEM file came back empty: the fund is known to the run but no row was screened.
    const now = all.filter((f) => f.position.source !== eem.source);
    const funds = [{ source: eem.source, fund: eem.fund, screened: 0 }, { source: vt.source, fund: vt.fund, screened: vt.rows.screened }];
    const { findings, resolved, carriedOver } = applyBaseline(now, previousReport(all), funds);
    expect(resolved).toEqual([]);
    const eemBefore = all.filter((f) => f.position.source === eem.source);
    expect(eemBefore.length).toBeGreaterThan(0);
    expect(carriedOver.map((c) => c.entityId).sort()).toEqual(eemBefore.map((f) => f.match.entity.id).sort());
    expect(carriedOver.every((c) => c.fund === eem.fund && c.reason === 'fund not screened in this run')).toBe(true);
    expect(findings.every((f) => f.baseline === 'unchanged')).toBe(true);
  });

  it('a fund missing from the run entirely (unreadable or not given): carried over, not resolved', () => {
    const now = all.filter((f) => f.position.source === vt.source);
    const funds = [{ source: vt.source, fund: vt.fund, screened: vt.rows.screened }];
    const { resolved, carriedOver } = applyBaseline(now, previousReport(all), funds);
    expect(resolved).toEqual([]);
    expect(carriedOver.length).toBe(all.filter((f) => f.position.source === eem.source).length);
  });

  it('another fund screened against the same baseline: the baseline funds are carried over, its own findings new', () => {
    const other = all.filter((f) => f.position.source === vt.source).map((f) => ({ ...f, position: { ...f.position, source: 'other.csv', fund: 'Another fund' } }));
    const funds = [{ source: 'other.csv', fund: 'Another fund', screened: 1000 }];
    const { findings, resolved, carriedOver } = applyBaseline(other, previousReport(all), funds);
    expect(resolved).toEqual([]);
    expect(carriedOver.length).toBe(all.length);
    expect(findings.every((f) => f.baseline === 'new')).toBe(true);
  });

  it('resolved only for a fund screened in both runs, carried over for the other in the same run', () => {
    const now = all.filter((f) => f.position.source === vt.source && f !== all.find((x) => x.position.source === vt.source));
    const funds = [{ source: vt.source, fund: vt.fund, screened: vt.rows.screened }];
    const { resolved, carriedOver } = applyBaseline(now, previousReport(all), funds);
    expect(resolved.length).toBe(1);
    expect(resolved[0].fund).toBe(vt.fund);
    expect(carriedOver.every((c) => c.fund === eem.fund)).toBe(true);
  });
});

describe('a baseline screened with other lists', () => {
  const now = [{ id: 'xinjiang', version: '2026-08-03', sha256: 'aaa' }];
  it('is said, with the resolved findings whose entity this run no longer holds', () => {
    const note = baselineListsNote('b.json', [...now, { id: 'mine', version: '2026-12-01', sha256: 'bbb' }], now, [{ entityId: 'acme' }, { entityId: 'hoshine-silicon' }], new Set(['hoshine-silicon']));
    expect(note).toMatch(/^baseline b\.json was screened with the lists xinjiang 2026-08-03, mine 2026-12-01, this run with xinjiang 2026-08-03: .*change of lists.*\(1 resolved finding\(s\) name an entity this run's lists do not hold\)$/);
    // Another version, or the same version with other bytes.
    expect(baselineListsNote('b.json', [{ id: 'xinjiang', version: '2025-01-14', sha256: 'aaa' }], now, [], new Set())).not.toBeNull();
    expect(baselineListsNote('b.json', [{ id: 'xinjiang', version: '2026-08-03', sha256: 'ccc' }], now, [], new Set())).not.toBeNull();
    // The same list, another --only-lists selection.
    expect(baselineListsNote('b.json', now, [{ ...now[0]!, onlyLists: ['uflpa'] }], [], new Set())).toMatch(/this run with xinjiang 2026-08-03 \(only uflpa\)/);
  });
  it('is silent when the lists are the same (a baseline that records no digest is compared by id and version)', () => {
    expect(baselineListsNote('b.json', now, now, [{ entityId: 'acme' }], new Set())).toBeNull();
    expect(baselineListsNote('b.json', [{ id: 'xinjiang', version: '2026-08-03' }], now, [], new Set())).toBeNull();
  });
});
