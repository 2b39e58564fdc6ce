import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadList } from '../../src/lists/load.js';
import { aliasAt, compileLists, tokenWeight, type CompiledLists } from '../../src/match/compile.js';
import { createCandidateSource, type CandidateSource } from '../../src/match/candidate-source.js';
import { analyseName } from '../../src/match/normalise.js';
import type { QueryName } from '../../src/match/score.js';

const FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/match/list.json');
let c: CompiledLists;
let source: CandidateSource;

beforeAll(async () => {
  c = compileLists([await loadList(FIXTURE)]);
  source = createCandidateSource(c);
});

function entitiesFor(issuer: string): string[] {
  const name = analyseName(issuer);
  const q: QueryName = { name, kinds: name.tokens.map((t) => t.kind), weights: name.tokens.map((t) => tokenWeight(c, t.text, t.kind)) };
  return [...new Set(source.candidates(q).map((ai) => c.entities[aliasAt(c, ai).entity].entity.id))];
}

describe('candidate source: the aliases worth scoring for a name', () => {
  it('finds a listed name by its exact core, by a distinctive word, and through a typo of that word', () => {
    expect(entitiesFor('Hangzhou Hikvision Digital Technology Co. Ltd.')).toContain('hikvision');
    expect(entitiesFor('HIKVISION USA INC')).toContain('hikvision');
    expect(entitiesFor('HIKVISON DIGITAL TECHNOLOGY')).toContain('hikvision');
  });

  it('names each alias once, and nothing for a name of words the list does not use', () => {
    const name = analyseName('Zhejiang Dahua Technology Co Ltd');
    const q: QueryName = { name, kinds: name.tokens.map((t) => t.kind), weights: name.tokens.map((t) => tokenWeight(c, t.text, t.kind)) };
    const found = source.candidates(q);
    expect(new Set(found).size).toBe(found.length);
    expect(entitiesFor('Quartzville Umbrella Plc')).toEqual([]);
  });
});

describe('candidate source: typo searches remembered from a word\'s second search', () => {
  it('names the same aliases for a typo word the first, second and third time (searched, searched and remembered, remembered)', () => {
    const name = analyseName('HIKVISON DIGITAL TECHNOLOGY');
    const q: QueryName = { name, kinds: name.tokens.map((t) => t.kind), weights: name.tokens.map((t) => tokenWeight(c, t.text, t.kind)) };
    const fresh = createCandidateSource(c);
    const first = [...fresh.candidates(q)];
    expect(first.length).toBeGreaterThan(0);
    expect([...fresh.candidates(q)]).toEqual(first);
    expect([...fresh.candidates(q)]).toEqual(first);
  });
});
