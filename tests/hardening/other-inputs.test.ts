/**
 * Hostile inputs other than holdings files: official downloads (`lists import`), user lists
 * (`--list`, `lists validate`), ignore / baseline / config files, `explain` names. Each test is a
 * mechanism found by scripts/hostile-corpus.ts (the generated sweep); fixtures are written here.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { errorLines, expectNoStack } from './expect-cli.js';
import { decodeTextBytes, NotTextError } from '../../src/text-bytes.js';
import { importList } from '../../src/lists/import/index.js';
import { loadUserList } from '../../src/lists/load.js';
import { capLine, MAX_LOG_LINE } from '../../src/cli/log.js';
import { duplicateKeyAt } from '../../src/json-text.js';

const dir = useTempDir('fundscreen-other-inputs-');
let n = 0;
/** A file in its own folder (OFAC companions are looked for beside the main file). */
const put = (name: string, data: string | Buffer): string => {
  const sub = path.join(dir, `c${n++}`);
  mkdirSync(sub, { recursive: true });
  const file = path.join(sub, name);
  writeFileSync(file, data);
  return file;
};
const out = () => path.join(dir, `out-${n++}.json`);
const ofacRow = (ent: string, name: string, remarks = '', type = '-0- ') =>
  `${ent},"${name}",${type},"[GLOMAG]",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"${remarks}"`;

/** The one error line: exit code, no stack trace, names the file. */
function expectUsageError(r: { code: number | null; stderr: string }, file: string, message: RegExp): void {
  expect(r.code, r.stderr).toBe(2);
  expectNoStack(r as never);
  const lines = errorLines(r.stderr).filter((l) => !l.startsWith('  - '));
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toContain(file);
  expect(lines[0]).toMatch(message);
}

describe('encodings of lists and official downloads: decoded right or refused with the line, never U+FFFD', () => {
  it('decodeTextBytes: UTF-16 with and without a byte-order mark, UTF-8 BOM; Windows-1252 only where allowed', () => {
    const text = 'name,aliases\nSociété Générale,SG\n';
    expect(decodeTextBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')])).text).toBe(text);
    expect(decodeTextBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16be')])).text).toBe(text);
    const noBom = decodeTextBytes(iconv.encode(text, 'utf16le'));
    expect(noBom.text).toBe(text);
    expect(noBom.note).toMatch(/UTF-16 LE/);
    expect(decodeTextBytes(Buffer.from(`\ufeff${text}`)).text).toBe(text);
    const cp = iconv.encode(text, 'windows-1252');
    expect(() => decodeTextBytes(cp)).toThrow(NotTextError);
    expect(() => decodeTextBytes(cp)).toThrow(/not UTF-8 text \(byte 0xE9\)/);
    const read = decodeTextBytes(cp, { windows1252: true });
    expect(read.text).toBe(text);
    expect(read.note).toMatch(/byte 0xE9 on line 2/);
    expect(() => decodeTextBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]))).toThrow(/PNG/);
  });

  it('a UTF-16 CSV list (Excel "Unicode text") is read by its names, not as letters between NULs', async () => {
    const file = put('watch.csv', iconv.encode('name,aliases\nFoo Bar Trading Co,FBT\n', 'utf16le'));
    const list = await loadUserList(file);
    expect(list.entities.map((e) => [e.name, e.aliases])).toEqual([['Foo Bar Trading Co', ['FBT']]]);
  });

  it('a list that is not UTF-8 is exit 2 naming file and line (was: loaded with U+FFFD in its names)', async () => {
    const csv = put('watch.csv', iconv.encode('name\nFoo Trading\nSociété Xinjiàng\n', 'windows-1252'));
    for (const args of [['lists', 'validate', csv], ['screen', 'fixtures/cli/ishares-em-sample.csv', '--list', csv]]) {
      expectUsageError(await runCli(args), `${csv}:3:`, /not UTF-8 text \(byte 0xE9\): save the file as UTF-8/);
    }
  });

  it('an official download in Windows-1252 is imported with its accents, and a warning says how it was read', async () => {
    const sdn = put('SDN.CSV', iconv.encode(`${ofacRow('1', 'SOCIÉTÉ EXEMPLE')}\n`, 'windows-1252'));
    const o = out();
    const r = await runCli(['lists', 'import', sdn, '--out', o]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(readFileSync(o, 'utf8')).entities[0].name).toBe('SOCIÉTÉ EXEMPLE');
    expect(r.stderr).toContain(`${sdn}: not UTF-8 (byte 0xC9 on line 1): the file was read as Windows-1252`);
  });

  it('binary data given as a list, an import, an ignore or a config file is one error line naming the file', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
    const f = put('x.json', png);
    expectUsageError(await runCli(['lists', 'validate', f]), f, /binary data \(a PNG image\)/);
    expectUsageError(await runCli(['lists', 'import', '--from', 'ofac-sdn', f, '--out', out()]), f, /binary data/);
    expectUsageError(await runCli(['screen', 'fixtures/cli/ishares-em-sample.csv', '--ignore', f]), f, /binary data/);
    expectUsageError(await runCli(['screen', 'fixtures/cli/ishares-em-sample.csv', '--config', f]), f, /binary data/);
  });
});

