/**
 * Word tables for company names as fund files and sanctions lists write them. Every entry is
 * lower-case, in the form the name normaliser produces (NFKC, no diacritics, '.' and "'" deleted).
 * Sources: the legal forms follow ISO 20275 abbreviations and OpenSanctions rigour org_types
 * (plus the PRC/HK forms rigour misses without spaces); security words are what iShares, Vanguard,
 * N-PORT and 13F files append to issuer names.
 */

/**
 * Chinese provinces and cities (and Taiwan's) in the postal and Wade-Giles spellings companies kept in their
 * English names (Tsingtao Brewery, Kweichow Moutai, Peking University), by their pinyin, which
 * lists and Chinese names read in pinyin write (score.ts: one word in two romanisations). Not
 * Canton, Amoy or Kirin: brands and places elsewhere too.
 */
export const POSTAL_PLACES: ReadonlyMap<string, string> = new Map([
  ['peking', 'beijing'], ['tientsin', 'tianjin'], ['tsingtao', 'qingdao'], ['nanking', 'nanjing'], ['chungking', 'chongqing'],
  ['szechwan', 'sichuan'], ['szechuan', 'sichuan'], ['kwangtung', 'guangdong'], ['kwangsi', 'guangxi'], ['kiangsu', 'jiangsu'],
  ['chekiang', 'zhejiang'], ['fukien', 'fujian'], ['hangchow', 'hangzhou'], ['soochow', 'suzhou'], ['shensi', 'shaanxi'],
  ['shansi', 'shanxi'], ['hupeh', 'hubei'], ['hupei', 'hubei'], ['kiangsi', 'jiangxi'], ['anhwei', 'anhui'], ['hopeh', 'hebei'],
  ['hopei', 'hebei'], ['shantung', 'shandong'], ['sinkiang', 'xinjiang'], ['kweichow', 'guizhou'], ['kwangchow', 'guangzhou'],
  ['foochow', 'fuzhou'], ['swatow', 'shantou'], ['tsinan', 'jinan'], ['lanchow', 'lanzhou'],
  // Taiwan's cities, as Taiwanese companies write them (Kaohsiung, Hsinchu) and pinyin does.
  ['kaohsiung', 'gaoxiong'], ['taichung', 'taizhong'], ['hsinchu', 'xinzhu'], ['taipei', 'taibei'], ['keelung', 'jilong'],
  ['pingtung', 'pingdong'], ['chiayi', 'jiayi'], ['changhua', 'zhanghua'],
]);

/** POSTAL_PLACES the other way round: pinyin -> the postal spellings of it. */
export const PINYIN_POSTAL: ReadonlyMap<string, readonly string[]> = (() => {
  const out = new Map<string, string[]>();
  for (const [postal, pinyin] of POSTAL_PLACES) out.set(pinyin, [...(out.get(pinyin) ?? []), postal]);
  return out;
})();

/** Legal forms, removed from the core name wherever they stand. */
export const LEGAL_FORMS = new Set([
  'co', 'cos', 'company', 'companies', 'ltd', 'ltda', 'limited', 'inc', 'incorporated', 'incorp', 'corp', 'corporation',
  'plc', 'ag', 'sa', 'sas', 'sarl', 'srl', 'spa', 'nv', 'bv', 'gmbh', 'kgaa', 'llc', 'lp', 'llp', 'lllp', 'pllc',
  'ab', 'asa', 'oyj', 'kk', 'pt', 'tbk', 'bhd', 'berhad', 'sdn', 'pcl', 'jsc', 'pjsc', 'ojsc', 'cjsc', 'oao', 'zao',
  'ooo', 'pte', 'pty', 'coltd', 'sab', 'cv', 'saa', 'sae', 'qsc', 'psc', 'tas', 'as',
]);

/**
 * Chinese legal forms and organisation suffixes, stripped at the end of a Han run with no word
 * boundary test (Han text has no spaces: 合盛硅业股份有限公司). Longest first.
 */
export const CJK_LEGAL_SUFFIXES = [
  '集团股份有限公司', '集团有限责任公司', '集团有限公司', '股份有限公司', '有限责任公司', '控股有限公司',
  '有限公司', '股份公司', '集团公司', '总公司', '公司', '集团', '股份', '有限',
];

/** Instrument words: depositary receipts, share classes, registration tags. Removed anywhere. */
export const SECURITY_WORDS = new Set([
  'adr', 'adrs', 'ads', 'adss', 'gdr', 'gdrs', 'edr', 'sponsored', 'spon', 'spons', 'sp', 'unsponsored', 'unspon', 'unsp',
  'representing', 'represent', 'repr', 'rep', 'reptg', 'repstg', 'rptg', 'each', 'ord', 'ordinary', 'shs', 'share',
  'shares', 'npv', '144a', 'regs', 'pref', 'preferred', 'preference', 'prf', 'pfd', 'class', 'cl', 'series', 'ser', 'units', 'unit',
  'stapled', 'receipt', 'receipts', 'depositary', 'depository', 'northbound', 'southbound',
  // Registered shares (NOVARTIS AG REG), Swiss participation certificates (ROCHE HOLDING AG GENUSSSCHEINE),
  // Mexican ordinary participation certificates (GRUPO TELEVISA SAB SER CPO).
  'reg', 'genussscheine', 'genusssch', 'cpo',
]);

/** A phrase of consecutive words: each position lists the words it accepts. */
export type Phrase = ReadonlyArray<readonly string[]>;

/** Phrases of instrument words that contain ordinary words ("American", "global", "reg"). */
export const SECURITY_PHRASES: readonly Phrase[] = [
  [['american', 'global'], ['depositary', 'depository'], ['share', 'shares', 'receipt', 'receipts']],
  [['reg'], ['s']],
  [['rule'], ['144a']],
  [['depositary'], ['receipt', 'receipts']],
  [['stock'], ['connect']],
  [['1st', '2nd', '3rd'], ['pfd', 'pref', 'preferred', 'prf']],
  [['ny'], ['reg', 'registry']],
];

/** Letters that mark a share class or a listing tag when they end a name (BYD LTD H, XIAOMI-W). */
export const CLASS_MARKERS = new Set(['a', 'b', 'c', 'h', 'n', 's', 'w', 'sw', 'y', 'r', 'p', 'u', 'd']);

export const STOP_WORDS = new Set(['the', 'of', 'and', 'for', 'de', 'la', 'le', 'les', 'des', 'du', 'del', 'da', 'di', 'et', 'und', 'y', 'e', 'van', 'der', 'in', 'at', 'an', 'a', 'to', 'on']);

/**
 * Head nouns the Germanic and Finno-Ugric languages write compounds with (Landesbank,
 * Waterschapsbank, Bundesbahnen, Kreditanstalt, Mineralölverwaltung, Takarékpénztár): initials may
 * take the head's letter too (LBBW: Landesbank Baden-Württemberg; NWB: Nederlandse Waterschapsbank;
 * SBB: Schweizerische Bundesbahnen; DKB: Deutsche Kreditbank; KfW: Kreditanstalt für Wiederaufbau;
 * OMV: Österreichische Mineralölverwaltung; OTP: Országos Takarékpénztár).
 */
export const COMPOUND_HEADS = ['bank', 'banken', 'bahn', 'bahnen', 'anstalt', 'verwaltung', 'gesellschaft', 'versicherung', 'penztar'];

/**
 * Words initials may skip besides the stop words: articles, prepositions and "and" of other
 * languages, which names keep as words (Banco do Nordeste do Brasil = BNB, Al Rajhi; Polish na:
 * PZU Życie) but acronyms leave out.
 */
export const ACRONYM_STOP_WORDS = new Set([...STOP_WORDS, 'do', 'dos', 'das', 'della', 'delle', 'dei', 'degli', 'dello', 'von', 'vom', 'zu', 'zur', 'el', 'los', 'las', 'al', 've', 'och', 'og', 'i', 'na']);

/**
 * Spelling variants and abbreviations fund files use, mapped to one form so equal words compare
 * equal (13F "TECHNLGY", iShares "INT L", "HLDGS"). Applied token by token.
 */
