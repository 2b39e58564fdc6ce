/**
 * The format registry (src/holdings/formats/index.ts) is the one source: --input-format accepts
 * exactly its ids, --help describes each, and detection lands on the registry's format for every
 * real fund file.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { FORMATS, INPUT_FORMATS, TEXT_LAYOUTS, type Container } from '../../src/holdings/formats/index.js';
import { runCli, sharedAvailable, sharedPath } from '../helpers/cli.js';
import { REAL_SAMPLES } from '../helpers/real-samples.js';
import { fixture, readAll } from './read-all.js';

describe('the holdings format registry', () => {
  it('lists each input format once, text layouts in detection order with generic last', () => {
    expect(new Set(INPUT_FORMATS).size).toBe(FORMATS.length);
    expect(INPUT_FORMATS).toEqual(FORMATS.map((f) => f.id));
    expect(TEXT_LAYOUTS.at(-1)!.id).toBe('generic-csv');
    for (const f of FORMATS) {
      expect(f.description.length, f.id).toBeGreaterThan(0);
      // A text format is recognised by its layout; any other by a sniff of its bytes or members.
      expect(f.container === 'delimited text' ? f.layout !== undefined : f.sniff !== undefined, f.id).toBe(true);
    }
  });

  it('--input-format accepts every id in the registry and nothing else', async () => {
    const csv = fixture('generic', 'synonyms.csv');
    for (const id of INPUT_FORMATS) {
      const r = await runCli(['inspect', csv, '--input-format', id]);
      expect(r.stderr, id).not.toMatch(/unknown format/);
      expect(r.code, id).not.toBe(2);
    }
    const bad = await runCli(['inspect', csv, '--input-format', 'excel']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`(known: ${INPUT_FORMATS.join(', ')})`);
  });

  it('screen and inspect --help list each format with its description', async () => {
    for (const cmd of ['screen', 'inspect']) {
      const help = (await runCli([cmd, '--help'])).stdout;
      for (const f of FORMATS) expect(help, `${cmd} ${f.id}`).toMatch(new RegExp(`^ +${f.id} +${f.description.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
    }
  });

  // Which publisher's layout each real file is, from where it was obtained (sources/holdings/FORMATS.md).
  const PUBLISHED_AS: Record<string, string> = {
    'ishares/EIMI': 'ishares-ucits', ishares: 'ishares-us', vanguard: 'vanguard', spdr: 'spdr-xlsx',
    sec_nport: 'nport-xml', sec_13f: '13f-xml',
  };
  const containerOf = (head: Buffer): Container =>
    head.subarray(0, 2).toString('latin1') === 'PK' ? 'xlsx' : head.toString('latin1').trimStart().startsWith('<') ? 'XML' : 'delimited text';

  // (Skipped, saying why, where ../shared is absent, as the other real-sample tests are: a worktree outside the checkout's folder.)
  it.skipIf(!sharedAvailable('the registry\'s real samples')).each(REAL_SAMPLES)('real sample %s is detected as its registry format', async (sample) => {
    const expected = Object.entries(PUBLISHED_AS).find(([prefix]) => sample.startsWith(prefix))![1];
    const format = FORMATS.find((f) => f.id === expected)!;
    const file = sharedPath('sources', 'holdings', sample);
    expect(format.container).toBe(containerOf(await readFile(file)));
    expect((await readAll(file)).meta.format).toBe(format.id);
  });
});
