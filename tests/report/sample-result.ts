/**
 * A ScreenResult built from real facts: rows of the real iShares EEM (2025-01) and Vanguard VT
 * (2020-09-30) files in ../shared/sources/holdings (line numbers, values and shares as written
 * there), and the entities' official listings as recorded in lists/xinjiang.json. The row counts
 * are those of the two files. Used by the golden-file and renderer tests.
 */
import { createHash } from 'node:crypto';
import type { Position } from '../../src/holdings/position.js';
import type { ListEntity } from '../../src/lists/schema.js';
import type { Match, MatchMethod, RelationKind, Tier } from '../../src/match/types.js';
import { computeExposure } from '../../src/screen/exposure.js';
import type { Finding, ScreenResult } from '../../src/screen/result.js';

const FR_2019_22210 = 'https://federalregister.gov/d/2019-22210';
const OCT_2019 = 'EAR Supp. No. 4 to Part 744 (Xinjiang, Oct 2019 tranche)';
const CMIC_URL = 'https://ofac.treasury.gov/sanctions-programs-and-country-information/chinese-military-companies-sanctions';

function entity(id: string, name: string, listings: ListEntity['listings']): ListEntity {
  return { id, name, type: 'company', aliases: [], identifiers: [], listings, relations: [] };
}

export const ENTITIES = {
  hoshine: entity('hoshine-silicon', 'Hoshine Silicon Industry Co., Ltd.', [
    {
      list: 'CBP WRO',
      program: 'Withhold Release Order: silica-based products and downstream goods',
      date: '2021-06-24',
      citation: '19 U.S.C. 1307 Withhold Release Order on Hoshine Silicon Industry Co. Ltd. and Subsidiaries (2021-06-24)',
      url: 'https://www.cbp.gov/trade/programs-administration/forced-labor/hoshine-silicon-industry-co-ltd-withhold-release-order-frequently-asked-questions',
      verification: 'verified',
    },
  ]),
  hikvision: entity('hikvision', 'Hangzhou Hikvision Digital Technology Co., Ltd.', [
    { list: 'BIS Entity List', program: OCT_2019, date: '2019-10-09', citation: 'FR Doc 2019-22210; 84 FR 54004, 10/9/19; 85 FR 34505, 6/5/20; 85 FR 44161, 7/22/20', url: FR_2019_22210, verification: 'verified' },
    { list: 'OFAC NS-CMIC', program: 'CMIC-EO13959', date: '2021-06-03', citation: 'E.O. 13959 as amended by E.O. 14032; Non-SDN CMIC List, Listing Date (CMIC) 03 Jun 2021, Effective Date (CMIC) 02 Aug 2021', url: CMIC_URL, verification: 'verified' },
  ]),
  dahua: entity('dahua-technology', 'Zhejiang Dahua Technology Co., Ltd.', [
    { list: 'BIS Entity List', program: OCT_2019, date: '2019-10-09', citation: 'FR Doc 2019-22210; 84 FR 54004, 10/9/19; 85 FR 44159, 7/22/20; 87 FR 62202, 10/13/22', url: FR_2019_22210, verification: 'verified' },
  ]),
  iflytek: entity('iflytek', 'iFlytek Co., Ltd.', [
    { list: 'BIS Entity List', program: OCT_2019, date: '2019-10-09', citation: 'FR Doc 2019-22210; 84 FR 54004, 10/9/19; 85 FR 44159, 7/22/20; 87 FR 62202, 10/13/22', url: FR_2019_22210, verification: 'verified' },
  ]),
  daqo: entity('xinjiang-daqo-new-energy', 'Xinjiang Daqo New Energy Co., Ltd.', [
    { list: 'BIS Entity List', program: 'EAR Supp. No. 4 to Part 744 (forced labor, Jun 2021)', date: '2021-06-24', citation: '86 FR 33120, 6/24/21 (FR Doc 2021-13395)', url: 'https://www.govinfo.gov/content/pkg/FR-2021-06-24/html/2021-13395.htm', verification: 'verified' },
    { list: 'UFLPA Entity List', program: 'UFLPA 2(d)(2)(B)(i)', date: '2022-06-21', citation: 'Initial UFLPA Entity List (effective 2022-06-21, published by FLETF with the UFLPA Strategy)', url: 'https://www.dhs.gov/uflpa-entity-list', verification: 'verified' },
  ]),
  meiya: entity('xiamen-meiya-pico', 'Xiamen Meiya Pico Information Co., Ltd.', [
    { list: 'BIS Entity List', program: OCT_2019, date: '2019-10-09', citation: 'FR Doc 2019-22210; 84 FR 54004, 10/9/19; 85 FR 44161, 7/22/20', url: FR_2019_22210, verification: 'verified' },
    { list: 'OFAC NS-CMIC', program: 'CMIC-EO13959', date: '2021-12-16', citation: 'E.O. 13959 as amended by E.O. 14032; Non-SDN CMIC List, Listing Date (CMIC) 16 Dec 2021, Effective Date (CMIC) 14 Feb 2022', url: CMIC_URL, verification: 'verified' },
  ]),
} satisfies Record<string, ListEntity>;

