/**
 * A file's batches, each handed on once worker threads have done its names' work (name-pool.ts):
 * while the main thread matches one batch, the workers work out the names of the next AHEAD.
 * Starts the workers only once the main thread has worked out START_AFTER names (a run whose
 * names repeat never pays for them), and falls back to the main thread for good if a worker
 * fails: without workers every name is worked out where it is matched, as before.
 */
import type { Position } from '../holdings/position.js';
import type { MatchQuery } from '../match/types.js';
import type { NameWorkSharing } from '../match/matcher.js';
import type { NamePool } from '../match/name-pool.js';

/** What screen needs to share name work: the matcher's side and a way to start the workers. */
export interface NameWorkers {
  sharing: NameWorkSharing;
  start(): NamePool;
  /** Names the main thread works out before the workers start (default START_AFTER). */
  startAfter?: number;
}

/**
 * Names the main thread works out before the workers start: about what starting them costs (each
 * loads the code and compiles the lists: 0.3-1 s of CPU, more through tsx or with a large list;
 * tens of thousands of names' work). A run that
 * has met that many names is one whose names do not repeat, and likely to meet more; one whose
 * names repeat (a fund file's 40,000 issuers over a million rows) answers them from the cache, and
 * workers would cost it more than they save (measured: README "Performance").
 */
export const START_AFTER = 50_000;

/** Batches read ahead of the one being matched: enough that every worker has one to work on. */
const AHEAD = 4;

interface Row {
  kind: string;
}
const isPosition = (rec: Row): rec is Position => rec.kind === 'position';

export class NameLookahead {
  private pool: NamePool | null = null;
  private ready = false;
  private failed: string | null = null;

  constructor(private readonly workers: NameWorkers | undefined, private readonly warn: (message: string) => void) {}

  /** The batches as they come, each handed on once its names are worked out (rows unchanged). */
  async *batches<R extends Row>(batches: AsyncIterable<R[]>, cutWidths: readonly number[] | undefined): AsyncGenerator<R[]> {
    if (this.workers === undefined) return yield* batches;
    // Held only while workers have their names: a batch with none for them (no workers yet, or
    // every name known) goes straight on, as without workers (a batch kept back outlives the young
    // generation, and a file of a million rows would carry them all into the old one).
    const held: { batch: R[]; done: Promise<void> }[] = [];
    let failure: { err: unknown } | null = null;
    try {
      for await (const batch of batches) {
        const done = this.prepare(batch, cutWidths);
        if (done === null) {
          while (held.length > 0) {
            const next = held.shift()!;
            await next.done;
            yield next.batch;
          }
          yield batch;
          continue;
        }
        held.push({ batch, done });
        if (held.length <= AHEAD) continue;
        const next = held.shift()!;
        await next.done;
        yield next.batch;
      }
    } catch (err) {
      // A reader failing mid-file (a truncated file) still hands on the batches read before: their rows count.
      failure = { err };
    }
    for (const next of held) {
      await next.done;
      yield next.batch;
    }
    if (failure !== null) throw failure.err;
  }

  /** Stops the workers (at the end of a run). */
  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    if (pool) await pool.close();
  }

  private prepare(batch: readonly Row[], cutWidths: readonly number[] | undefined): Promise<void> | null {
    if (this.failed !== null) return null;
    const sharing = this.workers!.sharing;
    if (this.pool === null) {
      if (sharing.namesWorkedOut >= (this.workers!.startAfter ?? START_AFTER)) this.startPool();
      return null;
    }
    if (!this.ready) return null;
    const issuers = sharing.pendingIssuers(queries(batch, cutWidths));
    if (issuers.length === 0) return null;
    return this.pool.check(issuers).then(
      (works) => sharing.rememberNameWork(issuers, works),
      (err: unknown) => this.fail(err),
    );
  }

  private startPool(): void {
    try {
      const pool = (this.pool = this.workers!.start());
      pool.ready.then(() => { this.ready = true; }, (err: unknown) => this.fail(err));
    } catch (err) {
      this.fail(err);
    }
  }

  private fail(err: unknown): void {
    if (this.failed !== null || this.pool === null) return;
    this.failed = err instanceof Error ? err.message : String(err);
    this.warn(`name workers stopped (${this.failed}): the rest of the run worked out names on the main thread`);
    void this.close();
  }
}

/** The batch's positions as match queries (one object, refilled: read before the next is made). */
function* queries(batch: readonly Row[], cutWidths: readonly number[] | undefined): Generator<MatchQuery> {
  const q: MatchQuery = { issuer: '', ids: {}, cutWidths };
  for (const rec of batch) {
    if (!isPosition(rec)) continue;
    q.issuer = rec.issuer;
    q.title = rec.title;
    q.ids = rec.ids;
    yield q;
  }
}
