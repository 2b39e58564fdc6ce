/**
 * The official download layouts `lists import --from` understands, and where a user gets each
 * file (shown in `lists import --help`, lists/README.md and the list-age warning).
 */
export const IMPORT_FORMATS = ['dhs-uflpa', 'ofac-sdn', 'ofac-cons', 'csl', 'opensanctions-csv', 'opensanctions-ftm'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportSource {
  /** The file to take, as its publisher names it. */
  file: string;
  /** Where to get it. */
  where: string;
}

export const IMPORT_SOURCES: Record<ImportFormat, ImportSource> = {
  'dhs-uflpa': { file: 'the UFLPA Entity List page saved as HTML (browser "Save page as", or curl -o uflpa.html)', where: 'https://www.dhs.gov/uflpa-entity-list' },
  'ofac-sdn': { file: 'SDN.CSV with ALT.CSV and SDN_COMMENTS.CSV beside it (SDN list data files: aliases and long remarks are in those two), or SDN.XML', where: 'https://home.treasury.gov/policy-issues/financial-sanctions/specially-designated-nationals-and-blocked-persons-list-sdn-human-readable-lists' },
  'ofac-cons': { file: 'CONS_PRIM.CSV with CONS_ALT.CSV and CONS_COMMENTS.CSV beside it (Consolidated Sanctions List data files; CMIC rows are program CMIC-EO13959), or CONSOLIDATED.XML', where: 'https://ofac.treasury.gov/consolidated-sanctions-list-non-sdn-lists' },
  csl: { file: 'consolidated.csv (Consolidated Screening List, CSV download)', where: 'https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv' },
  'opensanctions-csv': { file: 'targets.simple.csv of a dataset (bulk data, "simple CSV")', where: 'https://www.opensanctions.org/datasets/' },
  'opensanctions-ftm': { file: 'entities.ftm.json of a dataset (bulk data, FollowTheMoney JSON lines)', where: 'https://www.opensanctions.org/datasets/' },
};

/** Help text: one line per format with the file to take and where. */
export function importSourcesHelp(): string {
  return ['', 'Where to download each format:', ...IMPORT_FORMATS.map((f) => `  ${f.padEnd(18)} ${IMPORT_SOURCES[f].file}\n  ${''.padEnd(18)} ${IMPORT_SOURCES[f].where}`)].join('\n');
}
