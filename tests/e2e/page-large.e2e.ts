/**
 * A 5 MB page: the scan starts with the text on screen (the page is opened
 * scrolled to its middle) and finishes; hover answers meanwhile. How long its
 * slices and tasks take is measured by `npm run bench`, not asserted here.
 * A page with thousands of findings: only the ranges near the screen are
 * registered (lib/dom/viewport-layer.ts), and scrolling brings the next ones.
 */
import { describe, expect, test } from 'vitest';
import { useExtensionAndFixtures } from './use-extension';
import { ContentPage } from './pages/content-page';

const env = useExtensionAndFixtures();

const FILLER = [
  'The committee met on Tuesday to review the quarterly figures, and members agreed that the numbers were broadly in line with forecasts made earlier in the year.',
  'Weather across the region stayed mild for the season, with light rain in the north and clear skies expected along the coast through the weekend.',
  'Local councils announced a new schedule for road repairs, promising that most of the work would happen at night to keep traffic moving during the day.',
  'A survey of small businesses found that most owners expect hiring to stay flat, though many said they would add staff if borrowing costs fell further.',
];
const PARAGRAPHS = 24_000;
const EVERY = 8; // one paragraph in 8 names Binance: 3000 mentions, at least one on any screen

function bigPage(): string {
  const parts: string[] = ['<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Archive</title><link rel="icon" href="data:,"></head><body><h1>Archive</h1>'];
  for (let i = 0; i < PARAGRAPHS; i++) {
    if (i === PARAGRAPHS / 2) parts.push('<h2 id="middle">Middle</h2>');
    const text = i % EVERY === EVERY - 1 ? `Item ${i}: Binance said on Tuesday that its trading volumes were steady.` : `Item ${i}: ${FILLER[i % FILLER.length]}`;
    parts.push(`<section class="entry"><p>${text}</p><p class="meta">Filed under <a href="#">archive</a> · entry ${i}</p></section>`);
  }
  parts.push('</body></html>');
  return parts.join('\n');
}

describe('a 5 MB page', () => {
  test('is scanned visible text first, to the end, and hover works', async () => {
    const html = bigPage();
    expect(html.length).toBeGreaterThan(5_000_000);
    env.server.route('/pages/big.html', html);
    const page = await env.browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 800 });
    const cp = new ContentPage(page);
    await page.goto(env.server.url('/pages/big.html#middle'), { waitUntil: 'load', timeout: 60_000 });

    // The first highlights registered are the ones on screen (the page opened at its middle).
    await cp.waitForHighlights((h) => (h['claimlens-mention']?.length ?? 0) > 0, 60_000);
    const firstInView = await page.evaluate(() => {
      const inView = (r: AbstractRange) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        const b = range.getBoundingClientRect();
        return b.bottom > 0 && b.top < innerHeight;
      };
      // How many mentions are on screen, and were they the first registered?
      const onScreen = [...document.querySelectorAll('section p:first-child')].filter((p) => {
        const b = p.getBoundingClientRect();
        return b.bottom > 0 && b.top < innerHeight && p.textContent!.includes('Binance');
      }).length;
      const set = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get('claimlens-mention')!;
      return { onScreen, first: [...set].slice(0, onScreen).map(inView) };
    });
    expect(firstInView.onScreen).toBeGreaterThan(0);
    expect(firstInView.first).toEqual(new Array(firstInView.onScreen).fill(true));

    const h = await cp.waitForHighlights((h) => (h['claimlens-mention']?.length ?? 0) === PARAGRAPHS / EVERY, 150_000);
    expect(new Set(h['claimlens-mention'])).toEqual(new Set(['Binance']));
    // Hovering answers on a page this size.
    await cp.hover('section:nth-of-type(12008) p:first-child', 'Binance');
    await cp.waitForCard((c) => c.text.includes('Binance'));
    expect(cp.errors).toEqual([]);
    await page.close();
  }, 240_000);

  test('with thousands of findings, registers the ranges near the screen and follows scrolling', async () => {
    const COUNT = 6000; // every paragraph names Binance: past the 4,000 ranges where windowing starts
    const parts = ['<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dense</title><link rel="icon" href="data:,"></head><body>'];
    for (let i = 0; i < COUNT; i++) parts.push(`<p id="p${i}">Entry ${i}: Binance said its trading volumes were steady this week.</p>`);
    parts.push('</body></html>');
    env.server.route('/pages/dense.html', parts.join('\n'));
    const page = await env.browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 800 });
    const cp = new ContentPage(page);
    await page.goto(env.server.url('/pages/dense.html'), { waitUntil: 'load', timeout: 60_000 });

    /** Ids of the paragraphs on screen, and of the paragraphs whose mention is registered. */
    const state = () =>
      page.evaluate(() => {
        const set = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get('claimlens-mention');
        const registered = new Set([...(set ?? [])].map((r) => (r.startContainer.parentNode as Element).id));
        const onScreen = [...document.querySelectorAll('p')]
          .filter((p) => {
            const b = p.getBoundingClientRect();
            return b.bottom > 0 && b.top < innerHeight;
          })
          .map((p) => p.id);
        return { registered: [...registered], onScreen };
      });
    const waitFor = async (check: (s: { registered: string[]; onScreen: string[] }) => boolean, what: string) => {
      const until = Date.now() + 60_000;
      let last = await state();
      while (!check(last) && Date.now() < until) {
        await page.waitForTimeout(200);
        last = await state();
      }
      expect(check(last), `${what}: ${JSON.stringify({ registered: last.registered.length, sample: last.registered.slice(0, 5), onScreen: last.onScreen })}`).toBe(true);
      return last;
    };
    const covers = (s: { registered: string[]; onScreen: string[] }) => s.onScreen.length > 0 && s.onScreen.every((id) => s.registered.includes(id));

    // Once the scan has passed the windowing threshold, far-away paragraphs are not registered.
    const top = await waitFor((s) => covers(s) && !s.registered.includes(`p${COUNT - 1}`) && s.registered.length < COUNT / 4, 'top of the page');
    expect(top.registered.length).toBeGreaterThan(0);

    // Scroll to the end: its paragraphs get their highlights (the whole page was scanned), the top's go.
    await page.evaluate(() => document.getElementById('p5990')!.scrollIntoView());
    const end = await waitFor((s) => covers(s) && s.onScreen.includes('p5990') && !s.registered.includes('p0'), 'after scrolling to the end');
    expect(end.registered.length).toBeLessThan(COUNT / 4);

    // Hover works there as anywhere (the hit index holds every entry, registered or not).
    await cp.hover('#p5990', 'Binance');
    await cp.waitForCard((c) => c.text.includes('Binance'));
    expect(cp.errors).toEqual([]);
    await page.close();
  }, 120_000);
});
