// Worker of bench/prototypes/parallel-dir.ts: registers tsx in this thread, then screens its
// share of the files exactly as the CLI would (shipped list, default options).
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
try {
  const { loadList, DEFAULT_LIST_PATH } = await import('../../src/lists/load.ts');
  const { createMatcher } = await import('../../src/match/matcher.ts');
  const { openHoldings, expandInputs } = await import('../../src/holdings/read.ts');
  const { screen } = await import('../../src/screen/screen.ts');
  const { TOOL_NAME, TOOL_VERSION } = await import('../../src/version.ts');
  const lists = [await loadList(DEFAULT_LIST_PATH)];
  const { result } = await screen(
    {
      inputs: workerData.files, lists, readOptions: {}, minTier: 'review', generatedAt: workerData.generatedAt,
      tool: { name: TOOL_NAME, version: TOOL_VERSION }, today: workerData.generatedAt.slice(0, 10),
    },
    { expandInputs, openHoldings, matcher: createMatcher(lists) },
  );
  parentPort.postMessage({ result });
} catch (err) {
  parentPort.postMessage({ error: String(err?.stack ?? err) });
}
