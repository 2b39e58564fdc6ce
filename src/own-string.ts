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
  // Appending a character makes a concatenation; slicing it flattens that into one new string
  // (a copy of s and the space) and views that copy: nothing of s's parent is kept. A quarter of
  // the cost of a JSON round trip.
  return (s + ' ').slice(0, -1);
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
