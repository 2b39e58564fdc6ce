/**
 * Output sanitising, one function per medium. Text that came from an input file (issuer, fund,
 * file names, skipped-row reasons) or from a user-supplied list must not act in the medium it
 * lands in: no escape sequences in a terminal, no formula in a spreadsheet, no markup in Markdown
 * or HTML. Pure; never throws.
 */

import { ESCAPE_SEQUENCE, neutralizeControls } from '../control-chars.js';

/** Terminal: drop escape sequences whole, then every remaining control character. */
export function terminalText(s: string): string {
  return neutralizeControls(s).replace(/ {2,}/g, ' ');
}

/** Plain single-line text for any medium: controls become spaces, runs of spaces collapse. */
export function plainText(s: string): string {
  return terminalText(s).trim();
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;

/**
 * One CSV cell (RFC 4180). Strings that a spreadsheet would run as a formula (leading = + - @,
 * tab or CR) get a leading apostrophe. Numbers come from our own JSON numbers, so a negative
 * market value stays a number rather than turning into text.
 */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return NUMBER.test(String(value)) ? String(value) : csvCell(String(value));
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let s = value.replace(ESCAPE_SEQUENCE, '');
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Markdown table cell: one line, with `|`, backticks and every other character Markdown could
 * turn into markup (emphasis, links, raw HTML, entities) backslash-escaped.
 */
export function markdownCell(s: string): string {
  return plainText(s).replace(/[\\`*_[\]<>|~&#!]/g, (c) => `\\${c}`);
}

/** A link target for Markdown: only https URLs, with characters that would end the link encoded. */
export function markdownUrl(url: string): string | null {
  const u = safeUrl(url);
  return u === null ? null : u.replace(/[()<>\s[\]`|\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** HTML text or attribute value (double-quoted). */
export function htmlEscape(s: string): string {
  return plainText(s).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Only https:// URLs without whitespace or controls become links; anything else is shown as text. */
export function safeUrl(url: string): string | null {
  return /^https:\/\/[^\s\u0000-\u001f\u007f-\u009f]+$/.test(url) ? url : null;
}
