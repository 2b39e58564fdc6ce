/**
 * Delimited text -> records, line-aware so that one bad row never takes the rest of the file with
 * it. Quoted fields may span lines; when a quote opened on line N does not close into a plausible
 * record (the caller decides via `acceptMultiline`) within a few hundred lines, line N alone is
 * reported as "unclosed quote" and parsing resumes at line N+1.
 * Lenient like spreadsheet readers: a quote inside an unquoted field is literal text, and text
 * after a closing quote is kept; such records are flagged `loose` so a misfit can be explained.
 */
import { MAX_LINE_CHARS } from './lines.js';

export const MAX_FIELD_CHARS = 1024 * 1024;
const MAX_RECORD_LINES = 200;
/** Bound on the text held while deciding whether an open quote is a multi-line field. */
const MAX_PENDING_CHARS = 8 * MAX_FIELD_CHARS;

interface ParseState {
  fields: string[];
  cur: string;
  inQuotes: boolean;
  /** Lenient rules were needed: a quote inside an unquoted field, or text after a closing quote. */
  loose: boolean;
}

const freshState = (): ParseState => ({ fields: [], cur: '', inQuotes: false, loose: false });

const QUOTE = 34;

/**
 * Parses `text` into `state` (continuing an open quoted field). Returns true when the record is
 * complete, false when a quoted field is still open at the end of the line.
 */
function parseInto(state: ParseState, text: string, delim: string): boolean {
  const fields = state.fields;
  let inQ = state.inQuotes;
  let cur = state.cur;
  let i = 0;
  const n = text.length;
  const dl = delim.length;
  for (;;) {
    if (inQ) {
      const q = text.indexOf('"', i);
      if (q < 0) {
        state.cur = cur + text.slice(i) + '\n';
        state.inQuotes = true;
        return false;
      }
      cur += text.slice(i, q);
      if (text.charCodeAt(q + 1) === QUOTE) {
        cur += '"';
        i = q + 2;
        continue;
      }
      inQ = false;
      i = q + 1;
      const d = text.indexOf(delim, i);
      if (d !== i && i < n) state.loose = true;
      if (d < 0) {
        fields.push(cur + text.slice(i));
        break;
      }
      fields.push(cur + text.slice(i, d));
      cur = '';
      i = d + dl;
      continue;
    }
    // Start of an unquoted or quoted field; spaces before an opening quote are dropped.
    let j = i;
    while (j < n && text.charCodeAt(j) === 32) j++;
    if (j < n && text.charCodeAt(j) === QUOTE) {
      inQ = true;
      cur = '';
      i = j + 1;
      continue;
    }
    const d = text.indexOf(delim, i);
    const cell = d < 0 ? text.slice(i) : text.slice(i, d);
    if (cell.includes('"')) state.loose = true;
    fields.push(cell);
    if (d < 0) break;
    i = d + dl;
  }
  state.cur = '';
  state.inQuotes = false;
  return true;
}

/**
 * Fields of `text` when it is a strictly well-formed record on its own (every quote opens at a
 * field start and closes right before a delimiter or the end), else null.
 */
function strictFields(text: string, delim: string): string[] | null {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (text.charCodeAt(i) === QUOTE) {
      let cur = '';
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) return null;
        cur += text.slice(j, q);
        if (text.charCodeAt(q + 1) === QUOTE) {
          cur += '"';
          j = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      fields.push(cur);
      if (i === text.length) return fields;
      if (!text.startsWith(delim, i)) return null;
      i += delim.length;
      continue;
    }
    const d = text.indexOf(delim, i);
    const cell = d < 0 ? text.slice(i) : text.slice(i, d);
    if (cell.includes('"')) return null;
    fields.push(cell);
    if (d < 0) return fields;
    i = d + delim.length;
  }
}

/**
 * Fields of a line where every field is quoted and no quote is escaped (`"a","b","c"`, as iShares
 * writes every row), else null: each field runs to the next quote, which must be the line's last
 * character or be followed by the delimiter and an opening quote. Any other quote (escaped,
 * stray, a bare field) gives null and the quote-aware parser reads the line (the same fields).
 */
function allQuotedFields(text: string, delim: number, width: number): string[] | null {
  const n = text.length;
  if (n < 2 || text.charCodeAt(0) !== QUOTE || text.charCodeAt(n - 1) !== QUOTE) return null;
  // Sized for the width of the line before (nearly every line's): an array grown by push from
  // empty is copied on the way (0 -> 17 -> 41 slots for an 18-field row), the largest allocation
  // of the row path.
  const fields: string[] = new Array(width);
  let k = 0;
  for (let i = 1; ; ) {
    const q = text.indexOf('"', i);
    if (q === n - 1) {
      fields[k++] = text.slice(i, q);
      if (k < width) fields.length = k;
      return fields;
    }
    if (q < 0 || text.charCodeAt(q + 1) !== delim || text.charCodeAt(q + 2) !== QUOTE) return null;
    fields[k++] = text.slice(i, q);
    i = q + 3;
  }
}

