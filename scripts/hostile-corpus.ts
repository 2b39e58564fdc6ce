/**
 * Hostile-input sweep of every input fundscreen reads besides holdings files: official list
 * downloads (`lists import`), user lists (`--list`, `lists validate`), ignore, baseline and config
 * files, option values, and `explain` names. Generates a deterministic corpus (seeded) in a temp
 * folder, runs each case through the CLI in-process and checks the invariants every bad input
 * owes the user: exit 0-3 (never 4, never a stack trace), an error is one line naming the file,
 * nothing silently mangled (no U+FFFD or NUL in what is written), every case ends.
 *
 *   npx tsx scripts/hostile-corpus.ts [--only SUBSTRING] [--big]
 *
 * Prints one line per case (PASS/FAIL, exit code, seconds, first error line) and a tally.
 * `--big` adds the 10 MB cell and 1M-empty-line cases (slow on a loaded machine).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import iconv from 'iconv-lite';
import { run } from '../src/cli/main.js';
import { memoryIO } from '../tests/helpers/memory-io.js';
import { rng } from '../bench/rng.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const big = args.includes('--big');

const dir = mkdtempSync(path.join(tmpdir(), 'fundscreen-hostile-'));
const fx = (p: string): Buffer => readFileSync(path.join(root, p));
const put = (name: string, data: string | Buffer): string => {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, data);
  return file;
};

interface Case {
  name: string;
  args: string[];
  /** Exit codes allowed (default 0-3). */
  codes?: number[];
  input?: Buffer;
  /** Extra check on the result; returns a failure message or null. */
  check?: (r: Result) => string | null;
  /** File the error line must name (default: none checked). */
  names?: string;
}
interface Result {
  code: number;
  stdout: string;
  stderr: string;
  seconds: number;
}

const cases: Case[] = [];
const add = (c: Case) => cases.push(c);

// ---------- damage families over a base file ----------
type Damage = [string, (b: Buffer) => Buffer];
function damages(seed: number, accented: (b: Buffer) => Buffer): Damage[] {
  const r = rng(seed);
  return [
    ['empty', () => Buffer.alloc(0)],
    ['only-bom', () => Buffer.from([0xef, 0xbb, 0xbf])],
    ['truncated-half', (b) => b.subarray(0, Math.floor(b.length / 2))],
    ['truncated-random', (b) => b.subarray(0, 1 + Math.floor(r() * (b.length - 1)))],
    ['utf16le-bom', (b) => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(accented(b).toString('utf8'), 'utf16le')])],
    ['utf16le-nobom', (b) => iconv.encode(accented(b).toString('utf8'), 'utf16le')],
    ['utf16be-bom', (b) => Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(accented(b).toString('utf8'), 'utf16be')])],
    ['windows-1252', (b) => iconv.encode(accented(b).toString('utf8'), 'windows-1252')],
    ['invalid-utf8', (b) => { const c = Buffer.from(accented(b)); const at = Math.floor(c.length * 0.6); return Buffer.concat([c.subarray(0, at), Buffer.from([0xff, 0xc3, 0x28]), c.subarray(at)]); }],
    ['nul-bytes', (b) => { const c = Buffer.from(b); for (let i = 0; i < 5; i++) c[Math.floor(r() * c.length)] = 0; return c; }],
    ['crlf', (b) => Buffer.from(b.toString('utf8').replace(/\r?\n/g, '\r\n'))],
    ['cr-only', (b) => Buffer.from(b.toString('utf8').replace(/\r?\n/g, '\r'))],
    ['png', () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(Array.from({ length: 2000 }, () => Math.floor(r() * 256)))])],
    ['random-bytes', () => Buffer.from(Array.from({ length: 4000 }, () => Math.floor(r() * 256)))],
    ['doubled', (b) => Buffer.concat([b, b])],
    ['ctrl-chars', (b) => Buffer.from(b.toString('utf8').replace(/(Co\.|Ltd|LLC|Corps)/, '$1\u001b[2J\u202e\u0007'))],
  ];
}

