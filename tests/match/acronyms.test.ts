/**
 * Initials as src/match/acronyms.ts reads them: the readings filed for lookup (initialsOf) are
 * exactly those the scorer accepts (spellsInitials), and each way a name gives letters is a way
 * companies write their initials. Names are real companies (public facts).
 */
import { describe, expect, it } from 'vitest';
import { analyseName } from '../../src/match/normalise.js';
import { initialsOf, nameInitials, namePieceWords, pieceKeys, pieceKeysOf, spellsInitials, wordPieces } from '../../src/match/acronyms.js';

const read = (name: string) => analyseName(name, { cutWidths: [] });
const filed = (name: string, strict = false) => initialsOf(read(name), strict);
const spells = (word: string, name: string, strict = false) => spellsInitials(word, nameInitials(read(name), strict));

const NAMES = [
  'Airports of Thailand Public Company Limited', 'International Container Terminal Services, Inc.',
  'Schoeller-Bleckmann Oilfield Equipment AG', 'Landesbank Baden-Württemberg', 'Sociedad Química y Minera de Chile S.A.',
  'Industrial and Commercial Bank of China Limited', 'Petróleos de Venezuela, S.A.', 'Banco do Nordeste do Brasil S.A.',
  'Container Corporation of India Limited', 'Capital One Financial Corporation', 'Bank of Valletta p.l.c.',
  'PT Bukit Asam Tbk', 'Myanma Economic Holdings Public Company Limited',
];

describe('initials filed for lookup are initials the scorer accepts', () => {
  it.each(NAMES.map((n) => [n]))('%s', (name) => {
    const keys = filed(name);
    expect(keys.length).toBeGreaterThan(0);
    for (const k of keys) expect(spells(k, name), k).toBe(true);
    for (const k of filed(name, true)) expect(spells(k, name, true), k).toBe(true);
  });
});

describe("a name written out is read as far as a listed short form's start leads", () => {
  const prefixes = (k: string) => new Set(Array.from({ length: k.length }, (_, n) => k.slice(0, n + 1)));
  it.each([...NAMES, 'Banco do Nordeste do Brasil S.A.', 'The Bank of New York Mellon Corporation', 'PJSC Mobile TeleSystems'].map((n) => [n]))('%s', (name) => {
    for (const k of filed(name, true)) expect(initialsOf(read(name), true, prefixes(k)), k).toContain(k);
    expect(initialsOf(read(name), true, prefixes('zzz'))).toEqual([]);
  });
});

describe('the ways a name gives letters', () => {
  it('a function word may give its letter or not (AOT, BNB), in order', () => {
    expect(filed('Airports of Thailand Public Company Limited')).toEqual(expect.arrayContaining(['aot', 'atp']));
    expect(filed('Banco do Nordeste do Brasil S.A.')).toContain('bnb');
    expect(spells('ato', 'Airports of Thailand Public Company Limited')).toBe(false);
  });

  it('a place the name ends in may be left out, and then so is what follows it', () => {
    expect(spells('lic', 'Life Insurance Corporation of India')).toBe(true);
    expect(spells('brip', 'PT Bank Rakyat Indonesia (Persero) Tbk')).toBe(true);
    expect(spells('brp', 'PT Bank Rakyat Indonesia (Persero) Tbk')).toBe(false);
  });

  it("the legal form's letter: a written-out form's after any two letters, an abbreviated form's after three", () => {
    expect(spells('eabl', 'East African Breweries Limited')).toBe(true);
    expect(spells('agc', 'Asahi Glass Company')).toBe(true);
    expect(spells('ictsi', 'International Container Terminal Services, Inc.')).toBe(true);
    expect(spells('htc', 'Huawei Technologies Co., Ltd.')).toBe(false);
    // S.A. abbreviates two words: both letters (PDVSA); Co. one.
    expect(spells('pdvsa', 'Petróleos de Venezuela, S.A.')).toBe(true);
    expect(spells('heico', 'Hyundai Electronics Industries Co., Ltd.')).toBe(false);
  });

  it('generic words the name ends in may be left out when three words stay, two distinctive; not when reading a fund file name (strict)', () => {
    expect(spells('sbo', 'Schoeller-Bleckmann Oilfield Equipment AG')).toBe(true);
    expect(spells('sbo', 'Schoeller-Bleckmann Oilfield Equipment AG', true)).toBe(false);
    expect(spells('ic', 'Industrial and Commercial Bank of China Limited')).toBe(false);
    expect(filed('Industrial and Commercial Bank of China Limited')).not.toContain('icl');
  });

  it('a compound gives its head letter (LBBW, ÖBB, OMV, OTP) only where the head is a part, not the whole word', () => {
    expect(spells('lbbw', 'Landesbank Baden-Württemberg')).toBe(true);
    expect(spells('obb', 'Österreichische Bundesbahnen')).toBe(true);
    expect(spells('bba', 'Bank Austria Creditanstalt AG')).toBe(false); // the head word alone is no compound
    // Heads beyond bank and bahn: Verwaltung, Anstalt, Pénztár (Hungarian savings bank).
    expect(spells('omv', 'Österreichische Mineralölverwaltung AG')).toBe(true);
    expect(spells('baca', 'Bank Austria Creditanstalt AG')).toBe(true);
    expect(spells('otp', 'Országos Takarékpénztár')).toBe(true);
    expect(spells('omv', 'Österreichische Mineralölverwaltung AG', true)).toBe(false); // not reading a fund file's name (strict)
  });

  it("a Russian name's initials, k for the c of the English words (RNKB: Russian National Commercial Bank): four letters or more, a k and no c", () => {
    expect(spells('rnkb', 'Russian National Commercial Bank')).toBe(true);
    expect(spells('rncb', 'Russian National Commercial Bank')).toBe(true);
    // Three letters spell too many names so (KCC / China Communications Construction), and a word with a c is read as written.
    expect(spells('kcc', 'China Communications Construction Company Limited')).toBe(false);
    expect(spells('kkcc', 'China Communications Construction Company Limited')).toBe(false);
  });
  it('three letters so only beside a distinctive word of the name (PAO AAK PROGRESS: Arsenyev Aviation Company Progress)', () => {
    const name = read('PJSC Arsenyev Aviation Company Progress');
    expect(spellsInitials('aak', nameInitials(name), { words: new Set(['progress']), distinctive: true })).toBe(true);
    expect(spellsInitials('aak', nameInitials(read('Arsenyev Aviation Company')))).toBe(false);
  });
  it('a two-letter form written before the name gives both its letters, or none (PTBA: PT Bukit Asam)', () => {
    expect(spells('ptba', 'PT Bukit Asam Tbk')).toBe(true);
    expect(spells('ba', 'PT Bukit Asam Tbk')).toBe(false); // two letters are never initials
    expect(spells('pba', 'PT Bukit Asam Tbk')).toBe(false); // both letters, or none
    expect(spells('ptb', 'PT Bukit Asam Tbk')).toBe(false); // two letters of the name's words at least
    expect(spells('jscrr', 'JSC Russian Railways')).toBe(false); // only a form of two letters
  });
  it("the last word of a written-out form alone, the form's words before it left out, after three letters or more (MEHL)", () => {
    expect(spells('mehl', 'Myanma Economic Holdings Public Company Limited')).toBe(true);
    expect(spells('mehl', 'Myanma Economic Holdings Public Company Limited', true)).toBe(true);
    // Three-letter initials so would spell too many names (CSL: CITIC Securities [Company] Limited).
    expect(spells('csl', 'CITIC Securities Company Limited')).toBe(false);
    expect(spells('csl', 'CITIC Securities Limited')).toBe(true); // (the form's one word, as before)
    // Not after a generic word or place left out: the name then ends in its words, not its form.
    expect(spells('agdl', 'Asia Green Development Bank Limited')).toBe(false);
  });
  it('names of Han words and one-word names have no initials', () => {
    expect(filed('中国石油天然气股份有限公司')).toEqual([]);
    expect(filed('Petrobras')).toEqual([]);
  });
});

