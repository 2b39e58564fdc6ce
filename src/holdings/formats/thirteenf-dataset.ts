/**
 * SEC Form 13F data set (a directory, its .zip, or its INFOTABLE.tsv): INFOTABLE.tsv streamed,
 * joined by ACCESSION_NUMBER with COVERPAGE.tsv (FILINGMANAGER_NAME = the fund of each row) and
 * SUBMISSION.tsv (FILING_DATE decides the VALUE unit: thousands of dollars before 2023-01-03,
 * dollars from then on; PERIODOFREPORT is the as-of). Rows: see sec/thirteenf-row.ts.
 *
 * A quarter's set holds a filer's original report and its amendments side by side. A RESTATEMENT
 * amendment replaces the whole report, so the rows of the filings it replaces are excluded (not
 * screened twice); a NEW HOLDINGS amendment adds rows to the report and is screened with it.
 */
import { InputError } from '../../errors.js';
import { cappedRowText, MAX_FIELD_CHARS } from '../delimited.js';
import type { ExcludedRow, HoldingsMeta, HoldingsReader, HoldingsRecord, ReadOptions } from '../position.js';
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
  return readDataset(path, opts.cwd, (ds) => read(ds, opts));
}

async function read(ds: Dataset, opts: ReadOptions): Promise<HoldingsReader> {
  const table = ds.member(INFOTABLE);
  if (!table) throw new InputError(ds.path, `no ${INFOTABLE}: not a 13F data set (expected ${INFOTABLE} with SUBMISSION.tsv and COVERPAGE.tsv)`);
  const warnings: string[] = [];
  const meta: HoldingsMeta = {
    source: table.source, format: '13f-tsv', fund: null, asOf: null, encoding: 'utf-8', delimiter: '\t',
    headerLine: 1, columns: {}, warnings,
  };
  const submissions = await readKeyed(ds, 'SUBMISSION.tsv', 'ACCESSION_NUMBER', ['FILING_DATE', 'PERIODOFREPORT'], warnings, ['CIK', 'SUBMISSIONTYPE']);
  const covers = await readKeyed(ds, 'COVERPAGE.tsv', 'ACCESSION_NUMBER', ['FILINGMANAGER_NAME'], warnings, ['ISAMENDMENT', 'AMENDMENTNO', 'AMENDMENTTYPE']);
  if (!covers) warnings.push('COVERPAGE.tsv is missing: no manager (fund) names');
  meta.asOf = asOfFrom(submissions, 'PERIODOFREPORT', warnings);
  if (covers?.size === 1) meta.fund = textOrNull([...covers.values()][0].FILINGMANAGER_NAME);
  const amendments = resolveAmendments(submissions, covers, warnings);

  const fallbackUnit: ValueUnit = opts.valueUnit ?? 'dollars';
  let unknownDates = 0;
  const filings = new Map<string, { fund: string | null; unit: ValueUnit; asOf: string | null; supersededBy?: string }>();
  // Filings met in INFOTABLE (a superseded notice has no rows and is not counted).
  let supersededFilings = 0;
  let supersededRows = 0;
  let untypedFilings = 0;
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
        supersededBy: amendments.superseded.get(acc),
      };
      if (f.supersededBy) supersededFilings++;
      if (amendments.untyped.has(acc)) untypedFilings++;
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

  function toRecord(row: string[] | null, line: number, heads?: Map<number, string>): HoldingsRecord | null {
    if (row === null) {
      const head = heads?.get(line);
      return head ? { kind: 'skipped', source, line, reason: `line longer than the size cap (only its first ${head.length} characters searched for listed companies)`, text: head } : { kind: 'skipped', source, line, reason: 'line longer than the size cap' };
    }
    if (row.length === 1 && row[0].trim() === '') return null;
    if (row.length !== width) return { kind: 'skipped', source, line, reason: `${row.length} fields where the header has ${width}`, text: cappedRowText(row, '\t') };
    const filing = filingOf(row[iAcc].trim());
    const raw: ThirteenFRaw = { source, line, fund: filing.fund, asOf: filing.asOf };
    const text = raw as unknown as Record<string, string>;
    for (const [field, i] of fields) {
      if (row[i].length > MAX_FIELD_CHARS) return { kind: 'skipped', source, line, reason: `${names[i]} longer than ${MAX_FIELD_CHARS} characters`, text: cappedRowText(row, '\t') };
      text[field] = row[i];
    }
    const record = thirteenFRecord(raw, filing.unit);
    // A row that cannot be read stays skipped: superseded or not, its line is unreadable.
    if (!filing.supersededBy || record.kind !== 'position') return record;
    supersededRows++;
    const { fund, family, issuer, value, weightPct } = record;
    const excluded: ExcludedRow = { kind: 'excluded', source, line, fund, family, reason: filing.supersededBy, issuer, marketValue: value?.amount ?? null, weightPct };
    return excluded;
  }

  async function* records(): AsyncGenerator<HoldingsRecord[]> {
    try {
      if (!firstBatch.done) {
        const rows = firstBatch.value.rows;
        const out: HoldingsRecord[] = [];
        for (let j = 1; j < rows.length; j++) {
          const r = toRecord(rows[j], firstBatch.value.first + j, firstBatch.value.heads);
          if (r) out.push(r);
        }
        if (out.length > 0) yield out;
      }
      for await (const batch of batches) {
        const out: HoldingsRecord[] = [];
        for (let j = 0; j < batch.rows.length; j++) {
          const r = toRecord(batch.rows[j], batch.first + j, batch.heads);
          if (r) out.push(r);
        }
        if (out.length > 0) yield out;
      }
      if (supersededFilings > 0) {
        warnings.push(`${supersededFilings} filing(s) superseded by restatements: their ${supersededRows} rows are excluded`);
      }
      if (untypedFilings > 0) {
        warnings.push(`${untypedFilings} amendment(s) are neither RESTATEMENT nor NEW HOLDINGS (AMENDMENTTYPE): their rows are screened alongside the report they amend`);
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
  return { meta, batches: records() };
}

type Keyed = Map<string, Record<string, string>>;

/** Letters only, upper-cased: `New  holdings`, `NEW_HOLDINGS` and `NEW HOLDINGS` compare equal. */
const letters = (s: string | undefined) => (s ?? '').toUpperCase().replace(/[^A-Z]/g, '');

type Role = 'report' | 'restatement' | 'new holdings' | 'unknown amendment';

/** What a filing is to its report, from COVERPAGE (AMENDMENTTYPE, ISAMENDMENT) and SUBMISSIONTYPE. */
function roleOf(cover: Record<string, string> | undefined, submissionType: string | undefined): Role {
  const type = letters(cover?.AMENDMENTTYPE);
  if (type === 'RESTATEMENT') return 'restatement';
  if (type === 'NEWHOLDINGS') return 'new holdings';
  const flagged = /^(Y|YES|TRUE|1)$/i.test(cover?.ISAMENDMENT?.trim() ?? '') || /\/A$/i.test(submissionType?.trim() ?? '');
  return type || flagged ? 'unknown amendment' : 'report';
}

interface Amendments {
  /** Accession -> exclusion reason, for every filing a later restatement replaced. */
  superseded: Map<string, string>;
  /** Amendments of no known type: screened as they are (a restatement among them double-counts). */
  untyped: Set<string>;
}

/**
 * Which filings a later restatement replaced. Filings are grouped by filer (CIK) and period
 * (PERIODOFREPORT); among a group's original report(s) and RESTATEMENT amendments the latest stands
 * (FILING_DATE, then AMENDMENTNO, then accession number) and, when it is a restatement, replaces the
 * others and the NEW HOLDINGS amendments filed before it. NEW HOLDINGS amendments only add rows:
 * those filed after the standing report stay, and they never replace anything. Whatever cannot be
 * placed stays screened, with a warning.
 */
function resolveAmendments(submissions: Keyed | null, covers: Keyed | null, warnings: string[]): Amendments {
  const out: Amendments = { superseded: new Map(), untyped: new Set() };
  const has = (table: Keyed, column: string) => table.size === 0 || column in table.values().next().value!;
  const lacking = [
    ...(!submissions ? ['SUBMISSION.tsv'] : ['CIK'].filter((c) => !has(submissions, c)).map((c) => `SUBMISSION.tsv ${c}`)),
    ...(!covers ? ['COVERPAGE.tsv'] : ['AMENDMENTTYPE'].filter((c) => !has(covers, c)).map((c) => `COVERPAGE.tsv ${c}`)),
  ];
  if (lacking.length || !submissions || !covers) {
    warnings.push(`amendments could not be resolved (no ${lacking.join(', ')}): a restated filing's rows are screened alongside the restatement`);
    return out;
  }

  interface Filing { acc: string; filed: string; no: number; role: Role }
  /** Filing order: FILING_DATE, then AMENDMENTNO, then accession number. */
  const later = (a: Filing, b: Filing): boolean => (a.filed !== b.filed ? a.filed > b.filed : a.no !== b.no ? a.no > b.no : a.acc > b.acc);
  const groups = new Map<string, Filing[]>();
  let unplaced = 0;
  for (const [acc, sub] of submissions) {
    const cover = covers.get(acc);
    const role = roleOf(cover, sub.SUBMISSIONTYPE);
    if (role === 'unknown amendment') {
      out.untyped.add(acc);
      continue;
    }
    const cik = sub.CIK?.trim();
    const period = parseDate(sub.PERIODOFREPORT);
    const filed = parseDate(sub.FILING_DATE);
    if (!cik || !period || !filed) {
      if (role === 'restatement') unplaced++;
      continue;
    }
    const key = `${cik}|${period}`;
    const no = Number.parseInt(cover?.AMENDMENTNO?.trim() ?? '', 10);
    const group = groups.get(key) ?? [];
    group.push({ acc, filed, no: Number.isFinite(no) ? no : 0, role });
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    const reports = group.filter((f) => f.role !== 'new holdings');
    if (reports.length === 0) continue;
    const latest = reports.reduce((a, b) => (later(b, a) ? b : a));
    if (latest.role !== 'restatement') continue;
    // A restatement re-files the whole report: the report, earlier restatements and the NEW
    // HOLDINGS amendments filed before it. Entries added after it still add.
    const reason = `superseded by restatement ${latest.acc} (filed ${latest.filed})`;
    for (const f of group) if (f !== latest && later(latest, f)) out.superseded.set(f.acc, reason);
  }
  if (unplaced > 0) warnings.push(`${unplaced} restatement(s) have no CIK, PERIODOFREPORT or FILING_DATE: the filings they replace are screened too`);
  return out;
}