const FORMATS: { from: string; base: string; accented: (b: Buffer) => Buffer }[] = [
  { from: 'ofac-sdn', base: 'fixtures/lists/ofac-release/SDN.CSV', accented: (b) => Buffer.from(b.toString('utf8').replace('UNRELATED TRADING LLC', 'UNRELATED TRADÉ LLC')) },
  { from: 'ofac-cons', base: 'fixtures/lists/ofac/cons_prim.csv', accented: (b) => Buffer.from(b.toString('utf8').replace(/"([A-Z]+) /, '"$1É ')) },
  { from: 'csl', base: 'fixtures/lists/csl/consolidated.csv', accented: (b) => Buffer.from(b.toString('utf8').replace('Xinjiang Daqo', 'Xinjiàng Daqo')) },
  { from: 'opensanctions-csv', base: 'fixtures/lists/opensanctions/targets.simple.csv', accented: (b) => Buffer.from(b.toString('utf8').replace('Xinjiang Production', 'Xinjiàng Production')) },
  { from: 'opensanctions-ftm', base: 'fixtures/lists/opensanctions/entities.ftm.json', accented: (b) => Buffer.from(b.toString('utf8').replace('Xinjiang Public', 'Xinjiàng Public')) },
  { from: 'dhs-uflpa', base: 'fixtures/lists/dhs-uflpa/page-2026-layout.html', accented: (b) => Buffer.from(b.toString('utf8').replace('Baoding LYSZD', 'Baodìng LYSZD')) },
];

/** A written list must carry no mangled text: no U+FFFD, no NUL, no control character. */
function cleanOutput(file: string, mustHold?: string): (r: Result) => string | null {
  return (r) => {
    if (r.code !== 0 || !existsSync(file)) return null;
    const text = readFileSync(file, 'utf8');
    if (mustHold && !text.includes(mustHold)) return `written list lacks "${mustHold}" (decoded wrongly)`;
    if (text.includes('\ufffd') && !r.stderr.includes('U+FFFD')) return 'written list holds U+FFFD (text mangled silently)';
    if (/\\u0000|\u0000/.test(text)) return 'written list holds a NUL';
    if (/\\u001b|[\u0080-\u009f\u202a-\u202e]/.test(text)) return 'written list holds a control/bidi character';
    return null;
  };
}

let n = 0;
for (const f of FORMATS) {
  const base = fx(f.base);
  const ext = path.extname(f.base);
  for (const [dname, damage] of damages(1000 + n++, f.accented)) {
    for (const detect of [false, true]) {
      const stem = `import/${f.from}/${dname}${detect ? '-auto' : ''}`;
      // OFAC companions are looked for beside the file: each case gets its own folder.
      const file = put(`${stem}/${path.basename(f.base)}`, damage(base));
      const out = path.join(dir, `${stem}.out.json`);
      const accent = /utf16|1252/.test(dname) ? (f.accented(Buffer.from('UNRELATED TRADING LLC "HANGZHOU  Xinjiang Daqo Xinjiang Production Xinjiang Public Baoding LYSZD')).toString('utf8').match(/[ÉéàìÀ]\S*/)?.[0]) : undefined;
      add({ name: `${stem}`, args: ['lists', 'import', ...(detect ? [] : ['--from', f.from]), file, '--out', out], names: path.basename(f.base), check: cleanOutput(out, accent) });
    }
  }
  // another format given with --from
  for (const other of ['fixtures/cli/ishares-em-sample.csv', 'lists/xinjiang.json', 'fixtures/lists/valid/two-entities.json']) {
    add({ name: `import/${f.from}/other-format-${path.basename(other)}`, args: ['lists', 'import', '--from', f.from, path.join(root, other), '--out', path.join(dir, `o-${n++}.json`)], names: path.basename(other) });
  }
  add({ name: `import/${f.from}/directory`, args: ['lists', 'import', '--from', f.from, dir, '--out', path.join(dir, `o-${n++}.json`)] });
  add({ name: `import/${f.from}/stdin-dash`, args: ['lists', 'import', '--from', f.from, '-', '--out', path.join(dir, `o-${n++}.json`)], input: base });
  add({ name: `import/${f.from}/missing`, args: ['lists', 'import', '--from', f.from, path.join(dir, 'nope', 'x'), '--out', path.join(dir, `o-${n++}.json`)], codes: [2, 3] });
  if (big) {
    const huge = f.accented(base).toString('utf8').replace(/(Xinjiang|UNRELATED|HANGZHOU|Baoding)/, (m) => m + 'A'.repeat(10 * 1024 * 1024));
    const hf = put(`import/${f.from}/huge-cell/${path.basename(f.base)}`, huge);
    add({ name: `import/${f.from}/huge-cell-10MB`, args: ['lists', 'import', '--from', f.from, hf, '--out', path.join(dir, `o-${n++}.json`)], names: path.basename(f.base) });
    const el = put(`import/${f.from}/empty-lines/${path.basename(f.base)}`, Buffer.concat([base, Buffer.from('\n'.repeat(1_000_000))]));
    add({ name: `import/${f.from}/1M-empty-lines`, args: ['lists', 'import', '--from', f.from, el, '--out', path.join(dir, `o-${n++}.json`)], names: path.basename(f.base) });
  }
  void ext;
}

// ---------- format-specific hostile content ----------
const ftmLine = (o: unknown) => JSON.stringify(o);
const ftmCases: Record<string, string> = {
  'name-string': ftmLine({ id: 'a', schema: 'Company', target: true, properties: { name: 'Xinjiang Foo Co' } }),
  'name-number': ftmLine({ id: 'a', schema: 'Company', target: true, properties: { name: [123] } }),
  'name-array-of-arrays': ftmLine({ id: 'a', schema: 'Company', target: true, properties: { name: [['Xinjiang Foo Co']] } }),
  'properties-null': ftmLine({ id: 'a', schema: 'Company', target: true, properties: null }),
  'properties-array': ftmLine({ id: 'a', schema: 'Company', target: true, properties: [1, 2] }),
  'datasets-string': ftmLine({ id: 'a', schema: 'Company', target: true, datasets: 'us_ofac_sdn', properties: { name: ['Xinjiang Foo Co'] } }),
  'datasets-numbers': ftmLine({ id: 'a', schema: 'Company', target: true, datasets: [1, null], properties: { name: ['Xinjiang Foo Co'] } }),
  'alias-string': ftmLine({ id: 'a', schema: 'Company', target: true, properties: { name: ['Xinjiang Foo Co'], alias: 'XFC Holdings' } }),
  'alias-nulls': ftmLine({ id: 'a', schema: 'Company', target: true, properties: { name: ['Xinjiang Foo Co'], alias: [null, 5, {}] } }),
  'isin-number': ftmLine({ id: 'a', schema: 'Company', target: true, properties: { name: ['Xinjiang Foo Co'], isinCode: [12345], ticker: [600000], registrationNumber: [null] } }),
  'isin-bad-check': ftmLine({ id: 'a', schema: 'Company', target: true, properties: { name: ['Xinjiang Foo Co'], isinCode: ['CNE100000PM9'], leiCode: ['abc'] } }),
  'first-seen-number': ftmLine({ id: 'a', schema: 'Company', target: true, first_seen: 20200101, properties: { name: ['Xinjiang Foo Co'] } }),
  'first-seen-bad-date': ftmLine({ id: 'a', schema: 'Company', target: true, first_seen: '2021-02-30T00:00:00', properties: { name: ['Xinjiang Foo Co'] } }),
  'null-everywhere': ftmLine({ id: 'a', schema: 'Company', target: null, first_seen: null, datasets: null, properties: { name: ['Xinjiang Foo Co'], alias: null, notes: null } }),
  'sanction-entity-string': [ftmLine({ id: 'a', schema: 'Company', properties: { name: ['Xinjiang Foo Co'] } }), ftmLine({ id: 's', schema: 'Sanction', properties: { entity: 'a', listingDate: ['2021-02-30'], sourceUrl: ['javascript:alert(1)'] } })].join('\n'),
  'sanction-props-wrong': [ftmLine({ id: 'a', schema: 'Company', properties: { name: ['Xinjiang Foo Co'] } }), ftmLine({ id: 's', schema: 'Sanction', properties: { entity: ['a'], authority: [7], program: [[1]], listingDate: [20210101], sourceUrl: 'https://x.example.org' } })].join('\n'),
  'sanction-entity-proto': [ftmLine({ id: '__proto__', schema: 'Company', properties: { name: ['Xinjiang Foo Co'] } }), ftmLine({ id: 's', schema: 'Sanction', properties: { entity: ['__proto__', 'constructor'] } })].join('\n'),
  'top-level-array': '[{"id":"a","schema":"Company"}]',
  'top-level-number': '42\n"str"\nnull\ntrue',
  'deep-nesting': `{"id":"a","schema":"Company","target":true,"properties":{"name":["X Co"]},"x":${'['.repeat(100000)}${']'.repeat(100000)}}`,
  'deep-nesting-unclosed': `{"id":"a","schema":"Company","x":${'['.repeat(200000)}`,
  'duplicate-ids': [ftmLine({ id: 'a', schema: 'Company', target: true, properties: { name: ['Xinjiang Foo Co'] } }), ftmLine({ id: 'a', schema: 'Company', target: true, properties: { name: ['Xinjiang Bar Co'] } })].join('\n'),
  'name-only-punct': ftmLine({ id: 'a', schema: 'Company', target: true, properties: { name: ['!!! ??? ...'] } }),
  'name-zero-width': ftmLine({ id: 'a', schema: 'Company', target: true, properties: { name: ['\u200b\u200c\u200d\u2060'] } }),
  'pretty-printed': JSON.stringify({ id: 'a', schema: 'Company', target: true, properties: { name: ['Xinjiang Foo Co'] } }, null, 2),
};
for (const [k, text] of Object.entries(ftmCases)) {
  const file = put(`ftm/${k}.ftm.json`, text);
  const out = path.join(dir, `ftm/${k}.out.json`);
  add({ name: `import/ftm-content/${k}`, args: ['lists', 'import', '--from', 'opensanctions-ftm', file, '--out', out], names: `${k}.ftm.json`, check: cleanOutput(out) });
}

const ofacRow = (ent: string, name: string, remarks: string, type = '-0- ', program = '[GLOMAG]') =>
  `${ent},"${name}",${type},"${program}",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"${remarks}"`;
const ofacCases: Record<string, string> = {
  'date-feb-30': ofacRow('1', 'FOO CO', 'Listing Date (CMIC) 30 Feb 2021'),
  'date-99-foo': ofacRow('1', 'FOO CO', 'Listing Date (CMIC) 99 Foo 2021'),
  'date-99-jun': ofacRow('1', 'FOO CO', 'Listing Date (CMIC) 99 Jun 2021'),
  'duplicate-ent-num': [ofacRow('1', 'FOO CO', ''), ofacRow('1', 'BAR CO', '')].join('\n'),
  'empty-name': ofacRow('1', '', ''),
  'name-dash-null': ofacRow('1', '-0-', ''),
  'unclosed-quote': `1,"FOO CO,-0- ,"[GLOMAG]",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0-`,
  'eof-marker': `${ofacRow('1', 'FOO CO', '')}\n\u001a`,
  'header-added': `ent_num,SDN_Name,SDN_Type,Program,Title,Call_Sign,Vess_type,Tonnage,GRT,Vess_flag,Vess_owner,Remarks\n${ofacRow('1', 'FOO CO', '')}`,
  'remarks-unbalanced-quote': ofacRow('1', 'FOO CO', "a.k.a. 'FOO; BAR"),
  'remarks-huge-aka-list': ofacRow('1', 'FOO CO', Array.from({ length: 5000 }, (_, i) => `a.k.a. 'FOO ${i}'`).join('; ')),
  'program-empty': ofacRow('1', 'FOO CO', '', '-0- ', ''),
  'ticker-weird': ofacRow('1', 'FOO CO', 'Equity Ticker  ZZ; ISIN ; Unified Social Credit Code (USCC) ; LEI'),
  'many-columns': `${ofacRow('1', 'FOO CO', '')}${',x'.repeat(5000)}`,
};
for (const [k, text] of Object.entries(ofacCases)) {
  const file = put(`ofac/${k}/SDN.CSV`, text);
  const out = path.join(dir, `ofac/${k}.out.json`);
  add({ name: `import/ofac-content/${k}`, args: ['lists', 'import', '--from', 'ofac-sdn', file, '--out', out], names: 'SDN.CSV', check: cleanOutput(out) });
}
// Companions damaged beside a good main file.
const sdn = fx('fixtures/lists/ofac-release/SDN.CSV');
const compDamage: Record<string, [string, Buffer]> = {
  'alt-empty': ['ALT.CSV', Buffer.alloc(0)],
  'alt-binary': ['ALT.CSV', Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256))],
  'alt-utf16': ['ALT.CSV', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('67890,101,"aka","ÉXAMPLE ALIAS",-0- \n', 'utf16le')])],
  'alt-1252': ['ALT.CSV', iconv.encode('67890,101,"aka","ÉXAMPLE ALIAS",-0- \n', 'windows-1252')],
  'alt-unclosed-quote': ['ALT.CSV', Buffer.from('67890,101,"aka,"X,-0-\n67890,102,"aka","Y",-0-\n')],
  'alt-is-sdn': ['ALT.CSV', sdn],
  'comments-is-alt': ['SDN_COMMENTS.CSV', fx('fixtures/lists/ofac-release/ALT.CSV')],
  'comments-huge': ['SDN_COMMENTS.CSV', Buffer.from(`67890,"${'x; '.repeat(300000)}"\n`)],
  'alt-directory': ['ALT.CSV', Buffer.alloc(0)],
};
for (const [k, [name, bytes]] of Object.entries(compDamage)) {
  const main = put(`ofac-comp/${k}/SDN.CSV`, sdn);
  if (k === 'alt-directory') mkdirSync(path.join(dir, `ofac-comp/${k}/alt.csv`), { recursive: true });
  else put(`ofac-comp/${k}/${name}`, bytes);
  const out = path.join(dir, `ofac-comp/${k}.out.json`);
  add({ name: `import/ofac-companion/${k}`, args: ['lists', 'import', main, '--out', out], check: cleanOutput(out) });
}
add({ name: 'import/ofac-companion/alt-flag-missing', args: ['lists', 'import', path.join(root, 'fixtures/lists/ofac-release/SDN.CSV'), '--alt', path.join(dir, 'none.csv'), '--out', path.join(dir, 'x.json')], codes: [2, 3], names: 'none.csv' });
add({ name: 'import/ofac-companion/alt-flag-dir', args: ['lists', 'import', path.join(root, 'fixtures/lists/ofac-release/SDN.CSV'), '--alt', dir, '--out', path.join(dir, 'x.json')], codes: [2, 3] });

