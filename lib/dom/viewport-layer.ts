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
 * The observer is awake only while the viewport may move or ranges come and go:
 * it is disconnected SLEEP_MS after the last scroll, resize (`wakeOn`) or added
 * range, and every owner is observed again on the next one. An observer over
 * 15,000 containers costs 2.3 ms per computation, twice in every rendered frame:
 * on a page that animates anything (frames all the time) that was a quarter of
 * its main thread after the scan was over (measured on the dense 100,000-node page).
 *
 * Below the threshold nothing changes: every range is registered, as a page
 * with a few hundred findings has no cost to save. Hit-testing, the
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
  /** Calls `wake` whenever the viewport may have moved (scroll, resize): the observer looks again. */
  wakeOn?: (wake: () => void) => void;
  /** Disconnect the observer this long after the last wake or added range, ms. */
  sleepMs?: number;
}

const SLEEP_MS = 1500;

/**
 * An owner's ranges and their kinds: a flat exact-size array [range, kind, range, kind, …] while
 * there are few (a dense page has one owner per paragraph, and a Map per owner cost 330 bytes,
 * measured), a Map once there are many (removal stays O(1) for a container with thousands).
 */
type OwnerRanges = (AbstractRange | HighlightKind)[] | Map<AbstractRange, HighlightKind>;
const SMALL_OWNER = 16;

function eachRange(list: OwnerRanges | undefined, fn: (range: AbstractRange, kind: HighlightKind) => void): void {
  if (!list) return;
  if (list instanceof Map) return list.forEach((kind, range) => fn(range, kind));
  for (let i = 0; i < list.length; i += 2) fn(list[i] as AbstractRange, list[i + 1] as HighlightKind);
}

const sizeOf = (list: OwnerRanges | undefined): number => (!list ? 0 : list instanceof Map ? list.size : list.length / 2);

/** `list` with range set to kind (a new array, or the same Map). */
function withRange(list: OwnerRanges | undefined, range: AbstractRange, kind: HighlightKind): OwnerRanges {
  if (list instanceof Map) return list.set(range, kind);
  const old = list ?? [];
  const at = old.indexOf(range);
  if (at >= 0) {
    const copy = old.slice();
    copy[at + 1] = kind;
    return copy;
  }
  if (old.length / 2 >= SMALL_OWNER) {
    const map = new Map<AbstractRange, HighlightKind>();
    eachRange(old, (r, k) => map.set(r, k));
    map.set(range, kind);
    return map;
  }
  const copy = new Array<AbstractRange | HighlightKind>(old.length + 2);
  for (let i = 0; i < old.length; i++) copy[i] = old[i]!;
  copy[old.length] = range;
  copy[old.length + 1] = kind;
  return copy;
}

/** `list` without `range` (a new array, or the same Map), or null when the range was not in it. */
function withoutRange(list: OwnerRanges, range: AbstractRange): OwnerRanges | null {
  if (list instanceof Map) return list.delete(range) ? list : null;
  const at = list.indexOf(range);
  if (at < 0) return null;
  return list.filter((_, i) => i !== at && i !== at + 1).slice();
}

export function createWindowedLayer(inner: HighlightLayer, win: ViewportWindow, opts: WindowedOptions = {}): WindowedLayer {
  const threshold = opts.threshold ?? 4000;
  const byOwner = new Map<Node, OwnerRanges>();
  /** Owners whose ranges are in the inner layer. Non-elements (document, shadow roots) always are. */
  const shown = new Set<Node>();
  let total = 0;
  let registered = 0;
  let io: IntersectionObserver | null = null;
  /** Is `io` observing now? (It sleeps, disconnected, while nothing moves.) */
  let awake = false;
  let sleepTimer: ReturnType<typeof setTimeout> | undefined;

  const show = (owner: Node) => {
    if (shown.has(owner)) return;
    shown.add(owner);
    eachRange(byOwner.get(owner), (range, kind) => inner.add(kind, range));
    registered += sizeOf(byOwner.get(owner));
  };
  const hide = (owner: Node) => {
    if (!shown.delete(owner)) return;
    eachRange(byOwner.get(owner), (range, kind) => inner.remove(kind, range));
    registered -= sizeOf(byOwner.get(owner));
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

  const sleepMs = opts.sleepMs ?? SLEEP_MS;
  let lastWake = 0;
  const sleep = () => {
    sleepTimer = undefined;
    if (!io || !awake) return;
    const left = lastWake + sleepMs - Date.now();
    if (left > 0) {
      sleepTimer = setTimeout(sleep, left); // woken since: sleep that much later
      return;
    }
    io.disconnect();
    awake = false;
  };
  /**
   * Observe every owner (again) and sleep once nothing has woken the observer for a while. Called
   * per scroll event and per new owner (15,000 in a dense page's scan): one timer per sleep, not
   * one per call (re-arming a timer per call cost 0.5 s over that scan).
   */
  const wake = () => {
    if (!io) return;
    lastWake = Date.now();
    if (!awake) {
      awake = true;
      // Everything registered stays so until the observer's report for it (no flicker on screen).
      for (const owner of byOwner.keys()) if (observable(owner)) io.observe(owner);
    }
    sleepTimer ??= setTimeout(sleep, sleepMs);
  };
  opts.wakeOn?.(wake);

  const startWindowing = () => {
    const IO = win.IntersectionObserver;
    if (typeof IO !== 'function') return;
    io = new IO(onEntries, { rootMargin: opts.margin ?? '100% 0px' });
    wake();
  };

  /** Forget every range and stop observing (the inner layer is cleared or disposed by the caller). */
  const forget = () => {
    io?.disconnect();
    io = null;
    awake = false;
    if (sleepTimer !== undefined) clearTimeout(sleepTimer);
    sleepTimer = undefined;
    byOwner.clear();
    shown.clear();
    total = 0;
    registered = 0;
  };

  return {
    add(kind, range, owner) {
      const key = owner ?? range.startContainer;
      const list = withRange(byOwner.get(key), range, kind);
      byOwner.set(key, list);
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
      } else if (sizeOf(list) === 1) {
        // Its first report registers it if it is near the screen.
        if (awake) io.observe(key);
        wake(); // (observes every owner when the observer was asleep)
      }
    },
    remove(kind, range, owner) {
      const key = owner ?? range.startContainer;
      const before = byOwner.get(key);
      const list = before && withoutRange(before, range);
      if (!list) return;
      byOwner.set(key, list);
      total--;
      if (shown.has(key)) {
        inner.remove(kind, range);
        registered--;
      }
      if (sizeOf(list) === 0) {
        byOwner.delete(key);
        shown.delete(key);
        if (io && awake && observable(key)) io.unobserve(key);
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
