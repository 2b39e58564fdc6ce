// Baseline for the speed targets: csv-parse alone, the way a lean reader would use it, in its
// own process (plain Node, no tsx) so it pays no more start-up than it must.
//   node bench/csv-parse-baseline.mjs ishares FILE...   skip the preamble, parse from the header line
//   node bench/csv-parse-baseline.mjs tsv FILE...       tab-separated with a header line (N-PORT)
// Prints one JSON line: records, bytes, parseMs (in-process), maxRSS (bytes).
import { createReadStream, openSync, readSync, closeSync, statSync } from 'node:fs';
import { parse } from 'csv-parse';

const [mode, ...files] = process.argv.slice(2);

/** Byte offset of the line starting with `prefix` within the first 64 KB (the header row). */
function headerOffset(file, prefix) {
  const fd = openSync(file, 'r');
  const head = Buffer.alloc(65536);
  const n = readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  let start = 0;
  while (start < n) {
    if (head.subarray(start, start + prefix.length).toString('latin1') === prefix) return start;
    const nl = head.indexOf(10, start);
    if (nl < 0) break;
    start = nl + 1;
  }
  throw new Error(`${file}: no line starting with ${prefix}`);
}

const options = {
  ishares: { columns: true, relax_column_count: true, skip_empty_lines: true },
  tsv: { columns: true, delimiter: '\t', quote: false, relax_column_count: true, skip_empty_lines: true },
}[mode];
if (!options) throw new Error(`unknown mode ${mode}`);

const t0 = performance.now();
let records = 0;
let bytes = 0;
let sink = 0;
for (const file of files) {
  const start = mode === 'ishares' ? headerOffset(file, 'Ticker,') : 0;
  bytes += statSync(file).size - start;
  const parser = createReadStream(file, { start, highWaterMark: 256 * 1024 }).pipe(parse(options));
  for await (const rec of parser) {
    records++;
    // Touch a field so the record is really built and used.
    sink += (rec.Name ?? rec.ISSUER_NAME ?? '').length;
  }
}
const parseMs = performance.now() - t0;
process.stdout.write(JSON.stringify({ records, bytes, parseMs, sink, maxRSS: process.resourceUsage().maxRSS * 1024 }) + '\n');
