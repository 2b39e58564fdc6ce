/**
 * Issue 8, limits: a 100,000-entity list loads and screens through the CLI; a user list that fails
 * the schema is exit 2 with every problem listed. The big list is synthetic (test-only entities
 * with example.org URLs, written to a temp dir, never shipped).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { bad, expectAccounting, errorLines, expectNoStack, screenJson } from './expect-cli.js';
import { useTempDir } from '../helpers/temp-dir.js';

const ENTITIES = 100_000;
const LETTERS = 'bcdfghjklmnpqrstvwxz';
const VOWELS = 'aeiou';

/**
 * A pronounceable made-up word per number (distinct for distinct n), so names are words, not digits.
 * The fixed "Zy" start keeps every word out of the stop words and legal forms ("To", "Sa", "Ag"): the
 * list validator rightly refuses an alias that reads as another entity's ("To Testing" = "Testing").
 */
function word(n: number): string {
  let s = 'zy';
  let k = n;
  do {
    s += LETTERS[k % LETTERS.length] + VOWELS[Math.floor(k / LETTERS.length) % VOWELS.length];
    k = Math.floor(k / (LETTERS.length * VOWELS.length));
  } while (k > 0);
  return s[0].toUpperCase() + s.slice(1);
}

function bigList(): string {
  const entities = [];
  for (let i = 0; i < ENTITIES; i++) {
    entities.push({
      id: `synthetic-${i}`,
      name: `Synthetic ${word(i)} Testing Co., Ltd.`,
      type: 'company',
      aliases: i % 3 === 0 ? [`${word(i)} Testing`] : [],
      listings: [{ list: 'Synthetic test list', date: '2024-01-01', citation: 'test only', url: 'https://example.org/list', verification: 'verified' }],
    });
  }
  return JSON.stringify({ schemaVersion: 1, id: 'synthetic-big', name: 'Synthetic 100,000-entity test list', version: '2024-01-01', entities });
}

const tmp = useTempDir('fundscreen-limits-');

describe('a list file with 100,000 entities', () => {
  it('loads (the CLI checks it against the schema) and a screen against it completes and matches', async () => {
    const list = path.join(tmp, 'big.json');
    await writeFile(list, bigList());
    const i = 77_777;
    const holdings = path.join(tmp, 'holdings.csv');
    await writeFile(holdings, `Name,Ticker,Market Value\n"SYNTHETIC ${word(i).toUpperCase()} TESTING CO LTD",,1000\nUnlisted Holdings Plc,,5\n`);

    const { r, report } = await screenJson(['fixtures/cli/ishares-em-sample.csv', holdings, '--no-default-list', '--list', list]);
    expect(r.code).toBe(1);
    expectNoStack(r);
    expect(errorLines(r.stderr)).toEqual([]);
    expect((report as unknown as { lists: Array<{ id: string; entities: number }> }).lists).toEqual([
      expect.objectContaining({ id: 'synthetic-big', entities: ENTITIES }),
    ]);
    expectAccounting(report);
    expect(report.funds.map((f) => f.rows.screened)).toEqual([9, 2]);
    expect(report.findings.map((f) => [f.source, f.line, f.entity.id])).toEqual([[holdings, 2, `synthetic-${i}`]]);
  }, 120_000);
});

describe('a user list that fails validation', () => {
  it('is exit 2 before any input is read, listing every problem by entity', async () => {
    const r = await runCli(['screen', 'fixtures/cli/ishares-em-sample.csv', '--list', bad('list-schema-problems.json')]);
    expect(r.code).toBe(2);
    expectNoStack(r);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(`fundscreen: ${bad('list-schema-problems.json')}: not a valid list file (7 problems)`);
    // One problem per line, each naming its entity: the seven mistakes written into the fixture.
    const problems = lines.slice(1);
    expect(problems).toHaveLength(7);
    for (const [entity, what] of [
      ['Example-Upper', / id: /],
      ['Example-Upper', / listings\[0\]\.date: /],
      ['example-two', / listings: /],
      ['example-three', / name: /],
      ['example-three', / listings\[0\]\.url: expected an https:\/\/ URL/],
      ['example-three', / listings\[0\]\.verification: /],
      ['example-three', /"colour"/],
    ] as const) {
      expect(problems.some((p) => p.startsWith(`  - entity ${entity} `) && what.test(p)), `${entity} ${what}`).toBe(true);
    }
  });
});
