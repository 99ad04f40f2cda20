/**
 * The popup's Facts tab and the source viewer on the built extension, plus how
 * fast the popup opens and the README screenshot.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, ROOT, type ExtensionBrowser } from './harness';
import { download, openPopup, waitForSeededDb } from './popup-helpers';

let ext: ExtensionBrowser;
beforeAll(async () => {
  ext = await launchExtension();
  const page = await ext.openExtensionPage('popup.html?tab=0');
  expect(await waitForSeededDb(page)).toBeGreaterThanOrEqual(25);
  await page.close();
});
afterAll(async () => {
  await ext?.close();
});

test('the popup opens with the whole database: tabs and the page view answer, not a spinner', async () => {
  // How fast it opens is measured by `npm run bench` (tests/bench/popup.ts), not asserted here.
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=0`);
  await page.waitForFunction(() => document.documentElement.dataset.firstContent, undefined, { timeout: 30_000 });
  expect(await page.locator('[role=tab]').count()).toBe(3);
  await page.close();
});

test('Facts: search, filters, and the conflicting binance-users comparison', async () => {
  const popup = await openPopup(ext, '?tab=0');
  await popup.getByRole('tab', { name: 'Facts' }).click();
  const rows = popup.locator('.fact-row');
  await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(25);
  const total = await rows.count();

  // Filters narrow the list and can be undone.
  await popup.getByLabel('Filter by agreement').selectOption('conflict');
  const conflicts = await rows.count();
  expect(conflicts).toBeGreaterThan(0);
  expect(conflicts).toBeLessThan(total);
  expect(await popup.locator('.fact-row .badge').allTextContents()).toEqual(Array(conflicts).fill('Sources conflict'));
  await popup.getByLabel('Filter by entity').selectOption('cz');
  const czConflicts = await rows.count();
  expect(czConflicts).toBeLessThanOrEqual(conflicts);
  await popup.getByLabel('Filter by agreement').selectOption('all');
  await popup.getByLabel('Filter by entity').selectOption('all');
  await popup.getByLabel('Search facts and quotes').fill('users');
  await expect.poll(() => rows.count()).toBeLessThan(total);
  expect(await popup.locator('.fact-row[data-fact=binance-users]').count()).toBe(1);
  const shown = await rows.count();
  const all = await download(popup, () => popup.getByRole('button', { name: /Export these \d+ comparisons/ }).click());
  const graph = JSON.parse(all.text)['@graph'];
  expect(graph).toHaveLength(shown);
  expect(graph.map((r: { identifier: string }) => r.identifier)).toContain('binance-users');

  await popup.locator('.fact-row[data-fact=binance-users]').click();
  const detail = popup.locator('.fact-detail[data-fact=binance-users]');
  await detail.waitFor();
  expect(await detail.locator('h2').textContent()).toBe('How many users does Binance have?');
  const agreement = await detail.getByTestId('agreement').textContent();
  expect(agreement).toContain('Sources conflict');
  expect(agreement).toMatch(/250 million/);
  expect(agreement).toMatch(/275 million/);

  // Sources side by side, each quote with its stated value marked.
  const cards = detail.locator('.source-card');
  expect(await cards.count()).toBe(3);
  const marks = await detail.locator('.source-card mark').allTextContents();
  expect(marks.some((m) => m.includes('250 million'))).toBe(true);
  expect(marks.some((m) => m.includes('275 million'))).toBe(true);
  const c002 = detail.locator('.source-card[data-source="002_a328b9dd84f34a90"]');
  expect(await c002.locator('blockquote').textContent()).toBe('Binance also introduced USD1 to its 275 million users');
  expect(await c002.locator('h3').textContent()).toBeTruthy();
  // Each source says when it reports as of: the user count changes over time.
  expect(await c002.locator('.cites').textContent()).toBe('citing Bloomberg · as of about June 2025');
  expect(await detail.locator('.source-card[data-source="000_f40a926ede8d89e9"] .cites').textContent()).toContain('as of about March 2025');
  expect(await detail.getByTestId('varies-note').textContent()).toContain('changes over time');
  expect(await c002.getByTestId('stated-value').textContent()).toBe('275 million');
  // Layout: the cards really are side by side at 400px.
  const boxes = await Promise.all([0, 1].map((i) => cards.nth(i).boundingBox()));
  expect(Math.abs(boxes[0]!.y - boxes[1]!.y)).toBeLessThan(2);
  expect(boxes[1]!.x).toBeGreaterThan(boxes[0]!.x + 50);

  // The link into the source viewer carries the quote.
  const href = await c002.getByRole('link', { name: 'Read it in the source' }).getAttribute('href');
  expect(href).toMatch(/^viewer\.html\?source=002_a328b9dd84f34a90&quote=/);

  await popup.close();

  // The README screenshot: this comparison in a fresh popup, 400 × 600 like the toolbar popup.
  const shot = await openPopup(ext, '?fact=binance-users&tab=0');
  await shot.locator('.fact-detail[data-fact=binance-users]').waitFor();
  await shot.waitForFunction(() => document.documentElement.classList.contains('as-tab'));
  expect(await shot.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
  // README's copy only when asked (CLAIMLENS_UPDATE_SCREENSHOT=1), as the other screenshot tests do.
  const dir = join(ROOT, process.env.CLAIMLENS_UPDATE_SCREENSHOT ? 'docs' : '.tmp');
  await mkdir(dir, { recursive: true });
  await shot.screenshot({ path: join(dir, 'screenshot-popup.png') });
  await shot.close();
});

test('?fact=ID opens that fact directly, and the keyboard moves between tabs', async () => {
  const popup = await openPopup(ext, '?fact=cz-prison-term&tab=0');
  await popup.locator('.fact-detail[data-fact=cz-prison-term]').waitFor();
  expect(await popup.getByRole('tab', { name: 'Facts' }).getAttribute('aria-selected')).toBe('true');
  await popup.getByRole('tab', { name: 'Facts' }).focus();
  await popup.keyboard.press('ArrowRight');
  expect(await popup.getByRole('tab', { name: 'Notes' }).getAttribute('aria-selected')).toBe('true');
  expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe('Notes');
  await popup.keyboard.press('Home');
  expect(await popup.evaluate(() => document.activeElement?.getAttribute('aria-selected'))).toBe('true');
  expect(await popup.evaluate(() => document.activeElement?.textContent)).toMatch(/^This page/);
  await popup.keyboard.press('ArrowLeft');
  expect(await popup.getByRole('tab', { name: 'Notes' }).getAttribute('aria-selected')).toBe('true');
  // Only the selected tab is in the Tab order, and keyboard focus is visible.
  expect(await popup.locator('[role=tab][tabindex="0"]').count()).toBe(1);
  expect(await popup.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
  await popup.keyboard.press('Tab');
  expect(await popup.evaluate(() => document.activeElement?.getAttribute('role'))).not.toBe('tab');

  // Light and dark themes follow the system setting.
  const background = () => popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await popup.emulateMedia({ colorScheme: 'light' });
  expect(await background()).toBe('rgb(255, 255, 255)');
  await popup.emulateMedia({ colorScheme: 'dark' });
  expect(await background()).toBe('rgb(23, 25, 29)');
  await popup.close();
});

test('the source viewer highlights the quote, scrolls to it, and moves to another fact', async () => {
  const quote = 'Binance also introduced USD1 to its 275 million users';
  // The small viewport is set before the viewer opens: it scrolls the quote into view as it loads.
  const viewer = await ext.context.newPage();
  await viewer.setViewportSize({ width: 900, height: 300 });
  await viewer.goto(`chrome-extension://${ext.extensionId}/viewer.html?source=002_a328b9dd84f34a90&quote=${encodeURIComponent(quote)}`);
  const mark = viewer.getByTestId('quote-mark');
  await mark.waitFor();
  expect(await mark.textContent()).toBe(quote);
  expect(await viewer.locator('mark').count()).toBe(1);
  await expect.poll(() => mark.evaluate((m) => {
    const r = m.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  })).toBe(true);
  // The whole source text is there, byte for byte.
  const text = await viewer.locator('.source-text').textContent();
  const { readFile } = await import('node:fs/promises');
  expect(text).toBe(await readFile(join(ROOT, 'seeds/sources/002_a328b9dd84f34a90.txt'), 'utf8'));

  const facts = viewer.locator('aside .fact-button');
  expect(await facts.count()).toBeGreaterThan(3);
  expect(await viewer.locator('aside .fact-button[aria-current=true]').getAttribute('data-fact')).toBe('binance-users');
  const other = viewer.locator('aside .fact-button:not([aria-current=true])').last();
  const otherId = await other.getAttribute('data-fact');
  await other.click();
  await expect.poll(() => viewer.locator('aside .fact-button[aria-current=true]').getAttribute('data-fact')).toBe(otherId);
  const moved = await viewer.getByTestId('quote-mark').textContent();
  expect(moved).not.toBe(quote);
  expect(text).toContain(moved);
  expect(viewer.url()).toContain(`fact=${otherId}`);
  await viewer.close();
});
