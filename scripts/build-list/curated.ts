/**
 * Hand-curated facts the generator adds to the official rows, each traceable to a file in
 * ../shared/sources/lists (named in `from`) and, for relations, to the https page that documents
 * the link. Nothing here is a listing: listings come only from the official-list rows.
 */
import type { Identifier, Relation } from '../../src/lists/schema.js';

/** Ids fixed by the foundation issue (others are slugs of the official name). */
export const PINNED_IDS: Record<string, string> = {
  'Hoshine Silicon Industry Co. Ltd. and Subsidiaries': 'hoshine-silicon',
  'Hangzhou Hikvision Digital Technology Co., Ltd.': 'hikvision',
  'Dahua Technology': 'dahua-technology',
  IFLYTEK: 'iflytek',
  'Xinjiang Daqo New Energy, Co. Ltd': 'xinjiang-daqo-new-energy',
  'Xiamen Meiya Pico Information Co. Ltd.': 'xiamen-meiya-pico',
};

/** Display names where the official text is a short form and a source gives the full name. */
export const DISPLAY_NAMES: Record<string, string> = {
  'hoshine-silicon': 'Hoshine Silicon Industry Co., Ltd.',
  'dahua-technology': 'Zhejiang Dahua Technology Co., Ltd.',
  iflytek: 'iFlytek Co., Ltd.',
  'xinjiang-daqo-new-energy': 'Xinjiang Daqo New Energy Co., Ltd.',
  'xiamen-meiya-pico': 'Xiamen Meiya Pico Information Co., Ltd.',
};

const TUSHARE = 'tushare stock_basic snapshot (henrylin99/stock_web_app, 2026-01-09)';
const partialAshare = (code: string, mic: string, short: string): Identifier => ({
  type: 'ticker', value: code, exchange: mic, country: 'CN', verification: 'partial',
  note: `${code} = ${short} in a ${TUSHARE}; its attribution to this entity is the research's, not an official list's`,
});
const verifiedAshare = (code: string, mic: string, short: string, source?: string): Identifier => ({
  type: 'ticker', value: code, exchange: mic, country: 'CN', verification: 'verified', ...(source ? { source } : {}),
  note: `${code} = ${short} in a ${TUSHARE}`,
});

export interface Enrichment {
  /** Official name (or alias) of the entity this applies to. */
  match: string;
  identifiers?: Identifier[];
  aliases?: string[];
  relations?: Relation[];
  notes?: string;
}

const SEC_DAQO_20F = 'https://www.sec.gov/Archives/edgar/data/1477641/000141057822000624/R10.htm';
const RENEWABLESNOW = 'https://renewablesnow.com/news/us-blocks-exports-to-solar-products-makers-in-xinjiang-import-ban-to-follow-745463/';
const GMTEIGHT_ZIJIN = 'https://gmteight.com/content/detail/225308';
const ITT_NINESTAR = 'https://internationaltradetoday.com/article/2023/06/09/dhs-adding-2-companies-to-uflpa-entity-list-in-first-update-since-release-2306090011';
const ITT_2025 = 'https://internationaltradetoday.com/article/2025/01/14/uflpa-entity-list-now-totals-144-companies-2501140054';
const NNR_2024 = 'https://www.nnrglobal.com/insight/uflpa-forced-labor-list-grows-to-107/';
const KELLEY_2023 = 'https://www.kelleydrye.com/viewpoints/blogs/trade-and-manufacturing-monitor/expansion-of-uflpa-entity-list-and-publication-of-2023-uflpa-strategy-updates';
const GHY_MEILING = 'https://www.ghy.com/trade-compliance/two-more-entities-added-to-forced-labor-list-cbp-updates-website/';
const THOMPSON_HOSHINE_2024 = 'https://www.thompsonhinesmartrade.com/2024/02/chinese-silicon-producer-challenges-forced-labor-finding-at-u-s-court-of-international-trade/';

const sub = (name: string, source: string, note?: string): Relation => ({ type: 'subsidiary-of', name, aliases: [], identifiers: [], source, ...(note ? { note } : {}) });
const parent = (name: string, source: string, note?: string): Relation => ({ type: 'parent-of', name, aliases: [], identifiers: [], source, ...(note ? { note } : {}) });

