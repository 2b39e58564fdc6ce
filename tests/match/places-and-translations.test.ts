import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/matcher.js';
import { pairList } from '../../src/match/evaluation-general.js';
import { analyseName } from '../../src/match/normalise.js';
import { CHINA_CITIES } from '../../src/match/vocabulary.js';

/** Tier and rule ids of the best candidate of one listed name against one holding name (and its identifiers). */
function best(listed: string, issuer: string, ids = {}): { tier: string | null; rules: string[] } {
  const [c] = createMatcher([pairList({ id: 'x', listed })]).inspect({ issuer, ids }).candidates;
  return { tier: c?.tier ?? null, rules: c ? c.evidence.map((e) => e.rule) : [] };
}

// Real companies: Shenzhen Inovance Technology (300124.SZ), Gree Electric Appliances, Inc. of
// Zhuhai (000651.SZ), Luzhou Laojiao (000568.SZ), Maanshan Iron & Steel (600808.SS), Donghai JA Solar.
describe('home-city-dropped: the listed name is written with its city, the fund file drops it', () => {
  it('a bare name is worth a look (bare-name): review', () => {
    expect(best('Shenzhen Inovance Technology Co., Ltd.', 'INOVANCE TECHNOLOGY CO LTD')).toEqual({ tier: 'review', rules: ['home-city-dropped', 'bare-name'] });
    expect(best('Luzhou Laojiao Co., Ltd.', 'LAOJIAO CO LTD').tier).toBe('review');
  });

  it('the city may end the name (Gree Electric Appliances, Inc. of Zhuhai)', () => {
    expect(best('Gree Electric Appliances, Inc. of Zhuhai', 'GREE ELECTRIC APPLIANCES INC')).toEqual({ tier: 'review', rules: ['home-city-dropped', 'bare-name'] });
  });

  it('a holding with identifiers of its own is the group or another local company: no match', () => {
    expect(best('Shenzhen Inovance Technology Co., Ltd.', 'INOVANCE TECHNOLOGY CO LTD', { ticker: '300124', exchange: 'XSHE' })).toEqual({ tier: null, rules: ['home-city-dropped'] });
  });

  it("another place in the fund file's name, or a county, is another company", () => {
    expect(best('Shenzhen Inovance Technology Co., Ltd.', 'SUZHOU INOVANCE TECHNOLOGY CO LTD').rules).toContain('other-company');
    expect(best('Donghai JA Solar Technology Co., Ltd.', 'JA SOLAR TECHNOLOGY CO LTD').rules).toContain('other-company');
  });
});

describe('second-level cities are places only beside a distinctive word', () => {
  it('leading a brand, the city is a place; alone with common words, it is the name', () => {
    expect(analyseName('Luzhou Laojiao Co., Ltd.').tokens.map((t) => t.kind)).toEqual(['place', 'distinctive']);
    expect(analyseName('Maanshan Iron & Steel Company Limited').tokens.map((t) => t.kind)).toEqual(['distinctive', 'generic', 'generic']);
    expect(best('Maanshan Iron & Steel Company Limited', 'MAANSHAN IRON & STEEL CO LTD-H').tier).toBe('confirmed');
  });

  it("the table holds every province's cities, their pinyin and conventional spellings", () => {
    for (const city of ['shijiazhuang', 'lvliang', 'hohhot', 'huhehaote', 'qiqihar', 'lianyungang', 'pingdingshan', 'fangchenggang', 'panzhihua', 'xishuangbanna', 'shigatse', 'rikaze', 'jiayuguan', 'golog', 'shizuishan', 'kashgar']) {
      expect(CHINA_CITIES.has(city)).toBe(true);
    }
    expect(CHINA_CITIES.size).toBeGreaterThan(330);
  });
});

// Real companies: Nihon Kohden Corporation (6849.T), Nippon Steel Corporation (5401.T), The Japan Steel Works, Ltd. (5631.T).
describe('Nihon is Japan in romanised Japanese names; Nippon stays the brand it is in English names', () => {
  it('Nihon reads japan on both sides: an equal name is still equal', () => {
    expect(analyseName('Nihon Kohden Corporation').core).toBe('japan kohden');
    expect(best('Nihon Kohden Corporation', 'NIHON KOHDEN CORP').tier).toBe('confirmed');
  });

  it('Nippon is not read as Japan: Nippon Steel is not The Japan Steel Works', () => {
    expect(analyseName('Nippon Steel Corporation').core).toBe('nippon steel');
    expect(best('Nippon Steel Corporation', 'JAPAN STEEL WORKS LTD').tier).toBeNull();
  });
});

