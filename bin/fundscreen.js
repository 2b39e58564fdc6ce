#!/usr/bin/env node
// Launcher. A checkout (src/ beside bin/) runs the TypeScript sources through tsx, so an edit is
// never shadowed by an old build; an installed package has no src/ and runs the compiled dist/
// (`npm run build`, run when packing), which starts without compiling anything.
// Maps any error that escaped the CLI to exit 4 with one line (stack only with --verbose). Sets
// process.exitCode and lets stdout drain instead of calling process.exit(), so large reports
// piped elsewhere are not cut.
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// V8's allocation-site pretenuring misreads a screen: the records of a chunk are built together
// and are all alive at a young collection that falls mid-chunk, so V8 starts allocating them in
// the old generation, where each then keeps its strings alive until a full collection (a
// 1M-row screen: young collections 3-5 s instead of 1.4 s, peak 240 MiB instead of 160). Set
// before any code runs; README "Performance" has the measurements.
setFlagsFromString('--no-allocation-site-pretenuring');

const verbose = process.argv.includes('--verbose');
const [major] = process.versions.node.split('.').map(Number);

async function loadMain() {
  if (existsSync(new URL('../src/cli/main.ts', import.meta.url))) {
    let tsx;
    try {
      tsx = await import('tsx/esm/api');
    } catch {
      throw new Error('tsx is not installed: run `npm ci` in this checkout');
    }
    tsx.register();
    return (await import('../src/cli/main.ts')).main;
  }
  if (!existsSync(new URL('../dist/cli/main.js', import.meta.url))) {
    throw new Error('this installation has neither src/ nor dist/: the package was packed without its build (`npm run build`)');
  }
  return (await import('../dist/cli/main.js')).main;
}

if (major < 20) {
  process.stderr.write(`fundscreen: Node.js 20 or newer is required (this is ${process.versions.node})\n`);
  process.exitCode = 4;
} else {
  try {
    const main = await loadMain();
    process.exitCode = await main(process.argv.slice(2));
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    process.stderr.write(`fundscreen: internal error: ${msg.split('\n')[0]}\n`);
    if (verbose && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
    else process.stderr.write('fundscreen: run again with --verbose for the stack trace\n');
    process.exitCode = 4;
  }
}
