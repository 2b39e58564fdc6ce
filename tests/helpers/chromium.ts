/**
 * Headless Chromium for the HTML reports' browser tests: the Debian package's binary (CI installs
 * it with apt; no browser download). In CI a missing browser is an error, never a silent skip.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** Whether the browser tests can run; says why not (and fails in CI) when they cannot. */
export function chromiumAvailable(what: string): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) throw new Error(`${CHROMIUM} is missing in CI: ${what} must run (apt-get install chromium)`);
  console.warn(`skipping ${what}: ${CHROMIUM} not found (apt-get install chromium)`);
  return false;
}

/** A browser with a fresh profile in `dir` (launchPersistentContext is playwright's --user-data-dir). */
export function launchChromium(dir: string, viewport?: { width: number; height: number }): Promise<BrowserContext> {
  return chromium.launchPersistentContext(path.join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    ...(viewport ? { viewport } : {}),
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}
