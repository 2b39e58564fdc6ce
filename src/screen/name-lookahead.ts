/**
 * A file's batches, each handed on once worker threads have done its names' work (name-pool.ts):
 * while the main thread matches one batch, the workers work out the next one's names and the
 * reader reads the one after. Starts the workers only once a run has met START_AFTER names not yet
 * worked out (a small file never pays for them), and falls back to the main thread for good if a
 * worker fails: without workers every name is worked out where it is matched, as before.
 */
import type { Position } from '../holdings/position.js';
import type { MatchQuery } from '../match/types.js';
import type { NameWorkSharing } from '../match/matcher.js';
import type { NamePool } from '../match/name-pool.js';

/** What screen needs to share name work: the matcher's side and a way to start the workers. */
export interface NameWorkers {
  sharing: NameWorkSharing;
  start(): NamePool;
}

/** Names not yet worked out that a run meets before its workers start. */
export const START_AFTER = 4_000;

interface Row {
  kind: string;
}
const isPosition = (rec: Row): rec is Position => rec.kind === 'position';

export class NameLookahead {
  private pool: NamePool | null = null;
  private ready = false;
  private failed: string | null = null;
  private met = 0;

  constructor(private readonly workers: NameWorkers | undefined, private readonly warn: (message: string) => void) {}

  /** The batches as they come, each handed on once its names are worked out (rows unchanged). */
  async *batches<R extends Row>(batches: AsyncIterable<R[]>, cutWidths: readonly number[] | undefined): AsyncGenerator<R[]> {
    if (this.workers === undefined) return yield* batches;
    let held: { batch: R[]; done: Promise<void> | null } | null = null;
    let failure: { err: unknown } | null = null;
    try {
      for await (const batch of batches) {
        const done = this.prepare(batch, cutWidths);
        if (held !== null) {
          if (held.done !== null) await held.done;
          yield held.batch;
        }
        held = { batch, done };
      }
    } catch (err) {
      // A reader failing mid-file (a truncated file) still hands on the batch read before: its rows count.
      failure = { err };
    }
    if (held !== null) {
      if (held.done !== null) await held.done;
      yield held.batch;
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
    const issuers = sharing.pendingIssuers(queries(batch, cutWidths));
    if (issuers.length === 0) return null;
    if (this.pool === null) {
      this.met += issuers.length;
      if (this.met >= START_AFTER) this.startPool();
      return null;
    }
    if (!this.ready) return null;
    return this.pool.check(issuers).then(
      (flags) => sharing.rememberCandidateFree(issuers, flags),
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
