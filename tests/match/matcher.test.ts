import { describe, expect, it, beforeAll } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadList } from '../../src/lists/load.js';
import { pairList } from '../../src/match/evaluation-general.js';
import { createMatcher, type InspectableMatcher } from '../../src/match/matcher.js';
import type { Identifiers } from '../../src/holdings/position.js';
import type { LoadedList } from '../../src/lists/schema.js';

/** The ids of the rules that decided a match or candidate. */
const rules = (x: { evidence: Array<{ rule: string }> }): string[] => x.evidence.map((e) => e.rule);

const FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/match/list.json');
let list: LoadedList;
let m: InspectableMatcher;

beforeAll(async () => {
  list = await loadList(FIXTURE);
  m = createMatcher([list]);
});

function top(issuer: string, ids: Identifiers = {}) {
  return m.match({ issuer, ids });
}

describe('first deliverable: the fund-file spellings of the listed companies', () => {
  it.each([
    ['HOSHINE SILICON INDUSTRY LTD A', { ticker: '603260', exchange: 'Shanghai Stock Exchange', country: 'China' }, 'hoshine-silicon', 'ticker'],
    ['IFLYTEK LTD A', {}, 'iflytek', 'name'],
    ['ZHEJIANG DAHUA TECHNOLOGY LTD A', {}, 'dahua-technology', 'name'],
    ['XINJIANG DAQO NEW ENERGY LTD A', {}, 'xinjiang-daqo-new-energy', 'name'],
    ['Hangzhou Hikvision Digital Technology Co. Ltd.', {}, 'hikvision', 'name'],
    ['Xiamen Meiya Pico Information Co. Ltd.', {}, 'xiamen-meiya-pico', 'name'],
  ])('%s matches %s, confirmed', (issuer, ids, id, method) => {
    const [first, ...rest] = top(issuer, ids);
    expect(first.entity.id).toBe(id);
    expect(first.tier).toBe('confirmed');
    expect(first.relation).toBe('direct');
    expect(first.method).toBe(method);
    expect(first.listPath).toBe(FIXTURE);
    expect(rest).toEqual([]);
  });

  it.each([
    ['XINJIANG GOLDWIND SCIENCE&TECHNOLO', { ticker: '002202', exchange: 'Shenzhen Stock Exchange' }],
    ['ZHONGTAI SECURITIES LTD A', { ticker: '600918', exchange: 'Shanghai Stock Exchange' }],
    ['Hefei Meiya Optoelectronic Technology Inc.', { ticker: '002690', country: 'CN' }],
    ['Sensata Technologies Holding plc', { ticker: 'ST', country: 'US' }],
    ['SENSATA TECHNOLOGIES HOLDING PLC', { ticker: 'ST', exchange: 'New York Stock Exchange Inc.' }],
  ])('%s matches nothing', (issuer, ids) => {
    expect(top(issuer, ids)).toEqual([]);
  });
});

