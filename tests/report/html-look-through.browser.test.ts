/**
 * The HTML report of look-through runs in headless Chromium, checked as the 11-sample report is
 * (html-samples.browser.test.ts): the portfolio fixture (paths through a fund of funds) and three
 * N-PORT quarters with funds of funds (look-through and the timelines). Each fits 1,280 and
 * 1,400 px with no horizontal scroll; printed at A4 width every direct finding and every indirect
 * finding (its path, entity, tier and exposure) lies on the page, every timeline is drawn inside
 * it, and the PDF is written. Direct and indirect findings are in their own sections.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from '../helpers/chromium.js';
import { runCli } from '../helpers/cli.js';

const available = chromiumAvailable('the look-through HTML browser test');
/** A4 (210 mm) less the 12 mm @page margins on each side, in CSS px (96 per inch). */
const PRINT_WIDTH = Math.floor(((210 - 24) / 25.4) * 96);

const LT = 'fixtures/lookthrough/portfolio';
const NPORT = 'fixtures/lookthrough/nport';
const RUNS = {
  portfolio: [`${LT}/portfolio.csv`, '--look-through', `${LT}/EEM_holdings.csv`, `VXUS,VTIAX=${LT}/total-international.csv`, `VFIFX=${LT}/target-2050.csv`],
  quarters: [`${NPORT}/2024-03`, `${NPORT}/2024-06`, `${NPORT}/2024-09`, '--look-through'],
};

interface Json {
  findings: { suppressed: boolean }[];
  lookThrough: { findings: { suppressed: boolean; holder: { fund: string | null }; exposure: { amount: number } | null }[] };
  history?: { funds: unknown[]; families: unknown[] };
}

describe.runIf(available)('HTML of look-through and history runs in Chromium', () => {
  let browser: BrowserContext;
  let dir: string;
  const json: Record<string, Json> = {};

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'fundscreen-html-lt-'));
    for (const [name, args] of Object.entries(RUNS)) {
      const html = await runCli(['screen', ...args, '--format', 'html', '--output', path.join(dir, `${name}.html`), '--fail-on', 'none', '--quiet']);
      expect(html.code, html.stderr).toBe(0);
      json[name] = JSON.parse((await runCli(['screen', ...args, '--format', 'json', '--fail-on', 'none', '--quiet'])).stdout) as Json;
    }
    expect(json.quarters.history?.funds.length).toBeGreaterThan(0);
    browser = await launchChromium(dir);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (dir && !process.env.KEEP_SCREENSHOT) rmSync(dir, { recursive: true, force: true });
  });

  async function open(name: string, width: number, media: 'screen' | 'print'): Promise<Page> {
    const page = await browser.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ media });
    await page.goto(pathToFileURL(path.join(dir, `${name}.html`)).href);
    return page;
  }

  const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  /** Each row of a table, as its cells' text and whether every cell lies inside the page width. */
  const rowsOf = (page: Page, selector: string) =>
    page.locator(selector).evaluateAll((trs, pageWidth) =>
      trs.map((tr) => {
        const cells = Array.from(tr.querySelectorAll('td')) as HTMLElement[];
        return {
          cells: cells.map((c) => c.innerText.trim()),
          inside: cells.every((c) => {
            const r = c.getBoundingClientRect();
            return r.width > 0 && r.height > 0 && r.left >= 0 && r.right <= pageWidth;
          }),
        };
      }), PRINT_WIDTH);

  for (const name of Object.keys(RUNS)) {
    for (const width of [1280, 1400]) {
      it(`${name}: fits ${width} px, no horizontal scroll`, async () => {
        const page = await open(name, width, 'screen');
        expect(await overflow(page)).toBeLessThanOrEqual(0);
        await page.close();
      }, 60_000);
    }

    it(`${name}: printed, every direct and indirect finding and every timeline lies on the page; the PDF is written`, async () => {
      const page = await open(name, PRINT_WIDTH, 'print');
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      const j = json[name];
      // Direct findings in #findings, indirect ones in their own section: apart, never mixed.
      const direct = await page.locator('#findings tbody.finding').count();
      expect(direct).toBe(j.findings.filter((f) => !f.suppressed).length);
      const indirect = await rowsOf(page, '#look-through-findings tbody tr');
      expect(indirect).toHaveLength(j.lookThrough.findings.filter((f) => !f.suppressed).length);
      expect(indirect.length).toBeGreaterThan(0);
      for (const row of indirect) {
        expect(row.inside, row.cells.join(' | ')).toBe(true);
        expect(row.cells.join(' ')).toContain('→');
      }
      const exposures = j.lookThrough.findings.filter((f) => f.exposure !== null).map((f) => f.exposure!.amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
      const text = indirect.map((r) => r.cells.join(' ')).join('\n');
      for (const e of exposures) expect(text).toContain(e);
      for (const id of ['#look-through-holders', '#look-through-entities']) {
        const rows = await rowsOf(page, `${id} tbody tr`);
        expect(rows.length, id).toBeGreaterThan(0);
        expect(rows.every((r) => r.inside), id).toBe(true);
      }
      if (j.history) {
        const charts = await page.locator('#history svg.timeline').evaluateAll((svgs, pageWidth) =>
          svgs.map((s) => {
            const r = s.getBoundingClientRect();
            return r.width > 0 && r.height > 0 && r.left >= 0 && r.right <= pageWidth && s.querySelectorAll('polyline, path, circle').length > 0;
          }), PRINT_WIDTH);
        expect(charts).toHaveLength(j.history.funds.length + j.history.families.length);
        expect(charts.every(Boolean)).toBe(true);
        const history = await rowsOf(page, '#history tbody tr');
        expect(history.length).toBeGreaterThan(0);
        expect(history.every((r) => r.inside)).toBe(true);
      }
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      writeFileSync(path.join(dir, `${name}.pdf`), pdf);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      await page.close();
    }, 120_000);
  }
});
