import { defineConfig } from 'vitest/config';

/**
 * Two projects: `fast` is `npm test` (the edit loop); `slow` holds the tests that take seconds each
 * and guard tooling or scale rather than behaviour a change usually touches (the benchmark
 * generators, the 100,000-entity list). CI (.ci/run) runs both: `npm test && npm run test:slow`.
 */
const SLOW = ['tests/bench/**/*.test.ts', 'tests/holdings/nport-gen.test.ts', 'tests/hardening/limits.test.ts'];

export default defineConfig({
  test: {
    globalSetup: ['tests/helpers/temp-root.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'fast', include: ['tests/**/*.test.ts'], exclude: SLOW } },
      { extends: true, test: { name: 'slow', include: SLOW } },
    ],
  },
});
