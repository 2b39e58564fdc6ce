import { describe, expect, it } from 'vitest';
import { ListError } from '../../src/errors.js';
import { parseUserCsv } from '../../src/lists/user-csv.js';

const parse = (text: string) => parseUserCsv(text, 'mine.csv', 'mine', '2026-12-01').list;

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

  it('reads every code of the identifier registry (CUSIP, SEDOL, FIGI, LEI, USCC), not only the ISIN; a failing one is a problem of its line', () => {
    const [e] = parse('Name,CUSIP,SEDOL,FIGI,LEI,Unified Social Credit Code,Ticker\nAcme Widgets Ltd,37833100,B0YBKJ7,BBG000B9XRY4,529900T8BM49AURSDO55,914401153314442716,ACME\n').entities;
    expect(e!.identifiers).toEqual([
      { type: 'cusip', value: '037833100' }, // a spreadsheet's lost leading zero restored, as the matcher reads it
      { type: 'sedol', value: 'B0YBKJ7' },
      { type: 'figi', value: 'BBG000B9XRY4' },
      { type: 'lei', value: '529900T8BM49AURSDO55' },
      { type: 'uscc', value: '914401153314442716' },
      { type: 'ticker', value: 'ACME' },
    ]);
    expect(() => parse('Name,CUSIP\nAcme,037833101\n')).toThrow(expect.objectContaining({ problems: ['line 2 (Acme): CUSIP 037833101 fails its check digit'] }));
  });

  it('a column no header names the url whose cells are all links is the listing\'s url (Source, Quelle); two such columns are not guessed between', () => {
    const [e] = parse('Company,Date added,Source\n"Hoshine Silicon Industry Co., Ltd.",2021-06-24,https://www.cbp.gov/x\n').entities;
    expect(e!.listings).toEqual([{ list: 'mine', date: '2021-06-24', citation: 'user list mine.csv, line 2', url: 'https://www.cbp.gov/x', verification: 'partial' }]);
    // An http link is read as the url, and said to be one that must be https.
    expect(() => parse('Company,Date added,Quelle\nAcme,2021-06-24,http://example.org/a\n')).toThrow(expect.objectContaining({ problems: ['line 2 (Acme): url must be https:// (got "http://example.org/a")'] }));
    // A company's website is no listing's source (review finding).
    expect(() => parse('Company,Website,Date added\nAcme,https://www.acme.example,2021-06-24\n')).toThrow(expect.objectContaining({ problems: ['line 2 (Acme): a listing needs an https url'] }));
    // Two columns of links: which is the listing's is not guessed (the row's date then lacks its url).
    expect(() => parse('Company,Date added,Source,Press\nAcme,2021-06-24,https://a.example/1,https://b.example/2\n')).toThrow(expect.objectContaining({ problems: ['line 2 (Acme): a listing needs an https url'] }));
  });

  it('a name-only list is dated by the file; a file without a name column says which names it accepts', () => {
    const list = parse('Organisation\nXinjiang Production and Construction Corps\n');
    expect(list).toMatchObject({ version: '2026-12-01', entities: [{ name: 'Xinjiang Production and Construction Corps', listings: [] }] });
    expect(() => parse('Country,Sector\nChina,Materials\n')).toThrow(ListError);
    expect(() => parse('Country,Sector\nChina,Materials\n')).toThrow(/needs a name column \("name", "company", "entity"/);
  });
});

