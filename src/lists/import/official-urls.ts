/**
 * Canonical https pages of each official list, used as a listing's url when an imported file
 * gives none for the record (documented in lists/README.md).
 */
export const OFAC_SDN_URL =
  'https://home.treasury.gov/policy-issues/financial-sanctions/specially-designated-nationals-and-blocked-persons-list-sdn-human-readable-lists';
export const OFAC_NON_SDN_URL = 'https://home.treasury.gov/policy-issues/financial-sanctions/consolidated-sanctions-list-data-files';
export const OFAC_CMIC_URL = 'https://ofac.treasury.gov/sanctions-programs-and-country-information/chinese-military-companies-sanctions';
export const CSL_URL = 'https://www.trade.gov/consolidated-screening-list';
export const UFLPA_URL = 'https://www.dhs.gov/uflpa-entity-list';
export const CBP_WRO_URL = 'https://www.cbp.gov/trade/forced-labor/withhold-release-orders-and-findings';
/** OpenSanctions entity pages: https://www.opensanctions.org/entities/<id>/ */
export const opensanctionsEntityUrl = (id: string): string => `https://www.opensanctions.org/entities/${encodeURIComponent(id)}/`;
