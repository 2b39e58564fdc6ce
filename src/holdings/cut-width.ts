/**
 * The width at which a file cuts its issuer names, read from the names themselves. Vendors and
 * filers store names in fixed-width fields (iShares 34 characters, many 13F filers 28, others 30,
 * 35, 40): every longer name is cut to the width, so names pile up at exactly that length and
 * none is longer. A name at the width is then worth reading as cut ("HANGZHOU HIKVISION DIGITAL
 * T"); a file without such a pile-up is read with the matcher's default widths. Pure.
 */

/** Names shorter than this are not cut by any field we know (and short names pile up by chance). */
const MIN_WIDTH = 20;
/** No name field we know is wider (SEC forms and vendor feeds cut at 28-120). */
const MAX_WIDTH = 200;
/** At least this many names must end exactly at the width. */
const MIN_AT_WIDTH = 5;
/** Names at the width against the mean of the lengths just below it (2..7 shorter). */
const MIN_PILE_UP = 2.5;
/** Names longer than the width that may still occur (a hand-typed row), per name at the width; one is always allowed. */
const LONGER_ALLOWED = 0.02;

export interface CutWidth {
  /** The width: a name of this length (or one less, a trailing space trimmed) may be cut. */
  width: number;
  /** How many names end exactly at the width. */
  atWidth: number;
  /** How many are longer (hand-typed rows: at most one, or 2 % of those at the width if more). */
  longer: number;
  /** How many names were looked at. */
  names: number;
}

/**
 * The width the names pile up at, if they do: the length with the sharpest pile-up (against the
 * lengths just below it) that almost no name exceeds. `lengths` are trimmed issuer-name lengths.
 */
export function inferCutWidth(lengths: readonly number[]): CutWidth | null {
  let longest = 0;
  // Longer names all count as longer than any width (a hostile cell of a million characters
  // must not size the tally).
  for (const n of lengths) if (n > longest) longest = Math.min(n, MAX_WIDTH + 1);
  if (longest < MIN_WIDTH) return null;
  const count = new Uint32Array(longest + 2);
  for (const n of lengths) count[Math.min(n, MAX_WIDTH + 1)]++;
  // longer[L] = names longer than L.
  const longer = new Uint32Array(longest + 2);
  for (let L = longest - 1; L >= 0; L--) longer[L] = longer[L + 1] + count[L + 1];
  let best: CutWidth | null = null;
  let bestPile = 0;
  for (let L = MIN_WIDTH; L <= Math.min(longest, MAX_WIDTH); L++) {
    const at = count[L];
    if (at < MIN_AT_WIDTH || longer[L] > Math.max(1, at * LONGER_ALLOWED)) continue;
    let below = 0;
    for (let k = L - 7; k <= L - 2; k++) below += count[k];
    const pile = at / (below / 6 + 1);
    if (pile >= MIN_PILE_UP && pile > bestPile) {
      best = { width: L, atWidth: at, longer: longer[L], names: lengths.length };
      bestPile = pile;
    }
  }
  return best;
}

/** Records looked at to infer the width: the reader's first batches up to this many. */
export const CUT_SAMPLE_RECORDS = 5_000;

/**
 * Reads a reader's first batches (up to CUT_SAMPLE_RECORDS records) to infer the width from its
 * positions' issuer names, and gives back every batch from the first, those read included, then
 * the reader's error if it failed inside the sample. A stream is read once: nothing is read twice,
 * and at most one sample of records is held.
 */
export async function peekCutWidth<R extends { kind: string; issuer?: unknown }>(
  batches: AsyncIterable<R[]>,
): Promise<{ cut: CutWidth | null; batches: AsyncIterable<R[]> }> {
  const it = batches[Symbol.asyncIterator]();
  const head: R[][] = [];
  const lengths: number[] = [];
  let records = 0;
  let done = false;
  // A reader that fails inside the sample (a truncated file) fails after the batches before it,
  // as it would unpeeked: those rows are still screened and counted.
  let failure: { error: unknown } | null = null;
  while (records < CUT_SAMPLE_RECORDS) {
    let next: IteratorResult<R[]>;
    try {
      next = await it.next();
    } catch (error) {
      failure = { error };
      break;
    }
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
    records += next.value.length;
    for (const r of next.value) if (r.kind === 'position' && typeof r.issuer === 'string') lengths.push(r.issuer.trim().length);
  }
  // A caller that stops early (an error while screening a row) releases the reader, as a
  // `for await` over the reader's own batches would: its file stream is closed.
  let finished = done || failure !== null;
  async function* all(): AsyncGenerator<R[]> {
    try {
      yield* head.splice(0);
      if (failure) throw failure.error;
      if (done) return;
      for (;;) {
        let next: IteratorResult<R[]>;
        try {
          next = await it.next();
        } catch (error) {
          finished = true;
          throw error;
        }
        if (next.done) {
          finished = true;
          return;
        }
        yield next.value;
      }
    } finally {
      if (!finished) {
        finished = true;
        await it.return?.();
      }
    }
  }
  return { cut: inferCutWidth(lengths), batches: all() };
}
