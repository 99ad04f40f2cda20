/**
 * An extension update while a tab is open (chrome.runtime.reload() from the
 * service worker): the orphaned content script removes its highlights,
 * listeners and card without an error, and the next load of the page gets
 * exactly one set of highlights.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchExtension, serveFixtures, type ExtensionBrowser, type FixtureServer } from './harness';
import { ContentPage } from './pages/content-page';

let browser: ExtensionBrowser;
let server: FixtureServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchExtension(), serveFixtures()]);
  server.route('/favicon.ico', '');
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const sizes = (h: Record<string, string[]>) => Object.fromEntries(Object.entries(h).map(([k, v]) => [k, v.length]));

describe('extension update with a tab open', () => {
  test('the old script cleans up quietly and a reload shows one set of highlights', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1200, height: 900 });
    const cp = await ContentPage.open(page, server.url('/pages/article.html'));
    const before = await cp.bodyHtml();
    const first = await cp.waitForHighlights((h) => (h['claimlens-contradicted']?.length ?? 0) === 1 && (h['claimlens-mention']?.length ?? 0) >= 12);
    // Let the pass settle, then take the reference counts.
    await page.waitForTimeout(1000);
    const expected = sizes(await cp.highlights());
    expect(expected['claimlens-mention']).toBe(first['claimlens-mention']!.length);
    await cp.hover('#p-term', 'spent two years');
    await cp.waitForCard((c) => c.label.includes('Contradicted'));

    // Update: the worker reloads the extension; Chrome does not re-inject into open tabs.
    await browser.worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => {
      // The worker may go away before evaluate returns.
    });
    const oldWorker = browser.worker;

    // The orphaned script notices (runtime.id is gone) and removes everything it added.
    await cp.waitForHighlights((h) => Object.values(h).every((list) => list.length === 0), 10_000);
    await cp.waitForNoCard();
    expect(await page.evaluate(() => document.documentElement.querySelectorAll('claimlens-card').length)).toBe(0);
    // Hovering and the shortcut now do nothing, and throw nothing.
    await cp.hover('#p-users', 'Binance');
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await page.waitForTimeout(500);
    expect(await cp.readCard()).toBeNull();
    expect(await cp.bodyHtml()).toBe(before);
    expect(cp.errors).toEqual([]);

    // The next load runs the new version: exactly one set, the same as before, and it stays one set.
    // Chromium 137+ disables a --load-extension extension when it reloads itself
    // (DISABLE_UNSUPPORTED_DEVELOPER_EXTENSION), so the new version may never start here; then
    // check that this is the reason, rather than pass silently. (Duplicate clearing on start is
    // covered by tests/unit/dom-highlight-layer.test.ts.)
    await page.waitForTimeout(3000);
    const back = browser.context.serviceWorkers().some((w) => w !== oldWorker && w.url().includes(browser.extensionId));
    if (!back) {
      const internals = await browser.context.newPage();
      await internals.goto('chrome://extensions-internals');
      const info = await internals.evaluate(() => document.body.innerText);
      await internals.close();
      const ours = info.slice(info.indexOf(`"id": "${browser.extensionId}"`) - 600, info.indexOf(`"id": "${browser.extensionId}"`));
      expect(ours).toContain('DISABLE_UNSUPPORTED_DEVELOPER_EXTENSION');
      console.log('extension update: the orphaned script cleaned up; Chromium disabled the reloaded command-line extension, so the new version could not be loaded in this browser');
    } else {
      await page.reload();
      await cp.waitForHighlights((h) => JSON.stringify(sizes(h)) === JSON.stringify(expected));
      await page.waitForTimeout(1500);
      expect(sizes(await cp.highlights())).toEqual(expected);
      await cp.hover('#p-term', 'spent two years');
      await cp.waitForCard((c) => c.label.includes('Contradicted'));
      expect(await page.evaluate(() => document.documentElement.querySelectorAll('claimlens-card').length)).toBe(1);
    }
    expect(cp.errors).toEqual([]);
    await page.close();
  });
});