export const CANONICAL: Record<string, string> = {
  tech: 'technology', techn: 'technology', technol: 'technology', technologies: 'technology', technlgy: 'technology',
  tecnologia: 'technology', technologie: 'technology',
  hldgs: 'holding', hldg: 'holding', hlds: 'holding', holdings: 'holding', hold: 'holding',
  intl: 'international', internat: 'international', internationl: 'international',
  grp: 'group', gp: 'group', gpo: 'group', groups: 'group', // GPO: Grupo, as Mexican names abbreviate it
  ind: 'industry', inds: 'industry', indl: 'industry', industries: 'industry', industrial: 'industry', industrials: 'industry',
  // ... in the languages of Europe (Industrias Peñoles, Recordati Industria Chimica, Industrie).
  industria: 'industry', industrias: 'industry', industrie: 'industry', industrier: 'industry',
  mfg: 'manufacturing', manufacture: 'manufacturing',
  elec: 'electric', electrical: 'electric', electronics: 'electronic', elecs: 'electronic',
  svcs: 'service', svc: 'service', services: 'service', serv: 'service',
  sys: 'system', systems: 'system', sytems: 'system',
  natl: 'national', nat: 'national',
  myanma: 'myanmar', // the adjective official names write (Myanma Oil and Gas Enterprise, Myanma Economic Bank)
  transn: 'transportation', // a US vendor's abbreviation (KNIGHT-SWIFT TRANSN HLDGS)
  // Country names as transliterated Russian and Ukrainian names inflect them (Sberbank Rossii =
  // Sberbank of Russia, Naftogaz Ukrainy = Naftogaz of Ukraine, Rossiyskie Zheleznye Dorogi).
  rossii: 'russia', rossiya: 'russia', rossiyskaya: 'russian', rossiyskiy: 'russian', rossiyskoe: 'russian', rossiyskie: 'russian',
  rossiiskaya: 'russian', rossiiskii: 'russian', rossiiskoe: 'russian', rossiiskie: 'russian',
  ukrainy: 'ukraine', ukraini: 'ukraine', ukraina: 'ukraine', ukrayiny: 'ukraine', ukrainskaya: 'ukrainian',
  kazakhstana: 'kazakhstan', belarusi: 'belarus',
  pharma: 'pharmaceutical', pharmaceuticals: 'pharmaceutical', pharmaceutic: 'pharmaceutical', pharm: 'pharmaceutical',
  chem: 'chemical', chemicals: 'chemical', chems: 'chemical',
  materials: 'material', matls: 'material', mats: 'material',
  minerals: 'mineral', metals: 'metal', resources: 'resource', res: 'resource', textiles: 'textile',
  aluminium: 'aluminum', alum: 'aluminum',
  // An industrial plant, as English names of one plant write it (Minsk Tractor Works = Minsk Tractor
  // Plant, Минский тракторный завод; zavod translates to either).
  works: 'plant', plants: 'plant', factory: 'plant',
  sci: 'science', sciences: 'science', scientific: 'science',
  dev: 'development', devt: 'development', devel: 'development',
  inv: 'investment', invest: 'investment', investments: 'investment', invt: 'investment',
  mgmt: 'management', mgt: 'management', comm: 'communication', communications: 'communication', comms: 'communication',
  telecomm: 'telecom', telecommunications: 'telecom', telecommunication: 'telecom',
  info: 'information', infor: 'information',
  energies: 'energy', engy: 'energy', pwr: 'power',
  eqp: 'equipment', equip: 'equipment', equipments: 'equipment',
  bk: 'bank', banks: 'bank', fin: 'financial', finl: 'financial', finance: 'financial',
  ins: 'insurance', sec: 'securities', secs: 'securities',
  constr: 'construction', engr: 'engineering', engg: 'engineering',
  auto: 'automobile', automotive: 'automobile', autos: 'automobile', motors: 'motor',
  ctr: 'center', centre: 'center', univ: 'university', inst: 'institute',
  amer: 'america', american: 'america', americas: 'america',
  prods: 'product', products: 'product', prod: 'product',
  photoelectric: 'optoelectronic', optoelectronics: 'optoelectronic', opto: 'optoelectronic',
  intelligence: 'intelligent', smart: 'intelligent',
  hitech: 'hightech', hi: 'high',
  silicone: 'silicon',
  // Company in the Romance languages and its abbreviations (CIA SIDERURGICA NACIONAL, CIE DE SAINT GOBAIN):
  // one word, kept in the name (CIE Automotive is a name), counted as common.
  cia: 'compania', cie: 'compania', companhia: 'compania', compagnie: 'compania', compagnia: 'compania',
  // ... and society, company's other word (SOC QUIMICA Y MINERA DE CHILE, SOC GENERALE): one word too.
  soc: 'sociedad', societe: 'sociedad', societa: 'sociedad', sociedade: 'sociedad',
  pete: 'petroleum', coml: 'commercial', electrs: 'electronic', hq: 'headquarters',
  lab: 'laboratory', labs: 'laboratory', laboratories: 'laboratory', // DR REDDYS LABS, Kaspersky Lab
  // Abbreviations US data vendors and 13F filers write, to the word as written in full.
  pptys: 'properties', ppty: 'property', props: 'properties', rlty: 'realty', solns: 'solutions', glbl: 'global',
  hlthcr: 'healthcare', mtg: 'mortgage', svgs: 'savings', amern: 'america', cmnty: 'community', expl: 'exploration',
  ntwks: 'networks', netwrks: 'networks', semicond: 'semiconductor', stl: 'steel', utils: 'utilities',
  spclty: 'specialty', diversifd: 'diversified', bkg: 'banking', entmt: 'entertainment', fincl: 'financial', fncl: 'financial',
  st: 'saint', // St. Petersburg, St. Galler Kantonalbank, St. James's Place: Saint as names abbreviate it
};

/**
 * The Chinese business words of TRANSLATIONS, in Hanyu Pinyin (ü written v or u), the word in Han
 * in the comment. Also the words a name written in Han is segmented by when it is read in pinyin
 * (han-pinyin.ts).
 */
export const CHINESE_TRANSLATIONS: Readonly<Record<string, string>> = {
  yinhang: 'bank', // 银行
  baoxian: 'insurance', // 保险
  zhengquan: 'securities', // 证券
  chuxu: 'savings', // 储蓄
  jianshe: 'construction', jianzhu: 'construction', // 建设, 建筑
  gongcheng: 'engineering', // 工程
  nongye: 'agricultural', // 农业
  gongye: 'industry', chanye: 'industry', // 工业, 产业
  shangye: 'commercial', // 商业
  dianli: 'power', fadian: 'power', // 电力, 发电
  dianwang: 'grid', // 电网
  hedian: 'nuclear power', // 核电
  dianqi: 'electric', // 电气
  dianzi: 'electronic', // 电子
  dianxin: 'telecom', // 电信
  jiaotong: 'communication', // 交通 (Jiaotong Yinhang = Bank of Communications)
  xinxi: 'information', // 信息
  ruanjian: 'software', // 软件
  wangluo: 'network', // 网络
  jituan: 'group', // 集团
  shiyou: 'petroleum', // 石油
  tianranqi: 'natural gas', ranqi: 'gas', // 天然气, 燃气
  huaxue: 'chemical', // 化学
  gangtie: 'steel', // 钢铁
  yejin: 'metallurgical', // 冶金
  youse: 'nonferrous', // 有色
  lvye: 'aluminum', // 铝业 (not luye: Luye Pharma)
  shuini: 'cement', // 水泥
  tielu: 'railway', tiedao: 'railway', // 铁路, 铁道
  hangkong: 'aviation', // 航空
  hangtian: 'aerospace', // 航天
  chuanbo: 'shipbuilding', // 船舶
  hangyun: 'shipping', // 航运
  wuliu: 'logistics', // 物流
  qiche: 'automobile', // 汽车
  yiyao: 'pharmaceutical', zhiyao: 'pharmaceutical', // 医药, 制药
  shengwu: 'biological', // 生物
  fangzhi: 'textile', // 纺织
  maoyi: 'trading', // 贸易
  fangdichan: 'real estate', // 房地产
  keji: 'technology', jishu: 'technology', // 科技, 技术 (Huawei Jishu Youxian Gongsi = Huawei Technologies Co., Ltd.)
  kuangye: 'mining', // 矿业
  // Pinyin spells many characters alike: only words one business word writes (not huagong 华工 /
  // 化工, dongli 东丽 / 动力, tongxin 同心 / 通信, shipin 视频 / 食品, dianchi 滇池 / 电池, jijin, wenhua).
  tongye: 'copper', // 铜业
  meitan: 'coal', // 煤炭 (not meiye: 美业, beauty, too)
  xitu: 'rare earth', // 稀土
  huangjin: 'gold', // 黄金
  boli: 'glass', // 玻璃
  suliao: 'plastics', sujiao: 'plastics', // 塑料, 塑胶
  cailiao: 'material', jiancai: 'building material', // 材料, 建材
  jixie: 'machinery', // 机械
  zhizao: 'manufacturing', // 制造
  guangfu: 'photovoltaic', taiyangneng: 'solar', // 光伏, 太阳能
  bandaoti: 'semiconductor', // 半导体
  hulianwang: 'internet', // 互联网
  chuanmei: 'media', // 传媒
  yiliao: 'medical', // 医疗
  yinliao: 'beverage', // 饮料
  fuzhuang: 'apparel', // 服装
  zhubao: 'jewellery', // 珠宝
  jiadian: 'appliance', // 家电
  lvyou: 'tourism', jiudian: 'hotel', // 旅游, 酒店
  dichan: 'real estate', wuye: 'property', // 地产, 物业
  jinrong: 'financial', // 金融
  xintuo: 'trust', zichan: 'asset', guanli: 'management', // 信托, 资产, 管理
  fazhan: 'development', // 发展
  gangkou: 'port', jichang: 'airport', gaosu: 'expressway', gonglu: 'highway', // 港口, 机场, 高速, 公路
  huanbao: 'environmental', // 环保
  nengyuan: 'energy', // 能源
  touzi: 'investment', // 投资
  konggu: 'holding', // 控股
  qiye: 'enterprise', // 企业
  guoji: 'international', // 国际
  zhongguo: 'china', // 中国
  'gufen youxian gongsi': 'co ltd', // 股份有限公司
  'youxian zeren gongsi': 'co ltd', // 有限责任公司
  'youxian gongsi': 'co ltd', // 有限公司
  'gufen gongsi': 'co ltd', // 股份公司
  gongsi: 'company', // 公司
};