const htmlCases: Record<string, string> = {
  'nested-tables': `<html><body><p>UFLPA Section 2(d)(2)(B)(i)</p><table><tr><td><table><tr><td>Inner Co., Ltd.</td><td>June 21, 2022</td></tr></table></td><td>June 21, 2022</td></tr></table></body></html>`,
  'no-closing-tags': `<html><body><p>Section 2(d)(2)(B)(i)<table><tr><td>Foo Co., Ltd.<td>June 21, 2022<tr><td>Bar Co., Ltd.<td>June 31, 2022`,
  'bad-dates': `<html><p>Section 2(d)(2)(B)(i)</p><table><tr><td>Foo Co.</td><td>February 30, 2021</td></tr><tr><td>Bar Co.</td><td>99 Foo 2021</td></tr><tr><td>Baz Co.</td><td></td></tr></table>`,
  'table-before-heading': `<html><table><tr><td>Foo Co.</td><td>June 21, 2022</td></tr></table><p>Section 2(d)(2)(B)(i)</p>UFLPA`,
  'empty-cells': `<html><p>UFLPA Section 2(d)(2)(B)(i)</p><table><tr><td></td><td></td></tr><tr><td> &nbsp; </td><td>June 21, 2022</td></tr></table>`,
  'entities-and-scripts': `<html><p>UFLPA Section 2(d)(2)(B)(i)</p><script>var a = "<tr><td>Evil Co.</td><td>June 21, 2022</td></tr>";</script><table><tr><td>Foo &amp; Bar &#x5408;&#30431; Co. &bogus; &#0; &#xD800;</td><td>June 21, 2022</td></tr></table>`,
  'comment-unclosed': `<html><p>UFLPA Section 2(d)(2)(B)(i)</p><!-- <table><tr><td>Foo</td><td>June 21, 2022</td></tr></table>`,
  'thousand-nested-divs': `<html><p>UFLPA Section 2(d)(2)(B)(i)</p>${'<div>'.repeat(100000)}<table><tr><td>Foo Co.</td><td>June 21, 2022</td></tr></table>`,
  'one-cell-rows': `<html><p>UFLPA Section 2(d)(2)(B)(i)</p><table><tr><td>Foo Co.</td></tr><tr><td>June 21, 2022</td><td>Bar Co.</td><td>x</td></tr></table>`,
  'huge-row-count': `<html><p>UFLPA Section 2(d)(2)(B)(i)</p><table>${Array.from({ length: 20000 }, (_, i) => `<tr><td>Company ${i} Co., Ltd.</td><td>June 21, 2022</td></tr>`).join('')}</table>`,
  'no-tables': `<html><body>UFLPA Entity List Section 2(d)(2)(B)(i)</body></html>`,
  'bidi-name': `<html><p>UFLPA Section 2(d)(2)(B)(i)</p><table><tr><td>Foo\u202eoC dtL\u202c Co.\u001b[31m</td><td>June 21, 2022</td></tr></table>`,
};
for (const [k, text] of Object.entries(htmlCases)) {
  const file = put(`html/${k}.html`, text);
  const out = path.join(dir, `html/${k}.out.json`);
  add({ name: `import/html-content/${k}`, args: ['lists', 'import', '--from', 'dhs-uflpa', file, '--out', out], names: `${k}.html`, check: cleanOutput(out) });
}

