/**
 * `lists validate` takes what `screen --list` takes: a CSV list is checked by the same reader
 * (problems by line, exit 2), a JSON list by the schema; --input-format's help names the formats.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { INPUT_FORMATS } from '../../src/holdings/read.js';

const dir = mkdtempSync(path.join(tmpdir(), 'fundscreen-lists-'));
const HOSHINE_WRO = 'https://www.cbp.gov/trade/programs-administration/forced-labor/hoshine-silicon-industry-co-ltd-withhold-release-order-frequently-asked-questions';

describe('lists validate with a CSV list', () => {
  it('a valid CSV list: exit 0 with its entity count; a missing one: exit 2', async () => {
    const file = path.join(dir, 'watch.csv');
    writeFileSync(file, `name,ticker,exchange,list,date,url\n"Hoshine Silicon Industry Co., Ltd.",603260,XSHG,CBP WRO,2021-06-24,${HOSHINE_WRO}\n`);
    const r = await runCli(['lists', 'validate', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${file}: valid (1 entities, a CSV list)\n`);
    const s = await runCli(['lists', 'validate', path.join(dir, 'missing.csv')]);
    expect(s.code).toBe(2);
  });

  it('a CSV list with problems: exit 2, one line naming the file, then each problem by line (no JSON error)', async () => {
    const file = path.join(dir, 'bad.csv');
    writeFileSync(file, 'name,isin\n,US0378331005\nApple Inc.,US0378331006\n');
    const r = await runCli(['lists', 'validate', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/JSON/);
    expect(r.stderr).toMatch(/bad\.csv: not a valid CSV list \(2 problems\)/);
    expect(r.stderr).toMatch(/line 2: no name/);
    expect(r.stderr).toMatch(/line 3 \(Apple Inc\.\): ISIN US0378331006 fails its check digit/);
  });

  it('a broken JSON list: one line naming file:line:column, exit 2, no stack', async () => {
    const file = path.join(dir, 'broken.json');
    writeFileSync(file, '{"schemaVersion": 1, "id": "x",\n  "version": "2024-01-01", entities: []}\n');
    for (const args of [['lists', 'validate', file], ['screen', '-', '--list', file]]) {
      const r = await runCli(args, { input: 'name\nx\n' });
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(new RegExp(`^fundscreen: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:28: not valid JSON`));
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('screen --help names every input format', async () => {
    const r = await runCli(['screen', '--help']);
    const help = r.stdout.replace(/\s+/g, ' ');
    for (const f of INPUT_FORMATS) expect(help).toContain(f);
  });
});