/**
 * Business words of other languages in the transliterations names are written in, by the English
 * word companies translate them with (the word in its own script in the comment), so "Mitsubishi
 * Denki" reads "mitsubishi electric" and "Zhongguo Jianshe Yinhang" "china construction bank".
 * Only words that say what a company does or is (bank, electric, insurance), never a word that
 * is itself a brand; a name that then agrees only in such common words matches at review at most
 * (the `translated` rule). Like OpenSanctions rigour's symbol tables: words compared by meaning.
 * Applied as phrases before tokenising (one word may become two: denryoku = electric power). A
 * legal form the ISO 20275 table has (Kabushiki Kaisha, Goskorporatsiya) is left to the table;
 * those it lacks in these spellings are translated into the English form it reads (Youxian Gongsi,
 * Jusik Hoesa = Co., Ltd.).
 */
export const TRANSLATIONS: Record<string, string> = {
  // Japanese (Hepburn, with the long vowels written ou as well: Kougyou, Ginkou).
  ginko: 'bank', ginkou: 'bank', // 銀行
  shintaku: 'trust', // 信託
  shoken: 'securities', shouken: 'securities', // 証券
  hoken: 'insurance', // 保険
  seimei: 'life', // 生命 (Nippon Seimei Hoken = Nippon Life Insurance)
  'sogo kaisha': 'company', // 相互会社, the mutual company, as insurers translate it (Nippon Life Insurance Company)
  denki: 'electric', // 電気
  denryoku: 'electric power', // 電力
  denshi: 'electronic', // 電子
  denwa: 'telephone', // 電話
  denshin: 'telegraph', // 電信
  tsushin: 'communication', tsuushin: 'communication', // 通信
  kogyo: 'industry', kougyou: 'industry', // 工業
  jukogyo: 'heavy industry', juukougyou: 'heavy industry', // 重工業
  sangyo: 'industry', sangyou: 'industry', // 産業
  kagaku: 'chemical', // 化学
  seiyaku: 'pharmaceutical', // 製薬
  yakuhin: 'pharmaceutical', // 薬品
  jidosha: 'motor', jidousha: 'motor', // 自動車 (Toyota Jidosha = Toyota Motor)
  tetsudo: 'railway', tetsudou: 'railway', // 鉄道
  koku: 'airlines', kouku: 'airlines', // 航空 (Nihon Koku = Japan Airlines)
  // 日本 read Nihon, as romanised Japanese names write it (Nihon Koku = Japan Airlines, Nihon
  // Tabako Sangyo = Japan Tobacco). Not Nippon: the reading companies keep in their English names
  // as a brand (Nippon Steel, Nippon Yusen, Nippon Paint, All Nippon Airways), which Japan is not.
  nihon: 'japan',
  kuyu: 'airways', // 空輸 (Zen Nippon Kuyu = All Nippon Airways)
  kaiun: 'shipping', // 海運
  kisen: 'steamship', // 汽船
  zosen: 'shipbuilding', // 造船
  unyu: 'transport', // 運輸
  kensetsu: 'construction', // 建設
  fudosan: 'real estate', // 不動産
  tekko: 'steel', tekkou: 'steel', seitetsu: 'steel', // 鉄鋼, 製鉄
  kinzoku: 'metal', // 金属
  kozan: 'mining', // 鉱山
  sekiyu: 'oil', // 石油
  gasu: 'gas', // ガス
  seishi: 'paper', // 製紙
  garasu: 'glass', // ガラス
  kogaku: 'optical', // 光学
  kikai: 'machinery', // 機械
  shokuhin: 'food', // 食品
  shoji: 'trading', boeki: 'trading', // 商事, 貿易
  bussan: 'trading', // 物産
  kouzan: 'mining', seikou: 'steel', // 鉱山, 製鋼 (long vowels written ou)
  seisakusho: 'manufacturing', 'seisaku sho': 'manufacturing', // 製作所 (Murata Seisakusho = Murata Manufacturing)
  seikosho: 'steel works', 'seiko sho': 'steel works', // 製鋼所 (Kobe Seiko Sho = Kobe Steel)
  denko: 'electric', // 電工 (Sumitomo Denko = Sumitomo Electric Industries)
  gomu: 'rubber', // ゴム
  jisho: 'estate', // 地所 (Mitsubishi Jisho = Mitsubishi Estate)
  yusen: 'shipping', // 郵船
  butsuryu: 'logistics', // 物流
  dentetsu: 'electric railway', // 電鉄 (Odakyu Dentetsu = Odakyu Electric Railway)
  kaijo: 'marine', // 海上 (Tokio Kaijo Nichido = Tokio Marine & Nichido)
  kasai: 'fire', // 火災
  seimitsu: 'precision', // 精密
  ...CHINESE_TRANSLATIONS,
  // Korean (Revised Romanisation, and McCune-Reischauer where names still use it)
  eunhaeng: 'bank', unhaeng: 'bank', // 은행
  boheom: 'insurance', pohom: 'insurance', // 보험
  saengmyeong: 'life', // 생명
  hwajae: 'fire', // 화재 (Samsung Hwajae = Samsung Fire & Marine)
  jeunggwon: 'securities', // 증권
  jeonja: 'electronic', chonja: 'electronic', // 전자
  jeollyeok: 'electric power', jeonryeok: 'electric power', // 전력
  junggongeop: 'heavy industry', 'junggong eop': 'heavy industry', // 중공업
  saneop: 'industry', // 산업
  hwahak: 'chemical', // 화학
  jadongcha: 'motor', // 자동차 (Hyundai Jadongcha = Hyundai Motor)
  cheolgang: 'steel', jecheol: 'steel', // 철강, 제철
  geonseol: 'construction', // 건설
  tongsin: 'telecom', // 통신
  hanggong: 'airlines', // 항공
  haeun: 'shipping', // 해운
  jeyak: 'pharmaceutical', // 제약
  hanguk: 'korea', // 한국
  gongsa: 'corporation', // 공사 (a public corporation)
  'jusik hoesa': 'co ltd', 'chusik hoesa': 'co ltd', // 주식회사
  haesang: 'marine', // 해상 (Samsung Hwajae Haesang Boheom = Samsung Fire & Marine Insurance)
  geumyung: 'financial', // 금융
  jiju: 'holding', // 지주 (a holding company)
  // 금융지주(회사), the financial holding company, as the Korean banking groups write it in English:
  // KB금융지주 = KB Financial Group, 신한금융지주회사 = Shinhan Financial Group, 하나금융지주 = Hana
  // Financial Group, 우리금융지주 = Woori Financial Group.
  'geumyung jiju': 'financial group', 'geumyung jiju hoesa': 'financial group',
  tuja: 'investment', // 투자
  'jasan unyong': 'asset management', // 자산운용
  jeongi: 'electric', // 전기
  ayeon: 'zinc', // 아연
  seogyu: 'oil', // 석유
  // Loanwords in Hangul, as Revised Romanisation reads them
  geurup: 'group', // 그룹
  eneoji: 'energy', // 에너지
  bandoche: 'semiconductor', // 반도체
  diseupeullei: 'display', // 디스플레이
  enjinieoring: 'engineering', // 엔지니어링
  kemikal: 'chemical', // 케미칼
  gaseu: 'gas', // 가스
  kadeu: 'card', // 카드
  syoping: 'shopping', // 쇼핑
  daehanminguk: 'korea', // 대한민국
  // Russian and Ukrainian (transliterated; adjectives in the forms names use). Not neft, gaz or
  // stal alone: they are brand words of their own (Gazprom Neft, GAZ Group).
  kontsern: 'concern', // концерн
  kompaniya: 'company', // компания
  korporatsiya: 'corporation', // корпорация
  'neftyanaya kompaniya': 'oil company', // нефтяная компания
  'strakhovaya kompaniya': 'insurance company', // страховая компания
  aviakompaniya: 'airlines', // авиакомпания
  'zheleznye dorogi': 'railways', // железные дороги
  'zheleznaya doroga': 'railway', // железная дорога
  'metallurgicheskiy kombinat': 'steel works', 'metallurgicheskii kombinat': 'steel works', 'metallurgichesky kombinat': 'steel works', // металлургический комбинат
  zavod: 'plant', // завод
  obyedinennaya: 'united', obedinennaya: 'united', obyedinyonnaya: 'united', // объединённая
  aviastroitelnaya: 'aircraft', // авиастроительная
  sudostroitelnaya: 'shipbuilding', // судостроительная
  energeticheskaya: 'energy', // энергетическая
  tekhnologii: 'technology', tekhnologiya: 'technology', // технологии
  vertolety: 'helicopters', vertolyoty: 'helicopters', // вертолёты
  laboratoriya: 'laboratory', // лаборатория
  khimicheskaya: 'chemical', // химическая
  // Turkish
  'turk hava yollari': 'turkish airlines', // Türk Hava Yolları (not Türk alone: Türk Anonim Şirketi is a legal form)
  'hava yollari': 'airlines', // hava yolları
  bankasi: 'bank', // bankası
  sigorta: 'insurance', sigortasi: 'insurance', // sigorta(sı)
  demiryollari: 'railways', // demiryolları
  telekomunikasyon: 'telecom',
  rafinerileri: 'refineries', // rafinerileri
  // Indonesian and Malay
  asuransi: 'insurance', // asuransi
  telekomunikasi: 'telecom', // telekomunikasi
  pertambangan: 'mining', // pertambangan
  'kereta api': 'railway', // kereta api
  // Vietnamese (written without its diacritics, as fund files and any-ascii write it)
  'tap doan': 'group', // tập đoàn
  'co phan': 'joint stock', // cổ phần (Công ty Cổ phần, the joint-stock company; Ngân hàng Thương mại Cổ phần, joint-stock commercial bank)
  'ngan hang': 'bank', // ngân hàng
  'thuong mai': 'commercial', // thương mại
  'bao hiem': 'insurance', // bảo hiểm
  'chung khoan': 'securities', // chứng khoán
  'dau tu': 'investment', // đầu tư
  'phat trien': 'development', // phát triển
  'vien thong': 'telecom', // viễn thông
  'dau khi': 'oil gas', // dầu khí (Tập đoàn Dầu khí Việt Nam = Vietnam Oil and Gas Group)
  'hang khong': 'airlines', // hàng không
  'the gioi': 'world', 'di dong': 'mobile', 'cong nghe': 'technology', 'xay dung': 'construction', // thế giới, di động, công nghệ, xây dựng
  'dien luc': 'power', 'bat dong san': 'real estate', 'cao su': 'rubber', 'phan bon': 'fertilizer', 'xi mang': 'cement', // điện lực, bất động sản, cao su, phân bón, xi măng
  // Thai, as any-ascii reads it (ำ also as NFKC splits it: chmakad): the company form written either
  // side of the name, บริษัท X จำกัด (มหาชน) = X Public Company Limited, บริษัท X จำกัด = X Company Limited.
  brisath: 'company', // บริษัท
  'chamkad mhachn': 'public company limited', 'chmakad mhachn': 'public company limited', // จำกัด (มหาชน)
  chamkad: 'limited', chmakad: 'limited', // จำกัด
  mhachn: 'pcl', // (มหาชน), public, in parentheses after จำกัด
  // Greek (ELOT 743, as Greek companies write their Latin names)
  trapeza: 'bank', trapezis: 'bank', // Τράπεζα, Τραπέζης
  ethniki: 'national', ethnikis: 'national', // Εθνική (Εθνική Τράπεζα = National Bank of Greece)
  elliniki: 'hellenic', ellinikos: 'hellenic', ellinika: 'hellenic', ellinikon: 'hellenic', ellinikis: 'hellenic', // Ελληνική
  ellados: 'greece', // Ελλάδος, of Greece
  symmetochon: 'holding', symmetoches: 'holding', // Συμμετοχών (Φουρλής Συμμετοχών = Fourlis Holdings)
  omilos: 'group', // Όμιλος
  petrelaia: 'petroleum', petrelaion: 'petroleum', // Πετρέλαια (Ελληνικά Πετρέλαια = Hellenic Petroleum)
  tilepikoinonion: 'telecommunications', // Τηλεπικοινωνιών
  tsimenton: 'cement', // Τσιμέντων
  aeroporia: 'airlines', // Αεροπορία (Αεροπορία Αιγαίου = Aegean Airlines)
  viomichania: 'industry', viomichanias: 'industry', // Βιομηχανία
  // Arabic and Persian (transliterated)
  masraf: 'bank', // مصرف
  sharika: 'company', sharikat: 'company', sherkat: 'company', // شركة (Arabic), شرکت (Persian)
  // Adjectives of relation (nisba, -i) that bank and company names carry after al-:
  islami: 'islamic', tijari: 'commercial', watani: 'national', sinai: 'industrial', zirai: 'agricultural',
  aqari: 'real estate', // إسلامي, تجاري, وطني, صناعي, زراعي, عقاري
  istithmar: 'investment', tamweel: 'finance', // استثمار, تمويل
  // Persian business words (and the Arabic qabida, holding), as Iranian company names write them.
  goruh: 'group', // گروه (Goruh-e Mapna = Mapna Group)
  petroshimi: 'petrochemical', // پتروشیمی
  sanaye: 'industries', // صنایع
  havapeymayi: 'airlines', havapimayi: 'airlines', // هواپیمایی (Havapeymayi Mahan = Mahan Air)
  qabida: 'holding', // القابضة
  foolad: 'steel', fulad: 'steel', folad: 'steel', // فولاد (Foolad Mobarakeh Esfahan = Mobarakeh Steel Company)
  mokhaberat: 'telecom', // مخابرات (Sherkat-e Mokhaberat-e Iran = Telecommunication Company of Iran)
  ismant: 'cement', asmant: 'cement', // إسمنت (Arabic; Saudi Cement Company = شركة الإسمنت السعودية)
  saudiya: 'saudi', // السعودية, the country's adjective (Saudi Cement Company)
  // The languages of Europe: business words companies translate (never a word that is itself a
  // brand: Generale, Assicurazioni Generali's Generali; not Assurance, which is English too).
  banque: 'bank', banca: 'bank', banka: 'bank', banken: 'bank', banki: 'bank', pankki: 'bank', // FR IT CS/SK/SL SV IS FI
  sadam: 'port', uostas: 'port', satama: 'port', hafen: 'port', hamn: 'port', havn: 'port', // ET LT FI DE SV DA/NO (Tallinna Sadam = Port of Tallinn; not haven, porto, puerto: words and places of their own)
  seguros: 'insurance', seguradora: 'insurance', assicurazioni: 'insurance', versicherung: 'insurance', versicherungen: 'insurance',
  verzekeringen: 'insurance', forsikring: 'insurance', forsakring: 'insurance', vakuutus: 'insurance', // ES/PT PT IT DE NL DA/NO SV FI
  ferrocarriles: 'railways', ferrocarril: 'railway', 'chemins de fer': 'railways', ferrovie: 'railways', spoorwegen: 'railways',
  eisenbahn: 'railway', jernbane: 'railway', jarnvag: 'railway', // ES FR IT NL DE NO/DA SV
  aerolineas: 'airlines', 'lineas aereas': 'airlines', 'linhas aereas': 'airlines', 'lignes aeriennes': 'airlines',
  'luchtvaart maatschappij': 'airlines', // ES PT FR NL (Koninklijke Luchtvaart Maatschappij = Royal Dutch Airlines)
  cobre: 'copper', // ES/PT
  acero: 'steel', aceros: 'steel', acier: 'steel', acciaierie: 'steelworks', // ES FR IT
  siderurgica: 'steel', // PT/ES
  mineria: 'mining', mineracao: 'mining', // ES PT
  electricidad: 'electricity', electricite: 'electricity', elektrizitat: 'electricity', // ES FR DE
  telecomunicaciones: 'telecom', telecomunicacoes: 'telecom', telecomunicazioni: 'telecom', telekom: 'telecom', // ES PT IT DE/Nordic
  quimica: 'chemical', chimique: 'chemical', chimica: 'chemical', chemie: 'chemical', // ES/PT FR IT DE
  farmaceutica: 'pharmaceutical', pharmazeutische: 'pharmaceutical', // ES/PT/IT DE
  koninklijke: 'royal', // NL (Koninklijke Philips = Royal Philips)
  // Hungarian (Richter Gedeon Vegyészeti Gyár = Chemical Works of Gedeon Richter; MOL Magyar Olaj- és
  // Gázipari = MOL Hungarian Oil and Gas). Not Magyar, which Magyar Telekom keeps as its brand, as
  // Deutsche Telekom keeps Deutsche.
  vegyeszeti: 'chemical', gyar: 'works', gyara: 'works', olaj: 'oil', gazipari: 'gas', villamos: 'electricity', muvek: 'works', // HU
  corporacion: 'corporation', corporacao: 'corporation', // ES PT (Corporación CIMEX, Corporação)
  // Research and study, as the names of institutes write them in French and Spanish (Centre d'Études et
  // de Recherches Scientifiques = Scientific Studies and Research Center).
  recherche: 'research', recherches: 'research', etudes: 'studies', scientifiques: 'scientific', // (not scientifique: a word of a Swiss form, association ... scientifique)
  investigacion: 'research', investigaciones: 'research', estudios: 'studies', cientifica: 'scientific', cientifico: 'scientific', cientificas: 'scientific', cientificos: 'scientific',
  stiftung: 'foundation', stichting: 'foundation', fondation: 'foundation', fundacion: 'foundation', fundacao: 'foundation', fondazione: 'foundation', // DE NL FR ES PT IT
  // A country's adjective where companies translate it (Österreichische Post = Austrian Post,
  // Schweizerische Bundesbahnen = Swiss Federal Railways); not Deutsche, which names keep.
  osterreichische: 'austrian', osterreichischen: 'austrian', oesterreichische: 'austrian', oesterreichischen: 'austrian',
  schweizerische: 'swiss', schweizerischen: 'swiss', // DE
  // Rück, short for Rückversicherung, which reinsurers write as Re (Hannover Rück = Hannover Re,
  // Münchener Rück = Munich Re, Schweizerische Rück = Swiss Re).
  ruck: 're', rueck: 're', ruckversicherung: 'reinsurance', rueckversicherung: 'reinsurance', // DE
  // Group in the languages of Europe (Grupo Mexico, ING Groep, Gruppo, Groupe, Grupa)
  grupo: 'group', groep: 'group', gruppo: 'group', groupe: 'group', gruppe: 'group', grupa: 'group', gruppen: 'group',
  grupe: 'group', grupp: 'group', csoport: 'group', skupina: 'group', // LT (grupė) ET HU CS/SK/SL/HR
  // Bulgarian (the streamlined system: ъ = a, я = ya, -ия = -ia at a word's end)
  balgarska: 'bulgarian', balgarski: 'bulgarian', balgarsko: 'bulgarian', // българска, -и, -о
  kompania: 'company', // компания
  telekomunikatsionna: 'telecom', telekomunikatsii: 'telecom', // телекомуникационна, телекомуникации
  // Russian nouns of registered names, in the cases names use them (the sanctions lists' English
  // names translate them: Bank Razvitiya Respubliki Belarus = Development Bank of the Republic of Belarus).
  // (Not predpriyatiye, obyedineniye, institut, byuro: words of legal forms written out, RUSSIAN_FORM_WORDS.)
  kombinat: 'plant', // комбинат (an integrated works)
  razvitiya: 'development', razvitie: 'development', razvitiye: 'development', // развития, развитие
  respubliki: 'republic', respublika: 'republic', // республики, республика
  verf: 'shipyard', sudoverf: 'shipyard', // верфь, судоверфь
  tsentr: 'center', agentstvo: 'agency', ministerstvo: 'ministry', // центр, агентство, министерство
  federatsii: 'federation', federatsiya: 'federation', federatsiyi: 'federation', // федерации, федерация
  oborony: 'defence', oborona: 'defence', // обороны, оборона (Ministerstvo Oborony = Ministry of Defence)
  // The country's long form, one place word as its English is ('russian federation': russia).
  'rossiyskoy federatsii': 'russia', 'rossiiskoi federatsii': 'russia', 'rossiyskaya federatsiya': 'russia', 'rossiiskaia federatsiia': 'russia', 'rossiyskaya federatsiia': 'russia',
  kompleks: 'complex', gruppa: 'group', kholding: 'holding', // комплекс, группа, холдинг
  spg: 'lng', // СПГ, сжиженный природный газ (Yamal SPG = Yamal LNG)
  npz: 'oil refinery', // НПЗ, нефтеперерабатывающий завод (Mozyrskiy NPZ = Mozyr Oil Refinery)
};

