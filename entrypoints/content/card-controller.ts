/**
 * When the hover card opens, moves and closes: pointer hover (hit-tested once
 * per animation frame), the step-through shortcut, Escape, scrolling away,
 * clicks outside. Focus moves into the card only when the reader asked for
 * it (shortcut or a click inside), never while they type elsewhere.
 */
import { buildCardData, type CardData } from '../../components/card/card-model';
import type { CardHost } from '../../components/card/card-host';
import { entriesAtPoint, toLiveRange } from '../../lib/dom/hit-test';
import type { PageEntry, PageScanner } from '../../lib/dom/page-scanner';
import type { ClaimSnapshot } from '../../lib/model';
import { ask } from './messaging';

export interface CardControllerDeps {
  win: Window;
  scanner: PageScanner;
  snapshot: ClaimSnapshot;
  card: CardHost;
  shadowRoots: ShadowRoot[];
  signal: AbortSignal;
}

export interface CardController {
  /** Scroll to an entry and open its card (popup "reveal", shortcut). */
  reveal(entry: PageEntry, focus: boolean): void;
  close(): void;
}

const HIDE_DELAY_MS = 350;

/** Alt+Shift+→ / Alt+Shift+← (also the Meta-free variant on macOS). */
function stepDirection(e: KeyboardEvent): 1 | -1 | 0 {
  if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return 0;
  if (e.key === 'ArrowRight') return 1;
  if (e.key === 'ArrowLeft') return -1;
  return 0;
}

/** Typing somewhere? Then our shortcut keys belong to the editor. */
function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.tagName !== 'string') return false;
  const tag = el.tagName.toUpperCase();
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable === true;
}

export function createCardController({ win, scanner, snapshot, card, shadowRoots, signal }: CardControllerDeps): CardController {
  const doc = win.document;
  let anchor: PageEntry | null = null;
  let pinned = false;
  let focusCard = false;
  let pointer: { x: number; y: number } | null = null;
  let frame = 0;
  let scrollFrame = 0;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let stepIndex = -1;

  const anchorRect = (entry: PageEntry): DOMRect | null => {
    const live = toLiveRange(doc, entry.range);
    if (!live) return null;
    const rects = live.getClientRects();
    return rects.length ? rects[0]! : live.getBoundingClientRect();
  };

  const cancelHide = () => {
    if (hideTimer !== undefined) clearTimeout(hideTimer);
    hideTimer = undefined;
  };

  /** Where focus was before the shortcut moved it into the card: it goes back there on close. */
  let returnFocus: HTMLElement | null = null;
  const close = () => {
    cancelHide();
    const hadFocus = card.hasFocus();
    anchor = null;
    pinned = false;
    focusCard = false;
    card.hide();
    if (hadFocus) {
      if (returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
      else (doc.activeElement as HTMLElement | null)?.blur?.();
    }
    returnFocus = null;
  };

  const draw = (entry: PageEntry, hits: PageEntry[], reuse?: CardData) => {
    const rect = anchorRect(entry);
    const data = reuse ?? buildCardData(hits, scanner.siblings(entry), snapshot);
    if (!rect || !data) return;
    anchor = entry;
    card.show(
      {
        data,
        pinned,
        autoFocus: focusCard,
        onPin: () => {
          pinned = !pinned;
          draw(entry, hits, data); // same data: the card keeps its state (an open note)
        },
        onClose: close,
        onOpenFact: (factId) => void ask('fact:open', { factId }),
        onSaveNote: async (body) => {
          const reply = await ask('note:create-passage', {
            url: win.location.href.slice(0, 8192),
            title: doc.title.slice(0, 2000),
            exact: data.passage.exact.slice(0, 10_000),
            prefix: data.passage.prefix,
            suffix: data.passage.suffix,
            body,
            ...(data.claims[0] ? { factId: data.claims[0].factId } : {}),
          });
          return reply.ok ? null : reply.error;
        },
      },
      rect,
    );
  };

  const open = (hits: PageEntry[], focus: boolean) => {
    cancelHide();
    const entry = hits.find((h) => h.kind === 'mention') ?? hits[0]!;
    if (anchor === entry && card.open && !focus) return; // same highlight: nothing to redraw
    if (pinned && anchor !== entry) pinned = false;
    focusCard = focus;
    draw(entry, hits);
  };

  const hoverFrame = () => {
    frame = 0;
    if (!pointer) return;
    const hits = entriesAtPoint(doc, scanner.index, pointer.x, pointer.y, { shadowRoots, all: () => scanner.entries.values() });
    if (hits.length) open(hits, false);
    else if (card.open && !pinned && hideTimer === undefined) hideTimer = setTimeout(() => !pinned && close(), HIDE_DELAY_MS);
  };

  const onPointerMove = (e: PointerEvent) => {
    if (card.isInside(e)) {
      cancelHide(); // moving onto the card keeps it open
      return;
    }
    pointer = { x: e.clientX, y: e.clientY };
    if (!frame) frame = win.requestAnimationFrame(hoverFrame);
  };

  const onPointerDown = (e: PointerEvent) => {
    if (!card.open) return;
    if (card.isInside(e)) {
      focusCard = true; // a click inside: focus may move into the card now
      return;
    }
    if (!pinned) close();
  };

  const reveal = (entry: PageEntry, focus: boolean) => {
    const el = entry.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', inline: 'nearest' });
    const hits = [entry, ...scanner.siblings(entry).filter((s) => s !== entry && s.start <= entry.start && s.end >= entry.end)];
    anchor = null;
    open(hits, focus);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && card.open) {
      close();
      return;
    }
    const dir = stepDirection(e);
    if (!dir) return;
    const target = e.composedPath()[0] ?? e.target;
    if (isTyping(target)) return;
    const list = scanner.ordered();
    if (!list.length) return;
    e.preventDefault();
    if (!card.hasFocus()) {
      const active = doc.activeElement as HTMLElement | null;
      returnFocus = active && active !== doc.body && !card.owns(active) && typeof active.focus === 'function' ? active : null;
    }
    const at = anchor ? list.indexOf(anchor) : stepIndex;
    stepIndex = at < 0 ? (dir > 0 ? 0 : list.length - 1) : (at + dir + list.length) % list.length;
    reveal(list[stepIndex]!, true);
  };

  const onScroll = () => {
    if (!card.open || scrollFrame) return;
    scrollFrame = win.requestAnimationFrame(() => {
      scrollFrame = 0;
      if (!anchor) return;
      const rect = anchorRect(anchor);
      const gone = !rect || rect.bottom < 0 || rect.top > win.innerHeight || (rect.width === 0 && rect.height === 0);
      if (gone && !pinned) close();
      else if (rect) card.reposition(rect);
    });
  };

  const opts = { capture: true, passive: true, signal };
  doc.addEventListener('pointermove', onPointerMove, opts);
  doc.addEventListener('pointerdown', onPointerDown, opts);
  doc.addEventListener('scroll', onScroll, opts);
  win.addEventListener('keydown', onKeyDown, { capture: true, signal });
  win.addEventListener('resize', onScroll, { passive: true, signal });
  signal.addEventListener('abort', () => {
    cancelHide();
    if (frame) win.cancelAnimationFrame(frame);
    if (scrollFrame) win.cancelAnimationFrame(scrollFrame);
  });

  return { reveal, close };
}