const cslHeader = fx('fixtures/lists/csl/consolidated.csv').toString('utf8').split('\n')[0]!;
const cslCases: Record<string, string> = {
  'header-only': cslHeader,
  'bad-dates': `${cslHeader}\nx,Entity List,,Entity,,Foo Co,,,,2021-02-30,,,,,,,,,,,,,,,,,,,\ny,Entity List,,Entity,,Bar Co,,,,99 Foo 2021,,,,,,,,,,,,,,,,,,,`,
  'duplicate-id': `${cslHeader}\nx,Entity List,,Entity,,Foo Co,,,,,,,,,,,,,,,,,,,,,,,\nx,Entity List,,Entity,,Foo Co,,,,,,,,,,,,,,,,,,,,,,,`,
  'javascript-url': `${cslHeader}\nx,Entity List,,Entity,,Foo Co,,,,,,,,,,,,,,,,javascript:alert(1),,,,,,javascript:alert(2),`,
  'duplicate-header-cols': `name,name,source,_id\nA,B,EL,1`,
  'proto-header': `__proto__,source,name,_id\nx,EL,Foo Co,1`,
};
for (const [k, text] of Object.entries(cslCases)) {
  const file = put(`csl/${k}.csv`, text);
  const out = path.join(dir, `csl/${k}.out.json`);
  add({ name: `import/csl-content/${k}`, args: ['lists', 'import', '--from', 'csl', file, '--out', out], names: `${k}.csv`, check: cleanOutput(out) });
}
const osHeader = 'id,schema,name,aliases,birth_date,countries,addresses,identifiers,sanctions,phones,emails,program_ids,dataset,first_seen,last_seen,last_change';
const osCases: Record<string, string> = {
  'no-id': `${osHeader}\n,Company,Foo Co,,,,,,,,,,,,,`,
  'bad-first-seen': `${osHeader}\nx,Company,Foo Co,,,,,,,,,,,2021-02-30T00:00,,`,
  'identifier-garbage': `${osHeader}\nx,Company,Foo Co,,,,,;;;CNE100000PM9;javascript:1;${'9'.repeat(5000)},,,,,,,,`,
  'proto-id': `${osHeader}\n__proto__,Company,Foo Co,,,,,,,,,,,,,`,
  'aliases-only-semicolons': `${osHeader}\nx,Company,Foo Co,;;;; ; ;,,,,,,,,,,,,`,
};
for (const [k, text] of Object.entries(osCases)) {
  const file = put(`os/${k}.csv`, text);
  const out = path.join(dir, `os/${k}.out.json`);
  add({ name: `import/os-content/${k}`, args: ['lists', 'import', '--from', 'opensanctions-csv', file, '--out', out], names: `${k}.csv`, check: cleanOutput(out) });
}