/**
 * Russian adjectives of registered names by their stem, read in any of the endings transliteration
 * gives them (-yy -yi -iy -ii -y, -aya -aia, -oye -oe, -ogo, -ykh ...: Sudostroitelnyi, -naya,
 * -noye Zavod): the English word the companies' English names use (Khabarovskiy Sudostroitelnyy
 * Zavod = Khabarovsk Shipbuilding Plant, Oruzheinyi = arms). Only words that say what a company
 * does or is; never a brand (not neft, gaz, stal).
 */
const RUSSIAN_ADJECTIVE_STEMS: Readonly<Record<string, string>> = {
  voenn: 'military', voyenn: 'military', promyshlenn: 'industrial', // военный, промышленный
  sudostroiteln: 'shipbuilding', mashinostroiteln: 'machine building', priborostroiteln: 'instrument making', // судостроительный ...
  stroiteln: 'construction', oruzheyn: 'arms', oruzhein: 'arms', aviatsionn: 'aviation', // строительный, оружейный, авиационный
  khimichesk: 'chemical', energetichesk: 'energy', neftyan: 'oil', neftegazov: 'oil and gas', // химический, энергетический ...
  elektronn: 'electronic', optichesk: 'optical', mekhanichesk: 'mechanical', tekhnichesk: 'technical',
  nauchn: 'scientific', issledovatelsk: 'research', proizvodstvenn: 'production', // научный, исследовательский, производственный
  kommerchesk: 'commercial', investitsionn: 'investment', torgov: 'trading', finansov: 'financial', bankovsk: 'banking',
  transportn: 'transport', avtomobiln: 'automobile', traktorn: 'tractor', zheleznodorozhn: 'railway', kosmichesk: 'space',
  raketn: 'missile', yadern: 'nuclear', gosudarstvenn: 'state', federaln: 'federal', natsionaln: 'national',
  mezhdunarodn: 'international', tsentraln: 'central', severn: 'northern', yuzhn: 'southern', vostochn: 'eastern', zapadn: 'western',
  kaliyn: 'potash', kaliin: 'potash', // калийный (Belorusskaya Kaliynaya Kompaniya = Belarusian Potash Company)
  belorussk: 'belarusian', belarusk: 'belarusian', ukrainsk: 'ukrainian', // белорусский, беларускі, украинский: the country adjective
  rossiysk: 'russian', rossiisk: 'russian', rossijsk: 'russian', // российский (Tsentralnyi Bank Rossiiskoi Federatsii)
  chastn: 'private', spetsialn: 'special', tekhnologichesk: 'technology', // частный, специальный, технологический
};
/** The endings a transliterated Russian adjective may have after its stem (masculine, feminine, neuter, genitive, plural). */
const RUSSIAN_ADJECTIVE_ENDINGS = ['yy', 'yi', 'yj', 'iy', 'ii', 'ij', 'y', 'aya', 'aia', 'aja', 'oye', 'oe', 'oie', 'oy', 'oi', 'ogo', 'ye', 'yye', 'ie', 'iye', 'ykh', 'ikh', 'o'];
/**
 * Words of post-Soviet legal forms written out (legal-forms.json: Federalnoye Gosudarstvennoye
 * Unitarnoye Predpriyatiye, Natsionalnaya Aktsionernaya Kompaniya): translated into a common English
 * word, the form would no longer be found (the table does not take a spelling a translation turns
 * into business words). A test checks that no Russian translation here does so.
 */
