/**
 * A Chinese name written in Han characters read in Hanyu Pinyin, word by word, the way names
 * written in Latin letters spell it: 新疆中泰化学股份有限公司 reads "xinjiang zhongtai huaxue co
 * ltd", which the name analysis then takes as Xinjiang Zhongtai Chemical Co., Ltd. (huaxue is a
 * translation word, Xinjiang a place). Chinese funds publish holdings in Han (short names such as
 * 通威股份, or registered names), lists write the same companies in pinyin or English. Pure.
 *
 * Chinese writes no spaces; pinyin names group a word's syllables together (Xinjiang Zhongtai
 * Huaxue). A run of Han is cut into words by what is known, and every character between known
 * words belongs to one word, the brand (zhongtai, tongwei, laojiao):
 * - Han words with a fixed reading (HAN_WORDS): legal forms and organisation words (有限公司 =
 *   co ltd, 集团 = group), the place names any-ascii misreads (重庆 Chongqing, not Zhongqing;
 *   陕西 Shaanxi, which is not 山西 Shanxi; 香港 Hong Kong) and words whose characters have
 *   another reading elsewhere (银行 yinhang, not yinxing); HAN_TRANSLATIONS' business words;
 * - runs of two or more characters whose pinyin is a Chinese business word (CHINESE_TRANSLATIONS:
 *   huaxue, keji, nengyuan) or a Chinese place (a province, a prefecture-level city, the Xinjiang
 *   places of the place table).
 * The cut that covers most characters with known words wins (then the one with fewer words).
 * Characters are read by any-ascii (one reading each), except the few whose reading in names is
 * not any-ascii's (CHARACTER_READINGS: 长 chang in 长城 and 长江, not zhang). What is left is
 * the polyphones no known word settles: a brand character read as any-ascii reads it may not be
 * how the company romanises itself, and Hong Kong and Taiwan companies romanise in Cantonese or
 * Wade-Giles (長江實業 = Cheung Kong), so a match through this reading is not a confirmation
 * (the `pinyin-reading` rule).
 *
 * Only Chinese: a name with kana, a Japanese company form (株式会社, 有限会社, 会社) or a kanji only
 * Japanese writes (shinjitai: 鉄, 発, 薬) is Japanese; its kanji have Japanese readings, one of
 * several per character chosen by the word (東 is higashi or to), so it is not read at all: its
 * words are compared as written, and whole business words translated (HAN_TRANSLATIONS: 自動車 =
 * motor). Hangul is romanised with the other scripts (romanise.ts: Revised Romanisation, cut at
 * known Korean words as this file cuts Han).
 */
import anyAscii from 'any-ascii';
import { CHINA_CITIES, CHINA_FIRST_LEVEL, CHINESE_TRANSLATIONS, COMPLETABLE_PLACES, COUNTRY_WORDS, HAN_TRANSLATIONS } from './vocabulary.js';
import { readsAsPinyin } from './pinyin.js';
import { cutAtKnownWords, type Piece } from './known-word-cut.js';

const HAN = /\p{Script=Han}/u;
/** A run of Han characters (global: for match and replace). */
export const HAN_RUN = /\p{Script=Han}+/gu;
const KANA = /[\u3041-\u30ff\u31f0-\u31ff\uff66-\uff9d]/;
/** Japanese company forms (会社 alone covers 株式会社, 有限会社, 合同会社, 合資会社, 合名会社, 相互会社); ㈱ and (株) abbreviate 株式会社. */
const JAPANESE_FORM = /会社|㈱|[(（]株[)）]/;
/** Kanji of Japan's simplified forms (shinjitai) that Chinese writes otherwise in both its scripts (鉄: 铁 / 鐵). */
const SHINJITAI = new Set('発鉄薬険鉱駅売円気沢済関総営県蔵楽変転軽圧拡広実団図対権両桜'.split(''));

