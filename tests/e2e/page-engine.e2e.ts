/**
 * One engine per browser (issue 11): the content script carries no engine, no claim data and no
 * zod, and asks the background (page:scan) for the claims of the blocks that name an entity.
 * A service worker stopped in the middle of a scan is woken by the next batch and every claim
 * still arrives: the same findings as a scan the worker never left.
 * The size check reads the built bundle: `npm test` builds before the e2e files run.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { EXTENSION_DIR, ROOT } from './harness';
import { useExtensionAndFixtures } from './use-extension';
import { ContentPage } from './pages/content-page';
import { longArticle } from './pages/long-article';
import { watchWorker } from './extension-db';

const env = useExtensionAndFixtures();

/** The content script's minified size for Chrome, in bytes (measured: docs/bench.md). */
// Issue 11's aim: at most 40 KB. The hover card's code is its own file, loaded on the reader's first move on a page with a highlight.
export const CONTENT_SCRIPT_BUDGET = 40 * 1024;
export const CARD_SCRIPT_BUDGET = 24 * 1024;

describe('the content script', () => {
  test.each([
    ['content-scripts/content.js', CONTENT_SCRIPT_BUDGET],
    ['card.js', CARD_SCRIPT_BUDGET],
  ])('%s is small and carries no engine, no claim data and no zod', async (path, budget) => {
    const file = join(EXTENSION_DIR, path);
    const { size } = await stat(file);
    const code = await readFile(file, 'utf8');
    console.log(`${path}: ${(size / 1024).toFixed(1)} KB minified`);
    expect(size).toBeLessThan(budget);
    // zod's error class and internals.
    expect(code).not.toMatch(/ZodError|_zod|\$ZodType/);
    // No claim data: no fact's question, no entity's description, no source's title or quote.
    const claims = JSON.parse(await readFile(join(ROOT, 'seeds/claims.json'), 'utf8')) as {
      entities: { description: string }[];
      facts: { id: string; label: string; reports: { quote: string }[] }[];
    };
    const sources = JSON.parse(await readFile(join(ROOT, 'seeds/sources/sources.json'), 'utf8')) as { title: string }[] | Record<string, { title: string }>;
    const titles = (Array.isArray(sources) ? sources : Object.values(sources)).map((s) => s.title);
    const leaked = [
      ...claims.entities.map((e) => e.description),
      ...claims.facts.map((f) => f.label),
      ...claims.facts.flatMap((f) => f.reports.map((r) => r.quote.slice(0, 40))),
      ...titles,
    ].filter((text) => code.includes(text));
    expect(leaked).toEqual([]);
    // Nor the engine: its rules' fact ids are not in the bundle.
    expect(claims.facts.map((f) => f.id).filter((id) => code.includes(`"${id}"`) || code.includes(`'${id}'`))).toEqual([]);
  });
});


type Finding = { kind: string; verdict?: string; text: string };
const claimsOf = (list: Finding[]) => list.filter((f) => f.kind === 'claim').map((f) => `${f.verdict}: ${f.text}`);

/** Asked from an extension page (it can message tabs), so asking never wakes or holds the worker. */
async function settledFindings(cp: ContentPage, ext: Page): Promise<Finding[]> {
  return cp.waitForStable(() => cp.findings(ext), 1500, 90_000);
}

describe('the hover card\'s code (card.js)', () => {
  test('is loaded only on a page with a highlight, never from its public address, and a move onto a name while it loads opens the card', async () => {
    env.server.route('/pages/no-names.html', `<!doctype html><title>Garden</title>${'<p>Notes on soil, seeds and <em>watering</em> in spring.</p>'.repeat(50)}`);
    const requested = async (path: string, hold: (cp: ContentPage) => Promise<void>) => {
      const page = await env.browser.context.newPage();
      const cdp = await page.context().newCDPSession(page);
      const urls: string[] = [];
      cdp.on('Network.requestWillBeSent', (e: { request: { url: string } }) => urls.push(e.request.url));
      await cdp.send('Network.enable');
      const cp = await ContentPage.open(page, env.server.url(path));
      await hold(cp);
      await cdp.detach();
      return { cp, cards: urls.filter((u) => u.endsWith('/card.js')) };
    };
    // No names: the content script runs (its highlights stay empty) and never asks for the card's code.
    const plain = await requested('/pages/no-names.html', (cp) => cp.page.waitForTimeout(2000));
    expect(plain.cards).toEqual([]);
    expect(Object.values(await plain.cp.highlights()).flat()).toEqual([]);
    await plain.cp.page.close();
    // An article: the pointer moves onto a name the moment its highlight appears, once, while the
    // card's code may still be loading: that move opens the card.
    const article = await requested('/pages/article.html', async (cp) => {
      await cp.waitForHighlights((h) => (h['claimlens-mention'] ?? []).length > 0, 30_000, () => cp.highlights());
      const { x, y } = await cp.pointAt('#p-users', 'Binance');
      await cp.page.mouse.move(x, y);
      await cp.waitForCard();
    });
    expect(article.cards.length).toBeGreaterThan(0);
    // The page itself cannot load it from the extension's (public) id: use_dynamic_url. Nor does
    // it see what the card's code leaves on the content script's own global.
    const loaded = await article.cp.page.evaluate(
      (id) =>
        new Promise<string>((done) => {
          const s = document.createElement('script');
          s.src = `chrome-extension://${id}/card.js`;
          s.onload = () => done('loaded');
          s.onerror = () => done('blocked');
          document.head.append(s);
        }),
      env.browser.extensionId,
    );
    expect(loaded).toBe('blocked');
    expect(await article.cp.page.evaluate(() => Object.getOwnPropertyNames(globalThis).filter((k) => /claimlens/i.test(k)))).toEqual([]);
    await article.cp.page.close();
  });
});

describe('the engine in the background', () => {
  test('a service worker stopped in the middle of a scan is woken and every claim still arrives', async () => {
    const html = await longArticle(60);
    env.server.route('/pages/archive-a.html', html);
    env.server.route('/pages/archive-b.html', html);

    // Reference: the same page scanned with the worker left alone.
    const ext = await env.browser.openExtensionPage('popup.html');
    const ref = await ContentPage.open(await env.browser.context.newPage(), env.server.url('/pages/archive-a.html'));
    const reference = claimsOf(await settledFindings(ref, ext));
    expect(reference.length).toBeGreaterThan(60 * 5);
    expect(reference.filter((c) => c.startsWith('contradicted:'))).toHaveLength(60);
    await ref.page.close();

    const watch = await watchWorker(env.browser.context, ext, env.browser.extensionId);
    const page = await env.browser.context.newPage();
    const cp = await ContentPage.open(page, env.server.url('/pages/archive-b.html'));
    // Stop the worker whenever some claims have arrived but not all, a few times over.
    let stoppedMidScan = 0;
    for (let i = 0; i < 40 && stoppedMidScan < 3; i++) {
      const now = claimsOf(await cp.findings(ext)).length;
      if (now > 0 && now < reference.length) {
        await watch.stop();
        stoppedMidScan++;
      } else if (now >= reference.length) {
        break;
      }
      await page.waitForTimeout(150);
    }
    expect(stoppedMidScan).toBeGreaterThan(0);
    const after = claimsOf(await settledFindings(cp, ext));
    expect(after).toEqual(reference);
    expect(watch.history).toContain('stopped');
    expect(cp.errors).toEqual([]);
    await watch.detach();
    await ext.close();
    await page.close();
  });
});
