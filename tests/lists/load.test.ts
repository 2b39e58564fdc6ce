import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ListError } from '../../src/errors.js';
import { DEFAULT_LIST_PATH, loadList, loadUserList, parseListText } from '../../src/lists/load.js';
import { repoRoot } from '../helpers/cli.js';

const fx = (...p: string[]): string => path.join(repoRoot, 'fixtures', 'lists', ...p);
const tmp = (name: string, text: string): string => {
  const f = path.join(mkdtempSync(path.join(tmpdir(), 'fs-lists-')), name);
  writeFileSync(f, text);
  return f;
};
async function listError(p: Promise<unknown>): Promise<ListError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(ListError);
  return err as ListError;
}

describe('loadList', () => {
  it('DEFAULT_LIST_PATH is lists/xinjiang.json of this checkout, whatever the cwd', () => {
    expect(DEFAULT_LIST_PATH).toBe(path.join(repoRoot, 'lists', 'xinjiang.json'));
  });

  it('loads a valid file and hashes its exact bytes', async () => {
    const list = await loadList(fx('valid', 'two-entities.json'));
    expect(list.id).toBe('two-entities');
    expect(list.version).toBe('2021-12-16');
    expect(list.entities.map((e) => e.id)).toEqual(['meiya', 'person-x']);
    expect(list.sha256).toBe(createHash('sha256').update(readFileSync(fx('valid', 'two-entities.json'))).digest('hex'));
  });

  it('a missing file is a ListError naming it', async () => {
    const err = await listError(loadList(fx('nope.json')));
    expect(err.message).toContain('nope.json');
    expect(err.message).toContain('no such file');
  });

  it('a JSON syntax error names file, line and column', async () => {
    const err = await listError(loadList(fx('invalid', 'syntax.json')));
    expect(err.message).toMatch(/syntax\.json:5:\d+: not valid JSON/);
  });

  it('schema problems are all listed, by entity id and path', () => {
    const data = JSON.parse(readFileSync(fx('valid', 'two-entities.json'), 'utf8'));
    data.entities[0].listings[0].url = 'http://insecure.example';
    data.entities[1].listings[0].date = '9 July 2020';
    data.entities[1].extra = true;
    let err: unknown;
    try {
      parseListText(JSON.stringify(data), 'x.json');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ListError);
    const problems = (err as ListError).problems;
    expect(problems).toHaveLength(3);
    expect(problems.some((p) => p.startsWith('entity meiya (entities[0]) listings[0].url'))).toBe(true);
    expect(problems.some((p) => p.startsWith('entity person-x (entities[1]) listings[0].date'))).toBe(true);
    expect(problems.some((p) => p.includes('extra'))).toBe(true);
  });
});

describe('loadUserList', () => {
  it('reads our JSON schema too', async () => {
    expect((await loadUserList(fx('valid', 'two-entities.json'))).entities).toHaveLength(2);
  });

  it('reads the simple CSV: headers case-insensitive, aliases split on ";", id from the file name', async () => {
    const list = await loadUserList(fx('user', 'watch-list.csv'));
    expect(list.id).toBe('watch-list');
    expect(list.version).toBe('2021-06-24');
    const [hoshine, hik, plain] = list.entities;
    expect(hoshine!.aliases).toEqual(['合盛硅业', 'Hoshine']);
    expect(hoshine!.identifiers).toEqual([{ type: 'ticker', value: '603260', exchange: 'XSHG' }]);
    expect(hoshine!.listings[0]).toMatchObject({ list: 'CBP WRO', date: '2021-06-24' });
    expect(hik!.identifiers.map((i) => i.type)).toEqual(['isin', 'ticker']);
    expect(plain!.name).toBe('Example Watch Co.');
    expect(plain!.listings).toEqual([]);
  });

  it('reports every bad CSV row by line', async () => {
    const err = await listError(loadUserList(fx('user', 'bad-rows.csv')));
    expect(err.problems).toHaveLength(3);
    expect(err.problems[0]).toMatch(/^line 3 \(Bad Isin Co\.\): ISIN CNE100000PM9 fails its check digit/);
    expect(err.problems[1]).toMatch(/^line 4 .*unreadable date/);
    expect(err.problems[2]).toMatch(/^line 5 .*https/);
  });

  it('a CSV with only a name column loads; its version is the file\'s modification date', async () => {
    const file = tmp('names-only.csv', 'name\nExample Watch Co.\nOther Watch Ltd.\n');
    utimesSync(file, new Date('2024-03-05T12:00:00Z'), new Date('2024-03-05T12:00:00Z'));
    const list = await loadUserList(file);
    expect(list.entities.map((e) => e.name)).toEqual(['Example Watch Co.', 'Other Watch Ltd.']);
    expect(list.entities.every((e) => e.listings.length === 0)).toBe(true);
    expect(list.version).toBe('2024-03-05');
  });

  it('a CSV without a name column is refused', async () => {
    const err = await listError(loadUserList(tmp('x.csv', 'sector,isin\nA,B\n')));
    expect(err.message).toContain('needs a name column');
  });
});

describe('a .json list that is no object', () => {
  it('is said as a JSON list gone wrong (an array, null, a number), not as a CSV list with a bad quote', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fs-jsonlist-'));
    for (const [name, text, got] of [['arr.json', '[{"name":"Acme"}]', 'array'], ['null.json', 'null', 'null'], ['num.json', '123', 'number']] as const) {
      const file = path.join(dir, name);
      writeFileSync(file, text);
      const err = await loadUserList(file).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ListError);
      expect((err as ListError).message).toMatch(/not a valid list file/);
      expect((err as ListError).problems.join()).toMatch(new RegExp(`expected object, received ${got}`));
    }
  });
});
