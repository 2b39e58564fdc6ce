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

/**
 * The syllables as a trie over a-z: NEXT[node * 26 + letter] the node after that letter (0: none),
 * END[node] 1 where a syllable ends. Node 1 is the root.
 */
let NEXT = new Int16Array(26 * 1024);
const END = new Uint8Array(1024);
let nodes = 2;
for (const i of INITIALS) {
  for (const f of FINALS) {
    if (i === '' && !BARE.has(f)) continue;
    const syllable = i + f;
    let node = 1;
    for (let k = 0; k < syllable.length; k++) {
      const at = node * 26 + syllable.charCodeAt(k) - 97;
      if (NEXT[at] === 0) {
        // (The arrays hold 1,024 nodes; the syllables need 957: a syllable more must not be lost silently.)
        if (nodes >= END.length) throw new Error('pinyin.ts: the syllable trie outgrew its arrays');
        NEXT[at] = nodes++;
      }
      node = NEXT[at];
    }
    END[node] = 1;
  }
}
NEXT = NEXT.slice(0, nodes * 26);

/** Scratch: reach[k] = 1 when word[0..k) is a run of syllables. */
let reach = new Uint8Array(64);

/** The word (lower-case) is a run of pinyin syllables. No strings built: the syllables are walked in a trie. */
export function readsAsPinyin(word: string): boolean {
  const n = word.length;
  if (n < 2) return false;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  if (reach.length < n + 1) reach = new Uint8Array(2 * n + 2);
  reach.fill(0, 0, n + 1);
  reach[0] = 1;
  // From each start a run of syllables reaches, the syllables that start there; a start past the
  // furthest reach ends it.
  let furthest = 0;
  for (let start = 0; start < n; start++) {
    if (start > furthest) return false;
    if (reach[start] === 0) continue;
    let node = 1;
    for (let k = start; k < n; k++) {
      node = NEXT[node * 26 + word.charCodeAt(k) - 97];
      if (node === 0) break;
      if (END[node] === 1) {
        reach[k + 1] = 1;
        if (k + 1 > furthest) furthest = k + 1;
      }
    }
  }
  return reach[n] === 1;
}
