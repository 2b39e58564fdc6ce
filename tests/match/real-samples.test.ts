/**
 * Every issuer of every real sample in ../shared screened against the shipped list: each flags
 * exactly the listed companies it holds (by ticker, ISIN or name) and nothing else. The expected
 * findings below are the list's own facts (tickers, aliases, recorded relations), per sample line.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { loadList, DEFAULT_LIST_PATH } from '../../src/lists/load.js';
import { createMatcher } from '../../src/match/matcher.js';
import { openHoldings } from '../../src/holdings/read.js';
import { sharedAvailable, sharedPath } from '../helpers/cli.js';

/** file prefix:line -> "entity relation" at confirmed or probable. */
const EXPECTED: Record<string, string> = {
  'EEM:127': 'zijin-mining-group direct', 'EEM:546': 'zijin-mining-group direct', 'EEM:919': 'iflytek direct',
  'EEM:1042': 'hoshine-silicon direct', 'EEM:1054': 'dahua-technology direct', 'EEM:1121': 'xinjiang-daqo-new-energy direct',
  'EEM:1124': 'ninestar direct',
  'EIMI:200': 'zijin-mining-group direct', 'EIMI:478': 'xinjiang-daqo-new-energy parent', 'EIMI:782': 'zijin-mining-group direct',
  'EIMI:1066': 'iflytek direct', 'EIMI:1513': 'dahua-technology direct', 'EIMI:1875': 'ninestar direct',
  'EIMI:2477': 'fiberhome-technologies-group direct',
  'ACWI:1113': 'zijin-mining-group direct', 'ACWI:1902': 'xinjiang-daqo-new-energy parent',
  'VT:1901': 'zijin-mining-group direct', 'VT:2074': 'hikvision direct', 'VT:4657': 'xinjiang-daqo-new-energy parent',
  'VT:4898': 'iflytek direct', 'VT:4982': 'zijin-mining-group direct', 'VT:5292': 'dahua-technology direct',
  'VT:6138': 'dawning-information-industry direct', 'VT:6932': 'xiamen-meiya-pico direct',
  'VT:7401': 'fiberhome-technologies-group direct', 'VT:7576': 'ninestar direct', 'VT:7726': 'huafu-fashion direct',
  'VT:8517': 'camel-group direct',
};

/**
 * Review-tier only: parents of listed subsidiaries whose link the list does not record (JA Solar
 * Technology / Donghai JA Solar; O-Film / Nanchang O-Film Tech). Worth a human look, never more.
 */
const REVIEW: Record<string, string> = {
  'EEM:1128': 'donghai-ja-solar-technology direct', 'EEM:1147': 'nanchang-o-film-tech direct', 'EIMI:2659': 'nanchang-o-film-tech direct',
};

describe.runIf(sharedAvailable('matcher real-sample screen'))('real samples in ../shared', () => {
  it('flag exactly the listed companies they hold', async () => {
    const matcher = createMatcher([await loadList(DEFAULT_LIST_PATH)]);
    const root = sharedPath('sources', 'holdings');
    const strong: Record<string, string> = {};
    const review: Record<string, string> = {};
    let positions = 0;
    for (const dir of ['ishares', 'vanguard', 'spdr', 'sec_nport', 'sec_13f']) {
      for (const file of readdirSync(`${root}/${dir}`).filter((f) => /\.(csv|xml|xlsx)$/.test(f))) {
        const reader = await openHoldings(`${root}/${dir}/${file}`, {});
        for await (const rec of reader.records) {
          if (rec.kind !== 'position') continue;
          positions++;
          for (const m of matcher.match({ issuer: rec.issuer, title: rec.title, ids: rec.ids })) {
            const key = `${file.split('_')[0]}:${rec.line}`;
            const into = m.tier === 'review' ? review : strong;
            into[key] = into[key] ? `${into[key]}; ${m.entity.id} ${m.relation}` : `${m.entity.id} ${m.relation}`;
          }
        }
      }
    }
    expect(positions).toBeGreaterThan(15_000);
    expect(strong).toEqual(EXPECTED);
    expect(review).toEqual(REVIEW);
  }, 120_000);
});
