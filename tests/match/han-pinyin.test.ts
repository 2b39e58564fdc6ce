/**
 * Chinese names written in Han read in pinyin (han-pinyin.ts, the 'han-pinyin' name step and the
 * `pinyin-reading` rule). The companies are real listed Chinese companies, their Chinese names as
 * the Shanghai and Shenzhen exchanges list them, their English names as they write them.
 */
import { describe, expect, it } from 'vitest';
import { pinyinSpelling, readHanRun, readsInPinyin } from '../../src/match/han-pinyin.js';
import { analyseName } from '../../src/match/normalise.js';
import { createMatcher } from '../../src/match/matcher.js';
import { pairList } from '../../src/match/evaluation-general.js';
import { loadList, DEFAULT_LIST_PATH } from '../../src/lists/load.js';
import type { LoadedList } from '../../src/lists/schema.js';

const read = (han: string) => readHanRun(han).words.join(' ');

/** Tier and rule ids of the best candidate of one listed name against one holding name. */
function best(listed: string, issuer: string): { tier: string | null; rules: string[] } {
  const [c] = createMatcher([pairList({ id: 'x', listed })]).inspect({ issuer, ids: {} }).candidates;
  return { tier: c?.tier ?? null, rules: c ? c.evidence.map((e) => e.rule) : [] };
}

describe('a run of Han read as words', () => {
  it('cuts at known words: legal forms, places, business words; the characters between them are one word', () => {
    expect(read('新疆中泰化学股份有限公司')).toBe('xinjiang zhongtai chemical co ltd');
    expect(read('通威股份')).toBe('tongwei co');
    expect(read('泸州老窖')).toBe('luzhou laojiao');
    expect(read('浙江大华技术股份有限公司')).toBe('zhejiang dahua technology co ltd');
    expect(read('江西赣锋锂业集团股份有限公司')).toBe('jiangxi ganfeng lithium group co ltd');
    expect(read('中国建设银行')).toBe('china construction bank');
  });
  it('keeps the pinyin of translated words as written', () => {
    expect(readHanRun('中泰化学')).toEqual({ words: ['zhongtai', 'chemical'], written: ['zhongtai', 'huaxue'], translated: true });
    expect(readHanRun('通威')).toEqual({ words: ['tongwei'], written: ['tongwei'], translated: false });
  });
  it('reads polyphones as names read them, where a known word or a place settles it', () => {
    expect(read('重庆长安汽车')).toBe('chongqing changan automobile'); // not zhongqing zhangan
    expect(read('陕西')).toBe('shaanxi'); // not Shanxi, 山西
    expect(read('山西')).toBe('shanxi');
    expect(read('长城')).toBe('changcheng');
    expect(read('厦门')).toBe('xiamen');
    expect(read('中国银行')).toBe('china bank'); // 银行 yinhang, not yinxing
  });
  it('drops the suffix of a division after a place (市, 省, 县)', () => {
    expect(read('佛山市海天')).toBe('foshan haitian');
    expect(read('江苏省')).toBe('jiangsu');
    expect(read('市场')).toBe('shichang'); // 市 after no place is a character of the word
  });
  it('finds business words by their characters, not their sound: 钨业 (tungsten) is not 物业 (property)', () => {
    expect(read('厦门钨业')).toBe('xiamen tungsten');
    expect(read('物业')).toBe('property');
    // Characters that read as a business word (wuye) but are not its characters stay a word read, untranslated.
    expect(analyseName('武业', { pinyin: true }).core).toBe('wuye');
  });
});

describe('which names are read in pinyin', () => {
  it('Chinese in Han, simplified or traditional, alone or beside Latin letters', () => {
    expect(readsInPinyin('通威股份有限公司')).toBe(true);
    expect(readsInPinyin('長江實業')).toBe(true);
    expect(readsInPinyin('TCL科技')).toBe(true);
    expect(readsInPinyin('Tongwei Co., Ltd.')).toBe(false);
  });
  it('not Japanese: kana, a Japanese company form or a kanji only Japanese writes', () => {
    expect(readsInPinyin('東レ株式会社')).toBe(false);
    expect(readsInPinyin('トヨタ自動車')).toBe(false);
    expect(readsInPinyin('日立製作所株式会社')).toBe(false);
    expect(readsInPinyin('住友金属鉱山')).toBe(false); // 鉱 (Chinese 矿 / 礦)
    expect(readsInPinyin('新日本製鉄')).toBe(false); // 鉄 (Chinese 铁 / 鐵)
    expect(pinyinSpelling('住友金属鉱山')).toBeNull();
    expect(analyseName('住友金属鉱山', { pinyin: true }).steps).not.toContain('read in pinyin');
  });
});