describe('the lines a CSV list\'s problems name', () => {
  // readPlainCsv reads the first two; csv-parse the rest (a quote it leaves to it): the same lines either way.
  it('count the blank lines skipped and the lines inside a quoted cell', () => {
    const text = 'name,isin\n"Acme ""Big"" Co",US0378331005\n\n"Multi\nLine Ltd",XX\n  ,  \n,US0378331005\nBeta,,,x\n';
    expect(() => parse(text)).toThrow(expect.objectContaining({
      message: 'mine.csv: not a valid CSV list (2 problems)',
      problems: ['line 4 (Multi\nLine Ltd): ISIN XX fails its check digit', 'line 7: no name'],
    }));
    const crlf = 'name;date;url\r\nAcme;2021-02-30;http://x\r\n\r\nBeta;;https://ok.example\r\n';
    expect(() => parse(crlf)).toThrow(expect.objectContaining({
      problems: ['line 2 (Acme): unreadable date "2021-02-30"', 'line 2 (Acme): url must be https:// (got "http://x")', 'line 4 (Beta): a listing needs a date'],
    }));
  });

  it.each([
    ['Quote Not Closed: the parsing is finished with an opening quote at line 2', 'name\n"abc\n'],
    ['Invalid Opening Quote: a quote is found on field 0 at line 2, value is "ab"', 'name\nab"c\nd\n'],
  ])('name the line csv-parse stops at (%s)', (message, text) => {
    expect(() => parse(text)).toThrow(`mine.csv:2: not a readable CSV list: ${message}`);
  });

  it('a list with quoted names, blank lines and cells of several lines reads as csv-parse reads it', () => {
    const list = parse('\ufeffName , Aliases\n "Acme, Inc." ,"Acme|ACME ""Intl"""\n\n\t\n"Two\nLines",\n');
    expect(list.entities.map((e) => [e.name, e.aliases])).toEqual([['Acme, Inc.', ['Acme', 'ACME "Intl"']], ['Two\nLines', []]]);
  });
});

describe('a list kept in a workbook (.xlsx)', () => {
  it('reads the first sheet with a name column, rows above the header ignored, problems by row', async () => {
    const { xlsx } = await import('../holdings/nport-zip-writer.js');
    const { loadUserList } = await import('../../src/lists/load.js');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const dir = mkdtempSync(path.join(tmpdir(), 'fs-xlsx-list-'));
    const good = path.join(dir, 'My Exclusions.xlsx');
    writeFileSync(good, xlsx([
      ['Exclusions, reviewed 2026-11'], [],
      ['Company Name', 'ISIN', 'Also Known As', 'Listing Date', 'Source URL'],
      ['Hoshine Silicon Industry Co., Ltd.', 'CNE100002SN6', 'Hoshine', '2021-06-24', 'https://www.cbp.gov/newsroom'],
      ['Example Holdings Ltd', '', '', '', ''],
    ], 'Exclusions'));
    const list = await loadUserList(good);
    expect(list.id).toBe('my-exclusions');
    expect(list.entities.map((e) => [e.name, e.aliases, e.identifiers.map((i) => i.value)])).toEqual([
      ['Hoshine Silicon Industry Co., Ltd.', ['Hoshine'], ['CNE100002SN6']],
      ['Example Holdings Ltd', [], []],
    ]);
    expect(list.entities[0]!.listings[0]).toMatchObject({ date: '2021-06-24', citation: expect.stringContaining('row 4') });

    const bad = path.join(dir, 'bad.xlsx');
    writeFileSync(bad, xlsx([['Name', 'ISIN'], ['Acme Ltd', 'CNE100002SN7']]));
    await expect(loadUserList(bad)).rejects.toMatchObject({ problems: ['row 2 (Acme Ltd): ISIN CNE100002SN7 fails its check digit'] });

    const none = path.join(dir, 'none.xlsx');
    writeFileSync(none, xlsx([['Ticker', 'Weight'], ['AAPL', '1.0']], 'Sheet1'));
    await expect(loadUserList(none)).rejects.toThrow(/no sheet has a name column .* \(Sheet1: Ticker, Weight\)/);

    // A cell the workbook reader could not read is a problem of its row, not a blank cell.
    const cell = path.join(dir, 'cell.xlsx');
    writeFileSync(cell, xlsx([['Name', 'Aliases'], ['Acme Ltd', 'Acme']], 'Sheet1', { damage: (x) => x.replace(/<c r="B2" t="s"><v>\d+/, '<c r="B2" t="s"><v>99') }));
    await expect(loadUserList(cell)).rejects.toMatchObject({ problems: [expect.stringMatching(/^row 2: cell B2 is damaged: a shared string that does not exist/)] });

    const damaged = path.join(dir, 'damaged.xlsx');
    writeFileSync(damaged, xlsx([['Name'], ['Acme']]).subarray(0, 60));
    await expect(loadUserList(damaged)).rejects.toThrow(/damaged.xlsx: not a readable list workbook/);
  });
});