const RUSSIAN_FORM_WORDS: ReadonlySet<string> = new Set([
  'promyshlennye', 'promyshlennyye', 'stroitelnye', 'stroitelnyye', 'nauchno', 'investitsionnye', 'investitsionnyye',
  'torgovye', 'torgovyye', 'torgovo', 'gosudarstvennaya', 'gosudarstvennaia', 'gosudarstvennoye', 'gosudarstvennoe',
  'gosudarstvennogo', 'gosudarstvennye', 'gosudarstvennyye', 'natsionalnaya', 'natsionalnaia', 'mezhdunarodnye', 'mezhdunarodnyye',
]);
for (const [stem, english] of Object.entries(RUSSIAN_ADJECTIVE_STEMS)) {
  for (const ending of RUSSIAN_ADJECTIVE_ENDINGS) if (!RUSSIAN_FORM_WORDS.has(stem + ending)) TRANSLATIONS[stem + ending] ??= english;
}

/**
 * The words Korean company names are made of, in Hangul: where romanise.ts cuts a run of
 * syllables (삼성전자 = 삼성 + 전자), found by their Hangul. Each is read in Revised Romanisation as
 * a word of its own (a space: as two words, 주식 회사 = jusik hoesa), and TRANSLATIONS reads the
 * business words in English as it does in romanised names (jeonja = electronic). Legal forms of
 * ISO 20275 (Korea), the business words TRANSLATIONS knows, and places whose reading is their
 * English name. Not 조선 (shipbuilding, and Joseon, the old name of Korea: Chosun Ilbo) nor 고려
 * (Goryeo: Korea Zinc, but Koryo Bank): one spelling, two meanings.
 */
