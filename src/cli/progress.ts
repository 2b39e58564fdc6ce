/**
 * Progress on stderr. On a TTY: one line rewritten in place at most ~8 times a second, shown
 * once an input has taken more than a second. Not on a TTY (cron, CI): no live line, one summary
 * line per input instead. --quiet: nothing.
 */
import type { HoldingsMeta } from '../holdings/position.js';
import type { FundSummary } from '../screen/result.js';
import type { ScreenCallbacks, ScreenProgress } from '../screen/screen.js';
import type { InputError } from '../errors.js';
import { logLine } from './log.js';
import { neutralizeControls } from '../control-chars.js';
import { sumRows } from '../screen/accounting.js';

export interface ProgressSink {
  write(s: string): unknown;
  isTTY?: boolean;
}

export function progressReporter(stderr: ProgressSink, opts: { quiet: boolean; live: boolean; now?: () => number }): ScreenCallbacks {
  const now = opts.now ?? (() => Date.now());
  const live = opts.live && !opts.quiet && stderr.isTTY === true;
  let started = now();
  let current = '';
  let lastDraw = 0;
  let drawn = false;

  const clear = () => {
    if (drawn) stderr.write('\r\x1b[2K');
    drawn = false;
  };

  return {
    onProgress(p: ScreenProgress) {
      if (!live) return;
      const t = now();
      if (p.source !== current) {
        current = p.source;
        started = t;
      }
      if (t - started < 1000 || t - lastDraw < 125) return;
      lastDraw = t;
      const secs = (t - started) / 1000;
      const rate = Math.round(p.rows / secs);
      let line = `screening ${p.source}: ${p.rows.toLocaleString('en-US')} rows, ${rate.toLocaleString('en-US')} rows/s, ${p.findings} findings`;
      if (p.totalBytes && p.bytes > 0) {
        const frac = Math.min(1, p.bytes / p.totalBytes);
        const eta = frac > 0 ? Math.max(0, Math.round(secs / frac - secs)) : 0;
        line += `, ${(frac * 100).toFixed(0)}% (ETA ${eta}s)`;
      }
      stderr.write(`\r\x1b[2K${neutralizeControls(line)}`);
      drawn = true;
    },
    onInputDone(meta: HoldingsMeta, funds: FundSummary[], findings: number) {
      clear();
      if (opts.quiet) return;
      const r = sumRows(funds);
      logLine(
        stderr,
        `fundscreen: ${meta.source} [${meta.format}]: ${r.read} rows read, ${r.screened} screened, ${r.excluded} excluded, ${r.skipped} skipped, ${findings} findings`,
      );
    },
    onInputError(err: InputError) {
      clear();
      logLine(stderr, `fundscreen: ${err.message}`);
    },
  };
}
