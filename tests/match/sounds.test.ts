import { describe, expect, it } from 'vitest';
import { loadList, DEFAULT_LIST_PATH } from '../../src/lists/load.js';
import { cognateKeys, cognatesOf, soundAlike, soundKey, startsMayAgree, transliterationsOf } from '../../src/match/sounds.js';

describe('soundKey: the spellings transliteration gives one name', () => {
  it.each([
    ['hezbollah', 'hizballah'], // Arabic vowels
    ['mohammed', 'muhammad'], // vowels and a doubled letter
    ['ukrzaliznitsya', 'ukrzaliznytsia'], // Russian-style and Ukrainian official romanisation
    ['sovkombank', 'sovcombank'], // k / c
    ['oshchadbank', 'oschadbank'], // shch / sch
    ['fosagro', 'phosagro'], // f / ph
    ['yandeks', 'yandex'], // ks / x
    ['kiivstar', 'kyivstar'],
    ['mytilinaios', 'mytilineos'], // Greek ai / e
    ['siemence', 'siemens'], // soft c = s
    ['pasifik', 'pacific'],
    ['sitroen', 'citroen'], // a soft c first
  ])('%s ~ %s', (a, b) => {
    expect(soundAlike(a, b)).toBe(true);
  });

  it('says nothing of short words or words of few consonants (Bayer / Boyer, Total / Tital)', () => {
    expect(soundKey('qaeda')).toBe('');
    expect(soundAlike('bayer', 'boyer')).toBe(false);
    expect(soundAlike('total', 'tital')).toBe(false);
  });

  it('keeps consonants apart (Kontsern / Concern differ: ts is not k), and words of digits or other scripts have no key', () => {
    expect(soundAlike('kontsern', 'concern')).toBe(false);
    expect(soundAlike('carlsberg', 'sarlsberg')).toBe(false); // c before a is k
    expect(soundKey('2023a')).toBe('');
    expect(soundKey('合盛硅业股份')).toBe('');
    expect(soundAlike('gazprom', 'gazprom')).toBe(false); // equal is not "alike"
  });
});

describe('cognatesOf: a romanised Russian adjective and the English word it is made like', () => {
  it.each([
    ['traktornyy', 'tractor'], // -n- and the inflection; k / c
    ['mekhanicheskiy', 'mechanical'], // -ichesk- / -ical; kh / ch
    ['baltiyskiy', 'baltic'], // -iysk- / -ic
    ['mozyrskiy', 'mozyr'], // a place's adjective
    ['aviatsionnyy', 'aviation'], // -tsi- / -ti-
    ['telesistemy', 'telesystems'], // a plural
  ])('%s ~ %s', (ru, en) => {
    expect(cognatesOf(ru, en)).toBe(true);
    expect(cognatesOf(en, ru)).toBe(true);
  });

  it('not words no Russian adjective ends as, other words, or one word', () => {
    expect(cognatesOf('baltika', 'baltic')).toBe(false); // neither is an adjective
    expect(cognatesOf('traktornyy', 'trading')).toBe(false);
    expect(cognatesOf('siemens', 'simmons')).toBe(false);
    expect(cognatesOf('tractor', 'tractor')).toBe(false);
    // A plural -y only against an English plural, and one first letter: not Hennessy / Genesis,
    // Starrysky / Starry, Germany / German.
    expect(cognatesOf('hennessy', 'genesis')).toBe(false);
    expect(cognatesOf('starrysky', 'starry')).toBe(false);
    expect(cognatesOf('germany', 'german')).toBe(false);
    expect(cognatesOf('mekhanichesky', 'mechanical')).toBe(true); // -sky is the adjective (BGN/PCGN)
  });

  it('gives a word longer than a key holds no keys (a hostile word is not read at all)', () => {
    expect(cognateKeys('n'.repeat(100_000) + 'xnyy')).toEqual([]);
    expect(cognateKeys('traktornyy').length).toBeGreaterThan(0);
  });
});

describe('startsMayAgree: the first letters of words a romanisation or a sound pairs', () => {
  it('agree for every pair of the shipped list\'s words that transliterationsOf or soundAlike pairs', async () => {
    const list = await loadList(DEFAULT_LIST_PATH);
    const words = new Set<string>();
    for (const e of list.entities) for (const n of [e.name, ...e.aliases]) for (const w of n.toLowerCase().split(/[^a-z]+/)) if (w.length >= 5) words.add(w);
    const all = [...words].slice(0, 1500);
    const keyed = all.map((text) => ({ text, sound: null, translit: null }));
    let paired = 0;
    for (let i = 0; i < all.length; i++) {
      for (let j = 0; j < all.length; j++) {
        if (!transliterationsOf(keyed[i], keyed[j]) && !soundAlike(all[i], all[j])) continue;
        paired++;
        expect(startsMayAgree(all[i], all[j]), `${all[i]} / ${all[j]}`).toBe(true);
      }
    }
    expect(paired).toBeGreaterThan(10);
  });

  it('tell apart words whose first letters no spelling folds alike', () => {
    expect(startsMayAgree('zhouling', 'electronic')).toBe(false);
    expect(startsMayAgree('centrenergo', 'tsentrenerho')).toBe(true); // c before e, ts
    expect(startsMayAgree('geumho', 'kumho')).toBe(true); // Korean g / k
    expect(startsMayAgree('philips', 'filips')).toBe(true); // ph / f
    expect(startsMayAgree('qavamin', 'ghavamin')).toBe(true); // gh / q (Persian ق, غ)
  });

  it('a word starting gh or ph is of its key\'s first class: Qavamin / Ghavamin, Farmacare / Pharmacare are one word romanised', () => {
    const keyed = (text: string) => ({ text, sound: null, translit: null });
    expect(transliterationsOf(keyed('qavamin'), keyed('ghavamin'))).toBe(true);
    expect(transliterationsOf(keyed('farmacare'), keyed('pharmacare'))).toBe(true);
    expect(transliterationsOf(keyed('gavamin'), keyed('ghavamin'))).toBe(false); // g is not gh
  });
});
