/**
 * Scripts the benchmark runs in the page's own (main) world. They only read:
 * the highlight registry is shared between the page and the content script,
 * and the card's closed shadow root is observed from outside through
 * elementFromPoint (which returns the host when the card covers the point).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../e2e/harness';

/**
 * Init script: records, once per frame, how many ClaimLens ranges are
 * registered (the first frame that showed any, the frame of the last change),
 * pointermove timestamps, and long tasks.
 */
export const RECORDER = `(() => {
  // tsx compiles the functions we pass to page.evaluate with esbuild's keepNames: give them its helper.
  if (!globalThis.__name) Object.defineProperty(globalThis, '__name', { value: (f) => f });
  const rec = { first: null, last: null, count: 0, changes: 0, longtasks: [], move: null };
  Object.defineProperty(window, '__bench', { value: rec });
  const total = () => {
    let n = 0;
    if (!globalThis.CSS || !CSS.highlights) return 0;
    CSS.highlights.forEach((h, name) => { if (name.startsWith('claimlens-')) n += h.size; });
    return n;
  };
  const tick = (t) => {
    const n = total();
    if (n !== rec.count) {
      rec.count = n;
      rec.changes++;
      rec.last = t;
      if (rec.first === null && n > 0) rec.first = t;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  addEventListener('pointermove', (e) => { rec.move = e.timeStamp; }, { capture: true, passive: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) rec.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

/** Per-name range counts (page world). */
export function highlightCounts(): Record<string, number> {
  const out: Record<string, number> = {};
  const reg = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights;
  reg?.forEach((h, name) => {
    if (name.startsWith('claimlens-')) out[name] = h.size;
  });
  return out;
}

/** The floor: one TreeWalker pass over every text node, reading its text. */
export function bareWalk(): { ms: number; nodes: number; chars: number } {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let nodes = 0;
  let chars = 0;
  while (walker.nextNode()) {
    nodes++;
    chars += (walker.currentNode as Text).data.length;
  }
  return { ms: performance.now() - t0, nodes, chars };
}

/** mark.js's usual call, timed (mark.js is synchronous: `done` fires before it returns). */
export function runMarkJs(args: { source: string; flags: string }): { ms: number; marks: number; sync: boolean } {
  const Mark = (window as unknown as { Mark: new (ctx: Element) => { markRegExp(re: RegExp, opt: object): void } }).Mark;
  const re = new RegExp(args.source, args.flags);
  let marks = -1;
  const t0 = performance.now();
  new Mark(document.body).markRegExp(re, { done: (n: number) => (marks = n) });
  const ms = performance.now() - t0;
  return { ms, marks, sync: marks >= 0 };
}

export const MARK_JS_PATH = join(ROOT, 'node_modules/mark.js/dist/mark.min.js');
export const markJsSource = (): string => readFileSync(MARK_JS_PATH, 'utf8');

interface AliasData {
  entities: { aliases: { text: string }[] }[];
}

/**
 * The alias pattern ClaimLens's engine runs (lib/engine/mentions.ts builds it
 * the same way from seeds/claims.json): every alias, whitespace-tolerant,
 * longest first, not inside a longer word, case-insensitive. The engine then
 * filters candidates with its guards; mark.js highlights all of them.
 */
export function aliasPattern(): { source: string; flags: string } {
  const data = JSON.parse(readFileSync(join(ROOT, 'seeds/claims.json'), 'utf8')) as AliasData;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const GAP = '(?:[ \\t]+(?:\\n[ \\t]*)?|\\n[ \\t]*)';
  const aliases = data.entities.flatMap((e) => e.aliases.map((a) => a.text.trim())).filter(Boolean);
  aliases.sort((a, b) => b.length - a.length);
  const parts = aliases.map((t) => t.split(/\s+/).map(escape).join(GAP));
  return { source: `(?<![\\p{L}\\p{N}_])(?:${parts.join('|')})(?![\\p{L}\\p{N}_])`, flags: 'giu' };
}

/** Where a mention's first line box is, after scrolling it near the top (page world). */
export function placeMention(index: number): { x: number; y: number; probes: [number, number][] } | null {
  const reg = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  const set = reg?.get('claimlens-mention');
  if (!set || set.size === 0) return null;
  const list = [...set];
  const r = list[index % list.length]!;
  const range = document.createRange();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  const el = r.startContainer.parentElement!;
  el.scrollIntoView({ block: 'start' });
  window.scrollBy(0, -120);
  const box = range.getClientRects()[0] ?? range.getBoundingClientRect();
  // The card opens below the mention (or above when there is no room): probe both spots.
  const probes: [number, number][] = [
    [box.left + 24, box.bottom + 30],
    [box.left + 24, box.top - 40],
  ];
  return { x: box.left + Math.min(box.width / 2, 6), y: box.top + box.height / 2, probes };
}

/**
 * Resolves with the time from the last pointermove to the first moment, after
 * a frame was rendered, at which the card host covers a probe point.
 */
/** The card's host: a child of <html> other than <head> and <body> (a plain <div> holding a closed shadow root). */
export function waitForCard(args: { probes: [number, number][]; timeoutMs: number }): Promise<number | null> {
  const rec = (window as unknown as { __bench: { move: number | null } }).__bench;
  const covered = () =>
    args.probes.some(([x, y]) => {
      const el = document.elementFromPoint(x, y);
      return el !== null && el.parentElement === document.documentElement && el !== document.body && el !== document.head;
    });
  return new Promise((resolve) => {
    const started = performance.now();
    const frame = () => {
      // After this frame's rendering: a task queued from rAF runs once the frame is out.
      setTimeout(() => {
        const now = performance.now();
        if (covered() && rec.move !== null) resolve(now - rec.move);
        else if (now - started > args.timeoutMs) resolve(null);
        else requestAnimationFrame(frame);
      }, 0);
    };
    requestAnimationFrame(frame);
  });
}

/** Is the card showing over any probe point? (page world) */
export function cardShown(args: { probes: [number, number][] }): boolean {
  return args.probes.some(([x, y]) => {
    const el = document.elementFromPoint(x, y);
    return el !== null && el.parentElement === document.documentElement && el !== document.body && el !== document.head;
  });
}

/**
 * The hover floor (page world): the page's own capture-phase pointermove listener shows a box of
 * the card's size, a child of <html>, at once, while the pointer is on a spot in the left margin
 * (no text there: ClaimLens's hit-test finds nothing), and removes it elsewhere. Timed by the same
 * waitForCard as the card, it is what "on screen" costs on this page with no work at all: the wait
 * for the frame, the frame's rendering (with ClaimLens's highlights on the page, when measured in
 * the extension's browser), and the probe's own check after it.
 */
export function installHoverFloor(): { x: number; y: number; probes: [number, number][] } {
  const spot = { x: 3, y: 200 };
  const card = document.createElement('div');
  card.style.cssText = 'position:fixed;left:40px;top:220px;width:380px;height:280px;background:#fff;border:1px solid #888;z-index:2147483647';
  addEventListener(
    'pointermove',
    (e) => {
      if (Math.abs(e.clientX - spot.x) <= 1 && Math.abs(e.clientY - spot.y) <= 1) {
        if (!card.isConnected) document.documentElement.appendChild(card);
      } else card.remove();
    },
    { capture: true, passive: true },
  );
  return { ...spot, probes: [[100, 300]] };
}
