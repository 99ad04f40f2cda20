/**
 * The background with the real content script, in Chromium: the toolbar badge
 * counts the tab's flagged claims, per-tab findings live in storage.session and
 * outlive a stopped worker, navigation and closing the tab clear them, and the
 * global pause reaches every open tab.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, readHighlights, serveFixtures, type ExtensionBrowser, type FixtureServer } from './harness';
import { send, watchWorker } from './extension-db';

let browser: ExtensionBrowser;
let server: FixtureServer;
/** An extension page: trusted context that can read storage.session and the badge. */
let ext: Page;

beforeAll(async () => {
  browser = await launchExtension();
  server = await serveFixtures();
  server.route('/plain.html', '<!doctype html><title>plain</title><p>Nothing about exchanges here, only gardening tips.</p>');
  ext = await browser.openExtensionPage('popup.html');
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** One frame's entry: counts and URL only (the findings list is the page's to tell the popup). */
interface FrameEntry {
  url: string;
  claims: number;
  mentions: number;
  at: number;
  doc?: string;
  verdicts?: Record<string, number>;
}

/** storage.session entries written by tab:findings, by tab id. */
async function sessionTabs(): Promise<Record<number, Record<number, FrameEntry>>> {
  const all = (await ext.evaluate(() => chrome.storage.session.get(null))) as Record<string, FrameEntry>;
  const out: Record<number, Record<number, FrameEntry>> = {};
  for (const [key, value] of Object.entries(all)) {
    const m = /^tab:(\d+):frame:(\d+)$/.exec(key); // not the tab:<id>:top-url or note entries
    if (m) (out[Number(m[1])] ??= {})[Number(m[2])] = value;
  }
  return out;
}

async function tabIdFor(url: string): Promise<number> {
  let id: number | undefined;
  await expect
    .poll(async () => {
      const tabs = await sessionTabs();
      id = Object.keys(tabs).map(Number).find((t) => tabs[t]![0]?.url === url);
      return id;
    }, { timeout: 45_000 })
    .toBeDefined();
  return id!;
}

const badge = (tabId: number) => ext.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

let opened = 0;
async function openArticle(): Promise<{ page: Page; tabId: number; url: string }> {
  const page = await browser.context.newPage();
  const url = server.url(`/pages/article.html?tab=${++opened}`); // distinct URLs tell the tabs apart
  await page.goto(url);
  const tabId = await tabIdFor(url);
  // Wait for the scan to settle (the count stops changing).
  await expect.poll(async () => (await sessionTabs())[tabId]?.[0]?.claims ?? 0, { timeout: 45_000 }).toBeGreaterThan(0);
  return { page, tabId, url };
}

test('the badge shows the number of flagged claims in the tab, from storage.session', async () => {
  const { page, tabId } = await openArticle();
  await expect
    .poll(async () => {
      const frames = Object.values((await sessionTabs())[tabId] ?? {});
      const claims = frames.reduce((n, f) => n + f.claims, 0);
      return { badge: await badge(tabId), expected: String(claims) };
    }, { timeout: 45_000 })
    .toSatisfy((v: { badge: string; expected: string }) => v.badge === v.expected && v.badge !== '0');
  const top = (await sessionTabs())[tabId]![0]!;
  // doc: Chrome's documentId; verdicts: claims per verdict, for the badge's colour.
  expect(Object.keys(top).sort()).toEqual(['at', 'claims', 'doc', 'mentions', 'url', 'verdicts']);
  expect(Object.values(top.verdicts!).reduce((a, b) => a + b, 0)).toBe(top.claims);
  // The same count the page itself gives the popup.
  const listed = (await ext.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'page:findings', data: {} }, { frameId: 0 }), tabId)) as { value: { claims: number } };
  expect(listed.value.claims).toBe(top.claims);
  await page.close();
});

test('findings and the badge outlive a stopped service worker', async () => {
  const { page, tabId } = await openArticle();
  const before = await sessionTabs();
  const text = await badge(tabId);
  expect(text).not.toBe('');
  const watch = await watchWorker(browser.context, ext, browser.extensionId);
  await expect.poll(() => watch.status()).toBe('running');
  await watch.stop();
  // Nothing here wakes the worker: the data is the browser's, not the worker's.
  expect((await sessionTabs())[tabId]).toEqual(before[tabId]);
  expect(await badge(tabId)).toBe(text);
  // The next message starts a new worker that answers normally.
  expect((await send(ext, { type: 'snapshot:get', data: {} })).ok).toBe(true);
  await watch.detach();
  await page.close();
});

test('navigating away clears the badge and the findings; closing the tab removes them', async () => {
  const { page, tabId } = await openArticle();
  expect(await badge(tabId)).not.toBe('');
  await page.goto(server.url('/plain.html'));
  await expect.poll(() => badge(tabId), { timeout: 45_000 }).toBe('');
  await expect.poll(async () => (await sessionTabs())[tabId]?.[0]?.url ?? '').not.toMatch(/article/);
  await page.close();
  await expect.poll(async () => (await sessionTabs())[tabId], { timeout: 45_000 }).toBeUndefined();
});

test('the global pause reaches every open tab, and un-pausing brings the highlights back', async () => {
  const a = await openArticle();
  const b = await openArticle();
  const marked = async (page: Page) => ((await readHighlights(page))['claimlens-mention'] ?? []).length;
  for (const { page } of [a, b]) await expect.poll(() => marked(page), { timeout: 45_000 }).toBeGreaterThan(0);
  expect(await send(ext, { type: 'pause:set', data: { paused: true } })).toEqual({ ok: true, value: null });
  for (const { page } of [a, b]) await expect.poll(() => marked(page), { timeout: 45_000 }).toBe(0);
  for (const { tabId } of [a, b]) await expect.poll(() => badge(tabId)).toBe('');
  expect(await send(ext, { type: 'pause:set', data: { paused: false } })).toEqual({ ok: true, value: null });
  for (const { page } of [a, b]) await expect.poll(() => marked(page), { timeout: 45_000 }).toBeGreaterThan(0);
  await a.page.close();
  await b.page.close();
});

test('fact:open opens the toolbar popup at that fact (or popup.html?fact= in a tab)', async () => {
  // The toolbar popup is not a Playwright page; the DevTools target list shows it.
  const cdp = await browser.context.newCDPSession(ext);
  const targets = async () =>
    ((await cdp.send('Target.getTargets')) as { targetInfos: { url: string }[] }).targetInfos.map((t) => t.url);
  expect(await send(ext, { type: 'fact:open', data: { factId: 'binance-users' } })).toEqual({ ok: true, value: null });
  await expect
    .poll(async () => (await targets()).some((url) => url.endsWith('/popup.html?fact=binance-users')), { timeout: 45_000 })
    .toBe(true);
  expect(await send(ext, { type: 'fact:open', data: { factId: '../../evil' } })).toMatchObject({ ok: false });
  await cdp.detach();
});

declare const chrome: {
  storage: { session: { get(key: string | null): Promise<Record<string, unknown>> } };
  tabs: { sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
};
