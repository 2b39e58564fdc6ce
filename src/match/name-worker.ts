/**
 * A name-pool worker (name-pool.ts): compiles the lists it is given, then answers each batch of
 * issuer texts with one flag per name, 1 when the name has a candidate by name.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { LoadedList } from '../lists/schema.js';
import { createMatcher } from './matcher.js';

export interface NameRequest {
  id: number;
  issuers: readonly string[];
}
export interface NameReply {
  id: number;
  flags?: Uint8Array;
  error?: string;
}

const port = parentPort!;
const matcher = createMatcher((workerData as { lists: LoadedList[] }).lists);
port.on('message', ({ id, issuers }: NameRequest) => {
  try {
    const flags = new Uint8Array(issuers.length);
    for (let i = 0; i < issuers.length; i++) flags[i] = matcher.hasNameCandidates(issuers[i]!) ? 1 : 0;
    port.postMessage({ id, flags } satisfies NameReply, [flags.buffer]);
  } catch (err) {
    port.postMessage({ id, error: err instanceof Error ? err.message : String(err) } satisfies NameReply);
  }
});
port.postMessage({ id: -1 } satisfies NameReply);
