/**
 * Every issuer of every real sample in ../shared screened against the shipped list: each flags
 * exactly the listed companies it holds (by ticker, ISIN or name) and nothing else. The expected
 * findings below are the list's own facts (tickers, aliases, recorded relations), per sample line.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { loadList, DEFAULT_LIST_PATH } from '../../src/lists/load.js';
import { createMatcher } from '../../src/match/matcher.js';
import { openHoldings } from '../../src/holdings/read.js';
import { repoRoot, sharedAvailable, sharedPath } from '../helpers/cli.js';

/**
 * The labelled holdings (fixtures/eval/real-samples.csv, also read by scripts/build-gold.ts):
 * file prefix:line -> "entity relation". `strong`: flagged confirmed or probable. `unlinked`:
 * parents of listed subsidiaries whose link the list does not record (JA Solar Technology /
 * Donghai JA Solar; O-Film / Nanchang O-Film Tech): not findings, but `fundscreen explain` shows
 * the listed subsidiary as the nearest candidate and says why it was not flagged.
 */
const LABELS = parse(readFileSync(path.join(repoRoot, 'fixtures', 'eval', 'real-samples.csv'), 'utf8'), { columns: true }) as Array<Record<string, string>>;
const labelled = (tier: string) => Object.fromEntries(LABELS.filter((l) => l.tier === tier).map((l) => [`${l.sample}:${l.line}`, `${l.expected} ${l.relation}`]));
const EXPECTED = labelled('strong');
const UNLINKED = labelled('unlinked');

describe.runIf(sharedAvailable('matcher real-sample screen'))('real samples in ../shared', () => {
  it('flag exactly the listed companies they hold', async () => {
    const matcher = createMatcher([await loadList(DEFAULT_LIST_PATH)]);
    const root = sharedPath('sources', 'holdings');
    const strong: Record<string, string> = {};
    const review: Record<string, string> = {};
    const nearest: Record<string, string> = {};
    let positions = 0;
    for (const dir of ['ishares', 'vanguard', 'spdr', 'sec_nport', 'sec_13f']) {
      for (const file of readdirSync(`${root}/${dir}`).filter((f) => /\.(csv|xml|xlsx)$/.test(f))) {
        const reader = await openHoldings(`${root}/${dir}/${file}`, {});
        for await (const batch of reader.batches) for (const rec of batch) {
          if (rec.kind !== 'position') continue;
          positions++;
          const key = `${file.split('_')[0]}:${rec.line}`;
          if (UNLINKED[key]) {
            const seen = matcher.inspect({ issuer: rec.issuer, title: rec.title, ids: rec.ids }).candidates[0];
            // Another company of the group, by a place only the listed name has (its city: home-city-dropped).
            if (seen.evidence.some((e) => e.rule === 'other-company' || e.rule === 'home-city-dropped')) nearest[key] = `${seen.entityId} ${seen.relation}`;
          }
          for (const m of matcher.match({ issuer: rec.issuer, title: rec.title, ids: rec.ids })) {
            const into = m.tier === 'review' ? review : strong;
            into[key] = into[key] ? `${into[key]}; ${m.entity.id} ${m.relation}` : `${m.entity.id} ${m.relation}`;
          }
        }
      }
    }
    expect(positions).toBeGreaterThan(15_000);
    expect(Object.keys(EXPECTED).length).toBe(36);
    expect(strong).toEqual(EXPECTED);
    expect(review).toEqual({});
    expect(Object.keys(UNLINKED).length).toBe(3);
    expect(nearest).toEqual(UNLINKED);
  }, 120_000);
});
