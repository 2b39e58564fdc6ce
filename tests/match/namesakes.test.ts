/**
 * Namesakes on lists imported from official downloads, which rarely state an entity's country:
 * the matcher derives it from the identifiers, weighs the holding's legal form and own ticker
 * against the entity's (one contradiction leaves a review, two rule a match out: CoStar Group
 * Inc., S&P 500 ticker CSGP, is not COSTAR GROUP CO., LTD.), and a short acronym alias names only
 * itself.
 * Facts are OFAC's NS-CMIC rows (cons_prim.csv): COSTAR GROUP CO., LTD. (Equity Ticker 002189 CN,
 * ISIN CNE100000882, USCC 91410000615301803D) and CHINA STATE SHIPBUILDING CORPORATION LIMITED
 * (a.k.a. CSSC, CSC).
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/matcher.js';
import { entityCountry } from '../../src/match/entity-country.js';
import { analyseName } from '../../src/match/normalise.js';
import { entityLegalFamily, familiesConflict, isDepositaryReceipt, legalFamily, tickerShapeDiffers } from '../../src/match/namesake.js';
import type { ListEntity, LoadedList } from '../../src/lists/schema.js';
import { pairList } from '../../src/match/evaluation-general.js';

const listing = {
  list: 'OFAC NS-CMIC',
  program: 'CMIC-EO13959',
  date: '2021-06-03',
  citation: 'E.O. 13959 as amended by E.O. 14032',
  url: 'https://ofac.treasury.gov/sanctions-programs-and-country-information/chinese-military-companies-sanctions',
  verification: 'verified' as const,
};

const costar: ListEntity = {
  id: 'costar-group-co-ltd',
  name: 'COSTAR GROUP CO., LTD.',
  type: 'company',
  aliases: [],
  identifiers: [
    { type: 'ticker', value: '002189', exchange: 'XSHE', country: 'CN' },
    { type: 'isin', value: 'CNE100000882' },
    { type: 'uscc', value: '91410000615301803D' },
  ],
  listings: [listing],
  relations: [],
};

const cssc: ListEntity = {
  id: 'china-state-shipbuilding-corporation-limited',
  name: 'CHINA STATE SHIPBUILDING CORPORATION LIMITED',
  type: 'company',
  aliases: ['CSSC', 'CSC'],
  identifiers: [{ type: 'uscc', value: '91310000710924478P' }],
  listings: [listing],
  relations: [],
};

const list: LoadedList = { id: 'cmic', version: '2021-12-16', sha256: '0'.repeat(64), path: 'cmic.json', entities: [costar, cssc] };
const matcher = createMatcher([list]);
const ids = (issuer: string, more: Record<string, string> = {}) => matcher.match({ issuer, ids: more });

describe('country derived from identifiers', () => {
  it('tickers, ISIN prefixes and a USCC give the country; mixed answers give none', () => {
    expect(entityCountry(costar)).toBe('CN');
    expect(entityCountry(cssc)).toBe('CN');
    expect(entityCountry({ ...costar, identifiers: [{ type: 'ticker', value: 'DQ', exchange: 'XNYS', country: 'US' }, { type: 'ticker', value: '688303', exchange: 'XSHG', country: 'CN' }] })).toBeUndefined();
    expect(entityCountry({ ...costar, identifiers: [{ type: 'ticker', value: '601899', exchange: 'XSHG', country: 'CN' }, { type: 'ticker', value: '2899', exchange: 'XHKG', country: 'HK' }] })).toBe('CN');
    expect(entityCountry({ ...costar, identifiers: [] })).toBeUndefined();
    expect(entityCountry({ ...costar, country: 'US' })).toBe('US');
  });
});

describe('namesakes', () => {
  it('a US company with its own US ticker is not the Chinese namesake on the list', () => {
    expect(ids('COSTAR GROUP INC', { ticker: 'CSGP', exchange: 'NASDAQ', country: 'United States' })).toEqual([]);
  });

  it('without a ticker of its own, the same name in another country is only worth a review, and says why', () => {
    const [m] = ids('COSTAR GROUP', { country: 'United States' });
    expect(m.tier).toBe('review');
    expect(m.evidence).toContainEqual(expect.objectContaining({ rule: 'country-conflict', detail: { holding: 'US', entity: 'CN' } }));
  });

  it('a legal family of another legal system rules the name out unless the holding\'s own ticker supports it (a 13F row: the US company\'s CUSIP)', () => {
    expect(ids('COSTAR GROUP INC', { cusip: '22160N109' })).toEqual([]);
    const seen = matcher.inspect({ issuer: 'COSTAR GROUP INC', ids: { cusip: '22160N109' } }).candidates[0];
    expect(seen.tier).toBeNull();
    expect(seen.evidence).toContainEqual(expect.objectContaining({ rule: 'legal-family-conflict', detail: { holding: 'Inc./LP (US)', entity: 'Co., Ltd.' } }));
  });

  it('two contradictions are no match: legal form and a letter ticker (the SPY file), or legal form and country', () => {
    expect(ids('COSTAR GROUP INC', { ticker: 'CSGP' })).toEqual([]);
    expect(ids('COSTAR GROUP INC', { country: 'United States' })).toEqual([]);
    const seen = matcher.inspect({ issuer: 'COSTAR GROUP INC', ids: { ticker: 'CSGP' } }).candidates[0];
    expect(seen.tier).toBeNull();
    expect(seen.evidence).toContainEqual(expect.objectContaining({ rule: 'ticker-elsewhere', detail: { ticker: 'CSGP' } }));
  });

  it('a depositary receipt trades elsewhere by design: its ticker is no contradiction', () => {
    const [m] = ids('COSTAR GROUP CO LTD SPONSORED ADR', { ticker: 'CSGPY', exchange: 'NASDAQ', country: 'United States' });
    expect(m).toMatchObject({ entity: { id: 'costar-group-co-ltd' }, tier: 'review' });
    expect(m.evidence.map((e) => e.rule)).not.toContain('ticker-elsewhere');
  });

  it('a ticker the entity lists on another market supports the name, never contradicts it', () => {
    expect(ids('COSTAR GROUP INC', { ticker: '002189' })[0]).toMatchObject({ entity: { id: 'costar-group-co-ltd' }, tier: 'review' });
  });

  it('the listed company itself still matches, by ticker and by name', () => {
    expect(ids('COSTAR GROUP CO LTD A', { ticker: '2189', exchange: 'Shenzhen Stock Exchange', country: 'China' })[0]).toMatchObject({ tier: 'confirmed', method: 'ticker' });
    expect(ids('Costar Group Co. Ltd.', { country: 'CN' })[0]).toMatchObject({ tier: 'confirmed', method: 'name' });
  });

  it('an acronym alias names only itself: "CSC Financial" is not CSC, "CSSC" is', () => {
    expect(ids('CSC Financial Co. Ltd.', { country: 'CN' })).toEqual([]);
    expect(ids('CSSC', { country: 'CN' })[0]?.entity.id).toBe('china-state-shipbuilding-corporation-limited');
  });
});

const family = (name: string) => legalFamily(analyseName(name));

describe('evidence of another company', () => {
  it('legal forms name a family only when tied to one legal system or style', () => {
    expect(family('CoStar Group, Inc.')).toBe('Inc./LP (US)');
    expect(family('COSTAR GROUP CO., LTD.')).toBe('Co., Ltd.');
    expect(family('Daimler Truck Holding AG')).toBe('AG/GmbH');
    // A Chinese, Japanese or Korean form in the company's own language says which country, not
    // which English form the company chose: it contradicts neither Co., Ltd. nor Inc.
    expect(family('合盛硅业股份有限公司')).toBe('Chinese, Japanese or Korean form');
    expect(family('주식회사 셀트리온')).toBe('Chinese, Japanese or Korean form');
    expect(family('Sanyi Zhonggong Gufen Youxian Gongsi')).toBe('Chinese, Japanese or Korean form');
    // An entity's name in its own language says nothing of its English form: its English names do.
    const hoshine = { ...costar, name: 'Hoshine Silicon Industry Co., Ltd.', aliases: ['合盛硅业股份有限公司'] };
    expect(entityLegalFamily(hoshine)).toBe('Co., Ltd.');
    expect(familiesConflict(family('HOSHINE SILICON INDUSTRY INC')!, entityLegalFamily(hoshine)!)).toBe(true);
    expect(entityLegalFamily({ ...hoshine, name: '合盛硅业股份有限公司', aliases: [] })).toBe('Chinese, Japanese or Korean form');
    // ... and an English form in a name that names its country: Korea Zinc Company, Ltd. = KOREA ZINC INC.
    expect(familiesConflict(family('KOREA ZINC INC')!, family('Korea Zinc Company, Ltd.')!)).toBe(false);
    expect(familiesConflict(family('华能国际电力股份有限公司')!, family('Huaneng Power International, Inc.')!)).toBe(false);
    expect(familiesConflict(family('주식회사 셀트리온')!, 'Co., Ltd.')).toBe(false);
    expect(familiesConflict(family('주식회사 셀트리온')!, 'AG/GmbH')).toBe(true);
    // Used everywhere: Ltd alone (iShares drops "Co"), Corp, Co, Limited, S.A.
    for (const n of ['HOSHINE SILICON INDUSTRY LTD A', 'Ninestar Corp.', 'Costar Group Co', 'SENSETIME GROUP LIMITED', 'Petrobras S.A.']) expect(family(n)).toBeUndefined();
    // Company and Limited inside other forms: a Limited Liability Company (OOO's English) says
    // nothing, a Public Limited Company is a plc, a Public Company Limited Thai (no family).
    expect(family('Limited Liability Company Gazprom Export')).toBeUndefined();
    expect(family('CRH public limited company')).toBe('PLC (UK, IE)');
    expect(family('PTT Public Company Limited')).toBeUndefined();
  });

  it('OOO against its English, Limited Liability Company, is one company (was: Co., Ltd. against JSC/OOO)', () => {
    const [m] = createMatcher([pairList({ id: 'x', listed: 'Limited Liability Company Gazprom Export' })]).match({ issuer: 'OOO GAZPROM EXPORT', ids: {} });
    expect(m?.tier).toBe('confirmed');
  });

  it('letter tickers differ from numeric codes; receipts are told from shares', () => {
    expect(tickerShapeDiffers('CSGP', costar)).toBe(true);
    expect(tickerShapeDiffers('2189', costar)).toBe(false);
    expect(tickerShapeDiffers('CSGP', { ...costar, identifiers: [] })).toBe(false);
    expect(isDepositaryReceipt('DAQO NEW ENERGY ADR REPRESENTING')).toBe(true);
    expect(isDepositaryReceipt('X CORP', 'SPONSORED ADS')).toBe(true);
    expect(isDepositaryReceipt('COSTAR GROUP INC', 'COM')).toBe(false);
  });
});

describe('legal families: a Japanese K.K. writes its English name with Co., Ltd. or Inc.', () => {
  it('K.K. contradicts neither Co., Ltd. nor Inc., but does AG or PLC; Inc. still contradicts Co., Ltd.', () => {
    expect(familiesConflict('K.K.', 'Co., Ltd.')).toBe(false);
    expect(familiesConflict('Inc./LP (US)', 'K.K.')).toBe(false);
    expect(familiesConflict('K.K.', 'AG/GmbH')).toBe(true);
    expect(familiesConflict('K.K.', 'PLC (UK, IE)')).toBe(true);
    expect(familiesConflict('Inc./LP (US)', 'Co., Ltd.')).toBe(true); // CoStar Group Inc. / CoStar Group Co., Ltd.
  });
  it('a romanised Japanese name with K.K. matches the English name with Co., Ltd. without a contradiction', () => {
    const nintendo: ListEntity = { ...costar, id: 'nintendo', name: 'Nintendo Co., Ltd.', identifiers: [], country: 'JP' };
    const m = createMatcher([{ ...list, entities: [nintendo] }]).match({ issuer: 'NINTENDO KK', ids: {} });
    expect(m[0].evidence.map((e) => e.rule)).not.toContain('legal-family-conflict');
  });
});