describe("the 'han-pinyin' name step", () => {
  it('runs only with the pinyin option; the name is then read as a name written in pinyin', () => {
    const han = analyseName('新疆中泰化学股份有限公司');
    expect(han.core).toBe('新疆中泰化学');
    expect(han.steps).not.toContain('read in pinyin');
    const read = analyseName('新疆中泰化学股份有限公司', { pinyin: true });
    expect(read.core).toBe('xinjiang zhongtai chemical');
    expect(read.legalForms).toEqual(['co', 'ltd']);
    expect(read.steps).toEqual(expect.arrayContaining(['read in pinyin', 'words translated', 'legal form removed']));
    expect(read.tokens.map((t) => t.kind)).toEqual(['place', 'distinctive', 'generic']);
    expect(read.written).toBe('xinjiang zhongtai huaxue co ltd');
  });
  it('leaves a name with no Han as it is', () => {
    expect(analyseName('Tongwei Co., Ltd.', { pinyin: true })).toEqual(analyseName('Tongwei Co., Ltd.'));
  });
});

describe('pinyin-reading: a Han name against a name in Latin letters, probable at most', () => {
  it('the fund file writes Han, the list Latin letters', () => {
    expect(best('Tongwei Co., Ltd.', '通威股份有限公司')).toEqual({ tier: 'probable', rules: ['exact-name', 'pinyin-reading'] });
    expect(best('Zhejiang Dahua Technology Co., Ltd.', '浙江大华技术股份有限公司').tier).toBe('probable');
    expect(best('Jiangxi Ganfeng Lithium Group Co., Ltd.', '江西赣锋锂业集团股份有限公司').tier).toBe('probable');
    // The short name drops the home province: review, as the same name in Latin letters is.
    expect(best('Xinjiang Zhongtai Chemical Co., Ltd.', '中泰化学').tier).toBe('review');
    expect(best('Xinjiang Zhongtai Chemical Co., Ltd.', 'ZHONGTAI CHEMICAL').tier).toBe('review');
  });
  it('a Han name of common words read in pinyin may put its words in another order than the English name (qualifier first)', () => {
    expect(best('Bank of China Limited', '中国银行股份有限公司')).toEqual({ tier: 'review', rules: ['words-reordered', 'common-words-only', 'pinyin-reading'] });
    expect(best('Agricultural Bank of China Limited', '中国农业银行股份有限公司').tier).toBe('review');
    expect(best('Bank of China Limited', '中国建设银行股份有限公司').tier).toBeNull(); // another word
    // Latin letters keep the rule for two words: China Bank is not Bank of China.
    expect(best('Bank of China Limited', 'CHINA BANK LTD').tier).toBeNull();
  });
  it('the list writes Han, the fund file Latin letters', () => {
    expect(best('通威股份有限公司', 'TONGWEI CO LTD')).toEqual({ tier: 'probable', rules: ['exact-name', 'pinyin-reading'] });
    expect(best('浙江大华技术股份有限公司', 'ZHEJIANG DAHUA TECHNOLOGY CO LTD').tier).toBe('probable');
  });
  it('another company is another company: a brand or a place the other name lacks', () => {
    expect(best('Xinjiang Zhongtai Chemical Co., Ltd.', '中泰证券股份有限公司').tier).toBeNull();
    expect(best('Jiangxi Ganfeng Lithium Group Co., Ltd.', '天齐锂业股份有限公司').tier).toBeNull();
  });
  it('two Han names are compared as written, never through their readings', () => {
    // 同威 reads tongwei as 通威 does.
    expect(best('通威股份有限公司', '同威股份有限公司').tier).toBeNull();
    expect(best('通威股份有限公司', '通威股份有限公司')).toEqual({ tier: 'confirmed', rules: ['exact-name'] });
  });
  it('a person\'s name in Han is read as one word, never as a contraction of a longer name', () => {
    expect(best('CHEN, Mingguo', '陈明国')).toEqual({ tier: 'probable', rules: ['exact-name', 'pinyin-reading'] });
    expect(best('CHEN, Mingguo', '陈明').tier).toBeNull(); // chenming, not chen ming(guo)
    expect(best('陈明国', 'CHEN MING').tier).toBeNull();
  });
  it('Japanese kanji are not read in pinyin', () => {
    expect(best('Sumitomo Metal Mining Co., Ltd.', '住友金属鉱山株式会社').rules).not.toContain('pinyin-reading');
  });
});

