import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPlainCsv } from '../../src/lists/plain-csv.js';

/** csv-parse as user-csv.ts calls it, or its error code. */
function csvParse(text: string, delimiter: string): { record: string[]; line: number }[] | string {
  try {
    const records = parse(text, { delimiter, info: true, raw: true, relax_column_count: true, skip_empty_lines: true, bom: true, trim: true }) as unknown as { record: string[]; info: { lines: number }; raw: string }[];
    // (The line a record starts on: csv-parse counts to its end, less the line breaks inside it.)
    return records.map((r) => ({ record: r.record, line: r.info.lines - (r.raw.replace(/^(?:[ \t]*(?:\r\n|\r|\n))+|(?:\r\n|\r|\n)$/g, '').match(/\r\n|\r|\n/g)?.length ?? 0) }));
  } catch (err) {
    return (err as { code?: string }).code ?? String(err);
  }
}

// The fast reader must be an exact shortcut: whatever it reads, csv-parse reads the same (records
// and lines); whatever csv-parse rejects (or might read otherwise), it leaves to csv-parse.
describe('readPlainCsv', () => {
  const delimiters = fc.constantFrom(',', ';', '\t', '|');
  // Texts made of what CSV is made of: delimiters, quotes, line ends, spaces (also exotic ones).
  const piece = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('a', 'Bc', 'Ltd.', '合盛', '2021-06-24', 'x y') },
    { weight: 4, arbitrary: fc.constantFrom(',', ';', '\t', '|') },
    { weight: 3, arbitrary: fc.constantFrom('"', '""', '"a"', '"a,b"', '"a ""q"" b"', '"x\ny"', '" "') },
    { weight: 4, arbitrary: fc.constantFrom('\n', '\r\n', '\n\n', '\r') },
    { weight: 3, arbitrary: fc.constantFrom(' ', '  ', '\t') },
    { weight: 1, arbitrary: fc.constantFrom('\u00a0', '\u3000', '\ufeff', '\v', '\u2028', '\ud800', '😀') },
  );
  const texts = fc.oneof(
    fc.array(piece, { maxLength: 40 }).map((ps) => ps.join('')),
    fc.array(piece, { maxLength: 40 }).map((ps) => '\ufeff' + ps.join('')),
    fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' ', '\t', ';') }),
  );

  it('reads what it reads exactly as csv-parse does, and leaves to csv-parse what it rejects', () => {
    let read = 0;
    fc.assert(fc.property(texts, delimiters, (text, delimiter) => {
      const fast = readPlainCsv(text, delimiter);
      if (fast === null) return;
      read++;
      expect(fast).toEqual(csvParse(text, delimiter));
    }), { seed: 20261207, numRuns: 20_000 });
    // Not vacuous: most of these texts are plain enough to be read.
    expect(read).toBeGreaterThan(5_000);
  });

  it('reads a plain list, its quoted cells, blank lines and \\r\\n line ends', () => {
    const text = '\ufeffname, ticker ,date\n"Hoshine Silicon Industry Co., Ltd." , 603260,2021-06-24\n\n  \n"a ""b""\nc",,\n';
    const expected = [
      { record: ['name', 'ticker', 'date'], line: 1 },
      { record: ['Hoshine Silicon Industry Co., Ltd.', '603260', '2021-06-24'], line: 2 },
      { record: ['a "b"\nc', '', ''], line: 5 },
    ];
    expect(readPlainCsv(text, ',')).toEqual(expected);
    expect(csvParse(text, ',')).toEqual(expected);
    const crlf = text.replace('"a ""b""\nc"', '"a ""b"" c"').replace(/\n/g, '\r\n');
    expect(readPlainCsv(crlf, ',')).toEqual(csvParse(crlf, ','));
    expect(readPlainCsv(crlf, ',')).not.toBeNull();
  });

  it.each([
    ['a quote inside an unquoted cell', 'name\nab"c\n'],
    ['text after a closing quote', 'name\n"a"b\n'],
    ['a quote never closed', 'name\n"abc\n'],
    ['a no-break space', 'name\n\u00a0abc\n'],
    ['mixed line ends', 'name\r\nabc\n'],
    ['a line break inside quotes in a \\r\\n file', 'name\r\n"a\r\nb"\r\n'],
  ])('leaves %s to csv-parse', (_, text) => {
    expect(readPlainCsv(text, ',')).toBeNull();
  });
});
