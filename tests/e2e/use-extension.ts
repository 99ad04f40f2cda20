/**
 * The vitest hook for e2e files. Kept apart from harness.ts, which must not import
 * vitest: the benchmark (tests/bench) launches browsers through the harness outside
 * any test runner.
 */
import { afterAll, beforeAll } from 'vitest';
import { launchExtension, serveFixtures, type ExtensionBrowser, type FixtureServer } from './harness';

/**
 * One browser with the extension and one fixture server for a whole test file,
 * opened before its tests and closed after them. Read `env.browser` and
 * `env.server` inside tests and hooks (they are set once beforeAll has run).
 */
export function useExtensionAndFixtures(): { browser: ExtensionBrowser; server: FixtureServer } {
  const env = {} as { browser: ExtensionBrowser; server: FixtureServer };
  beforeAll(async () => {
    [env.browser, env.server] = await Promise.all([launchExtension(), serveFixtures()]);
    env.server.route('/favicon.ico', ''); // no 404 in the console-error checks
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