export const KOREAN_WORDS: readonly string[] = [
  // Legal forms (ISO 20275, Korea)
  '주식 회사', '유한회사', '유한책임회사', '합자회사', '합명회사',
  // Business words
  '은행', '보험', '생명', '화재', '해상', '증권', '금융', '지주', '투자', '자산 운용', '전자', '전기', '전력', '중공업', '산업', '화학',
  '자동차', '제철', '철강', '건설', '통신', '항공', '해운', '제약', '공사', '아연', '석유',
  '그룹', '에너지', '반도체', '디스플레이', '엔지니어링', '케미칼', '가스', '카드', '쇼핑',
  // Places
  '한국', '대한민국', '서울', '부산', '인천', '대구', '대전', '광주', '울산',
];

/**
 * Business words written in Han, by the English word companies translate them with, for a Han
 * word that stands alone beside a name in another script (トヨタ自動車 = Toyota Motor, ソニー銀行 =
 * Sony Bank, アステラス製薬 = Astellas Pharma, TCL科技 = TCL Technology): Japanese kanji and
 * Chinese in simplified and traditional characters. A name written wholly in Han is one word
 * (no spaces), never split: only a Han word that is one of these whole, its legal form removed.
 */
export const HAN_TRANSLATIONS: ReadonlyMap<string, string> = new Map([
  // Japanese
  ['自動車', 'motor'], ['発動機', 'motor'], ['銀行', 'bank'], ['電機', 'electric'], ['電気', 'electric'], ['工業', 'industry'],
  ['化学', 'chemical'], ['製薬', 'pharmaceutical'], ['薬品', 'pharmaceutical'], ['保険', 'insurance'], ['証券', 'securities'],
  ['建設', 'construction'], ['鉄道', 'railway'], ['航空', 'airlines'], ['商事', 'trading'], ['海運', 'shipping'], ['電子', 'electronic'],
  ['通信', 'communication'], ['石油', 'oil'], ['製鉄', 'steel'], ['鉄鋼', 'steel'], ['生命', 'life'], ['信託', 'trust'],
  ['計算機', 'computer'], ['精機', 'precision'], ['食品', 'foods'],
  // Chinese, simplified and traditional
  ['银行', 'bank'], ['保险', 'insurance'], ['保險', 'insurance'], ['证券', 'securities'], ['證券', 'securities'], ['科技', 'technology'],
  ['电子', 'electronic'], ['汽车', 'automobile'], ['汽車', 'automobile'], ['化工', 'chemical'], ['钢铁', 'steel'], ['鋼鐵', 'steel'],
  ['能源', 'energy'], ['电力', 'power'], ['電力', 'power'], ['医药', 'pharmaceutical'], ['醫藥', 'pharmaceutical'], ['物流', 'logistics'],
  ['控股', 'holding'],
]);

/** Phrase canonicalisation before tokenising (fund files split or abbreviate these). */
const PHRASES: Record<string, string> = {
  'int l': 'international', 'hi tech': 'hightech', 'high tech': 'hightech', 'sci tech': 'science technology',
  scitech: 'science technology', 'hong kong': 'hongkong', 'inner mongolia': 'innermongolia', 'u s': 'us',
  'viet nam': 'vietnam', // Việt Nam, as Vietnamese writes it
  // Co- joined to its word, as the hyphen-less spelling writes it: never the legal form Co. (The
  // Co-operative Bank, Fonterra Co-operative Group, Co-op).
  'co operative': 'cooperative', 'co operatives': 'cooperatives', 'co operation': 'cooperation', 'co op': 'coop',
  // A country's official long form, as one place word (Ministry of Defence of the Russian Federation,
  // Bank of the Lao PDR). Not a country name companies are named with (South African Airways, Air New
  // Zealand, Saudi Arabian Oil), nor one acronyms spell word by word (IRISL: Islamic Republic of Iran
  // Shipping Lines; USPS, UKEF).
  'russian federation': 'russia', 'peoples republic of china': 'china', 'republic of korea': 'korea',
  'democratic peoples republic of korea': 'northkorea', 'dprk': 'northkorea', 'north korea': 'northkorea',
  'lao pdr': 'laos', 'lao peoples democratic republic': 'laos', 'syrian arab republic': 'syria', 'kyrgyz republic': 'kyrgyzstan',
  'slovak republic': 'slovakia', 'czech republic': 'czechia', 'cote d ivoire': 'ivorycoast', 'cote divoire': 'ivorycoast',
  // ... and the two a name abbreviates to their initials (United States Steel = US Steel).
  'united states of america': 'us', 'united states': 'us', 'united kingdom': 'uk',
};
export const CANONICAL_PHRASES: ReadonlyArray<{ phrase: Phrase; replacement: readonly string[] }> = Object.entries(PHRASES).map(
  ([words, replacement]) => ({ phrase: words.split(' ').map((w) => [w]), replacement: replacement.split(' ') }),
);

/**
 * Countries and their adjectives (one-word names; words that are also common brand or given
 * names, such as Jordan, Georgia, Turkey, Chad, are left out): places, and the home country a
 * name may end in (Bank Melli Iran, Sberbank of Russia).
 */
export const COUNTRY_WORDS = new Set([
  'usa', 'us', 'america', 'singapore', 'japan', 'korea', 'india', 'uk', 'germany', 'china',
  'afghanistan', 'albania', 'algeria', 'andorra', 'angola', 'argentina', 'argentine', 'armenia', 'australia', 'australian',
  'austria', 'austrian', 'azerbaijan', 'bahamas', 'bahrain', 'bangladesh', 'barbados', 'belarus', 'belgium', 'belgian',
  'belize', 'benin', 'bhutan', 'bolivia', 'bosnia', 'botswana', 'brazil', 'brasil', 'brazilian', 'brunei', 'bulgaria',
  'burkina', 'burundi', 'cambodia', 'cameroon', 'canada', 'canadian', 'chile', 'chilean', 'colombia', 'colombian', 'congo',
  'croatia', 'cuba', 'cyprus', 'czech', 'czechia', 'denmark', 'danish', 'djibouti', 'dominicana', 'ecuador', 'egypt',
  'egyptian', 'eritrea', 'estonia', 'eswatini', 'ethiopia', 'fiji', 'finland', 'finnish', 'france', 'french', 'gabon',
  'gambia', 'ghana', 'greece', 'greek', 'guatemala', 'guyana', 'haiti', 'honduras', 'hungary', 'hungarian', 'iceland',
  'indonesia', 'indonesian', 'iran', 'iranian', 'iraq', 'iraqi', 'ireland', 'irish', 'israel', 'israeli', 'italy', 'italia',
  'italian', 'jamaica', 'japanese', 'kazakhstan', 'kenya', 'korean', 'kosovo', 'kuwait', 'kyrgyzstan', 'laos', 'latvia',
  'lebanon', 'lesotho', 'liberia', 'libya', 'liechtenstein', 'lithuania', 'luxembourg', 'madagascar', 'malawi', 'malaysia',
  'malaysian', 'maldives', 'malta', 'mauritania', 'mauritius', 'mexico', 'mexican', 'moldova', 'monaco', 'montenegro',
  'morocco', 'moroccan', 'mozambique', 'myanmar', 'namibia', 'nepal', 'netherlands', 'dutch', 'nicaragua', 'nigeria',
  'nigerian', 'norway', 'norwegian', 'oman', 'pakistan', 'pakistani', 'panama', 'paraguay', 'peru', 'peruvian', 'philippines',
  'philippine', 'poland', 'polish', 'portugal', 'portuguese', 'qatar', 'romania', 'romanian', 'russia', 'russian', 'rwanda',
  'samoa', 'saudi', 'senegal', 'serbia', 'seychelles', 'slovakia', 'slovenia', 'somalia', 'spain', 'espana', 'spanish',
  'srilanka', 'sudan', 'suriname', 'sweden', 'swedish', 'switzerland', 'swiss', 'syria', 'tajikistan', 'tanzania', 'thailand',
  'thai', 'tunisia', 'turkiye', 'turkish', 'turkmenistan', 'uganda', 'ukraine', 'ukrainian', 'uruguay', 'uzbekistan',
  'venezuela', 'vietnam', 'viet', 'vietnamese', 'yemen', 'zambia', 'zimbabwe', 'emirates', 'uae', 'britain', 'british',
  'england', 'scotland', 'wales', 'deutschland', 'german', 'nederland', 'osterreich', 'schweiz', 'suisse',
  // Countries' long forms, read as one word (PHRASES).
  'northkorea', 'ivorycoast',
]);