/**
 * Characters whose reading in names is not the one any-ascii gives: 长 is chang in 长城, 长江,
 * 长安, 长沙, 长春 (zhang, "to grow", seldom names a company); 地 di (de only as a particle); 都
 * du (成都; dou is "all"); 厦 xia (厦门); 什 shi (喀什 Kashi); 勒 le (库尔勒 Korla); 蚌 beng (蚌埠); 佛 fo (佛山);
 * 曾 zeng, the surname (ceng is "once").
 */
const CHARACTER_READINGS: ReadonlyMap<string, string> = new Map([
  ['长', 'chang'], ['長', 'chang'], ['地', 'di'], ['都', 'du'], ['厦', 'xia'], ['廈', 'xia'], ['什', 'shi'], ['勒', 'le'], ['蚌', 'beng'], ['佛', 'fo'], ['曾', 'zeng'],
]);

/**
 * Han words read one fixed way: legal forms in the Latin abbreviations the name analysis reads,
 * places as the place table spells them, and the words of CHINESE_TRANSLATIONS by their Han (in
 * the pinyin it translates: 化学 huaxue = chemical). Business words are found by their characters,
 * never by their reading: 钨业 (tungsten) reads wuye as 物业 (property) does. Simplified and traditional.
 */
export const HAN_READINGS: ReadonlyMap<string, string> = new Map([
  // Legal forms and organisation words (CJK_LEGAL_SUFFIXES cuts them from a name read as Han).
  ['股份有限公司', 'co ltd'], ['有限责任公司', 'co ltd'], ['有限責任公司', 'co ltd'], ['有限公司', 'co ltd'], ['股份公司', 'co'],
  ['总公司', 'corporation'], ['總公司', 'corporation'], ['公司', 'co'], ['股份', 'co'], ['集团', 'group'], ['集團', 'group'],
  ['自治区', 'autonomous region'], ['自治區', 'autonomous region'], ['维吾尔', 'uyghur'], ['維吾爾', 'uyghur'],
  // Places any-ascii reads otherwise, or that names write in another spelling.
  ['重庆', 'chongqing'], ['重慶', 'chongqing'], ['陕西', 'shaanxi'], ['陝西', 'shaanxi'], ['内蒙古', 'innermongolia'], ['內蒙古', 'innermongolia'],
  ['西藏', 'xizang'], ['香港', 'hongkong'], ['澳门', 'macau'], ['澳門', 'macau'], ['台湾', 'taiwan'], ['臺灣', 'taiwan'], ['台灣', 'taiwan'],
  ['乌鲁木齐', 'urumqi'], ['烏魯木齊', 'urumqi'], ['呼和浩特', 'hohhot'], ['哈尔滨', 'harbin'], ['哈爾濱', 'harbin'], ['中国', 'zhongguo'], ['中國', 'zhongguo'],
  // CHINESE_TRANSLATIONS' words, simplified.
  ['银行', 'yinhang'], ['保险', 'baoxian'], ['证券', 'zhengquan'], ['储蓄', 'chuxu'], ['建设', 'jianshe'], ['建筑', 'jianzhu'], ['工程', 'gongcheng'],
  ['农业', 'nongye'], ['工业', 'gongye'], ['产业', 'chanye'], ['商业', 'shangye'], ['电力', 'dianli'], ['发电', 'fadian'], ['电网', 'dianwang'],
  ['核电', 'hedian'], ['电气', 'dianqi'], ['电子', 'dianzi'], ['电信', 'dianxin'], ['交通', 'jiaotong'], ['信息', 'xinxi'], ['软件', 'ruanjian'],
  ['网络', 'wangluo'], ['石油', 'shiyou'], ['天然气', 'tianranqi'], ['燃气', 'ranqi'], ['化学', 'huaxue'], ['钢铁', 'gangtie'],
  ['冶金', 'yejin'], ['有色', 'youse'], ['铝业', 'lvye'], ['水泥', 'shuini'], ['铁路', 'tielu'], ['铁道', 'tiedao'], ['航空', 'hangkong'],
  ['航天', 'hangtian'], ['船舶', 'chuanbo'], ['航运', 'hangyun'], ['物流', 'wuliu'], ['汽车', 'qiche'], ['医药', 'yiyao'], ['制药', 'zhiyao'],
  ['生物', 'shengwu'], ['纺织', 'fangzhi'], ['贸易', 'maoyi'], ['房地产', 'fangdichan'], ['科技', 'keji'], ['矿业', 'kuangye'], ['铜业', 'tongye'],
  ['煤炭', 'meitan'], ['稀土', 'xitu'], ['黄金', 'huangjin'], ['玻璃', 'boli'], ['塑料', 'suliao'], ['塑胶', 'sujiao'], ['材料', 'cailiao'],
  ['建材', 'jiancai'], ['机械', 'jixie'], ['制造', 'zhizao'], ['光伏', 'guangfu'], ['太阳能', 'taiyangneng'], ['半导体', 'bandaoti'],
  ['互联网', 'hulianwang'], ['传媒', 'chuanmei'], ['医疗', 'yiliao'], ['饮料', 'yinliao'], ['服装', 'fuzhuang'], ['珠宝', 'zhubao'],
  ['家电', 'jiadian'], ['旅游', 'lvyou'], ['酒店', 'jiudian'], ['地产', 'dichan'], ['物业', 'wuye'], ['金融', 'jinrong'], ['信托', 'xintuo'],
  ['资产', 'zichan'], ['管理', 'guanli'], ['发展', 'fazhan'], ['港口', 'gangkou'], ['机场', 'jichang'], ['高速', 'gaosu'], ['公路', 'gonglu'],
  ['环保', 'huanbao'], ['能源', 'nengyuan'], ['投资', 'touzi'], ['控股', 'konggu'], ['企业', 'qiye'], ['国际', 'guoji'],
  // Traditional (Hong Kong, Taiwan).
  ['銀行', 'yinhang'], ['保險', 'baoxian'], ['證券', 'zhengquan'], ['建設', 'jianshe'], ['建築', 'jianzhu'], ['農業', 'nongye'], ['工業', 'gongye'],
  ['產業', 'chanye'], ['電力', 'dianli'], ['發電', 'fadian'], ['電網', 'dianwang'], ['核電', 'hedian'], ['電氣', 'dianqi'], ['電子', 'dianzi'],
  ['電信', 'dianxin'], ['軟件', 'ruanjian'], ['網絡', 'wangluo'], ['天然氣', 'tianranqi'], ['燃氣', 'ranqi'], ['化學', 'huaxue'], ['鋼鐵', 'gangtie'],
  ['鋁業', 'lvye'], ['鐵路', 'tielu'], ['航運', 'hangyun'], ['汽車', 'qiche'], ['醫藥', 'yiyao'], ['製藥', 'zhiyao'], ['紡織', 'fangzhi'],
  ['貿易', 'maoyi'], ['房地產', 'fangdichan'], ['礦業', 'kuangye'], ['銅業', 'tongye'], ['黃金', 'huangjin'], ['機械', 'jixie'], ['製造', 'zhizao'],
  ['半導體', 'bandaoti'], ['傳媒', 'chuanmei'], ['醫療', 'yiliao'], ['飲料', 'yinliao'], ['珠寶', 'zhubao'], ['家電', 'jiadian'], ['旅遊', 'lvyou'],
  ['地產', 'dichan'], ['物業', 'wuye'], ['資產', 'zichan'], ['發展', 'fazhan'], ['機場', 'jichang'], ['環保', 'huanbao'], ['投資', 'touzi'],
  ['企業', 'qiye'], ['國際', 'guoji'],
]);

