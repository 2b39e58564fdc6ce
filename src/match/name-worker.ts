/**
 * A name-pool worker (name-pool.ts): compiles the lists it is given, then answers each batch of
 * issuer texts with each name's work (null for a name no candidate survives).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { LoadedList } from '../lists/schema.js';
import { createMatcher, type SharedNameWork } from './matcher.js';

export interface NameRequest {
  id: number;
  issuers: readonly string[];
}
export interface NameReply {
  id: number;
  works?: SharedNameWork[];
  error?: string;
}

const port = parentPort!;
const matcher = createMatcher((workerData as { lists: LoadedList[] }).lists);
port.on('message', ({ id, issuers }: NameRequest) => {
  try {
    const works = issuers.map((issuer) => matcher.sharedNameWork(issuer));
    port.postMessage({ id, works } satisfies NameReply);
  } catch (err) {
    port.postMessage({ id, error: err instanceof Error ? err.message : String(err) } satisfies NameReply);
  }
});
port.postMessage({ id: -1 } satisfies NameReply);
