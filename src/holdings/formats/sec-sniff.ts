/**
 * Recognising SEC files from their first bytes: N-PORT / 13F XML by the root element names (and an
 * HTML page, which starts as XML does), the SEC data-set TSVs by their header. Used by the format
 * registry (index.ts).
 */
import { splitLine } from '../delimited.js';

/** Text of the head without BOM, for XML/TSV sniffing (ASCII markers only, so latin1 is enough). */
export function headText(head: Buffer): string {
  if (head[0] === 0xff && head[1] === 0xfe) return head.subarray(2).toString('utf16le');
  if (head[0] === 0xfe && head[1] === 0xff) return Buffer.from(head.subarray(2)).swap16().toString('utf16le');
  // UTF-16 written without a byte-order mark: '<' and a zero byte ("<\0?\0x\0m\0l", as the XML
  // specification tells the encoding from the first bytes).
  if (head[0] === 0x3c && head[1] === 0x00 && head[2] !== 0x00) return head.subarray(0, head.length & ~1).toString('utf16le');
  if (head[0] === 0x00 && head[1] === 0x3c && head[3] !== 0x00) return Buffer.from(head.subarray(0, head.length & ~1)).swap16().toString('utf16le');
  return head.toString('latin1').replace(/^\xef\xbb\xbf/, '');
}

const HTML_DOCTYPE = /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<!doctype\s+html/i;
/** Elements an HTML page (or a fragment of one) starts with, never an XML document's root here. */
const HTML_FIRST = /^(?:html|head|body|table|meta|title|style|script|link|base|div|p|h[1-6]|span|form|header|nav|main|section|article|ul|ol|center|font|b|i|br|img|iframe|noscript)$/i;

/** N-PORT (`edgarSubmission` / `invstOrSec`) or 13F (`informationTable` / `infoTable`), any prefix; or an HTML page. */
export function sniffXml(head: Buffer): 'nport' | '13f' | 'spreadsheet' | 'html' | 'unknown' | null {
  // (Blank lines and a byte-order mark, in either order: EDGAR's extracts, files joined by a script.)
  const text = headText(head).replace(/^(?:\s|\xef\xbb\xbf|\ufeff)+/, '');
  if (!text.startsWith('<')) return null;
  // (Not the names inside comments: a comment may quote any markup.)
  const names = [...text.replace(/<!--[\s\S]*?(?:-->|$)/g, '').matchAll(/<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s>/]/g)].map((m) => m[2]);
  // An HTML page (a doctype, or html or one of its parts as the first element; XHTML after its XML declaration).
  if (HTML_DOCTYPE.test(text) || HTML_FIRST.test(names[0] ?? '')) return 'html';
  for (const n of names) {
    if (n === 'edgarSubmission' || n === 'invstOrSec' || n === 'invstOrSecs') return 'nport';
    if (n === 'informationTable' || n === 'infoTable') return '13f';
    if (n === 'Workbook' && text.includes('urn:schemas-microsoft-com:office:spreadsheet')) return 'spreadsheet';
  }
  return 'unknown';
}

/** SEC data-set TSV by its header: ACCESSION_NUMBER + HOLDING_ID (N-PORT) or NAMEOFISSUER (13F). */
export function sniffSecTsv(head: Buffer): 'nport' | '13f' | null {
  const firstLine = headText(head).split(/\r?\n/, 1)[0];
  if (!firstLine.includes('\t')) return null;
  const cells = splitLine(firstLine, '\t').map((c) => c.trim().toUpperCase());
  if (cells.includes('ACCESSION_NUMBER') && cells.includes('HOLDING_ID')) return 'nport';
  if (cells.includes('NAMEOFISSUER')) return '13f';
  return null;
}
