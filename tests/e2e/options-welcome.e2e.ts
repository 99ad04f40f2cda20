/**
 * The options page and the first-run page on the built extension in real
 * Chromium: the welcome page opens on install and paints real marks; the
 * options page (opened from the popup) stores mark styles, sites switched off
 * and the pause through the background, shows the popup's shortcut, and
 * exports, imports (refusing a malformed file) and deletes everything with undo.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { launchExtension, ROOT, serveFixtures, type ExtensionBrowser, type FixtureServer } from './harness';
import { download, openPopup, storedNotes, waitForSeededDb } from './popup-helpers';

/** README screenshots go to docs/ only when asked (CLAIMLENS_UPDATE_SCREENSHOT=1), as tests/e2e/page-article.e2e.ts does. */
const shotPath = (name: string) => join(ROOT, process.env.CLAIMLENS_UPDATE_SCREENSHOT ? 'docs' : '.tmp', name);

let ext: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  // The first-run page a fresh install opens is what the first test checks.
  [ext, server] = await Promise.all([launchExtension({ keepWelcome: true }), serveFixtures()]);
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

const send = (page: Page, message: unknown) =>
  page.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m), message);

async function openOptions(): Promise<Page> {
  const page = await ext.openExtensionPage('options.html');
  await page.getByRole('heading', { level: 1, name: 'ClaimLens options' }).waitFor();
  await page.getByRole('heading', { name: 'How claims are marked' }).waitFor();
  return page;
}