// ---------- --list and lists validate ----------
const holdings = path.join(root, 'fixtures/cli/ishares-em-sample.csv');
const validList = JSON.parse(fx('fixtures/lists/valid/two-entities.json').toString('utf8'));
const listVariant = (mut: (l: any) => void): string => {
  const l = structuredClone(validList);
  mut(l);
  return JSON.stringify(l, null, 2);
};
const ent0 = (l: any) => l.entities[0];
const listCases: Record<string, string | Buffer> = {
  'json-truncated': JSON.stringify(validList).slice(0, 300),
  'json-empty': '',
  'json-ws-only': '   \n\n  ',
  'json-array': '[]',
  'json-null': 'null',
  'json-nulls': listVariant((l) => { l.entities = [null, { id: null, name: null, aliases: null }]; }),
  'json-wrong-types': listVariant((l) => { ent0(l).name = 42; ent0(l).aliases = 'x'; ent0(l).listings[0].date = 20210101; }),
  'json-deep': `{"schemaVersion":1,"entities":${'['.repeat(100000)}${']'.repeat(100000)}}`,
  'json-utf16': Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(JSON.stringify(validList), 'utf16le')]),
  'json-1252': iconv.encode(listVariant((l) => { ent0(l).aliases.push('Société Générale Xinjiàng'); }), 'windows-1252'),
  'json-nul': listVariant((l) => { ent0(l).aliases.push('Foo\u0000Bar Holdings'); }),
  'alias-one-letter': listVariant((l) => { ent0(l).aliases.push('X'); }),
  'alias-emoji': listVariant((l) => { ent0(l).aliases.push('😀😀😀'); }),
  'alias-punct': listVariant((l) => { ent0(l).aliases.push('!!!'); }),
  'alias-rtl-marks': listVariant((l) => { ent0(l).aliases.push('\u200f\u200e\u202b\u202c'); }),
  'alias-zero-width': listVariant((l) => { ent0(l).aliases.push('\u200b\u200c\u200d\ufeff'); }),
  'alias-bidi-override': listVariant((l) => { ent0(l).aliases.push('\u202eLTD TAEB\u202c Holdings'); }),
  'alias-escape': listVariant((l) => { ent0(l).aliases.push('Evil\u001b[2J Holdings Group'); }),
  'name-empty-normalised': listVariant((l) => { ent0(l).name = '\u200b\u200b'; ent0(l).aliases = ['...', '😀']; }),
  'name-legal-form-only': listVariant((l) => { ent0(l).name = 'Co., Ltd.'; ent0(l).aliases = ['Inc.', 'LLC']; }),
  'aliases-100k': listVariant((l) => { ent0(l).aliases = Array.from({ length: 100000 }, (_, i) => `Alias Number ${i} Trading`); }),
  'isin-bad-check': listVariant((l) => { ent0(l).identifiers.push({ type: 'isin', value: 'CNE100000PM9' }); }),
  'lei-bad-check': listVariant((l) => { ent0(l).identifiers.push({ type: 'lei', value: '5493001KJTIIGC8Y1R13' }); }),
  'url-javascript': listVariant((l) => { ent0(l).listings[0].url = 'javascript:alert(1)'; }),
  'url-data': listVariant((l) => { ent0(l).listings[0].url = 'data:text/html,<script>1</script>'; }),
  'url-https-nohost': listVariant((l) => { ent0(l).listings[0].url = 'https://'; }),
  'date-future': listVariant((l) => { ent0(l).listings[0].date = '2999-01-01'; }),
  'date-feb-30': listVariant((l) => { ent0(l).listings[0].date = '2021-02-30'; }),
  'date-99-foo': listVariant((l) => { ent0(l).listings[0].date = '99 Foo 2021'; }),
  'duplicate-ids': listVariant((l) => { l.entities.push(structuredClone(ent0(l))); }),
  'proto-keys': listVariant((l) => { ent0(l).__proto__ = { polluted: true }; ent0(l).constructor = 'x'; }),
  'unknown-keys': listVariant((l) => { ent0(l).evil = 1; l.extra = true; }),
  'huge-name': listVariant((l) => { ent0(l).name = `Big ${'Name '.repeat(200000)}Co`; }),
  'huge-accented-alias': listVariant((l) => { ent0(l).aliases.push(`SOCIÉTÉ${'A'.repeat(10 * 1024 * 1024)}`); }),
  'csv-header-only': 'name,aliases\n',
  'csv-no-name-col': 'foo,bar\n1,2\n',
  'csv-1252': iconv.encode('name,aliases\nSociété Xinjiàng Générale,SXG\n', 'windows-1252'),
  'csv-utf16': Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('name,aliases\nFoo Bar Trading Co,FBT\n', 'utf16le')]),
  'csv-utf16-nobom': iconv.encode('name,aliases\nFoo Bar Trading Co,FBT\n', 'utf16le'),
  'csv-nul': 'name,aliases\nFoo\u0000Bar Trading Co,FBT\n',
  'csv-unclosed-quote': 'name,aliases\n"Foo Bar Trading Co,FBT\nBaz Co,B\n',
  'csv-one-letter': 'name,aliases\nX,Y\nFoo Bar Trading Co,F\n',
  'csv-only-punct': 'name,aliases\n!!!,???\n',
  'csv-emoji': 'name\n😀😀\n',
  'csv-zero-width': 'name\n\u200b\u200c\u200d\n',
  'csv-bidi': 'name\n\u202eoC gnidarT\u202c\n',
  'csv-duplicate-names': 'name\nFoo Bar Trading Co\nFoo Bar Trading Co\n',
  'csv-javascript-url': 'name,list,date,url\nFoo Bar Trading Co,X,2021-01-01,javascript:alert(1)\n',
  'csv-https-nohost': 'name,list,date,url\nFoo Bar Trading Co,X,2021-01-01,https://x\n',
  'csv-date-feb30': 'name,list,date,url\nFoo Bar Trading Co,X,2021-02-30,https://example.org/x\n',
  'csv-date-99foo': 'name,list,date,url\nFoo Bar Trading Co,X,99 Foo 2021,https://example.org/x\n',
  'csv-date-future': 'name,list,date,url\nFoo Bar Trading Co,X,2999-01-01,https://example.org/x\n',
  'csv-isin-bad': 'name,isin\nFoo Bar Trading Co,CNE100000PM9\n',
  'csv-binary': Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919 + 13) % 256)),
  'csv-formula': 'name\n=HYPERLINK("http://x","Foo Trading")\n',
  'csv-proto-header': '__proto__,name\nx,Foo Bar Trading Co\n',
};
// Workbook lists (.xlsx): damaged zips, a PNG and a CSV under the name.
const xlsxCases: Record<string, Buffer> = {
  'xlsx-truncated-zip': Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 1)]),
  'xlsx-png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  'xlsx-is-csv': Buffer.from('name\nFoo Bar Trading Co\n'),
  'xlsx-empty': Buffer.alloc(0),
};
for (const [k, bytes] of Object.entries(xlsxCases)) {
  const file = put(`lists/${k}.xlsx`, bytes);
  add({ name: `validate/${k}`, args: ['lists', 'validate', file], names: `${k}.xlsx` });
  add({ name: `screen--list/${k}`, args: ['screen', holdings, '--list', file, '--format', 'json', '--quiet', '--fail-on', 'none'], names: `${k}.xlsx` });
}
for (const [k, text] of Object.entries(listCases)) {
  const ext = k.startsWith('csv') ? 'csv' : 'json';
  const file = put(`lists/${k}.${ext}`, text);
  add({ name: `validate/${k}`, args: ['lists', 'validate', file], names: `${k}.${ext}` });
  add({ name: `screen--list/${k}`, args: ['screen', holdings, '--list', file, '--format', 'json', '--quiet', '--fail-on', 'none'], names: `${k}.${ext}` });
}
add({ name: 'screen--list/directory', args: ['screen', holdings, '--list', dir, '--format', 'json', '--quiet'], codes: [2] });
add({ name: 'screen--list/missing', args: ['screen', holdings, '--list', path.join(dir, 'none.json'), '--quiet'], codes: [2] });
add({ name: 'screen--list/dash', args: ['screen', holdings, '--list', '-', '--quiet', '--format', 'json', '--fail-on', 'none'], input: fx('fixtures/lists/user/watch-list.csv') });
add({ name: 'validate/directory', args: ['lists', 'validate', dir], codes: [2] });
add({ name: 'validate/dash', args: ['lists', 'validate', '-'], input: fx('fixtures/lists/valid/two-entities.json') });

