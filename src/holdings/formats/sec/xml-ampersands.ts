/**
 * Ampersands XML refuses, read as the text their writer meant. A program that does not escape writes
 * `AT&T INC` or `X & Y`; saxes then reads everything up to the next `;` as one entity name, and a
 * 13F's next fifteen holdings vanish into one broken row. A reference XML does not define (a web
 * page's `&Eacute;`) or a character reference XML forbids (`&#1;`) is refused the same way and loses
 * its row. Each such `&` is escaped, so the text reads exactly as written (the matcher decodes HTML
 * references in names itself); the pump says how many there were and where the first one was.
 *
 * CDATA sections and comments are left alone; a reference or a `<![CDATA[` cut by a chunk boundary is
 * held back until the next chunk completes it. Pure: text in, text out.
 */

/** The five entities XML defines without a DTD (SEC filings and spreadsheets declare none). */
const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
/** Longer than this after `&` with no `;` is no reference. */
const MAX_REFERENCE = 40;
const REFERENCE = /&(?:#([0-9]+)|#x([0-9a-fA-F]+)|([A-Za-z_:][\w.:-]*));/y;
/** What may still become a reference when the chunk ends here. */
const REFERENCE_START = /^&(?:#x?[0-9a-fA-F]*|[A-Za-z_:][\w.:-]*)?$/;
const MARKUP = /&|<!/g;
const CDATA = '<![CDATA[';
const COMMENT = '<!--';
const ENTITY = '<!ENTITY';
/** A general entity's declaration (a parameter entity, `<!ENTITY % name`, is referenced as %name; in the DTD). */
const DECLARATION = /<!ENTITY\s+(%\s+)?([A-Za-z_:][\w.:-]*)\s/y;

/** A character XML 1.0 allows (its production `Char`). */
const xmlChar = (c: number): boolean =>
  c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);

function wellFormedAt(s: string, at: number, declared: ReadonlySet<string>): boolean | null {
  REFERENCE.lastIndex = at;
  const m = REFERENCE.exec(s);
  if (!m) return null;
  if (m[3] !== undefined) return XML_ENTITIES.has(m[3]) || declared.has(m[3]);
  const code = m[1] !== undefined ? Number(m[1]) : parseInt(m[2], 16);
  return xmlChar(code);
}

export interface Mended {
  text: string;
  /** Offsets in `text` of each ampersand escaped. */
  at: number[];
}

export class AmpersandMender {
  private carry = '';
  private inside: 'text' | 'cdata' | 'comment' = 'text';
  /**
   * Entities the document's DOCTYPE declares. A reference to one is left as it is, to the parser:
   * one of plain internal text is expanded, any other (a billion laughs, an external file) skips the
   * row it falls in with the entity and why (doctype-entities.ts).
   */
  private readonly declared = new Set<string>();

  /** Mend one chunk; `final` on the last, which flushes whatever was held back. */
  push(chunk: string, final = false): Mended {
    const s = this.carry + chunk;
    this.carry = '';
    const parts: string[] = [];
    const at: number[] = [];
    let outLength = 0;
    let i = 0;
    const emit = (to: number) => {
      parts.push(s.slice(i, to));
      outLength += to - i;
      i = to;
    };
    while (i < s.length) {
      if (this.inside !== 'text') {
        const end = s.indexOf(this.inside === 'cdata' ? ']]>' : '-->', i);
        if (end < 0) {
          // Keep two characters back: the terminator may be split across chunks.
          const keep = final ? s.length : Math.max(i, s.length - 2);
          emit(keep);
          break;
        }
        emit(end + 3);
        this.inside = 'text';
        continue;
      }
      MARKUP.lastIndex = i;
      const m = MARKUP.exec(s);
      if (!m) {
        // A `<` at the very end may open a CDATA section or comment the next chunk completes.
        emit(!final && s.endsWith('<') ? s.length - 1 : s.length);
        break;
      }
      const p = m.index;
      if (m[0] === '<!') {
        const rest = s.slice(p, p + CDATA.length);
        if (!final && p + CDATA.length > s.length && [CDATA, COMMENT, ENTITY].some((open) => open.startsWith(rest))) {
          emit(p);
          break;
        }
        if (rest.startsWith(ENTITY)) {
          DECLARATION.lastIndex = p;
          const d = DECLARATION.exec(s);
          if (!d && !final && s.length - p <= ENTITY.length + MAX_REFERENCE + 8) {
            emit(p);
            break;
          }
          if (d && !d[1]) this.declared.add(d[2]);
          emit(d ? DECLARATION.lastIndex : p + 2);
          continue;
        }
        const opens = rest === CDATA ? 'cdata' : rest.startsWith(COMMENT) ? 'comment' : null;
        emit(p + (opens === 'cdata' ? CDATA.length : opens === 'comment' ? COMMENT.length : 2));
        if (opens) this.inside = opens;
        continue;
      }
      const ok = wellFormedAt(s, p, this.declared);
      if (ok === null && !final && s.length - p <= MAX_REFERENCE && REFERENCE_START.test(s.slice(p))) {
        emit(p);
        break;
      }
      emit(p);
      if (ok) {
        emit(p + 1);
        continue;
      }
      at.push(outLength);
      parts.push('&amp;');
      outLength += 5;
      i = p + 1;
    }
    if (i < s.length) this.carry = s.slice(i);
    return { text: parts.join(''), at };
  }
}
