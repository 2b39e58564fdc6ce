/**
 * IDENTIFIERS.tsv of an N-PORT data set, folded into a compact lookup HOLDING_ID -> ISIN/ticker and
 * the series or share-class id of a fund held (from OTHER_IDENTIFIER, when its description says it
 * is one: reference/identifiers.ts fundIdFromOther; kept in one slot, told apart by its S or C).
 *
 * The real table has no ACCESSION_NUMBER column (HOLDING_ID, IDENTIFIERS_ID, IDENTIFIER_ISIN,
 * IDENTIFIER_TICKER, OTHER_IDENTIFIER, OTHER_IDENTIFIER_DESC): HOLDING_ID is the data set's
 * surrogate key for a holding, so the join is on HOLDING_ID alone. A holding can have several
 * identifier rows (one with the ISIN, another with the ticker): the first non-empty value of each
 * wins. If a HOLDING_ID is looked up by two holdings rows the join is ambiguous and `reused`
 * counts it, so the reader can say so.
 *
 * Memory: a JS Map of millions of entries costs ~100 bytes each plus strings. Here each entry is
 * a float64 key, a uint32 offset and a uint16 length into one byte pool holding "ISIN\tTICKER\tSERIES"
 * (about 30 bytes an entry). Entries are sorted by key once (a no-op when the file is already in
 * HOLDING_ID order); lookups first try the entry after the previous hit (holdings and identifiers
 * in the same order make the join a merge) and fall back to binary search.
 */
import { secText } from './sec-values.js';

/** An identifier value, '' for placeholders; capped (SEC: ISIN 12, ticker <= 50 characters). */
const clean = (v: string | undefined) => {
  const t = secText(v);
  return t === null || /^0+$/.test(t) ? '' : t.slice(0, 200).replace(/\t/g, ' ');
};

/** Growable typed array. */
function grow<T extends Float64Array | Uint32Array | Uint16Array>(arr: T, need: number): T {
  if (need <= arr.length) return arr;
  const next = new (arr.constructor as new (n: number) => T)(Math.max(need, arr.length * 2));
  next.set(arr);
  return next;
}

export interface HeldIds {
  isin: string | null;
  ticker: string | null;
  seriesId: string | null;
  classId: string | null;
}

/** The fund id slot holds a series id (S...) or a class id (C...). */
function held(isin: string, ticker: string, fundId: string): HeldIds {
  return { isin: isin || null, ticker: ticker || null, seriesId: fundId.startsWith('S') ? fundId : null, classId: fundId.startsWith('C') ? fundId : null };
}

export class IdentifierIndex {
  private keys = new Float64Array(1 << 16);
  private starts = new Uint32Array(1 << 16);
  private lens = new Uint16Array(1 << 16);
  private used = new Uint8Array(0);
  private pool = Buffer.alloc(1 << 20);
  private poolLen = 0;
  private n = 0;
  private cursor = 0;
  /** Non-numeric HOLDING_IDs (not seen in SEC data) fall back to a Map. */
  private readonly other = new Map<string, [string, string, string]>();
  /** Identifier rows whose HOLDING_ID matched more than one holdings row. */
  reused = 0;

  /** Identifier rows kept (rows with neither ISIN, ticker nor series id are dropped). */
  get size(): number {
    return this.n + this.other.size;
  }

  add(holdingId: string, isinRaw: string | undefined, tickerRaw: string | undefined, fundId: string | null = null): void {
    const isin = clean(isinRaw);
    const ticker = clean(tickerRaw);
    const series = fundId ?? '';
    if (!isin && !ticker && !series) return;
    const id = holdingId.trim();
    if (!/^\d{1,15}$/.test(id)) {
      const prev = this.other.get(id);
      this.other.set(id, [prev?.[0] || isin, prev?.[1] || ticker, prev?.[2] || series]);
      return;
    }
    const text = `${isin}\t${ticker}\t${series}`;
    const bytes = Buffer.byteLength(text);
    if (this.poolLen + bytes > this.pool.length) {
      const next = Buffer.alloc(Math.max(this.pool.length * 2, this.poolLen + bytes));
      this.pool.copy(next, 0, 0, this.poolLen);
      this.pool = next;
    }
    this.keys = grow(this.keys, this.n + 1);
    this.starts = grow(this.starts, this.n + 1);
    this.lens = grow(this.lens, this.n + 1);
    this.keys[this.n] = Number(id);
    this.starts[this.n] = this.poolLen;
    this.lens[this.n] = this.pool.write(text, this.poolLen);
    this.poolLen += bytes;
    this.n++;
  }

  /** Sorts by key (stable: file order within a HOLDING_ID) and trims the arrays. */
  finish(): void {
    const n = this.n;
    let sorted = true;
    for (let i = 1; i < n && sorted; i++) sorted = this.keys[i - 1] <= this.keys[i];
    if (sorted) {
      this.keys = this.keys.slice(0, n);
      this.starts = this.starts.slice(0, n);
      this.lens = this.lens.slice(0, n);
    } else {
      const order = new Uint32Array(n);
      for (let i = 0; i < n; i++) order[i] = i;
      const k = this.keys;
      order.sort((a, b) => k[a] - k[b] || a - b);
      const keys = new Float64Array(n);
      const starts = new Uint32Array(n);
      const lens = new Uint16Array(n);
      for (let i = 0; i < n; i++) {
        keys[i] = k[order[i]];
        starts[i] = this.starts[order[i]];
        lens[i] = this.lens[order[i]];
      }
      this.keys = keys;
      this.starts = starts;
      this.lens = lens;
    }
    this.used = new Uint8Array(n);
    // A copy, not a view: the pool grew by doubling, and a view would keep up to twice the bytes
    // used (128 MiB for 77 MiB of a 5M-holding quarter's identifiers).
    this.pool = Buffer.from(this.pool.subarray(0, this.poolLen));
  }

  private lowerBound(key: number): number {
    const k = this.keys;
    // Merge-join fast path: the next holding usually wants the entry right after the last hit.
    const c = this.cursor;
    if (c < this.n && k[c] === key && (c === 0 || k[c - 1] < key)) return c;
    let lo = 0;
    let hi = this.n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (k[mid] < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  get(holdingId: string): HeldIds | null {
    const id = holdingId.trim();
    if (!/^\d{1,15}$/.test(id)) {
      const hit = this.other.get(id);
      return hit ? held(hit[0], hit[1], hit[2]) : null;
    }
    const key = Number(id);
    let i = this.lowerBound(key);
    if (i >= this.n || this.keys[i] !== key) return null;
    if (this.used[i]) this.reused++;
    this.used[i] = 1;
    let isin = '';
    let ticker = '';
    let series = '';
    for (; i < this.n && this.keys[i] === key && !(isin && ticker && series); i++) {
      const text = this.pool.toString('utf8', this.starts[i], this.starts[i] + this.lens[i]);
      const tab = text.indexOf('\t');
      const tab2 = text.indexOf('\t', tab + 1);
      isin ||= text.slice(0, tab);
      ticker ||= text.slice(tab + 1, tab2);
      series ||= text.slice(tab2 + 1);
    }
    while (i < this.n && this.keys[i] === key) i++;
    this.cursor = i;
    return held(isin, ticker, series);
  }
}
