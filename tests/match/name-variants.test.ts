import { describe, expect, it } from 'vitest';
import { nameVariants } from '../../src/match/name-variants.js';
import { createMatcher } from '../../src/match/matcher.js';
import { pairList } from '../../src/match/evaluation-general.js';

describe('nameVariants: other names written inside a listed name', () => {
  it('splits the UFLPA style "(also known as ...; and formerly known as ...)" into one alias each', () => {
    expect(nameVariants('Inner Mongolia Xuanda Food Co., Ltd. (also known as Xuanda Food; and formerly known as Wuyuan County Xuanda Cereals, Oils and Foods Co., Ltd.)'))
      .toEqual(['Inner Mongolia Xuanda Food Co., Ltd.', 'Xuanda Food', 'Wuyuan County Xuanda Cereals, Oils and Foods Co., Ltd.']);
    expect(nameVariants('Meta Platforms, Inc. (formerly Facebook, Inc.)')).toEqual(['Meta Platforms, Inc.', 'Facebook, Inc.']);
    expect(nameVariants('X Holdings (f/k/a Y Corp)')).toEqual(['X Holdings', 'Y Corp']);
  });

  it('reads a former name that has parentheses of its own, and "doing business as"', () => {
    expect(nameVariants('PT Telkom Indonesia (Persero) Tbk (formerly PT Telekomunikasi Indonesia (Persero) Tbk)'))
      .toEqual(['PT Telkom Indonesia (Persero) Tbk', 'PT Telekomunikasi Indonesia (Persero) Tbk']);
    expect(nameVariants('Alfa (Alpha) (f/k/a Beta)')).toEqual(['Alfa (Alpha)', 'Beta']);
    expect(nameVariants('Acme Corp (d/b/a Roadrunner Supply)')).toEqual(['Acme Corp', 'Roadrunner Supply']);
    expect(nameVariants('Acme (formerly Foo Ltd and d/b/a Bar Inc)')).toEqual(['Acme', 'Foo Ltd', 'Bar Inc']);
    // A "(" never closed does not hide a group after it.
    expect(nameVariants('Acme (Group (formerly Foo Ltd)')).toEqual(['Acme (Group', 'Foo Ltd']);
  });

  it('leaves other parentheses alone (a place qualifier is part of the name), and a word that only starts as an intro', () => {
    expect(nameVariants('Hoshine Silicon Industry (Shanshan) Co., Ltd')).toEqual(['Hoshine Silicon Industry (Shanshan) Co., Ltd']);
    expect(nameVariants('Acme (Holdings) Ltd')).toEqual(['Acme (Holdings) Ltd']);
    expect(nameVariants('Akademik Shipyard (Akademika Ltd)')).toEqual(['Akademik Shipyard (Akademika Ltd)']); // not "aka demika Ltd"
    expect(nameVariants('Foo (nowhere)')).toEqual(['Foo (nowhere)']);
    expect(nameVariants('Acme Solar (Also Energy)')).toEqual(['Acme Solar (Also Energy)']); // "also" alone is no intro
    expect(nameVariants('Foo (formerly Bar (Group')).toEqual(['Foo (formerly Bar (Group']); // never closed: as written
  });

  it('a former name written in the listed name matches as an alias', () => {
    const m = createMatcher([pairList({ id: 'x', listed: 'GSK plc (formerly GlaxoSmithKline plc)' })]);
    expect(m.match({ issuer: 'GLAXOSMITHKLINE PLC', ids: {} })[0]?.tier).toBe('confirmed');
    expect(m.match({ issuer: 'GSK PLC', ids: {} })[0]?.tier).toBe('confirmed');
  });
});