/** Not the shipped list's hash (that changes with every list update): a stable stand-in. */
const FIXTURE_SHA256 = createHash('sha256').update('fundscreen report test fixture').digest('hex');

export const EEM = 'ishares/EEM_holdings__ViktorLor_2025-01.csv';
export const VT = 'vanguard/VT_Holdings_details_Total_World_Stock_ETF_2020-09-30.csv';
const EEM_FUND = 'iShares MSCI Emerging Markets ETF';
const VT_FUND = 'Total World Stock ETF (VT)';

type PositionInput = Partial<Position> & Pick<Position, 'source' | 'line' | 'issuer'>;

export function position(p: PositionInput): Position {
  return {
    kind: 'position', fund: null, family: null, title: null, ids: {}, assetClass: 'Equity',
    shares: null, value: null, weightPct: null, ...p,
  };
}

export function match(e: ListEntity, tier: Tier, method: MatchMethod, alias: string, explanation: string, relation: RelationKind = 'direct', score = 1): Match {
  return { entity: e, listPath: 'lists/xinjiang.json', relation, tier, method, score, alias, explanation, evidence: [] };
}

function eem(line: number, ticker: string, issuer: string, exchange: string, amount: number, weightPct: number, shares: number): Position {
  return position({ source: EEM, line, fund: EEM_FUND, issuer, ids: { ticker, exchange, country: 'China' }, shares, value: { amount, currency: 'USD' }, weightPct, tradingCurrency: 'CNY' });
}

/** VT writes "$" amounts and, for each of these rows, the weight "<0.01%". */
function vt(line: number, sedol: string, issuer: string, ticker: string, amount: number, shares: number): Position {
  return position({ source: VT, line, fund: VT_FUND, issuer, ids: { sedol, ticker, country: 'CN' }, shares, value: { amount, currency: 'USD' }, weightPct: null, weightBound: '<0.01' });
}

