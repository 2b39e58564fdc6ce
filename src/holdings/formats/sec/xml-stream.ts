/**
 * Streaming XML for the SEC filings (N-PORT, 13F information tables): bytes -> decoded text ->
 * saxes events with namespace prefixes stripped (`ns1:infoTable`, `n1:infoTable` and `infoTable`
 * are the same element), the start line of every element, and capped leaf text. The readers
 * turn events into records on a queue; `batches()` drains it while pulling more input, so memory
 * stays flat however large the filing is. The spreadsheet readers (SpreadsheetML, an .ods's
 * content.xml) use it too, to build their sheets whole.
 */
import { SaxesParser } from 'saxes';
import iconv from 'iconv-lite';
import { InputError } from '../../../errors.js';
import type { HoldingsRecord } from '../../position.js';
import { AmpersandMender } from './xml-ampersands.js';
import { declaredEntities, DoctypeEntities } from './doctype-entities.js';

/** Longest leaf text kept (a 5 MB issuer name is a broken row, not something to carry around). */
export const MAX_TEXT = 64 * 1024;

export interface XmlEvents {
  /** `depth` is 1 for the root element. `line` is the line of the start tag. */
  open(name: string, attrs: Record<string, string>, line: number, depth: number): void;
  /** `text` is the element's own text (meaningful for leaves); `overflow` when it exceeded MAX_TEXT. */
  close(name: string, text: string, overflow: boolean, depth: number): void;
  /** Optional: each piece of text as it comes, in document order (mixed content: text around child elements). */
  text?(text: string): void;
  /**
   * A character-level problem (disallowed control character, unknown entity) at `line`: the reader
   * skips the record it falls in. Returns false when it is outside any record (the pump then
   * records a warning instead).
   */
  recoverable(message: string, line: number): boolean;
  /**
   * Input ended with elements still open (a truncated file). Return a warning when nothing was lost
   * (the holdings list had closed), or throw an InputError. `line` is the last line of the input.
   */
  truncated(open: string[], line: number): string;
}

/** Errors saxes reports for one bad character or entity; it parses on, so the record can be skipped. */
const RECOVERABLE = /disallowed character|entity/i;

const localName = (qname: string): string => {
  const i = qname.indexOf(':');
  return i < 0 ? qname : qname.slice(i + 1);
};

/** Decoder chosen from the first bytes: UTF-16 BOM, else the XML declaration's encoding, else UTF-8. */
function makeDecoder(head: Buffer): { write(b: Buffer): string; end(): string; name: string } {
  let enc = 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) enc = 'utf-16le';
  else if (head[0] === 0xfe && head[1] === 0xff) enc = 'utf-16be';
  // Without a byte-order mark, '<' and a zero byte (the XML specification's own test).
  else if (head[0] === 0x3c && head[1] === 0x00 && head[2] !== 0x00) enc = 'utf-16le';
  else if (head[0] === 0x00 && head[1] === 0x3c && head[3] !== 0x00) enc = 'utf-16be';
  else {
    const declared = /^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head.subarray(0, 256).toString('latin1'));
    const name = declared?.[1].toLowerCase();
    if (name && name !== 'utf-8' && name !== 'utf8' && name !== 'us-ascii' && iconv.encodingExists(name)) enc = name;
  }
  if (enc === 'utf-8') {
    const td = new TextDecoder('utf-8');
    return { name: enc, write: (b) => td.decode(b, { stream: true }), end: () => td.decode() };
  }
  const dec = iconv.getDecoder(enc);
  return { name: enc, write: (b) => dec.write(b), end: () => dec.end() ?? '' };
}

