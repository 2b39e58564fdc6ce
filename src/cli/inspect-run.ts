/**
 * `fundscreen inspect FILE`: how a holdings file was read. Detected format, encoding, delimiter,
 * header line, column mapping, fund and as-of date, row accounting with grouped reasons, and the
 * first parsed positions with every field. The first command to run when a result looks wrong.
 */
import type { CommandContext } from './main.js';
import type { InputFlags } from './input-options.js';
import { writeAll } from './io.js';
import { neutralizeControls } from '../control-chars.js';
import { openHoldings } from '../holdings/read.js';
import { DELIMITER_NAMES } from '../holdings/sniff.js';
import { UsageError } from '../errors.js';
import type { HoldingsMeta, Position, ReadOptions } from '../holdings/position.js';

const SHOWN_POSITIONS = 5;
const SHOWN_LINES = 10;

export interface InspectFlags extends InputFlags {
  json: boolean;
}

interface ReasonGroup {
  reason: string;
  count: number;
  /** First few lines with this reason. */
  lines: number[];
}

export interface Inspection {
  source: string;
  format: string;
  encoding: string | null;
  delimiter: string | null;
  headerLine: number | null;
  fund: string | null;
  asOf: string | null;
  columns: Record<string, string>;
  rows: { read: number; screened: number; excluded: number; skipped: number };
  excluded: ReasonGroup[];
  skipped: ReasonGroup[];
  warnings: string[];
  footer: { lines: number; fromLine: number } | null;
  positions: Position[];
}

function addReason(groups: Map<string, ReasonGroup>, reason: string, line: number): void {
  const g = groups.get(reason) ?? { reason, count: 0, lines: [] };
  g.count++;
  if (g.lines.length < SHOWN_LINES) g.lines.push(line);
  groups.set(reason, g);
}

/** Reads the whole input once, counting every record. */
export async function inspectHoldings(path: string, opts: ReadOptions): Promise<Inspection> {
  const reader = await openHoldings(path, opts);
  const rows = { read: 0, screened: 0, excluded: 0, skipped: 0 };
  const excluded = new Map<string, ReasonGroup>();
  const skipped = new Map<string, ReasonGroup>();
  const positions: Position[] = [];
  for await (const rec of reader.records) {
    rows.read++;
    if (rec.kind === 'position') {
      rows.screened++;
      if (positions.length < SHOWN_POSITIONS) positions.push(rec);
    } else if (rec.kind === 'excluded') {
      rows.excluded++;
      addReason(excluded, rec.reason, rec.line);
    } else {
      rows.skipped++;
      addReason(skipped, rec.reason, rec.line);
    }
  }
  const m: HoldingsMeta = reader.meta;
  const byCount = (a: ReasonGroup, b: ReasonGroup) => b.count - a.count || a.lines[0] - b.lines[0];
  return {
    source: m.source,
    format: m.format,
    encoding: m.encoding,
    delimiter: m.delimiter === null ? null : (DELIMITER_NAMES[m.delimiter] ?? m.delimiter),
    headerLine: m.headerLine,
    fund: m.fund,
    asOf: m.asOf,
    columns: m.columns,
    rows,
    excluded: [...excluded.values()].sort(byCount),
    skipped: [...skipped.values()].sort(byCount),
    warnings: m.warnings,
    footer: m.footer ?? null,
    positions,
  };
}

/** Terminal-safe text: no control characters or escape sequences from the input. */
function safe(value: unknown): string {
  return neutralizeControls(String(value));
}

function show(value: string | number | null | undefined): string {
  return value === null || value === undefined ? '-' : safe(value);
}

function linesText(g: ReasonGroup): string {
  const more = g.count > g.lines.length ? ', ...' : '';
  return `line${g.count > 1 ? 's' : ''} ${g.lines.join(', ')}${more}`;
}

export function renderInspection(r: Inspection): string {
  const out: string[] = [];
  const row = (label: string, value: string) => out.push(`${label.padEnd(12)} ${value}`);
  row('File:', safe(r.source));
  row('Format:', r.format);
  row('Encoding:', show(r.encoding));
  row('Delimiter:', show(r.delimiter));
  row('Header line:', show(r.headerLine));
  row('Fund:', show(r.fund));
  row('As of:', show(r.asOf));
  out.push('Columns:');
  const fields = Object.keys(r.columns);
  if (fields.length === 0) out.push('  (none)');
  const width = Math.max(0, ...fields.map((f) => f.length));
  for (const f of fields) out.push(`  ${f.padEnd(width)}  <- ${safe(r.columns[f])}`);
  const { read, screened, excluded, skipped } = r.rows;
  row('Rows:', `read ${read} = screened ${screened} + excluded ${excluded} + skipped ${skipped}`);
  if (r.excluded.length > 0) {
    out.push('Excluded, with the reason:');
    for (const g of r.excluded) out.push(`  ${String(g.count).padStart(6)}  ${safe(g.reason)} — ${linesText(g)}`);
  }
  if (r.skipped.length > 0) {
    out.push('Skipped (could not be read):');
    for (const g of r.skipped) out.push(`  ${String(g.count).padStart(6)}  ${safe(g.reason)} — ${linesText(g)}`);
  }
  if (r.footer) row('Footer:', `${r.footer.lines} note line(s) from line ${r.footer.fromLine} (not holdings)`);
  if (r.warnings.length > 0) {
    out.push('Warnings:');
    for (const w of r.warnings) out.push(`  - ${safe(w)}`);
  }
  out.push(`First ${Math.min(SHOWN_POSITIONS, r.positions.length)} position(s):`);
  for (const p of r.positions) {
    out.push(`  line ${p.line}: ${safe(p.issuer)}`);
    const ids = Object.entries(p.ids).map(([k, v]) => `${k}=${safe(v)}`).join(' ');
    out.push(`    ids: ${ids || '-'}`);
    out.push(
      `    title=${show(p.title)} assetClass=${show(p.assetClass)} shares=${show(p.shares)} value=${show(p.value === null ? null : `${p.value.amount}${p.value.currency ? ` ${p.value.currency}` : ''}`)} ` +
        `weightPct=${show(p.weightBound ?? p.weightPct)} tradingCurrency=${show(p.tradingCurrency ?? null)} fund=${show(p.fund)} family=${show(p.family)}`,
    );
  }
  return out.join('\n') + '\n';
}

export async function runInspect(ctx: CommandContext, file: string, flags: InspectFlags): Promise<void> {
  const result = await inspectHoldings(file, {
    inputFormat: flags.inputFormat,
    columns: flags.columns,
    encoding: flags.encoding,
    delimiter: flags.delimiter,
    valueUnit: flags.valueUnit,
    stdin: ctx.io.stdin,
    cwd: ctx.io.cwd,
  });
  await writeAll(ctx.io.stdout, flags.json ? JSON.stringify(result, null, 2) + '\n' : renderInspection(result));
}
