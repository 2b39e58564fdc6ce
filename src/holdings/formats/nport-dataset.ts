/**
 * SEC Form N-PORT quarterly data set (a directory, its .zip, or its FUND_REPORTED_HOLDING.tsv):
 * every holding of every fund that filed in the quarter. FUND_REPORTED_HOLDING.tsv (~900 MB in a
 * real quarter) is streamed, never loaded; the join tables are read first:
 *   SUBMISSION.tsv          ACCESSION_NUMBER -> REPORT_DATE (as-of, `30-APR-2026`)
 *   REGISTRANT.tsv          ACCESSION_NUMBER -> REGISTRANT_NAME (fund family; fund name fallback)
 *   FUND_REPORTED_INFO.tsv  ACCESSION_NUMBER -> SERIES_NAME (fund name; literal N/A -> registrant)
 *   IDENTIFIERS.tsv         HOLDING_ID -> ISIN, ticker, a held fund's series/class id (sec/identifier-index.ts)
 *   MONTHLY_TOTAL_RETURN.tsv ACCESSION_NUMBER -> CLASS_ID, one row per share class (optional: the
 *                           fund's class ids, for look-through joins by class id)
 * Each holdings row becomes one record (sec/nport-holding.ts) carrying its fund and family;
 * `source`/`line` point into FUND_REPORTED_HOLDING.tsv. CURRENCY_VALUE is the filing's valUSD
 * (the XML has no other value field), so it is the market value in dollars.
 */
import { InputError } from '../../errors.js';
import { cappedRowText, MAX_FIELD_CHARS } from '../delimited.js';
import type { FundIdentity, HoldingsMeta, HoldingsReader, HoldingsRecord, ReadOptions } from '../position.js';
import { parseDate, textOrNull } from '../values.js';
import { asOfFrom, detach, forEachRow, hasMember, headerIndex, readDataset, readKeyed, tsvBatches, type Dataset } from './sec/dataset.js';
import { cleanId, fundIdFromOther, isClassId } from '../../reference/identifiers.js';
import { IdentifierIndex } from './sec/identifier-index.js';
import { nportRecord, type NportRawHolding } from './sec/nport-holding.js';

const HOLDINGS = 'FUND_REPORTED_HOLDING.tsv';

/** Raw field (see NportRawHolding) -> [holdings column, field name shown in meta.columns]. */
const COLUMNS = {
  name: ['ISSUER_NAME', 'issuer'], lei: ['ISSUER_LEI', 'lei'], title: ['ISSUER_TITLE', 'title'],
  cusip: ['ISSUER_CUSIP', 'cusip'], balance: ['BALANCE', 'shares'], units: ['UNIT', 'units'],
  currency: ['CURRENCY_CODE', 'tradingCurrency'], valUSD: ['CURRENCY_VALUE', 'marketValue'], pctVal: ['PERCENTAGE', 'weightPct'],
  assetCat: ['ASSET_CAT', 'assetClass'], otherAsset: ['OTHER_ASSET', 'assetClassOther'],
  country: ['INVESTMENT_COUNTRY', 'country'], derivCat: ['DERIVATIVE_CAT', 'derivative'],
} as const;

/** Field `i` of a row, undefined when the file has no such column. */
const at = (row: string[], i: number): string | undefined => (i >= 0 ? row[i] : undefined);

export function isNportDatasetDir(path: string): Promise<boolean> {
  return hasMember(path, HOLDINGS);
}

async function readIdentifiers(ds: Dataset, warnings: string[]): Promise<IdentifierIndex | null> {
  const member = ds.member('IDENTIFIERS.tsv');
  if (!member) {
    warnings.push('IDENTIFIERS.tsv is missing: ISINs and tickers are missing; holdings are matched by name, CUSIP and LEI only');
    return null;
  }
  const index = new IdentifierIndex();
  const complete = await forEachRow(member, ['HOLDING_ID', 'IDENTIFIER_ISIN', 'IDENTIFIER_TICKER', 'OTHER_IDENTIFIER', 'OTHER_IDENTIFIER_DESC'], warnings, (cols) => {
    if (cols[0] >= 0) return true;
    warnings.push(`${member.source}: no HOLDING_ID column: ISINs and tickers are missing`);
    return false;
  }, (row, cols) => index.add(row[cols[0]] ?? '', row[cols[1]], row[cols[2]], fundIdFromOther(row[cols[3]], row[cols[4]])));
  if (!complete) return null;
  index.finish();
  return index;
}

/** Each filing's share-class ids (MONTHLY_TOTAL_RETURN.CLASS_ID, Item B.5.a: one row per class),
 *  by accession; null when the table is absent (it only serves look-through joins by class id). */