function newlinesBefore(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

export class XmlPump {
  encoding = 'utf-8';
  private readonly parser = new SaxesParser({ position: true });
  private readonly iter: AsyncIterator<Buffer | string>;
  private decoder: ReturnType<typeof makeDecoder> | null = null;
  private started = false;
  private finished = false;
  private lineOffset = 0;
  private depth = 0;
  private readonly stack: string[] = [];
  private text = '';
  private overflow = false;
  private replacementWarned = false;
  private pendingLine = 0;
  private readonly mender = new AmpersandMender();
  private entities: DoctypeEntities | null = null;
  private mended = 0;
  private firstMendedLine = 0;

  constructor(
    private readonly source: string,
    input: NodeJS.ReadableStream,
    private readonly events: XmlEvents,
    /** Where non-fatal notes go (the reader's meta.warnings). */
    private readonly warnings: string[],
  ) {
    this.iter = (input as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
    const p = this.parser;
    p.on('opentagstart', (tag) => {
      this.depth++;
      this.stack.push(localName(tag.name));
      this.text = '';
      this.overflow = false;
      // Attributes are only complete at `opentag`; remember the start line now.
      this.pendingLine = p.line + this.lineOffset;
    });
    p.on('opentag', (tag) => {
      const attrs: Record<string, string> = {};
      for (const [k, v] of Object.entries(tag.attributes)) attrs[localName(k)] = String(v);
      this.events.open(localName(tag.name), attrs, this.pendingLine, this.depth);
    });
    p.on('text', (t) => this.addText(t));
    p.on('cdata', (t) => this.addText(t));
    p.on('closetag', (tag) => {
      this.events.close(localName(tag.name), this.text, this.overflow, this.depth);
      this.text = '';
      this.overflow = false;
      this.stack.pop();
      this.depth--;
    });
    // Entities the DOCTYPE declares: plain internal ones expanded within a budget, no other ever
    // (doctype-entities.ts); the parser's error for one not expanded is said by its name and why.
    p.on('doctype', (doctype) => {
      this.entities = new DoctypeEntities(declaredEntities(doctype));
      this.entities.install(p.ENTITIES);
    });
    p.on('error', (err) => {
      let message = err.message.replace(/^\d+:\d+:\s*/, '');
      const line = p.line + this.lineOffset;
      const recoverable = RECOVERABLE.test(message);
      if (this.entities !== null && /^undefined entity/.test(message)) {
        message = `${this.entities.reason()}: the row is not screened, its text is searched for listed companies`;
      }
      if (recoverable && this.stack.length > 0) {
        if (!this.events.recoverable(message, line)) this.warnings.push(`line ${line}: ${message}`);
        return;
      }
      throw new InputError(this.source, `malformed XML: ${message}`, line);
    });
  }

  private addText(t: string): void {
    this.events.text?.(t);
    if (this.overflow) return;
    if (this.text.length + t.length > MAX_TEXT) {
      this.overflow = true;
      this.text = '';
    } else this.text += t;
  }

  get done(): boolean {
    return this.finished;
  }

  /** Feed one more chunk of input; false once the input is exhausted. */
  async step(): Promise<boolean> {
    if (this.finished) return false;
    const next = await this.iter.next();
    if (next.done) {
      this.finish();
      return false;
    }
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    if (!this.decoder) {
      this.decoder = makeDecoder(chunk);
      this.encoding = this.decoder.name;
    }
    this.feed(this.decoder.write(chunk));
    return true;
  }

  /** Pull input until `ready()` holds or the input ends. */
  async fill(ready: () => boolean): Promise<void> {
    while (!ready() && (await this.step()));
  }

  /** Yield the queued records as a batch, pulling more input whenever the queue runs dry. */
  async *batches(queue: HoldingsRecord[]): AsyncGenerator<HoldingsRecord[]> {
    for (;;) {
      if (queue.length > 0) yield queue.splice(0);
      if (this.finished) return;
      await this.step();
    }
  }

  private feed(text: string, final = false): void {
    if (!this.started) {
      if (!text) return;
      // EDGAR documents cut out of a submission often start with a blank line before `<?xml`;
      // saxes rejects a declaration that is not at the very start, so drop leading whitespace
      // (keeping line numbers true).
      const stripped = text.replace(/^[\s\uFEFF]*/, '');
      if (!stripped) return;
      this.lineOffset = (text.slice(0, text.length - stripped.length).match(/\n/g) ?? []).length;
      text = stripped;
      this.started = true;
    }
    if (!this.replacementWarned && text.includes('\uFFFD') && this.encoding === 'utf-8') {
      this.replacementWarned = true;
      this.warnings.push('bytes that are not valid UTF-8 were replaced by U+FFFD');
    }
    const mended = this.mender.push(text, final);
    if (mended.at.length > 0) {
      if (this.mended === 0) this.firstMendedLine = this.parser.line + this.lineOffset + newlinesBefore(mended.text, mended.at[0]);
      this.mended += mended.at.length;
    }
    try {
      this.parser.write(mended.text);
    } catch (err) {
      // saxes keeps a text, comment or attribute whole until it ends: hundreds of megabytes of one
      // is more than a string can hold (a hostile or damaged file), not an internal error.
      if (err instanceof RangeError) throw new InputError(this.source, 'XML with a text, comment or attribute too long to read: damaged, or no file a person saves', this.parser.line + this.lineOffset);
      throw err;
    }
  }

  private finish(): void {
    this.finished = true;
    this.feed(this.decoder?.end() ?? '', true);
    if (!this.started) throw new InputError(this.source, 'empty file: no XML content');
    if (this.mended > 0) {
      this.warnings.push(
        `line ${this.firstMendedLine}: ${this.mended === 1 ? "an '&'" : `${this.mended} '&'s`} that XML would refuse (AT&T unescaped, ` +
          'a reference XML does not define) read as written',
      );
    }
    if (this.stack.length > 0) {
      this.warnings.push(this.events.truncated([...this.stack], this.parser.line + this.lineOffset));
      return;
    }
    this.parser.close();
  }
}
