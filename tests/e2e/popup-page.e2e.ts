/**
 * The popup's "This page" tab for a real tab with flagged claims, on the built
 * extension: findings grouped by entity with verdicts, reveal on the page,
 * "Compare sources", and the messages for empty and unreadable pages.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, readHighlights, serveFixtures, type ExtensionBrowser, type FixtureServer } from './harness';
import { download, openPopup, tabIdFor, waitForSeededDb } from './popup-helpers';

let ext: ExtensionBrowser;
let server: FixtureServer;

const ARTICLE = `<!doctype html><html><head><title>Exchange news roundup</title></head><body>
<h1>Exchange news roundup</h1>
<p>Binance has 300 million users, the company said on Monday.</p>
<p>Binance founder Changpeng Zhao served four months in prison after the plea.</p>
<p>World Liberty Financial launched the USD1 stablecoin earlier this year.</p>
${'<p>Filler paragraph about markets and the weather.</p>'.repeat(60)}
<p id="last">Binance agreed to pay a record $4.3 billion fine in 2023.</p>
</body></html>`;

beforeAll(async () => {
  [ext, server] = await Promise.all([launchExtension(), serveFixtures()]);
  server.route('/news.html', ARTICLE);
  server.route('/plain.html', '<!doctype html><title>Recipes</title><p>Bake the bread for forty minutes.</p>');
  const page = await ext.openExtensionPage('popup.html?tab=0');
  expect(await waitForSeededDb(page)).toBeGreaterThan(0);
  await page.close();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

test('findings grouped by entity, with verdicts; reveal and compare', async () => {
  const article = await ext.context.newPage();
  await article.setViewportSize({ width: 1000, height: 700 });
  await article.goto(server.url('/news.html'));
  await expect.poll(async () => (await readHighlights(article))['claimlens-mention']?.length ?? 0, { timeout: 45_000 }).toBeGreaterThan(3);
  const tabId = await tabIdFor(ext, article);

  const popup = await openPopup(ext, `?tab=${tabId}`);
  const summary = popup.getByTestId('page-summary');
  await summary.waitFor();
  expect(await summary.textContent()).toMatch(/\d+ claims? and \d+ mentions? on Exchange news roundup/);
  const groups = await popup.locator('.entity-group h2').allTextContents();
  expect(groups[0]).toMatch(/^Binance/);
  expect(groups.some((g) => g.startsWith('Changpeng Zhao'))).toBe(true);

  const users = popup.getByTestId('finding').filter({ hasText: 'Binance has 300 million users' });
  expect(await users.count()).toBe(1);
  // 300 million agrees with "over 250 million" and conflicts with 250 and 275 million: not "Supported".
  expect(await users.locator('.badge').textContent()).toMatch(/Contradicted|Mixed/);
  expect(await popup.getByRole('tab', { name: /This page/ }).textContent()).toMatch(/This page\d+/);

  // Reveal: the page scrolls to the claim.
  const fine = popup.getByTestId('finding').filter({ hasText: 'record $4.3 billion fine' });
  expect(await fine.locator('.badge').textContent()).toBe('Supported');
  expect(await article.evaluate(() => scrollY)).toBe(0);
  await fine.locator('.finding-text').click();
  await expect.poll(() => popup.getByRole('status').filter({ hasText: 'Shown on the page.' }).count()).toBe(1);
  await expect.poll(() => article.evaluate(() => scrollY)).toBeGreaterThan(200);

  // The per-site switch turns the page's highlights off and on again.
  const highlightCount = async () => Object.values(await readHighlights(article)).reduce((n, list) => n + list.length, 0);
  const before = await highlightCount();
  await popup.getByRole('switch', { name: 'On 127.0.0.1' }).uncheck();
  await expect.poll(highlightCount).toBe(0);
  await popup.getByTestId('switched-off').waitFor();
  await expect.poll(() => popup.getByTestId('page-empty').count()).toBe(1);
  await popup.getByRole('switch', { name: 'On 127.0.0.1' }).check();
  await expect.poll(highlightCount, { timeout: 45_000 }).toBe(before);
  // The popup reads the page again as it rescans (a busy machine may take seconds).
  await popup.getByTestId('page-summary').waitFor({ timeout: 45_000 });

  // Compare sources jumps to the fact in the Facts tab.
  await popup.getByTestId('finding').filter({ hasText: 'Binance has 300 million users' }).getByRole('button', { name: /Compare sources/ }).click();
  await popup.locator('.fact-detail[data-fact=binance-users]').waitFor();
  expect(await popup.getByRole('tab', { name: 'Facts' }).getAttribute('aria-selected')).toBe('true');

  // A passage note on this page (as the hover card's "Add note" makes it, through the background),
  // then "this page's notes" exported as Web Annotations with a TextQuoteSelector.
  const created = await popup.evaluate(async (url) => {
    const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
    return api.runtime.sendMessage({
      type: 'note:create-passage',
      data: { url: `${url}#section`, title: 'Exchange news roundup', exact: 'Binance has 300 million users', prefix: '', suffix: ', the company said on Monday.', body: 'Too high?', factId: 'binance-users' },
    });
  }, server.url('/news.html'));
  expect(created).toMatchObject({ ok: true });
  await popup.getByRole('tab', { name: 'Notes' }).click();
  await popup.getByLabel('Which notes').selectOption('page');
  await expect.poll(() => popup.getByTestId('note').count()).toBe(1);
  expect(await popup.locator('.note-quote').textContent()).toBe('Binance has 300 million users');
  expect(await popup.locator('.page-link').getAttribute('href')).toBe(
    `${server.url('/news.html')}#:~:text=Binance%20has%20300%20million%20users,-%2C%20the%20company`,
  );
  await popup.locator('details.tools summary', { hasText: 'Export notes' }).click();
  await popup.getByTestId('export-scope').selectOption('page');
  await popup.getByTestId('export-format').selectOption('annotation');
  const exported = await download(popup, () => popup.getByRole('button', { name: 'Download' }).click());
  expect(exported.name).toMatch(/^claimlens-page-notes-.*\.jsonld$/);
  const anno = JSON.parse(exported.text);
  expect(anno['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
  expect(anno.label).toBe('ClaimLens notes: Exchange news roundup');
  expect(anno.first.items).toHaveLength(1);
  const [passageTarget, factTarget] = anno.first.items[0].target;
  expect(passageTarget).toEqual({
    type: 'SpecificResource',
    source: server.url('/news.html'),
    selector: { type: 'TextQuoteSelector', exact: 'Binance has 300 million users', suffix: ', the company said on Monday.' },
  });
  expect(factTarget).toEqual({ id: 'urn:claimlens:fact:binance-users', type: 'Text' });
  await popup.getByRole('tab', { name: /This page/ }).click();

  // Without ?tab the popup finds the page itself (the most recent tab that is not ours).
  await article.bringToFront();
  const plain = await openPopup(ext);
  await plain.getByTestId('page-summary').waitFor();
  expect(await plain.getByTestId('page-summary').textContent()).toContain('Exchange news roundup');
  await Promise.all([popup.close(), plain.close(), article.close()]);
});

test('a page with nothing to check gets a friendly empty state', async () => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/plain.html'));
  const tabId = await tabIdFor(ext, page);
  const popup = await openPopup(ext, `?tab=${tabId}`);
  // The content script may still be starting: the popup says so and offers a retry.
  await expect
    .poll(async () => {
      if (await popup.getByTestId('page-empty').count()) return 'empty';
      if (await popup.getByTestId('page-unavailable').count()) await popup.getByRole('button', { name: 'Try again' }).click();
      return 'waiting';
    })
    .toBe('empty');
  expect(await popup.getByTestId('page-empty').textContent()).toContain('Nothing to check here.');
  await Promise.all([popup.close(), page.close()]);
});

test('browser pages get a clear message', async () => {
  for (const url of ['chrome://version/', 'about:blank']) {
    const page = await ext.context.newPage();
    await page.goto(url);
    const tabId = await tabIdFor(ext, page);
    const popup = await openPopup(ext, `?tab=${tabId}`);
    const message = popup.getByTestId('page-unavailable');
    await message.waitFor();
    expect(await message.textContent()).toMatch(/Browsers do not let extensions read their own pages/);
    await Promise.all([popup.close(), page.close()]);
  }
});
