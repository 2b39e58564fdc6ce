import { describe, expect, it } from 'vitest';
import { lenientFields, MAX_FIELD_CHARS, quoteBoundaryFields, RecordReader, splitLine, type RecordEvent } from '../../src/holdings/delimited.js';

function readLines(lines: string[], width: number, delim = ','): RecordEvent[] {
  const events: RecordEvent[] = [];
  const reader = new RecordReader(delim, (f) => (f.length === width ? 'row' : null), (e) => events.push(e));
  lines.forEach((l, i) => reader.push(l, i + 1));
  reader.end();
  return events;
}

describe('splitLine', () => {
  it('splits quoted and unquoted fields, doubled quotes, empty fields', () => {
    expect(splitLine('a,"b,c","say ""hi""",,', ',')).toEqual(['a', 'b,c', 'say "hi"', '', '']);
    expect(splitLine('"$31,271,687.03","5,555,769"', ',')).toEqual(['$31,271,687.03', '5,555,769']);
    expect(splitLine('a;"1.234,5";c', ';')).toEqual(['a', '1.234,5', 'c']);
  });

  it('is lenient like a spreadsheet: a quote inside an unquoted field is text, text after a closing quote is kept', () => {
    expect(splitLine('5" FLOPPY CORP,x', ',')).toEqual(['5" FLOPPY CORP', 'x']);
    expect(splitLine('"ACME" INC,x', ',')).toEqual(['ACME INC', 'x']);
    expect(splitLine('a, "b,c"', ',')).toEqual(['a', 'b,c']);
  });

  it('keeps the rest of the line for an unclosed quote', () => {
    expect(splitLine('a,"b,c', ',')).toEqual(['a', 'b,c']);
  });
});

describe('readings for salvage', () => {
  it('lenientFields: a quote opens a field only when a quote before a delimiter closes it; other quotes are text', () => {
    expect(lenientFields('603260,"HOSHINE SILICON,Materials,1.5', ',')).toEqual(['603260', '"HOSHINE SILICON', 'Materials', '1.5']);
    expect(lenientFields('"a","HOSHINE "SILICON" LTD","1,008.5"', ',')).toEqual(['a', 'HOSHINE "SILICON" LTD', '1,008.5']);
    expect(lenientFields('a,"say ""hi""",b', ',')).toEqual(['a', 'say "hi"', 'b']);
    expect(lenientFields('a;"b;c"', ';')).toEqual(['a', 'b;c']);
  });

  it('quoteBoundaryFields: an all-quoted row that lost a quote is cut where quotes meet delimiters', () => {
    expect(quoteBoundaryFields('"603260","HOSHINE LTD A,"Materials","1,008,626.83"', ',')).toEqual(['603260', 'HOSHINE LTD A', 'Materials', '1,008,626.83']);
    expect(quoteBoundaryFields('"a",b","c"', ',')).toEqual(['a', 'b', 'c']);
    expect(quoteBoundaryFields('"a","","b"', ',')).toEqual(['a', '', 'b']);
    expect(quoteBoundaryFields('a,b,c', ',')).toBeNull();
  });
});