describe('lists import: a file of another kind writes no empty list; warnings name file and line', () => {
  it('a holdings CSV, a list JSON or a PNG given with --from ofac-sdn is exit 2 (was: exit 0 and an empty list written)', async () => {
    for (const other of ['fixtures/cli/ishares-em-sample.csv', 'fixtures/lists/valid/two-entities.json']) {
      const r = await runCli(['lists', 'import', '--from', 'ofac-sdn', other, '--out', out()]);
      expectUsageError(r, other, /no ofac-sdn record read \(\d+ line\(s\) skipped\); is it the right file for --from ofac-sdn\?/);
      expect(r.stderr).toContain(`  - ${other}:1: not an OFAC record`);
    }
    const empty = put('SDN.CSV', '');
    expectUsageError(await runCli(['lists', 'import', '--from', 'ofac-sdn', empty, '--out', out()]), empty, /no ofac-sdn record read \(the file holds none\)/);
  });

  it('a skipped row is warned at its own line, past blank lines and a cell over two lines (was: "line N" counted in records, no file)', () => {
    const header = '_id,source,entity_number,type,programs,name,remarks';
    const text = `${header}\n\na1,EL,,Entity,,"Two-line\nName Co",x\n\nv1,EL,,Vessel,,EXAMPLE VESSEL,x\n`;
    const { warnings } = importList({ format: 'csl', text, file: 'consolidated.csv', asOf: '2026-01-01', filter: false });
    expect(warnings).toContain('consolidated.csv:6: EXAMPLE VESSEL is a vessel, skipped');
  });

  it('control characters and bidi overrides in an official file are removed from what is written, with a warning', () => {
    const text = `${ofacRow('1', 'EVIL\u001b[2J \u202eCO\u0000 LTD')}\n`;
    const { list, warnings } = importList({ format: 'ofac-sdn', text, file: 'SDN.CSV', asOf: '2026-01-01', filter: false });
    expect(list.entities[0]!.name).toBe('EVIL CO LTD');
    expect(warnings.some((w) => /^SDN\.CSV: control characters .* removed from the text of 1 record/.test(w))).toBe(true);
  });
});

