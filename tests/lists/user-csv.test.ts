import { describe, expect, it } from 'vitest';
import { ListError } from '../../src/errors.js';
import { parseUserCsv } from '../../src/lists/user-csv.js';

const parse = (text: string) => parseUserCsv(text, 'mine.csv', 'mine', '2026-12-01');

describe('a user CSV list', () => {
  it('reads the columns by their common names, in any order', () => {
    const list = parse(
      'Listing Date,Company Name,AKA,Source URL,Program\n' +
      '2021-06-24,"Hoshine Silicon Industry Co., Ltd.",Hoshine Silicon|合盛硅业,https://www.cbp.gov/x,CBP WRO\n',
    );
    expect(list.entities).toHaveLength(1);
    const e = list.entities[0];
    expect(e.name).toBe('Hoshine Silicon Industry Co., Ltd.');
    expect(e.aliases).toEqual(['Hoshine Silicon', '合盛硅业']);
    expect(e.listings).toEqual([{ list: 'CBP WRO', date: '2021-06-24', citation: 'user list mine.csv, line 2', url: 'https://www.cbp.gov/x', verification: 'partial' }]);
    expect(list.version).toBe('2021-06-24');
  });

  it.each([
    ['semicolon', 'Entity;Aliases\nHoshine Silicon Industry Co., Ltd.;Hoshine Silicon\n'],
    ['tab', 'Entity\tAliases\nHoshine Silicon Industry Co., Ltd.\tHoshine Silicon\n'],
    ['pipe', 'entity name|alias\nHoshine Silicon Industry Co., Ltd.|Hoshine Silicon\n'],
  ])('sniffs a %s delimiter from the header line', (_, text) => {
    const [e] = parse(text).entities;
    expect([e.name, e.aliases]).toEqual(['Hoshine Silicon Industry Co., Ltd.', ['Hoshine Silicon']]);
  });

  it('a name-only list is dated by the file; a file without a name column says which names it accepts', () => {
    const list = parse('Organisation\nXinjiang Production and Construction Corps\n');
    expect(list).toMatchObject({ version: '2026-12-01', entities: [{ name: 'Xinjiang Production and Construction Corps', listings: [] }] });
    expect(() => parse('Country,Sector\nChina,Materials\n')).toThrow(ListError);
    expect(() => parse('Country,Sector\nChina,Materials\n')).toThrow(/needs a name column \("name", "company", "entity"/);
  });
});
