/**
 * A published report never carries the analyst's local paths: every format is grepped for the
 * absolute path of an input (and its folder). Only the JSON contract's `source` fields keep the
 * path as given. A file that names no fund is named by --fund-name, else by its file name.
 */
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORT_FORMATS } from '../../src/report/index.js';
import { repoRoot, runCli } from '../helpers/cli.js';


/** Two files in two folders of a temp tree; neither file names its fund. */
function tree(): { root: string; a: string; b: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'fundscreen-paths-'));
  mkdirSync(path.join(root, 'alice-private', 'em'), { recursive: true });
  mkdirSync(path.join(root, 'alice-private', 'world'), { recursive: true });
  const a = path.join(root, 'alice-private', 'em', 'holdings.csv');
  const b = path.join(root, 'alice-private', 'world', 'holdings.csv');
  copyFileSync(path.join(repoRoot, 'fixtures', 'holdings', 'generic', 'synonyms.csv'), a);
  copyFileSync(path.join(repoRoot, 'fixtures', 'holdings', 'generic', 'synonyms.csv'), b);
  return { root, a, b };
}

/** Drops every `source` key (the one place a path as given belongs). */
function withoutSources(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutSources);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'source').map(([k, x]) => [k, withoutSources(x)]));
  return v;
}

describe('no local paths in reports', () => {
  const { root, a, b } = tree();

  for (const format of REPORT_FORMATS) {
    it(`${format}: no absolute input path, funds named by file name`, async () => {
      const r = await runCli(['screen', a, b, '--format', format, '--fail-on', 'none', '--quiet']);
      expect(r.code, r.stderr).toBe(0);
      let text = r.stdout;
      if (format === 'json') text = JSON.stringify(withoutSources(JSON.parse(text)));
      if (format === 'jsonl') text = text.trim().split('\n').map((l) => JSON.stringify(withoutSources(JSON.parse(l)))).join('\n');
      expect(text).not.toContain(root);
      expect(text).not.toContain('alice-private');
      if (format !== 'jsonl') expect(text).toMatch(/em\/holdings\.csv|holdings\.csv/);
    });
  }

  it('json keeps the paths as given in `source`, and names the funds by file name or --fund-name', async () => {
    const r = await runCli(['screen', a, b, '--format', 'json', '--fail-on', 'none', '--quiet', '--fund-name', `${a}=Emerging Fund`, '--fund-name', 'nomatch.csv=X']);
    const json = JSON.parse(r.stdout);
    expect(json.funds.map((f: { source: string }) => f.source)).toEqual([a, b]);
    expect(json.funds.map((f: { fund: string }) => f.fund)).toEqual(['Emerging Fund', 'holdings.csv']);
    for (const f of json.findings) expect(f.fund).toBe(f.source === a ? 'Emerging Fund' : 'holdings.csv');
  });

  it('a bare FILE in --fund-name names every input of that file name; stdin is "stdin"', async () => {
    const r = await runCli(['screen', a, '--format', 'csv', '--fail-on', 'none', '--quiet', '--fund-name', 'holdings.csv=My Fund']);
    const rows = r.stdout.trim().split('\r\n').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.startsWith('holdings.csv,')).toBe(true);
    expect(r.stdout).toContain(',My Fund,');
  });

  it('stdin is named "stdin" (no "\'-" cell in CSV)', async () => {
    const text = (await import('node:fs')).readFileSync(a, 'utf8');
    const r = await runCli(['screen', '-', '--format', 'csv', '--fail-on', 'none', '--quiet'], { input: text });
    const rows = r.stdout.trim().split('\r\n').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.startsWith('stdin,')).toBe(true);
  });

  it('--fund-name without "=" is a usage error naming the option', async () => {
    const r = await runCli(['screen', a, '--fund-name', 'oops']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('FILE=NAME');
  });
});
