/**
 * What an official list's cells carry that acts or shows nothing is cleaned as it is imported
 * (src/lists/import/assemble.ts cleanEntityText): escape sequences and controls, and what shows
 * nothing inside a word (a zero-width space, a direction mark) dropped, not made a space.
 */
import { describe, expect, it } from 'vitest';
import { cleanEntityText } from '../../src/lists/import/assemble.js';
import type { ListEntity } from '../../src/lists/schema.js';

const entity = (name: string, aliases: string[] = []): Omit<ListEntity, 'id'> => ({ name, type: 'company', aliases, identifiers: [], listings: [], relations: [] });

describe('imported names', () => {
  it('drop what shows nothing inside a word, and say which records changed', () => {
    const records = [entity('HO\u200bSHINE SILICON INDUSTRY CO., LTD.', ['XIN\u202eJIANG HOSHINE']), entity('Plain Name Ltd')];
    expect(cleanEntityText(records)).toEqual(['"HOSHINE SILICON INDUSTRY CO., LTD."']);
    expect(records[0].name).toBe('HOSHINE SILICON INDUSTRY CO., LTD.');
    expect(records[0].aliases).toEqual(['XINJIANG HOSHINE']);
    expect(records[1].name).toBe('Plain Name Ltd');
  });

  it('turn other controls into spaces, as before', () => {
    const records = [entity('ACME\tWIDGETS\u0085LTD')];
    cleanEntityText(records);
    expect(records[0].name).toBe('ACME WIDGETS LTD');
  });
});