/** Splits one line on its own (quote-aware; an unclosed quote keeps the rest of the line). */
export function splitLine(text: string, delim: string): string[] {
  if (!text.includes('"')) return text.split(delim);
  const state = freshState();
  if (!parseInto(state, text, delim)) state.fields.push(state.cur.slice(0, -1));
  return state.fields;
}

/**
 * A record, or a line that could not be read as one. `text` is the raw line where the caller may
 * want to re-read it another way: a record read with lenient rules, an unclosed quote's line.
 */
/**
 * Another reading of one line whose quotes are broken, for salvage: a quote opens a field only at
 * its start and only when a quote followed by the delimiter (or the line end) closes it on this
 * line; every other quote is a literal character (a stray quote in a name stays in the name).
 */
export function lenientFields(text: string, delim: string): string[] {
  const fields: string[] = [];
  let i = 0;
  const n = text.length;
  for (;;) {
    let j = i;
    while (j < n && text.charCodeAt(j) === 32) j++;
    if (j < n && text.charCodeAt(j) === QUOTE) {
      let q = j + 1;
      let close = -1;
      for (;;) {
        q = text.indexOf('"', q);
        if (q < 0) break;
        if (text.charCodeAt(q + 1) === QUOTE) {
          q += 2;
          continue;
        }
        if (q + 1 === n || text.startsWith(delim, q + 1)) {
          close = q;
          break;
        }
        q++;
      }
      if (close >= 0) {
        fields.push(text.slice(j + 1, close).replace(/""/g, '"'));
        if (close + 1 === n) return fields;
        i = close + 1 + delim.length;
        continue;
      }
    }
    const d = text.indexOf(delim, i);
    fields.push(d < 0 ? text.slice(i) : text.slice(i, d));
    if (d < 0) return fields;
    i = d + delim.length;
  }
}

/**
 * The reading of a line written with every field quoted ("a","b","c") that lost one quote: the
 * field boundaries are where a quote meets a delimiter ("," or ", or ,"), so a delimiter inside
 * a quoted number ("1,008,626.83") is not one. Null when the line is not written that way.
 */
