// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { markCss } from '../../lib/marks';
import { clearRegistry, createHighlightLayer, dropEarlySheet, HIGHLIGHT_CSS, HIGHLIGHT_NAMES, preadoptSheet, REPAIR_MS } from '../../lib/dom/highlight-layer';

/** A stand-in for CSS.highlights and Highlight (happy-dom has neither). */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}
function fakeWindow() {
  const registry = new Map<string, unknown>();
  return { registry, win: { CSS: { highlights: registry }, Highlight: FakeHighlight as never, CSSStyleSheet: window.CSSStyleSheet, document } };
}

describe('highlight layer', () => {
  test('registers exactly the five documented names (docs/design.md) with graver verdicts on top', () => {
    const { registry, win } = fakeWindow();
    const layer = createHighlightLayer(win)!;
    expect([...registry.keys()].sort()).toEqual([
      'claimlens-contradicted', 'claimlens-mention', 'claimlens-mixed', 'claimlens-related', 'claimlens-supported',
    ]);
    const p = (name: string) => (registry.get(name) as FakeHighlight).priority;
    expect(p('claimlens-contradicted')).toBeGreaterThan(p('claimlens-mixed'));
    expect(p('claimlens-mixed')).toBeGreaterThan(p('claimlens-supported'));
    expect(p('claimlens-supported')).toBeGreaterThan(p('claimlens-mention'));
    const range = document.createRange();
    layer.add('contradicted', range);
    expect((registry.get(HIGHLIGHT_NAMES.contradicted) as FakeHighlight).has(range)).toBe(true);
    layer.remove('contradicted', range);
    expect((registry.get(HIGHLIGHT_NAMES.contradicted) as FakeHighlight).size).toBe(0);
    layer.dispose();
  });

  test('a new instance replaces an old instance’s entries instead of adding to them (no duplicates)', () => {
    const { registry, win } = fakeWindow();
    const old = createHighlightLayer(win)!;
    const range = document.createRange();
    old.add('mention', range);
    const fresh = createHighlightLayer(win)!;
    const mention = registry.get('claimlens-mention') as FakeHighlight;
    expect(mention.size).toBe(0);
    fresh.add('mention', range);
    // The old instance's cleanup must not delete the new instance's highlights.
    old.dispose();
    expect(registry.get('claimlens-mention')).toBe(mention);
    expect(mention.size).toBe(1);
    fresh.dispose();
    expect(registry.size).toBe(0);
  });

  test('clearRegistry removes leftovers of a dead instance and nothing else', () => {
    const { registry, win } = fakeWindow();
    registry.set('claimlens-mention', new FakeHighlight());
    registry.set('page-own', new FakeHighlight());
    clearRegistry(win);
    expect([...registry.keys()]).toEqual(['page-own']);
  });

  test('without the Highlight API there is no layer (the caller degrades)', () => {
    expect(createHighlightLayer({ document } as never)).toBeNull();
  });

  test('the default stylesheet holds only ::highlight rules, distinct underline shapes per marked verdict, related unmarked', () => {
    const rules = HIGHLIGHT_CSS.trim().split('\n');
    expect(rules.every((r) => r.startsWith('::highlight(claimlens-'))).toBe(true);
    const style = (name: string) => rules.find((r) => r.includes(`(claimlens-${name})`))!;
    expect(style('supported')).toContain('solid');
    expect(style('mixed')).toContain('dotted');
    expect(style('contradicted')).toContain('wavy');
    expect(style('related')).toBeUndefined();
    expect(style('mention')).toContain('background-color');
    const all = markCss({ contradicted: 'wavy', mixed: 'dashed', supported: 'none', related: 'double' }).trim().split('\n');
    expect(all.find((r) => r.includes('(claimlens-related)'))).toContain('double');
    expect(all.find((r) => r.includes('(claimlens-mixed)'))).toContain('dashed');
    expect(all.some((r) => r.includes('(claimlens-supported)'))).toBe(false);
  });
});

