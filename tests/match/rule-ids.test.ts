/**
 * Every rule of the matcher is named: each id of RuleId (src/match/types.ts) is asserted by a test
 * of the behaviour it names and described in README's "How a holding is matched". The rules no
 * other test names are asserted here, one behaviour each.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/matcher.js';
import { pairList } from '../../src/match/evaluation-general.js';
import { loadList } from '../../src/lists/load.js';
import { repoRoot } from '../helpers/cli.js';

/** Tier and rule ids of the best candidate of one listed name against one holding name. */
function best(listed: string, issuer: string, cutWidths?: number[]): { tier: string | null; rules: string[] } {
  const [c] = createMatcher([pairList({ id: 'x', listed })]).inspect({ issuer, ids: {}, cutWidths }).candidates;
  return { tier: c?.tier ?? null, rules: c ? c.evidence.map((e) => e.rule) : [] };
}

describe('rules no other test names', () => {
  it('registered-brand: the brand a descriptive name writes after its company type, review at most', () => {
    // Госкорпорация «Роскосмос», as its English name is written.
    expect(best('State Space Corporation Roscosmos', 'ROSCOSMOS')).toEqual({ tier: 'review', rules: ['exact-name', 'registered-brand'] });
    expect(best('State Space Corporation Roscosmos', 'Goskorporatsiya Roscosmos').tier).toBe('review');
    // A country after the type is a unit of the group, never a brand; one word of description is no description.
    expect(best('Toyota Motor Corporation Australia', 'AUSTRALIA').tier).toBeNull();
    expect(best('Nippon Corporation Roscosmos', 'ROSCOSMOS').rules).not.toContain('registered-brand');
  });
  it('common-words-dropped: the listed name without its common words, every fund-file word equal and in order, review at most', () => {
    expect(best('Recordati Industria Chimica e Farmaceutica S.p.A.', 'RECORDATI SPA')).toEqual({ tier: 'review', rules: ['one-word-query', 'common-words-dropped', 'translated'] });
    // Not with a typo in the word kept, nor a word of the fund file's own, nor a place dropped.
    expect(best('Recordati Industria Chimica e Farmaceutica S.p.A.', 'RECORDATY SPA').rules).not.toContain('common-words-dropped');
    expect(best('Recordati Industria Chimica e Farmaceutica S.p.A.', 'RECORDATI PHARMA SPA').rules).not.toContain('common-words-dropped');
    expect(best('Recordati Industria Chimica Italia S.p.A.', 'RECORDATI SPA').tier).toBeNull();
    // Not common words before the fund file's words: the start of the listed name only.
    expect(best('Hua Nan Financial Holdings Co., Ltd.', 'NAN PAO RESINS CHEMICAL CO LTD').rules).not.toContain('common-words-dropped');
    // One common word dropped scores high enough without it.
    expect(best('Yamaha Motor Co., Ltd.', 'YAMAHA CORP').rules).not.toContain('common-words-dropped');
  });
  it('lead-words-dropped: the end of the listed name, two words or more, without the words it leads with, review at most', () => {
    expect(best('Sovereign Wealth Fund Samruk-Kazyna JSC', 'SAMRUK-KAZYNA JSC')).toEqual({ tier: 'review', rules: ['lead-words-dropped'] });
    expect(best('Hacı Ömer Sabancı Holding A.Ş.', 'SABANCI HOLDING').tier).toBe('review');
    // A word in another romanisation is as good as equal (Qazyna / Kazyna: transliterated); a typo is not.
    expect(best('Sovereign Wealth Fund Samruk-Kazyna JSC', 'SAMRUK-QAZYNA')).toEqual({ tier: 'review', rules: ['transliterated', 'lead-words-dropped'] });
    expect(best('Sovereign Wealth Fund Samruk-Kazyna JSC', 'SAMRUK-KAZYMA').rules).not.toContain('lead-words-dropped');
    // One word is the brand of another company as often (Fnac Darty / Darty plc); the start of a
    // listed name is a sister (Toei Animation / Toei), and a word in the middle is no end.
    expect(best('Fnac Darty SA', 'DARTY PLC').tier).toBeNull();
    expect(best('Toei Animation Co., Ltd.', 'TOEI CO LTD').rules).not.toContain('lead-words-dropped');
    expect(best('Sovereign Wealth Fund Samruk-Kazyna Group JSC', 'SAMRUK-KAZYNA JSC').rules).not.toContain('lead-words-dropped');
  });
  it('words-reordered: a name of three or more common words in another order is review; two words only with a Chinese province or city', () => {
    expect(best('Institute of Automation, Chinese Academy of Sciences', 'CHINESE ACADEMY OF SCIENCES INSTITUTE OF AUTOMATION')).toEqual({
      tier: 'review', rules: ['words-reordered', 'common-words-only'],
    });
    expect(best('National Bank of Ukraine', 'Ukraine National Bank').tier).toBe('review');
    expect(best('Bank of China Limited', 'CHINA BANK').tier).toBeNull();
    // Two words will do with a Chinese province or city: a city's bank is "<city> bank" in Chinese.
    expect(best('Bank of Ningbo Co., Ltd.', 'NINGBO BANK CO LTD')).toEqual({ tier: 'review', rules: ['words-reordered', 'common-words-only'] });
    expect(best('Bank of Beijing Co., Ltd.', 'BEIJING BANK').tier).toBe('review');
    expect(best('Bank of Beijing Co., Ltd.', 'BEIJING SECURITIES').tier).toBeNull();
    // Another word set is no match at all.
    expect(best('National Bank of Ukraine', 'Ukraine Development Bank').tier).toBeNull();
  });

  it('cut-name and cut-tail-specific: a name cut at the width loses a place of the listed name: probable at most', () => {
    expect(best('Zhejiang Hikvision Silicon Materials Xinjiang Branch', 'ZHEJIANG HIKVISION SILICON MATERIA')).toEqual({
      tier: 'probable', rules: ['cut-name', 'cut-exact', 'cut-tail-specific'],
    });
    // What the cut lost is generic: confirmed.
    expect(best('Zhejiang Hikvision Silicon Materials Company', 'ZHEJIANG HIKVISION SILICON MATERIA').tier).toBe('confirmed');
  });

  it('cut-word: the last word is the start of the listed word', () => {
    expect(best('Hangzhou Hikvision Digital Technology Co., Ltd.', 'HANGZHOU HIKVISION DIGITAL TE').rules).toContain('cut-word');
  });

  it('number-one-side: a number only one name has is another vintage: nothing', () => {
    expect(best('Acme Mortgage Trust 2007', 'Acme Mortgage Trust')).toEqual({ tier: null, rules: ['number-one-side'] });
  });

  it('place-added: the fund file leads with a place the listed name lacks: still the company, probable', () => {
    expect(best('Daqo New Energy Corp', 'Xinjiang Daqo New Energy Corp')).toEqual({ tier: 'probable', rules: ['place-added'] });
  });

  it('home-region-dropped: a listed Chinese name leads with its province, the fund file drops it: review; a city or county is another company', () => {
    expect(best('Anhui Conch Cement Company Limited', 'CONCH CEMENT CO LTD')).toEqual({ tier: 'review', rules: ['home-region-dropped'] });
    expect(best('Donghai JA Solar Technology Co., Ltd.', 'JA SOLAR TECHNOLOGY CO LTD').rules).toContain('other-company');
    // Another place in the fund file's name: another company of the group.
    expect(best('Anhui Conch Cement Company Limited', 'WUHU CONCH CEMENT CO LTD').rules).toContain('other-company');
  });

  it('via-relation: a match through a listed relation is probable at most and says so', async () => {
    const list = await loadList(path.join(repoRoot, 'fixtures', 'match', 'list.json'));
    const [hit] = createMatcher([list]).match({ issuer: 'DAQO NEW ENERGY ADR REPRESENTING', ids: { ticker: 'DQ', exchange: 'New York Stock Exchange Inc.' } });
    expect(hit).toMatchObject({ relation: 'parent', tier: 'probable' });
    expect(hit!.evidence).toContainEqual(expect.objectContaining({ rule: 'via-relation', cap: 'probable' }));
  });
});