// Real companies: AS Tallink Grupp (Estonia), Skupina ČEZ (ČEZ Group, Czechia), BDZ (Balgarski darzhavni zheleznitsi, Bulgaria).
describe('translated: the word for group in Lithuanian, Estonian, Hungarian and the West Slavic languages; Bulgarian business words', () => {
  it('Grupp and Skupina read group', () => {
    expect(best('AS Tallink Grupp', 'TALLINK GROUP').tier).toBe('confirmed');
    expect(analyseName('Skupina CEZ').core).toBe('group cez');
  });

  it('the Bulgarian adjective reads bulgarian', () => {
    expect(analyseName('Balgarski Darzhavni Zheleznitsi').core).toBe('bulgarian darzhavni zheleznitsi');
  });
});

// Real companies, none an eval row: Shandong Gold Mining (600547.SS), Tongling Nonferrous, Dubai
// Islamic Bank, Abu Dhabi Commercial Bank, Sumitomo Electric Industries (Sumitomo Denki Kogyo is its
// Japanese name; Sumitomo Denko its short one), Mitsubishi Estate (Mitsubishi Jisho).
describe('translations of the business words of romanised names', () => {
  it('pinyin: gold, copper, glass, financial', () => {
    expect(analyseName('Shandong Huangjin Kuangye Gufen Youxian Gongsi').core).toBe(analyseName('Shandong Gold Mining Co., Ltd.').core);
    expect(analyseName('Tongling Youse Tongye').core).toContain('copper');
    expect(analyseName('Xinyi Boli').core).toBe('xinyi glass');
    expect(analyseName('Ping An Jinrong').core).toContain('financial');
  });

  it('Arabic adjectives of relation: islamic, commercial', () => {
    expect(analyseName('Masraf Dubai Islami').core).toBe('bank dubai islamic');
    expect(analyseName('Bank Abu Dhabi Tijari').core).toBe('bank abu dhabi commercial');
  });

  it('Japanese: denko, jisho', () => {
    expect(analyseName('Sumitomo Denko').core).toBe('sumitomo electric');
    expect(best('Mitsubishi Estate Co., Ltd.', 'MITSUBISHI JISHO KK').tier).not.toBeNull();
  });

  it('translated caps a match of common words at review only when the names agree through the translation, not as written', () => {
    // Dianli (电力, power) is a pinyin business word, and a brand where a name writes it in both.
    expect(best('Kashgar Dianli Steel Co. Ltd.', 'KASHGAR DIANLI STEEL LTD')).toEqual({ tier: 'probable', rules: ['exact-name', 'common-words-only', 'translated'] });
    expect(best('Kashgar Power Steel Co. Ltd.', 'KASHGAR DIANLI STEEL LTD').tier).toBe('review');
  });
});

describe('royal: the honorific before a Dutch, British or Nordic name is a common word', () => {
  it('a fund file that leaves Koninklijke / Royal out is worth a look', () => {
    expect(best('Koninklijke Vopak N.V.', 'VOPAK NV')).toEqual({ tier: 'review', rules: ['one-word-query', 'translated'] });
    expect(best('Royal Unibrew A/S', 'UNIBREW').tier).toBe('review');
    // Written out, in either language, it is the name.
    expect(best('Koninklijke Vopak N.V.', 'ROYAL VOPAK').tier).toBe('confirmed');
  });
  it('what is left must be a name: Bank of Canada is not Royal Bank of Canada', () => {
    expect(best('Royal Bank of Canada', 'BANK OF CANADA').tier).toBeNull();
  });
});

