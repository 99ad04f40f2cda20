// @vitest-environment happy-dom
/**
 * Where the CSS Custom Highlight API is missing (older browsers; Chromium 156 can
 * no longer switch it off, so this is a unit test, not e2e): no layer is created,
 * nothing is written to the page, and the scanner still finds everything, so the
 * popup's list, the hit index and the keyboard stepping keep working.
 */
import { expect, test } from 'vitest';
import { createHighlightLayer } from '../../lib/dom/highlight-layer';
import { PageScanner } from '../../lib/dom/page-scanner';
import type { ScanContext, ScanResult } from '../../lib/engine/types';

function scanBinance(text: string, ctx: ScanContext): ScanResult {
  const mentions = [...text.matchAll(/Binance/g)].map((m) => ({ entity: 'binance' as const, start: m.index!, end: m.index! + 7, text: 'Binance' }));
  if (mentions.length) ctx.named.add('binance');
  return { mentions, claims: [] };
}

test('no CSS.highlights: no layer, the DOM is untouched, and the scanner still indexes every mention', async () => {
  const parsed = new DOMParser().parseFromString('<p>Binance and <b>Binance</b> again.</p><p>Nothing here.</p>', 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  const serialize = () => new XMLSerializer().serializeToString(document.documentElement);
  const before = serialize();
  const sheetsBefore = document.adoptedStyleSheets.length;

  const noApi = { document, CSS: {}, Highlight: undefined } as never;
  expect(createHighlightLayer(noApi)).toBeNull();
  expect(createHighlightLayer({ document, CSS: undefined } as never)).toBeNull();

  let idle: () => void = () => {};
  const done = new Promise<void>((resolve) => (idle = resolve));
  const scanner = new PageScanner({ win: window as never, scan: scanBinance, layer: null, waitForIdle: false, onIdle: () => idle() });
  scanner.enqueueSubtree(document.body);
  await done;

  expect(scanner.ordered().map((e) => e.kind)).toEqual(['mention', 'mention']);
  const first = document.querySelector('p')!.firstChild!;
  expect(scanner.at(first, 1).map((e) => e.kind)).toEqual(['mention']);
  expect(serialize()).toBe(before);
  expect(document.adoptedStyleSheets.length).toBe(sheetsBefore);
});
