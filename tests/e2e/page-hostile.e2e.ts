/**
 * Hostile pages (issue #12), each written the way an attacker would, against the
 * built extension in real Chromium. Each attack must leave ClaimLens working in
 * that tab and in others, with the reader's note unread:
 *  1. kill switch: replaying WXT's start event (tests/fixtures/pages/hostile-kill.js);
 *  2. into the closed shadow root: the old host tag pre-defined with attachInternals, and every
 *     other route a page has (hostile-root.js);
 *  3. keylogging the note: capture listeners for every key and input event (hostile-keys.js);
 *  4. cross-tab starvation: 25 claim-heavy frames filling storage.session (hostile-flood.js);
 * and the lower findings: DOM clobbering, an unbounded title, synthetic events, the highlight
 * sheet on a paused page, and the manifest (minimum_chrome_version, no match_about_blank,
 * the note frame only under a dynamic URL).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { EXTENSION_DIR, readHighlights } from './harness';
import { readDb, send } from './extension-db';
import { tabIdFor } from './popup-helpers';
import { useExtensionAndFixtures } from './use-extension';
import { ContentPage } from './pages/content-page';

const env = useExtensionAndFixtures();

const total = (h: Record<string, string[]>) => Object.values(h).reduce((n, list) => n + list.length, 0);
const sizes = (h: Record<string, string[]>) => Object.fromEntries(Object.entries(h).map(([k, v]) => [k, v.length]));

async function open(path: string, width = 1000): Promise<ContentPage> {
  const page = await env.browser.context.newPage();
  await page.setViewportSize({ width, height: 800 });
  return ContentPage.open(page, env.server.url(path));
}

/** Asks the tab's top frame for its findings, as the popup's "This page" does (tabs.sendMessage from an extension page). */
async function askPage(page: Page): Promise<string> {
  const tabId = await tabIdFor(env.browser, page);
  const helper = await env.browser.openExtensionPage('popup.html?tab=0');
  try {
    return await helper.evaluate(async (id) => {
      const c = (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown, o: object): Promise<unknown> } } }).chrome;
      return c.tabs.sendMessage(id, { type: 'page:findings', data: {} }, { frameId: 0 }).then(
        (reply) => JSON.stringify(reply),
        (error: Error) => `refused: ${error.message}`,
      );
    }, tabId);
  } finally {
    await helper.close();
  }
}

/** Everything in storage.session, read in the service worker. */
const sessionStorage = (): Promise<Record<string, unknown>> =>
  env.browser.worker.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.session.get(null),
  );

async function notes(): Promise<{ body: string; target: Record<string, unknown> }[]> {
  return ((await readDb(env.browser.worker))?.notes ?? []) as never;
}

/** The real mouse over the start of an element's text (through CDP: no page-world tooling a page could break). */
async function hoverStart(cp: ContentPage, selector: string): Promise<void> {
  const box = await cp.boxOf(selector);
  await cp.page.mouse.move(box.x + 40, box.y + box.height + 60);
  await cp.page.mouse.move(box.x + 12, box.y + box.height / 2, { steps: 3 });
}

