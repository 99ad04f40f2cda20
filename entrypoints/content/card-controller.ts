/**
 * When the hover card opens, moves and closes: pointer hover (hit-tested at
 * once, then at most once more per animation frame), the step-through shortcut, Escape, scrolling away,
 * clicks outside. Focus moves into the card only when the reader asked for
 * it (shortcut or a click inside), never while they type elsewhere.
 *
 * Only trusted events count: a page can dispatch pointer and key events of its
 * own, and those must not open the card or move focus (docs/design.md, section 7).
 * The note field is an extension page framed in the card; this controller only
 * names the passage (note:open) and hears back (page:note) when it saved or closed.
 */
import { buildCardData, cardNeeds, type CardData, type CardLookup } from '../../components/card/card-model';
import type { CardHost } from '../../components/card/card-host';
import { entriesAtPoint, toLiveRange } from '../../lib/dom/hit-test';
import { caretApi, createRangeIn, docActiveElement, docBody, docTitle, listenOn, listenOnWindow } from '../../lib/dom/page-doc';
import type { PageEntry, PageScanner } from '../../lib/dom/page-scanner';
import { isTyping, stepDirection } from '../../lib/dom/keys';
import type { ask as askBackground } from './messaging';

export interface CardControllerDeps {
  win: Window;
  scanner: PageScanner;
  /** The facts and sources a card shows, from the background (card:get). */
  lookupCard(facts: string[]): Promise<CardLookup | null>;
  card: CardHost;
  shadowRoots: ShadowRoot[];
  signal: AbortSignal;
  /** Requests to the background (messaging.ts `ask`, handed in: this module is loaded apart from it). */
  ask: typeof askBackground;
  /** The note frame's address without its token (messaging.ts noteFrameUrl('')). */
  noteFrameBase: string;
}

export interface CardController {
  /** Scroll to an entry and open its card (popup "reveal", shortcut). */
  reveal(entry: PageEntry, focus: boolean): void;
  close(): void;
  /** The note frame saved or closed; false when the token is not this card's note. */
  noteEvent(token: string, event: 'saved' | 'cancel' | 'escape'): boolean;
  /** The page's claims changed: look up what their cards show before anyone hovers. */
  prefetch(): void;
  /** Where the (trusted) pointer was before this controller listened: hit-test it now. */
  hoverAt(x: number, y: number): void;
  /** The step shortcut, pressed before this controller listened. */
  step(dir: 1 | -1): void;
}

const HIDE_DELAY_MS = 350;

interface Shown {
  entry: PageEntry;
  hits: PageEntry[];
  data: CardData;
}

