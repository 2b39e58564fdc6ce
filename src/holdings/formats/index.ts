/**
 * The holdings format registry: every input format fundscreen reads, one entry each. The
 * `--input-format` names, their help text and the detection order of read.ts all come from
 * FORMATS. A new format is one entry here plus its reader in this folder.
 *
 * Text layouts are TextLayouts (layout.ts) read by the one table reader; they are recognised from
 * their header cells, specific layouts first, generic last (it accepts anything). The SEC and xlsx
 * readers are imported on first use, so CSV runs never load saxes, yauzl or read-excel-file.
 */
import { Readable } from 'node:stream';
import { InputError } from '../../errors.js';
import type { TextLayout } from '../layout.js';
import type { ByteSource } from '../open.js';
import type { HoldingsReader, ReadOptions } from '../position.js';
import { readDelimited } from '../table.js';
import { resolveIn } from '../../working-folder.js';
import { generic } from './generic.js';
import { isharesCanada, isharesUcits, isharesUs } from './ishares.js';
import { kraneshares } from './kraneshares.js';
import { sniffSecTsv, sniffXml } from './sec-sniff.js';
import { vanguard } from './vanguard.js';

export type Container = 'delimited text' | 'xlsx' | 'XML' | 'HTML' | 'JSON' | 'SEC data set';

/** Formats are tried container by container in this order (a zip is an SEC data set before it is xlsx). */
export const DETECTION_ORDER: readonly Container[] = ['SEC data set', 'xlsx', 'XML', 'HTML', 'JSON', 'delimited text'];

/** One opened input as the formats see it. */
export interface Probe {
  /** As given on the command line ("-" is stdin). */
  path: string;
  cwd?: string;
  /** A folder (an SEC data set, the one container that is a folder): no bytes. */
  folder: boolean;
  /** The content after any gunzip, and its first 4 KiB. */
  bytes: ByteSource | null;
  head: Buffer;
  gzipped: boolean;
  /** The head starts with the zip magic (xlsx or a zipped SEC data set). */
  zip: boolean;
}

export interface HoldingsFormat {
  /** The --input-format value, and meta.format in reports. */
  id: string;
  /** What file it is and who publishes it (one line, shown in --help). */
  description: string;
  container: Container;
  /** Text layouts only: the layout, recognised from its header cells by the table reader. */
  layout?: TextLayout;
  /** Other formats: recognises the input from its head bytes or its folder/zip members. */
  sniff?(probe: Probe): Promise<boolean> | boolean;
  read(probe: Probe, opts: ReadOptions): Promise<HoldingsReader>;
  /** SEC data sets: the holdings table, the members beside it that mark the set, and its name. */
  dataset?: { name: string; table: string; members: readonly string[] };
}

/** A spreadsheet (xlsx, ods) is read whole, as HTML and JSON are: refuse absurd sizes rather than exhaust memory. */
const MAX_XLSX_BYTES = 256 * 1024 * 1024;

const nportDataset = () => import('./nport-dataset.js');
const thirteenFDataset = () => import('./thirteenf-dataset.js');

const readSpreadsheet = async (p: Probe, opts: ReadOptions, only?: 'spdr' | 'table') => {
  const bytes = await p.bytes!.readAll(MAX_XLSX_BYTES);
  // An OpenDocument spreadsheet (.ods) is a zip too: its sheets from content.xml, read as an xlsx's are.
  const content = await (await import('./zipped-text.js')).odsContent(p.path, bytes);
  if (content !== null) return (await import('./ods.js')).readOds(p.path, content, opts, TEXT_LAYOUTS, only);
  return (await import('./xlsx.js')).readXlsx(p.path, bytes, opts, TEXT_LAYOUTS, only);
};

/** All text layouts are read by the one table reader, which picks the layout from the header. */
const readText = (p: Probe, opts: ReadOptions) => readDelimited(p.path, p.bytes!, opts, TEXT_LAYOUTS);

function text(layout: TextLayout, description: string): HoldingsFormat {
  return { id: layout.id, description, container: 'delimited text', layout, read: readText };
}

/**
 * An SEC data set: a folder or .zip of TSVs recognised by its members, or its holdings table
 * alone recognised by the header. A single table must be a plain file: its reader opens it by path.
 */
function secDataset(
  id: string, description: string, dataset: HoldingsFormat['dataset'] & object,
  isSet: (path: string) => Promise<boolean>, header: 'nport' | '13f',
  reader: (path: string, opts: ReadOptions) => Promise<HoldingsReader>,
): HoldingsFormat {
  return {
    id, description, container: 'SEC data set', dataset,
    sniff: (p) => (p.folder || p.zip ? !p.gzipped && p.path !== '-' && isSet(resolveIn(p.cwd, p.path)) : sniffSecTsv(p.head) === header),
    read: async (p, opts) => {
      if (!p.folder && (p.gzipped || p.path === '-')) {
        throw new InputError(p.path, `an SEC ${dataset.name} data-set file must be given as a plain file, directory or .zip`);
      }
      return reader(p.path, opts);
    },
  };
}

