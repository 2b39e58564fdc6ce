import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CUT_SAMPLE_RECORDS, inferCutWidth, peekCutWidth } from '../../src/holdings/cut-width.js';
import { runCli, repoRoot } from '../helpers/cli.js';

/** Lengths of names of a file that cuts at `width`: `cut` names at it, the rest spread below. */
function lengths(width: number, cut: number, spread: number[]): number[] {
  return [...Array<number>(cut).fill(width), ...spread];
}
const spread = Array.from({ length: 200 }, (_, i) => 8 + (i % 20)); // 8..27, 10 names each

describe('inferCutWidth: the width names pile up at', () => {
  it('finds the width of a pile-up that no name exceeds (iShares 34, 13F filers 28)', () => {
    expect(inferCutWidth(lengths(34, 60, spread))).toMatchObject({ width: 34, atWidth: 60, longer: 0 });
    expect(inferCutWidth(lengths(28, 30, spread))).toMatchObject({ width: 28, atWidth: 30 });
  });

  it('tolerates a hand-typed longer name or two, not a file of longer names', () => {
    expect(inferCutWidth([...lengths(30, 100, spread), 41])).toMatchObject({ width: 30, longer: 1 });
    expect(inferCutWidth([...lengths(30, 100, spread), ...Array.from({ length: 20 }, (_, i) => 31 + i)])).toBeNull();
  });

  it('no pile-up, too few names at the end, or short names: none', () => {
    expect(inferCutWidth(spread)).toBeNull(); // names spread evenly, the longest 10 times like the others
    expect(inferCutWidth(lengths(34, 4, spread))).toBeNull();
    expect(inferCutWidth(lengths(12, 50, [5, 6, 7, 8, 9]))).toBeNull();
    expect(inferCutWidth([])).toBeNull();
    expect(inferCutWidth([...lengths(34, 60, spread), 5_000_000])).toMatchObject({ width: 34, longer: 1 });
  });

  it('the real 13F information table (../shared) cuts at 28', () => {
    const shared = path.join(repoRoot, '..', 'shared', 'sources', 'holdings');
    let f: string;
    try {
      f = readFileSync(path.join(shared, 'sec_13f', '13F-HR.infotable__edgartools_real.xml'), 'utf8');
    } catch {
      return; // ../shared absent (a clone without it): the synthetic cases above still hold
    }
    const names = [...f.matchAll(/<(?:\w+:)?nameOfIssuer>([^<]*)</g)].map((m) => m[1]!.trim().length);
    expect(inferCutWidth(names)?.width).toBe(28);
  });
});

describe('peekCutWidth gives back every batch, in order, once', () => {
  it('for any batch sizes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 900 }), { maxLength: 30 }), async (sizes) => {
        const batches = sizes.map((b, i) => b.map((n, j) => ({ kind: 'position', issuer: 'X'.repeat(n), id: `${i}.${j}` })));
        async function* source() {
          for (const b of batches) yield b;
        }
        const { batches: again } = await peekCutWidth(source());
        const seen: typeof batches = [];
        for await (const b of again) seen.push(b);
        expect(seen).toEqual(batches);
      }),
      { numRuns: 50 },
    );
  });

  it('a reader failing inside the sample fails after the batches before it', async () => {
    async function* source() {
      yield [{ kind: 'position', issuer: 'A' }];
      yield [{ kind: 'position', issuer: 'B' }];
      throw new Error('truncated');
    }
    const { batches } = await peekCutWidth(source());
    const seen: string[] = [];
    await expect((async () => {
      for await (const b of batches) for (const r of b) seen.push(r.issuer);
    })()).rejects.toThrow('truncated');
    expect(seen).toEqual(['A', 'B']);
  });

  it('a caller that stops early releases the reader (its return runs), as a for await over it would', async () => {
    let released = false;
    async function* source() {
      try {
        for (let i = 0; i < 10_000; i++) yield [{ kind: 'position', issuer: 'NAME' }];
      } finally {
        released = true;
      }
    }
    const { batches } = await peekCutWidth(source());
    let n = 0;
    for await (const b of batches) {
      n += b.length;
      if (n === CUT_SAMPLE_RECORDS + 10) break;
    }
    expect(released).toBe(true);
  });

  it('reads no further than the sample before the caller asks', async () => {
    let pulled = 0;
    async function* source() {
      for (let i = 0; i < 100; i++) {
        pulled++;
        yield Array.from({ length: 1000 }, () => ({ kind: 'position', issuer: 'NAME' }));
      }
    }
    await peekCutWidth(source());
    expect(pulled).toBe(CUT_SAMPLE_RECORDS / 1000);
  });
});

describe('screen and inspect read a file cut at 28 as cut (fixtures/holdings/cut-28)', () => {
  const file = path.join(repoRoot, 'fixtures', 'holdings', 'cut-28', 'holdings.csv');

  it('finds the listed company whose only trace is its cut name, with cut-name evidence', async () => {
    const r = await runCli(['screen', file, '--format', 'json']);
    const report = JSON.parse(r.stdout) as { findings: { issuer: string; tier: string; entity: { id: string }; match: { evidence: { rule: string; detail?: unknown }[] } }[] };
    expect(report.findings.map((f) => [f.issuer, f.entity.id, f.tier])).toEqual([['HANGZHOU HIKVISION DIGITAL T', 'hikvision', 'confirmed']]);
    expect(report.findings[0]!.match.evidence).toContainEqual({ rule: 'cut-name', detail: { width: 28, words: 'technology' } });
    expect(r.stdout).toContain('name cut at 28 characters; list words not compared: technology');
    expect(r.stderr).toContain('names cut at 28 characters');
  });

  it('inspect says the width and why', async () => {
    const r = await runCli(['inspect', file]);
    expect(r.stdout).toMatch(/Names cut: +at 28 characters \(13 of the first 33 names end there, 0 longer\)/);
  });
});
