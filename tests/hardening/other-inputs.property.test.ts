/**
 * Properties of the readers of inputs other than holdings (scripts/hostile-corpus.ts sweeps them
 * by example): whatever the bytes, the text decoder returns text or refuses with NotTextError;
 * text survives every encoding it accepts; and every importer, given any text, returns a list or
 * throws a ListError / UsageError (exit 2), never another exception (exit 4).
 * Seed and runs: fast-check-params.ts (FC_SEED).
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { FundscreenError } from '../../src/errors.js';
import { importList, IMPORT_FORMATS } from '../../src/lists/import/index.js';
import { parseJsonText } from '../../src/json-text.js';
import { decodeTextBytes, NotTextError } from '../../src/text-bytes.js';
import { propertyParams } from './fast-check-params.js';

/** Runs f; an error other than the tool's own typed errors fails the property. */
function onlyTypedErrors(f: () => unknown): void {
  try {
    f();
  } catch (err) {
    if (!(err instanceof FundscreenError)) throw err;
    expect(err.exitCode).toBe(2);
    expect(err.message.length).toBeLessThan(10_000);
  }
}

describe('decodeTextBytes', () => {
  it('any bytes: text, or NotTextError naming a line inside the file', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.boolean(), (bytes, cp1252) => {
        try {
          const d = decodeTextBytes(bytes, { windows1252: cp1252 });
          expect(typeof d.text).toBe('string');
          if (d.encoding === 'utf-8') expect(d.text).not.toContain('\ufffd');
        } catch (err) {
          expect(err).toBeInstanceOf(NotTextError);
          const line = (err as NotTextError).line;
          if (line !== undefined) expect(line).toBeLessThanOrEqual(1 + bytes.filter((b) => b === 0x0a).length);
        }
      }),
      propertyParams(300),
    );
  });

  it('text round-trips through UTF-8 (with or without BOM) and UTF-16 LE/BE with BOM', () => {
    const textArb = fc.string({ unit: 'grapheme', maxLength: 200 }).filter((s) => !s.startsWith('\ufeff') && !/[\u0000-\u0008\u000b\u000e-\u001f]/.test(s));
    fc.assert(
      fc.property(textArb, fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be'), (text, enc) => {
        const bytes =
          enc === 'utf-8' ? Buffer.from(text)
          : enc === 'utf-8-bom' ? Buffer.from(`\ufeff${text}`)
          : Buffer.concat([Buffer.from(enc === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff]), iconv.encode(text, enc)]);
        expect(decodeTextBytes(bytes).text).toBe(text);
      }),
      propertyParams(300),
    );
  });

  it('Latin-1 letters saved as Windows-1252 come back as the same letters where allowed', () => {
    const latin = fc.string({ unit: fc.constantFrom(...'abcXYZ ,.éèàçÉÖüßñ'), minLength: 1, maxLength: 80 }).filter((s) => /[^\x00-\x7f]/.test(s));
    fc.assert(
      fc.property(latin, (text) => {
        expect(decodeTextBytes(iconv.encode(text, 'windows-1252'), { windows1252: true }).text).toBe(text);
      }),
      propertyParams(200),
    );
  });
});

describe('importers never fail but with a typed error', () => {
  const lineArb = fc.oneof(
    fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
    fc.record({
      id: fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.constant(null)),
      schema: fc.constantFrom('Company', 'Person', 'Sanction', 'Organization', 'Vessel', 7),
      target: fc.oneof(fc.boolean(), fc.constant(null)),
      datasets: fc.oneof(fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }), fc.string(), fc.constant(null)),
      first_seen: fc.oneof(fc.string({ maxLength: 25 }), fc.integer(), fc.constant(null)),
      properties: fc.oneof(
        fc.dictionary(fc.constantFrom('name', 'alias', 'entity', 'isinCode', 'leiCode', 'ticker', 'listingDate', 'sourceUrl', 'authority', 'program', 'notes'), fc.jsonValue({ maxDepth: 2 })),
        fc.constant(null),
      ),
    }).map((o) => JSON.stringify(o)),
  );

  it('opensanctions-ftm: any JSON lines', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 12 }), (lines) => {
        onlyTypedErrors(() => importList({ format: 'opensanctions-ftm', text: lines.join('\n'), file: 'e.ftm.json', asOf: '2026-01-01', filter: false }));
      }),
      propertyParams(300),
    );
  });

  it('every format: any text made of its own separators, quotes and words', () => {
    const cellArb = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('-0- ', '"', '""', '[SDGT]', 'vessel', 'individual', 'Company', '2021-02-30', '03 Jun 2021', 'ISIN CNE100000PM8', "a.k.a. 'X'", '<td>', '</tr>', 'Section 2(d)(2)(B)(i)', 'UFLPA', '12345'));
    const rowArb = fc.array(cellArb, { maxLength: 14 }).map((cells) => cells.join(fc.sample(fc.constantFrom(',', ';', '\t'), 1)[0]!));
    fc.assert(
      fc.property(fc.constantFrom(...IMPORT_FORMATS), fc.array(rowArb, { maxLength: 8 }), fc.constantFrom('\n', '\r\n', '\r'), (format, rows, eol) => {
        const header = format === 'csl' ? '_id,source,entity_number,type,programs,name' : format === 'opensanctions-csv' ? 'id,schema,name,aliases,identifiers,dataset,first_seen' : '';
        const text = [header, ...rows].filter(Boolean).join(eol);
        onlyTypedErrors(() => importList({ format, text, file: 'f', asOf: '2026-01-01', filter: false }));
      }),
      propertyParams(400),
    );
  });
});

describe('user JSON files', () => {
  it('any nesting of brackets: parsed, or a typed error naming file:line:column', () => {
    const nested = fc.array(fc.constantFrom('[', ']', '{', '}', '"', ',', '1', ':', '\\', 'a'), { maxLength: 400 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.oneof(nested, fc.integer({ min: 60, max: 5000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`)), (text) => {
        try {
          parseJsonText(text, 'x.json');
        } catch (err) {
          expect(err).toBeInstanceOf(FundscreenError);
          expect((err as Error).message).toMatch(/^x\.json:\d+:\d+: /);
        }
      }),
      propertyParams(300),
    );
  });
});
