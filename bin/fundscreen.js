#!/usr/bin/env node
// Launcher: runs the TypeScript sources through tsx (no build step), maps any error that escaped
// the CLI to exit 4 with one line (stack only with --verbose). Sets process.exitCode and lets
// stdout drain instead of calling process.exit(), so large reports piped elsewhere are not cut.
import { register } from 'tsx/esm/api';

const verbose = process.argv.includes('--verbose');
const [major] = process.versions.node.split('.').map(Number);
if (major < 20) {
  process.stderr.write(`fundscreen: Node.js 20 or newer is required (this is ${process.versions.node})\n`);
  process.exitCode = 4;
} else {
  register();
  try {
    const { main } = await import('../src/cli/main.ts');
    process.exitCode = await main(process.argv.slice(2));
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    process.stderr.write(`fundscreen: internal error: ${msg.split('\n')[0]}\n`);
    if (verbose && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
    else process.stderr.write('fundscreen: run again with --verbose for the stack trace\n');
    process.exitCode = 4;
  }
}
