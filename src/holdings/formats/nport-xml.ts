/**
 * SEC Form N-PORT filing XML (NPORT-P primary_doc.xml), streamed. Fund = genInfo/seriesName (or
 * regName), family = regName, as-of = genInfo/repPdDate; the fund's own series id, series LEI
 * (genInfo) and class ids (headerData seriesClassInfo/classId) let a fund of funds join it. Each formData/invstOrSecs/invstOrSec is
 * one record (see sec/nport-holding.ts for what is screened or excluded). Elements are matched by
 * local name, so any namespace prefix works; only the holding's own children are read (a
 * derivative's reference instrument has its own name/cusip/identifiers, which are not the holding).
 */
import { InputError } from '../../errors.js';
import type { HoldingsMeta, HoldingsReader, HoldingsRecord, ReadOptions } from '../position.js';
import { parseDate, textOrNull } from '../values.js';
import { nportRecord, type NportRawHolding } from './sec/nport-holding.js';
import { cleanId, isClassId, isSeriesId } from '../../reference/identifiers.js';
import { isValidLei } from '../../reference/check-digits.js';
import { MAX_TEXT, XmlPump } from './sec/xml-stream.js';

/** Leaf children of invstOrSec -> raw field. */
const LEAVES: Record<string, keyof NportRawHolding> = {
  name: 'name', lei: 'lei', title: 'title', cusip: 'cusip', balance: 'balance', units: 'units',
  curCd: 'currency', valUSD: 'valUSD', pctVal: 'pctVal', assetCat: 'assetCat', invCountry: 'country',
};

export async function readNportXml(source: string, input: NodeJS.ReadableStream, _opts: ReadOptions): Promise<HoldingsReader> {
  const meta: HoldingsMeta = {
    source, format: 'nport-xml', fund: null, asOf: null, encoding: null, delimiter: null, headerLine: null,
    columns: {
      issuer: 'name (title when N/A)', title: 'title', lei: 'lei', cusip: 'cusip', isin: 'identifiers/isin@value',
      ticker: 'identifiers/ticker@value', shares: 'balance (units NS)', marketValue: 'valUSD', weightPct: 'pctVal',
      tradingCurrency: 'curCd | currencyConditional@curCd', assetClass: 'assetCat | assetConditional@desc', country: 'invCountry',
    },
    warnings: [],
  };
  const queue: HoldingsRecord[] = [];
  let seriesName: string | null = null;
  let regName: string | null = null;
  let headerDone = false; // genInfo closed, or holdings started
  let holdingsClosed = false;
  let sawRoot = false;
  let cur: NportRawHolding | null = null;
  let curDepth = 0;
  let inIdentifiers = false;
  let inDerivative = false;

  const setHeader = () => {
    if (headerDone) return;
    headerDone = true;
    meta.fund = seriesName ?? regName;
    if (!meta.fund) meta.warnings.push('fund name missing: no genInfo/seriesName or regName');
    if (!meta.asOf) meta.warnings.push('as-of date missing: no genInfo/repPdDate');
  };

  const pump = new XmlPump(source, input, {
    open(name, attrs, line, depth) {
      if (depth === 1) {
        sawRoot = true;
        if (name !== 'edgarSubmission') throw new InputError(source, `not an N-PORT filing: root element is <${name}>`, line);
      }
      if (!cur) {
        if (name === 'invstOrSec') {
          setHeader();
          cur = { source, line, fund: meta.fund, family: regName };
          curDepth = depth;
        }
        return;
      }
      const rel = depth - curDepth;
      if (rel === 1) {
        if (name === 'identifiers') inIdentifiers = true;
        else if (name === 'derivativeInfo') inDerivative = true;
        else if (name === 'currencyConditional') cur.currency = attrs.curCd ?? null;
        else if (name === 'assetConditional') {
          cur.assetCat = attrs.assetCat ?? 'OTHER';
          cur.otherAsset = attrs.desc ?? null;
        }
      } else if (rel === 2 && inIdentifiers) {
        if (name === 'isin') cur.isin = attrs.value ?? null;
        else if (name === 'ticker') cur.ticker = attrs.value ?? null;
        else if (name === 'other') (cur.others ??= []).push([attrs.value ?? null, attrs.otherDesc ?? null]);
      } else if (rel === 2 && inDerivative && attrs.derivCat) {
        cur.derivCat = attrs.derivCat;
      }
    },
    close(name, text, overflow, depth) {
      if (cur) {
        const rel = depth - curDepth;
        if (rel === 0) {
          queue.push(nportRecord(cur));
          cur = null;
        } else if (rel === 1) {
          if (name === 'identifiers') inIdentifiers = false;
          else if (name === 'derivativeInfo') inDerivative = false;
          else if (LEAVES[name]) {
            if (overflow) cur.problem ??= `<${name}> longer than ${MAX_TEXT} characters`;
            else (cur as unknown as Record<string, string>)[LEAVES[name]] = text;
          }
        }
        return;
      }
      if (name === 'invstOrSecs') holdingsClosed = true;
      else if (name === 'genInfo') setHeader();
      else if (!headerDone && !overflow) {
        if (name === 'seriesName') seriesName = textOrNull(text);
        else if (name === 'regName') regName = textOrNull(text);
        else if (name === 'repPdDate') meta.asOf = parseDate(text);
        else if (name === 'seriesId' && isSeriesId(cleanId(text))) (meta.fundIds ??= {}).seriesId ??= cleanId(text);
        else if (name === 'seriesLei' && isValidLei(cleanId(text))) (meta.fundIds ??= {}).lei ??= cleanId(text);
        else if (name === 'classId' && isClassId(cleanId(text))) {
          const ids = ((meta.fundIds ??= {}).classIds ??= []);
          if (!ids.includes(cleanId(text))) ids.push(cleanId(text));
        }
      }
    },
    recoverable(message, line) {
      if (!cur) return false;
      cur.problem ??= `line ${line}: ${message}`;
      return true;
    },
    truncated(open, line) {
      if (cur) throw new InputError(source, `file ends inside the <invstOrSec> that starts here (truncated?)`, cur.line);
      if (!holdingsClosed) throw new InputError(source, `file ends inside <${open[open.length - 1]}> before the holdings list closed (truncated?)`, line);
      return `file ends before </${open[0]}> (after the complete holdings list): read as an excerpt`;
    },
  }, meta.warnings);

  await pump.fill(() => headerDone);
  if (!sawRoot) throw new InputError(source, 'no XML root element');
  setHeader();
  meta.encoding = pump.encoding;
  return { meta, batches: pump.batches(queue) };
}
