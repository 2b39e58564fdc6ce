/**
 * A Bloom filter over the keys of an alias index: "certainly not there" without building, hashing
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

/** About 16 bits per key and two probes: under 2 % of absent keys get through. */
const BITS_PER_KEY = 16;

export class KeyFilter {
  private readonly bits: Int32Array;
  private readonly mask: number;

  constructor(keys: Iterable<string>, count: number) {
    let size = 1 << 10;
    while (size < count * BITS_PER_KEY && size < 1 << 30) size *= 2;
    this.bits = new Int32Array(size >>> 5);
    this.mask = size - 1;
    for (const key of keys) this.add(hashText(HASH_START, key));
  }

  private add(hash: number): void {
    const a = hash & this.mask;
    const b = second(hash) & this.mask;
    this.bits[a >>> 5] |= 1 << (a & 31);
    this.bits[b >>> 5] |= 1 << (b & 31);
  }

  /** False: no key has this hash (from hashText). True: look it up. */
  mayHave(hash: number): boolean {
    const a = hash & this.mask;
    const b = second(hash) & this.mask;
    return (this.bits[a >>> 5] & (1 << (a & 31))) !== 0 && (this.bits[b >>> 5] & (1 << (b & 31))) !== 0;
  }
}

/** A second, independent-enough probe from the same 32 bits (a murmur3 finaliser). */
function second(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
