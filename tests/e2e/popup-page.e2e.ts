/**
 * The popup's "This page" tab for a real tab with flagged claims, on the built
 * extension: the verdict summary first, claims worst first (click or Enter opens
 * the card on the page), mention lines with previous/next, the toolbar badge's
 * colour, "Compare sources", and the messages for empty and unreadable pages.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { join } from 'node:path';
import { launchExtension, readHighlights, ROOT, serveFixtures, type ExtensionBrowser, type FixtureServer } from './harness';
import { download, openPopup, tabIdFor, waitForSeededDb } from './popup-helpers';
import { ContentPage } from './pages/content-page';

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

/** The toolbar badge of a tab, read in the service worker: [r, g, b, a] and the text. */
async function badge(tabId: number): Promise<{ colour: number[]; text: string }> {
  return ext.worker.evaluate(async (id) => {
    const action = (globalThis as unknown as { chrome: { action: { getBadgeBackgroundColor(d: object): Promise<number[]>; getBadgeText(d: object): Promise<string> } } }).chrome.action;
    return { colour: await action.getBadgeBackgroundColor({ tabId: id }), text: await action.getBadgeText({ tabId: id }) };
  }, tabId);
}
const shotPath = (name: string) => join(ROOT, process.env.CLAIMLENS_UPDATE_SCREENSHOT ? 'docs' : '.tmp', name);
const RED = [0xc6, 0x28, 0x28, 255];
const AMBER = [0xb4, 0x53, 0x09, 255];
const GREEN = [0x2e, 0x7d, 0x32, 255];

test('a real article: the summary leads, claims worst first, click opens the card, mentions step, the badge is red', async () => {
  const article = await ext.context.newPage();
  await article.setViewportSize({ width: 1000, height: 700 });
  const cp = await ContentPage.open(article, server.url('/pages/article.html'));
  await cp.waitForHighlights((h) => (h['claimlens-contradicted']?.length ?? 0) >= 1 && (h['claimlens-supported']?.length ?? 0) >= 3);
  const tabId = await tabIdFor(ext, article);

  const popup = await openPopup(ext, `?tab=${tabId}`);
  const summary = popup.getByRole('status').and(popup.getByTestId('page-summary'));
  await summary.waitFor();
  const text = (await summary.textContent())!;
  // "1 contradicted · 2 mixed · 6 supported · 3 related": worst first, each count named on its own.
  expect(text).toMatch(/^\d+ contradicted( · \d+ mixed)?( · \d+ supported)?( · \d+ related)?$/);
  const counts = Object.fromEntries(text.split(' · ').map((part) => [part.split(' ')[1]!, Number(part.split(' ')[0])]));
  for (const [verdict, count] of Object.entries(counts)) {
    expect(await popup.getByLabel(`${count} ${verdict}`, { exact: true }).count(), verdict).toBe(1);
  }
  // The claim rows: as many as the summary counts, ordered contradicted, mixed, supported, related.
  const rows = popup.getByTestId('finding');
  const verdicts = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-verdict')!));
  expect(verdicts.length).toBe(Object.values(counts).reduce((a, b) => a + b, 0));
  const rank = ['contradicted', 'mixed', 'supported', 'related'];
  expect(verdicts).toEqual([...verdicts].sort((a, b) => rank.indexOf(a) - rank.indexOf(b)));
  // Each row: the fact's question, what the page says, what the sources say, the verdict in words.
  const prison = rows.filter({ hasText: 'two years' });
  expect(await prison.getAttribute('data-verdict')).toBe('contradicted');
  expect(await prison.locator('.claim-question').textContent()).toMatch(/prison/i);
  expect(await prison.locator('.page-says').textContent()).toContain('two years');
  expect(await prison.locator('.source-value').allTextContents()).toContain('4 months');
  expect(await prison.locator('.badge').textContent()).toContain('Contradicted');

  // The README screenshot of the summary (docs/ only when asked, like docs/screenshot-page.png).
  await popup.screenshot({ path: shotPath('screenshot-popup-summary.png') });

  // Enter on the row: the page scrolls to the claim and its card opens.
  expect(await article.evaluate(() => scrollY)).toBe(0);
  await prison.locator('.finding-text').focus();
  await popup.keyboard.press('Enter');
  await expect.poll(() => popup.getByTestId('reveal-status').textContent()).toBe('Shown on the page.');
  await expect.poll(() => article.evaluate(() => scrollY)).toBeGreaterThan(100);
  expect((await cp.waitForCard((c) => c.label.includes('Contradicted'))).text).toContain('two years');

  // Mentions: one line per entity with a count, and previous/next through the page.
  const lines = popup.getByTestId('mention-line');
  const names = await lines.locator('.mention-name').allTextContents();
  expect(names).toEqual(expect.arrayContaining(['Binance', 'World Liberty Financial', 'USD1', 'Changpeng Zhao']));
  expect(new Set(names).size).toBe(names.length);
  const binance = lines.filter({ has: popup.locator('.mention-name', { hasText: /^Binance$/ }) });
  const total = Number((await binance.locator('.count').textContent())!.split(' ')[0]);
  expect(total).toBeGreaterThan(3);
  const status = popup.getByTestId('reveal-status');
  await binance.getByRole('button', { name: 'Next mention of Binance' }).click();
  await expect.poll(() => status.textContent()).toBe(`Binance: mention 1 of ${total} shown on the page.`);
  await binance.getByRole('button', { name: 'Next mention of Binance' }).click();
  await expect.poll(() => status.textContent()).toBe(`Binance: mention 2 of ${total} shown on the page.`);
  await binance.getByRole('button', { name: 'Previous mention of Binance' }).click();
  await expect.poll(() => status.textContent()).toBe(`Binance: mention 1 of ${total} shown on the page.`);
  await binance.getByRole('button', { name: 'Previous mention of Binance' }).click();
  await expect.poll(() => status.textContent()).toBe(`Binance: mention ${total} of ${total} shown on the page.`);
  await cp.waitForCard((c) => c.text.includes('Binance'));

  // The toolbar badge: the claim count, red for the contradiction.
  await expect.poll(async () => (await badge(tabId)).colour).toEqual(RED);
  expect((await badge(tabId)).text).toBe(String(verdicts.length));
  await Promise.all([popup.close(), article.close()]);
});

