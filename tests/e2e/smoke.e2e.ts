import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, type ExtensionBrowser } from './harness';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchExtension();
});
afterAll(async () => {
  await browser?.close();
});

test('the built extension loads with a service worker and a popup page', async () => {
  expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
  const popup = await browser.openExtensionPage('popup.html');
  await expect.poll(() => popup.title()).toBe('ClaimLens');
  await popup.close();
});