describe('a table list\'s validation problems and warnings name the line of the row', () => {
  it('an alias another row also reads as, a control character: file:line, as holdings problems name theirs', async () => {
    const { loadUserList } = await import('../../src/lists/load.js');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const dir = mkdtempSync(path.join(tmpdir(), 'fs-csv-list-lines-'));
    const file = path.join(dir, 'watch.csv');
    // Line 4 is blank: the lines named are the file's, not the entities' places.
    writeFileSync(file, 'name,aliases\nAlpha Corp,\nBeta Ltd,Alpha Corp\n\nGamma \u001b[31mRed,\n');
    await expect(loadUserList(file)).rejects.toMatchObject({
      problems: [
        `${file}:3: entity beta-ltd: alias "Alpha Corp" reads as "alpha" as the matcher compares names, which entity alpha-corp (${file}:2) also has: a holding so named would be confirmed for both`,
        `${file}:5: entity gamma-31mred name: holds a control character, escape or bidi override (U+001B at character 7)`,
      ],
    });
  });

  it('names a row by the line it starts on, a quoted name over two lines too (the plain reader and csv-parse alike)', () => {
    // (A no-break space sends the text to csv-parse: the plain reader leaves it alone.)
    for (const text of ['name\nAlpha Corp\n"Beta\nCo"\nGamma Ltd\n', 'name\nAlpha\u00a0Corp\n"Beta\nCo"\nGamma Ltd\n']) {
      expect(parseUserCsv(text, 'mine.csv', 'mine', '2026-12-01').rows.lines).toEqual([2, 3, 5]);
    }
  });

  it('names read alike and weak names, by line', async () => {
    const { namesReadAlike, weakNames } = await import('../../src/lists/validate.js');
    const { list, rows } = parseUserCsv('name\nAlpha Corp\n\nAlpha Corp.\n%%\n', 'mine.csv', 'mine', '2026-12-01');
    expect(namesReadAlike({ ...list, rows })).toEqual([
      'mine.csv:4: entity alpha-corp-2: its name reads as "alpha", as the name of entity alpha-corp (mine.csv:2) does; a holding so named is reported for both',
    ]);
    expect(weakNames({ ...list, rows })).toEqual([
      'mine.csv:5: entity row-5: "%%" reads as nothing to the matcher (punctuation, symbols or legal forms only); it can never match',
      'mine.csv:5: entity row-5: no name that can match and no identifier; nothing can ever match it',
    ]);
    // A JSON list has no rows: its entities are named by id, as before.
    expect(namesReadAlike(list)[0]).toMatch(/^entity alpha-corp-2: /);
  });

  it('a workbook list\'s, by row number', async () => {
    const { xlsx } = await import('../holdings/nport-zip-writer.js');
    const { loadUserList } = await import('../../src/lists/load.js');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'fs-xlsx-list-lines-')), 'book.xlsx');
    writeFileSync(file, xlsx([['Watch list'], ['Name', 'Aliases'], ['Alpha Corp', ''], ['Beta Ltd', 'Alpha Corp']]));
    await expect(loadUserList(file)).rejects.toMatchObject({ problems: [expect.stringMatching(/book\.xlsx:4: entity beta-ltd: alias "Alpha Corp" .* entity alpha-corp \(.*book\.xlsx:3\) also has/)] });
  });
});
