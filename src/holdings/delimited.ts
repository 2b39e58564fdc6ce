/**
 * Delimited text -> records, line-aware so that one bad row never takes the rest of the file with
 * it. Quoted fields may span lines; when a quote opened on line N does not close into a plausible
 * record (the caller decides via `acceptMultiline`) within a few hundred lines, line N alone is
 * reported as "unclosed quote" and parsing resumes at line N+1.
 * Lenient like spreadsheet readers: a quote inside an unquoted field is literal text, and text
 * after a closing quote is kept.
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
}

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
    if (d < 0) {
      fields.push(text.slice(i));
      break;
    }
    fields.push(text.slice(i, d));
    i = d + dl;
  }
  state.cur = '';
  state.inQuotes = false;
  return true;
}

/** Splits one line on its own (quote-aware; an unclosed quote keeps the rest of the line). */
export function splitLine(text: string, delim: string): string[] {
  if (!text.includes('"')) return text.split(delim);
  const state: ParseState = { fields: [], cur: '', inQuotes: false };
  if (!parseInto(state, text, delim)) state.fields.push(state.cur.slice(0, -1));
  return state.fields;
}

export type RecordEvent =
  | { kind: 'record'; fields: string[]; line: number }
  | { kind: 'bad'; line: number; reason: string };

export class RecordReader {
  private pending: { text: string; line: number }[] = [];
  private pendingChars = 0;
  private state: ParseState = { fields: [], cur: '', inQuotes: false };

  constructor(
    private readonly delim: string,
    /** Whether a record that spanned several lines is plausible (right width, or a note cell). */
    private readonly acceptMultiline: (fields: string[]) => boolean,
    private readonly emit: (event: RecordEvent) => void,
  ) {}

  push(text: string, line: number, oversize = false): void {
    if (this.pending.length === 0) {
      if (oversize) {
        this.emit({ kind: 'bad', line, reason: `line longer than ${MAX_LINE_CHARS} characters` });
        return;
      }
      if (!text.includes('"')) {
        this.finish(text.split(this.delim), line);
        return;
      }
      const state = (this.state = { fields: [], cur: '', inQuotes: false });
      if (parseInto(state, text, this.delim)) this.finish(state.fields, line);
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
      const first = this.pending[0].line;
      if (this.acceptMultiline(this.state.fields)) {
        this.pending = [];
        this.finish(this.state.fields, first);
      } else {
        this.rejectPending();
      }
    } else if (
      this.pending.length > MAX_RECORD_LINES ||
      this.state.cur.length > MAX_FIELD_CHARS ||
      (this.pendingChars += text.length) > MAX_PENDING_CHARS
    ) {
      this.rejectPending();
    }
  }

  /** End of input: an open quote there is unclosed; its following lines are read again. */
  end(): void {
    while (this.pending.length > 0) this.rejectPending();
  }

  private finish(fields: string[], line: number): void {
    for (const f of fields) {
      if (f.length > MAX_FIELD_CHARS) {
        this.emit({ kind: 'bad', line, reason: `field longer than ${MAX_FIELD_CHARS} characters` });
        return;
      }
    }
    this.emit({ kind: 'record', fields, line });
  }

  private rejectPending(): void {
    const [first, ...rest] = this.pending;
    this.pending = [];
    this.emit({ kind: 'bad', line: first.line, reason: 'unclosed quote' });
    for (const r of rest) this.push(r.text, r.line);
  }
}
