// Worker of bench/prototypes/reader-worker.ts: reads the file with the real reader and posts its
// record batches, waiting for the main thread's 'more' once `inFlight` batches are unanswered.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
try {
  const { openHoldings } = await import('../../src/holdings/read.ts');
  let unanswered = 0;
  let wake = null;
  parentPort.on('message', () => {
    unanswered--;
    if (wake) {
      const w = wake;
      wake = null;
      w();
    }
  });
  const reader = await openHoldings(workerData.file, {});
  for await (const batch of reader.batches) {
    parentPort.postMessage({ batch });
    unanswered++;
    while (unanswered >= workerData.inFlight) await new Promise((r) => (wake = r));
  }
  parentPort.postMessage({ done: true });
} catch (err) {
  parentPort.postMessage({ error: String(err?.stack ?? err) });
}
