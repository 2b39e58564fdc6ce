/**
 * One line of diagnostics on stderr. Messages carry text from inputs (file names, issuer names,
 * list entries), so escape sequences and control characters are neutralised before they reach a
 * terminal: a file named "x\x1b[2J.csv" must not clear the reader's screen.
 */
import { neutralizeControls } from '../control-chars.js';

export function logLine(stream: { write(s: string): unknown }, text: string): void {
  stream.write(`${neutralizeControls(text)}\n`);
}
