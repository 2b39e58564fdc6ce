/**
 * The `acronym-translated` rule (src/match/acronyms.ts RUSSIAN_INITIALS): a one-word name that is the
 * initials of the listed English name's Russian words, in Russian order, is review at most; the
 * Russian initials filed for lookup are those the scorer accepts. Names are real entities (public facts).
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/matcher.js';
import { pairList } from '../../src/match/evaluation-general.js';
import { analyseName } from '../../src/match/normalise.js';
import { nameInitials, postSoviet, russianInitialsOf, spellsRussianInitials } from '../../src/match/acronyms.js';

function best(listed: string, issuer: string): { tier: string | null; rules: string[] } {
  const [c] = createMatcher([pairList({ id: 'x', listed })]).inspect({ issuer, ids: {} }).candidates;
  return { tier: c?.tier ?? null, rules: c ? c.evidence.map((e) => e.rule) : [] };
}

describe('acronym-translated: Russian initials of a name listed in English, review at most', () => {
  it.each([
    ['Open Joint Stock Company Minsk Tractor Works', 'OAO MTZ'], // Minskiy Traktornyy Zavod
    ['JSC Siberian Coal Energy Company', 'AO SUEK'], // Sibirskaya Ugolnaya Energeticheskaya Kompaniya
    ['Federal Service for Military-Technical Cooperation', 'FSVTS'], // ... po Voenno-Tekhnicheskomu Sotrudnichestvu
    ['Federal Security Service of the Russian Federation', 'FSB'], // Federal'naya Sluzhba Bezopasnosti: the head noun moved
    ['Russian Direct Investment Fund', 'RFPI'], // Rossiyskiy Fond Pryamykh Investitsiy
    ['Minsk Wheel Tractor Plant', 'MZKT'], // Minskiy Zavod Kolesnykh Tyagachey
    ['Open Joint Stock Company Russian Railways', 'ОАО «РЖД»'], // Rossiyskiye Zheleznye Dorogi, in Cyrillic
  ])('%s <- %s', (listed, issuer) => {
    expect(best(listed, issuer)).toEqual({ tier: 'review', rules: ['acronym-translated'] });
  });

  it('only a listed name that is Russian by its words or form: never a Chinese bureau or institute, nor a name whose only mark is a written-out "Joint Stock Company" (Vietnamese names write it too)', () => {
    expect(best('Wuhan Institute of Posts and Telecommunications', 'WIPS').tier).toBeNull();
    expect(best('Xinjiang Public Security Bureau', 'XPBB').tier).toBeNull();
    expect(best('Joint Stock Company Dolgoprudny Research Production Enterprise', 'AO DNPP').tier).toBeNull();
  });

  it('three letters only in a post-Soviet name; a brand the name ends in does not move', () => {
    expect(postSoviet(analyseName('Belarusian Steel Works'))).toBe(true);
    expect(postSoviet(analyseName('Minsk Wheel Tractor Plant'))).toBe(true);
    expect(best('Dresden Steel Works', 'DMZ').tier).toBeNull();
    // APA CORP is not Arsenyev [Progress] Aviation: Progress is a brand, no head noun of the table.
    expect(best('PJSC Arsenyev Aviation Company Progress', 'APA CORP').tier).toBeNull();
  });

  it('initials filed for lookup are initials the scorer accepts', () => {
    for (const name of ['Russian Direct Investment Fund', 'Minsk Wheel Tractor Plant', 'JSC Siberian Coal Energy Company', 'Federal Service for Military-Technical Cooperation']) {
      const read = analyseName(name);
      const keys = russianInitialsOf(read);
      expect(keys.length).toBeGreaterThan(0);
      for (const k of keys) expect(spellsRussianInitials(k, nameInitials(read), () => true), `${name}: ${k}`).toBe(true);
    }
    expect(russianInitialsOf(analyseName('Minsk Wheel Tractor Plant'))).toContain('mzkt');
  });
});
