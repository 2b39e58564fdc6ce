/**
 * A fast reader for the plain CSV a user's list usually is, giving exactly what csv-parse gives
 * with the options user-csv.ts reads a list with ({ delimiter, bom, trim, skip_empty_lines,
 * relax_column_count, info }): the records, each with the line it ends on (csv-parse's
 * info.lines). csv-parse builds an info object per record and decodes every field from bytes: a
 * quarter of loading a 100,000-row list. Anything this reader is not sure to read as csv-parse does (a
 * malformed quote, an exotic space, mixed line endings ...) makes it answer null, and the caller
 * reads the text with csv-parse, which reads it, or fails with its message and line. Pure.
 */

/** One record and the (1-based) line it ends on. */
export interface CsvRecord {
  record: string[];
  line: number;
}

/**
 * What the reader leaves to csv-parse: a space other than ' ' or tab (csv-parse trims every
 * Unicode space, also beside quotes: rules not worth repeating here), and a lone surrogate
 * (csv-parse reads the text as UTF-8 bytes, where one becomes U+FFFD). Global for lastIndex.
 */
const UNSURE = /[^\S \t\n\r]|\p{Cs}/gu;

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;
const BOM = 0xfeff;

/**
 * The text's records as csv-parse reads them with `delimiter` (one character: , ; tab |, as
 * sniffed), or null when the text has anything csv-parse might read otherwise or reject.
 */
export function readPlainCsv(text: string, delimiter: string): CsvRecord[] | null {
  if (!/^[^"\s]$|^\t$/.test(delimiter)) return null;
  // csv-parse drops one leading byte-order mark (bom: true).
  const start = text.charCodeAt(0) === BOM ? 1 : 0;
  UNSURE.lastIndex = start;
  if (UNSURE.test(text)) return null;
  const reader = new Reader(text, delimiter.charCodeAt(0), text.includes('\r'), start);
  const records: CsvRecord[] = [];
  while (reader.pos < text.length) {
    // (The line a record starts on: a quoted field may go on over several.)
    const line = reader.line;
    const record = reader.record();
    if (record === null) return null;
    if (record !== BLANK) records.push({ record, line });
    if (!reader.lineBreak()) return null;
  }
  return records;
}

/** A line of whitespace only: csv-parse skips it (skip_empty_lines, its spaces trimmed away). */
const BLANK: string[] = [];

class Reader {
  /** The line `pos` is on, counted as csv-parse counts (a line break inside quotes too). */
  line = 1;
  /** Whether the last field read was quoted (a quoted empty field makes a line no blank one). */
  private wasQuoted = false;

  constructor(
    private readonly text: string,
    private readonly delimiter: number,
    /** The file's line ends are \r\n (all of them, or the reader gives up). */
    private readonly crlf: boolean,
    public pos: number,
  ) {}

  /** The record from `pos` to the end of its line, BLANK, or null when unsure. */
  record(): string[] | null {
    const record: string[] = [];
    let blank = true;
    for (;;) {
      const value = this.field();
      if (value === null) return null;
      record.push(value);
      if (value !== '' || this.wasQuoted) blank = false;
      if (this.pos < this.text.length && this.text.charCodeAt(this.pos) === this.delimiter) {
        blank = false;
        this.pos++;
        continue;
      }
      return blank ? BLANK : record;
    }
  }

  /**
   * One field, trimmed of spaces and tabs (csv-parse's trim: outside quotes only), `pos` left
   * after it; null when unsure (a quote inside an unquoted field, a quote never closed).
   */
  private field(): string | null {
    const { text } = this;
    let pos = this.skipSpaces(this.pos);
    this.wasQuoted = pos < text.length && text.charCodeAt(pos) === QUOTE;
    if (this.wasQuoted) {
      const value = this.quoted(pos + 1);
      if (value === null) return null;
      // Spaces may follow the closing quote; after them anything but the delimiter or a line
      // break makes lineBreak give up.
      this.pos = this.skipSpaces(this.pos);
      return value;
    }
    const from = pos;
    for (let c = text.charCodeAt(pos); pos < text.length && c !== this.delimiter && c !== LF && c !== CR; c = text.charCodeAt(++pos)) {
      if (c === QUOTE) return null;
    }
    this.pos = pos;
    // What csv-parse's rtrim does (String.prototype.trimRight), here of spaces and tabs only.
    return text.slice(from, pos).trimEnd();
  }

  /** `pos` past the spaces and tabs (not a tab that delimits) at it. */
  private skipSpaces(pos: number): number {
    const { text } = this;
    for (let c = text.charCodeAt(pos); (c === SPACE || c === TAB) && c !== this.delimiter; c = text.charCodeAt(++pos));
    return pos;
  }

  /** A quoted field's value from just after its opening quote ("" is a quote); `pos` after the closing one. */
  private quoted(from: number): string | null {
    const { text } = this;
    let value = '';
    let pos = from;
    for (;;) {
      const q = text.indexOf('"', pos);
      if (q < 0) return null;
      if (text.charCodeAt(q + 1) === QUOTE) {
        value += text.slice(pos, q + 1);
        pos = q + 2;
        continue;
      }
      value += text.slice(pos, q);
      if (!this.countLines(from, q)) return null;
      this.pos = q + 1;
      return value;
    }
  }

  /**
   * Counts the line breaks inside a quoted field. csv-parse counts a \r\n inside quotes as two
   * lines (outside as one): a line break inside quotes in a \r\n file is left to it.
   */
  private countLines(from: number, to: number): boolean {
    const { text } = this;
    if (this.crlf) return !within(text.indexOf('\n', from), to) && !within(text.indexOf('\r', from), to);
    for (let i = text.indexOf('\n', from); within(i, to); i = text.indexOf('\n', i + 1)) this.line++;
    return true;
  }

  /**
   * Steps over the line break at `pos` (or the end of the text); false at anything else (text
   * after a closing quote, a line end of another kind than the file's).
   */
  lineBreak(): boolean {
    const { text } = this;
    if (this.pos >= text.length) return true;
    const c = text.charCodeAt(this.pos);
    if (this.crlf ? c !== CR || text.charCodeAt(this.pos + 1) !== LF : c !== LF) return false;
    this.pos += this.crlf ? 2 : 1;
    this.line++;
    return true;
  }
}

/** An indexOf result before `to`. */
function within(i: number, to: number): boolean {
  return i >= 0 && i < to;
}
