/**
 * SEC Form 13F information table XML (informationTable/infoTable), streamed, with any namespace
 * prefix (none, ns1:, n1:). The table carries no filer name and no dates: fund and as-of are null,
 * and the VALUE unit comes from opts.valueUnit or is assumed to be dollars with a warning.
 */
import { InputError } from '../../errors.js';
import type { HoldingsMeta, HoldingsReader, HoldingsRecord, ReadOptions } from '../position.js';
import { MAX_TEXT, XmlPump } from './sec/xml-stream.js';
import { DOLLARS_FROM, thirteenFRecord, type ThirteenFRaw } from './sec/thirteenf-row.js';

const LEAVES = new Set(['nameOfIssuer', 'titleOfClass', 'cusip', 'figi', 'value', 'sshPrnamt', 'sshPrnamtType', 'putCall']);

export async function readThirteenFXml(source: string, input: NodeJS.ReadableStream, opts: ReadOptions): Promise<HoldingsReader> {
  const meta: HoldingsMeta = {
    source, format: '13f-xml', fund: null, asOf: null, encoding: null, delimiter: null, headerLine: null,
    columns: {
      issuer: 'nameOfIssuer', title: 'titleOfClass', cusip: 'cusip', figi: 'figi', marketValue: 'value',
      shares: 'shrsOrPrnAmt/sshPrnamt (SH)', assetClass: 'sshPrnamtType | putCall',
    },
    warnings: [],
  };
  const unit = opts.valueUnit ?? 'dollars';
  if (!opts.valueUnit) {
    meta.warnings.push(
      `filing date unknown: VALUE read as whole dollars (13F filings from ${DOLLARS_FROM} on); ` +
        'for an older filing, whose VALUE is in thousands, the values shown are 1000x too small',
    );
  }
  const queue: HoldingsRecord[] = [];
  let sawRoot = false;
  let cur: ThirteenFRaw | null = null;
  let curDepth = 0;

  const pump = new XmlPump(source, input, {
    open(name, _attrs, line, depth) {
      if (depth === 1) {
        sawRoot = true;
        if (name !== 'informationTable') throw new InputError(source, `not a 13F information table: root element is <${name}>`, line);
      } else if (!cur && name === 'infoTable') {
        cur = { source, line, fund: null };
        curDepth = depth;
      }
    },
    close(name, text, overflow, depth) {
      if (!cur) return;
      if (depth === curDepth) {
        queue.push(thirteenFRecord(cur, unit));
        cur = null;
      } else if (LEAVES.has(name)) {
        // sshPrnamt/sshPrnamtType sit one level down, in shrsOrPrnAmt; names are unique in infoTable.
        if (overflow) cur.problem ??= `<${name}> longer than ${MAX_TEXT} characters`;
        else (cur as unknown as Record<string, string>)[name] = text;
      }
    },
    recoverable(message, line) {
      if (!cur) return false;
      cur.problem ??= `line ${line}: ${message}`;
      return true;
    },
    truncated(open, line) {
      if (cur) throw new InputError(source, 'file ends inside the <infoTable> that starts here (truncated?)', cur.line);
      throw new InputError(source, `file ends inside <${open[open.length - 1]}> (truncated?)`, line);
    },
  }, meta.warnings);

  await pump.fill(() => sawRoot);
  if (!sawRoot) throw new InputError(source, 'no XML root element');
  meta.encoding = pump.encoding;
  return { meta, batches: pump.batches(queue) };
}
