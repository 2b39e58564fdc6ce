import { describe, expect, it } from 'vitest';
import { readsAsPinyin } from '../../src/match/pinyin.js';

describe('readsAsPinyin', () => {
  it('reads names of pinyin syllables as pinyin', () => {
    for (const w of ['zhongxing', 'hengrui', 'xinjiang', 'guangzhou', 'shuanghui', 'wuliangye', 'moutai', 'anhui']) {
      expect(readsAsPinyin(w), w).toBe(true);
    }
  });

  it('does not read words of European languages as pinyin', () => {
    for (const w of ['trelleborg', 'schibsted', 'outokumpu', 'iberdrola', 'bridgestone', 'schlumberger', 'thyssenkrupp', 'brenntag', 'siemens', 'continental']) {
      expect(readsAsPinyin(w), w).toBe(false);
    }
  });
});
