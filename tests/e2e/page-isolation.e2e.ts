/**
 * Pages that try to trip the content script up: a strict CSP, editors and
 * inputs, open shadow DOM, a same-origin iframe, and a page whose built-in
 * prototypes lie. For each: the expected highlights, the DOM untouched, the
 * card on hover with the right verdict, and no errors.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR, readHighlights } from './harness';
import { useExtensionAndFixtures } from './use-extension';
import { ContentPage } from './pages/content-page';

const env = useExtensionAndFixtures();

async function open(path: string): Promise<ContentPage> {
  const page = await env.browser.context.newPage();
  await page.setViewportSize({ width: 1000, height: 800 });
  return ContentPage.open(page, env.server.url(path));
}

const count = (h: Record<string, string[]>, name: string) => h[`claimlens-${name}`]?.length ?? 0;

describe('hostile and unusual pages', () => {
  test('strict CSP: highlights and a styled card without any CSP violation', async () => {
    const html = readFileSync(join(FIXTURES_DIR, 'pages/csp.html'), 'utf8');
    env.server.route('/pages/csp-strict.html', html, { 'content-security-policy': "default-src 'none'; script-src 'self'" });
    const cp = await open('/pages/csp-strict.html');
    const before = await cp.bodyHtml();
    const h = await cp.waitForHighlights((h) => count(h, 'contradicted') === 1 && count(h, 'supported') === 1);
    expect(h['claimlens-mention']).toEqual(['Binance', 'Changpeng Zhao']);
    expect(h['claimlens-contradicted']).toEqual(['two years']);
    // The ::highlight rules reached the page: the contradicted range is painted with a wavy underline.
    const styled = await cp.page.evaluate(() => document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('wavy'))));
    expect(styled).toBe(true);
    await cp.hover('p:nth-of-type(2)', 'two years');
    const card = await cp.waitForCard((c) => c.label.includes('Contradicted'));
    expect(card.text).toContain('the source says 4 months');
    // The note frame (an extension page) loads and saves under the page's policy too.
    await cp.saveNote(await cp.writeNote('Written under a strict CSP.'));
    expect(await cp.cspViolations()).toEqual([]);
    expect(await cp.bodyHtml()).toBe(before);
    expect(await cp.foreignMutations()).toEqual([]);
    expect(cp.errors).toEqual([]);
    await cp.page.close();
  });

  test('contenteditable, inputs and textareas get no highlights and typing is undisturbed', async () => {
    const cp = await open('/pages/editable.html');
    const before = await cp.bodyHtml();
    const h = await cp.waitForHighlights((h) => count(h, 'supported') === 1);
    expect(h['claimlens-mention']).toEqual(['Binance']);
    expect(h['claimlens-supported']).toEqual([expect.stringContaining('$4.3 billion')]);
    // Typing names into the editor creates no highlights there and keeps focus in the editor.
    await cp.page.click('#editor p');
    await cp.page.keyboard.press('End');
    await cp.page.keyboard.type(' Changpeng Zhao met Binance staff.');
    await cp.page.keyboard.press('Alt+Shift+ArrowRight'); // ignored while typing
    await cp.page.waitForTimeout(800);
    expect(await cp.page.evaluate(() => document.activeElement?.id)).toBe('editor');
    expect(await cp.page.textContent('#editor')).toContain('Changpeng Zhao met Binance staff.');
    const after = await cp.highlights();
    expect(after['claimlens-mention']).toEqual(['Binance']);
    expect(await cp.readCard()).toBeNull();
    // The only body change is the reader's own typing.
    expect((await cp.bodyHtml()).replace(' Changpeng Zhao met Binance staff.', '')).toBe(before);
    expect(cp.errors).toEqual([]);
    await cp.page.close();
  });

  test('file:// pages run too (where the reader allows file access)', async () => {
    const page = await env.browser.context.newPage();
    const cp = await ContentPage.open(page, `file://${join(FIXTURES_DIR, 'pages/editable.html')}`);
    const h = await cp.waitForHighlights((h) => count(h, 'supported') === 1);
    expect(h['claimlens-mention']).toEqual(['Binance']);
    expect(cp.errors).toEqual([]);
    await page.close();
  });

  test('open shadow DOM: text inside is highlighted and hoverable', async () => {
    const cp = await open('/pages/shadow.html');
    const h = await cp.waitForHighlights((h) => count(h, 'mention') === 3);
    expect(h['claimlens-mention']!.sort()).toEqual(['Binance', 'Binance', 'Changpeng Zhao']);
    // The page's shadow root got the ::highlight rules too (styles do not cross shadow boundaries).
    const styledShadow = await cp.page.evaluate(() => document.getElementById('card')!.shadowRoot!.adoptedStyleSheets.length);
    expect(styledShadow).toBe(1);
    await cp.hover('#inside', 'Changpeng');
    const card = await cp.waitForCard((c) => c.text.includes('Changpeng Zhao'));
    expect(card.text).toContain('Binance founder');
    expect(await cp.foreignMutations()).toEqual([]);
    expect(cp.errors).toEqual([]);
    await cp.page.close();
  });

  test('same-origin iframe: the frame gets its own highlights and card', async () => {
    const cp = await open('/pages/iframe.html');
    await cp.waitForHighlights((h) => count(h, 'mention') === 1);
    const frame = cp.page.frames().find((f) => f.url().endsWith('iframe-child.html'))!;
    const inFrame = await cp.waitForHighlights(
      (h) => count(h, 'mention') === 2 && count(h, 'related') === 0, // related: found (the card below), not marked by default
      15_000,
      () => readHighlights(frame),
    );
    expect(inFrame['claimlens-mention']).toEqual(['World Liberty Financial', 'USD1']);
    await cp.hover('#framed', 'World Liberty', '#child');
    const card = await cp.waitForCard((c) => c.label.includes('Related'));
    expect(card.text).toContain('World Liberty Financial');
    expect(cp.errors).toEqual([]);
    await cp.page.close();
  });

  test('a page overriding Array.prototype and Node.prototype methods does not fool the content script', async () => {
    const page = await env.browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 800 });
    const cp = new ContentPage(page);
    await page.goto(env.server.url('/pages/prototypes.html'));
    // The overrides are live from the page's <head> on. Hover until the card answers (the scan
    // may still be running), driving the page only through CDP and real input (page-world
    // tooling is broken too).
    const box = await cp.boxOf('#text');
    const until = Date.now() + 60_000;
    let card = null as Awaited<ReturnType<ContentPage['readCard']>>;
    while (!card?.label.includes('Mixed') && Date.now() < until) {
      await page.mouse.move(box.x + 40, box.y + box.height + 40);
      await page.mouse.move(box.x + 20, box.y + box.height / 2, { steps: 3 });
      card = await cp.waitForCard((c) => c.label.includes('Mixed'), 2000).catch(() => null);
    }
    expect(card?.label).toContain('Mixed');
    if (!card) return;
    expect(card.text).toContain('this page says 275 million');
    expect(card.text).toContain('Binance');
    // Now restore the built-ins (F9, see prototypes.js) and read CSS.highlights from the page world.
    await page.keyboard.press('F9');
    expect(await page.evaluate(() => (window as unknown as { __overridden: boolean; __restored: boolean }).__restored)).toBe(true);
    const details = await ContentPage.details(page);
    expect(details['claimlens-mention']!.map((d) => d.text)).toEqual(['Binance', 'Changpeng Zhao']);
    expect(details['claimlens-mixed']!.map((d) => d.text)).toEqual([expect.stringMatching(/^275 million/)]);
    expect(cp.errors).toEqual([]);
    await page.close();
  });
});
