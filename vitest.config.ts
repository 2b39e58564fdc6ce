import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Two projects: `fast` is `npm test` (the edit loop); `slow` holds the tests that take seconds each
 * and guard tooling or scale rather than behaviour a change usually touches (the benchmark
 * generators, the 100,000-entity list). CI (.ci/run) runs both: `npm test && npm run test:slow`.
 *
 * `isolate: false`: each worker imports src/ once and runs its test files one after another in
 * that module graph (no fresh module registry per file), which halves the CPU time of `npm test`.
 * So a test file must leave no global state behind: no vi.mock (pass a seam instead, as
 * tests/cli/output.test.ts does), no process.chdir or process.env writes (the CLI runs
 * in-process with its own cwd and env through tests/helpers/memory-io.ts), and module-level
 * caches in src/ must only ever memoise pure results. tests/architecture.test.ts checks the first two.
 *
 * `maxWorkers`: one worker per core. vitest's default keeps a core for its main process, which
 * only collects results: on the project's 2-core machine that meant one worker and half the
 * machine idle.
 */
const SLOW = ['tests/bench/**/*.test.ts', 'tests/holdings/nport-gen.test.ts', 'tests/hardening/limits.test.ts'];

export default defineConfig({
  test: {
    globalSetup: ['tests/helpers/temp-root.ts'],
    isolate: false,
    maxWorkers: availableParallelism(),
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'fast', include: ['tests/**/*.test.ts'], exclude: SLOW } },
      // Seconds each on an idle machine; the 2-core machine is shared, so give them room (gen-ishares' 12 s test took 33 s at load 15).
      { extends: true, test: { name: 'slow', include: SLOW, testTimeout: 120_000 } },
    ],
  },
});
