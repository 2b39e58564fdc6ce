/**
 * One line of diagnostics on stderr. Messages carry text from inputs (file names, issuer names,
 * list entries), so escape sequences and control characters are neutralised before they reach a
 * terminal: a file named "x\x1b[2J.csv" must not clear the reader's screen. A message quoting a
 * huge input value (a 10 MB cell, a 100,000-character option) is cut in the middle, saying how
 * much was left out: one line stays one readable line.
 */
import { neutralizeControls } from '../control-chars.js';
import { TOOL_NAME } from '../version.js';

/** Longest line written; longer ones keep their start and end. */
export const MAX_LOG_LINE = 4000;

export function capLine(text: string): string {
  if (text.length <= MAX_LOG_LINE) return text;
  const head = text.slice(0, MAX_LOG_LINE - 500);
  const tail = text.slice(-300);
  return `${head} ... (${text.length - head.length - tail.length} characters left out) ... ${tail}`;
}

export function logLine(stream: { write(s: string): unknown }, text: string): void {
  stream.write(`${capLine(neutralizeControls(text))}\n`);
}

/** A warning on stderr, as every command says one: "fundscreen: warning: ...". */
export function logWarning(stream: { write(s: string): unknown }, text: string): void {
  logLine(stream, `${TOOL_NAME}: warning: ${text}`);
}
