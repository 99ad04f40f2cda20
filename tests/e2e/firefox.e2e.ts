/**
 * The Firefox package (npm run build:firefox → .output/firefox-mv2) in
 * Debian's Firefox ESR, installed as a temporary add-on over WebDriver BiDi:
 * highlights land in CSS.highlights, the page's DOM is left alone, and
 * hovering a claim opens the card (read through its closed shadow root), and
 * the card's note frame (an extension page) loads inside it.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchFirefox, serializedText, type FirefoxSession, type RemoteNode } from './firefox-harness';
import { serveFixtures, type FixtureServer } from './harness';

let fx: FirefoxSession;
let server: FixtureServer;
beforeAll(async () => {
  [fx, server] = await Promise.all([launchFirefox(), serveFixtures()]);
});
afterAll(async () => {
  await fx?.close();
  await server?.close();
});

/** Highlight texts per name, read by a page script (the registry is shared with the content script). */
const READ_HIGHLIGHTS = `(() => {
  const out = {};
  CSS.highlights.forEach((set, name) => {
    out[name] = [...set].map((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.toString();
    });
  });
  return out;
})()`;

async function poll<T>(read: () => Promise<T>, done: (v: T) => boolean, timeoutMs = 45_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 200));
    value = await read();
  }
  return value;
}

test('Firefox ESR: highlights and the hover card work from the Firefox package', async () => {
  expect(Number.parseInt(fx.version, 10)).toBeGreaterThanOrEqual(140); // strict_min_version
  await fx.navigate(server.url('/pages/article.html'));
  const bodyBefore = await fx.evaluate<string>('document.body.innerHTML');

  type H = Record<string, string[]>;
  const count = (h: H, name: string) => h[`claimlens-${name}`]?.length ?? 0;
  const h = await poll(
    () => fx.evaluate<H>(READ_HIGHLIGHTS),
    (v) => count(v, 'contradicted') >= 1 && count(v, 'mention') >= 12 && count(v, 'supported') >= 5,
  );
  expect(h['claimlens-mention']).toEqual(expect.arrayContaining(['Changpeng Zhao', 'Binance', 'World Liberty Financial', 'USD1', 'CZ']));
  // A claim's mark is the value it states (docs/design.md, section 5).
  expect(h['claimlens-contradicted']).toEqual(['two years']);
  expect(h['claimlens-supported']).toEqual(expect.arrayContaining([expect.stringContaining('$4.3 billion')]));
  expect(h['claimlens-related'] ?? []).toEqual([]);
  // Painted, not wrapped: the page's markup is unchanged.
  expect(await fx.evaluate<string>('document.body.innerHTML')).toBe(bodyBefore);

  // Real pointer input over the contradicted claim.
  const spot = await fx.evaluate<{ x: number; y: number } | null>(`(() => {
    const p = document.getElementById('p-term');
    p.scrollIntoView({ block: 'center' });
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const at = t.data.indexOf('spent two years');
      if (at < 0) continue;
      const r = document.createRange();
      r.setStart(t, at + 2);
      r.setEnd(t, at + 3);
      const b = r.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    }
    return null;
  })()`);
  expect(spot).not.toBeNull();
  await fx.pointerMove(spot!.x, spot!.y);
  // The card's host: the child of <html> that is neither <head> nor <body> (a plain <div>).
  const HOST = '[...document.documentElement.children].find((el) => el !== document.head && el !== document.body)';
  const cardText = await poll(
    async () => serializedText(await fx.node(HOST, 30)),
    (t) => t.includes('Contradicted'),
  );
  expect(cardText).toContain('Contradicted');
  expect(cardText).toContain('Changpeng Zhao');
  expect(cardText).toContain('4 months');
  // The card lives in a closed shadow root: page scripts see the host, not its content.
  expect(await fx.evaluate<boolean>(`${HOST}.localName === 'div' && ${HOST}.shadowRoot === null`)).toBe(true);
  // The note field is framed in the card from the extension's own (moz-extension:) origin.
  const frames: string[] = [];
  const walk = (n: RemoteNode | null | undefined) => {
    if (!n?.value) return;
    if (n.value.localName === 'iframe') frames.push(n.value.attributes?.src ?? '');
    n.value.children?.forEach(walk);
    walk(n.value.shadowRoot);
  };
  walk(await fx.node(HOST, 30));
  expect(frames).toEqual([expect.stringMatching(/^moz-extension:\/\/[0-9a-f-]+\/note-frame\.html#$/)]);
  // …and it loads there: a child browsing context at that address, with its text area.
  type Ctx = { context: string; url: string; children?: Ctx[] };
  const flat = (list: Ctx[] = []): Ctx[] => list.flatMap((c) => [c, ...flat(c.children)]);
  const noteFrame = await poll(
    async () => flat((await fx.send<{ contexts: Ctx[] }>('browsingContext.getTree', { root: fx.context })).contexts).find((c) => c.url.includes('/note-frame.html')) ?? null,
    (c) => c !== null,
  );
  const areas = await poll(
    async () =>
      (
        await fx
          .send<{ result?: { value?: unknown } }>('script.evaluate', {
            expression: 'document.querySelectorAll("textarea").length',
            target: { context: noteFrame!.context },
            awaitPromise: false,
          })
          .catch(() => ({ result: { value: 0 } }))
      ).result?.value,
    (n) => n === 1,
  );
  expect(areas).toBe(1);
});
