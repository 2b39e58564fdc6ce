/** The progress line: never longer than the terminal (a wrapped line leaves a trail), counts in words. */
import { describe, expect, it } from 'vitest';
import { fitLine, progressReporter } from '../../src/cli/progress.js';

describe('progress', () => {
  it('fits the live line to the terminal, shortening the file name in the middle first', () => {
    const name = 'funds/2026-12/very-long-holdings-file-name-of-a-fund-family-export.csv';
    const line = fitLine('screening ', name, ': 40,960 rows, 12,000 rows/s, 2 findings', 80);
    expect(line.length).toBeLessThanOrEqual(79);
    expect(line).toMatch(/^screening funds\/.*….*export\.csv: 40,960 rows/);
    expect(fitLine('screening ', 'a.csv', ': 1 row', 80)).toBe('screening a.csv: 1 row');
    expect(fitLine('screening ', name, ': 40,960 rows, 12,000 rows/s, 2 findings, 40% (ETA 12s)', 30).length).toBeLessThanOrEqual(29);
  });

  it('draws the live line within stderr.columns, and says "1 finding"', () => {
    const writes: string[] = [];
    let t = 0;
    const sink = { write: (s: string) => writes.push(s), isTTY: true, columns: 50 };
    const cb = progressReporter(sink, { quiet: false, live: true, now: () => t });
    cb.onProgress!({ source: 'x'.repeat(100), rows: 4096, findings: 1, bytes: 0, totalBytes: null });
    t = 2000;
    cb.onProgress!({ source: 'x'.repeat(100), rows: 8192, findings: 1, bytes: 0, totalBytes: null });
    const drawn = writes.at(-1)!.replace('\r\x1b[2K', '');
    expect(drawn.length).toBeLessThanOrEqual(49);
    expect(drawn).toContain('1 finding');
    expect(drawn).not.toContain('1 findings');
  });
});