export function quoteBoundaryFields(text: string, delim: string): string[] | null {
  const t = text.trim();
  if (!t.startsWith('"') && !t.endsWith('"')) return null;
  const d = delim.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const parts = t.split(new RegExp(`"\\s*${d}\\s*"|"${d}|${d}"`));
  if (parts.length < 2) return null;
  parts[0] = parts[0].replace(/^"/, '');
  parts[parts.length - 1] = parts[parts.length - 1].replace(/"$/, '');
  return parts.map((p) => p.replace(/""/g, '"'));
}

/** Quotes tried one by one as the stray one (a longer line keeps its other readings). */
const MAX_STRAY_TRIES = 64;
const STRAY_MARK = '\uE000';

/**
 * Readings of one line with a single stray quote: for each quote, the line read strictly with that
 * quote as a literal character. Only the quotes whose removal leaves a well-formed record give a
 * reading, each at most once.
 */
export function strayQuoteReadings(text: string, delim: string): string[][] {
  const out: string[][] = [];
  const seen = new Set<number>();
  let tries = 0;
  for (let q = text.indexOf('"'); q >= 0 && tries < MAX_STRAY_TRIES; q = text.indexOf('"', q + 1), tries++) {
    const fields = strictFields(text.slice(0, q) + STRAY_MARK + text.slice(q + 1), delim);
    if (fields === null || seen.has(fields.length)) continue;
    seen.add(fields.length);
    out.push(fields.map((f) => (f.includes(STRAY_MARK) ? f.replace(STRAY_MARK, '"') : f)));
  }
  return out;
}

export type RecordEvent =
  | { kind: 'record'; fields: string[]; line: number; loose: boolean; text?: string }
  | { kind: 'bad'; line: number; reason: string; text?: string; /** The text is cut (a line or cell over its cap): searched, never re-read as a row. */ cut?: true };

/** Longest raw text an event carries (the rest of a longer line is not re-read). */
export const MAX_EVENT_TEXT = 64 * 1024;
/** Longest piece of one cell kept in a row's raw text: an oversized cell does not hide the cells after it. */
export const MAX_CELL_TEXT = 4 * 1024;

/**
 * A row's raw text for the raw-line search when its cells are known: each cell cut to
 * MAX_CELL_TEXT, the whole to MAX_EVENT_TEXT, so a huge cell or a mass of empty ones cannot push
 * the issuer's name out of what is searched.
 */
export function cappedRowText(fields: readonly string[], delim: string): string {
  let out = '';
  for (let i = 0; i < fields.length && out.length < MAX_EVENT_TEXT; i++) {
    const f = fields[i];
    if (f.length === 0) {
      if (i > 0) out += delim;
      continue;
    }
    out += (i > 0 ? delim : '') + (f.length > MAX_CELL_TEXT ? f.slice(0, MAX_CELL_TEXT) : f);
  }
  return out.length > MAX_EVENT_TEXT ? out.slice(0, MAX_EVENT_TEXT) : out;
}

export class RecordReader {
  private pending: { text: string; line: number }[] = [];
  private pendingChars = 0;
  private state: ParseState = freshState();
  /** The delimiter's character code (for lines whose every field is quoted). */
  private readonly delimCode: number;
  /** Fields of the last line read whose every field is quoted: the next one's array is made this size. */
  private lastWidth = 0;

  constructor(
    private readonly delim: string,
    /** What a record that spanned several lines could be: a table row, a note cell, or neither. */
    private readonly plausible: (fields: string[]) => 'row' | 'note' | null,
    private readonly emit: (event: RecordEvent) => void,
  ) {
    this.delimCode = delim.charCodeAt(0);
  }

  push(text: string, line: number, oversize = false): void {
    if (this.pending.length === 0) {
      if (oversize) {
        // `text` is the line's start (OVERSIZE_HEAD_CHARS): searched, the rest was never held.
        const reason = `line longer than ${MAX_LINE_CHARS} characters`;
        this.emit(text ? { kind: 'bad', line, reason: `${reason} (only its first ${text.length} searched for listed companies)`, text, cut: true } : { kind: 'bad', line, reason });
        return;
      }
      if (!text.includes('"')) {
        this.finish(text.split(this.delim), line, false);
        return;
      }
      const quoted = allQuotedFields(text, this.delimCode, this.lastWidth);
      if (quoted !== null) {
        this.lastWidth = quoted.length;
        this.finish(quoted, line, false);
        return;
      }
      const state = (this.state = freshState());
      if (parseInto(state, text, this.delim)) this.finish(state.fields, line, state.loose, state.loose ? text : undefined);
      else {
        this.pending.push({ text, line });
        this.pendingChars = text.length;
      }
      return;
    }
    if (oversize) {
      this.rejectPending();
      this.push(text, line, true);
      return;
    }
    this.pending.push({ text, line });
    if (parseInto(this.state, text, this.delim)) {
      this.closeMultiline();
    } else if (
      this.pending.length > MAX_RECORD_LINES ||
      this.state.cur.length > MAX_FIELD_CHARS ||
      (this.pendingChars += text.length) > MAX_PENDING_CHARS
    ) {
      this.rejectPending();
    }
  }

  /**
   * A quote opened on the first pending line closed on the last one. If any following line is a
   * well-formed row by itself, the quote was unclosed: the rows after it must not be swallowed.
   * Otherwise a record parsed without lenient rules is one record, even when its width is wrong
   * (the caller reports it as ragged); a lenient one is an unclosed quote.
   */
  private closeMultiline(): void {
    const standsAlone = this.pending.slice(1).some((p) => {
      const alone = strictFields(p.text, this.delim);
      return alone !== null && this.plausible(alone) === 'row';
    });
    if (standsAlone || this.state.loose) {
      this.rejectPending();
      return;
    }
    const first = this.pending[0].line;
    this.pending = [];
    this.finish(this.state.fields, first, false);
  }

  /** End of input: an open quote there is unclosed; its following lines are read again. */
  end(): void {
    while (this.pending.length > 0) this.rejectPending();
  }

  private finish(fields: string[], line: number, loose: boolean, text?: string): void {
    for (const f of fields) {
      if (f.length > MAX_FIELD_CHARS) {
        this.emit({ kind: 'bad', line, reason: `field longer than ${MAX_FIELD_CHARS} characters`, text: cappedRowText(fields, this.delim), cut: true });
        return;
      }
    }
    if (text !== undefined && text.length <= MAX_EVENT_TEXT) this.emit({ kind: 'record', fields, line, loose, text });
    else this.emit({ kind: 'record', fields, line, loose });
  }

  private rejectPending(): void {
    const [first, ...rest] = this.pending;
    this.pending = [];
    this.emit({ kind: 'bad', line: first.line, reason: 'unclosed quote', text: first.text.slice(0, MAX_EVENT_TEXT), ...(first.text.length > MAX_EVENT_TEXT ? { cut: true as const } : {}) });
    for (const r of rest) this.push(r.text, r.line);
  }
}
