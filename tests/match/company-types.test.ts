/**
 * Company-type abbreviations of Russian and Kazakh names (src/match/company-types.ts): NK, AK,
 * NPO ... written between the legal form and the name are set aside like a form, and a match that
 * rests on setting one aside on one side only says so ('company-type', probable at most).
 * Names are real companies' (other than the eval sets' rows).
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/matcher.js';
import { pairList } from '../../src/match/evaluation-general.js';
import { analyseName } from '../../src/match/normalise.js';

function matched(listed: string, issuer: string): { tier: string | null; rules: string[] } {
  const [m] = createMatcher([pairList({ id: 'x', listed })]).match({ issuer, ids: {} });
  return { tier: m?.tier ?? null, rules: m ? m.evidence.map((e) => e.rule) : [] };
}

describe('company-type abbreviations in name analysis', () => {
  it.each([
    ['ПАО «НК «ЛУКОЙЛ»', 'lukoyl', ['nk']], // Cyrillic, transliterated
    ['NK LUKOIL PAO', 'lukoil', ['nk']],
    ['LUKOIL NK PAO', 'lukoil', ['nk']], // right before the form the name ends in
    ['АО «НПО Энергомаш»', 'energomash', ['npo']],
    ['NPO Energomash', 'energomash', ['npo']], // three letters: no form needed
    ['ПАО «ГМК «Норильский никель»', 'norilskiy nikel', ['gmk']],
    ['АО «Концерн «Калашников»', 'kalashnikov', ['concern']], // the word itself, translated
    ['Kalashnikov Concern JSC', 'kalashnikov', ['concern']],
    ['ООО КБ «Ренессанс Кредит»', 'renessans kredit', ['kb']],
    ['АО «ПО «Севмаш»', 'sevmash', ['po']],
    // The English phrase first after a post-Soviet form, recorded as its abbreviation.
    ['Joint Stock Company Scientific and Production Association Almaz', 'almaz', ['npo']],
    ['Public Joint Stock Company Mining and Metallurgical Company Norilsk Nickel', 'norilsk nickel', ['gmk']],
    ['Limited Liability Company Production Association Uralmash', 'uralmash', ['po']],
    // Beside a unitary enterprise, Belarusian or Russian, abbreviated or written out.
    ['RUP PO Belorusneft', 'belorusneft', ['po']],
    ['Republican Unitary Enterprise Production Association Belorusneft', 'belorusneft', ['po']],
    ['FGUP PO Mayak', 'mayak', ['po']],
    ['PJSC ANK Bashneft', 'bashneft', ['ank']],
    // Two types in a row: the second is read as the first once the first is set aside.
    ['АО «Концерн «НПО «Аврора»', 'avrora', ['concern', 'npo']],
    ['AO VPK NPO Mashinostroyeniya', 'mashinostroyeniya', ['vpk', 'npo']],
    ['Joint Stock Company Military Industrial Company NPO Mashinostroyeniya', 'mashinostroyeniya', ['vpk', 'npo']],
  ])('%s reads %s', (raw, core, types) => {
    const a = analyseName(raw, { cutWidths: [] });
    expect(a.core).toBe(core);
    expect(a.companyTypes).toEqual(types);
    expect(a.steps).toContain('company type removed');
  });

  it('a bank\'s type leaves the word bank in its place, unless the name has it (Bank Rossiya, PrivatBank)', () => {
    expect(analyseName('AO AB ROSSIYA', { cutWidths: [] }).core).toBe('bank russia');
    expect(analyseName('PAO AKB AVANGARD', { cutWidths: [] }).core).toBe('bank avangard');
    expect(analyseName('JSC CB PrivatBank', { cutWidths: [] }).core).toBe('privatbank');
    expect(analyseName('PAO AKB AVANGARD BANK', { cutWidths: [] }).core).toBe('avangard bank');
    expect(analyseName('PAO AKB AVANGARD', { cutWidths: [] }).companyTypes).toEqual(['akb']);
  });

  it.each([
    ['AK Steel Holding Corporation', 'ak steel holding'], // two letters and no post-Soviet form: a name's own
    ['GK Software SE', 'gk software'],
    ['NK Lukoil', 'nk lukoil'], // two letters need a post-Soviet form beside them
    ['PAO NK Group', 'nk group'], // nothing distinctive would be left
    ['KB Financial Group Inc.', 'kb financial group'], // no post-Soviet form
    ['Oil Company of Iran', 'oil iran'], // an English phrase counts only beside a post-Soviet form
    ['JSC Oil Company', 'oil'], // ... and leaves a distinctive word
  ])('%s keeps its letters', (raw, core) => {
    const a = analyseName(raw, { cutWidths: [] });
    expect(a.core).toBe(core);
    expect(a.companyTypes).toBeUndefined();
  });
});

describe('company-type in matching', () => {
  it('company-type: the abbreviation on one side only is set aside: probable at most', () => {
    expect(matched('PJSC LUKOIL', 'NK LUKOIL PAO')).toEqual({ tier: 'probable', rules: ['exact-name', 'company-type'] });
  });

  it('the abbreviation and its English phrase are one type: nothing to note', () => {
    expect(matched('Public Joint Stock Company Mining and Metallurgical Company Norilsk Nickel', 'PAO GMK NORILSKIY NIKEL').rules).not.toContain('company-type');
    expect(matched('Joint Stock Company Scientific and Production Association Almaz', 'AO NPO ALMAZ')).toEqual({ tier: 'confirmed', rules: ['exact-name'] });
  });

  it('a bank\'s type read as bank: AO AB ROSSIYA is Bank Rossiya, worth a look (common words, one side\'s type)', () => {
    expect(matched('Joint Stock Company Bank Rossiya', 'AO AB ROSSIYA')).toEqual({ tier: 'review', rules: ['exact-name', 'common-words-only', 'company-type'] });
  });

  it('both names write it: nothing to note', () => {
    expect(matched('JSC NPO Energomash', 'NPO ENERGOMASH')).toEqual({ tier: 'confirmed', rules: ['exact-name'] });
  });
});