describe('identifiers', () => {
  it('a ticker confirms only on its own market', () => {
    expect(top('', { ticker: '002415', exchange: 'Shenzhen Stock Exchange' })[0]).toMatchObject({ tier: 'confirmed', method: 'ticker' });
    expect(top('', { ticker: '002415', country: 'CN' })[0]).toMatchObject({ tier: 'confirmed', method: 'ticker' });
    expect(top('', { ticker: '002415', exchange: 'Hong Kong Exchanges And Clearing Ltd' })).toEqual([]);
    expect(top('', { ticker: '002415', country: 'KR' })).toEqual([]);
    expect(top('', { ticker: '002415' })).toEqual([]);
  });

  it('restores the leading zeros a re-saved file lost, on a Chinese exchange', () => {
    const [hit] = top('XIAMEN MEIYA A', { ticker: '300188', exchange: 'Shenzhen Stock Exchange' });
    expect(hit).toMatchObject({ method: 'ticker', tier: 'confirmed' });
    const [lost] = top('HIKVISION A', { ticker: '2415', exchange: 'Shenzhen Stock Exchange' });
    expect(lost).toMatchObject({ method: 'ticker', tier: 'confirmed' });
    expect(lost.evidence[0]).toMatchObject({ rule: 'identifier', detail: { said: expect.stringContaining('002415') } });
    // Under a bare country, a 4-digit code may be a Hong Kong line: it does not confirm.
    expect(top('UNRELATED CO', { ticker: '2230', country: 'China' })).toEqual([]);
  });

  it('a ticker whose attribution the list marks partial supports, but does not confirm alone', () => {
    // iFlytek's 002230 rests on the research's code-to-company mapping, not an official list.
    const [hit] = top('', { ticker: '2230', exchange: 'Shenzhen Stock Exchange' });
    expect(hit).toMatchObject({ method: 'ticker', tier: 'probable', entity: { id: 'iflytek' } });
    expect(rules(hit)).toEqual(['identifier', 'partial-attribution']);
    // The exact name still confirms it.
    expect(top('IFLYTEK LTD A', { ticker: '2230', exchange: 'Shenzhen Stock Exchange' })[0]).toMatchObject({ method: 'name', tier: 'confirmed' });
  });

  it('a ticker with no known market supports a name but never confirms alone', () => {
    expect(top('NO SUCH COMPANY', { ticker: '002415' })).toEqual([]);
    // A typo and no "Hangzhou": the name alone is not enough; the listed ticker makes it a match.
    const supported = m.inspect({ issuer: 'HIKVISON DIGITAL TECHNOLOGY', ids: { ticker: '002415' } });
    const plain = m.inspect({ issuer: 'HIKVISON DIGITAL TECHNOLOGY', ids: {} });
    expect(plain.matches).toEqual([]);
    expect(supported.matches[0]).toMatchObject({ entity: { id: 'hikvision' }, method: 'name', tier: 'probable' });
    expect(supported.matches[0].evidence).toContainEqual(expect.objectContaining({ rule: 'ticker-support', detail: expect.objectContaining({ said: expect.stringContaining('ticker 002415') }) }));
  });

  it('the whole listed name among words of no name, with the ticker agreeing on no known market, is review (ticker-listed-name)', () => {
    const wrapped = '=HYPERLINK("https://example.com/x","HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO LTD")';
    const [hit] = top(wrapped, { ticker: '002415' });
    expect(hit).toMatchObject({ entity: { id: 'hikvision' }, method: 'name', tier: 'review' });
    expect(rules(hit)).toEqual(expect.arrayContaining(['ticker-support', 'ticker-listed-name']));
    // Either signal alone is not enough: no ticker, or another ticker.
    expect(top(wrapped, {})).toEqual([]);
    expect(top(wrapped, { ticker: '600519' })).toEqual([]);
    // A listed acronym of one short word (TBEA) scores nothing among other words; the ticker floors it.
    const pair = pairList({ id: 'tbea', listed: 'TBEA Co., Ltd.' });
    const tbea = createMatcher([{ ...pair, entities: [{ ...pair.entities[0], identifiers: [{ type: 'ticker', value: '600089', exchange: 'XSHG', country: 'CN', verification: 'verified' }] }] }]);
    expect(tbea.match({ issuer: 'FOO BAR TBEA CO LTD', ids: { ticker: '600089' } }).map((x) => [x.tier, rules(x).includes('ticker-listed-name')])).toEqual([['review', true]]);
    expect(tbea.match({ issuer: 'FOO BAR TBEA CO LTD', ids: {} })).toEqual([]);
    // A listed name read through a typo is not the listed name as written: no floor.
    expect(top('=HYPERLINK("https://example.com/x","HANGZHOU HIKVISON DIGITAL TECHNOLOGY CO LTD")', { ticker: '002415' }).filter((x) => rules(x).includes('ticker-listed-name'))).toEqual([]);
  });

  it('a security described after the name is read as the issuer: a convertible after its coupon, a quoted class before its par value', () => {
    const zijin = createMatcher([pairList({ id: 'zijin', listed: 'Zijin Mining Group Co., Ltd.' })]);
    // (CV after a bond's coupon is "convertible", not the Dutch C.V. contradicting Co., Ltd.)
    for (const issuer of ['ZIJIN MINING GROUP CO LTD 1% 07/29 CV', "ZIJIN MINING GROUP CO LTD 'H'HKD0.1"]) {
      const found = zijin.inspect({ issuer, ids: {} });
      expect(found.matches.map((x) => [x.entity.id, x.tier]), issuer).toEqual([['pair-zijin', 'confirmed']]);
    }
  });

  it('rows of one issuer share its name work, not their identifiers: each row is weighed by its own', () => {
    // One matcher, the same name on three rows: the name is analysed and scored once, and every
    // row still answers as a fresh matcher does for that row alone.
    const shared = createMatcher([list]);
    const rowsOfOneName: Identifiers[] = [{ ticker: '002415' }, {}, { country: 'United States' }, { ticker: '002415' }];
    const answers = rowsOfOneName.map((ids) => shared.match({ issuer: 'HIKVISON DIGITAL TECHNOLOGY', ids }));
    expect(answers.map((a) => a.map((x) => `${x.entity.id} ${x.tier} ${rules(x).join(',')}`))).toEqual(
      rowsOfOneName.map((ids) => createMatcher([list]).match({ issuer: 'HIKVISON DIGITAL TECHNOLOGY', ids }).map((x) => `${x.entity.id} ${x.tier} ${rules(x).join(',')}`)),
    );
    // The supported row's evidence is its own: the bare row after it carries no ticker support.
    expect(rules(answers[0][0])).toContain('ticker-support');
    expect(answers[1]).toEqual([]);
    // A row with a title beside the same issuer is its own name work (a receipt reads the title).
    expect(shared.match({ issuer: 'COSTAR GROUP', title: 'SPONSORED ADR', ids: { country: 'United States' } }))
      .toEqual(createMatcher([list]).match({ issuer: 'COSTAR GROUP', title: 'SPONSORED ADR', ids: { country: 'United States' } }));
  });

  it('ISIN matches directly and through the CUSIP it embeds', () => {
    expect(top('X', { isin: 'CNE100000PM8' })[0]).toMatchObject({ entity: { id: 'hikvision' }, method: 'isin', tier: 'confirmed' });
    // The Daqo ADR (a relation of the listed Xinjiang Daqo): CUSIP 23703Q203 sits inside US23703Q2030.
    const [viaCusip] = top('X', { cusip: '23703Q203' });
    expect(viaCusip).toMatchObject({ entity: { id: 'xinjiang-daqo-new-energy' }, method: 'cusip', relation: 'parent', tier: 'probable' });
  });

  it('a Unified Social Credit Code confirms like any identifier, after its check character', () => {
    expect(top('X', { uscc: '91330000733796106P' })[0]).toMatchObject({ entity: { id: 'hikvision' }, method: 'uscc', tier: 'confirmed' });
    expect(top('X', { uscc: '91330000733796106Q' })).toEqual([]);
  });

  it('ignores identifiers that fail their check digit', () => {
    expect(top('X', { isin: 'CNE100000PM9' })).toEqual([]);
    expect(m.inspect({ issuer: 'X', ids: { isin: 'CNE100000PM9' } }).idNotes.join()).toMatch(/check digit/);
  });
});