describe('word pieces: leading syllables of some of the name\'s words, the others left out', () => {
  /** The pieces of `word` in `name` ("ken<kenya gen<generating"), or null. */
  const pieces = (word: string, name: string): string | null => {
    for (const words of namePieceWords(read(name), name)) {
      const found = wordPieces(word, words);
      if (found) return found.map((p) => `${p.text}<${words[p.word].text}`).join(' ');
    }
    return null;
  };
  it('a word of the body left out once, stop words and legal forms freely, a hyphenated word as one', () => {
    expect(pieces('kengen', 'Kenya Electricity Generating Company PLC')).toBe('ken<kenya gen<generating');
    expect(pieces('syrianair', 'Syrian Arab Airlines')).toBe('syrian<syrian air<airlines');
    expect(pieces('walmex', 'Wal-Mart de México, S.A.B. de C.V.')).toBe('wal<walmart mex<mexico');
  });
  it('not the chance readings of a long list: two-letter pieces, a whole word last, a piece of a legal form', () => {
    expect(pieces('segro', 'SenseTime Group Inc.')).toBeNull(); // se + gro
    expect(pieces('sunpower', 'Sungrow Power Supply Co., Ltd.')).toBeNull(); // a brand run together
    expect(pieces('wesbanco', 'Westpac Banking Corporation')).toBeNull(); // co of corporation
  });
  it('a piece ends where the words part, a hyphenated word is one word', () => {
    expect(pieces('hunting', 'Huntington Ingalls Industries, Inc.')).toBeNull(); // hunt + ing, but huntin... goes on
    expect(pieces('unipres', 'Uni-President Enterprises Corp.')).toBeNull(); // the start of one word
  });
  it('from the first word of the body (or after the place it starts with), nothing distinctive after the last piece', () => {
    expect(pieces('elegen', 'Kenya Electricity Generating Company PLC')).toBe('ele<electricity gen<generating'); // Kenya, a place, left out
    expect(pieces('elegen', 'Bharat Electricity Generating Company')).toBeNull(); // a distinctive first word is not
    expect(pieces('kenele', 'Kenya Electricity Generating Company PLC')).toBeNull(); // generating left after the pieces
  });
  it('every reading is found by a key its name is filed under', () => {
    for (const [word, name] of [['kengen', 'Kenya Electricity Generating Company PLC'], ['syrianair', 'Syrian Arab Airlines'], ['walmex', 'Wal-Mart de México, S.A.B. de C.V.'], ['elegen', 'Kenya Electricity Generating Company PLC']]) {
      const filedKeys: string[] = [];
      pieceKeysOf(namePieceWords(read(name), name), filedKeys);
      const keys: string[] = [];
      pieceKeys(word, keys);
      expect(keys.some((k) => filedKeys.includes(k)), `${word} / ${name}`).toBe(true);
    }
  });
});