/**
 * China's prefecture-level cities, prefectures, autonomous prefectures and leagues (the second
 * level of its divisions, province by province as the Ministry of Civil Affairs lists them, 2024),
 * in Hanyu Pinyin run together as names write them (Maanshan, Pingdingshan), with the
 * conventional spellings names also use (Hohhot, Harbin, Qiqihar, Ordos, Hulunbuir, Shigatse,
 * Chamdo, Nyingchi, Golog, Kashgar, Hotan, Urumqi, Karamay, Turpan; Ngari and Ngawa for Ali and
 * Aba, which are words elsewhere; Ji'an and Lu'an are left out for the same reason). A Chinese
 * company's registered name often leads with its home city ("Shenzhen Mindray", "Foshan Haitian")
 * or ends in it ("Wuliangye Yibin"), and market names drop it.
 */
export const CHINA_CITIES = new Set([
  // Hebei
  'shijiazhuang', 'tangshan', 'qinhuangdao', 'handan', 'xingtai', 'baoding', 'zhangjiakou', 'chengde', 'cangzhou', 'langfang', 'hengshui',
  // Shanxi
  'taiyuan', 'datong', 'yangquan', 'changzhi', 'jincheng', 'shuozhou', 'jinzhong', 'yuncheng', 'xinzhou', 'linfen', 'lvliang', 'luliang',
  // Inner Mongolia
  'hohhot', 'huhehaote', 'baotou', 'wuhai', 'chifeng', 'tongliao', 'ordos', 'eerduosi', 'hulunbuir', 'hulunbeier', 'bayannur', 'bayannaoer',
  'ulanqab', 'wulanchabu', 'hinggan', 'xingan', 'xilingol', 'xilinguole', 'alxa', 'alashan',
  // Liaoning
  'shenyang', 'dalian', 'anshan', 'fushun', 'benxi', 'dandong', 'jinzhou', 'yingkou', 'fuxin', 'liaoyang', 'panjin', 'tieling', 'chaoyang', 'huludao',
  // Jilin
  'changchun', 'jilin', 'siping', 'liaoyuan', 'tonghua', 'baishan', 'songyuan', 'baicheng', 'yanbian',
  // Heilongjiang
  'harbin', 'haerbin', 'qiqihar', 'qiqihaer', 'jixi', 'hegang', 'shuangyashan', 'daqing', 'yichun', 'jiamusi', 'qitaihe', 'mudanjiang', 'heihe',
  'suihua', 'daxinganling',
  // Jiangsu
  'nanjing', 'wuxi', 'xuzhou', 'changzhou', 'suzhou', 'nantong', 'lianyungang', 'huaian', 'yancheng', 'yangzhou', 'zhenjiang', 'taizhou', 'suqian',
  // Zhejiang
  'hangzhou', 'ningbo', 'wenzhou', 'jiaxing', 'huzhou', 'shaoxing', 'jinhua', 'quzhou', 'zhoushan', 'lishui',
  // Anhui
  'hefei', 'wuhu', 'bengbu', 'huainan', 'maanshan', 'huaibei', 'tongling', 'anqing', 'huangshan', 'chuzhou', 'fuyang', 'bozhou', 'chizhou', 'xuancheng',
  // Fujian
  'fuzhou', 'xiamen', 'putian', 'sanming', 'quanzhou', 'zhangzhou', 'nanping', 'longyan', 'ningde',
  // Jiangxi
  'nanchang', 'jingdezhen', 'pingxiang', 'jiujiang', 'xinyu', 'yingtan', 'ganzhou', 'shangrao',
  // Shandong
  'jinan', 'qingdao', 'zibo', 'zaozhuang', 'dongying', 'yantai', 'weifang', 'jining', 'taian', 'weihai', 'rizhao', 'linyi', 'dezhou', 'liaocheng',
  'binzhou', 'heze',
  // Henan
  'zhengzhou', 'kaifeng', 'luoyang', 'pingdingshan', 'anyang', 'hebi', 'xinxiang', 'jiaozuo', 'puyang', 'xuchang', 'luohe', 'sanmenxia', 'nanyang',
  'shangqiu', 'xinyang', 'zhoukou', 'zhumadian', 'jiyuan',
  // Hubei
  'wuhan', 'huangshi', 'shiyan', 'yichang', 'xiangyang', 'ezhou', 'jingmen', 'xiaogan', 'jingzhou', 'huanggang', 'xianning', 'suizhou', 'enshi',
  // Hunan
  'changsha', 'zhuzhou', 'xiangtan', 'hengyang', 'shaoyang', 'yueyang', 'changde', 'zhangjiajie', 'yiyang', 'chenzhou', 'yongzhou', 'huaihua',
  'loudi', 'xiangxi',
  // Guangdong
  'guangzhou', 'shaoguan', 'shenzhen', 'zhuhai', 'shantou', 'foshan', 'jiangmen', 'zhanjiang', 'maoming', 'zhaoqing', 'huizhou', 'meizhou',
  'shanwei', 'heyuan', 'yangjiang', 'qingyuan', 'dongguan', 'zhongshan', 'chaozhou', 'jieyang', 'yunfu',
  // Guangxi
  'nanning', 'liuzhou', 'guilin', 'wuzhou', 'beihai', 'fangchenggang', 'qinzhou', 'guigang', 'yulin', 'baise', 'hezhou', 'hechi', 'laibin', 'chongzuo',
  // Hainan
  'haikou', 'sanya', 'sansha', 'danzhou',
  // Sichuan
  'chengdu', 'zigong', 'panzhihua', 'luzhou', 'deyang', 'mianyang', 'guangyuan', 'suining', 'neijiang', 'leshan', 'nanchong', 'meishan', 'yibin',
  'guangan', 'dazhou', 'yaan', 'bazhong', 'ziyang', 'ngawa', 'garze', 'ganzi', 'liangshan',
  // Guizhou
  'guiyang', 'liupanshui', 'zunyi', 'anshun', 'bijie', 'tongren', 'qiandongnan', 'qiannan', 'qianxinan',
  // Yunnan
  'kunming', 'qujing', 'yuxi', 'baoshan', 'zhaotong', 'lijiang', 'puer', 'lincang', 'chuxiong', 'honghe', 'wenshan', 'xishuangbanna', 'dali',
  'dehong', 'nujiang', 'diqing',
  // Tibet
  'lhasa', 'shigatse', 'rikaze', 'chamdo', 'qamdo', 'changdu', 'nyingchi', 'linzhi', 'shannan', 'nagqu', 'naqu', 'ngari',
  // Shaanxi
  'xian', 'tongchuan', 'baoji', 'xianyang', 'weinan', 'yanan', 'hanzhong', 'ankang', 'shangluo',
  // Gansu
  'lanzhou', 'jiayuguan', 'jinchang', 'baiyin', 'tianshui', 'wuwei', 'zhangye', 'pingliang', 'jiuquan', 'qingyang', 'dingxi', 'longnan', 'linxia', 'gannan',
  // Qinghai
  'xining', 'haidong', 'haibei', 'huangnan', 'golog', 'guoluo', 'yushu', 'haixi',
  // Ningxia
  'yinchuan', 'shizuishan', 'wuzhong', 'guyuan', 'zhongwei',
  // Xinjiang
  'urumqi', 'wulumuqi', 'karamay', 'kelamayi', 'turpan', 'tulufan', 'hami', 'kumul', 'changji', 'bortala', 'bayingolin', 'bayinguoleng',
  'kizilsu', 'kezhou', 'ili', 'yili', 'aksu', 'kashgar', 'kashi', 'hotan', 'hetian', 'tacheng', 'altay', 'aletai',
]);