// ---------- --ignore, --baseline, --config ----------
const ignoreCases: Record<string, string | Buffer> = {
  empty: '',
  object: '{}',
  'wrong-types': '[{"entity":5,"reason":["x"],"expires":20270101}]',
  'null-entry': '[null, 1, "x", []]',
  'expired': '[{"entity":"hoshine-silicon","reason":"r","expires":"2000-01-01"}]',
  'feb-30': '[{"entity":"hoshine-silicon","reason":"r","expires":"2027-02-30"}]',
  'unknown-entity': '[{"entity":"no-such-entity","reason":"r","expires":"never"}]',
  'huge-reason': `[{"entity":"hoshine-silicon","reason":"${'x'.repeat(5_000_000)}","expires":"never"}]`,
  '100k-entries': JSON.stringify(Array.from({ length: 100000 }, (_, i) => ({ entity: `e-${i}`, reason: 'r', expires: 'never' }))),
  'utf16': Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('[{"entity":"hoshine-silicon","reason":"r","expires":"never"}]', 'utf16le')]),
  '1252': iconv.encode('[{"entity":"hoshine-silicon","reason":"géré","expires":"never"}]', 'windows-1252'),
  'control-reason': '[{"entity":"hoshine-silicon","reason":"\\u001b[2J\\u202eevil","fund":"\\u001b]0;x\\u0007","expires":"never"}]',
  'proto': '[{"entity":"hoshine-silicon","reason":"r","expires":"never","__proto__":{"x":1}}]',
  'deep': `${'['.repeat(100000)}${']'.repeat(100000)}`,
  'binary': Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 31 + 7) % 256)),
};
for (const [k, text] of Object.entries(ignoreCases)) {
  const file = put(`ignore/${k}.json`, text);
  add({ name: `ignore/${k}`, args: ['screen', holdings, '--ignore', file, '--format', 'json', '--quiet', '--fail-on', 'none'], names: `${k}.json` });
}
add({ name: 'ignore/directory', args: ['screen', holdings, '--ignore', dir, '--quiet'], codes: [2] });
const goodReport = (() => {
  const file = path.join(dir, 'good-report.json');
  return file;
})();
const baselineCases: Record<string, string | Buffer> = {
  empty: '',
  'not-report': '{"foo":1}',
  'schema-2': '{"schemaVersion":2,"findings":[]}',
  'findings-wrong-types': '{"schemaVersion":1,"findings":[{"source":1,"fund":2,"issuer":null,"entity":"x"}]}',
  'findings-null': '{"schemaVersion":1,"findings":[null]}',
  'findings-object': '{"schemaVersion":1,"findings":{}}',
  'a-list-json': fx('fixtures/lists/valid/two-entities.json'),
  'holdings-csv': fx('fixtures/cli/ishares-em-sample.csv'),
  'utf16': Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('{"schemaVersion":1,"findings":[]}', 'utf16le')]),
  'deep': `{"schemaVersion":1,"findings":[],"x":${'['.repeat(100000)}${']'.repeat(100000)}}`,
  'lookthrough-wrong': '{"schemaVersion":1,"findings":[],"lookThrough":{"findings":[{"x":1}]}}',
  'huge-findings': JSON.stringify({ schemaVersion: 1, findings: Array.from({ length: 200000 }, (_, i) => ({ source: 's', fund: null, issuer: `I ${i}`, entity: { id: 'hoshine-silicon' } })) }),
  'control-fund': JSON.stringify({ schemaVersion: 1, findings: [{ source: 'x\u001b[2J', fund: '\u202eevil', issuer: 'HOSHINE', entity: { id: 'hoshine-silicon' } }] }),
};
for (const [k, text] of Object.entries(baselineCases)) {
  const file = put(`baseline/${k}.json`, text);
  add({ name: `baseline/${k}`, args: ['screen', holdings, '--baseline', file, '--format', 'json', '--quiet', '--fail-on', 'none'], names: `${k}.json` });
}
add({ name: 'baseline/directory', args: ['screen', holdings, '--baseline', dir, '--quiet'], codes: [2] });
add({ name: 'baseline/missing', args: ['screen', holdings, '--baseline', path.join(dir, 'nope.json'), '--quiet', '--fail-on', 'none', '--format', 'json'] });
void goodReport;
const configCases: Record<string, string | Buffer> = {
  empty: '',
  array: '[]',
  'wrong-types': '{"lists":"x.json","failOn":1,"quiet":"yes","maxListAge":-1}',
  'unknown-key': '{"lsts":["x"]}',
  'max-list-age-huge': '{"maxListAge":1e308}',
  'max-list-age-float': '{"maxListAge":1.5}',
  'fundnames-huge': JSON.stringify({ fundNames: Object.fromEntries(Array.from({ length: 50000 }, (_, i) => [`f${i}.csv`, `Fund ${i}`])) }),
  'fundnames-control': JSON.stringify({ fundNames: { 'ishares-em-sample.csv': '\u001b[2J\u202eEvil Fund' } }),
  'lists-missing': '{"lists":["does-not-exist.json"]}',
  'lists-empty-string': '{"lists":[""]}',
  'only-lists-bogus': '{"onlyLists":["nope"]}',
  'columns-bogus': '{"columns":{"issuer":"NOPE","bogus":"x"}}',
  'encoding-bogus': '{"encoding":"klingon"}',
  'delimiter-long': '{"delimiter":"ab"}',
  'input-format-bogus': '{"inputFormat":"nope"}',
  'utf16': Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('{"quiet":true}', 'utf16le')]),
  '1252': iconv.encode('{"fundNames":{"ishares-em-sample.csv":"Fonds Émergents"}}', 'windows-1252'),
  'deep': `{"x":${'['.repeat(100000)}${']'.repeat(100000)}}`,
  'proto': '{"__proto__":{"quiet":true},"constructor":{"x":1}}',
  'binary': Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 31 + 7) % 256)),
};
for (const [k, text] of Object.entries(configCases)) {
  const file = put(`config/${k}.json`, text);
  add({ name: `config/${k}`, args: ['screen', holdings, '--config', file, '--format', 'json', '--quiet', '--fail-on', 'none'], names: k === 'lists-missing' ? 'does-not-exist.json' : `${k}.json` });
}
add({ name: 'config/directory', args: ['screen', holdings, '--config', dir, '--quiet'], codes: [2] });

