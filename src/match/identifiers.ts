/**
 * Identifiers as the matcher compares them (cleaned, check-digit validated, bridged): they live
 * in the identifier registry, src/reference/identifiers.ts, shared with readers, lists and reports.
 */
export { bridgedIds, checkId, cleanId, isValidFigi, type FundIdField, type IdCheck, type IdType } from '../reference/identifiers.js';
