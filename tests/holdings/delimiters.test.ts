import { describe, expect, it } from 'vitest';
import { expectRows, fixture, readAll } from './read-all.js';

const EXPECTED = [
  ['Zhejiang Dahua Technology Co. Ltd.', '002236', 226130.76, 0.02],
  ['Nestlé SA', 'NESN', 115823707.78, 0.57],
  ['Société Générale SA', 'GLE', 9876543.21, 0.05],
];

describe('delimiters', () => {
  it.each([
    ['semicolon-decimal-comma.csv', 'semicolon', 1],
    ['tab.tsv', 'tab', 1],
    ['pipe.txt', 'pipe', 1],
    ['sep-directive.csv', 'semicolon', 2],
  ])('%s is sniffed as %s', async (file, delimiter, headerLine) => {
    const r = await readAll(fixture('delimiters', file));
    expect(r.meta).toMatchObject({ delimiter, headerLine, format: 'generic-csv' });
    expectRows(r, 3, 3, 0, 0);
    expect(r.positions.map((p) => [p.issuer, p.ids.ticker, p.value?.amount, p.weightPct])).toEqual(EXPECTED);
  });

  it('semicolon files with a decimal comma say so', async () => {
    const r = await readAll(fixture('delimiters', 'semicolon-decimal-comma.csv'));
    expect(r.meta.warnings).toContain('numbers use a decimal comma (1.234,56)');
  });

  it('a forced delimiter wins over sniffing', async () => {
    await expect(readAll(fixture('delimiters', 'tab.tsv'), { delimiter: ';' })).rejects.toThrow(/no header row found/);
    const r = await readAll(fixture('delimiters', 'pipe.txt'), { delimiter: '|' });
    expect(r.positions).toHaveLength(3);
  });
});
