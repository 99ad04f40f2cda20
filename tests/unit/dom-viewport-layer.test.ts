// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HighlightKind, HighlightLayer } from '../../lib/dom/highlight-layer';
import { createWindowedLayer } from '../../lib/dom/viewport-layer';

function innerLayer(): HighlightLayer & { ranges: Map<AbstractRange, HighlightKind> } {
  const ranges = new Map<AbstractRange, HighlightKind>();
  return {
    ranges,
    add: (k, r) => void ranges.set(r, k),
    remove: (_k, r) => void ranges.delete(r),
    clear: () => ranges.clear(),
    styleShadowRoot: () => {},
    setCss: () => {},
    dispose: () => ranges.clear(),
  };
}

/** An IntersectionObserver we drive by hand: report(el, inView) delivers one entry. */
function fakeIO() {
  const observers: FakeObserver[] = [];
  class FakeObserver {
    targets = new Set<Element>();
    constructor(
      readonly cb: (entries: IntersectionObserverEntry[]) => void,
      readonly init?: IntersectionObserverInit,
    ) {
      observers.push(this);
    }
    observe(el: Element) {
      this.targets.add(el);
    }
    unobserve(el: Element) {
      this.targets.delete(el);
    }
    disconnect() {
      this.targets.clear();
    }
  }
  const report = (el: Element, inView: boolean, size = 20) => {
    for (const o of observers) {
      if (!o.targets.has(el)) continue;
      o.cb([{ target: el, isIntersecting: inView, boundingClientRect: { width: size, height: size } } as unknown as IntersectionObserverEntry]);
    }
  };
  return { IntersectionObserver: FakeObserver as unknown as typeof IntersectionObserver, observers, report };
}

/** happy-dom has no StaticRange; live Ranges are AbstractRanges too. */
function rangeOver(node: Node, end: number): AbstractRange {
  const r = document.createRange();
  r.setStart(node, 0);
  r.setEnd(node, end);
  return r;
}

function paragraphs(n: number): { p: HTMLElement; range: AbstractRange }[] {
  document.body.replaceChildren();
  return Array.from({ length: n }, (_, i) => {
    const p = document.createElement('p');
    p.textContent = `Binance paragraph ${i}`;
    document.body.append(p);
    return { p, range: rangeOver(p.firstChild!, 7) };
  });
}