async function readClassIds(ds: Dataset, warnings: string[]): Promise<Map<string, string[]> | null> {
  const member = ds.member('MONTHLY_TOTAL_RETURN.tsv');
  if (!member) return null;
  const out = new Map<string, string[]>();
  const complete = await forEachRow(member, ['ACCESSION_NUMBER', 'CLASS_ID'], warnings, (cols) => {
    if (cols.every((c) => c >= 0)) return true;
    warnings.push(`${member.source}: no ACCESSION_NUMBER or CLASS_ID column: funds are not known by their class ids`);
    return false;
  }, (row, cols) => {
    const acc = row[cols[0]]?.trim();
    const classId = cleanId(row[cols[1]] ?? '');
    if (!acc || !isClassId(classId)) return;
    const ids = out.get(acc);
    if (!ids) out.set(detach(acc), [detach(classId)]);
    else if (!ids.includes(classId)) ids.push(detach(classId));
  });
  if (!complete) return null;
  return out;
}

/** Each filing's fund with its series id and LEI (FUND_REPORTED_INFO) and class ids, for look-through joins. */
function fundIdentities(
  accessions: Set<string>,
  fundOf: (acc: string) => { fund: string | null; family: string | null; asOf: string | null },
  infos: Map<string, Record<string, string>> | null,
  classIds: Map<string, string[]> | null,
): FundIdentity[] {
  const out: FundIdentity[] = [];
  for (const acc of accessions) {
    const f = fundOf(acc);
    if (!f.fund) continue;
    const seriesId = textOrNull(infos?.get(acc)?.SERIES_ID);
    const lei = textOrNull(infos?.get(acc)?.SERIES_LEI);
    const classes = classIds?.get(acc);
    out.push({ fund: f.fund, family: f.family, asOf: f.asOf, ...(seriesId ? { seriesId } : {}), ...(lei ? { lei } : {}), ...(classes ? { classIds: classes } : {}) });
  }
  return out;
}

export function readNportDataset(path: string, opts: ReadOptions): Promise<HoldingsReader> {
  return readDataset(path, opts.cwd, (ds) => read(ds, opts));
}