/**
 * Places: provinces, Xinjiang prefectures and cities, major Chinese cities, and a few countries.
 * A place word never makes a candidate on its own; a place the other name lacks or contradicts
 * separates sister and subsidiary companies (Xiamen Meiya Pico vs Hefei Meiya Optoelectronic).
 */
export const COMPLETABLE_PLACES: ReadonlySet<string> = new Set([
  'china', 'chinese', 'zhongguo', 'prc', 'xinjiang', 'uyghur', 'uighur', 'uygur', 'hongkong', 'hk', 'macau', 'macao', 'taiwan',
  'beijing', 'shanghai', 'tianjin', 'chongqing', 'guangdong', 'guangzhou', 'shenzhen', 'zhuhai', 'dongguan', 'foshan', 'shantou',
  'zhejiang', 'hangzhou', 'ningbo', 'wenzhou', 'shaoxing', 'jiaxing', 'huzhou', 'jinhua', 'taizhou', 'jiangsu', 'nanjing', 'suzhou',
  'wuxi', 'changzhou', 'nantong', 'yangzhou', 'xuzhou', 'lianyungang', 'donghai', 'anhui', 'hefei', 'wuhu', 'fujian', 'xiamen',
  'fuzhou', 'quanzhou', 'jiangxi', 'nanchang', 'shandong', 'jinan', 'qingdao', 'yantai', 'weifang', 'henan', 'zhengzhou', 'luoyang',
  'hubei', 'wuhan', 'yichang', 'hunan', 'changsha', 'hebei', 'shijiazhuang', 'baoding', 'tangshan', 'shanxi', 'taiyuan', 'shaanxi',
  'xian', 'sichuan', 'chengdu', 'yunnan', 'kunming', 'guizhou', 'guiyang', 'guangxi', 'nanning', 'hainan', 'haikou', 'gansu',
  'lanzhou', 'qinghai', 'xining', 'ningxia', 'yinchuan', 'innermongolia', 'mongolia', 'baotou', 'hohhot', 'ordos', 'liaoning',
  'shenyang', 'dalian', 'jilin', 'changchun', 'heilongjiang', 'harbin', 'tibet', 'xizang', 'lhasa',
  'urumqi', 'wulumuqi', 'kashgar', 'kashi', 'hotan', 'hetian', 'aksu', 'turpan', 'tulufan', 'shanshan', 'changji', 'shihezi',
  'korla', 'kuerle', 'yining', 'ili', 'yili', 'hami', 'kumul', 'karamay', 'kelamayi', 'bayingolin', 'bayinguoleng', 'bortala',
  'altay', 'aletai', 'tacheng', 'kizilsu', 'kezhou', 'wujiaqu', 'alar', 'tumxuk', 'beitun', 'kuytun', 'kuitun', 'zhundong',
  'asia', 'asian', 'pacific', 'usa', 'us', 'america', 'europe', 'singapore', 'japan', 'korea', 'india', 'uk', 'germany', 'cayman',
  'bermuda',
  ...COUNTRY_WORDS, 'european',
  'africa', 'african', 'americas', 'latin', 'latam', 'caribbean', 'nordic', 'scandinavia', 'baltic', 'iberia', 'balkan',
  'mideast', 'gulf', 'oceania', 'eurasia', 'emea', 'apac',
]);
/**
 * Places: the table above and every Chinese prefecture-level city. (A cut name's last word is
 * completed to the table above only: a stub such as YUE starts too many city names, Yueyang among them.)
 */
export const PLACES: ReadonlySet<string> = new Set([...COMPLETABLE_PLACES, ...CHINA_CITIES]);

/**
 * China's provinces, autonomous regions and municipalities (first-level divisions). A Chinese
 * company's registered name leads with the one it is registered in ("Anhui Conch Cement",
 * "Jiangsu Hengrui Medicine"), and market names often drop it ("CONCH CEMENT"); a city or county
 * leading the name marks a local company of a group instead ("Donghai JA Solar").
 */
export const CHINA_FIRST_LEVEL = new Set([
  'anhui', 'beijing', 'chongqing', 'fujian', 'gansu', 'guangdong', 'guangxi', 'guizhou', 'hainan', 'hebei', 'heilongjiang',
  'henan', 'hubei', 'hunan', 'innermongolia', 'jiangsu', 'jiangxi', 'jilin', 'liaoning', 'ningxia', 'qinghai', 'shaanxi',
  'shandong', 'shanghai', 'shanxi', 'sichuan', 'tianjin', 'tibet', 'xizang', 'xinjiang', 'yunnan', 'zhejiang',
]);

/**
 * Words common in company names across the market and the list. They count little, never make a
 * candidate alone, and a name made only of them (with places) is never matched by name alone.
 */
export const GENERIC_WORDS = new Set([
  'group', 'holding', 'technology', 'science', 'industry', 'new', 'energy', 'material', 'development', 'investment',
  'international', 'global', 'resource', 'power', 'electric', 'electronic', 'information', 'digital', 'network', 'software',
  'system', 'service', 'trade', 'trading', 'textile', 'chemical', 'mining', 'metal', 'mineral', 'equipment', 'machinery',
  'manufacturing', 'construction', 'engineering', 'environmental', 'environment', 'protection', 'bank', 'banking', 'securities',
  'insurance', 'financial', 'capital', 'asset', 'management', 'communication', 'telecom', 'media', 'culture', 'cultural',
  'agriculture', 'agricultural', 'food', 'foods', 'pharmaceutical', 'medical', 'medicine', 'health', 'healthcare', 'bio',
  'biological', 'biotech', 'biotechnology', 'high', 'hightech', 'intelligent', 'optical', 'optoelectronic', 'semiconductor',
  'solar', 'photovoltaic', 'pv', 'silicon', 'polysilicon', 'steel', 'iron', 'coal', 'oil', 'gas', 'petroleum', 'petrochemical',
  'cement', 'paper', 'apparel', 'garment', 'garments', 'cotton', 'yarn', 'spinning', 'weaving', 'dyeing', 'printing', 'clothing',
  'fashion', 'home', 'real', 'estate', 'property', 'properties', 'land', 'logistics', 'transport', 'transportation', 'shipping',
  'port', 'airlines', 'automobile', 'motor', 'vehicle', 'parts', 'component', 'components', 'precision', 'instrument', 'control',
  'automation', 'aluminum', 'copper', 'gold', 'lithium', 'battery', 'fibre', 'fiber', 'water', 'tourism', 'hotel', 'trust',
  'fund', 'venture', 'enterprise', 'enterprises', 'united', 'general', 'national', 'people', 'peoples', 'state', 'first', 'great',
  'sino', 'east', 'west', 'north', 'south', 'central', 'eastern', 'western', 'northern', 'southern', 'modern', 'future',
  'universal', 'advanced', 'applied', 'research', 'institute', 'academy', 'university', 'school', 'center', 'bureau', 'corps',
  'division', 'regiment', 'farm', 'factory', 'plant', 'works', 'branch', 'office', 'department', 'committee', 'association', 'foundation', 'savings',
  'commission', 'government', 'administration', 'public', 'security', 'autonomous', 'region', 'province', 'city', 'county',
  'prefecture', 'district', 'product', 'import', 'export', 'imp', 'exp', 'supply', 'chain', 'commerce', 'commercial', 'economic',
  'cooperation', 'cooperative', 'consulting', 'education', 'wind', 'clean', 'green', 'renewable', 'hydro', 'nuclear', 'utility',
  'utilities', 'infrastructure', 'communications', 'mobile', 'internet', 'online', 'cloud', 'data', 'video', 'vision',
  'semiconductors', 'material', 'plastic', 'plastics', 'rubber', 'glass', 'electrical', 'appliance', 'appliances', 'household',
  'consumer', 'retail', 'market', 'markets', 'exchange', 'america', 'life', 'sports', 'beverage', 'brewery', 'dairy', 'meat',
  'sugar', 'tomato', 'agri', 'agro', 'livestock', 'seed', 'seeds', 'forestry', 'polymer', 'fertilizer', 'nonferrous',
  'ferrous', 'alloy', 'carbon', 'graphite', 'rare', 'earth', 'drilling', 'exploration', 'pipeline', 'ecological', 'eco',
  'smart', 'tech', 'biology', 'machine', 'machines', 'heavy', 'light', 'industry', 'solutions', 'solution', 'partners',
  'compania', 'headquarters',
  // The honorific of Dutch, British and Nordic companies (Koninklijke Philips = Royal Philips, Royal
  // Unibrew): a title before the name, which fund files often leave out.
  'royal',
  'management', 'union', 'alliance', 'star', 'golden', 'red', 'blue', 'sun', 'century', 'times', 'hua', 'zhong', 'guo',
]);