describe('OpenSanctions FollowTheMoney lines with wrong types: warned by line, never an internal error', () => {
  const ftm = (o: unknown) => JSON.stringify(o);
  const run = (lines: unknown[]) =>
    importList({ format: 'opensanctions-ftm', text: lines.map(ftm).join('\n'), file: 'e.ftm.json', asOf: '2026-01-01', filter: false });

  it('numbers, nulls and nested arrays where strings are: the values left out with a warning (was: exit 4, "trim is not a function")', () => {
    const { list, warnings } = run([
      { id: 'a', schema: 'Company', target: true, datasets: 'us_ofac_sdn', first_seen: 20200101, properties: { name: ['Xinjiang Foo Co', 7], alias: [null, 'XFC', ['x']], isinCode: [12345] } },
      { id: 'b', schema: 'Company', target: true, properties: { name: [123] } },
    ]);
    expect(list.entities.map((e) => [e.name, e.aliases])).toEqual([['Xinjiang Foo Co', ['XFC']]]);
    expect(list.entities[0]!.listings[0]!.list).toBe('OpenSanctions: us_ofac_sdn');
    expect(warnings).toEqual(expect.arrayContaining([
      'e.ftm.json:1: a properties.name: 1 value(s) that are not text left out',
      'e.ftm.json:1: a properties.alias: 2 value(s) that are not text left out',
      'e.ftm.json:1: a first_seen: not text, left out',
      'e.ftm.json:2: b has no name, skipped',
    ]));
  });

  it('an ISIN or LEI failing its check digits is kept as "other", not as what it claims (was: the whole import refused)', () => {
    const { list } = run([{ id: 'a', schema: 'Company', target: true, properties: { name: ['Xinjiang Foo Co'], isinCode: ['CNE100000PM9', 'CNE100000PM8'], leiCode: ['abc'] } }]);
    expect(list.entities[0]!.identifiers.map((i) => `${i.type}:${i.value}`)).toEqual(['other:CNE100000PM9', 'isin:CNE100000PM8', 'other:abc']);
  });

  it('a line that is an array, a number or null is skipped with its line', () => {
    const text = ['[1,2]', '42', 'null', ftm({ id: 'a', schema: 'Company', target: true, properties: { name: ['Foo Co'] } })].join('\n');
    const { warnings } = importList({ format: 'opensanctions-ftm', text, file: 'e.ftm.json', asOf: '2026-01-01', filter: false });
    expect(warnings.filter((w) => /^e\.ftm\.json:[123]: not a FollowTheMoney entity \(a (JSON array|number|null), not an object\), skipped$/.test(w))).toHaveLength(3);
  });
});

