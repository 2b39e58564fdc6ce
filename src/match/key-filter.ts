/**
 * A Bloom filter over the keys of an index: "certainly not there" without building, hashing
 * and looking up a key string. Most words of an unlisted issuer (and most pairs of its words run
 * together) are no key of the list: a Map lookup of a fresh string costs far more than two bits.
 * Never a false "not there": a key it lets through is then looked up for real.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a of `text`, continuing from `hash` (so the hash of a + b is hashText(hashText(START, a), b)). */
export function hashText(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

export const HASH_START = FNV_OFFSET;

/** hashText of one more character code (for keys built as codes, never as a string: sounds.ts). */
export function hashCode(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

/** About 16 bits per key and two probes: under 2 % of absent keys get through. */
const BITS_PER_KEY = 16;
/** log2 of a block's bits: both probes of a key fall in one block of 512 bits, one cache line. */
const BLOCK_LOG2 = 9;

/**
 * A blocked Bloom filter: a key's two bits lie in one 64-byte block its hash picks, so asking it
 * reads one cache line, not two far apart (the filters are asked for nearly every word of every
 * name, and their tables outgrow the caches: a miss costs more than the probe).
 */
export class KeyFilter {
  private readonly bits: Int32Array;
  /** 32 - log2(blocks): a key's block is the top bits of a mixed hash. */
  private readonly shift: number;

  /** A filter for about `count` keys, empty: `add` them. */
  constructor(count: number) {
    let log2 = 10;
    while (2 ** log2 < count * BITS_PER_KEY && log2 < 30) log2++;
    this.bits = new Int32Array(2 ** (log2 - 5));
    this.shift = 32 - (log2 - BLOCK_LOG2);
  }

  /** A filter of these strings (looked up by hashText(HASH_START, key)). */
  static of(keys: Iterable<string>, count: number): KeyFilter {
    const filter = new KeyFilter(count);
    for (const key of keys) filter.add(hashText(HASH_START, key));
    return filter;
  }

  /** Adds a 32-bit hash (any hash: the block and both probes mix it). */
  add(hash: number): void {
    const block = (Math.imul(hash, 0x9e3779b1) >>> this.shift) << (BLOCK_LOG2 - 5);
    const s = second(hash);
    const a = s & 511;
    const b = (s >>> BLOCK_LOG2) & 511;
    this.bits[block + (a >>> 5)] |= 1 << (a & 31);
    this.bits[block + (b >>> 5)] |= 1 << (b & 31);
  }

  /** False: no key added has this hash. True: look it up. */
  mayHave(hash: number): boolean {
    const block = (Math.imul(hash, 0x9e3779b1) >>> this.shift) << (BLOCK_LOG2 - 5);
    const s = second(hash);
    const a = s & 511;
    const b = (s >>> BLOCK_LOG2) & 511;
    return (this.bits[block + (a >>> 5)] & (1 << (a & 31))) !== 0 && (this.bits[block + (b >>> 5)] & (1 << (b & 31))) !== 0;
  }
}

/** A second probe from the same 32 bits (the murmur3 finaliser). */
function second(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