// ---------- option values ----------
const opt = (name: string, extra: string[], codes?: number[]) => add({ name: `option/${name}`, args: ['screen', holdings, '--quiet', '--format', 'json', '--fail-on', 'none', ...extra], ...(codes ? { codes } : {}) });
opt('fund-name-huge', ['--fund-name', `ishares-em-sample.csv=${'F'.repeat(1_000_000)}`]);
opt('fund-name-control', ['--fund-name', 'ishares-em-sample.csv=\u001b[2J\u202eEvil\u0007']);
opt('fund-name-no-eq', ['--fund-name', 'justaname']);
opt('fund-name-empty', ['--fund-name', '=']);
opt('fund-name-unknown-file', ['--fund-name', 'nope.csv=X']);
opt('fund-name-eq-only-name', ['--fund-name', 'ishares-em-sample.csv=']);
opt('max-list-age-neg', ['--max-list-age', '-5'], [2]);
opt('max-list-age-huge', ['--max-list-age', '1e400'], [2]);
opt('max-list-age-text', ['--max-list-age', 'abc'], [2]);
opt('only-lists-bogus', ['--only-lists', 'nope,,,'], [2]);
opt('only-lists-empty', ['--only-lists', ''], [2]);
opt('fail-on-bogus', ['--fail-on', 'maybe'], [2]);
opt('format-bogus', ['--format', 'pdf'], [2]);
opt('format-many', ['--format', 'json,json,json'], [2]);
opt('min-tier-bogus', ['--min-tier', 'x'], [2]);
opt('columns-bogus', ['--columns', '===,,,'], [2]);
opt('columns-huge', ['--columns', `issuer=${'X'.repeat(100000)}`], [2, 3]);
opt('delimiter-bogus', ['--delimiter', 'abc'], [2]);
opt('encoding-bogus', ['--encoding', 'klingon'], [2]);
opt('input-format-bogus', ['--input-format', 'nope'], [2]);
opt('exclude-bad-glob', ['--exclude', '[[[**']);
opt('include-bad-glob', ['--include', '{{{']);
opt('look-through-depth-bogus', ['--look-through-depth', '-1'], [2]);
opt('look-through-depth-huge', ['--look-through-depth', '99999999999999999999'], [2]);
opt('output-into-dir', ['--output', dir], [2, 3]);
opt('output-nested-missing', ['--output', path.join(dir, 'a/b/c/report.json')]);
opt('out-dir-is-file', ['--out-dir', holdings, '--format', 'json,csv'], [2, 3]);
add({ name: 'option/import-as-of-bad', args: ['lists', 'import', path.join(root, 'fixtures/lists/ofac-release/SDN.CSV'), '--as-of', '2021-02-30', '--out', path.join(dir, 'x.json')], codes: [2] });
add({ name: 'option/import-id-bad', args: ['lists', 'import', path.join(root, 'fixtures/lists/ofac-release/SDN.CSV'), '--id', '../../etc', '--out', path.join(dir, 'x.json')], codes: [2] });
add({ name: 'option/import-from-bogus', args: ['lists', 'import', '--from', 'nope', path.join(root, 'fixtures/lists/ofac-release/SDN.CSV'), '--out', path.join(dir, 'x.json')], codes: [2] });
add({ name: 'option/import-out-dir', args: ['lists', 'import', path.join(root, 'fixtures/lists/ofac-release/SDN.CSV'), '--out', dir], codes: [2, 3] });
add({ name: 'option/import-out-missing-dir', args: ['lists', 'import', path.join(root, 'fixtures/lists/ofac-release/SDN.CSV'), '--out', path.join(dir, 'no/such/dir/x.json')], codes: [0, 2, 3] });
add({ name: 'option/show-max-age-bad', args: ['lists', 'show', '--max-list-age', 'x'], codes: [2] });
add({ name: 'option/diff-only-lists-bogus', args: ['lists', 'diff', 'lists/xinjiang.json', 'lists/xinjiang.json', '--only-lists', 'nope'], codes: [2] });
add({ name: 'option/diff-missing', args: ['lists', 'diff', 'lists/xinjiang.json', path.join(dir, 'nope.json')], codes: [2] });