/**
 * Business words of Chinese registered names that no pinyin word of CHINESE_TRANSLATIONS writes
 * (their pinyin spells other words too: jishu, shipin), by the English companies translate them
 * with; read so only from their characters.
 */
export const HAN_BUSINESS_WORDS: ReadonlyMap<string, string> = new Map([
  ['技术', 'technology'], ['技術', 'technology'], ['数字', 'digital'], ['數字', 'digital'], ['实业', 'industrial'], ['實業', 'industrial'],
  ['新能源', 'new energy'], ['光电', 'optoelectronic'], ['光電', 'optoelectronic'], ['重工', 'heavy industry'], ['通讯', 'communication'],
  ['通訊', 'communication'], ['通信', 'communication'], ['药业', 'pharmaceutical'], ['藥業', 'pharmaceutical'], ['电池', 'battery'], ['電池', 'battery'],
  ['环境', 'environment'], ['環境', 'environment'], ['资源', 'resource'], ['資源', 'resource'], ['开发', 'development'], ['開發', 'development'],
  ['进出口', 'import export'], ['進出口', 'import export'], ['纸业', 'paper'], ['紙業', 'paper'], ['乳业', 'dairy'], ['乳業', 'dairy'],
  ['食品', 'food'], ['生产', 'production'], ['生產', 'production'], ['兵团', 'corps'],
  ['兵團', 'corps'], ['设备', 'equipment'], ['設備', 'equipment'], ['精密', 'precision'], ['智能', 'intelligent'], ['仪器', 'instrument'],
  ['儀器', 'instrument'], ['安全', 'security'], ['光学', 'optical'], ['光學', 'optical'], ['化工', 'chemical'], ['新材料', 'new material'],
  ['电器', 'electrical appliance'], ['電器', 'electrical appliance'], ['服饰', 'apparel'], ['服飾', 'apparel'], ['化纤', 'chemical fibre'], ['化纖', 'chemical fibre'],
  ['棉业', 'cotton'], ['棉業', 'cotton'], ['视频', 'video'], ['視頻', 'video'], ['动力', 'power'], ['動力', 'power'], ['人寿', 'life'], ['人壽', 'life'],
  ['移动', 'mobile'], ['移動', 'mobile'], ['公安局', 'public security bureau'], ['公安', 'public security'],
  // A metal and 业 (industry) is the metal's trade, named by the metal alone (赣锋锂业 = Ganfeng
  // Lithium, 厦门钨业 = Xiamen Tungsten, 云南锡业 = Yunnan Tin); 铝业 and 铜业 are above.
  ['硅业', 'silicon'], ['矽業', 'silicon'], ['锂业', 'lithium'], ['鋰業', 'lithium'], ['钴业', 'cobalt'], ['鈷業', 'cobalt'], ['钨业', 'tungsten'],
  ['鎢業', 'tungsten'], ['钼业', 'molybdenum'], ['鉬業', 'molybdenum'], ['镍业', 'nickel'], ['鎳業', 'nickel'], ['锌业', 'zinc'], ['鋅業', 'zinc'],
  ['锡业', 'tin'], ['錫業', 'tin'],
]);