export function createCardController({ win, scanner, lookupCard, card, shadowRoots, signal, ask, noteFrameBase }: CardControllerDeps): CardController {
  const doc = win.document;
  const caret = caretApi(doc);
  const ranges = { createRange: () => createRangeIn(doc) };
  let shown: Shown | null = null;
  let pinned = false;
  let focusCard = false;
  let pointer: { x: number; y: number } | null = null;
  let frame = 0;
  let scrollFrame = 0;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let stepIndex = -1;
  /**
   * The note being written in this card: open as soon as the reader asks (the already loaded
   * frame takes focus at once), with its token once the background has named it.
   */
  let note: { token: string | null } | null = null;
  let status: string | null = null;

  const anchorRect = (entry: PageEntry): DOMRect | null => {
    const live = toLiveRange(ranges, entry.range);
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
    shown = null;
    pinned = false;
    focusCard = false;
    note = null;
    status = null;
    card.hide();
    if (hadFocus) {
      if (returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
      else (docActiveElement(doc) as HTMLElement | null)?.blur?.();
    }
    returnFocus = null;
  };

  const addNote = async (at: Shown) => {
    if (note) {
      note = null; // "Add note" again folds the field away
      redraw();
      return;
    }
    const opened: { token: string | null } = { token: null };
    note = opened;
    status = null;
    redraw();
    const { passage, claims } = at.data;
    const reply = await ask('note:open', {
      url: win.location.href.slice(0, 8192),
      title: docTitle(doc),
      exact: passage.exact.slice(0, 10_000),
      prefix: passage.prefix,
      suffix: passage.suffix,
      ...(claims[0] ? { factId: claims[0].factId } : {}),
    });
    if (note !== opened || shown?.data !== at.data) return; // folded away, or the card moved on
    if (reply.ok) {
      opened.token = reply.value.token;
    } else {
      note = null;
      status = `Could not start a note: ${reply.error}`;
    }
    redraw();
  };

  /**
   * What cards show, looked up ahead (issue 11): once the page's claims are in, their facts and
   * sources are asked for in the background (prefetch), so a hover draws at once. A claim whose
   * facts are not in yet asks for them then (a woken worker answers too), and the card is drawn
   * with whatever the pointer wants by the time the answer comes.
   */
  const known = { entities: new Map<string, CardLookup['entities'][number]>(), facts: new Map<string, CardLookup['facts'][number] | null>(), sources: new Map<string, CardLookup['sources'][number]>() };
  const remember = (asked: readonly string[], found: CardLookup) => {
    for (const e of found.entities) known.entities.set(e.id, e);
    for (const s of found.sources) known.sources.set(s.id, s);
    for (const id of asked) if (!known.facts.has(id)) known.facts.set(id, null); // unknown to the background: do not ask again
    for (const f of found.facts) known.facts.set(f.id, f);
  };
  const lookupFor = (facts: string[]): CardLookup | null => {
    if (known.entities.size === 0 || !facts.every((id) => known.facts.has(id))) return null;
    return {
      entities: [...known.entities.values()],
      facts: facts.map((id) => known.facts.get(id)).filter((f): f is CardLookup['facts'][number] => !!f),
      sources: [...known.sources.values()],
    };
  };
  let asking: Promise<unknown> | null = null;
  let wanted: { entry: PageEntry; hits: PageEntry[] } | null = null;
  /** Ask for these facts (at most one request at a time; 16 facts per request), then draw what is wanted. */
  const fetchFacts = (facts: string[]): Promise<unknown> => {
    const missing = facts.filter((id) => !known.facts.has(id)).slice(0, 16);
    if (missing.length === 0 && known.entities.size) return Promise.resolve();
    return lookupCard(missing).then((found) => {
      if (!signal.aborted && found) remember(missing, found);
      return found;
    });
  };
  const prefetch = () => {
    if (asking || signal.aborted) return;
    const facts = new Set<string>();
    for (const e of scanner.entries.values()) if (e.claim && !known.facts.has(e.claim.fact)) facts.add(e.claim.fact);
    if (facts.size === 0 && known.entities.size) return;
    asking = fetchFacts([...facts].sort()).then((found) => {
      asking = null;
      const next = wanted;
      wanted = null;
      if (next && !signal.aborted) draw(next.entry, next.hits);
      else if (found) prefetch(); // more than one request's worth
    });
  };

  const draw = (entry: PageEntry, hits: PageEntry[], reuse?: CardData) => {
    let data = reuse ?? null;
    if (!data) {
      const siblings = scanner.siblings(entry);
      const facts = cardNeeds(hits, siblings);
      const lookup = lookupFor(facts);
      if (!lookup) {
        // Ask, then draw whatever is wanted by then (the pointer may have moved on).
        wanted = { entry, hits };
        if (!asking) {
          asking = fetchFacts(facts).then((found) => {
            asking = null;
            const next = wanted;
            wanted = null;
            if (found && next && !signal.aborted) draw(next.entry, next.hits);
          });
        }
        return;
      }
      data = buildCardData(hits, siblings, lookup);
    }
    wanted = null;
    const rect = anchorRect(entry);
    if (!rect || !data) return;
    if (!reuse || shown?.data !== data) {
      note = null; // a new card: no half-written note carries over
      status = null;
    }
    const at: Shown = { entry, hits, data };
    shown = at;
    card.show(
      {
        data,
        pinned,
        autoFocus: focusCard,
        noteFrame: `${noteFrameBase}${note?.token ?? ''}`,
        noteOpen: note !== null,
        status,
        onPin: () => {
          pinned = !pinned;
          redraw(); // same data: the card keeps its state (an open note)
        },
        onClose: close,
        onOpenFact: (factId) => void ask('fact:open', { factId }),
        onAddNote: () => void addNote(at),
      },
      rect,
    );
  };

  const redraw = () => {
    if (shown) draw(shown.entry, shown.hits, shown.data);
  };

  const open = (hits: PageEntry[], focus: boolean) => {
    cancelHide();
    const entry = hits.find((h) => h.kind === 'mention') ?? hits[0]!;
    if (shown?.entry === entry && card.open && !focus) return; // same highlight: nothing to redraw
    if (pinned && shown?.entry !== entry) pinned = false;
    focusCard = focus;
    draw(entry, hits);
  };

  /**
   * Hit-test the pointer now, in the move's own task, so the card is drawn in the frame the move
   * arrived in (waiting for the next animation frame cost a frame, issue 11). Moves that come in
   * before the next frame only update the point: that frame's callback tests the latest one, so
   * there is at most one more test per frame however fast the moves come.
   */
  const hover = () => {
    const at = pointer;
    if (!at) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      if (pointer !== at) hover();
    });
    const hits = entriesAtPoint(caret, scanner, at.x, at.y, { shadowRoots, all: () => scanner.entries.values() });
    if (hits.length) open(hits, false);
    else if (card.open && !pinned && hideTimer === undefined) hideTimer = setTimeout(() => !pinned && close(), HIDE_DELAY_MS);
  };

  const onPointerMove = (e: PointerEvent) => {
    if (!e.isTrusted) return; // a page's own synthetic events never open the card
    if (card.isInside(e)) {
      cancelHide(); // moving onto the card keeps it open
      return;
    }
    pointer = { x: e.clientX, y: e.clientY };
    if (!frame) hover();
  };

  const onPointerDown = (e: PointerEvent) => {
    if (!e.isTrusted || !card.open) return;
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
    shown = null;
    open(hits, focus);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.isTrusted) return; // nor do its synthetic keys move focus
    if (e.key === 'Escape' && card.open) {
      close();
      return;
    }
    const dir = stepDirection(e);
    if (!dir) return;
    const target = e.composedPath()[0] ?? e.target;
    if (isTyping(target)) return;
    if (!scanner.entries.size) return;
    e.preventDefault();
    step(dir);
  };

  /** Step to the next (1) or previous (-1) highlight and open its card with focus (the shortcut). */
  const step = (dir: 1 | -1) => {
    const list = scanner.ordered();
    if (!list.length) return;
    if (!card.hasFocus()) {
      const active = docActiveElement(doc) as HTMLElement | null;
      returnFocus = active && active !== docBody(doc) && !card.owns(active) && typeof active.focus === 'function' ? active : null;
    }
    const at = shown ? list.indexOf(shown.entry) : stepIndex;
    stepIndex = at < 0 ? (dir > 0 ? 0 : list.length - 1) : (at + dir + list.length) % list.length;
    reveal(list[stepIndex]!, true);
  };

  const onScroll = (e: Event) => {
    if (!e.isTrusted || !card.open || scrollFrame) return;
    scrollFrame = win.requestAnimationFrame(() => {
      scrollFrame = 0;
      if (!shown) return;
      const rect = anchorRect(shown.entry);
      const gone = !rect || rect.bottom < 0 || rect.top > win.innerHeight || (rect.width === 0 && rect.height === 0);
      if (gone && !pinned) close();
      else if (rect) card.reposition(rect);
    });
  };

  const noteEvent = (token: string, event: 'saved' | 'cancel' | 'escape'): boolean => {
    if (!note?.token || note.token !== token) return false;
    if (event === 'escape') {
      close();
      return true;
    }
    note = null;
    status = event === 'saved' ? 'Note saved.' : null;
    focusCard = true; // the field that held focus is gone: focus goes to the card, not the page
    redraw();
    card.focus();
    return true;
  };

  const opts = { capture: true, passive: true, signal };
  listenOn<PointerEvent>(doc, 'pointermove', onPointerMove, opts);
  listenOn<PointerEvent>(doc, 'pointerdown', onPointerDown, opts);
  listenOn(doc, 'scroll', onScroll, opts);
  listenOnWindow<KeyboardEvent>(win, 'keydown', onKeyDown, { capture: true, signal });
  listenOnWindow(win, 'resize', onScroll, { passive: true, signal });
  signal.addEventListener('abort', () => {
    cancelHide();
    if (frame) win.cancelAnimationFrame(frame);
    if (scrollFrame) win.cancelAnimationFrame(scrollFrame);
  });

  const hoverAt = (x: number, y: number) => {
    pointer = { x, y };
    if (!frame) hover();
  };

  return { reveal, close, noteEvent, prefetch, hoverAt, step };
}