async function read(ds: Dataset, opts: ReadOptions): Promise<HoldingsReader> {
  const holdings = ds.member(HOLDINGS);
  if (!holdings) {
    throw new InputError(ds.path, `no ${HOLDINGS}: not an N-PORT data set (expected ${HOLDINGS} with IDENTIFIERS.tsv, FUND_REPORTED_INFO.tsv, REGISTRANT.tsv, SUBMISSION.tsv)`);
  }
  const warnings: string[] = [];
  const meta: HoldingsMeta = {
    source: holdings.source, format: 'nport-dataset', fund: null, asOf: null, encoding: 'utf-8', delimiter: '\t',
    headerLine: 1, columns: {}, warnings,
  };
  // Small tables first, then IDENTIFIERS, then the big one: each member is read once.
  const submissions = await readKeyed(ds, 'SUBMISSION.tsv', 'ACCESSION_NUMBER', ['REPORT_DATE'], warnings);
  const registrants = await readKeyed(ds, 'REGISTRANT.tsv', 'ACCESSION_NUMBER', ['REGISTRANT_NAME'], warnings);
  const infos = await readKeyed(ds, 'FUND_REPORTED_INFO.tsv', 'ACCESSION_NUMBER', ['SERIES_NAME'], warnings, ['SERIES_ID', 'SERIES_LEI']);
  if (!registrants) warnings.push('REGISTRANT.tsv is missing: no fund family');
  if (!infos) warnings.push('FUND_REPORTED_INFO.tsv is missing: fund names fall back to the registrant');
  meta.asOf = asOfFrom(submissions, 'REPORT_DATE', warnings);
  const identifiers = await readIdentifiers(ds, warnings);

  const funds = new Map<string, { fund: string | null; family: string | null; asOf: string | null }>();
  let unknownAccessions = 0;
  const fundOf = (acc: string) => {
    let f = funds.get(acc);
    if (!f) {
      const family = textOrNull(registrants?.get(acc)?.REGISTRANT_NAME);
      // Each filing has its own report date: a fund's as-of is its own, not the data set's latest.
      f = { fund: textOrNull(infos?.get(acc)?.SERIES_NAME) ?? family, family, asOf: parseDate(submissions?.get(acc)?.REPORT_DATE) ?? meta.asOf };
      if (!f.fund) unknownAccessions++;
      funds.set(detach(acc), f);
    }
    return f;
  };
  const accessions = new Set([...(infos?.keys() ?? []), ...(registrants?.keys() ?? [])]);
  if (accessions.size === 1) meta.fund = fundOf([...accessions][0]).fund;
  meta.fundIdentities = fundIdentities(accessions, fundOf, infos, await readClassIds(ds, warnings));

  const batches = tsvBatches(holdings, warnings, opts.onBytes);
  const firstBatch = await batches.next();
  const header = firstBatch.done ? null : firstBatch.value.rows[0];
  if (!header) throw new InputError(holdings.source, 'empty file: no header line');
  const h = headerIndex(header);
  const missing = ['ACCESSION_NUMBER', 'HOLDING_ID', 'ISSUER_NAME'].filter((c) => !h.has(c));
  if (missing.length) throw new InputError(holdings.source, `header lacks ${missing.join(', ')}: not FUND_REPORTED_HOLDING.tsv`, 1);
  const col = (name: string) => h.get(name) ?? -1;
  const iAcc = col('ACCESSION_NUMBER');
  const iHolding = col('HOLDING_ID');
  /** Column index of each raw field (-1: the file has no such column). */
  const c = Object.fromEntries(Object.entries(COLUMNS).map(([field, [name]]) => [field, col(name)])) as Record<keyof typeof COLUMNS, number>;
  const present = Object.values(c).filter((i) => i >= 0);
  for (const [, [name, shown]] of Object.entries(COLUMNS)) if (h.has(name)) meta.columns[shown] = header[col(name)];
  if (identifiers) {
    meta.columns.isin = 'IDENTIFIERS.IDENTIFIER_ISIN';
    meta.columns.ticker = 'IDENTIFIERS.IDENTIFIER_TICKER';
  }
  const names: string[] = header;
  const width = names.length;
  const source = holdings.source;

  function toRecord(row: string[] | null, line: number, heads?: Map<number, string>): HoldingsRecord | null {
    if (row === null) {
      const head = heads?.get(line);
      return head ? { kind: 'skipped', source, line, reason: `line longer than the size cap (only its first ${head.length} characters searched for listed companies)`, text: head } : { kind: 'skipped', source, line, reason: 'line longer than the size cap' };
    }
    if (row.length === 1 && row[0].trim() === '') return null; // blank line: not a row
    if (row.length !== width) return { kind: 'skipped', source, line, reason: `${row.length} fields where the header has ${width}`, text: cappedRowText(row, '\t') };
    const { fund, family, asOf } = fundOf(row[iAcc].trim());
    for (let k = 0; k < present.length; k++) {
      const i = present[k];
      if (row[i].length > MAX_FIELD_CHARS) return { kind: 'skipped', source, line, reason: `${names[i]} longer than ${MAX_FIELD_CHARS} characters`, text: cappedRowText(row, '\t') };
    }
    // One literal, fields in COLUMNS order (a skipped row's text lists them in this order); an
    // absent column is undefined. Built field by field it cost a shape change per field, per row.
    const raw: NportRawHolding = {
      source, line, fund, family, asOf,
      name: at(row, c.name), lei: at(row, c.lei), title: at(row, c.title), cusip: at(row, c.cusip),
      balance: at(row, c.balance), units: at(row, c.units), currency: at(row, c.currency), valUSD: at(row, c.valUSD),
      pctVal: at(row, c.pctVal), assetCat: at(row, c.assetCat), otherAsset: at(row, c.otherAsset),
      country: at(row, c.country), derivCat: at(row, c.derivCat),
    };
    const ids = identifiers?.get(row[iHolding]);
    if (ids) {
      raw.isin = ids.isin;
      raw.ticker = ids.ticker;
      raw.seriesId = ids.seriesId;
      raw.classId = ids.classId;
    }
    return nportRecord(raw);
  }

  async function* records(): AsyncGenerator<HoldingsRecord[]> {
    try {
      if (!firstBatch.done) {
        const { rows, first, heads } = firstBatch.value;
        const out: HoldingsRecord[] = [];
        for (let j = 1; j < rows.length; j++) {
          const r = toRecord(rows[j], first + j, heads);
          if (r) out.push(r);
        }
        if (out.length > 0) yield out;
      }
      for await (const batch of batches) {
        const rows = batch.rows;
        const out: HoldingsRecord[] = [];
        for (let j = 0; j < rows.length; j++) {
          const r = toRecord(rows[j], batch.first + j, batch.heads);
          if (r) out.push(r);
        }
        if (out.length > 0) yield out;
      }
      if (unknownAccessions > 0) {
        warnings.push(`${unknownAccessions} ACCESSION_NUMBER(s) in ${HOLDINGS} have no fund name in FUND_REPORTED_INFO.tsv or REGISTRANT.tsv`);
      }
      if (identifiers && identifiers.reused > 0) {
        warnings.push(`${identifiers.reused} holdings rows share a HOLDING_ID with an earlier row: their ISIN/ticker from IDENTIFIERS.tsv may belong to another holding`);
      }
    } finally {
      ds.close();
    }
  }
  return { meta, batches: records() };
}