describe('shipped list entities found by their Chinese names', () => {
  // Their Chinese registered names and A-share short names as the exchanges list them under the
  // tickers the list records (SZSE 002236, SZSE 000521, SSE 600581); the list writes none of them in Han.
  it('registered names and short names, probable at most', async () => {
    const m = createMatcher([await loadList(DEFAULT_LIST_PATH)]);
    const found = (issuer: string) => m.match({ issuer, ids: {} }).map((x) => [x.entity.id, x.tier, x.evidence.some((e) => e.rule === 'pinyin-reading')]);
    expect(found('浙江大华技术股份有限公司')).toEqual([['dahua-technology', 'probable', true]]);
    expect(found('长虹美菱股份有限公司')).toEqual([['changhong-meiling', 'probable', true]]);
    expect(found('长虹美菱')).toEqual([['changhong-meiling', 'probable', true]]);
    expect(found('新疆八一钢铁股份有限公司')).toEqual([['baowu-group-xinjiang-bayi-iron-and-steel', 'probable', true]]);
    // The list's own Han aliases still confirm (中泰化学 is an alias of Xinjiang Zhongtai Chemical).
    expect(found('中泰化学')).toEqual([['xinjiang-zhongtai-chemical', 'confirmed', false]]);
  });
});

describe('han-short-name: a registered name in Han holding the listed short name', () => {
  it('finds the short name with a place before it and business words after it, review at most', () => {
    expect(best('海康威视', '海康威视数字技术股份有限公司')).toEqual({ tier: 'review', rules: ['han-short-name'] });
    expect(best('七匹狼', '福建七匹狼实业股份有限公司')).toEqual({ tier: 'review', rules: ['han-short-name'] });
    // A place in parentheses after it (国投智能（厦门）信息), and business words dropped one by one (生物 kept, 科技 dropped).
    expect(best('国投智能', '国投智能（厦门）信息股份有限公司')).toEqual({ tier: 'review', rules: ['han-short-name'] });
    expect(best('晨光生物', '晨光生物科技集团股份有限公司')).toEqual({ tier: 'review', rules: ['han-short-name'] });
  });
  it('needs the short name whole, and only known words around it', () => {
    expect(best('海康威视', '海康机器人股份有限公司').tier).toBeNull(); // 机器人 is no known word: another name
    expect(best('大全能源', '新疆大全新能源股份有限公司').tier).toBeNull(); // the listed short name is not inside
    expect(best('海康威视', '杭州海康数字技术有限公司').tier).toBeNull();
    // Nothing but known words: no brand to find (中国 + 银行).
    expect(best('中国', '中国银行股份有限公司').tier).toBeNull();
    // Two characters name too many companies: 中兴 of ZTE is not 中兴商业, a retailer.
    expect(best('中兴', '中兴商业股份有限公司').tier).toBeNull();
  });
  it('never finds a person\'s name inside a company\'s (王君正投资有限公司 is no short name of Wang Junzheng)', () => {
    const person: LoadedList = { id: 'p', version: '2026-01-01', sha256: '', path: 'p', entities: [{ id: 'wang', name: 'WANG, Junzheng', type: 'person', aliases: ['王君正'], identifiers: [], listings: [], relations: [] }] };
    expect(createMatcher([person]).match({ issuer: '王君正投资有限公司', ids: {} })).toEqual([]);
  });
});

describe('bilingual-name: a name written in Han and in Latin letters, each half scored alone', () => {
  it('finds the company by either half, probable at most', () => {
    expect(best('Hoshine Silicon Industry Co., Ltd.', '合盛硅业 HOSHINE SILICON INDUSTRY CO LTD')).toEqual({ tier: 'probable', rules: ['exact-name', 'bilingual-name'] });
    expect(best('合盛硅业', '合盛硅业 HOSHINE SILICON INDUSTRY CO LTD')).toEqual({ tier: 'probable', rules: ['exact-name', 'bilingual-name'] });
    // A name in one script alone is not split.
    expect(best('Hoshine Silicon Industry Co., Ltd.', 'HOSHINE SILICON INDUSTRY CO LTD').rules).not.toContain('bilingual-name');
  });
});
