/**
 * Test helper (not a test): what every hostile-input CLI test checks — one error line naming the
 * file (and line), no stack trace, and the row accounting of a `--format json` report.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect } from 'vitest';
import { repoRoot, runCli, type CliResult } from '../helpers/cli.js';

export interface JsonReport {
  funds: Array<{ source: string; fund: string | null; format: string; rows: { read: number; screened: number; excluded: number; skipped: number }; findings: number }>;
  findings: Array<{ source: string; line: number; issuer: string; fund: string | null; ticker: string | null; entity: { id: string } }>;
  skipped: Array<{ source: string; line: number; reason: string }>;
  warnings: string[];
}

/** Runs `screen ... --format json --quiet` and parses stdout (which must be a report). */
export async function screenJson(args: string[], opts: Parameters<typeof runCli>[1] = {}): Promise<{ r: CliResult; report: JsonReport }> {
  const r = await runCli(['screen', ...args, '--format', 'json', '--quiet'], opts);
  let report: JsonReport;
  try {
    report = JSON.parse(r.stdout) as JsonReport;
  } catch {
    throw new Error(`stdout is not a JSON report (exit ${r.code}); stderr:\n${r.stderr}`);
  }
  return { r, report };
}

/** stderr lines that are not warnings nor per-file summaries: the error lines. */
export function errorLines(stderr: string): string[] {
  return stderr
    .split('\n')
    .filter((l) => l.length > 0 && !l.startsWith('fundscreen: warning:') && !/^fundscreen: .* \[[\w-]+\]: \d+ rows? read/.test(l) && !/^fundscreen: list \S+ \d{4}-\d{2}-\d{2}: /.test(l));
}

/**
 * Exactly one error line, `fundscreen: FILE[:LINE]: message`, and nothing that looks like a stack
 * trace or an internal error.
 */
export function expectOneInputError(r: CliResult, file: string, message: RegExp, line?: number): void {
  const lines = errorLines(r.stderr);
  expect(lines, r.stderr).toHaveLength(1);
  const prefix = `fundscreen: ${file}${line === undefined ? '' : `:${line}`}: `;
  expect(lines[0].startsWith(prefix), `${lines[0]}\n  should start with\n${prefix}`).toBe(true);
  expect(lines[0].slice(prefix.length)).toMatch(message);
  expectNoStack(r);
}

export function expectNoStack(r: CliResult): void {
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stderr).not.toContain('internal error');
  expect(r.stderr).not.toContain('--verbose');
}

/** Physical lines of a text file (decompressed and decoded as the reader would), or null if not a plain file. */
export function physicalLines(source: string): number | null {
  const file = path.resolve(repoRoot, source);
  let st;
  try {
    st = statSync(file);
  } catch {
    return null; // a zip member ("set.zip:member") or stdin
  }
  if (!st.isFile() || /\.(xlsx|zip)$/i.test(file)) return null;
  let bytes = readFileSync(file);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = bytes.subarray(2).toString('utf16le');
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  else text = bytes.toString('latin1');
  const eol = text.includes('\n') ? '\n' : '\r';
  const n = text.split(eol).length;
  return text.endsWith(eol) ? n - 1 : n;
}

/**
 * Nothing lost: per fund read = screened + excluded + skipped; per source the skipped[] entries
 * are exactly as many as the funds of that source count, each with a line inside the file.
 */
export function expectAccounting(report: JsonReport): void {
  const skippedBySource = new Map<string, number>();
  for (const f of report.funds) {
    expect(f.rows.read, `${f.source} / ${f.fund}`).toBe(f.rows.screened + f.rows.excluded + f.rows.skipped);
    skippedBySource.set(f.source, (skippedBySource.get(f.source) ?? 0) + f.rows.skipped);
  }
  const listed = new Map<string, number>();
  for (const s of report.skipped) listed.set(s.source, (listed.get(s.source) ?? 0) + 1);
  for (const [source, n] of skippedBySource) expect(listed.get(source) ?? 0, `skipped[] entries of ${source}`).toBe(n);
  for (const source of listed.keys()) expect(skippedBySource.has(source), `skipped[] names ${source}, which no fund counts`).toBe(true);
  for (const s of report.skipped) {
    expect(s.reason.length).toBeGreaterThan(0);
    expect(Number.isInteger(s.line) && s.line >= 1, `${s.source}:${s.line}`).toBe(true);
    const max = physicalLines(s.source);
    if (max !== null) expect(s.line, `${s.source}:${s.line} is past the end (${max} lines)`).toBeLessThanOrEqual(max);
  }
}

export const bad = (name: string) => `fixtures/bad/${name}`;
