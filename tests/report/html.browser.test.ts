/**
 * The HTML report in a real browser: Debian's headless Chromium, driven by playwright-core (no
 * browser download). The page must render the SVG chart and the findings table with no console
 * error (a CSP violation of our own inline style would be one) and no request leaving the file.
 * Skips with a reason when chromium is absent outside CI; in CI (CI=true) it must run.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from '../helpers/chromium.js';
import { renderReport } from '../../src/report/index.js';
import { applySuppressions } from '../../src/screen/suppress.js';
import { sampleResult, withExposure } from './sample-result.js';
import { screen } from '../../src/screen/screen.js';
import { expandInputs, openHoldings } from '../../src/holdings/read.js';
import { createMatcher } from '../../src/match/matcher.js';
import { loadSelectedLists } from '../../src/lists/select.js';
import { FundLinkCollector } from '../../src/screen/fund-links.js';
import { lookThrough } from '../../src/screen/look-through.js';
import { withHistory } from '../../src/screen/history.js';
import { repoRoot } from '../helpers/cli.js';

const available = chromiumAvailable('the HTML browser test');

describe.runIf(available)('HTML report in headless Chromium', () => {
  let browser: BrowserContext;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'fundscreen-html-'));
    // A fresh profile per run: launchPersistentContext is playwright's way to pass --user-data-dir.
    browser = await launchChromium(dir, { width: 1280, height: 900 });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir && !process.env.KEEP_SCREENSHOT) rmSync(dir, { recursive: true, force: true });
  });

  it('renders the chart and the findings table, with no console error and no request', async () => {
    const base = sampleResult();
    const { findings } = applySuppressions(base.findings, [{ entity: 'dahua-technology', fund: 'Total World Stock ETF (VT)', reason: 'Test fixture', expires: 'never' }], '2026-11-26');
    const file = path.join(dir, 'report.html');
    writeFileSync(file, renderReport(withExposure({ ...base, findings }), 'html', { color: false, width: 80, showSuppressed: false }));

    const page = await browser.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) requests.push(r.url());
    });
    await page.goto(pathToFileURL(file).href);

    const chart = page.locator('svg#exposure-chart');
    await expect(chart.isVisible()).resolves.toBe(true);
    const bars = await chart.locator('rect.bar').evaluateAll((rs) => rs.map((r) => (r as SVGRectElement).getBBox().width));
    expect(bars).toHaveLength(2);
    expect(Math.max(...bars)).toBeGreaterThan(100);
    const chartBox = await chart.boundingBox();
    expect(chartBox!.width).toBeGreaterThan(300);

    const rows = page.locator('#findings tbody.finding');
    await expect(rows.count()).resolves.toBe(8); // 9 findings, 1 suppressed and hidden
    await expect(page.locator('#findings').innerText()).resolves.toContain('HOSHINE SILICON INDUSTRY LTD A');
    const firstLink = page.locator('#findings a[href^="https://"]').first();
    await expect(firstLink.isVisible()).resolves.toBe(true);
    // The stylesheet applied (the CSP hash matches): card values are large and bold.
    const weight = await page.locator('.card .value').first().evaluate((el) => getComputedStyle(el).fontWeight);
    expect(Number(weight)).toBeGreaterThanOrEqual(600);

    const shot = path.join(dir, 'report.png');
    await page.screenshot({ path: shot, fullPage: true });
    console.log(`screenshot: ${shot}`);
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  }, 60_000);

  it('draws the look-through sections and each history timeline (three N-PORT quarters)', async () => {
    const quarters = ['2024-03', '2024-06', '2024-09'].map((q) => path.join(repoRoot, 'fixtures/lookthrough/nport', q));
    const lists = await loadSelectedLists({ useDefault: true, extra: [] });
    const collector = new FundLinkCollector(new Set(quarters));
    const { result } = await screen(
      { inputs: quarters, lists, readOptions: {}, minTier: 'review', generatedAt: '2026-12-06T00:00:00.000Z', today: '2026-12-06', tool: { name: 'fundscreen', version: 'test' }, observer: collector },
      { expandInputs, openHoldings, matcher: createMatcher(lists) },
    );
    const file = path.join(dir, 'history.html');
    writeFileSync(file, renderReport(withHistory(lookThrough(result, collector.finish())), 'html', { color: false, width: 80, showSuppressed: false }));
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(pathToFileURL(file).href);
    // Two families and three funds holding Hoshine at some quarter: five timelines.
    const charts = page.locator('#history svg.timeline');
    await expect(charts.count()).resolves.toBe(5);
    const star = charts.first().locator('..').locator('svg.timeline').first();
    await expect(star.isVisible()).resolves.toBe(true);
    // The STAR family draws a line held and a dashed line through funds, each over three dates.
    const lines = await page.locator('#history svg.timeline').nth(1).locator('polyline').evaluateAll((ps) => ps.map((p) => [p.getAttribute('class'), (p as SVGPolylineElement).points.numberOfItems, (p as SVGPolylineElement).getBBox().width]));
    expect(lines.map(([cls, n]) => [cls, n])).toEqual([['line direct', 3], ['line indirect', 3]]);
    expect(Math.min(...lines.map((l) => Number(l[2])))).toBeGreaterThan(300);
    const stroke = await page.locator('#history polyline.indirect').first().evaluate((el) => getComputedStyle(el).strokeDasharray);
    expect(stroke).not.toBe('none');
    await expect(page.locator('#look-through-findings').innerText()).resolves.toContain('Fixture Target Retirement 2050 Fund');
    await expect(page.locator('#history').innerText()).resolves.toContain('held 3 years 3 months after the CBP WRO of 2021-06-24');
    await page.screenshot({ path: path.join(dir, 'history.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});

