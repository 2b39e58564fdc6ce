/**
 * Compound abbreviation words of post-Soviet company names (src/match/compounds.ts): a word made of
 * clipped stems is read as their English words ('compound-read'), review at most, either name's;
 * two compounds of one meaning are never matched through their readings. Names are real
 * companies' (their compound and the English name they or official lists write), other than the
 * eval sets' rows.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/matcher.js';
import { pairList } from '../../src/match/evaluation-general.js';
import { analyseName } from '../../src/match/normalise.js';
import { compoundReading, compoundStems, sameCompound } from '../../src/match/compounds.js';
import { contractionOf } from '../../src/match/acronyms.js';

/** Tier and rule ids of the best candidate of one listed name against one holding name. */
function best(listed: string, issuer: string): { tier: string | null; rules: string[] } {
  const [c] = createMatcher([pairList({ id: 'x', listed })]).inspect({ issuer, ids: {} }).candidates;
  return { tier: c?.tier ?? null, rules: c ? c.evidence.map((e) => e.rule) : [] };
}

describe('compoundStems: a word wholly made of known stems, one a business word', () => {
  it.each([
    ['rostelecom', ['ros', 'telecom']],
    ['vneshtorgbank', ['vnesh', 'torg', 'bank']],
    ['kazatomprom', ['kaz', 'atom', 'prom']],
    ['belneftekhim', ['bel', 'nefte', 'khim']],
    ['rosgosstrakh', ['ros', 'gos', 'strakh']],
    ['ukrgasbank', ['ukr', 'gas', 'bank']],
    ['tekhnopromexport', ['tekhno', 'prom', 'export']],
    ['tyazhpromexport', ['tyazh', 'prom', 'export']],
    ['voentelecom', ['voen', 'telecom']],
    ['svyazinvest', ['svyaz', 'invest']],
  ])('%s', (word, stems) => {
    expect(compoundStems(word)).toEqual(stems);
  });

  it.each([
    'transport', // one stem and a remainder no stem
    'rosgos', // qualifiers only: no business word
    'rosneftx', // a letter no stem takes
    'neft', // one stem
  ])('%s is no compound', (word) => {
    expect(compoundStems(word)).toBeNull();
  });

  it('reads only distinctive words, in the words English names use, keeping the other words', () => {
    expect(compoundReading(analyseName('PJSC Rostelecom'))?.read).toBe('russian telecom');
    expect(compoundReading(analyseName('Beltelecom'))?.read).toBe('belarusian telecom');
    // Cyrillic is romanised first: Укрпошта -> ukrposhta.
    expect(compoundReading(analyseName('АТ «Укрпошта»'))?.read).toBe('ukrainian post');
    expect(compoundReading(analyseName('Transport International'))).toBeNull();
    expect(compoundReading(analyseName('Deutsche Bank'))).toBeNull();
  });
});

describe("compound-read: a compound against the name spelled out, review at most", () => {
  it('the fund file writes the compound, the list the English name', () => {
    // Vneshtorgbank is the former name of VTB Bank, "Bank for Foreign Trade" in English.
    expect(best('Foreign Trade Bank', 'OAO Vneshtorgbank')).toEqual({ tier: 'review', rules: ['compound-read'] });
    // АБ «Укргазбанк» (AB: a joint-stock bank, a legal form), its stems' words written out.
    expect(best('Ukrainian Gas Bank', 'AB Ukrgasbank').tier).toBe('review');
    // China Eximbank is The Export-Import Bank of China: "of" and the order do not matter.
    expect(best('The Export-Import Bank of China', 'China Eximbank').tier).toBe('review');
  });

  it('the list writes the compound, the fund file the English name', () => {
    expect(best('PJSC Rostelecom', 'Russian Telecom')).toEqual({ tier: 'review', rules: ['compound-read'] });
    expect(best('Belavia', 'Belarusian Airlines').tier).toBe('review');
    expect(best('Rosgosstrakh PJSC', 'Russian State Insurance').tier).toBe('review');
  });

  it('every stem must be found, and nothing else but one common word', () => {
    // Another country, another bank.
    expect(best('Export-Import Bank of India', 'JSC Ukreximbank').tier).toBeNull();
    // A stem's word missing: the gas bank is not the bank.
    expect(best('Ukrainian Bank', 'AB Ukrgasbank').tier).toBeNull();
    // A distinctive word besides is another company.
    expect(best('PJSC Rostelecom', 'Russian Telecom Equipment Holding').tier).toBeNull();
  });

  it('two compounds of one meaning are two companies: never matched through their readings', () => {
    // Rosneft and Russneft both read "russian oil"; Gazprom and Gazprombank share stems.
    expect(best('PJSC Rosneft', 'Russneft').rules).not.toContain('compound-read');
    expect(best('Russneft PJSC', 'Rosneft').rules).not.toContain('compound-read');
    expect(best('Gazprombank', 'Gazprom').tier).not.toBe('confirmed');
    expect(best('Gazprombank', 'Gazprom').rules).not.toContain('compound-read');
    expect(best('Ukrnafta', 'Ukrzaliznytsia').tier).toBeNull();
    // A reading is of the whole compound: Gazprom is not "gas industry bank".
    expect(best('Gas Industry Bank', 'Gazprom').tier).toBeNull();
  });
});