/** Places of China by their pinyin reading: provinces, prefecture-level cities, the Xinjiang places of the place table. */
const NOT_CHINESE = new Set(['china', 'chinese', 'macao', 'mongolia', 'asia', 'asian', 'bermuda', 'latin', 'oceania', 'emea', 'hongkong']);
let known: { pinyin: ReadonlySet<string> } | undefined;
function knownPinyin(): NonNullable<typeof known> {
  if (known) return known;
  const places = [...COMPLETABLE_PLACES].filter((p) => readsAsPinyin(p) && !COUNTRY_WORDS.has(p) && !NOT_CHINESE.has(p));
  const pinyin = new Set([...CHINA_FIRST_LEVEL, ...CHINA_CITIES, ...places].filter((w) => readsAsPinyin(w)));
  return (known = { pinyin });
}
/** The longest known word, in characters (乌鲁木齐, 股份有限公司, and the places read in pinyin). */
const LONGEST_WORD = 6;

/** Whether a name is Chinese written in Han: it has Han, and no kana, Japanese form or Japanese-only kanji. */
export function readsInPinyin(text: string): boolean {
  if (!HAN.test(text) || KANA.test(text) || JAPANESE_FORM.test(text)) return false;
  for (const ch of text) if (SHINJITAI.has(ch)) return false;
  return true;
}