// ---------- explain ----------
const explainNames: Record<string, string> = {
  '64KiB': 'HOSHINE '.repeat(8192),
  '1MiB-one-word': 'A'.repeat(1 << 20),
  'controls': 'HOSHINE\u001b[2J\u0007 SILICON\u0000 \u0085 INDUSTRY',
  'bidi-override': '\u202eHOSHINE SILICON\u202c \u2066x\u2069',
  'osc-title': '\u001b]0;pwned\u0007HOSHINE SILICON',
  'only-zero-width': '\u200b\u200c\u200d\ufeff',
  'empty': '',
  'spaces': '     ',
  'emoji': '😀 HOSHINE 😀',
  'lone-surrogate': 'HOSHINE \ud800 SILICON',
  'many-words': Array.from({ length: 20000 }, (_, i) => `W${i}`).join(' '),
  'dash-start': '--not-a-flag',
};
for (const [k, name] of Object.entries(explainNames)) {
  for (const json of [false, true]) {
    add({
      name: `explain/${k}${json ? '-json' : ''}`,
      args: ['explain', ...(k === 'dash-start' ? ['--'] : []), name, ...(json ? ['--json'] : [])],
      check: (r) => {
        const out = r.stdout + r.stderr;
        if (/\u001b|[\u0080-\u009f]|[\u202a-\u202e\u2066-\u2069]/.test(out)) return 'output carries an escape, C1 control or bidi override';
        if (/\u0000|\u0007/.test(out)) return 'output carries NUL/BEL';
        return null;
      },
    });
  }
}
add({ name: 'explain/ticker-control', args: ['explain', 'HOSHINE', '--ticker', '\u001b[2J603260\u202e'], check: (r) => (/\u001b|[\u202a-\u202e]/.test(r.stdout + r.stderr) ? 'output carries an escape or bidi override' : null) });
const inert = (r: Result) => (/\u001b|[\u0080-\u009f]|[\u202a-\u202e\u2066-\u2069]|\u0007/.test(r.stdout + r.stderr) ? 'output carries an escape, C1 control, BEL or bidi override' : null);
add({ name: 'lists-show/query-controls', args: ['lists', 'show', '\u001b]0;x\u0007hoshine\u202e'], check: inert });
add({ name: 'lists-show/query-controls-json', args: ['lists', 'show', '\u001b]0;x\u0007hoshine\u202e', '--json'], check: inert });
add({ name: 'lists-show/query-huge', args: ['lists', 'show', 'x'.repeat(1 << 20)] });
const generic = put('holdings/g.csv', 'Name,Ticker,Exchange,Weight (%)\nHOSHINE SILICON INDUSTRY CO LTD A,603260,Shanghai Stock Exchange,1.0\n');
for (const format of ['json', 'csv', 'table', 'markdown', 'html', 'sarif', 'jsonl']) {
  add({ name: `option/fund-name-controls-${format}`, args: ['screen', generic, '--fund-name', 'g.csv=\u001b[2J\u202eEvil\u0007\u0085', '--format', format, '--quiet', '--fail-on', 'none'], check: inert });
}
add({ name: 'explain/isin-huge', args: ['explain', 'HOSHINE', '--isin', 'X'.repeat(1 << 20)] });
add({ name: 'explain/top-bogus', args: ['explain', 'HOSHINE', '--top', '1e9999'], codes: [2] });

// ---------- run ----------
function violations(c: Case, r: Result): string[] {
  const v: string[] = [];
  const allowed = c.codes ?? [0, 1, 2, 3];
  if (!allowed.includes(r.code)) v.push(`exit ${r.code}, expected ${allowed.join('/')}`);
  if (/^\s+at /m.test(r.stderr)) v.push('stack trace on stderr');
  if (r.stderr.includes('internal error')) v.push('internal error');
  const errs = r.stderr.split('\n').filter((l) => l.startsWith('fundscreen: ') && !l.startsWith('fundscreen: warning:') && !/^fundscreen: .* \[[\w-]+\]: \d+ rows? read/.test(l) && !/^fundscreen: list \S+ \d{4}-\d{2}-\d{2}: /.test(l) && !/: read (as --from|\S+ beside it)/.test(l) && !/^fundscreen: using /.test(l));
  if (r.code >= 2) {
    if (errs.length !== 1) v.push(`${errs.length} error lines`);
    if (c.names && errs[0] && !errs[0].includes(c.names)) v.push(`error does not name ${c.names}`);
    if (errs[0] && errs[0].length > 4100) v.push(`error line is ${errs[0].length} characters`);
  }
  // Warnings about lines should say which file.
  for (const w of r.stderr.split('\n')) if (/^(fundscreen: )?warning: line \d+/.test(w)) { v.push(`warning names a line but no file: ${w.slice(0, 80)}`); break; }
  if (r.stderr.length > 200_000 && !c.name.includes('100k')) v.push(`stderr is ${r.stderr.length} characters`);
  const extra = c.check?.(r);
  if (extra) v.push(extra);
  return v;
}

const selected = cases.filter((c) => !only || c.name.includes(only));
let failed = 0;
const failures: string[] = [];
for (const c of selected) {
  const m = memoryIO({ cwd: root, env: { FUNDSCREEN_MAX_LIST_AGE: '100000' }, ...(c.input ? { input: c.input } : {}) });
  const t0 = process.hrtime.bigint();
  let code: number;
  try {
    code = await run(c.args, m.io);
  } catch (err) {
    code = -1;
    m.io.stderr.write(`UNCAUGHT ${(err as Error).stack}\n`);
  }
  const r: Result = { code, stdout: m.stdout(), stderr: m.stderr(), seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
  const v = violations(c, r);
  const firstErr = r.stderr.split('\n').find((l) => l && !/^fundscreen: warning/.test(l) && !/^warning/.test(l)) ?? '';
  const line = `${v.length ? 'FAIL' : 'PASS'} ${c.name} exit=${r.code} ${r.seconds.toFixed(1)}s ${v.join('; ')}${v.length ? '' : ''} | ${firstErr.slice(0, 160)}`;
  console.log(line);
  if (v.length) {
    failed++;
    failures.push(line);
  }
}
console.log(`\n${selected.length} cases, ${failed} failing`);
for (const f of failures) console.log(f);
if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });
else console.log(`corpus kept in ${dir}`);
void execFileSync;
process.exitCode = failed ? 1 : 0;
