// A checkout runs the TypeScript sources through tsx (bin/fundscreen.js): a worker thread does not
// inherit the loader the main thread registered, so it registers it before loading the worker.
// (An installed package starts dist/match/name-worker.js directly.)
const { register } = await import('tsx/esm/api');
register();
await import('./name-worker.ts');