/** Each character's reading, once (any-ascii reads one character at a time, at some cost). */
const READINGS = new Map<string, string>(CHARACTER_READINGS);
function characterReading(ch: string): string {
  let r = READINGS.get(ch);
  if (r === undefined) READINGS.set(ch, (r = anyAscii(ch).toLowerCase()));
  return r;
}

/**
 * The suffixes of China's divisions a registered name writes after its place (佛山市, 江苏省, 鄯善县),
 * which Latin names drop (Foshan Haitian, not Foshan City Haitian).
 */
const DIVISION_SUFFIXES = new Set(['市', '省', '县', '縣', '区', '區']);

interface KnownWord {
  /** As the name analysis reads it: a place, a legal form, business words in English. */
  words: readonly string[];
  /** In pinyin (null: as the characters read). */
  written: readonly string[] | null;
  translated: boolean;
  /** A place of China (or China itself): what a registered name may lead with. */
  place: boolean;
}

/** The words known by their characters: HAN_READINGS (translated when CHINESE_TRANSLATIONS has the reading), HAN_BUSINESS_WORDS, HAN_TRANSLATIONS. */
let fixed: ReadonlyMap<string, KnownWord> | undefined;
function fixedWords(): ReadonlyMap<string, KnownWord> {
  if (fixed) return fixed;
  const out = new Map<string, KnownWord>();
  for (const [han, english] of [...HAN_TRANSLATIONS, ...HAN_BUSINESS_WORDS]) out.set(han, { words: english.split(' '), written: null, translated: true, place: false });
  for (const [han, reading] of HAN_READINGS) {
    const english = CHINESE_TRANSLATIONS[reading];
    const place = reading === 'zhongguo' || isPlaceReading(reading) || knownPinyin().pinyin.has(reading);
    out.set(han, { words: (english ?? reading).split(' '), written: reading.split(' '), translated: english !== undefined, place });
  }
  return (fixed = out);
}

/** A place read in pinyin, known as a word of its own (its reading is what it writes). */
function placeWord(place: string): KnownWord {
  const words = [place];
  return { words, written: words, translated: false, place: true };
}

/** The known word `han` is (its characters read `read`, the last one `last`), or undefined. */
function knownWord(han: string, read: string, last: string): KnownWord | undefined {
  const fixedWord = fixedWords().get(han);
  if (fixedWord !== undefined) return fixedWord;
  if (han.length < 2) return undefined;
  const places = knownPinyin().pinyin;
  if (places.has(read)) return placeWord(read);
  // A place with its division's suffix: the place.
  if (han.length >= 3 && DIVISION_SUFFIXES.has(han[han.length - 1])) {
    const place = HAN_READINGS.get(han.slice(0, -1)) ?? read.slice(0, read.length - last.length);
    if (places.has(place) || isPlaceReading(place)) return placeWord(place);
  }
  return undefined;
}

/** A reading HAN_READINGS gives a place (chongqing, hongkong) or the place table knows. */
function isPlaceReading(read: string): boolean {
  return COMPLETABLE_PLACES.has(read) || CHINA_CITIES.has(read);
}

export interface HanReading {
  /** The words read, in order, business words translated (one may be two: "new energy"). */
  words: string[];
  /** The words in pinyin, none translated (huaxue, not chemical). */
  written: string[];
  /** A business word was translated to English (HAN_BUSINESS_WORDS, HAN_TRANSLATIONS). */
  translated: boolean;
}

/**
 * A run of Han characters as words: the known words found so that they cover most characters
 * (fewest words on a tie), the characters between them one word, read in pinyin.
 */
