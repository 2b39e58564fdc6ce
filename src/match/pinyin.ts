/**
 * Whether a word reads as Hanyu Pinyin: a run of syllables, each an optional initial (b p m f d t
 * n l g k h j q x zh ch sh r z c s y w) and a final. In a pinyin name every letter belongs to a
 * syllable that stands for a character: two letters changed spell other syllables, so another
 * name (Hengmeng / Gongmeng, Shenzhao / Shanghao), not a slip of the pen. Words of the West
 * almost never read so: a consonant cluster (tr, st, rg, sch) or a final pinyin lacks (um, ol)
 * stops them (Trelleborg, Schibsted, Outokumpu). The finals are the standard table's, allowed
 * after any initial (a few syllables the table lacks, such as "fia", read as pinyin too: the
 * test is for words, not for syllables). Pure.
 */

const INITIALS = ['', 'b', 'p', 'm', 'f', 'd', 't', 'n', 'l', 'g', 'k', 'h', 'j', 'q', 'x', 'zh', 'ch', 'sh', 'r', 'z', 'c', 's', 'y', 'w'];
const FINALS = [
  'a', 'o', 'e', 'i', 'u', 'v', 'ai', 'ei', 'ao', 'ou', 'an', 'en', 'ang', 'eng', 'ong', 'er',
  'ia', 'ie', 'iao', 'iu', 'ian', 'in', 'iang', 'ing', 'iong', 'ua', 'uo', 'uai', 'ui', 'uan', 'un', 'uang', 'ue', 've', 'van', 'vn',
];
/** Finals a syllable may be on its own (a, ai, er, ou...); the rest are written with y or w. */
const BARE = new Set(['a', 'o', 'e', 'ai', 'ei', 'ao', 'ou', 'an', 'en', 'ang', 'eng', 'er']);

const SYLLABLES = new Set<string>();
for (const i of INITIALS) for (const f of FINALS) if (i !== '' || BARE.has(f)) SYLLABLES.add(i + f);

const LONGEST = 6; // zhuang, shuang, chuang

/** Scratch: reach[k] = 1 when word[0..k) is a run of syllables. */
let reach = new Uint8Array(64);

/** The word (lower-case) is a run of pinyin syllables. */
export function readsAsPinyin(word: string): boolean {
  const n = word.length;
  if (n < 2) return false;
  if (reach.length < n + 1) reach = new Uint8Array(2 * n + 2);
  reach.fill(0, 0, n + 1);
  reach[0] = 1;
  for (let end = 1; end <= n; end++) {
    for (let len = 1; len <= LONGEST && len <= end; len++) {
      if (reach[end - len] === 1 && SYLLABLES.has(word.slice(end - len, end))) {
        reach[end] = 1;
        break;
      }
    }
  }
  return reach[n] === 1;
}
