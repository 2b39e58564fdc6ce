/** The official download layouts `lists import --from` understands. */
export const IMPORT_FORMATS = ['ofac-sdn', 'ofac-cons', 'csl', 'opensanctions-csv', 'opensanctions-ftm'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
