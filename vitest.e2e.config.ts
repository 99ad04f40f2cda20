import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension (.output/chrome-mv3) in Debian's real
// Chromium through playwright-core. One file at a time: the machine has 2 cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    retry: 0,
    // expect.poll waits for a condition, not a deadline: a busy machine gets a generous ceiling.
    expect: { poll: { timeout: 30_000, interval: 100 } },
  },
});
