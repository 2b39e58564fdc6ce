/**
 * Issue 8, no network, beyond tests/cli/no-network.test.ts (which covers a CSV screen): every
 * other command, and the readers and reports that load their own packages (saxes for XML, yauzl
 * and read-excel-file for xlsx, the N-PORT data set, the HTML report), run with every socket,
 * DNS and HTTP API throwing.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';
import { xlsx } from '../holdings/nport-zip-writer.js';

const preload = path.join(repoRoot, 'fixtures/net/deny-network.mjs');

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'fundscreen-offline-'));
  await writeFile(
    path.join(tmp, 'spdr.xlsx'),
    xlsx([
      ['Fund Name:', 'SPDR layout fixture'],
      ['Holdings:', 'As of 10-May-2024'],
      [],
      ['Name', 'Ticker', 'Identifier', 'SEDOL', 'Weight', 'Sector', 'Shares Held', 'Local Currency'],
      ['HOSHINE SILICON INDUSTRY CO LTD A', '603260', '-', '-', '0.01', 'Materials', '139200', 'CNY'],
    ]),
  );
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('every command works with networking blocked', () => {
  it.each([
    ['lists show', ['lists', 'show'], 0],
    ['lists show QUERY', ['lists', 'show', 'hoshine'], 0],
    ['lists validate', ['lists', 'validate', 'lists/xinjiang.json'], 0],
    ['lists import', ['lists', 'import', '--from', 'ofac-cons', 'fixtures/lists/ofac/cons_prim.csv', '--out', '@tmp/imported.json', '--as-of', '2025-04-21'], 0],
    ['inspect (N-PORT XML)', ['inspect', 'fixtures/holdings/nport/prefixed-quirks.xml'], 0],
    ['explain', ['explain', 'HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO LTD A', '--ticker', '002415', '--exchange', 'Shenzhen Stock Exchange'], 0],
    ['screen xlsx, 13F XML, N-PORT data set -> html', ['screen', '@tmp/spdr.xlsx', 'fixtures/holdings/13f/n1-prefix.xml', 'fixtures/holdings/nport/dataset', '--format', 'html', '--fail-on', 'none'], 0],
    ['screen -> every format to --out-dir', ['screen', 'fixtures/cli/ishares-em-sample.csv', '--format', 'table,json,jsonl,csv,markdown,html', '--out-dir', '@tmp/out', '--fail-on', 'none'], 0],
  ])('%s', async (_name, args, code) => {
    const r = await runCli(args.map((a) => a.replace('@tmp', tmp)), { nodeArgs: ['--import', preload] });
    expect(r.stderr).not.toContain('network access attempted');
    expect(r.stderr).not.toContain('internal error');
    expect(r.code, r.stderr).toBe(code);
    if (!args.includes('--out') && !args.includes('--out-dir')) expect(r.stdout.length).toBeGreaterThan(0);
  });
});