test('the welcome page opens on install and shows real marks on its sample article', async () => {
  const welcomeUrl = `chrome-extension://${ext.extensionId}/welcome.html`;
  await expect.poll(() => ext.context.pages().some((p) => p.url() === welcomeUrl), { timeout: 45_000 }).toBe(true);
  const welcome = ext.context.pages().find((p) => p.url() === welcomeUrl)!;
  await welcome.getByRole('heading', { level: 1, name: 'Welcome to ClaimLens' }).waitFor();
  const sizes = async () =>
    welcome.evaluate(() => {
      const out: Record<string, string[]> = {};
      (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.forEach((set, name) => {
        out[name] = [...set].map((r) => {
          const range = new Range();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          return range.toString();
        });
      });
      return out;
    });
  await expect.poll(async () => Object.keys(await sizes()).length).toBeGreaterThan(0);
  const marks = await sizes();
  // The engine found every kind of verdict in the sample, and the marks sit on the stated values.
  for (const name of ['claimlens-mention', 'claimlens-contradicted', 'claimlens-mixed', 'claimlens-supported']) expect(marks[name]?.length, name).toBeGreaterThan(0);
  expect(marks['claimlens-mention']).toEqual(expect.arrayContaining(['Binance', 'Changpeng Zhao', 'USD1', 'World Liberty Financial']));
  expect(marks['claimlens-contradicted']!.join(' ')).toContain('150 million');
  // The same rules as pages: the adopted sheet draws a wavy underline for contradicted, none for related.
  const css = await welcome.evaluate(() => document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n'));
  expect(css).toMatch(/::highlight\(claimlens-contradicted\)[^}]*wavy/);
  expect(css).not.toContain('claimlens-related');
  // The list under the sample explains each verdict in words, and the page says nothing leaves the browser.
  expect(await welcome.getByTestId('found').textContent()).toContain('Contradicted');
  expect(await welcome.getByRole('heading', { name: 'Nothing leaves your browser' }).count()).toBe(1);
  await welcome.setViewportSize({ width: 900, height: 1000 });
  await welcome.screenshot({ path: shotPath('screenshot-welcome.png') });
  // Only once: a second page load (not an install) does not open another.
  expect(ext.context.pages().filter((p) => p.url() === welcomeUrl)).toHaveLength(1);
  await welcome.close();
});

test('the popup opens the options page; mark styles are stored and served to pages; a shared shape is warned about', async () => {
  const probe = await ext.openExtensionPage('popup.html?tab=0');
  expect(await waitForSeededDb(probe)).toBeGreaterThan(0);
  await probe.close();
  const popup = await openPopup(ext);
  await popup.getByRole('button', { name: 'Options', exact: true }).click();
  const optionsUrl = `chrome-extension://${ext.extensionId}/options.html`;
  await expect.poll(() => ext.context.pages().some((p) => p.url() === optionsUrl), { timeout: 45_000 }).toBe(true);
  const options = ext.context.pages().find((p) => p.url() === optionsUrl)!;
  await options.getByRole('heading', { level: 1, name: 'ClaimLens options' }).waitFor();
  await Promise.all([options.close(), popup.close()]);

  const page = await openOptions();
  const related = page.getByLabel(/^Related/);
  expect(await related.inputValue()).toBe('none');
  await related.selectOption('dashed');
  await expect.poll(() => page.getByTestId('saved').textContent()).toContain('Saved');
  // Stored: the background answers pages with the new marks, and a reload shows them.
  await expect.poll(async () => ((await send(page, { type: 'site:status', data: { url: 'https://news.example/a' } })) as { value: { marks: Record<string, string> } }).value.marks.related).toBe('dashed');
  await page.reload();
  await page.getByRole('heading', { name: 'How claims are marked' }).waitFor();
  expect(await page.getByLabel(/^Related/).inputValue()).toBe('dashed');
  // The preview is drawn with the same rules: a dashed underline for related now.
  expect(await page.evaluate(() => [...document.querySelectorAll('style')].map((s) => s.textContent).join('\n'))).toMatch(/::highlight\(claimlens-related\)[^}]*dashed/);
  expect(await page.evaluate(() => (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.get('claimlens-related')?.size)).toBe(1);

  // Two verdicts with one shape: colour would be the only difference, so the page says so.
  expect(await page.getByTestId('marks-clash').count()).toBe(0);
  await page.getByLabel(/^Related/).selectOption('wavy');
  await expect.poll(() => page.getByTestId('marks-clash').textContent()).toContain('contradicted and related share the wavy underline');
  await page.getByLabel(/^Related/).selectOption('none');
  await expect.poll(() => page.getByTestId('marks-clash').count()).toBe(0);

  await page.setViewportSize({ width: 900, height: 1100 });
  await page.screenshot({ path: shotPath('screenshot-options.png') });
  // The popup's shortcut, and where to change it.
  expect(await page.getByTestId('shortcut').textContent()).toBe('Open the ClaimLens popup with Alt+Shift+K.');
  expect(await page.getByText('chrome://extensions/shortcuts').count()).toBe(1);
  await page.close();
});

test('sites switched off: add with validation, remove; the pause', async () => {
  const page = await openOptions();
  const status = async (url: string) => ((await send(page, { type: 'site:status', data: { url } })) as { value: { enabled: boolean; paused: boolean } }).value;
  await page.getByTestId('no-sites').waitFor();
  const input = page.getByLabel('Switch off on');
  await input.fill('not a site/at all');
  await page.getByRole('button', { name: 'Add site' }).click();
  await expect.poll(() => page.getByRole('alert').textContent()).toContain('is not a site name');
  expect(await input.getAttribute('aria-invalid')).toBe('true');
  expect(await page.getByTestId('site').count()).toBe(0);
  expect((await status('https://news.example.com/x')).enabled).toBe(true);

  await input.fill('https://www.News.example.com/markets/today');
  await input.press('Enter');
  await expect.poll(() => page.getByTestId('site').allTextContents()).toEqual(['news.example.com Remove']);
  expect(await page.getByRole('alert').count()).toBe(0);
  expect((await status('https://news.example.com/x')).enabled).toBe(false);
  await input.fill('news.example.com');
  await page.getByRole('button', { name: 'Add site' }).click();
  await expect.poll(() => page.getByRole('alert').textContent()).toBe('ClaimLens is already off on news.example.com.');

  await page.getByRole('button', { name: 'Switch ClaimLens back on for news.example.com' }).click();
  await page.getByTestId('no-sites').waitFor();
  expect((await status('https://news.example.com/x')).enabled).toBe(true);

  await page.getByRole('switch', { name: 'Pause ClaimLens everywhere' }).check();
  await expect.poll(async () => (await status('https://a.example/')).paused).toBe(true);
  await page.getByRole('switch', { name: 'Pause ClaimLens everywhere' }).uncheck();
  await expect.poll(async () => (await status('https://a.example/')).paused).toBe(false);
  await page.close();
});

test('export everything, delete with undo, import the file back; a malformed file changes nothing', async () => {
  const page = await openOptions();
  const created = await send(page, {
    type: 'note:create-passage',
    data: { url: 'https://news.example/a', title: 'A', exact: 'Binance has 300 million users', prefix: '', suffix: '', body: 'Keep me' },
  });
  expect(created).toMatchObject({ ok: true });
  expect(await send(page, { type: 'settings:set', data: { sites: ['off.example'], marks: { contradicted: 'wavy', mixed: 'dotted', supported: 'double', related: 'none' } } })).toMatchObject({ ok: true });
  await page.reload();
  await page.getByTestId('site').waitFor();

  const exported = await download(page, () => page.getByRole('button', { name: 'Export everything' }).click());
  expect(exported.name).toMatch(/^claimlens-backup-\d{4}-\d\d-\d\d\.json$/);
  const backup = JSON.parse(exported.text);
  expect(backup).toMatchObject({ format: 'claimlens-backup', version: 1, settings: { sites: ['off.example'], marks: { supported: 'double' } } });
  expect(backup.notes.map((n: { body: string }) => n.body)).toEqual(['Keep me']);

  // Delete everything asks first; Cancel keeps it all.
  await page.getByRole('button', { name: 'Delete everything…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete everything?' });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await storedNotes(page)).toHaveLength(1);
  await page.getByRole('button', { name: 'Delete everything…' }).click();
  await dialog.getByRole('button', { name: 'Delete everything', exact: true }).click();
  await expect.poll(() => page.getByTestId('data-message').textContent()).toContain('Everything was deleted');
  expect(await storedNotes(page)).toEqual([]);
  await page.getByTestId('no-sites').waitFor();
  expect(await page.getByLabel(/^Supported/).inputValue()).toBe('solid');

  // Undo puts exactly that back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => page.getByTestId('data-message').textContent()).toContain('Restored');
  expect((await storedNotes(page)).map((n) => n.body)).toEqual(['Keep me']);
  expect(await page.getByTestId('site').allTextContents()).toEqual(['off.example Remove']);
  expect(await page.getByLabel(/^Supported/).inputValue()).toBe('double');

  // A malformed file: a clear message, nothing changed.
  const file = page.locator('input[type=file]');
  await file.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"claimlens-backup","version":1,"notes":[{"id":"x"}]') });
  await expect.poll(() => page.getByRole('alert').textContent()).toContain('not JSON');
  await file.setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...backup, notes: [{ ...backup.notes[0], target: { kind: 'passage', url: 'javascript:alert(1)', title: '', exact: 'x', prefix: '', suffix: '' } }] })) });
  await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/damaged at notes\.0\.target\.url.*Nothing was changed/);
  expect((await storedNotes(page)).map((n) => n.body)).toEqual(['Keep me']);

  // Round trip: delete (no undo this time), then import the exported file.
  await page.getByRole('button', { name: 'Delete everything…' }).click();
  await dialog.getByRole('button', { name: 'Delete everything', exact: true }).click();
  await expect.poll(() => storedNotes(page)).toEqual([]);
  await file.setInputFiles({ name: exported.name, mimeType: 'application/json', buffer: Buffer.from(exported.text) });
  await expect.poll(() => page.getByTestId('data-message').textContent()).toContain('Imported: 1 new notes');
  const notes = await storedNotes(page);
  expect(notes.map((n) => [n.id, n.body, n.createdAt])).toEqual(backup.notes.map((n: { id: string; body: string; createdAt: number }) => [n.id, n.body, n.createdAt]));
  expect(await page.getByTestId('site').allTextContents()).toEqual(['off.example Remove']);
  expect(await page.getByLabel(/^Supported/).inputValue()).toBe('double');
  await page.close();
});
