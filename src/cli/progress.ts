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
  columns?: number;
}

/** "1 finding", "2 findings". */
function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * The live line fitted to the terminal: a line that wraps cannot be rewritten in place and leaves
 * a trail. The file name gives way first (shortened in the middle), then the line is cut.
 */
export function fitLine(prefix: string, name: string, rest: string, columns: number | undefined): string {
  const max = Math.max(20, (columns ?? 80) - 1);
  const room = max - prefix.length - rest.length;
  const shown = name.length <= room ? name : room >= 8 ? `${name.slice(0, Math.ceil((room - 1) / 2))}…${name.slice(name.length - Math.floor((room - 1) / 2))}` : '…';
  const line = `${prefix}${shown}${rest}`;
  return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
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
      let rest = `: ${count(p.rows, 'row')}, ${rate.toLocaleString('en-US')} rows/s, ${count(p.findings, 'finding')}`;
      if (p.totalBytes && p.bytes > 0) {
        const frac = Math.min(1, p.bytes / p.totalBytes);
        const eta = frac > 0 ? Math.max(0, Math.round(secs / frac - secs)) : 0;
        rest += `, ${(frac * 100).toFixed(0)}% (ETA ${eta}s)`;
      }
      stderr.write(`\r\x1b[2K${fitLine('screening ', neutralizeControls(p.source), rest, stderr.columns)}`);
      drawn = true;
    },
    onInputDone(meta: HoldingsMeta, funds: FundSummary[], findings: number) {
      clear();
      if (opts.quiet) return;
      const r = sumRows(funds);
      logLine(
        stderr,
        `fundscreen: ${meta.source} [${meta.format}]: ${count(r.read, 'row')} read, ${r.screened} screened, ${r.excluded} excluded, ${r.skipped} skipped, ${count(findings, 'finding')}${meta.nameCut ? `; names cut at ${meta.nameCut.width} characters` : ''}`,
      );
    },
    onInputError(err: InputError) {
      clear();
      logLine(stderr, `fundscreen: ${err.message}`);
    },
  };
}
