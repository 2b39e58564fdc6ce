/**
 * Golden files: every format rendered from the real-facts sample result must match the committed
 * bytes in fixtures/report/golden. After an intended change, regenerate with
 * `UPDATE_GOLDEN=1 npx vitest run tests/report/golden.test.ts` and review the diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORT_FILE_NAMES, REPORT_FORMATS, renderReport, type ReportFormat } from '../../src/report/index.js';
import { applyBaseline, type BaselineFinding } from '../../src/screen/baseline.js';
import { applySuppressions } from '../../src/screen/suppress.js';
import type { ScreenResult } from '../../src/screen/result.js';
import { repoRoot } from '../helpers/cli.js';
import { EEM, VT, sampleResult, withExposure } from './sample-result.js';

const goldenDir = path.join(repoRoot, 'fixtures', 'report', 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

function checkGolden(name: string, actual: string): void {
  const file = path.join(goldenDir, name);
  if (update) {
    mkdirSync(goldenDir, { recursive: true });
    writeFileSync(file, actual);
  }
  if (!existsSync(file)) throw new Error(`golden ${name} missing: run with UPDATE_GOLDEN=1`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

/** The sample with one real-world style suppression (Dahua in VT) applied through the real code path. */
function suppressedSample(): ScreenResult {
  const base = sampleResult();
  const { findings } = applySuppressions(
    base.findings,
    [{ entity: 'dahua-technology', fund: 'Total World Stock ETF (VT)', reason: 'Test fixture: position under review by the investment committee', expires: 'never' }],
    '2026-11-26',
  );
  return withExposure({ ...base, findings });
}

/** A baseline run: the previous report held Hoshine and Hikvision (unchanged) and a Dahua holding since sold. */
function baselineSample(): ScreenResult {
  const base = suppressedSample();
  const previous: BaselineFinding[] = [
    { source: EEM, fund: 'iShares MSCI Emerging Markets ETF', issuer: 'HOSHINE SILICON INDUSTRY LTD A', ticker: '603260', exchange: 'Shanghai Stock Exchange', entityId: 'hoshine-silicon' },
    { source: VT, fund: 'Total World Stock ETF (VT)', issuer: 'Hangzhou Hikvision Digital Technology Co. Ltd.', sedol: 'BD5CPQ2', ticker: '002415', entityId: 'hikvision' },
    { source: EEM, fund: 'iShares MSCI Emerging Markets ETF', issuer: 'ZHEJIANG DAHUA TECHNOLOGY LTD A', ticker: '002236', exchange: 'Shenzhen Stock Exchange', entityId: 'dahua-technology' },
  ];
  const current = { ...base, findings: base.findings.filter((f) => !(f.position.source === EEM && f.match.entity.id === 'dahua-technology')) };
  const { findings, resolved } = applyBaseline(current.findings, previous, current.funds.map((f) => ({ source: f.source, fund: f.fund, screened: f.rows.screened })));
  return withExposure({ ...current, findings, resolved });
}

const opts = { color: false, width: 80, showSuppressed: false };
const ext = (f: ReportFormat) => path.extname(REPORT_FILE_NAMES[f]);

describe('golden reports', () => {
  for (const format of REPORT_FORMATS) {
    it(`${format} matches fixtures/report/golden/sample${ext(format)}`, () => {
      checkGolden(`sample${ext(format)}`, renderReport(suppressedSample(), format, opts));
    });
  }

  for (const format of ['table', 'markdown', 'html', 'json'] as const) {
    it(`${format} of a baseline run with --show-suppressed matches golden`, () => {
      checkGolden(`baseline${ext(format)}`, renderReport(baselineSample(), format, { ...opts, showSuppressed: true }));
    });
  }

  it('the table at 132 columns matches golden (optional columns appear)', () => {
    checkGolden('sample-wide.txt', renderReport(suppressedSample(), 'table', { ...opts, width: 132 }));
  });

  it('is deterministic: the same result renders byte-identically, whatever the input order', () => {
    for (const format of REPORT_FORMATS) {
      const a = suppressedSample();
      const b = withExposure({ ...a, findings: [...a.findings].reverse() });
      if (['table', 'markdown', 'html'].includes(format)) expect(renderReport(b, format, opts)).toBe(renderReport(a, format, opts));
      expect(renderReport(a, format, opts)).toBe(renderReport(suppressedSample(), format, opts));
    }
  });
});
