/** "How to read this report": written once, in markdown and HTML, in step with lists/README.md. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/index.js';
import { LIST_MEANINGS, readingGuide } from '../../src/report/reading-guide.js';
import { repoRoot } from '../helpers/cli.js';
import { sampleResult } from './sample-result.js';

const opts = { color: false, width: 80, showSuppressed: false };

describe('reading guide', () => {
  it('each list meaning is the one lists/README.md gives', () => {
    const readme = readFileSync(path.join(repoRoot, 'lists', 'README.md'), 'utf8');
    for (const [list, meaning] of Object.entries(LIST_MEANINGS)) {
      const row = readme.split('\n').find((l) => l.startsWith(`| \`${list}\` |`));
      expect(row, list).toBeDefined();
      expect(row).toContain(meaning);
    }
  });

  it('describes the lists the findings cite, tiers and relations, in markdown and html', () => {
    const r = sampleResult();
    const g = readingGuide(r.findings);
    expect(g.lists.map(([l]) => l)).toEqual(['BIS Entity List', 'CBP WRO', 'OFAC NS-CMIC', 'UFLPA Entity List']);
    const md = renderReport(r, 'markdown', opts);
    const html = renderReport(r, 'html', opts);
    for (const text of [md, html]) {
      expect(text).toContain('How to read this report');
      expect(text).toContain('Withhold Release Order: shipments of the named goods');
      expect(text).toContain('worth a human look');
      expect(text).toContain('A listing concerns that legal entity, not the fund');
    }
  });

  it('a list the guide does not know is named, not described', () => {
    const r = sampleResult();
    const f = r.findings[0];
    const own = { ...f, match: { ...f.match, entity: { ...f.match.entity, listings: [{ ...f.match.entity.listings[0], list: 'My Watchlist' }] } } };
    expect(readingGuide([own]).lists).toEqual([['My Watchlist', null]]);
  });
});
