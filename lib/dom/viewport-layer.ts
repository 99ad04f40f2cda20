/**
 * Registers only the ranges near the viewport once a page has very many.
 *
 * Chromium re-validates every range of every registered Highlight whenever
 * anything in the document changes (its PrePaint step): with ~55,000 ranges
 * on a 100,000-node page that is 400 ms per frame, paid again by every later
 * DOM change, the hover card included. Painting needs only what is on (or
 * near) the screen. So past `threshold` ranges, each block container's ranges
 * are registered while an IntersectionObserver says the container is within
 * about a screen of the viewport, and unregistered when it leaves.
 *
 * Below the threshold nothing changes: every range is registered, as a page
 * with a few hundred findings has no cost to save. The hit index, the
 * findings list and the card never read the Highlight objects, so they see
 * every entry either way.
 */
import type { HighlightKind, HighlightLayer } from './highlight-layer';

export interface WindowedLayer extends HighlightLayer {
  /** Ranges registered in the inner layer now (for tests and the benchmark). */
  readonly registered: number;
  readonly windowed: boolean;
}

export interface ViewportWindow {
  IntersectionObserver?: typeof IntersectionObserver;
}

export interface WindowedOptions {
  /** Register everything up to this many ranges. */
  threshold?: number;
  /** How far beyond the viewport ranges stay registered (IntersectionObserver rootMargin). */
  margin?: string;
}


export function createWindowedLayer(inner: HighlightLayer, win: ViewportWindow, opts: WindowedOptions = {}): WindowedLayer {
  const threshold = opts.threshold ?? 4000;
  const byOwner = new Map<Node, Map<AbstractRange, HighlightKind>>();
  /** Owners whose ranges are in the inner layer. Non-elements (document, shadow roots) always are. */
  const shown = new Set<Node>();
  let total = 0;
  let registered = 0;
  let io: IntersectionObserver | null = null;

  const show = (owner: Node) => {
    if (shown.has(owner)) return;
    shown.add(owner);
    for (const [range, kind] of byOwner.get(owner) ?? []) inner.add(kind, range);
    registered += byOwner.get(owner)?.size ?? 0;
  };
  const hide = (owner: Node) => {
    if (!shown.delete(owner)) return;
    for (const [range, kind] of byOwner.get(owner) ?? []) inner.remove(kind, range);
    registered -= byOwner.get(owner)?.size ?? 0;
  };
  const observable = (owner: Node | undefined): owner is Element => !!owner && owner.nodeType === 1;

  const onEntries = (entries: IntersectionObserverEntry[]) => {
    for (const e of entries) {
      if (!byOwner.has(e.target)) continue;
      const box = e.boundingClientRect;
      // No box at all (display: contents, or not rendered): the observer cannot place it, so keep
      // it registered; ranges in unrendered text paint nothing.
      if (e.isIntersecting || (box.width === 0 && box.height === 0)) show(e.target);
      else hide(e.target);
    }
  };

  const startWindowing = () => {
    const IO = win.IntersectionObserver;
    if (typeof IO !== 'function') return;
    io = new IO(onEntries, { rootMargin: opts.margin ?? '100% 0px' });
    // Everything registered stays so until the observer's first report for it (no flicker on screen).
    for (const owner of byOwner.keys()) if (observable(owner)) io.observe(owner);
  };

  /** Forget every range and stop observing (the inner layer is cleared or disposed by the caller). */
  const forget = () => {
    io?.disconnect();
    io = null;
    byOwner.clear();
    shown.clear();
    total = 0;
    registered = 0;
  };

  return {
    add(kind, range, owner) {
      const key = owner ?? range.startContainer;
      let list = byOwner.get(key);
      if (!list) byOwner.set(key, (list = new Map()));
      list.set(range, kind);
      total++;
      if (!io) {
        shown.add(key);
        inner.add(kind, range);
        registered++;
        if (total > threshold) startWindowing();
        return;
      }
      if (!observable(key) || shown.has(key)) {
        shown.add(key);
        inner.add(kind, range);
        registered++;
      } else if (list.size === 1) {
        io.observe(key); // its first report registers it if it is near the screen
      }
    },
    remove(kind, range, owner) {
      const key = owner ?? range.startContainer;
      const list = byOwner.get(key);
      if (!list?.delete(range)) return;
      total--;
      if (shown.has(key)) {
        inner.remove(kind, range);
        registered--;
      }
      if (list.size === 0) {
        byOwner.delete(key);
        shown.delete(key);
        if (io && observable(key)) io.unobserve(key);
      }
    },
    clear() {
      forget();
      inner.clear();
    },
    styleShadowRoot: (root) => inner.styleShadowRoot(root),
    setCss: (css) => inner.setCss(css),
    dispose() {
      forget();
      inner.dispose();
    },
    get registered() {
      return registered;
    },
    get windowed() {
      return io !== null;
    },
  };
}