describe('every rule id is tested and documented', () => {
  const types = readFileSync(path.join(repoRoot, 'src', 'match', 'types.ts'), 'utf8');
  const union = types.slice(types.indexOf('export type RuleId ='));
  // The union runs to the next top-level declaration (a ';' inside a doc comment does not end it).
  const end = union.search(/\n(?:export |\/\*\*|interface |type |const |function )/);
  const ids = [...union.slice(0, end < 0 ? undefined : end).matchAll(/^\s*\| '([a-z0-9-]+)'/gm)].map((m) => m[1]!);
  const testsDir = path.join(repoRoot, 'tests');
  const testText = readdirSync(testsDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.ts') && !f.endsWith('rule-ids.test.ts'))
    .map((f) => readFileSync(path.join(testsDir, f), 'utf8'))
    .join('\n') + readFileSync(new URL(import.meta.url), 'utf8').split("describe('every rule id")[0];
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');

  it('the union was read', () => {
    expect(ids.length).toBeGreaterThan(30);
    expect(ids).toContain('exact-name');
  });
  it.each(ids.map((id) => [id]))('%s is asserted by a test and described in the README', (id) => {
    expect(testText.includes(`'${id}'`), `no test names '${id}'`).toBe(true);
    expect(readme.includes(`\`${id}\``), `README does not name \`${id}\``).toBe(true);
  });
});

describe('a listed short form is found from the name written out with its stop words', () => {
  it('Bank of Valletta = BOV, Banco do Nordeste do Brasil = BNB: acronym, review at most', () => {
    expect(best('BOV', 'Bank of Valletta p.l.c.')).toEqual({ tier: 'review', rules: ['acronym'] });
    expect(best('BNB', 'Banco do Nordeste do Brasil S.A.')).toEqual({ tier: 'review', rules: ['acronym'] });
  });
});

describe('a number word run into the next word is the word as written', () => {
  it('NINE STAR is Ninestar, either side (the number word kept as written beside its digits)', () => {
    expect(best('Ninestar Corporation', 'NINE STAR CORP')).toEqual({ tier: 'confirmed', rules: ['exact-name'] });
    // The listed name of a number and a common word: as any name of common words, review at most.
    expect(best('Nine Star Corporation', 'NINESTAR CORP')).toEqual({ tier: 'review', rules: ['exact-name', 'common-words-only'] });
    // The digits are not the word: 9STAR is no spelling of Ninestar, nor NINE STARS.
    expect(best('Ninestar Corporation', '9 STAR CORP').tier).toBeNull();
    expect(best('Ninestar Corporation', 'NINE STARS CORP').rules).not.toContain('exact-name');
  });
});

describe('cut-name: a cut name ending in the start of a legal form', () => {
  it('the stub is the form the cut broke off, when the listed name writes a form (probable at most: no width shows the cut)', () => {
    expect(best('Public Joint Stock Company Aeroflot - Russian Airlines', 'AEROFLOT - RUSSIAN AIRLINES PJ')).toEqual({ tier: 'probable', rules: ['cut-name', 'cut-exact', 'cut-any-width'] });
    // The start of the form the listed name writes (Persero), in parentheses.
    expect(best('PT Bank Rakyat Indonesia (Persero) Tbk', 'PT BANK RAKYAT INDONESIA (PERS')).toEqual({ tier: 'probable', rules: ['cut-name', 'cut-exact', 'cut-any-width'] });
  });
  it('not against a listed name without a form, nor in a name too short to read as cut', () => {
    expect(best('Aeroflot Russian International Airlines', 'AEROFLOT RUSSIAN INTERNATIONAL AIRLINES PJ').rules).not.toContain('cut-exact');
    expect(best('Aeroflot PJSC', 'AEROFLOT PJ').rules).not.toContain('cut-exact');
    // A word of its own is no stub: COLT, a stop word.
    expect(best('Yangtze Power International Co Ltd', 'YANGTZE POWER INTERNATIONAL COLT').tier).toBeNull();
  });
});

describe('words of company types other languages write', () => {
  it('Corporación is Corporation: dropped as English names drop it', () => {
    expect(best('Corporación CIMEX S.A.', 'CIMEX')).toEqual({ tier: 'confirmed', rules: ['exact-name', 'translated'] });
    expect(best('Corporação Alfa', 'ALFA CORP').tier).toBe('confirmed');
  });
  it('Co-operative is one word, never the legal form Co. and a word "operative"', () => {
    // (A name of two common words: review, as any such name.)
    expect(best('The Co-operative Bank p.l.c.', 'COOPERATIVE BANK PLC')).toEqual({ tier: 'review', rules: ['exact-name', 'common-words-only'] });
    expect(best('Fonterra Co-operative Group Limited', 'FONTERRA CO OPERATIVE GROUP LTD')).toEqual({ tier: 'confirmed', rules: ['exact-name'] });
    // "operative" alone is two letters short of it: a typo at most.
    expect(best('Fonterra Co-operative Group Limited', 'FONTERRA OPERATIVE GROUP')).toEqual({ tier: 'review', rules: ['two-edits'] });
  });
});

describe('company-type: the type one name sets aside, written in English by the other', () => {
  it('ROSNEFT OIL CO PJSC is PJSC Oil Company Rosneft (НК), either way round, probable at most', () => {
    expect(best('Public Joint Stock Company Oil Company Rosneft', 'ROSNEFT OIL CO PJSC-REGS GDR')).toEqual({ tier: 'probable', rules: ['exact-name', 'company-type'] });
    expect(best('Rosneft Oil Company', 'NK ROSNEFT PAO')).toEqual({ tier: 'probable', rules: ['exact-name', 'company-type'] });
  });
  it('only the words of the type the other name sets aside', () => {
    // Gas is no word of НК's phrase: another company of the group; nor is one word of a longer phrase the phrase (НГК: oil and gas).
    expect(best('Public Joint Stock Company Oil Company Rosneft', 'ROSNEFT GAS CO PJSC').rules).not.toContain('exact-name');
    expect(best('Public Joint Stock Company Oil and Gas Company Slavneft', 'SLAVNEFT GAS CO').tier).toBeNull();
    expect(best('Public Joint Stock Company Oil and Gas Company Slavneft', 'SLAVNEFT OIL AND GAS CO').tier).toBe('probable');
    // Without a type set aside, oil is a word of the name.
    expect(best('Rosneft PJSC', 'ROSNEFT OIL CO PJSC').rules).not.toContain('exact-name');
  });
});

describe('security words', () => {
  it('PREFERENCE is a share class, as PREF and PFD are', () => {
    expect(best('Surgutneftegas Public Joint Stock Company', 'SURGUTNEFTEGAS-PREFERENCE')).toEqual({ tier: 'confirmed', rules: ['exact-name'] });
  });
});

describe('legal forms GLEIF lacks: Chinese joint stock', () => {
  it('Joint Stock Limited Company, Joint Stock Co., Ltd. are the form Co., Ltd. is, never words of the name', () => {
    expect(best('Yangtze Optical Fibre and Cable Joint Stock Limited Company', 'YANGTZE OPTICAL FIBRE AND CABLE CO LTD')).toEqual({ tier: 'confirmed', rules: ['exact-name'] });
    expect(best('Zhejiang Dahua Technology Co., Ltd.', 'ZHEJIANG DAHUA TECHNOLOGY JOINT STOCK CO LTD')).toEqual({ tier: 'confirmed', rules: ['exact-name'] });
  });
});

describe('legal forms GLEIF lacks: OHADA', () => {
  it('SARLU and SUARL are the one-member SARL, SASU the one-member SAS: one form each, removed as any form', () => {
    expect(best('Lobaye Invest SARLU', 'LOBAYE INVEST')).toEqual({ tier: 'confirmed', rules: ['exact-name'] });
    expect(best('Lobaye Invest SARLU', 'LOBAYE INVEST SARL')).toEqual({ tier: 'confirmed', rules: ['exact-name'] });
    expect(best('Lobaye Invest SARLU', 'LOBAYE INVEST S.U.A.R.L.')).toEqual({ tier: 'confirmed', rules: ['exact-name'] });
    // Another form is another company (SA against SARL).
    expect(best('Lobaye Invest SARLU', 'LOBAYE INVEST SA').tier).not.toBe('confirmed');
  });
});
