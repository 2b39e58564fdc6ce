import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ListError } from '../../src/errors.js';
import { ListFileSchema, type ListFile } from '../../src/lists/schema.js';
import { validateList, validateListText } from '../../src/lists/validate.js';
import { repoRoot } from '../helpers/cli.js';

/** The fixture with the schema's defaults filled in (aliases, identifiers, relations: []). */
const base = (): ListFile => ListFileSchema.parse(JSON.parse(readFileSync(path.join(repoRoot, 'fixtures', 'lists', 'valid', 'two-entities.json'), 'utf8')));
const validate = (mutate: (l: ListFile) => void): string[] => {
  const l = base();
  mutate(l);
  return validateListText(JSON.stringify(l), 'fixture.json').problems;
};

describe('validate', () => {
  it('the fixture itself is valid', () => {
    expect(validate(() => undefined)).toEqual([]);
  });

  it.each<[string, (l: ListFile) => void, RegExp]>([
    ['duplicate ids', (l) => void (l.entities[1]!.id = 'meiya'), /entity meiya \(entities\[1\]\): duplicate id/],
    ['ISIN check digit', (l) => void (l.entities[0]!.identifiers[0]!.value = 'CNE100001121'), /entity meiya identifiers\[0\]: ISIN CNE100001121 fails its check digit/],
    ['LEI check digit', (l) => void l.entities[0]!.identifiers.push({ type: 'lei', value: '5493001KJTIIGC8Y1R13' }), /LEI 5493001KJTIIGC8Y1R13 fails/],
    ['CUSIP check digit', (l) => void l.entities[0]!.identifiers.push({ type: 'cusip', value: '037833101' }), /CUSIP 037833101 fails/],
    ['SEDOL check digit', (l) => void l.entities[0]!.identifiers.push({ type: 'sedol', value: '0263495' }), /SEDOL 0263495 fails/],
    ['calendar date', (l) => void (l.entities[0]!.listings[0]!.date = '2021-02-30'), /listings\[0\]\.date: not a calendar date: 2021-02-30/],
    ['ISO date shape (schema)', (l) => void (l.entities[0]!.listings[0]!.date = '12/16/2021'), /entity meiya \(entities\[0\]\) listings\[0\]\.date: expected an ISO date/],
    ['https URL', (l) => void (l.entities[0]!.listings[0]!.url = 'http://ofac.treasury.gov/x'), /listings\[0\]\.url: expected an https/],
    ['https URL that is not a URL', (l) => void (l.entities[0]!.listings[0]!.url = 'https://nohost'), /listings\[0\]\.url: not an https URL/],
    ['alias claimed twice (case/punctuation ignored)', (l) => void l.entities[1]!.aliases.push('MEIYA-PICO'), /entity person-x: alias "MEIYA-PICO" reads as "meiya pico" .* entity meiya also has/],
    // The matcher drops legal forms: "Co., Ltd." and "Limited" name one holding, so both entities would be confirmed for it.
    ['names equal as the matcher reads them', (l) => void l.entities[1]!.aliases.push(`${l.entities[0]!.name.replace(/ Co\., Ltd\.$/, '')} Limited`), /entity person-x: alias ".*Limited" reads as .* entity meiya also has: a holding so named would be confirmed for both/],
    ['FIGI check digit (as the matcher reads it)', (l) => void l.entities[0]!.identifiers.push({ type: 'figi', value: 'BBG000BADBAD' }), /FIGI BBG000BADBAD fails its check digit/],
    ['a company without listing', (l) => void (l.entities[0]!.listings = []), /entity meiya: a company needs at least one listing/],
    ['a relation to a missing entity', (l) => void l.entities[0]!.relations.push({ type: 'subsidiary-of', targetId: 'ghost', name: 'Ghost', aliases: [], identifiers: [], source: 'https://example.org/' }), /relations\[0\]\.targetId: no entity ghost/],
  ])('%s', (_, mutate, expected) => {
    const problems = validate(mutate);
    expect(problems.some((p) => expected.test(p)), problems.join('\n')).toBe(true);
  });

  it('two entity names that read alike (official lists name a parent and its subsidiary so) stand, with a warning', () => {
    const l = base();
    l.entities[1]!.name = `${l.entities[0]!.name.replace(/ Co\., Ltd\.$/, '')} Limited`;
    const report = validateListText(JSON.stringify(l), 'fixture.json');
    expect(report.problems).toEqual([]);
    expect(report.warnings).toEqual([expect.stringMatching(/^entity person-x: its name reads as ".*", as the name of entity meiya does; a holding so named is reported for both$/)]);
  });

  it('a person may have no listing', () => {
    expect(validate((l) => void (l.entities[1]!.listings = []))).toEqual([]);
  });

  it('reports every problem, not the first', () => {
    const problems = validate((l) => {
      l.entities[0]!.identifiers[0]!.value = 'CNE100001121';
      l.entities[0]!.listings[0]!.date = '2021-02-30';
      l.entities[1]!.id = 'meiya';
    });
    expect(problems).toHaveLength(3);
  });

  it('a syntax error is thrown as ListError', () => {
    expect(() => validateListText('{"a":', 'x.json')).toThrow(ListError);
  });

  it('validateList is the same check on an already-parsed list', () => {
    const l = base();
    l.entities[1]!.id = 'meiya';
    expect(validateList(l)).toHaveLength(1);
  });
});

describe('control characters anywhere in an entity', () => {
  it('a citation, program, identifier or note holding an escape sequence is a problem, as a name holding one is', () => {
    const esc = '\u001b]0;PWNED\u0007\u001b[2J';
    expect(validate((l) => { l.entities[0]!.listings[0]!.citation += esc; })).toEqual([expect.stringMatching(/listings\[0\]\.citation: holds a control character, escape or bidi override \(U\+001B/)]);
    expect(validate((l) => { l.entities[0]!.notes = `note${esc}`; })).toEqual([expect.stringMatching(/ notes: holds a control character/)]);
    expect(validate((l) => { l.entities[0]!.identifiers = [{ type: 'other', value: `X${esc}` }]; })).toEqual([expect.stringMatching(/identifiers\[0\]\.value: holds a control character/)]);
    expect(validate(() => undefined)).toEqual([]);
  });
});

describe('a problem of an entity whose id is kilobytes long', () => {
  it('names the entity by the start of its id', () => {
    const problems = validate((l) => {
      l.entities[0]!.id = 'a'.repeat(3_000);
      l.entities[0]!.name = 'A'.repeat(3_000);
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.length).toBeLessThan(300);
    expect(problems[0]).toMatch(/^entity a{80}\.\.\. name: 3000 characters long/);
  });
});