test('the badge colour follows the worst verdict: amber for mixed, green for supported only', async () => {
  server.route('/mixed.html', '<!doctype html><title>Income</title><p>The Trump family has made billions from USD1, one analyst claimed.</p>');
  server.route('/supported.html', '<!doctype html><title>Fine</title><p>Binance agreed to pay a record $4.3 billion fine in 2023.</p>');
  for (const [path, colour] of [['/mixed.html', AMBER], ['/supported.html', GREEN]] as const) {
    const page = await ext.context.newPage();
    await page.goto(server.url(path));
    await expect.poll(async () => Object.keys(await readHighlights(page)).length, { timeout: 45_000 }).toBeGreaterThan(0);
    const tabId = await tabIdFor(ext, page);
    await expect.poll(async () => (await badge(tabId)).colour, { timeout: 45_000 }).toEqual(colour);
    await page.close();
  }
});

test('site switch, compare sources and this page\'s notes', async () => {
  const article = await ext.context.newPage();
  await article.setViewportSize({ width: 1000, height: 700 });
  await article.goto(server.url('/news.html'));
  await expect.poll(async () => (await readHighlights(article))['claimlens-mention']?.length ?? 0, { timeout: 45_000 }).toBeGreaterThan(3);
  const tabId = await tabIdFor(ext, article);

  const popup = await openPopup(ext, `?tab=${tabId}`);
  const summary = popup.getByTestId('page-summary');
  await summary.waitFor();
  expect(await popup.locator('.page-title').textContent()).toBe('Exchange news roundup');
  const users = popup.getByTestId('finding').filter({ hasText: 'Binance has 300 million users' });
  expect(await users.count()).toBe(1);
  // 300 million agrees with "over 250 million" and conflicts with 250 and 275 million: not "Supported".
  expect(await users.locator('.badge').textContent()).toMatch(/Contradicted|Mixed/);
  expect(await popup.getByRole('tab', { name: /This page/ }).textContent()).toMatch(/This page\d+/);

  // Reveal by click: the page scrolls to the claim.
  const fine = popup.getByTestId('finding').filter({ hasText: 'record $4.3 billion fine' });
  expect(await fine.locator('.badge').textContent()).toContain('Supported');
  expect(await article.evaluate(() => scrollY)).toBe(0);
  await fine.locator('.finding-text').click();
  await expect.poll(() => popup.getByTestId('reveal-status').textContent()).toBe('Shown on the page.');
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
  expect(await plain.locator('.page-title').textContent()).toBe('Exchange news roundup');
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
  expect(await popup.getByTestId('page-empty').getByRole('status').textContent()).toBe('No claims about Binance, WLFI, USD1 or CZ on this page.');
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
