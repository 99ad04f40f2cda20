/**
 * Issue 14 on the built extension in real Chromium: the reader adds a fixture
 * article as a source from the popup ("Add this page as a source", review,
 * "Save source"); its figure appears in the Facts comparison, marked as added
 * by the reader, and changes the verdict on another page (contradicted → mixed);
 * it survives an extension update (loaded again from disk with a bumped
 * version, as tests/e2e/page-update.e2e.ts does); it goes out and comes back
 * with an export/import round trip; and removal can be undone.
 */
import { cp as copyDir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { EXTENSION_DIR, launchUpdatableExtension, readHighlights, serveFixtures, type FixtureServer, type UpdatableExtensionBrowser } from './harness';
import { download, openPopup, storedRows, tabIdFor, waitForSeededDb } from './popup-helpers';

let browser: UpdatableExtensionBrowser;
let server: FixtureServer;
let extDir: string;

const OTHER = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Users</title><link rel="icon" href="data:,"></head><body><p>Binance had 150 million users in June 2025, a spokesperson said.</p></body></html>';

beforeAll(async () => {
  extDir = await mkdtemp(join(tmpdir(), 'claimlens-sources-'));
  await copyDir(EXTENSION_DIR, extDir, { recursive: true });
  [browser, server] = await Promise.all([launchUpdatableExtension(extDir), serveFixtures()]);
  server.route('/other.html', OTHER);
  server.route('/other-again.html', OTHER);
  const probe = await browser.openExtensionPage('popup.html?tab=0');
  expect(await waitForSeededDb(probe)).toBeGreaterThan(0);
  await probe.close();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (extDir) await rm(extDir, { recursive: true, force: true });
});

/** Opens a page, waits for its highlights, and returns it with the popup looking at it. */
async function pageWithPopup(path: string): Promise<{ page: Page; popup: Page }> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  await expect.poll(async () => (await readHighlights(page))['claimlens-mention']?.length ?? 0, { timeout: 45_000 }).toBeGreaterThan(0);
  const popup = await openPopup(browser, `?tab=${await tabIdFor(browser, page)}`);
  await popup.getByTestId('page-summary').waitFor();
  return { page, popup };
}

/** The verdict the popup lists for the user-count claim on a page. */
async function usersVerdict(path: string): Promise<string | null> {
  const { page, popup } = await pageWithPopup(path);
  const verdict = await popup.getByTestId('finding').filter({ hasText: 'How many users does Binance have?' }).first().getAttribute('data-verdict');
  await Promise.all([popup.close(), page.close()]);
  return verdict;
}

function storedSources(page: Page): Promise<{ id: string; title: string; deletedAt?: number }[]> {
  return storedRows(page, 'readerSources');
}

test('add a page as a source, see it in the comparison and in another page\'s verdict, through an update, export/import, remove and undo', async () => {
  // Before: the bundled sources say 250 to 275 million, so 150 million is contradicted.
  expect(await usersVerdict('/other.html')).toBe('contradicted');

  // Add the article from its popup: review, then Save source.
  const { page: article, popup } = await pageWithPopup('/pages/source-article.html');
  await popup.getByRole('button', { name: 'Add this page as a source' }).click();
  const review = popup.getByRole('dialog', { name: 'Review this page as a source' });
  await review.waitFor();
  const proposal = review.locator('.proposal[data-fact=binance-users]');
  expect(await proposal.locator('blockquote').textContent()).toBe('Binance told investors it had 150 million users at the end of June 2025, far fewer than rivals claimed.');
  expect(await proposal.getByRole('textbox').inputValue()).toBe('150 million');
  expect(await review.getByLabel('Reports as of').inputValue()).toBe('2025-06-20');
  await review.getByRole('button', { name: 'Save source' }).click();
  await expect.poll(() => popup.locator('.toast').textContent()).toContain('as a source');
  const listed = popup.getByRole('region', { name: 'Sources you added' });
  await expect.poll(() => listed.locator('.reader-source strong').allTextContents()).toEqual([expect.stringContaining('Binance tells investors it has 150 million users')]);
  const [source] = await storedSources(popup);
  expect(source).toBeDefined();

  // The Facts comparison shows its figure, told apart from the bundled sources.
  await popup.getByRole('button', { name: /Compare sources: How many users does Binance have/ }).first().click();
  const card = popup.locator(`.fact-detail[data-fact=binance-users] .source-card[data-source=${source!.id}]`);
  await card.waitFor();
  expect(await card.getByTestId('stated-value').textContent()).toBe('150 million');
  expect(await card.locator('.tag').textContent()).toBe('added by you');
  await Promise.all([popup.close(), article.close()]);

  // Another page's verdict changes: one source now says 150 million.
  expect(await usersVerdict('/other.html')).toBe('mixed');

  // An extension update keeps it (a new worker, the same database).
  const manifestPath = join(extDir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { version: string };
  const from = manifest.version;
  manifest.version = from.replace(/(\d+)$/, (n) => String(Number(n) + 1));
  await writeFile(manifestPath, JSON.stringify(manifest));
  const worker = await browser.load();
  expect(await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { version: string } } } }).chrome.runtime.getManifest().version)).toBe(manifest.version);
  expect(await usersVerdict('/other-again.html')).toBe('mixed');

  // Export everything, delete everything: the verdict is back to contradicted; import: mixed again.
  const options = await browser.openExtensionPage('options.html');
  await options.getByRole('heading', { name: 'Your data' }).waitFor();
  const exported = await download(options, () => options.getByRole('button', { name: 'Export everything' }).click());
  const backup = JSON.parse(exported.text);
  expect(backup.readerSources.map((s: { id: string }) => s.id)).toEqual([source!.id]);
  await options.getByRole('button', { name: 'Delete everything…' }).click();
  await options.getByRole('dialog', { name: 'Delete everything?' }).getByRole('button', { name: 'Delete everything', exact: true }).click();
  await expect.poll(() => storedSources(options)).toEqual([]);
  expect(await usersVerdict('/other.html')).toBe('contradicted');
  await options.locator('input[type=file]').setInputFiles({ name: exported.name, mimeType: 'application/json', buffer: Buffer.from(exported.text) });
  await expect.poll(() => options.getByTestId('data-message').textContent()).toContain('1 sources you added');
  expect((await storedSources(options)).map((s) => s.id)).toEqual([source!.id]);
  expect(await usersVerdict('/other.html')).toBe('mixed');
  await options.close();

  // Remove it from the popup, then Undo.
  const again = await pageWithPopup('/other.html');
  const row = again.popup.getByRole('region', { name: 'Sources you added' }).locator(`.reader-source[data-source=${source!.id}]`);
  await row.getByRole('button', { name: /Remove source/ }).click();
  await expect.poll(async () => (await storedSources(again.popup))[0]?.deletedAt ?? 0).toBeGreaterThan(0);
  await again.popup.locator('.toast').getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await storedSources(again.popup))[0]?.deletedAt).toBeUndefined();
  await expect.poll(() => again.popup.getByRole('region', { name: 'Sources you added' }).locator('.reader-source').count()).toBe(1);
  await Promise.all([again.popup.close(), again.page.close()]);
});