describe('hostile pages cannot switch ClaimLens off, open its card, read the note, or starve other tabs', () => {
  test('1. kill switch: a page replaying WXT\'s start event (learned or built from the public id) leaves every highlight and the popup working', async () => {
    const cp = await open(`/pages/hostile-kill.html#id=${env.browser.extensionId}`);
    const settled = await cp.waitForStable(() => cp.highlights());
    expect(total(settled)).toBeGreaterThanOrEqual(4);
    // Attack again now that the script has long started, and keep attacking (every 100 ms) for a while:
    // an absence cannot be polled for, so give a kill switch the time to act.
    await cp.page.evaluate(() => (window as unknown as { __attack(): void }).__attack());
    const attacks = await cp.page.evaluate(() => (window as unknown as { __attacks: number }).__attacks);
    await cp.page.waitForFunction((n) => (window as unknown as { __attacks: number }).__attacks >= n + 20, attacks, { timeout: 30_000 });
    expect(sizes(await cp.highlights())).toEqual(sizes(settled));
    // The popup's listener is still there.
    const reply = await askPage(cp.page);
    expect(reply).toMatch(/^\{"ok":true/);
    expect(JSON.parse(reply).value.claims).toBeGreaterThan(0);
    // Nothing was posted to the page that it could learn the event's name from.
    expect(await cp.page.evaluate(() => (window as unknown as { __seen: string[] }).__seen)).toEqual([]);
    // Emptying the shared CSS.highlights registry only lasts until the layer puts its ranges back.
    await cp.page.evaluate(() => (window as unknown as { __wipe(): void }).__wipe());
    await cp.waitForHighlights((h) => JSON.stringify(sizes(h)) === JSON.stringify(sizes(settled)));
    // New text on the page is still scanned.
    await cp.page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Later: World Liberty Financial launched the USD1 stablecoin.';
      document.body.append(p);
    });
    await cp.waitForHighlights((h) => (h['claimlens-mention'] ?? []).includes('USD1'));
    expect(cp.errors).toEqual([]);
    await cp.page.close();
  });

  test('2. closed root: a page that pre-defines the host tag and tries every route in cannot read, change or press the card', async () => {
    const before = (await notes()).length;
    const cp = await open('/pages/hostile-root.html');
    await cp.waitForHighlights((h) => (h['claimlens-contradicted'] ?? []).length === 1);
    await hoverStart(cp, '#term');
    const card = await cp.waitForCard((c) => c.label.includes('Contradicted'));
    const pagesBefore = env.browser.context.pages().length;
    const probe = async () => {
      const box = (await cp.cardBox())!;
      const points = [
        [box.x + 20, box.y + 12],
        [box.x + box.width / 2, box.y + box.height / 2],
        [box.x + 30, box.y + box.height - 20],
      ];
      for (const [x, y] of points) {
        const seen = await cp.page.evaluate(([x, y]) => (window as unknown as { __probe(x: number, y: number): unknown }).__probe(x!, y!), [x, y]);
        expect(seen).toEqual({ hosts: ['DIV'], roots: 0, text: '', pressed: [] });
      }
    };
    await probe();
    await cp.clickCardButton('Add note'); // the note field open too: nothing in it for the page either
    await cp.noteFrame();
    await probe();
    // The card is as it was: same verdict, no tab opened, no note saved.
    const after = await cp.waitForCard();
    expect(after.label).toBe(card.label);
    expect(after.text).toContain('Contradicted');
    expect(after.text).not.toContain('Supported');
    await cp.page.waitForTimeout(500);
    expect(env.browser.context.pages().length).toBe(pagesBefore);
    expect((await notes()).length).toBe(before);
    expect(cp.errors).toEqual([]);
    await cp.page.close();
  });

  test('3. keylogger: while a note is typed in the card, the page hears no key or input event, and the note is saved', async () => {
    const cp = await open('/pages/hostile-keys.html');
    await cp.waitForHighlights((h) => (h['claimlens-contradicted'] ?? []).length === 1);
    await hoverStart(cp, '#term');
    await cp.waitForCard((c) => c.label.includes('Contradicted'));
    await cp.clickCardButton('Add note');
    const frame = await cp.noteFrame(5000).catch(() => null);
    if (frame) await frame.waitForFunction(() => document.hasFocus() && document.activeElement?.tagName === 'TEXTAREA', null, { timeout: 15_000 });
    await cp.page.evaluate(() => ((window as unknown as { __keys: string[] }).__keys.length = 0));
    const secret = 'My source at the court says the term was four months. Call Dana, 555-0142.';
    await cp.page.keyboard.type(secret);
    await cp.page.keyboard.press('Backspace');
    await cp.page.keyboard.type('2');
    const heard = await cp.page.evaluate(() => (window as unknown as { __keys: string[] }).__keys.slice());
    expect(heard, `the page heard ${heard.length} events`).toEqual([]);
    expect(frame).not.toBeNull();
    await cp.saveNote(frame!);
    const saved = (await notes()).filter((n) => n.body === `${secret.slice(0, -1)}2`);
    expect(saved).toHaveLength(1);
    expect(saved[0]!.target).toMatchObject({ kind: 'passage', exact: expect.stringContaining('spent two years'), title: 'Hostile: keylogging the note' });
    expect(await cp.page.evaluate(() => (window as unknown as { __keys: string[] }).__keys)).toEqual([]);
    // Esc in the note frame closes the card, and focus returns to the page.
    await hoverStart(cp, '#term');
    await cp.waitForCard();
    const again = await cp.writeNote('x');
    expect(again).toBeTruthy();
    await cp.page.keyboard.press('Escape');
    await cp.waitForNoCard();
    expect(cp.errors).toEqual([]);
    await cp.page.close();
  });

  test('lower: a page clobbering document members (<form name="title">, <img name="createElement">, …) still gets highlights, a card and a saved note', async () => {
    const cp = await open('/pages/hostile-clobber.html');
    expect(await cp.page.evaluate(() => [typeof document.title, typeof document.createElement, (document as unknown as Record<string, unknown>).createElementNS instanceof HTMLImageElement])).toEqual(['object', 'object', true]);
    await cp.waitForHighlights((h) => (h['claimlens-contradicted'] ?? []).length === 1, 30_000);
    await hoverStart(cp, '#term');
    await cp.waitForCard((c) => c.label.includes('Contradicted'));
    const body = 'Noted on a clobbered page.';
    await cp.saveNote(await cp.writeNote(body));
    expect((await notes()).filter((n) => n.body === body).map((n) => n.target.title)).toEqual(['Clobbered title']);
    expect(cp.errors).toEqual([]);
    await cp.page.close();
  });

  test('lower: an unbounded document.title does not break "This page"', async () => {
    const cp = await open('/pages/hostile-plain.html');
    await cp.waitForHighlights((h) => total(h) >= 4);
    await cp.page.evaluate(() => (document.title = 'T'.repeat(1_000_000)));
    const reply = JSON.parse(await askPage(cp.page)) as { ok: boolean; value: { title: string; claims: number } };
    expect(reply.ok).toBe(true);
    expect(reply.value.title.length).toBe(2000);
    const tabId = await tabIdFor(env.browser, cp.page);
    const popup = await env.browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.getByTestId('page-summary').waitFor({ timeout: 30_000 });
    expect(await popup.getByTestId('finding').count()).toBeGreaterThan(0);
    await popup.close();
    await cp.page.close();
  });

  test('lower: synthetic (untrusted) pointer and key events neither open the card nor move focus', async () => {
    const cp = await open('/pages/hostile-plain.html');
    await cp.waitForHighlights((h) => total(h) >= 4);
    await cp.page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'field';
      document.body.prepend(input);
      input.focus();
    });
    const box = await cp.boxOf('#term');
    await cp.page.evaluate(({ x, y }) => {
      for (let i = 0; i < 5; i++) document.dispatchEvent(new PointerEvent('pointermove', { clientX: x + i, clientY: y, bubbles: true, composed: true }));
    }, { x: box.x + 12, y: box.y + box.height / 2 });
    await cp.page.waitForTimeout(1000); // an absence: give a live listener time to act
    expect(await cp.readCard()).toBeNull();
    await cp.page.evaluate(() => {
      for (let i = 0; i < 3; i++) {
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', altKey: true, shiftKey: true, bubbles: true }));
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', altKey: true, shiftKey: true, bubbles: true }));
      }
    });
    await cp.page.waitForTimeout(1000);
    expect(await cp.readCard()).toBeNull();
    expect(await cp.page.evaluate(() => document.activeElement?.id)).toBe('field');
    // The reader's own (trusted) pointer still opens it.
    await hoverStart(cp, '#term');
    await cp.waitForCard((c) => c.label.includes('Contradicted'));
    await cp.page.close();
  });

  test('lower: on a paused browser the ::highlight sheet is never adopted, not even briefly', async () => {
    const helper = await env.browser.openExtensionPage('popup.html?tab=0');
    expect(await send(helper, { type: 'pause:set', data: { paused: true } })).toMatchObject({ ok: true });
    try {
      const page = await env.browser.context.newPage();
      // From the first moment, sample the document's adopted sheets as often as the page can.
      await page.addInitScript(() => {
        const w = window as unknown as { __maxHighlightSheets: number };
        w.__maxHighlightSheets = 0;
        const sample = () => {
          const n = document.adoptedStyleSheets.filter((s) => [...s.cssRules].some((r) => r.cssText.includes('::highlight'))).length;
          w.__maxHighlightSheets = Math.max(w.__maxHighlightSheets, n);
        };
        sample();
        const channel = new MessageChannel();
        let left = 20_000;
        channel.port1.onmessage = () => {
          sample();
          if (--left > 0) channel.port2.postMessage(0);
        };
        channel.port2.postMessage(0);
        const frame = () => {
          sample();
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
      await page.goto(env.server.url('/pages/hostile-plain.html?paused'));
      // The content script has asked and been told "paused" once its (zero) report is stored.
      await expect
        .poll(async () => JSON.stringify(await sessionStorage()).includes(page.url()), { timeout: 30_000 })
        .toBe(true);
      await page.waitForTimeout(500);
      expect(total(await readHighlights(page))).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __maxHighlightSheets: number }).__maxHighlightSheets)).toBe(0);
      await page.close();
    } finally {
      expect(await send(helper, { type: 'pause:set', data: { paused: false } })).toMatchObject({ ok: true });
      await helper.close();
    }
  });

  test('lower: the manifest asks for a Chrome with what ClaimLens uses, injects nowhere it is always off, and serves the note frame and the card code under a dynamic URL only', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(Number(manifest.minimum_chrome_version)).toBeGreaterThanOrEqual(112);
    expect(manifest.content_scripts.every((c: Record<string, unknown>) => !c.match_about_blank && !c.match_origin_as_fallback)).toBe(true);
    // The note frame and the hover card's lazily loaded code (entrypoints/card.ts), both under Chrome's per-session random origin only.
    expect(manifest.web_accessible_resources).toEqual([{ resources: ['note-frame.html', 'card.js'], matches: expect.any(Array), use_dynamic_url: true }]);
    expect(manifest.permissions).toEqual(['storage']);
    // The content script carries no WXT start announcement for a page to learn from.
    expect(readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'), 'utf8')).not.toContain('content-script-started');
  });

  test('lower: a page cannot load the note frame at its static address (use_dynamic_url)', async () => {
    const cp = await open('/pages/hostile-plain.html');
    await cp.page.evaluate((id) => {
      const frame = document.createElement('iframe');
      frame.src = `chrome-extension://${id}/note-frame.html`;
      document.body.append(frame);
    }, env.browser.extensionId);
    await cp.page.waitForTimeout(1500); // an absence: give the frame time to load if it could
    let fields = 0;
    for (const f of cp.page.frames()) if (f !== cp.page.mainFrame()) fields += await f.locator('textarea').count().catch(() => 0);
    expect(fields).toBe(0);
    await cp.page.close();
  });

  test('4. flood: 25 claim-heavy frames do not starve another tab; storage stays bounded; gone frames leave no entries', async () => {
    // The other tab: an article with the tracking parameters a real link carries.
    const articleUrl = `/pages/article.html?utm_source=newsletter&utm_medium=email&utm_campaign=${'weekly-crypto-digest-'.repeat(12)}&utm_content=lead-story`;
    const control = await open(articleUrl, 1200);
    const settled = await control.waitForStable(() => control.highlights());
    expect(total(settled)).toBeGreaterThan(20);
    const expected = sizes(settled);
    await control.page.close();

    const flood = await open('/pages/hostile-flood.html?frames=25');
    const floodTab = await tabIdFor(env.browser, flood.page);
    const bytesInUse = () =>
      env.browser.worker.evaluate(() =>
        (globalThis as unknown as { chrome: { storage: { session: { getBytesInUse(k: null): Promise<number> } } } }).chrome.storage.session.getBytesInUse(null),
      );
    // (Frame entries are tab:<tab>:frame:<id> now, tab:<tab>:<id> before.)
    const frameEntries = async () => Object.entries(await sessionStorage()).filter(([k]) => k.startsWith(`tab:${floodTab}:`) && /:frame:|:\d+$/.test(k));
    const claimsStored = async () => (await frameEntries()).reduce((n, [, v]) => n + ((v as { claims?: number }).claims ?? 0), 0);
    // Until every frame has reported all its claims (580 each), or, where entries are as large as
    // ClaimLens used to store them, until storage.session (10 MB) is all but full.
    await expect
      .poll(async () => (await claimsStored()) >= 25 * 580 || (await bytesInUse()) > 10_400_000, { timeout: 280_000, interval: 1000 })
      .toBe(true);
    // Then small frames take what room is left.
    await flood.page.evaluate(() => (window as unknown as { __fill(): void }).__fill());
    const filled = await flood.waitForStable(async () => [await bytesInUse(), (await frameEntries()).length], 3000, 120_000);
    console.log(`flood: ${filled[1]} frame entries, ${filled[0]} bytes in storage.session`);

    // Another tab: all its highlights, as in the control tab.
    const other = await open(articleUrl, 1200);
    await other.waitForHighlights((h) => JSON.stringify(sizes(h)) === JSON.stringify(expected), 60_000);
    await other.page.close();
    // Little room taken, at most 32 frames kept for the tab.
    expect(filled[0]).toBeLessThan(200_000);
    expect(filled[1]).toBeLessThanOrEqual(32);

    // The flood's frames go away: so do their entries (the top frame's stays).
    await flood.page.evaluate(() => (window as unknown as { __removeFrames(): void }).__removeFrames());
    await expect.poll(async () => (await frameEntries()).length, { timeout: 30_000, interval: 250 }).toBe(1);
    await flood.page.close();
  }, 420_000);
});
