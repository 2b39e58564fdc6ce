/**
 * Worker threads that do the name work of a large file beside the main thread (issue 14: "use the
 * second core where it pays"). Each worker compiles the same lists and answers, for a batch of
 * issuer texts, each name's work (its analysis and candidates scored by name, or null when none
 * survives); the main thread remembers them (NameWorkSharing in matcher.ts) and does every row's
 * identifiers and evaluation itself. Output is the same with or without it.
 */
import { Worker } from 'node:worker_threads';
import type { LoadedList } from '../lists/schema.js';
import type { SharedNameWork } from './matcher.js';
import type { NameReply, NameRequest } from './name-worker.js';

export interface NamePool {
  /** Settles when every worker has compiled its lists (rejects when one could not). */
  readonly ready: Promise<void>;
  /**
   * Each issuer's name work, in order (null: no candidate by name). Rejects when a worker fails. Each call goes whole to the worker with the fewest names waiting: keep about as many
   * calls in flight as there are workers (one at a time leaves the others idle).
   */
  check(issuers: readonly string[]): Promise<SharedNameWork[]>;
  /** Stops the workers (pending checks reject). */
  close(): Promise<void>;
}

/** The worker's entry: the compiled file in an installed package, the TypeScript (through tsx) in a checkout. */
function workerEntry(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('./name-worker-boot.mjs', import.meta.url) : new URL('./name-worker.js', import.meta.url);
}

interface Pending {
  resolve(works: SharedNameWork[]): void;
  reject(err: Error): void;
}

export function startNamePool(lists: readonly LoadedList[], size: number): NamePool {
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let broken: Error | null = null;
  const failAll = (err: Error): void => {
    broken ??= err;
    for (const p of pending.values()) p.reject(broken);
    pending.clear();
  };
  const workers: Worker[] = [];
  /** Names sent to each worker and not yet answered. */
  const waiting: number[] = [];
  const started: Promise<void>[] = [];
  for (let i = 0; i < size; i++) {
    const w = new Worker(workerEntry(), { workerData: { lists } });
    workers.push(w);
    waiting.push(0);
    started.push(new Promise<void>((resolve, reject) => {
      w.on('message', (m: NameReply) => {
        if (m.id === -1) return resolve();
        const p = pending.get(m.id);
        if (!p) return;
        pending.delete(m.id);
        if (m.works) p.resolve(m.works);
        else p.reject(new Error(`name worker: ${m.error ?? 'no answer'}`));
      });
      w.on('error', (err) => {
        reject(err);
        failAll(err);
      });
      w.on('exit', (code) => {
        const err = new Error(`name worker stopped (exit code ${code})`);
        reject(err);
        failAll(err);
      });
    }));
  }
  const ready = Promise.all(started).then(() => undefined);
  // A pool nobody waits on must not turn a worker's failure into an unhandled rejection.
  ready.catch(() => undefined);

  return {
    ready,
    check(issuers) {
      if (broken) return Promise.reject(broken);
      let k = 0;
      for (let i = 1; i < workers.length; i++) if (waiting[i]! < waiting[k]!) k = i;
      const id = nextId++;
      waiting[k]! += issuers.length;
      return new Promise<SharedNameWork[]>((resolve, reject) => {
        const done = (): void => {
          waiting[k]! -= issuers.length;
        };
        pending.set(id, { resolve: (works) => (done(), resolve(works)), reject: (err) => (done(), reject(err)) });
        workers[k]!.postMessage({ id, issuers } satisfies NameRequest);
      });
    },
    async close() {
      failAll(new Error('name pool closed'));
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