describe('Vietnamese names: the form written first, business words translated', () => {
  it('Công ty Cổ phần / CTCP / Công ty TNHH are legal forms before the name', () => {
    expect(best('Masan Group Corporation', 'Công ty Cổ phần Tập đoàn Masan').tier).toBe('confirmed');
    expect(best('Masan Group Corporation', 'CTCP TAP DOAN MASAN').tier).toBe('confirmed');
    expect(best('Samsung Electronics Vietnam Co., Ltd.', 'CONG TY TNHH SAMSUNG ELECTRONICS VIET NAM').tier).toBe('confirmed');
  });
  it('a bank written in Vietnamese aligns with its English name', () => {
    // Sacombank: Ngân hàng Thương mại Cổ phần Sài Gòn Thương Tín.
    expect(best('Saigon Thuong Tin Commercial Joint Stock Bank', 'Ngân hàng Thương mại Cổ phần Sài Gòn Thương Tín')).toEqual({ tier: 'probable', rules: ['translated'] });
    // Another bank's name is not found by the translated words alone.
    expect(best('Saigon Thuong Tin Commercial Joint Stock Bank', 'Ngân hàng Thương mại Cổ phần Á Châu').tier).toBeNull();
  });
  it('business words of a Vietnamese name, written in its order, align with the English name (Thế Giới Di Động = Mobile World)', () => {
    expect(best('Mobile World Investment Corporation', 'Công ty Cổ phần Đầu tư Thế Giới Di Động').rules).toContain('translated');
    expect(best('Mobile World Investment Corporation', 'CONG TY CO PHAN DAU TU THE GIOI DI DONG').tier).not.toBeNull();
    expect(best('Mobile World Investment Corporation', 'CONG TY CO PHAN DAU TU XAY DUNG').tier).toBeNull();
  });
});

describe('Thai names: the company form written either side of the name', () => {
  it('บริษัท X จำกัด (มหาชน) is X Public Company Limited, as any-ascii reads the Thai', () => {
    expect(best('Banpu Public Company Limited', 'บริษัท บ้านปู จำกัด (มหาชน)')).toEqual({ tier: 'confirmed', rules: ['exact-name', 'translated'] });
    expect(best('Banpu Public Company Limited', 'บริษัท บ้านปู จำกัด มหาชน').tier).toBe('confirmed');
    // The form alone is no name: another brand stays another company.
    expect(best('Banpu Public Company Limited', 'บริษัท ปตท. จำกัด (มหาชน)').tier).toBeNull();
  });
});

describe('port in the languages of the Baltic and the North: sadam, uostas, satama, hafen, hamn, havn', () => {
  it('Tallinna Sadam is the Port of Tallinn, worth a look (the genitive read as a typo)', () => {
    expect(best('Tallinna Sadam AS', 'PORT OF TALLINN')).toEqual({ tier: 'review', rules: ['typo-only', 'translated'] });
    expect(best('Tallinna Sadam AS', 'PORT OF HELSINKI').tier).toBeNull();
  });
});

describe('Persian business words: foolad = steel', () => {
  it('in Latin letters or Persian script, beside a distinctive word that agrees', () => {
    expect(best('Khuzestan Steel Company', 'FOOLAD KHUZESTAN').rules).toContain('translated');
    expect(best('Khuzestan Steel Company', 'FOOLAD KHUZESTAN').tier).not.toBeNull();
    expect(best('Mobarakeh Steel Company', 'فولاد مبارکه').tier).toBe('review');
    // Another steel company is not found by the translated word alone.
    expect(best('Khuzestan Steel Company', 'FOOLAD HORMOZGAN').tier).toBeNull();
  });
});

describe('German words companies translate: a country adjective, Rück for Re', () => {
  it('Schweizerische = Swiss; Rück = Re, in either spelling of ü', () => {
    expect(best('Swiss National Bank', 'SCHWEIZERISCHE NATIONALBANK').rules).toContain('translated');
    expect(best('Hannover Rück SE', 'HANNOVER RUECK SE').tier).toBe('confirmed');
    expect(best('Hannover Re', 'HANNOVER RUECK SE').tier).toBe('confirmed');
  });
});

describe('St. is Saint', () => {
  it('either way a name writes it', () => {
    expect(best("St. James's Place plc", "SAINT JAMES'S PLACE PLC").tier).toBe('confirmed');
    expect(best('Saint-Gobain', 'ST GOBAIN').tier).toBe('confirmed');
  });
});
