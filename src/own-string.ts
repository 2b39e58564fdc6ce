/** V8 builds no slice or concatenation view shorter than this (SlicedString/ConsString::kMinLength). */
const OWN_MIN_LENGTH = 13;

/**
 * Copies of strings that share no memory with the text they were cut from. V8 keeps a slice of a
 * string (a split field of 13 characters or more) as a view into its whole parent, and a
 * concatenation as a tree of its parts; so one issuer name kept past its row (a flagged position,
 * a cache key) keeps the reader's whole decoded chunk (64 KB) alive with it. What outlives its row
 * goes through here; the copy is exact, code unit for code unit (lone surrogates survive, unlike UTF-8).
 */
export function ownString(s: string): string {
  // A string this short is always its own copy.
  if (s.length < OWN_MIN_LENGTH) return s;
  // A join writes its pieces into one new flat string: nothing of s's parent is kept, and no view
  // either. (A slice of a flattened copy, as before, was a view: the matcher's caches keep these
  // as keys, and V8 compares a row's name with a view key character by character in its runtime,
  // 2 % of a 1M-row screen's samples in `perf`; with a flat key, in a few percent of that.)
  return [s.slice(0, 1), s.slice(1)].join('');
}

/** A copy of `o` whose strings, and those of the plain objects and arrays inside it, are owned. */
export function ownStrings<T>(o: T): T {
  if (typeof o === 'string') return ownString(o) as T;
  if (Array.isArray(o)) return o.map(ownStrings) as T;
  if (o === null || typeof o !== 'object' || Object.getPrototypeOf(o) !== Object.prototype) return o;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) out[k] = ownStrings(v);
  return out as T;
}
