/**
 * `screen --list` runs the same checks as `lists validate`: the schema and what it cannot express
 * (calendar dates, check digits, duplicate ids, a company without a listing).
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { bad, expectNoStack } from './expect-cli.js';

describe('a user list that fails validation', () => {
  it('lists validate rejects it (exit 2, four problems) — the reference for the screen below', async () => {
    const r = await runCli(['lists', 'validate', bad('list-semantic-problems.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('invalid list: 4 problems');
  });

  it('screen --list with it is exit 2 before any input is read, listing the same four problems', async () => {
    const r = await runCli(['screen', 'fixtures/cli/ishares-em-sample.csv', '--list', bad('list-semantic-problems.json')]);
    expect(r.code).toBe(2);
    expectNoStack(r);
    expect(r.stdout).toBe('');
    for (const problem of [
      'entity example-one listings[0].date: not a calendar date: 2024-02-30',
      'entity example-one identifiers[0]: ISIN CNE100000B82 fails its check digit or format',
      'entity example-one (entities[1]): duplicate id (also entities[0])',
      'entity example-one: a company needs at least one listing',
    ]) {
      expect(r.stderr).toContain(`  - ${problem}\n`);
    }
  });
});
