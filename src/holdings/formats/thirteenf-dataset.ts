/**
 * SEC Form 13F data set (a directory, its .zip, or its INFOTABLE.tsv): INFOTABLE.tsv streamed,
 * joined by ACCESSION_NUMBER with COVERPAGE.tsv (FILINGMANAGER_NAME = the fund of each row) and
 * SUBMISSION.tsv (FILING_DATE decides the VALUE unit: thousands of dollars before 2023-01-03,
 * dollars from then on; PERIODOFREPORT is the as-of). Rows: see sec/thirteenf-row.ts.
 */
import { InputError } from '../../errors.js';
import { MAX_FIELD_CHARS } from '../delimited.js';
import type { HoldingsMeta, HoldingsReader, HoldingsRecord, ReadOptions } from '../position.js';
import { parseDate, textOrNull } from '../values.js';
import { asOfFrom, detach, hasMember, headerIndex, readDataset, readKeyed, tsvBatches, type Dataset } from './sec/dataset.js';
import { DOLLARS_FROM, thirteenFRecord, unitForFilingDate, type ThirteenFRaw, type ValueUnit } from './sec/thirteenf-row.js';

const INFOTABLE = 'INFOTABLE.tsv';

/** Raw field (see ThirteenFRaw) -> [INFOTABLE column, field name shown in meta.columns]. */
const COLUMNS = {
  nameOfIssuer: ['NAMEOFISSUER', 'issuer'], titleOfClass: ['TITLEOFCLASS', 'title'], cusip: ['CUSIP', 'cusip'],
  figi: ['FIGI', 'figi'], value: ['VALUE', 'marketValue'], sshPrnamt: ['SSHPRNAMT', 'shares'],
  sshPrnamtType: ['SSHPRNAMTTYPE', 'sharesOrPrincipal'], putCall: ['PUTCALL', 'putCall'],
} as const;

export function isThirteenFDatasetDir(path: string): Promise<boolean> {
  return hasMember(path, INFOTABLE);
}

export function readThirteenFDataset(path: string, opts: ReadOptions): Promise<HoldingsReader> {
  return readDataset(path, (ds) => read(ds, opts));
}

async function read(ds: Dataset, opts: ReadOptions): Promise<HoldingsReader> {
  const table = ds.member(INFOTABLE);
  if (!table) throw new InputError(ds.path, `no ${INFOTABLE}: not a 13F data set (expected ${INFOTABLE} with SUBMISSION.tsv and COVERPAGE.tsv)`);
  const warnings: string[] = [];
  const meta: HoldingsMeta = {
    source: table.source, format: '13f-tsv', fund: null, asOf: null, encoding: 'utf-8', delimiter: '\t',
    headerLine: 1, columns: {}, warnings,
  };
  const submissions = await readKeyed(ds, 'SUBMISSION.tsv', 'ACCESSION_NUMBER', ['FILING_DATE', 'PERIODOFREPORT'], warnings);
  const covers = await readKeyed(ds, 'COVERPAGE.tsv', 'ACCESSION_NUMBER', ['FILINGMANAGER_NAME'], warnings);
  if (!covers) warnings.push('COVERPAGE.tsv is missing: no manager (fund) names');
  meta.asOf = asOfFrom(submissions, 'PERIODOFREPORT', warnings);
  if (covers?.size === 1) meta.fund = textOrNull([...covers.values()][0].FILINGMANAGER_NAME);

  const fallbackUnit: ValueUnit = opts.valueUnit ?? 'dollars';
  let unknownDates = 0;
  const filings = new Map<string, { fund: string | null; unit: ValueUnit; asOf: string | null }>();
  const filingOf = (acc: string) => {
    let f = filings.get(acc);
    if (!f) {
      const filed = parseDate(submissions?.get(acc)?.FILING_DATE);
      if (!filed) unknownDates++;
      f = {
        fund: textOrNull(covers?.get(acc)?.FILINGMANAGER_NAME),
        unit: filed ? unitForFilingDate(filed) : fallbackUnit,
        // Each filing's own period, not the data set's latest.
        asOf: parseDate(submissions?.get(acc)?.PERIODOFREPORT) ?? meta.asOf,
      };
      filings.set(detach(acc), f);
    }
    return f;
  };

  const batches = tsvBatches(table, warnings, opts.onBytes);
  const firstBatch = await batches.next();
  const header = firstBatch.done ? null : firstBatch.value.rows[0];
  if (!header) throw new InputError(table.source, 'empty file: no header line');
  const h = headerIndex(header);
  const missing = ['ACCESSION_NUMBER', 'NAMEOFISSUER', 'VALUE'].filter((c) => !h.has(c));
  if (missing.length) throw new InputError(table.source, `header lacks ${missing.join(', ')}: not INFOTABLE.tsv`, 1);
  const iAcc = h.get('ACCESSION_NUMBER')!;
  const fields = Object.entries(COLUMNS).map(([field, [name]]) => [field, h.get(name) ?? -1] as const).filter(([, i]) => i >= 0);
  for (const [, [name, shown]] of Object.entries(COLUMNS)) if (h.has(name)) meta.columns[shown] = header[h.get(name)!];
  const names: string[] = header;
  const width = names.length;
  const source = table.source;

  function toRecord(row: string[] | null, line: number): HoldingsRecord | null {
    if (row === null) return { kind: 'skipped', source, line, reason: 'line longer than the size cap' };
    if (row.length === 1 && row[0].trim() === '') return null;
    if (row.length !== width) return { kind: 'skipped', source, line, reason: `${row.length} fields where the header has ${width}` };
    const filing = filingOf(row[iAcc].trim());
    const raw: ThirteenFRaw = { source, line, fund: filing.fund, asOf: filing.asOf };
    const text = raw as unknown as Record<string, string>;
    for (const [field, i] of fields) {
      if (row[i].length > MAX_FIELD_CHARS) return { kind: 'skipped', source, line, reason: `${names[i]} longer than ${MAX_FIELD_CHARS} characters` };
      text[field] = row[i];
    }
    return thirteenFRecord(raw, filing.unit);
  }

  async function* records(): AsyncGenerator<HoldingsRecord> {
    try {
      if (!firstBatch.done) {
        const rows = firstBatch.value.rows;
        for (let j = 1; j < rows.length; j++) {
          const r = toRecord(rows[j], firstBatch.value.first + j);
          if (r) yield r;
        }
      }
      for await (const batch of batches) {
        for (let j = 0; j < batch.rows.length; j++) {
          const r = toRecord(batch.rows[j], batch.first + j);
          if (r) yield r;
        }
      }
      if (unknownDates > 0) {
        warnings.push(
          `${unknownDates} filing(s) have no FILING_DATE in SUBMISSION.tsv: their VALUE was read as ${fallbackUnit}` +
            (opts.valueUnit ? '' : ` (right for filings from ${DOLLARS_FROM} on)`),
        );
      }
    } finally {
      ds.close();
    }
  }
  return { meta, records: records() };
}