export const FORMATS: readonly HoldingsFormat[] = [
  text(isharesUs, 'iShares (BlackRock) US fund holdings CSV'),
  text(isharesUcits, 'iShares UCITS (Europe) fund holdings CSV, with Issuer Ticker and Nominal'),
  text(isharesCanada, 'iShares Canada fund holdings CSV, with Location of Risk'),
  text(vanguard, 'Vanguard "Holdings details" export, in sections (equity, fixed income, reserves)'),
  text(kraneshares, 'KraneShares fund holdings CSV (Rank, Company Name, Identifier = ISIN)'),
  text(generic, 'any other delimited table (CSV, TSV, ...): columns by header synonyms or --columns'),
  {
    id: 'spdr-xlsx',
    description: 'State Street SPDR ETF daily holdings spreadsheet (holdings-daily-us-en-<ticker>.xlsx)',
    container: 'xlsx',
    // Every zip that is no SEC data set comes here; readSpreadsheet hands an .ods to its reader, readXlsx any sheet that is not SPDR's to the table reader.
    sniff: (p) => p.zip,
    read: (p, opts) => readSpreadsheet(p, opts, opts.inputFormat === 'spdr-xlsx' ? 'spdr' : undefined),
  },
  {
    id: 'xlsx-table',
    description: 'any other spreadsheet (.xlsx): the longest sheet with a holdings header, read as a table (header words, --columns)',
    container: 'xlsx',
    // Detection stops at spdr-xlsx (same sniff), whose reader hands non-SPDR sheets here.
    sniff: (p) => p.zip,
    read: (p, opts) => readSpreadsheet(p, opts, 'table'),
  },
  {
    id: 'ods-table',
    description: 'an OpenDocument spreadsheet (.ods: LibreOffice, a Google Sheets download): the longest sheet with a holdings header, read as a table',
    container: 'xlsx',
    // Detection stops at spdr-xlsx (every zip), whose reader hands an .ods here (readSpreadsheet).
    sniff: (p) => p.zip,
    read: (p, opts) => readSpreadsheet(p, opts, 'table'),
  },
  {
    id: 'nport-xml',
    description: 'SEC Form N-PORT filing XML (a US fund\'s monthly portfolio report, from EDGAR)',
    container: 'XML',
    sniff: (p) => sniffXml(p.head) === 'nport',
    read: async (p, opts) => (await import('./nport-xml.js')).readNportXml(p.path, Readable.from(p.bytes!), opts),
  },
  {
    id: 'xml-spreadsheet',
    description: 'XML Spreadsheet 2003 (an .xls that is XML inside, as fund sites export it): read as a table',
    container: 'XML',
    sniff: (p) => sniffXml(p.head) === 'spreadsheet',
    read: async (p, opts) => (await import('./spreadsheetml.js')).readSpreadsheetMl(p.path, Readable.from(p.bytes!), opts, TEXT_LAYOUTS),
  },
  {
    id: 'html-table',
    description: 'an HTML page\'s table (a fund site\'s "Export to Excel" that is HTML behind an .xls name, a saved web page): read as a table',
    container: 'HTML',
    sniff: (p) => sniffXml(p.head) === 'html',
    read: async (p, opts) => (await import('./html-table.js')).readHtmlTable(p.path, p.bytes!, opts, TEXT_LAYOUTS),
  },
  {
    id: 'json-table',
    description: 'JSON holdings: an array of records, at the top or under a key ({"holdings": [...]}): read as a table, the keys its header',
    container: 'JSON',
    sniff: async (p) => (await import('./json-table.js')).looksLikeJson(p.head),
    read: async (p, opts) => (await import('./json-table.js')).readJsonTable(p.path, p.bytes!, opts, TEXT_LAYOUTS),
  },
  secDataset(
    'nport-dataset', 'SEC Form N-PORT data set (FUND_REPORTED_HOLDING.tsv and its siblings; folder, .zip or the table)',
    { name: 'N-PORT', table: 'FUND_REPORTED_HOLDING.tsv', members: ['FUND_REPORTED_INFO.tsv', 'IDENTIFIERS.tsv', 'REGISTRANT.tsv'] },
    async (path) => (await nportDataset()).isNportDatasetDir(path), 'nport',
    async (path, opts) => (await nportDataset()).readNportDataset(path, opts),
  ),
  {
    id: '13f-xml',
    description: 'SEC Form 13F information table XML (an institutional manager\'s quarterly holdings, from EDGAR)',
    container: 'XML',
    sniff: (p) => sniffXml(p.head) === '13f',
    read: async (p, opts) => (await import('./thirteenf-xml.js')).readThirteenFXml(p.path, Readable.from(p.bytes!), opts),
  },
  secDataset(
    '13f-tsv', 'SEC Form 13F data set (INFOTABLE.tsv and its siblings; folder, .zip or the table)',
    { name: '13F', table: 'INFOTABLE.tsv', members: ['COVERPAGE.tsv', 'SUMMARYPAGE.tsv', 'OTHERMANAGER.tsv', 'SIGNATURE.tsv'] },
    async (path) => (await thirteenFDataset()).isThirteenFDatasetDir(path), '13f',
    async (path, opts) => (await thirteenFDataset()).readThirteenFDataset(path, opts),
  ),
];

/** The text layouts in detection order: specific first, generic last. */
export const TEXT_LAYOUTS: readonly TextLayout[] = FORMATS.flatMap((f) => (f.layout ? [f.layout] : []));

export const INPUT_FORMATS: readonly string[] = FORMATS.map((f) => f.id);

export const SEC_DATASETS: readonly HoldingsFormat[] = FORMATS.filter((f) => f.dataset);

export function formatById(id: string): HoldingsFormat | undefined {
  return FORMATS.find((f) => f.id === id);
}

/** The help text: one line per format, id and description. */
export function formatsHelp(): string {
  const width = Math.max(...INPUT_FORMATS.map((id) => id.length));
  return FORMATS.map((f) => `  ${f.id.padEnd(width)}  ${f.description}`).join('\n');
}
