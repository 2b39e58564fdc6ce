import { describe, expect, it } from 'vitest';
import { pushTo } from '../src/group-by.js';

describe('pushTo', () => {
  it('groups values under their keys in order, appending to the one array of a key (no copy per value)', () => {
    const groups = new Map<string, number[]>();
    pushTo(groups, 'a', 1);
    const a = groups.get('a');
    for (let i = 2; i <= 100_000; i++) pushTo(groups, i % 2 ? 'a' : 'b', i);
    expect(groups.get('a')).toBe(a);
    expect(groups.get('a')!.length).toBe(50_000);
    expect(groups.get('b')!.slice(0, 3)).toEqual([2, 4, 6]);
    expect([...groups.keys()]).toEqual(['a', 'b']);
  });
});