export function sampleFindings(): Finding[] {
  const f = (position: Position, m: Match): Finding => ({ position, match: m, suppressed: null });
  const { hoshine, hikvision, dahua, iflytek, daqo, meiya } = ENTITIES;
  return [
    f(eem(919, '002230', 'IFLYTEK LTD A', 'Shenzhen Stock Exchange', 1957011.4, 0.01, 299219), match(iflytek, 'confirmed', 'ticker', '002230', 'ticker 002230 on Shenzhen Stock Exchange is a listed identifier of iFlytek Co., Ltd.')),
    f(eem(1042, '603260', 'HOSHINE SILICON INDUSTRY LTD A', 'Shanghai Stock Exchange', 1008626.83, 0.01, 139200), match(hoshine, 'confirmed', 'ticker', '603260', 'ticker 603260 on Shanghai Stock Exchange is a listed identifier of Hoshine Silicon Industry Co., Ltd.')),
    f(eem(1054, '002236', 'ZHEJIANG DAHUA TECHNOLOGY LTD A', 'Shenzhen Stock Exchange', 963373.09, 0.01, 468784), match(dahua, 'confirmed', 'ticker', '002236', 'ticker 002236 on Shenzhen Stock Exchange is a listed identifier of Zhejiang Dahua Technology Co., Ltd.')),
    f(eem(1121, '688303', 'XINJIANG DAQO NEW ENERGY LTD A', 'Shanghai Stock Exchange', 744124.45, 0, 234142), match(daqo, 'confirmed', 'ticker', '688303', 'ticker 688303 on Shanghai Stock Exchange is a listed identifier of Xinjiang Daqo New Energy Co., Ltd.')),
    f(vt(2074, 'BD5CPQ2', 'Hangzhou Hikvision Digital Technology Co. Ltd.', '002415', 1301915.4, 231300), match(hikvision, 'probable', 'name', 'Hangzhou Hikvision Digital Technology Co., Ltd.', 'issuer name equals the listed name after normalising legal form and punctuation', 'direct', 0.98)),
    f(vt(4657, 'B953PM3', 'Daqo New Energy Corp.', 'DQ', 309699.6, 2290), match(daqo, 'probable', 'name', 'Daqo New Energy Corp.', 'issuer is Daqo New Energy Corp., documented parent of the listed Xinjiang Daqo New Energy Co., Ltd.', 'parent', 1)),
    f(vt(4898, 'BD5CNN5', 'Iflytek Co. Ltd.', '002230', 276150.65, 54600), match(iflytek, 'probable', 'name', 'iFlytek Co., Ltd.', 'issuer name equals the listed name after normalising legal form and punctuation', 'direct', 0.97)),
    f(vt(5292, 'BD5CNJ1', 'Zhejiang Dahua Technology Co. Ltd.', '002236', 226130.76, 74600), match(dahua, 'probable', 'name', 'Zhejiang Dahua Technology Co., Ltd.', 'issuer name equals the listed name after normalising legal form and punctuation', 'direct', 0.98)),
    f(vt(6932, 'BD5CBQ4', 'Xiamen Meiya Pico Information Co. Ltd.', '300188', 109130.06, 37200), match(meiya, 'probable', 'name', 'Xiamen Meiya Pico Information Co., Ltd.', 'issuer name equals the listed name after normalising legal form and punctuation', 'direct', 0.98)),
  ];
}

/** The two real funds: EEM (weights and values in USD) and VT (values in USD, weights "<0.01%"). */
export function sampleResult(findings: Finding[] = sampleFindings()): ScreenResult {
  return withExposure({
    tool: { name: 'fundscreen', version: '0.1.0' },
    generatedAt: '2026-11-26T16:00:00.000Z',
    lists: [{ id: 'xinjiang', version: '2024-11-25', entities: 6, sha256: FIXTURE_SHA256, path: 'lists/xinjiang.json' }],
    inputs: [],
    funds: [
      {
        source: EEM, fund: EEM_FUND, family: null, asOf: '2025-01-17', format: 'ishares-us',
        // sha256sum of the shared file (../shared/sources/holdings/ishares/EEM_holdings__ViktorLor_2025-01.csv)
        sha256: 'ae99d84077dbc79ec082967258a4e96247810e1dc149a66c2a2da12a1ec31322',
        rows: { read: 1243, screened: 1213, excluded: 30, skipped: 0 },
        screenedValue: [{ amount: 15561393094.84, currency: 'USD' }],
      },
      {
        source: VT, fund: VT_FUND, family: null, asOf: '2020-09-30', format: 'vanguard',
        sha256: '21f16901c14df259e3053b0c14bdfffa290b2040a9e30b2b09439031658999f3',
        rows: { read: 8793, screened: 8787, excluded: 6, skipped: 0 },
        screenedValue: [{ amount: 20169702867.77, currency: 'USD' }],
      },
    ],
    findings,
    skipped: [],
    errors: [],
    warnings: [],
  });
}

/** A result with its exposure worked out, as screen() returns it; call again after changing funds or findings. */
export function withExposure(r: Omit<ScreenResult, 'exposure'>): ScreenResult {
  return { ...r, exposure: computeExposure(r) };
}
