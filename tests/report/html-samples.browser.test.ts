/**
 * The HTML report of all 11 shared real samples in headless Chromium (see html.browser.test.ts
 * for the setup): it fits 1,200-1,400 px with no horizontal scroll, and printed (print media at
 * A4 width less the @page margins, then to PDF) every finding's source, tier and value lie on the
 * page, every "who holds X" section is open and the citations are printed text.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from '../helpers/chromium.js';
import { runCli, sharedAvailable, sharedPath } from '../helpers/cli.js';
import { REAL_SAMPLES } from '../helpers/real-samples.js';


const available = chromiumAvailable('the 11-sample HTML browser test') && sharedAvailable('the 11-sample HTML browser test');

const SAMPLES = REAL_SAMPLES;
/** A4 (210 mm) less the 12 mm @page margins on each side, in CSS px (96 per inch). */
const PRINT_WIDTH = Math.floor(((210 - 24) / 25.4) * 96);

interface JsonFinding { source: string; line: number; tier: string; marketValue: number | null }

describe.runIf(available)('HTML report of the 11 shared samples in Chromium', () => {
  let browser: BrowserContext;
  let dir: string;
  let file: string;
  let findings: JsonFinding[];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'fundscreen-html11-'));
    file = path.join(dir, 'report.html');
    const inputs = SAMPLES.map((s) => sharedPath('sources', 'holdings', s));
    const html = await runCli(['screen', ...inputs, '--format', 'html', '--output', file, '--fail-on', 'none', '--quiet']);
    expect(html.code, html.stderr).toBe(0);
    const json = await runCli(['screen', ...inputs, '--format', 'json', '--fail-on', 'none', '--quiet']);
    findings = JSON.parse(json.stdout).findings;
    expect(findings.length).toBeGreaterThan(20);
    browser = await launchChromium(dir);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (dir && !process.env.KEEP_SCREENSHOT) rmSync(dir, { recursive: true, force: true });
  });

  async function open(width: number, media: 'screen' | 'print'): Promise<Page> {
    const page = await browser.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ media });
    await page.goto(pathToFileURL(file).href);
    return page;
  }

  const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  for (const width of [1200, 1280, 1400]) {
    it(`fits ${width} px: no horizontal scroll`, async () => {
      const page = await open(width, 'screen');
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      if (width === 1280) await page.screenshot({ path: path.join(dir, 'report-1280.png'), fullPage: true });
      await page.close();
    }, 60_000);
  }

  it('printed: every finding shows its source, tier and value inside the page; details open; citations printed', async () => {
    const page = await open(PRINT_WIDTH, 'print');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    const rows = await page.locator('#findings tbody.finding').evaluateAll((bodies, pageWidth) =>
      bodies.map((b) => {
        const part = (sel: string) => {
          const el = b.querySelector(sel) as HTMLElement;
          const r = el.getBoundingClientRect();
          return { text: el.innerText.trim(), inside: r.width > 0 && r.height > 0 && r.left >= 0 && r.right <= pageWidth };
        };
        return { source: part('.f-source'), tier: part('.f-tier'), value: part('.f-value') };
      }), PRINT_WIDTH);
    expect(rows).toHaveLength(findings.length);
    const money = (v: number) => v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const expected = findings.map((f) => ({ source: `${path.basename(path.dirname(f.source))}/${path.basename(f.source)}:${f.line}`, tier: f.tier, value: f.marketValue }));
    for (const e of expected) {
      const row = rows.find((r) => r.source.text === e.source && r.tier.text === e.tier);
      expect(row, `${e.source} ${e.tier}`).toBeDefined();
      expect(row!.source.inside && row!.tier.inside && row!.value.inside, e.source).toBe(true);
      if (e.value !== null) expect(row!.value.text).toContain(money(e.value));
    }
    // "Who holds X": every entity's holder table is laid out on paper, not folded into its summary.
    const holders = await page.locator('#entities details table').evaluateAll((ts) => ts.map((t) => t.checkVisibility()));
    expect(holders.length).toBeGreaterThan(5);
    expect(holders.every(Boolean)).toBe(true);
    await expect(page.locator('#findings .cite').first().isVisible()).resolves.toBe(true);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(path.join(dir, 'report.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.close();
  }, 120_000);
});