describe('JSON nested thousands deep: refused before any recursive walk', () => {
  it('an ignore file of 100,000 nested arrays is exit 2 at its place (was: exit 4, "Maximum call stack size exceeded")', async () => {
    const f = put('ignore.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    const r = await runCli(['screen', 'fixtures/cli/ishares-em-sample.csv', '--ignore', f, '--quiet']);
    expectUsageError(r, `${f}:1:65:`, /JSON nested deeper than 64 levels/);
  });

  it('brackets inside strings do not count', async () => {
    const f = put('ignore.json', JSON.stringify([{ entity: 'hoshine-silicon', reason: '['.repeat(500), expires: 'never' }]));
    const r = await runCli(['screen', 'fixtures/cli/ishares-em-sample.csv', '--ignore', f, '--quiet', '--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
  });
});

describe('a key written twice in one JSON object: exit 2 at its place, never the last taken without a word', () => {
  const sample = 'fixtures/cli/ishares-em-sample.csv';
  it('an ignore entry expiring in 2020 and then "never" (was: suppressed forever), a config\'s failOn twice (was: the last won), a list, a baseline', async () => {
    const ignore = put('ignore.json', '[{"entity": "hoshine-silicon", "reason": "sold", "expires": "2020-01-01",\n  "expires": "never"}]');
    expectUsageError(await runCli(['screen', sample, '--ignore', ignore, '--quiet']), `${ignore}:2:3:`, /key "expires" given twice in one object/);
    const config = put('fundscreen.config.json', '{"failOn": "confirmed", "failOn": "none"}');
    expectUsageError(await runCli(['screen', sample, '--config', config, '--quiet']), `${config}:1:25:`, /key "failOn" given twice/);
    // An entity's aliases written twice, the second list empty: the aliases were dropped.
    const listFile = put('list.json', readFileSync('fixtures/lists/valid/two-entities.json', 'utf8').replace('"aliases": ["Meiya Pico"],', '"aliases": ["Meiya Pico"], "aliases": [],'));
    expectUsageError(await runCli(['lists', 'validate', listFile]), `${listFile}:11:34:`, /key "aliases" given twice in one object/);
    const base = put('base.json', (await runCli(['screen', sample, '--format', 'json', '--quiet'])).stdout.replace('"schemaVersion": 1,', '"schemaVersion": 1, "findings": [],'));
    expectUsageError(await runCli(['screen', sample, '--baseline', base, '--quiet']), base, /key "findings" given twice in one object/);
  });

  it('the same key in two objects, and keys that differ only inside strings, are fine; an escaped key is the key it reads as', () => {
    expect(duplicateKeyAt('[{"a": 1, "b": {"a": 2}}, {"a": 3, "x": "\\"a\\": 1"}]')).toBeNull();
    expect(duplicateKeyAt('{"a": 1, "\\u0061": 2}')).toEqual({ offset: 9, key: 'a' });
    const many = `{${Array.from({ length: 40 }, (_, i) => `"k${i}": ${i}`).join(', ')}, "k7": 0}`;
    expect(duplicateKeyAt(many)?.key).toBe('k7');
  });
});

describe('lists validate: semantically hostile lists', () => {
  const base = JSON.parse(readFileSync('fixtures/lists/valid/two-entities.json', 'utf8'));
  const variant = (mut: (l: typeof base) => void): string => {
    const l = structuredClone(base);
    mut(l);
    return put('list.json', JSON.stringify(l, null, 2));
  };

  it('a name or alias with a bidi override, escape or NUL is a problem (was: valid)', async () => {
    for (const alias of ['\u202eLTD TAEB\u202c Holdings', 'Evil\u001b[2J Holdings', 'Foo\u0000Bar Holdings']) {
      const f = variant((l) => l.entities[0].aliases.push(alias));
      const r = await runCli(['lists', 'validate', f]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/aliases\[\d+\]: holds a control character, escape or bidi override \(U\+[0-9A-F]{4} at character \d+\)/);
    }
  });

  it('names that read as nothing or as one letter, and listings dated after today, are warned', async () => {
    const f = variant((l) => {
      l.entities[0].aliases.push('!!!', 'X');
      l.entities[0].listings[0].date = '2999-01-01';
    });
    const r = await runCli(['lists', 'validate', f]);
    expect(r.code, r.stderr).toBe(0);
    const id = base.entities[0].id;
    expect(r.stderr).toContain(`warning: entity ${id}: "!!!" reads as nothing to the matcher`);
    expect(r.stderr).toContain(`warning: entity ${id}: "X" reads as "x", 1 character(s): any holding so named is confirmed`);
    expect(r.stderr).toMatch(new RegExp(`warning: entity ${id} listings\\[0\\]\\.date: 2999-01-01 is after today`));
  });

  it('an https URL with a control character in it is not an https URL', async () => {
    const f = variant((l) => (l.entities[0].listings[0].url = 'https://www.example.gov/a\u0000b'));
    const r = await runCli(['lists', 'validate', f]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('listings[0].url: not an https URL');
  });

  it('"-" as a list is one clear line (a list is read from a file)', async () => {
    const r = await runCli(['screen', 'fixtures/cli/ishares-em-sample.csv', '--list', '-']);
    expectUsageError(r, '-:', /a list is read from a file, not stdin/);
  });
});

describe('explain: hostile names come out inert', () => {
  const ACTIVE = /\u001b|[\u0080-\u009f]|[\u202a-\u202e\u2066-\u2069]|\u0000|\u0007/;
  for (const json of [false, true]) {
    it(`escapes, C1 controls and bidi overrides in the name and --ticker never reach the output${json ? ' (--json)' : ''}`, async () => {
      const r = await runCli(['explain', '\u001b]0;pwned\u0007HOSHINE\u001b[2J \u202eSILICON\u202c\u0085 INDUSTRY', '--ticker', '\u001b[31m603260', ...(json ? ['--json'] : [])]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout + r.stderr).not.toMatch(ACTIVE);
      // Read as a fund file's cell is read: the escapes dropped, the name still matched.
      expect(r.stdout).toContain('hoshine-silicon');
      if (json) expect(JSON.parse(r.stdout).ids).toEqual({ ticker: '603260' });
    });
  }

  it('a 64 KiB name is explained, not an error', async () => {
    const r = await runCli(['explain', 'HOSHINE '.repeat(8192)]);
    expect(r.code, r.stderr).toBe(0);
  });
});

describe('stderr lines quoting huge values are cut, saying how much', () => {
  it('capLine keeps start and end of a line over the limit', () => {
    const line = `start ${'X'.repeat(100_000)} end`;
    const cut = capLine(line);
    expect(cut.length).toBeLessThanOrEqual(MAX_LOG_LINE + 60);
    expect(cut.startsWith('start XXX')).toBe(true);
    expect(cut.endsWith('XXX end')).toBe(true);
    expect(cut).toMatch(/\.\.\. \(\d+ characters left out\) \.\.\./);
    expect(capLine('short')).toBe('short');
  });

  it('a 100,000-character --columns value gives one readable error line (was: a 100 KB line)', async () => {
    const r = await runCli(['screen', 'fixtures/cli/ishares-em-sample.csv', '--columns', `issuer=${'X'.repeat(100_000)}`, '--quiet']);
    expect(r.code).toBe(3);
    const lines = errorLines(r.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.length).toBeLessThanOrEqual(MAX_LOG_LINE + 60);
  });
});

describe('config values are checked when the run starts, named by where they came from', () => {
  const holdings = 'fixtures/cli/ishares-em-sample.csv';
  for (const [key, value, message] of [
    ['encoding', 'klingon', /unknown encoding "klingon"/],
    ['inputFormat', 'nope', /unknown format "nope"/],
    ['columns', { bogus: 'X' }, /unknown field "bogus"/],
    ['onlyLists', ['nope'], /no official list "nope"/],
  ] as const) {
    it(`config "${key}" with a bad value: the error names the config file and key (was: a flag nobody typed, or nothing)`, async () => {
      const f = put('fundscreen.config.json', JSON.stringify({ [key]: value }));
      const r = await runCli(['screen', holdings, '--config', f, '--quiet']);
      expectUsageError(r, `${f}: "${key}": `, message);
    });
  }

  it('the same value given as a flag names the flag', async () => {
    expectUsageError(await runCli(['screen', 'fixtures/cli/ishares-em-sample.csv', '--encoding', 'klingon']), '--encoding: ', /unknown encoding/);
  });
});

describe('names of megabytes', () => {
  it('an imported record whose name is 10 MB is skipped with a warning (was: exit 4, the name analysis out of stack)', () => {
    const text = [ofacRow('1', `SOCIÉTÉ${'A'.repeat(10 * 1024 * 1024)} LLC`), ofacRow('2', 'PLAIN TRADING LLC')].join('\n');
    const { list, warnings } = importList({ format: 'ofac-sdn', text, file: 'SDN.CSV', asOf: '2026-01-01', filter: false });
    expect(list.entities.map((e) => e.name)).toEqual(['PLAIN TRADING LLC']);
    expect(warnings.some((w) => /^SDN\.CSV: a record whose name is \d+ characters long \(at most 2000\) skipped/.test(w))).toBe(true);
  });

  it('a list alias over 2,000 characters is a problem of lists validate and --list', async () => {
    const l = JSON.parse(readFileSync('fixtures/lists/valid/two-entities.json', 'utf8'));
    l.entities[0].aliases.push(`SOCIÉTÉ${'A'.repeat(3000)}`);
    const f = put('list.json', JSON.stringify(l));
    const r = await runCli(['lists', 'validate', f]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/aliases\[\d+\]: 3007 characters long \(at most 2000\)/);
  });
});

describe('values typed on the command line come out inert', () => {
  const ACTIVE = /\u001b|[\u0080-\u009f]|[\u202a-\u202e\u2066-\u2069]|\u0007/;

  it('--fund-name with escapes and a bidi override is read as a file\'s fund name is (was: carried into JSON and CSV as typed)', async () => {
    const csv = put('g.csv', 'Name,Ticker,Exchange,Weight (%)\nHOSHINE SILICON INDUSTRY CO LTD A,603260,Shanghai Stock Exchange,1.0\n');
    for (const format of ['json', 'csv', 'table', 'markdown']) {
      const r = await runCli(['screen', csv, '--fund-name', 'g.csv=\u001b[2J\u202eEvil\u0007 Fund\u0085', '--format', format, '--quiet']);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout).not.toMatch(ACTIVE);
      expect(r.stdout).toContain('Evil Fund');
    }
  });

  it('a --fund-name that names no input is said (a typo in a nightly job\'s config), one that does is not', async () => {
    const csv = put('h.csv', 'Name,Ticker,Exchange,Weight (%)\nHOSHINE SILICON INDUSTRY CO LTD A,603260,Shanghai Stock Exchange,1.0\n');
    const typo = await runCli(['screen', csv, '--fund-name', 'h.cvs=My Fund', '--format', 'json']);
    expect((JSON.parse(typo.stdout) as { warnings: string[] }).warnings).toContain("--fund-name h.cvs: names no input of this run (a typo?); the fund keeps its own or its file's name");
    const right = await runCli(['screen', csv, '--fund-name', 'h.csv=My Fund', '--format', 'json']);
    expect((JSON.parse(right.stdout) as { warnings: string[] }).warnings.some((w) => w.startsWith('--fund-name'))).toBe(false);
  });

  for (const json of [false, true]) {
    it(`lists show QUERY echoes the query inert${json ? ' (--json)' : ''} (was: the escape sequence written to stdout)`, async () => {
      const r = await runCli(['lists', 'show', '\u001b]0;pwned\u0007\u001b[2Jhoshine\u202e', ...(json ? ['--json'] : [])]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).not.toMatch(ACTIVE);
      expect(r.stdout).toContain('hoshine');
    });
  }
});

describe('duplicated ids in official files are said, with both lines', () => {
  it('OFAC: a second row with one ent_num', () => {
    const { warnings } = importList({ format: 'ofac-sdn', text: [ofacRow('7', 'FOO TRADING LLC'), ofacRow('7', 'BAR TRADING LLC')].join('\n'), file: 'SDN.CSV', asOf: '2026-01-01', filter: false });
    expect(warnings).toContain('SDN.CSV:2: ent_num 7 appears again (also an earlier row); both rows imported, companions joined to both');
  });

  it('FollowTheMoney: a second line with one id', () => {
    const line = (name: string) => JSON.stringify({ id: 'x', schema: 'Company', target: true, properties: { name: [name] } });
    const { warnings } = importList({ format: 'opensanctions-ftm', text: [line('Foo Co'), '', line('Bar Co')].join('\n'), file: 'e.json', asOf: '2026-01-01', filter: false });
    expect(warnings).toContain('e.json:3: id x appears again (first at line 1); both read');
  });
});

describe('duplicated ids in CSV downloads', () => {
  it('CSL _id and OpenSanctions id seen twice are warned with both lines', () => {
    const csl = importList({ format: 'csl', text: '_id,source,name\nq1,EL,Foo Co\nq1,EL,Bar Co\n', file: 'c.csv', asOf: '2026-01-01', filter: false });
    expect(csl.warnings).toContain('c.csv:3: id q1 appears again (first at line 2); both read');
    const os = importList({ format: 'opensanctions-csv', text: 'id,schema,name\nNK-1,Company,Foo Co\nNK-1,Company,Bar Co\n', file: 't.csv', asOf: '2026-01-01', filter: false });
    expect(os.warnings).toContain('t.csv:3: id NK-1 appears again (first at line 2); both read');
  });
});

describe('a list given twice', () => {
  const holdings = 'fixtures/cli/ishares-em-sample.csv';
  it('the shipped list named again with --list is exit 2 (was: every finding reported twice, exposure doubled)', async () => {
    const r = await runCli(['screen', holdings, '--list', 'lists/xinjiang.json', '--quiet']);
    expectUsageError(r, 'lists/xinjiang.json: the same list as lists/xinjiang.json', /the shipped list, loaded unless --no-default-list\); give it once/);
  });

  it('a copy of a list under the same id (another version) is exit 2 naming both', async () => {
    const l = JSON.parse(readFileSync('lists/xinjiang.json', 'utf8'));
    l.version = '2026-08-04';
    const f = put('copy.json', JSON.stringify(l));
    expectUsageError(await runCli(['screen', holdings, '--list', f, '--quiet']), f, /list id "xinjiang" is also the id of lists\/xinjiang\.json/);
    const ok = await runCli(['screen', holdings, '--list', f, '--no-default-list', '--quiet', '--format', 'json']);
    expect(ok.code, ok.stderr).toBe(1);
    expect(JSON.parse(ok.stdout).findings).toHaveLength(4);
  });
});

describe('dates that are no dates in official downloads: warned by line, the record kept', () => {
  it('OFAC "Listing Date (CMIC) 30 Feb 2021" or "99 Foo 2021": the as-of date with a warning (was: the whole import refused, or the as-of date said to be "no date given")', () => {
    const text = [ofacRow('1', 'FOO TRADING LLC', 'Listing Date (CMIC) 30 Feb 2021'), ofacRow('2', 'BAR TRADING LLC', 'Listing Date (CMIC) 99 Foo 2021'), ofacRow('3', 'BAZ TRADING LLC', 'Listing Date (CMIC) 03 Jun 2021')].join('\n');
    const { list, warnings } = importList({ format: 'ofac-sdn', text, file: 'SDN.CSV', asOf: '2026-01-01', filter: false });
    expect(list.entities.map((e) => e.listings[0]!.date)).toEqual(['2026-01-01', '2026-01-01', '2021-06-03']);
    expect(warnings).toContain('SDN.CSV:1: FOO TRADING LLC: "Listing Date (CMIC) 30 Feb 2021" is not a date; listed with the as-of date 2026-01-01');
    expect(warnings).toContain('SDN.CSV:2: BAR TRADING LLC: "Listing Date (CMIC) 99 Foo 2021" is not a date; listed with the as-of date 2026-01-01');
    expect(list.entities[0]!.listings[0]!.note).toMatch(/listing date could not be read/);
  });

  it('CSL start_date and OpenSanctions first_seen that are no dates are warned with their line', () => {
    const csl = importList({ format: 'csl', text: '_id,source,name,start_date\nq1,EL,Foo Co,2021-02-30\n', file: 'c.csv', asOf: '2026-01-01', filter: false });
    expect(csl.warnings).toContain('c.csv:2: Foo Co: start_date "2021-02-30" is not a date; listed with the as-of date 2026-01-01');
    const os = importList({ format: 'opensanctions-csv', text: 'id,schema,name,first_seen\nNK-1,Company,Foo Co,99 Foo 2021\n', file: 't.csv', asOf: '2026-01-01', filter: false });
    expect(os.warnings).toContain('t.csv:2: Foo Co: first_seen "99 Foo 2021" is not a date; listed with the as-of date 2026-01-01');
  });
});

describe('DHS page with a table inside a cell', () => {
  it('the row around the inner table is imported too (was: lost silently)', () => {
    const html = '<p>UFLPA Section 2(d)(2)(B)(i)</p><table><tr><td>Outer One Co., Ltd.<table><tr><td>Inner Co., Ltd.</td><td>June 21, 2022</td></tr></table></td><td>June 20, 2022</td></tr><tr><td>Outer Two Co., Ltd.</td><td>June 22, 2022</td></tr></table>';
    const { list } = importList({ format: 'dhs-uflpa', text: html, file: 'p.html', asOf: '2026-01-01', filter: false });
    expect(list.entities.map((e) => [e.name, e.listings[0]!.date]).sort()).toEqual([
      ['Inner Co., Ltd.', '2022-06-21'], ['Outer One Co., Ltd.', '2022-06-20'], ['Outer Two Co., Ltd.', '2022-06-22'],
    ]);
  });
});

describe('environment values name their variable', () => {
  it('FUNDSCREEN_FORMAT=pdf says which variable (was: "unknown report format" from nowhere)', async () => {
    const r = await runCli(['screen', 'fixtures/cli/ishares-em-sample.csv', '--quiet'], { env: { FUNDSCREEN_FORMAT: 'pdf' } });
    expectUsageError(r, 'FUNDSCREEN_FORMAT: ', /unknown report format "pdf"/);
    expectUsageError(await runCli(['screen', 'fixtures/cli/ishares-em-sample.csv', '--format', 'pdf']), '--format: ', /unknown report format "pdf"/);
  });
});
