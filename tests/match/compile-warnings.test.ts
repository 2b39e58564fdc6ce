/**
 * What compiling the lists says (createMatcher(...).warnings, shown by screen as "list: ..."): here,
 * two entities of one list whose names read alike, so that every holding so named is reported twice.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/matcher.js';
import type { ListEntity, LoadedList } from '../../src/lists/schema.js';

const entity = (id: string, name: string): ListEntity => ({ id, name, type: 'company', aliases: [], identifiers: [], listings: [], relations: [] });
const list = (id: string, ...entities: ListEntity[]): LoadedList => ({ id, version: '2026-01-01', sha256: '', path: `${id}.csv`, entities });

describe('entities whose names read alike', () => {
  it('are said when one list holds them (a row twice in a user CSV, Ltd and Limited)', () => {
    const m = createMatcher([list('mine', entity('acme', 'Acme Widgets Ltd'), entity('acme-2', 'ACME WIDGETS LIMITED'), entity('beta', 'Beta Gadgets'))]);
    expect(m.warnings).toEqual(['entity acme-2: its name reads as "acme widgets", as the name of entity acme does (list mine); a holding so named is reported for both']);
  });
  it('are not said of two people of one name, nor of two legal forms of different kinds (Acme GmbH, Acme Inc.)', () => {
    const person = (id: string): ListEntity => ({ ...entity(id, 'WANG, Wei'), type: 'person' });
    expect(createMatcher([list('mine', person('wang-1'), person('wang-2'))]).warnings).toEqual([]);
    expect(createMatcher([list('mine', entity('acme-de', 'Acme GmbH'), entity('acme-us', 'Acme Inc.'))]).warnings).toEqual([]);
  });
  it('are not said across lists: two lists may list one company, each a finding of its own', () => {
    expect(createMatcher([list('a', entity('acme', 'Acme Widgets Ltd')), list('b', entity('acme-b', 'Acme Widgets Ltd'))]).warnings).toEqual([]);
  });
});

describe('warnings of a list read from a table', () => {
  it('name the line of the entity\'s row (and of the other entity\'s), as lists validate does', () => {
    const rows = (...lines: number[]) => ({ rows: { file: 'mine.csv', lines } });
    const m = createMatcher([{ ...list('mine', entity('acme', 'Acme Widgets Ltd'), entity('acme-2', 'ACME WIDGETS LIMITED'), entity('forms', 'Co., Ltd.')), ...rows(2, 5, 9) }]);
    expect(m.warnings).toEqual([
      'mine.csv:5: entity acme-2: its name reads as "acme widgets", as the name of entity acme (mine.csv:2) does (list mine); a holding so named is reported for both',
      'mine.csv:9: entity forms: name "Co., Ltd." is only legal forms or common words; it cannot match by name',
    ]);
  });
});