describe('highlight layer against a page', () => {
  test('what a page takes out of the shared registry (CSS.highlights.clear(), h.clear()) is put back', () => {
    vi.useFakeTimers();
    try {
      const { registry, win } = fakeWindow();
      const layer = createHighlightLayer({ ...win, setInterval: (f, ms) => setInterval(f, ms) as unknown as number, clearInterval: (id) => clearInterval(id) })!;
      const a = document.createRange();
      const b = document.createRange();
      layer.add('mention', a);
      layer.add('contradicted', b);
      const mention = registry.get(HIGHLIGHT_NAMES.mention) as FakeHighlight;
      (registry.get(HIGHLIGHT_NAMES.contradicted) as FakeHighlight).clear();
      registry.clear();
      vi.advanceTimersByTime(REPAIR_MS);
      expect(registry.get(HIGHLIGHT_NAMES.mention)).toBe(mention);
      expect([...(registry.get(HIGHLIGHT_NAMES.contradicted) as FakeHighlight)]).toEqual([b]);
      expect([...mention]).toEqual([a]);
      layer.dispose();
      expect(vi.getTimerCount()).toBe(0);
      expect(registry.size).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('highlight layer style fallback', () => {
  test('where adoptedStyleSheets cannot be set, a <style> in <head> carries the rules and leaves with dispose()', () => {
    const { win } = fakeWindow();
    const doc = document.implementation.createHTMLDocument('t');
    // On the prototype, where the layer reads it (own properties of a document can be a page's clobbering).
    Object.setPrototypeOf(
      doc,
      Object.create(Object.getPrototypeOf(doc), {
        adoptedStyleSheets: {
          get: () => [],
          set: () => {
            throw new Error('Xray refuses');
          },
        },
      }),
    );
    const layer = createHighlightLayer({ ...win, document: doc })!;
    const style = doc.head.querySelector('style')!;
    expect(style.textContent).toBe(HIGHLIGHT_CSS);
    expect(doc.body.childNodes.length).toBe(0);
    layer.dispose();
    expect(doc.head.querySelector('style')).toBeNull();
  });

  test('a sheet adopted early (document_start) is taken over by the layer, not adopted twice, and leaves with dispose()', () => {
    const { win } = fakeWindow();
    document.adoptedStyleSheets = [];
    expect(preadoptSheet(win)).toBe(true);
    expect(preadoptSheet(win)).toBe(true); // once per document
    expect(document.adoptedStyleSheets).toHaveLength(1);
    const early = document.adoptedStyleSheets[0]!;
    let assignments = 0;
    let sheets: CSSStyleSheet[] = [early];
    const proto = Object.getPrototypeOf(document);
    Object.setPrototypeOf(
      document,
      Object.create(proto, {
        adoptedStyleSheets: {
          configurable: true,
          get: () => sheets,
          set: (v: CSSStyleSheet[]) => {
            assignments++;
            sheets = v;
          },
        },
      }),
    );
    try {
      const layer = createHighlightLayer(win)!;
      expect(assignments).toBe(0);
      expect(document.adoptedStyleSheets).toEqual([early]);
      layer.dispose();
      expect(document.adoptedStyleSheets).toEqual([]);
      expect(assignments).toBe(1); // the removal
    } finally {
      Object.setPrototypeOf(document, proto);
    }
  });

  test('setCss rewrites the one adopted sheet (document and shadow roots) and the <style> fallback', () => {
    const { win } = fakeWindow();
    document.adoptedStyleSheets = [];
    const layer = createHighlightLayer(win)!;
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    layer.styleShadowRoot(root);
    const sheet = document.adoptedStyleSheets[0]!;
    expect(root.adoptedStyleSheets).toEqual([sheet]);
    const css = markCss({ contradicted: 'wavy', mixed: 'dotted', supported: 'solid', related: 'double' });
    layer.setCss(css);
    const text = () => [...sheet.cssRules].map((r) => r.cssText).join('\n');
    expect(text()).toContain('claimlens-related');
    layer.setCss(HIGHLIGHT_CSS);
    expect(text()).not.toContain('claimlens-related');
    expect(document.adoptedStyleSheets).toEqual([sheet]); // replaced in place, not adopted again
    layer.dispose();
  });

  test('a sheet adopted early takes the marks it is given', () => {
    const { win } = fakeWindow();
    document.adoptedStyleSheets = [];
    const css = markCss({ contradicted: 'wavy', mixed: 'dotted', supported: 'solid', related: 'dashed' });
    preadoptSheet(win, css);
    const sheet = document.adoptedStyleSheets[0]!;
    expect([...sheet.cssRules].some((r) => r.cssText.includes('claimlens-related'))).toBe(true);
    const layer = createHighlightLayer(win, HIGHLIGHT_CSS)!;
    expect(document.adoptedStyleSheets).toEqual([sheet]);
    expect([...sheet.cssRules].some((r) => r.cssText.includes('claimlens-related'))).toBe(false);
    layer.dispose();
  });

  test('an early sheet no layer took is dropped when the site is off', () => {
    const { win } = fakeWindow();
    document.adoptedStyleSheets = [];
    preadoptSheet(win);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    dropEarlySheet(win);
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });
});
