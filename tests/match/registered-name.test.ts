/**
 * Registered names with a part fund files drop (src/match/registered-name.ts): the head before a
 * tail, or the name after its company-type initials, is a derived alias of the listed name with a
 * rule of its own ('registered-head', 'type-initials') that caps what it finds.
 * Names are real companies' registered names (other than the eval sets' rows).
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/matcher.js';
import { pairList } from '../../src/match/evaluation-general.js';
import { analyseName } from '../../src/match/normalise.js';
import { registeredParts } from '../../src/match/registered-name.js';

/** Tier and rule ids of the match of one holding name against a one-entity list. */
function matched(listed: string, issuer: string): { tier: string | null; rules: string[] } {
  const [m] = createMatcher([pairList({ id: 'x', listed })]).match({ issuer, ids: {} });
  return { tier: m?.tier ?? null, rules: m ? m.evidence.map((e) => e.rule) : [] };
}

const parts = (raw: string) => registeredParts(raw, analyseName(raw, { cutWidths: [] })).map((p) => [p.rule, p.how, p.text]);

describe('registeredParts: what a fund file keeps of a registered name', () => {
  it.each([
    // A legal form inside the name: the head through it (a seat, a translation after it).
    ['Aerodrom Nikola Tesla a.d. Beograd', [['registered-head', 'form', 'aerodrom nikola tesla ad']]],
    ['Wiener Städtische Versicherung AG Vienna Insurance Group', [['registered-head', 'form', 'wiener stadtische insurance ag']]],
    ['Bayerische Motoren Werke Aktiengesellschaft München', [['registered-head', 'form', 'bayerische motoren werke aktiengesellschaft']]],
    // A head before a spaced dash, with the name's final form.
    ['CTT - Correios de Portugal, S.A.', [['registered-head', 'dash', 'CTT sa']]],
    ['EDP - Energias de Portugal, S.A.', [['registered-head', 'dash', 'EDP sa']]],
    // A leading acronym of the words after it.
    ['PKP Polskie Koleje Państwowe S.A.', [['registered-head', 'acronym', 'pkp sa']]],
    // Dotted initials of a Romanian state company's type.
    ['C.N.T.E.E. Transelectrica S.A.', [['type-initials', 'initials', 'Transelectrica S.A.']]],
    ['S.N.T.F.C. CFR Călători S.A.', [['type-initials', 'initials', 'CFR Călători S.A.']]],
    // Of two letters, only the Romanian types (S.C., S.N., C.N.).
    ['S.N. Nuclearelectrica S.A.', [['type-initials', 'initials', 'Nuclearelectrica S.A.']]],
    ['S.C. Electrica S.A.', [['type-initials', 'initials', 'Electrica S.A.']]],
    // A trade name after the whole registered name: behind a dash after its legal form (the head
    // through the form too), an acronym in capitals behind a dash, or in parentheses after the form.
    ['Petróleo Brasileiro S.A. - Petrobras', [['registered-head', 'form', 'petroleo brasileiro sa'], ['registered-trade-name', 'dash', 'Petrobras sa']]],
    ['Companhia Energética de Minas Gerais - CEMIG', [['registered-trade-name', 'dash', 'CEMIG']]],
    ['Companhia Paranaense de Energia - COPEL', [['registered-trade-name', 'dash', 'COPEL']]],
    ['China Electronics Technology Group Corporation (CETC)', [['registered-trade-name', 'paren', 'CETC corporation']]],
    // (The brand after the company type is that trade name: one part.)
    ['National Industrialization Company (Tasnee)', [['registered-trade-name', 'paren', 'Tasnee company']]],
    // A status behind the dash is no trade name; the head before it is the company.
    ['Alpha Bank S.A. - In Liquidation', [['registered-head', 'form', 'alpha bank sa']]],
  ])('%s', (raw, expected) => {
    expect(parts(raw)).toEqual(expected);
  });

  it.each([
    'Carl Zeiss Meditec AG', // a form only at the end
    'Siemens AG Österreich', // a country after the form: the company of that country
    'Robert Bosch GmbH & Co. KG', // only forms after the form
    'Deutsche Bank AG London Branch', // a branch: the list names the unit of a place
    'Hoshine Silicon Industry Co., Ltd. (Shanshan)', // a place in parentheses: the company of that place
    'Xinjiang Tianmian Foundation Textile Co., Ltd.', // Foundation is a word of this name
    'Vanguard Funds plc - Vanguard FTSE 100 UCITS ETF', // a fund of the umbrella
    'Bank of New York Mellon as Trustee', // "as" is a word here, and a trustee a role
    'J.P. Morgan Chase & Co.', // a person's initials, and no definite form
    'C.H. Robinson Worldwide, Inc.', // a person's initials before a definite form
    'T.C. Ziraat Bankası A.Ş.', // T.C. (Türkiye Cumhuriyeti) names the state, not a company type
    'A.P. Møller - Mærsk A/S', // two initials are a person's; the dash joins two names of one
    'Toyota Motor Corporation',
    'Hefei Bitland Information Technology Co., Ltd. (Anhui)', // a place in parentheses after the form
    'Vale S.A. (formerly Companhia Vale do Rio Doce)', // a former name, which the list's aliases carry
    'Ping An Insurance (Group) Company of China, Ltd.', // parentheses before the form
    'Xinjiang Production and Construction Corps (XPCC)', // no legal form before it: the initials rule reads it
    'Companhia de Gás de São Paulo - Comgás', // no legal form before the dash, and not an acronym in capitals
  ])('%s: none', (raw) => {
    expect(parts(raw)).toEqual([]);
  });
});

