import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: next to what they test (lib/**/x.test.ts) or under tests/unit.
// WxtVitest gives the fake browser (@webext-core/fake-browser) and WXT's auto-imports.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['lib/**/*.test.ts', 'lib/**/*.test.tsx', 'components/**/*.test.ts', 'components/**/*.test.tsx', 'tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    setupFiles: ['fake-indexeddb/auto'],
    // Ceilings, not deadlines: on a shared 2-core CI machine with one core busy, a test that spawns
    // the scan CLI can take seconds. One worker process, so the runner's own messages between the
    // worker and the main process are not starved (busy runs timed one out after 60 s, twice).
    testTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 1,
    minWorkers: 1,
    expect: { poll: { timeout: 30_000, interval: 100 } },
  },
});
