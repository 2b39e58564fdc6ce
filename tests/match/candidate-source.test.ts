import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadList } from '../../src/lists/load.js';
import { aliasAt, compileLists, FREQUENT_POSTINGS, tokenWeight, type CompiledLists } from '../../src/match/compile.js';
import type { LoadedList } from '../../src/lists/schema.js';
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

describe('candidate source: a word that files more than FREQUENT_POSTINGS names (a large list sharing a vocabulary)', () => {
  // 1,200 made-up names that all have "Zenith", half "Trident" too, each its own brand word.
  const letter = (i: number, k: number) => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(i / 26 ** k) % 26];
  const brand = (i: number) => `Qor${letter(i, 0)}${letter(i, 1)}${letter(i, 2)}vex`;
  const list: LoadedList = {
    id: 'frequent', version: '2025-01-01', sha256: '', path: 'frequent.json',
    entities: Array.from({ length: 1_200 }, (_, i) => ({
      id: `e${i}`, name: `Zenith ${i % 2 ? 'Trident ' : ''}${brand(i)} Ltd`, type: 'company' as const, aliases: [], identifiers: [], relations: [],
      listings: [{ list: 'Test', date: '2025-01-01', citation: 'test', url: 'https://example.invalid/test', verification: 'verified' as const }],
    })),
  };
  const big = compileLists([list]);
  const bigSource = createCandidateSource(big);
  const candidatesOf = (issuer: string) => {
    const name = analyseName(issuer);
    return bigSource.candidates({ name, kinds: name.tokens.map((t) => t.kind), weights: name.tokens.map((t) => tokenWeight(big, t.text, t.kind)) });
  };

  it('compiling names the frequent words in a warning (a coverage fact of the run)', () => {
    expect(FREQUENT_POSTINGS).toBe(1_000);
    expect(big.warnings).toEqual([expect.stringMatching(/^1 word of the lists each file more than 1,000 names \(zenith\): a holding's name of several distinctive words is compared/)]);
    expect(compileLists([list]).warnings).toEqual(big.warnings);
  });

  it('a name whose one distinctive word is frequent is compared with every name that has it', () => {
    expect(candidatesOf('ZENITH LTD').length).toBeGreaterThanOrEqual(1_200);
  });

  it('a name of several distinctive words: the names that share a rarer one, or two frequent ones; not those sharing one frequent word alone', () => {
    const withBrand = candidatesOf(`ZENITH ${brand(7).toUpperCase()} LTD`).map((ai) => big.entities[aliasAt(big, ai).entity].entity.id);
    expect(withBrand).toEqual(['e7']);
    // Zenith and Trident: the 600 names with both, not the 600 with Zenith alone.
    const both = candidatesOf('ZENITH TRIDENT QUXWAMBLE LTD').map((ai) => aliasAt(big, ai).entity);
    expect(both).toHaveLength(600);
    expect(both.every((e) => e % 2 === 1)).toBe(true);
    expect(candidatesOf('ZENITH QUXWAMBLE LTD')).toEqual([]);
  });
});