describe('registered-head and type-initials in matching', () => {
  it('registered-head: the fund file writes the head of the registered name: probable at most', () => {
    expect(matched('Aerodrom Nikola Tesla a.d. Beograd', 'AERODROM NIKOLA TESLA AD')).toEqual({ tier: 'probable', rules: ['exact-name', 'registered-head'] });
    expect(matched('Bayerische Motoren Werke Aktiengesellschaft München', 'BAYERISCHE MOTOREN WERKE AG').tier).toBe('probable');
    // The whole name as listed still confirms.
    expect(matched('Aerodrom Nikola Tesla a.d. Beograd', 'Aerodrom Nikola Tesla a.d. Beograd').tier).toBe('confirmed');
  });

  it('registered-head: a head of three letters or fewer is worth a look only', () => {
    expect(matched('CTT - Correios de Portugal, S.A.', 'CTT SA')).toEqual({ tier: 'review', rules: ['exact-name', 'registered-head'] });
    expect(matched('PKP Polskie Koleje Państwowe S.A.', 'PKP SA').tier).toBe('review');
  });

  it('registered-trade-name: the fund file writes the trade name after the registered name: probable at most', () => {
    expect(matched('Petróleo Brasileiro S.A. - Petrobras', 'PETROBRAS')).toEqual({ tier: 'probable', rules: ['exact-name', 'registered-trade-name'] });
    expect(matched('Companhia Energética de Minas Gerais - CEMIG', 'CEMIG SA').tier).toBe('probable');
    expect(matched('National Industrialization Company (Tasnee)', 'TASNEE')).toEqual({ tier: 'probable', rules: ['exact-name', 'registered-trade-name'] });
    // The fund file's side: its trade name against the listed short name.
    expect(matched('Petrobras', 'PETROLEO BRASILEIRO SA - PETROBRAS').rules).toContain('registered-trade-name');
    // Another company's trade name is not found: the trade name is the one written.
    expect(matched('Companhia Energética de Minas Gerais - CEMIG', 'COPEL').tier).toBeNull();
  });

  it('type-initials: the name without the initials of its company type: probable at most', () => {
    expect(matched('C.N.T.E.E. Transelectrica S.A.', 'TRANSELECTRICA SA')).toEqual({ tier: 'probable', rules: ['exact-name', 'type-initials'] });
  });

  it('the head keeps its legal form: another form is another company', () => {
    // (d.o.o., a limited company, against the head's a.d., a joint-stock one: the head finds nothing;
    // the name as listed, whose form is not at its end, is near it as before.)
    const other = matched('Aerodrom Nikola Tesla a.d. Beograd', 'Aerodrom Nikola Tesla d.o.o.');
    expect(other.rules).not.toContain('registered-head');
    expect(other.tier).toBe('review');
  });

  it('registered-head the other way round: the fund file writes the whole registered name, the list its head', () => {
    const [m] = createMatcher([pairList({ id: 'x', listed: 'Aerodrom Nikola Tesla a.d.' })]).match({ issuer: 'AERODROM NIKOLA TESLA A.D. BEOGRAD', ids: {} });
    expect(m?.tier).toBe('probable');
    expect(m?.evidence).toContainEqual(expect.objectContaining({ rule: 'registered-head', cap: 'probable', detail: expect.objectContaining({ side: 'fund file', dropped: 'beograd' }) }));
    expect(matched('CTT S.A.', 'CTT - Correios de Portugal, S.A.')).toEqual({ tier: 'review', rules: ['exact-name', 'registered-head'] });
    expect(matched('Transelectrica S.A.', 'C.N.T.E.E. Transelectrica S.A.')).toEqual({ tier: 'probable', rules: ['exact-name', 'type-initials'] });
    // Two names with a tail each are compared whole, not by their heads.
    expect(matched('EDP - Energias de Portugal, S.A.', 'EDP - Energias do Brasil S.A.').rules).not.toContain('registered-head');
    // Without a tail there is nothing to read.
    expect(matched('Deutsche Bank AG', 'Deutsche Bank AG London Branch').tier).toBeNull();
  });

  it('no head is read where the registered name has none: another company of the group stays apart', () => {
    expect(matched('Carl Zeiss Meditec AG', 'Carl Zeiss AG').rules).not.toContain('registered-head');
    expect(matched('Siemens AG Österreich', 'Siemens AG').rules).not.toContain('registered-head');
    expect(matched('Siemens AG Österreich', 'Siemens AG').tier).not.toBe('probable');
  });
});