export function readHanRun(run: string): HanReading {
  const { readings, pieces } = cutHanRun(run);
  const out: string[] = [];
  const written: string[] = [];
  let translated = false;
  for (const { start, length, known } of pieces) {
    if (known === undefined || known.written === null) {
      let text = '';
      for (let k = start; k < start + length; k++) text += readings[k];
      if (known === undefined) {
        out.push(text);
        written.push(text);
        continue;
      }
      written.push(text);
    } else for (const w of known.written) written.push(w);
    for (const w of known.words) out.push(w);
    translated ||= known.translated;
  }
  return { words: out, written, translated };
}

/** A run of Han cut into known words and the stretches between them (readHanRun's cut). */
function cutHanRun(run: string): { chars: string[]; readings: string[]; pieces: Piece<KnownWord>[] } {
  const chars = Array.from(run);
  const readings = chars.map(characterReading);
  // The word looked up grows one character at a time from each start (cutAtKnownWords' order).
  let han = '';
  let read = '';
  const pieces = cutAtKnownWords(chars.length, LONGEST_WORD, (start, length) => {
    const k = start + length - 1;
    han = length === 1 ? chars[k] : han + chars[k];
    read = length === 1 ? readings[k] : read + readings[k];
    return knownWord(han, read, readings[k]);
  });
  return { chars, readings, pieces };
}

/** What a registered name written in Han keeps of its stock's short name, and what it adds around it. */
export interface HanHead {
  /** The head, as the name analysis writes a core (its words joined by a space). */
  head: string;
  /** The known words left out: a place before it, business words and places after it. */
  dropped: string;
}

/**
 * The heads of a Chinese name written in Han (an analysed core, every word Han): the name without
 * the places it leads with and without some of the known words it ends with, each head holding a
 * stretch no known word covers (the brand). A registered name is its stock's short name with its
 * place and business written out: 海康威视数字技术 (Hikvision Digital Technology) holds 海康威视,
 * 福建七匹狼实业 holds 七匹狼, 晨光生物科技 holds 晨光生物 (biological, then technology, dropped one
 * by one). The whole core is no head; [] when nothing is known around a brand.
 */
export function hanNameHeads(core: string): HanHead[] {
  const words = core.split(' ');
  const pieces: Array<{ text: string; known: KnownWord | undefined; word: number }> = [];
  for (let w = 0; w < words.length; w++) {
    if (!readsInPinyin(words[w]) || !/^\p{Script=Han}+$/u.test(words[w])) return [];
    const { chars, pieces: cut } = cutHanRun(words[w]);
    for (const p of cut) pieces.push({ text: chars.slice(p.start, p.start + p.length).join(''), known: p.known, word: w });
  }
  let first = 0;
  while (first < pieces.length && pieces[first].known?.place) first++;
  let lastStretch = -1;
  for (let k = first; k < pieces.length; k++) if (pieces[k].known === undefined) lastStretch = k;
  if (lastStretch < 0) return [];
  const text = (from: number, to: number): string => {
    let out = '';
    for (let k = from; k < to; k++) out += (k > from && pieces[k].word !== pieces[k - 1].word ? ' ' : '') + pieces[k].text;
    return out;
  };
  const heads: HanHead[] = [];
  for (let end = lastStretch + 1; end <= pieces.length; end++) {
    if (first === 0 && end === pieces.length) continue;
    const head = text(first, end);
    // Two characters name too many companies (中兴 of ZTE and of 中兴商业, a retailer): three or more.
    if (Array.from(head.replace(/ /g, '')).length < 3) continue;
    heads.push({ head, dropped: [text(0, first), text(end, pieces.length)].filter((t) => t !== '').join(' ') });
  }
  return heads;
}

/** The name with each run of Han read in pinyin (readHanRun), or null when it is not a Chinese Han name (readsInPinyin). */
export function pinyinSpelling(text: string): string | null {
  if (!readsInPinyin(text)) return null;
  return text.replace(HAN_RUN, (run) => ` ${readHanRun(run).words.join(' ')} `);
}
