/**
 * Coverage of the shipped list, per official list, as data (lists/xinjiang.json `coverage`): the
 * date each list is complete to, the official count where a source gives it, and what is known to
 * be missing. Every date and count here comes from ../shared/sources/lists (SUMMARY-3-since-2025.md,
 * PROVENANCE.md); the counts of what the file holds are computed from the generated entities.
 */
import type { Coverage, ListEntity } from '../../src/lists/schema.js';
import { CBP_WRO_URL, OFAC_CMIC_URL, OFAC_SDN_URL, UFLPA_URL } from '../../src/lists/import/official-urls.js';

function count(entities: ListEntity[], list: string, pred: (e: ListEntity) => boolean = () => true): number {
  return entities.filter((e) => e.listings.some((l) => l.list === list) && pred(e)).length;
}

export function buildCoverage(entities: ListEntity[], gaps: readonly string[]): Coverage[] {
  const uflpa = count(entities, 'UFLPA Entity List');
  const uflpa2026 = count(entities, 'UFLPA Entity List', (e) => e.listings.some((l) => l.list === 'UFLPA Entity List' && l.date === '2026-08-03'));
  const newIn2026 = count(entities, 'UFLPA Entity List', (e) => e.listings.filter((l) => l.list === 'UFLPA Entity List').every((l) => l.date === '2026-08-03'));
  const missing2026 = 187 - uflpa;
  const bisLeftOut = gaps.filter((g) => /^BIS 2022-2026: .*only an address/.test(g)).length;
  return [
    {
      list: 'UFLPA Entity List', key: 'uflpa', kind: 'import-ban',
      // USTR, 2025-08-19: "bringing the total to 144" (VERIFIED): no change since the page of 2025-01-14.
      completeTo: '2025-08-19',
      officialEntities: 187, officialAsOf: '2026-08-03',
      missing: `UFLPA: ${uflpa} of 187 after FR 2026-15628; ${missing2026} names of that notice not included. The ${newIn2026} new names and ${uflpa2026 - newIn2026} rename of that notice that are included rest on secondary sources (partial); sub-lists of most 2026 names not seen.`,
      source: UFLPA_URL,
    },
    {
      list: 'BIS Entity List', key: 'bis', kind: 'export-control',
      completeTo: '2026-07-09',
      missing: `Scope: the Xinjiang tranches of 2019-2021 and the 2023-03-28 human-rights rule (FR 2023-06663, reason partial), from a third-party extraction of the eCFR text of 2026-07-09; ${bisLeftOut} later entries whose only Xinjiang link is an address are left out; Hefei Bitland, Nanchang O-Film and the MPS Institute of Forensic Science are absent from that extraction (partial).`,
    },
    {
      list: 'OFAC SDN', key: 'ofac-sdn', kind: 'sanctions',
      completeTo: '2023-01-21',
      missing: `Xinjiang Global Magnitsky designations from a January 2023 copy of SDN.CSV; the 2023-12-08 designations (Gao Qi, Hu Lianhe) from Treasury's release via a secondary source (partial); Sun Jinlong, Peng Jiarui, Shohrat Zakir and Erken Tuniyaz are on the SDN list (GLOMAG) but no stored source shows their designation dates, so they are not listed.`,
      source: OFAC_SDN_URL,
    },
    {
      list: 'OFAC NS-CMIC', key: 'ofac-cmic', kind: 'investment-ban',
      completeTo: '2025-04-21',
      officialEntities: 68, officialAsOf: '2025-04-21',
      missing: 'Scope: the 10 surveillance companies of the 68 CMIC entries in cons_prim.csv of 2025-04-21 (the other 58 are not Xinjiang-specific); changes after 2025-04-21 unknown.',
      source: OFAC_CMIC_URL,
    },
    {
      list: 'CBP WRO', key: 'cbp-wro', kind: 'import-ban',
      completeTo: '2021-06-24',
      missing: 'Entity-specific Xinjiang orders of 2020-05-01 to 2021-06-24; the Hetian Taida order (date unverified) is not listed; CBP Findings and later orders were not searched systematically (none on Xinjiang found).',
      source: CBP_WRO_URL,
    },
    {
      list: 'Norges Bank GPFG exclusion', key: 'gpfg', kind: 'investor-exclusion',
      // Council on Ethics annual report 2024: Li Ning still excluded "as at 31 December 2024".
      completeTo: '2024-12-31',
      missing: 'Only exclusions the Council on Ethics ties to Xinjiang (Li Ning); the 2020 Hikvision recommendation was withdrawn after divestment and is not an exclusion.',
      source: 'https://etikkradet.no/li-ning-co-ltd/',
    },
    {
      list: 'AkademikerPension exclusion', key: 'akademikerpension', kind: 'investor-exclusion',
      completeTo: '2020-11-20',
      missing: 'Only the Hikvision exclusion of 2020-11-20; the investor\'s full exclusion list was not read.',
      source: 'https://akademikerpension.dk/nyheder/vi-ekskluderer-hikvision/',
    },
  ];
}