/** security_identifiers.csv, ashare_codes_extract_*.csv and pages_excerpts_log.md, per entity. */
export const ENRICHMENTS: Enrichment[] = [
  {
    match: 'Hoshine Silicon Industry Co. Ltd. and Subsidiaries',
    aliases: ['合盛硅业'],
    identifiers: [verifiedAshare('603260', 'XSHG', '合盛硅业', RENEWABLESNOW)],
    relations: [
      parent('Hoshine Silicon Industry (Shanshan) Co., Ltd.', RENEWABLESNOW, 'Listed itself (BIS 2021-06-24; UFLPA 2022-06-21)'),
      parent('Hoshine Silicon (Jia Xing) Industry Co., Ltd.', THOMPSON_HOSHINE_2024, 'Wholly owned subsidiary; challenged the 2021 WRO at the USCIT (2024-02-20)'),
    ],
  },
  {
    match: 'Hoshine Silicon Industry (Shanshan) Co., Ltd and subsidiaries',
    relations: [sub('Hoshine Silicon Industry Co., Ltd.', RENEWABLESNOW, 'Listed parent: Shanghai 603260')],
  },
  { match: 'Hangzhou Hikvision Digital Technology Co., Ltd.', aliases: ['海康威视'] },
  { match: 'Dahua Technology', identifiers: [partialAshare('002236', 'XSHE', '大华股份')] },
  { match: 'IFLYTEK', identifiers: [partialAshare('002230', 'XSHE', '科大讯飞')] },
  {
    match: 'Xinjiang Daqo New Energy, Co. Ltd',
    aliases: ['大全能源'],
    identifiers: [{ ...verifiedAshare('688303', 'XSHG', '大全能源 (listed 2021-07-22)', SEC_DAQO_20F), note: '688303 = 大全能源, listed 2021-07-22, in a tushare stock_basic snapshot; Daqo New Energy Corp.\'s 2021 Form 20-F reports Xinjiang Daqo\'s IPO on the Shanghai STAR market on 22 July 2021' }],
    relations: [{ ...sub('Daqo New Energy Corp.', SEC_DAQO_20F, 'Major operating subsidiary per Daqo New Energy Corp.\'s 2021 Form 20-F'), identifiers: [{ type: 'ticker', value: 'DQ', exchange: 'XNYS', country: 'US' }] }],
  },
  { match: 'Xiamen Meiya Pico Information Co. Ltd.', aliases: ['国投智能'], notes: 'The A-share 300188 now trades as 国投智能.' },
  { match: 'DAWNING INFORMATION INDUSTRY CO., LTD', aliases: ['中科曙光'] },
  { match: 'LEON TECHNOLOGY COMPANY LIMITED', aliases: ['立昂技术'] },
  {
    match: 'SENSETIME GROUP LIMITED',
    identifiers: [{ type: 'ticker', value: '0020', exchange: 'XHKG', country: 'HK', verification: 'partial', note: 'HKEX 0020 (SENSETIME-W) per third-party index-constituent files, not an official list' }],
  },
  { match: 'Xinjiang Zhongtai Chemical Co. Ltd.', aliases: ['中泰化学'], identifiers: [verifiedAshare('002092', 'XSHE', '中泰化学')], relations: [sub('Xinjiang Zhongtai Group Co. Ltd', 'https://www.thompsonhinesmartrade.com/2023/09/dhs-adds-three-xinjiang-entities-to-uflpa-list/', 'The group is listed itself (UFLPA 2023-09-27)')] },
  { match: 'Ninestar Corporation', aliases: ['纳思达'], identifiers: [verifiedAshare('002180', 'XSHE', '纳思达', 'https://investorscraft.com/stocks/002180.sz')] },
  { match: 'Chenguang Biotech Group Co., Ltd.', identifiers: [partialAshare('300138', 'XSHE', '晨光生物')] },
  { match: 'Chenguang Biotechnology Group Yanqi Co. Ltd.', relations: [sub('Chenguang Biotech Group Co., Ltd.', KELLEY_2023)] },
  { match: 'Camel Group Co., Ltd.', identifiers: [partialAshare('601311', 'XSHG', '骆驼股份')] },
  { match: 'COFCO Sugar Holdings Co., Ltd.', identifiers: [partialAshare('600737', 'XSHG', '中粮糖业')] },
  { match: 'Huafu Fashion Co., Ltd.', aliases: ['华孚时尚'], identifiers: [verifiedAshare('002042', 'XSHE', '华孚时尚')] },
  {
    match: 'Changhong Meiling Co., Ltd.',
    identifiers: [partialAshare('000521', 'XSHE', '长虹美菱')],
    relations: [{ type: 'renamed-from', name: 'Hefei Meiling Co., Ltd.', aliases: [], identifiers: [], source: GHY_MEILING }],
  },
  { match: 'Xinjiang Zhonghe Co., Ltd.', aliases: ['新疆众和'], identifiers: [verifiedAshare('600888', 'XSHG', '新疆众和')] },
  { match: 'Western Gold Co., Ltd.', identifiers: [partialAshare('601069', 'XSHG', '西部黄金')], relations: [sub('Xinjiang Nonferrous Metals Industry Group Co., Ltd.', NNR_2024)] },
  { match: 'Western Gold Hami Gold Mine Co., Ltd.', relations: [sub('Xinjiang Nonferrous Metals Industry Group Co., Ltd.', NNR_2024)] },
  { match: 'Western Gold Karamay Hatu Gold Mine Co., Ltd.', relations: [sub('Xinjiang Nonferrous Metals Industry Group Co., Ltd.', NNR_2024)] },
  {
    match: 'Zijin Mining Group Co., Ltd.',
    aliases: ['紫金矿业'],
    identifiers: [
      verifiedAshare('601899', 'XSHG', '紫金矿业', GMTEIGHT_ZIJIN),
      { type: 'ticker', value: '2899', exchange: 'XHKG', country: 'HK', verification: 'verified', source: GMTEIGHT_ZIJIN, note: 'Zijin Mining Group (02899) announcement' },
    ],
  },
  ...['Xinjiang Zijin Nonferrous Metals Co., Ltd.', 'Xinjiang Habahe Ashele Copper Co., Ltd.', 'Xinjiang Jinbao Mining Co., Ltd.', 'Xinjiang Zijin Zinc Industry Co., Ltd.'].map(
    (match): Enrichment => ({ match, relations: [sub('Zijin Mining Group Co., Ltd.', GMTEIGHT_ZIJIN, 'Named as a subsidiary in Zijin Mining Group\'s HKEX announcement of 2025-01-15')] }),
  ),
  ...['Zhuhai Apex Microelectronics Co., Ltd.', 'Zhuhai G&G Digital Technology Co., Ltd.', 'Zhuhai Ninestar Information Technology Co. Ltd.', 'Zhuhai Ninestar Management Co., Ltd.', 'Zhuhai Pantum Electronics Co. Ltd.', 'Zhuhai Pu-Tech Industrial Co., Ltd.', 'Zhuhai Seine Printing Technology Co., Ltd.', 'Geehy Semiconductor Co., Ltd.'].map(
    (match): Enrichment => ({ match, relations: [sub('Ninestar Corporation', ITT_NINESTAR, 'One of "Ninestar Corporation and its eight Zhuhai-based subsidiaries" (UFLPA 2023-06-12)')] }),
  ),
  { match: 'Xinjiang Energy (Group) Real Estate Co., Ltd', relations: [sub('Xinjiang Energy (Group) Co., Ltd.', ITT_2025)] },
  { match: 'TBEA Co., Ltd.', identifiers: [partialAshare('600089', 'XSHG', '特变电工')] },
  { match: 'Fujian Septwolves', identifiers: [partialAshare('002029', 'XSHE', '七匹狼')] },
  { match: 'Chacha Food', identifiers: [partialAshare('002557', 'XSHE', '洽洽食品')] },
  { match: 'Xinjiang Jinchuan Mining Industry Co.', notes: 'A gold miner owned by Shandong Gold (secondary source); not Jinchuan Group (the nickel and cobalt producer) and not KTK Group (alias Jiangsu Jinchuang Group).' },
  { match: 'KTK Group', identifiers: [{ ...partialAshare('603680', 'XSHG', '今创集团'), note: '603680 = 今创集团 in a tushare stock_basic snapshot; KTK Group = 今创集团 is from the research\'s memory (UNVERIFIED mapping)' }] },
  { match: 'Hongyuan Green Energy Co., Ltd.', identifiers: [{ ...partialAshare('603185', 'XSHG', '弘元绿能'), note: '603185 = 弘元绿能 in a tushare stock_basic snapshot; the mapping to Hongyuan Green Energy is from the research\'s memory' }] },
  { match: 'Baowu Group Xinjiang Bayi Iron and Steel Co., Ltd.', identifiers: [{ ...partialAshare('600581', 'XSHG', '八一钢铁'), note: '600581 = 八一钢铁 (area 新疆) in a tushare stock_basic snapshot; the mapping to this entity is from the research\'s memory' }] },
];

/** Official spellings on one list for an entity named differently on another (same identity). */
export const SAME_AS: Record<string, string> = {
  'Lop County Meixin Hair Product Co. Ltd.': 'Lop County Meixin Hair Products Co., Ltd.',
  'Lop County No. 4 Vocational Skills Education and Training Center': 'No. 4 Vocation Skills Education Training Center (VSETC)',
  'Hefei Bitland Information Technology Co., Ltd. (Anhui)': 'Hefei Bitland Information Technology Co., Ltd.',
  'Xinjiang Production and Construction Corps (XPCC) and its subordinates': 'Xinjiang Production and Construction Corps and its subordinate and affiliated entities',
  'XINJIANG PRODUCTION AND CONSTRUCTION CORPS': 'Xinjiang Production and Construction Corps and its subordinate and affiliated entities',
  'Xinjiang Production and Construction Corps (XPCC) and its subordinate and affiliated entities': 'Xinjiang Production and Construction Corps and its subordinate and affiliated entities',
  'Xinjiang Production and Construction Corps (XPCC)': 'Xinjiang Production and Construction Corps and its subordinate and affiliated entities',
};
