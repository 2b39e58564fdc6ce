/**
 * funds[].sha256: the SHA-256 of the input file's bytes as stored, hashed while the file streams
 * past (a .gz compressed; a zipped data set hashed as the .zip; stdin as piped), null for a
 * data-set folder; markdown and HTML list each input with its digest beside the list's.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';
import { ReportContract } from '../helpers/report-contract.js';
import { zip } from '../holdings/nport-zip-writer.js';

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const CSV = 'fixtures/holdings/generic/mixed-currency.csv';
const GZ = 'fixtures/holdings/ishares-us/pristine-2022.csv.gz';
const NPORT_DIR = 'fixtures/holdings/nport/dataset';

async function funds(args: string[], input?: Buffer) {
  const r = await runCli(['screen', ...args, '--format', 'json', '--quiet'], input ? { input } : {});
  return ReportContract.parse(JSON.parse(r.stdout)).funds.map((f) => ({ source: f.source, sha256: (f as { sha256: string | null }).sha256 }));
}

describe('input digests (funds[].sha256)', () => {
  it('a CSV and a .gz carry the digest of their bytes as stored; stdin that of the bytes piped', async () => {
    expect(await funds([CSV, GZ])).toEqual([
      { source: CSV, sha256: sha(readFileSync(path.join(repoRoot, CSV))) },
      { source: GZ, sha256: sha(readFileSync(path.join(repoRoot, GZ))) },
    ]);
    const piped = readFileSync(path.join(repoRoot, CSV));
    expect(await funds(['-'], piped)).toEqual([{ source: '-', sha256: sha(piped) }]);
    // The digest is of the content: the same file under another name has the same digest.
    expect(sha(piped)).not.toBe(sha(readFileSync(path.join(repoRoot, GZ))));
  });

  it('every fund of a zipped N-PORT data set has the .zip\'s digest; a data-set folder has none (null)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fundscreen-digest-'));
    const names = ['FUND_REPORTED_HOLDING.tsv', 'IDENTIFIERS.tsv', 'FUND_REPORTED_INFO.tsv', 'REGISTRANT.tsv', 'SUBMISSION.tsv'];
    const file = path.join(dir, 'set.zip');
    writeFileSync(file, zip(names.map((n) => [n, readFileSync(path.join(repoRoot, NPORT_DIR, n))] as [string, Buffer])));
    const zipped = await funds([file]);
    expect(zipped.length).toBeGreaterThan(1);
    expect(new Set(zipped.map((f) => f.sha256))).toEqual(new Set([sha(readFileSync(file))]));
    const folder = await funds([NPORT_DIR]);
    expect(folder.length).toBe(zipped.length);
    expect(folder.every((f) => f.sha256 === null)).toBe(true);
  });

  it('markdown and HTML list each input by its display name with its digest, beside the list\'s', async () => {
    const digest = sha(readFileSync(path.join(repoRoot, CSV)));
    const md = await runCli(['screen', CSV, '--format', 'markdown', '--quiet']);
    expect(md.stdout).toContain(`| mixed-currency.csv | generic-csv | \`${digest}\` |`);
    expect(md.stdout.indexOf('| Input | Format | SHA-256 |')).toBeLessThan(md.stdout.indexOf('## Summary'));
    const html = await runCli(['screen', CSV, '--format', 'html', '--quiet']);
    expect(html.stdout).toMatch(new RegExp(`<h3>Inputs</h3>[\\s\\S]*<td>mixed-currency\\.csv</td><td>generic-csv</td><td><code>${digest}</code></td>`));
  });
});
