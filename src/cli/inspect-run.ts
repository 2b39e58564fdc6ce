/**
 * `fundscreen inspect FILE`: runs the inspect use case (app/inspect.ts) and prints what it found,
 * as text or JSON. The first command to run when a result looks wrong.
 */
import type { CommandContext } from './context.js';
import type { InputFlags } from './input-options.js';
import { writeAll } from './io.js';
import { neutralizeControls } from '../control-chars.js';
import { UsageError } from '../errors.js';
import { inspectHoldings, SHOWN_POSITIONS, type FileInspection, type ReasonGroup } from '../app/inspect.js';

export interface InspectFlags extends InputFlags {
  json: boolean;
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

export function renderInspection(r: FileInspection): string {
  const out: string[] = [];
  const row = (label: string, value: string) => out.push(`${label.padEnd(12)} ${value}`);
  row('File:', safe(r.source));
  row('Format:', r.format);
  row('Encoding:', show(r.encoding));
  row('Delimiter:', show(r.delimiter));
  row('Header line:', show(r.headerLine));
  row('Fund:', show(r.fund));
  row('As of:', show(r.asOf));
  if (r.nameCut) row('Names cut:', `at ${r.nameCut.width} characters (${r.nameCut.atWidth} of the first ${r.nameCut.names} names end there, ${r.nameCut.longer} longer): a name that long is read as cut`);
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