describe('short and one-word names', () => {
  it('a vendor short name cut inside its last word still matches', () => {
    expect(top('HANGZHOU HIKVISION DIGITAL TEC-A')[0]).toMatchObject({ entity: { id: 'hikvision' } });
    expect(top('XINJIANG DAQO NEW ENER-A')[0]).toMatchObject({ entity: { id: 'xinjiang-daqo-new-energy' }, tier: 'confirmed' });
  });

  it('one word against a longer listed name is worth a review, never more', () => {
    const [hit] = top('DAHUA');
    expect(hit).toMatchObject({ entity: { id: 'dahua-technology' }, tier: 'review' });
    expect(rules(hit)).toContain('one-word-query');
    expect(top('DAHUA TECHNOLOGY')[0]).toMatchObject({ tier: 'confirmed' });
  });
});

describe('relations', () => {
  it('the listed subsidiary\'s parent is reported as parent, at most probable, with its source', () => {
    const [hit, ...rest] = top('DAQO NEW ENERGY ADR REPRESENTING', { ticker: 'DQ', exchange: 'New York Stock Exchange Inc.' });
    expect(hit).toMatchObject({ entity: { id: 'xinjiang-daqo-new-energy' }, relation: 'parent', tier: 'probable' });
    expect(hit.relationSource).toMatch(/^https:\/\//);
    expect(rest).toEqual([]);
    expect(top('Daqo New Energy Corp.', { ticker: 'DQ', country: 'CN' })[0]).toMatchObject({ relation: 'parent', method: 'name', tier: 'probable' });
  });

  it('a listed subsidiary is its own direct match, not a second finding of the parent', () => {
    const hits = top('Hoshine Silicon Industry (Shanshan) Co Ltd');
    expect(hits.map((h) => [h.entity.id, h.relation])).toEqual([['hoshine-silicon-industry-shanshan', 'direct']]);
    expect(top('HOSHINE SILICON INDUSTRY LTD A').map((h) => h.entity.id)).toEqual(['hoshine-silicon']);
  });

  it('a place only one name has names another company of the group: no finding without a recorded link', () => {
    // "Donghai JA Solar" (listed) / "JA SOLAR TECHNOLOGY" (its parent); "HIKVISION USA" (a subsidiary).
    for (const issuer of ['HIKVISION USA INC']) {
      expect(top(issuer)).toEqual([]);
      const seen = m.inspect({ issuer, ids: {} }).candidates[0];
      expect(seen.tier).toBeNull();
      expect(rules(seen)).toContain('other-company');
    }
    // A province leading the listed Chinese name, dropped by the fund file, is the registered name
    // of the same company as often as another one: worth a look (home-region-dropped), not vetoed.
    const dropped = m.inspect({ issuer: 'ZHONGTAI CHEMICAL CO LTD A', ids: {} }).candidates.find((c) => c.alias === 'Xinjiang Zhongtai Chemical Co. Ltd.');
    expect(dropped).toMatchObject({ tier: 'review' });
    expect(rules(dropped!)).toContain('home-region-dropped');
    expect(rules(dropped!)).not.toContain('other-company');
    // (The list also records the company's short name 中泰化学, which reads zhongtai chemical in
    // pinyin: through it the same words are probable, pinyin-reading.)
    expect(top('ZHONGTAI CHEMICAL CO LTD A')).toMatchObject([{ entity: { id: 'xinjiang-zhongtai-chemical' }, tier: 'probable', alias: '中泰化学' }]);
    // The place where the company itself is registered may lead the fund file's name.
    expect(top('XINJIANG ZHONGTAI CHEMICAL LTD A')[0]).toMatchObject({ entity: { id: 'xinjiang-zhongtai-chemical' }, tier: 'confirmed' });
  });

  it('renamed-from names match directly', () => {
    expect(top('HEFEI MEILING CO LTD A')[0]).toMatchObject({ entity: { id: 'changhong-meiling' }, relation: 'direct' });
  });
});

describe('hostile input, internal errors, caches', () => {
  it('a name it cannot read matches nothing (no catch-all: these run the real code path)', () => {
    for (const issuer of ['', ' ', '\u0000', 'A', 'LTD', 'CO LTD A', '((((', '-'.repeat(10_000), '\uD800', '合盛']) {
      expect(m.match({ issuer, ids: {} })).toEqual([]);
    }
    expect(m.match({ issuer: 42 as never, ids: { isin: 7 as never } })).toEqual([]);
  });

  it('an internal error is thrown, never read as "not flagged"', () => {
    const broken = createMatcher([{ ...list, entities: list.entities.map((e) => ({ ...e })) }]);
    // A query object that fails while being read stands in for a bug inside matching.
    const hostile = { get issuer(): string { throw new Error('boom'); }, ids: {} };
    expect(() => broken.match(hostile as never)).toThrow('boom');
  });

  it('a cached answer for a name never stands in for the same name with an identifier', () => {
    expect(top('NOT A LISTED NAME')).toEqual([]);
    expect(top('NOT A LISTED NAME', { uscc: '91330000733796106P' })[0]).toMatchObject({ entity: { id: 'hikvision' } });
    expect(top('NOT A LISTED NAME', { isin: 'CNE100000PM8' })[0]).toMatchObject({ entity: { id: 'hikvision' } });
    expect(m.match({ issuer: 'NOT A LISTED NAME', title: 'HIKVISION', ids: {} })).toEqual([]);
  });

  it('rows with titles share the issuer\'s name work only where the title changes nothing, in any order of rows', () => {
    const name = 'HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO LTD';
    const rows: Array<{ issuer: string; title?: string; ids: Identifiers }> = [
      { issuer: name, ids: { ticker: 'HKVTY' } },
      { issuer: name, title: 'COMMON STOCK', ids: { ticker: 'HKVTY' } },
      // A receipt's ticker trades elsewhere by design: the title names it, the namesake rule is not fired.
      { issuer: name, title: 'SPONSORED ADR', ids: { ticker: 'HKVTY' } },
      { issuer: name, title: 'SPONSORED ADR', ids: { ticker: 'HKVTY' } },
      // A placeholder issuer: the title is the name.
      { issuer: 'N/A', title: `${name} ADR`, ids: { ticker: 'HKVTY' } },
      { issuer: 'N/A', title: name, ids: { ticker: 'HKVTY' } },
      { issuer: 'N/A', ids: { ticker: 'HKVTY' } },
      { issuer: '', title: name, ids: {} },
      { issuer: name, title: 'COMMON STOCK', ids: {} },
    ];
    const said = (ms: ReturnType<typeof top>) => ms.map((x) => `${x.entity.id} ${x.tier} ${rules(x).join(',')}`);
    const alone = rows.map((r) => said(createMatcher([list]).match(r)));
    expect(alone[2]).toEqual(['hikvision confirmed exact-name']);
    expect(alone[1]).toEqual(['hikvision review exact-name,ticker-elsewhere']);
    expect(alone[4]).not.toEqual(alone[5]);
    for (const order of [rows.map((_, i) => i), rows.map((_, i) => rows.length - 1 - i), [2, 0, 5, 4, 1, 8, 7, 6, 3]]) {
      const shared = createMatcher([list]);
      for (const i of order) expect(said(shared.match(rows[i]!)), `row ${i}`).toEqual(alone[i]);
    }
  });

  it('gives equal answers from the cache', () => {
    const a = top('IFLYTEK LTD A', { ticker: '002230', exchange: 'Shenzhen Stock Exchange' });
    const b = top('IFLYTEK LTD A', { ticker: '002230', exchange: 'Shenzhen Stock Exchange' });
    expect(b).toEqual(a);
    expect(b).not.toBe(a);
  });
});

describe('a ticker against a name that contradicts it', () => {
  it('a code on its own market with a name sharing no word with the entity is review, with why', () => {
    const [hit] = top('TRUST WIND BETA CORP', { ticker: '603260', exchange: 'Shanghai Stock Exchange' });
    expect(hit).toMatchObject({ entity: { id: 'hoshine-silicon' }, method: 'ticker', tier: 'review' });
    expect(rules(hit)).toContain('code-without-name');
  });

  it('a code whose attribution is partial (probable alone) is review too when the name contradicts it', () => {
    // iFlytek's 002230 rests on a partial attribution: alone it is probable (test above).
    const [hit] = top('ANHUI SOFTWARE A', { ticker: '2230', exchange: 'Shenzhen Stock Exchange' });
    expect(hit).toMatchObject({ entity: { id: 'iflytek' }, method: 'ticker', tier: 'review' });
    expect(rules(hit)).toEqual(['identifier', 'partial-attribution', 'code-without-name']);
  });

  it('a name sharing only a common word with the entity contradicts the code too (SANQUAN FOOD under Chacha Food\'s code)', () => {
    // TRUST BETA SILICON: silicon is a word of Hoshine Silicon Industry, but a common one.
    const [hit] = top('TRUST BETA SILICON CORP', { ticker: '603260', exchange: 'Shanghai Stock Exchange' });
    expect(hit).toMatchObject({ entity: { id: 'hoshine-silicon' }, method: 'ticker', tier: 'review' });
    expect(rules(hit)).toContain('code-without-name');
    // A name of common words only is read by them all: one shared keeps the code confirmed.
    expect(top('SILICON INDUSTRY CO LTD', { ticker: '603260', exchange: 'Shanghai Stock Exchange' })[0]).toMatchObject({ tier: 'confirmed' });
  });

  it('a name sharing a word, a typo of one, or no name at all keeps the ticker confirmed', () => {
    for (const issuer of ['HOSHINE SILICON INDUSTRY LTD A', 'HOSHIME CO LTD', '']) {
      expect(top(issuer, { ticker: '603260', exchange: 'Shanghai Stock Exchange' })[0]).toMatchObject({ entity: { id: 'hoshine-silicon' }, tier: 'confirmed' });
    }
  });
});

describe('numbers and vintages', () => {
  const one = (name: string) => createMatcher([{ ...list, entities: [{ ...list.entities[0], id: 'one', name, aliases: [], identifiers: [], relations: [] }] }]);
  it.each([
    ['Acme Mortgage Trust Series 2007-1 Ltd', 'ACME MORTGAGE TRUST SERIES 2007-2 LTD'],
    ['Carlyle Partners VII Fund Ltd', 'CARLYLE PARTNERS VIII FUND LTD'],
  ])('%s against %s: another vintage, review at most', (listed, issuer) => {
    const [hit] = one(listed).match({ issuer, ids: {} });
    expect(hit).toMatchObject({ tier: 'review' });
    expect(rules(hit)).toContain('numbers-differ');
  });

  it('series digits are kept and roman numerals read as numbers', () => {
    expect(one('Carlyle Partners VII Fund Ltd').match({ issuer: 'CARLYLE PARTNERS 7 FUND LTD', ids: {} })[0]).toMatchObject({ tier: 'confirmed' });
    expect(one('Acme Mortgage Trust Series 2007-1 Ltd').match({ issuer: 'Acme Mortgage Trust Series 2007-1 Ltd', ids: {} })[0]).toMatchObject({ tier: 'confirmed' });
  });
});

describe('a legal form cut after another form, at any width', () => {
  // A field of any width can cut "CO., LTD." to "CO L" / "CO., LT": nothing but a form's start follows a form.
  let m: InspectableMatcher;
  beforeAll(() => {
    m = createMatcher([list]);
  });
  it.each(['HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO L', 'Hangzhou Hikvision Digital Technology Co., Lt', 'HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO., LTD. CLAS'])('%s is the listed name', (issuer) => {
    expect(m.match({ issuer, ids: {} })[0]).toMatchObject({ tier: 'confirmed', entity: { id: 'hikvision' } });
  });
  it('a word after the name that is no form start is still a word of its own', () => {
    expect(m.match({ issuer: 'HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO ZQX', ids: {} })[0]?.tier ?? null).not.toBe('confirmed');
  });
});

describe('a file cut at its own width (query.cutWidths, inferred from its names)', () => {
  let m: InspectableMatcher;
  beforeAll(() => {
    m = createMatcher([list]);
  });
  it('a name at that width is read as cut; at another width only as a guess (probable at most)', () => {
    const q = { issuer: 'HANGZHOU HIKVISION DIGITAL T', ids: {} };
    expect(m.match({ ...q, cutWidths: [28] })[0]).toMatchObject({ tier: 'confirmed', entity: { id: 'hikvision' } });
    expect(m.match({ ...q, cutWidths: [28] })[0]!.evidence.map((e) => e.rule)).toContain('cut-name');
    expect(m.match(q)[0]).toMatchObject({ tier: 'probable' });
    expect(m.match(q)[0]!.evidence.map((e) => e.rule)).toContain('cut-any-width');
    expect(m.match({ ...q, cutWidths: [34] })[0]).toMatchObject({ tier: 'probable' });
    // Asked again after the default reading was cached: still the file's own reading.
    expect(m.match({ ...q, cutWidths: [28] })[0]?.tier).toBe('confirmed');
  });
});

describe('a name cut at a width nothing shows (cut-any-width)', () => {
  let m: InspectableMatcher;
  beforeAll(() => {
    m = createMatcher([list]);
  });
  it('a long name ending in the start of the listed word: probable at most, named cut-any-width', () => {
    const [hit] = m.match({ issuer: 'HANGZHOU HIKVISION DIGITAL TE', ids: {} });
    expect(hit).toMatchObject({ tier: 'probable', entity: { id: 'hikvision' } });
    expect(hit!.evidence.map((e) => e.rule)).toEqual(expect.arrayContaining(['cut-exact', 'cut-any-width']));
    // A width the file shows confirms the same name.
    expect(m.match({ issuer: 'HANGZHOU HIKVISION DIGITAL TE', ids: {}, cutWidths: [29] })[0]).toMatchObject({ tier: 'confirmed' });
  });
  it('not for a short name, nor one ending the way whole names end', () => {
    expect(m.inspect({ issuer: 'HIKVISION DIGITAL TE', ids: {} }).analysed.cutGuessed).toBe(false);
    expect(m.inspect({ issuer: 'HANGZHOU HIKVISION DIGITAL TE.', ids: {} }).analysed.cutGuessed).toBe(false);
    expect(m.inspect({ issuer: 'HANGZHOU HIKVISION DIGITAL TECHNOLOGY', ids: {} }).analysed.cutGuessed).toBe(false); // a vocabulary word
  });
  it('the last word is not completed to a vocabulary word: a word of its own stays itself', () => {
    const a = m.inspect({ issuer: 'HANGZHOU HIKVISION DIGITAL TECHNOLOG', ids: {} }).analysed;
    expect(a.cutGuessed).toBe(true);
    expect(a.tokens.at(-1)!.text).toBe('technolog');
  });
});

describe('typos in short words', () => {
  const one = (name: string) => createMatcher([{ ...list, entities: [{ ...list.entities[0], id: 'one', name, aliases: [], identifiers: [], relations: [] }] }]);
  it('a bare name with a one-letter typo in a short word is review (a decoy is worth a look)', () => {
    expect(one('Toyota Motor Corporation').match({ issuer: 'Tayota Motor Corp', ids: {} })[0]).toMatchObject({ tier: 'review' });
    expect(one('Chevron Corporation').match({ issuer: 'Chevon Corp', ids: {} })[0]).toMatchObject({ tier: 'review' });
  });
  it('a holding with its own identifiers and such a typo is another company (no finding)', () => {
    expect(one('Toyota Motor Corporation').match({ issuer: 'Tayota Motor Corp', ids: { ticker: 'TAYO', exchange: 'New York Stock Exchange' } })).toEqual([]);
  });
});

describe('places of every country', () => {
  const one = (name: string) => createMatcher([{ ...list, entities: [{ ...list.entities[0], id: 'one', name, aliases: [], identifiers: [], relations: [] }] }]);
  it.each([['Banco Santander S.A.', 'Banco Santander Chile'], ['Banco Santander S.A.', 'BANCO SANTANDER MEXICO SA'], ['Siemens AG', 'Siemens Brazil Ltda']])(
    '%s is not %s (a place only one name has marks another company of the group)', (listed, issuer) => {
      expect(one(listed).match({ issuer, ids: {} })).toEqual([]);
      expect(rules(one(listed).inspect({ issuer, ids: {} }).candidates[0])).toContain('other-company');
    });
});

describe('legal forms from ISO 20275 data', () => {
  const one = (name: string) => createMatcher([{ ...list, entities: [{ ...list.entities[0], id: 'one', name, aliases: [], identifiers: [], relations: [] }] }]);
  it.each([
    ['Siemens Aktiengesellschaft', 'SIEMENS AG'],
    ['Tesco PLC', 'Tesco Public Limited Company'],
    ['Gazprom PAO', 'PAO GAZPROM'],
  ])('%s and %s: two spellings of one form, confirmed', (listed, issuer) => {
    expect(one(listed).match({ issuer, ids: {} })[0]).toMatchObject({ tier: 'confirmed' });
  });
  it.each([['Deutsche Bank AG', 'Deutsche Bank GmbH'], ['Gazprom PAO', 'Gazprom OOO']])('%s and %s: different kinds of company, another company (not flagged)', (listed, issuer) => {
    const m = one(listed);
    expect(m.match({ issuer, ids: {} })).toEqual([]);
    const [candidate] = m.inspect({ issuer, ids: {} }).candidates;
    expect(candidate).toMatchObject({ tier: null });
    expect(rules(candidate)).toContain('legal-form-conflict');
  });
});

describe('an issuer cell far longer than any name', () => {
  it('is analysed up to MAX_NAME_TEXT characters; its identifiers are still looked up', async () => {
    const { MAX_NAME_TEXT } = await import('../../src/match/raw-line.js');
    const long = 'HOSHINE SILICON INDUSTRY LTD A ' + 'AB CD '.repeat(200_000);
    expect(m.inspect({ issuer: long, ids: {} }).name.length).toBeLessThanOrEqual(MAX_NAME_TEXT);
    const byTicker = m.match({ issuer: long, ids: { ticker: '603260', exchange: 'Shanghai Stock Exchange' } });
    expect(byTicker.map((x) => x.entity.id)).toContain('hoshine-silicon');
  });
});