describe('compound-spelling: one compound in two romanisations, stem by stem, probable at most', () => {
  it('sameCompound: the same Cyrillic stem in each place', () => {
    expect(sameCompound('beltelekom', 'beltelecom')).toBe('bel telekom');
    expect(sameCompound('ukrgidroenergo', 'ukrhydroenergo')).toBe('ukr gidro energo');
    expect(sameCompound('tekhnopromeksport', 'technopromexport')).toBe('tekhno prom eksport');
    // Two stems of one meaning are two words (рос / русс): Rosneft is not Russneft.
    expect(sameCompound('rosneft', 'russneft')).toBeNull();
    expect(sameCompound('rostec', 'rostekhnologii')).toBeNull();
    expect(sameCompound('gazprom', 'gazprombank')).toBeNull();
    expect(sameCompound('rosneft', 'rosneft')).toBeNull();
    // Роскосмос: the corporation writes Roscosmos, transliteration Roskosmos.
    expect(sameCompound('roskosmos', 'roscosmos')).toBe('ros kosmos');
    // Росагролизинг: the company writes Rosagroleasing, the transliteration Rosagrolizing (лизинг, leasing).
    expect(sameCompound('rosagrolizing', 'rosagroleasing')).toBe('ros agro lizing');
    // Узбекнефтегаз in Uzbek Latin (oʻzbek): O'zbekneftgaz.
    expect(sameCompound('ozbekneftgaz', 'uzbekneftegaz')).toBe('ozbek neft gaz');
  });

  it('lifts the cap a romanisation or typo alone puts on the name: probable', () => {
    // Белтелеком, the Belarusian telecoms operator, written with k or c.
    expect(best('Beltelecom', 'Beltelekom')).toEqual({ tier: 'probable', rules: ['compound-spelling'] });
    // Укргідроенерго: the company writes Ukrhydroenergo, lists also Ukrgidroenergo.
    expect(best('PrJSC Ukrhydroenergo', 'Ukrgidroenergo').tier).toBe('probable');
    // Технопромэкспорт: OFAC writes Technopromexport and Tekhnopromeksport.
    expect(best('Technopromexport', 'Tekhnopromeksport').tier).toBe('probable');
  });

  it('two compounds of one meaning stay where the sound rule puts them: review at most', () => {
    const r = best('PJSC Rosneft', 'Russneft');
    expect(r.rules).not.toContain('compound-spelling');
    expect(r.tier === null || r.tier === 'review').toBe(true);
  });
});

describe('contraction: the Latin c Russian names write for к is the k of their transliterated words', () => {
  it('reads a compound of clipped Russian words written with c (Sovcomflot: SOVremennyy KOMmercheskiy FLOT)', () => {
    expect(contractionOf('sovcomflot', ['sovremennyy', 'kommercheskiy', 'flot'])).toEqual(['sov', 'kom', 'flot']);
    expect(contractionOf('sovcomflot', ['sovremennyy', 'torgovyy', 'flot'])).toBeNull();
    expect(best('Sovcomflot', 'Sovremennyy Kommercheskiy Flot')).toEqual({ tier: 'review', rules: ['contraction'] });
  });
});

describe("acronym of a compound's stems: the initials Russian abbreviations write (ВТБ of Внешторгбанк), review at most", () => {
  it('one word either way, or beside the English word of the last stem', () => {
    // ПСБ: Promsvyazbank's own short name; ВЭБ: Vnesheconombank's.
    expect(best('Promsvyazbank', 'PSB')).toEqual({ tier: 'review', rules: ['acronym'] });
    expect(best('VEB', 'Vnesheconombank').tier).toBe('review');
    // ВТБ Банк: VTB Bank, the initials of Vneshtorgbank beside its last stem's word.
    expect(best('VTB Bank', 'Vneshtorgbank').tier).toBe('review');
    expect(best('Vneshtorgbank', 'Bank VTB').tier).toBe('review');
  });

  it('other initials, or another word beside them, are no match', () => {
    expect(best('Vnesheconombank', 'VTB').tier).toBeNull();
    expect(best('Gazprombank', 'PSB').tier).toBeNull();
    expect(best('VTB Capital', 'Vneshtorgbank').tier).toBeNull();
  });
});