describe('windowed highlight layer', () => {
  it('registers everything below the threshold and observes nothing', () => {
    const io = fakeIO();
    const inner = innerLayer();
    const layer = createWindowedLayer(inner, io, { threshold: 10 });
    for (const { p, range } of paragraphs(10)) layer.add('mention', range, p);
    expect(inner.ranges.size).toBe(10);
    expect(layer.windowed).toBe(false);
    expect(io.observers).toHaveLength(0);
  });

  it('past the threshold, keeps only containers the observer reports near the screen', () => {
    const io = fakeIO();
    const inner = innerLayer();
    const layer = createWindowedLayer(inner, io, { threshold: 10 });
    const ps = paragraphs(30);
    for (const { p, range } of ps) layer.add('mention', range, p);
    expect(layer.windowed).toBe(true);
    // Registered until the first report (no flicker), except those added after the switch.
    expect(inner.ranges.size).toBe(11);
    for (const [i, { p }] of ps.entries()) io.report(p, i >= 5 && i < 8);
    expect([...inner.ranges.keys()]).toEqual(ps.slice(5, 8).map((x) => x.range));
    expect(layer.registered).toBe(3);
    // Scrolling on: 5 leaves, 20 arrives.
    io.report(ps[5]!.p, false);
    io.report(ps[20]!.p, true);
    expect(new Set(inner.ranges.keys())).toEqual(new Set([ps[6]!.range, ps[7]!.range, ps[20]!.range]));
  });

  it('keeps containers without a box, and ranges of the document itself, registered', () => {
    const io = fakeIO();
    const inner = innerLayer();
    const layer = createWindowedLayer(inner, io, { threshold: 2 });
    const ps = paragraphs(4);
    for (const { p, range } of ps) layer.add('mention', range, p);
    io.report(ps[0]!.p, false, 0); // display: contents / not rendered
    io.report(ps[1]!.p, false);
    const text = document.createTextNode('Binance');
    document.body.append(text);
    const docRange = rangeOver(text, 7);
    layer.add('mention', docRange, document);
    expect(inner.ranges.has(ps[0]!.range)).toBe(true);
    expect(inner.ranges.has(ps[1]!.range)).toBe(false);
    expect(inner.ranges.has(docRange)).toBe(true);
  });

  it('removing a hidden range leaves the inner layer alone; removing the last stops observing', () => {
    const io = fakeIO();
    const inner = innerLayer();
    const layer = createWindowedLayer(inner, io, { threshold: 1 });
    const ps = paragraphs(3);
    for (const { p, range } of ps) layer.add('supported', range, p);
    io.report(ps[2]!.p, false);
    layer.remove('supported', ps[2]!.range, ps[2]!.p);
    expect(io.observers[0]!.targets.has(ps[2]!.p)).toBe(false);
    layer.remove('supported', ps[0]!.range, ps[0]!.p);
    expect(inner.ranges.has(ps[0]!.range)).toBe(false);
    expect(layer.registered).toBe(1);
    layer.dispose();
    expect(inner.ranges.size).toBe(0);
    expect(io.observers[0]!.targets.size).toBe(0);
  });

  it('an owner with many ranges (past the small-list form) shows, hides and removes them all', () => {
    const io = fakeIO();
    const inner = innerLayer();
    const layer = createWindowedLayer(inner, io, { threshold: 5 });
    const p = paragraphs(1)[0]!.p;
    const text = p.firstChild!;
    const ranges = Array.from({ length: 40 }, () => rangeOver(text, 7));
    for (const [i, r] of ranges.entries()) layer.add(i % 2 ? 'mention' : 'mixed', r, p);
    expect(layer.windowed).toBe(true);
    io.report(p, false);
    expect(inner.ranges.size).toBe(0);
    io.report(p, true);
    expect(inner.ranges.size).toBe(40);
    expect(inner.ranges.get(ranges[0]!)).toBe('mixed');
    expect(layer.registered).toBe(40);
    for (const [i, r] of ranges.entries()) layer.remove(i % 2 ? 'mention' : 'mixed', r, p);
    expect(inner.ranges.size).toBe(0);
    expect(layer.registered).toBe(0);
    expect(io.observers[0]!.targets.has(p)).toBe(false);
  });

  describe('the observer sleeps while nothing moves', () => {
    afterEach(() => void vi.useRealTimers());

    it('disconnects after sleepMs, keeps what is registered, and observes every owner again on a wake or a new owner', () => {
      vi.useFakeTimers();
      const io = fakeIO();
      const inner = innerLayer();
      let wake = () => {};
      const layer = createWindowedLayer(inner, io, { threshold: 3, sleepMs: 1000, wakeOn: (w) => (wake = w) });
      const ps = paragraphs(6);
      for (const { p, range } of ps.slice(0, 5)) layer.add('mention', range, p);
      const observer = io.observers[0]!;
      for (const [i, { p }] of ps.slice(0, 5).entries()) io.report(p, i < 2);
      expect(layer.registered).toBe(2);
      vi.advanceTimersByTime(999);
      expect(observer.targets.size).toBe(5); // still awake
      vi.advanceTimersByTime(1);
      expect(observer.targets.size).toBe(0); // asleep: nothing observed, nothing to compute per frame
      expect(layer.registered).toBe(2); // what was near the screen stays registered
      expect(layer.windowed).toBe(true);
      // A scroll wakes it: every owner observed again, and the reports move the window.
      wake();
      expect(observer.targets.size).toBe(5);
      io.report(ps[0]!.p, false);
      io.report(ps[4]!.p, true);
      expect(new Set(inner.ranges.keys())).toEqual(new Set([ps[1]!.range, ps[4]!.range]));
      // Scrolling on keeps it awake; it sleeps a while after the last wake.
      vi.advanceTimersByTime(800);
      wake();
      vi.advanceTimersByTime(800);
      expect(observer.targets.size).toBe(5);
      vi.advanceTimersByTime(200);
      expect(observer.targets.size).toBe(0);
      // A new owner while asleep (an append) wakes it too; removing while asleep needs no observer.
      layer.add('mention', ps[5]!.range, ps[5]!.p);
      expect(observer.targets.size).toBe(6);
      vi.advanceTimersByTime(1000);
      layer.remove('mention', ps[1]!.range, ps[1]!.p);
      expect(inner.ranges.has(ps[1]!.range)).toBe(false);
      expect(observer.targets.size).toBe(0);
      layer.dispose();
      wake(); // after dispose: nothing to wake
      expect(observer.targets.size).toBe(0);
    });
  });
});