describe('RecordReader', () => {
  it('reads all-quoted lines of changing widths whole (each array sized from the line before)', () => {
    const lines = ['"a","b","c"', '"d"', '"e","f","g","h","i"', '"j","k"', '"l","m"', '"","",""'];
    const got = readLines(lines, 0).map((e) => (e.kind === 'record' ? e.fields : e.kind));
    expect(got).toStrictEqual([['a', 'b', 'c'], ['d'], ['e', 'f', 'g', 'h', 'i'], ['j', 'k'], ['l', 'm'], ['', '', '']]);
    for (const f of got) expect(Object.keys(f)).toHaveLength((f as string[]).length); // no holes
  });

  it('a line with every field quoted reads the same whether or not a quote is escaped or a field left bare', () => {
    const fields = (line: string) => readLines([line], 0).map((e) => (e.kind === 'record' ? [e.fields, e.loose] : e.kind));
    expect(fields('"a","b,c","d"')).toEqual([[['a', 'b,c', 'd'], false]]);
    expect(fields('"","x",""')).toEqual([[['', 'x', ''], false]]);
    expect(fields('""')).toEqual([[[''], false]]);
    expect(fields('"say ""hi""","x"')).toEqual([[['say "hi"', 'x'], false]]);
    expect(fields('"a"",""b"')).toEqual([[['a","b'], false]]);
    expect(fields('"a",b,"c"')).toEqual([[['a', 'b', 'c'], false]]);
    expect(fields('"a","b" ,"c"')).toEqual([[['a', 'b ', 'c'], true]]);
    expect(readLines(['"a";"b;c"'], 2, ';')).toEqual([{ kind: 'record', fields: ['a', 'b;c'], line: 1, loose: false }]);
    expect(fields('"a","')).toEqual(['bad']);
    expect(fields('"a"x,"b"')).toEqual([[['ax', 'b'], true]]);
  });

  it('a record read with lenient rules carries its raw line (salvage may read it again)', () => {
    expect(readLines(['x,"a "b" c",y'], 3)).toEqual([{ kind: 'record', fields: ['x', 'a b" c"', 'y'], line: 1, loose: true, text: 'x,"a "b" c",y' }]);
  });

  it('joins a quoted field that spans lines and reports the first line', () => {
    expect(readLines(['x,y', '"multi', 'line",z', 'p,q'], 2)).toEqual([
      { kind: 'record', fields: ['x', 'y'], line: 1, loose: false },
      { kind: 'record', fields: ['multi\nline', 'z'], line: 2, loose: false },
      { kind: 'record', fields: ['p', 'q'], line: 4, loose: false },
    ]);
  });

  it('an unclosed quote whose continuation is implausible skips only its own line', () => {
    expect(readLines(['a,b', 'c,"d', 'e,f', 'g,h'], 2)).toEqual([
      { kind: 'record', fields: ['a', 'b'], line: 1, loose: false },
      { kind: 'bad', line: 2, reason: 'unclosed quote', text: 'c,"d' },
      { kind: 'record', fields: ['e', 'f'], line: 3, loose: false },
      { kind: 'record', fields: ['g', 'h'], line: 4, loose: false },
    ]);
  });

  it('an unclosed quote in an all-quoted file (quotes keep toggling) is still contained', () => {
    const events = readLines(['"a","b"', '"c","d', '"e","f"', '"g","h"'], 2);
    expect(events).toEqual([
      { kind: 'record', fields: ['a', 'b'], line: 1, loose: false },
      { kind: 'bad', line: 2, reason: 'unclosed quote', text: '"c","d' },
      { kind: 'record', fields: ['e', 'f'], line: 3, loose: false },
      { kind: 'record', fields: ['g', 'h'], line: 4, loose: false },
    ]);
  });

  it('an unclosed quote that never closes is given up after a bounded look-ahead', () => {
    const lines = ['"open', ...Array.from({ length: 500 }, (_, i) => `n${i},v${i}`)];
    const events = readLines(lines, 2);
    expect(events[0]).toEqual({ kind: 'bad', line: 1, reason: 'unclosed quote', text: '"open' });
    expect(events.slice(1)).toHaveLength(500);
    expect(events.slice(1).every((e) => e.kind === 'record')).toBe(true);
  });

  it('supports a multi-character-free delimiter such as tab', () => {
    expect(readLines(['a\t"b\tc"'], 2, '\t')).toEqual([{ kind: 'record', fields: ['a', 'b\tc'], line: 1, loose: false }]);
  });

  it('oversize lines and fields are bad rows', () => {
    const events: RecordEvent[] = [];
    const reader = new RecordReader(',', () => 'row', (e) => events.push(e));
    reader.push('', 1, true);
    reader.push(`${'x'.repeat(MAX_FIELD_CHARS + 1)},y`, 2);
    reader.push('ok,y', 3);
    reader.end();
    expect(events.map((e) => [e.kind, e.line])).toEqual([['bad', 1], ['bad', 2], ['record', 3]]);
  });
});
