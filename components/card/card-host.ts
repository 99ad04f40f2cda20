/**
 * The card's home on the page: one element attached to <html> (not <body>,
 * which pages replace and which the "DOM unchanged" checks compare) with a
 * CLOSED shadow root, so page scripts cannot read the card.
 *
 * The host is a plain <div>, not a custom element: a page can define a custom
 * element name before us and, from its constructor, call attachInternals(),
 * whose shadowRoot opens even a closed root. A <div> has no constructor of the
 * page's and no ElementInternals, so nothing the page can reach leads inside
 * (docs/design.md, section 7). Styles are an adopted stylesheet inside the
 * root: no <style> or style attribute the page's CSP could block, no network fetch.
 */
import { createIn, docElement } from '../../lib/dom/page-doc';
import { renderHoverCard, type HoverCardProps } from './hover-card';
import { CARD_CSS } from './card-styles';

export const HOST_TAG = 'div';

export interface CardHost {
  readonly host: HTMLElement;
  /** Is this node our host (or inside it, from the light-DOM side)? */
  owns(node: Node): boolean;
  /** Did this event happen inside the card? (Closed roots retarget events to the host.) */
  isInside(event: Event): boolean;
  show(props: Omit<HoverCardProps, 'position' | 'hidden'>, anchor: DOMRect): void;
  /** Re-place the open card next to a moved anchor. */
  reposition(anchor: DOMRect): void;
  hide(): void;
  readonly open: boolean;
  /** Does focus sit inside the card? */
  hasFocus(): boolean;
  /** Move focus to the card itself (its dialog). */
  focus(): void;
  dispose(): void;
}

export type CardPosition = HoverCardProps['position'];

const GAP = 6;
const WIDTH = 380;
const MARGIN = 8;
/** Tall cards scroll inside rather than cover half the article. */
const MAX_HEIGHT = 440;
/** A card with one claim and two or three sources: where it fits, below the anchor is chosen. */
const TYPICAL_HEIGHT = 280;

/**
 * Beside the anchor: below it if the card fits there, else above if it fits
 * there, else on whichever side has more room (the card then scrolls inside).
 */
export function placeCard(
  anchor: { left: number; top: number; bottom: number },
  viewport: { width: number; height: number },
  height: number,
): CardPosition {
  const width = Math.min(WIDTH, viewport.width - 2 * MARGIN);
  const left = Math.max(MARGIN, Math.min(anchor.left, viewport.width - width - MARGIN));
  const roomBelow = viewport.height - MARGIN - (anchor.bottom + GAP);
  const roomAbove = anchor.top - GAP - MARGIN;
  if (height <= roomBelow || roomBelow >= roomAbove) {
    return { left, top: anchor.bottom + GAP, maxHeight: Math.min(MAX_HEIGHT, Math.max(120, roomBelow)) };
  }
  // Above: pinned by its bottom edge, so a card that grows (the note field) grows upwards.
  return { left, bottom: viewport.height - (anchor.top - GAP), maxHeight: Math.min(MAX_HEIGHT, Math.max(120, roomAbove)) };
}

export function createCardHost(doc: Document): CardHost {
  const win = doc.defaultView!;
  const host = createIn(doc, HOST_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  const mount = createIn(doc, 'div');
  root.appendChild(mount);
  adoptStyles(root, win);
  let current: Omit<HoverCardProps, 'position' | 'hidden'> | null = null;
  /** The last card shown: kept mounted (hidden) after hide, so its loaded note frame stays ready. */
  let last: Omit<HoverCardProps, 'position' | 'hidden'> | null = null;
  let position: CardPosition = { left: 0, top: 0, maxHeight: 440 };
  let anchorBox: DOMRect | null = null;

  // One card element for the session, updated in place: the controller decides what a new card
  // resets (the note), and the note frame's document survives from card to card (no reload, no gap
  // in which keys would go to the page instead of the field).
  const draw = () => {
    if (current) last = current;
    if (!last) return;
    renderHoverCard(mount, { ...last, ...(current ? {} : { noteOpen: false }), position, hidden: !current });
  };
  // Placed from the anchor's box and the viewport alone, then rendered once: the rendered card is
  // never measured in the hover task (that was a forced layout of the card every hover, issue 11).
  // Below the anchor where a typical card fits or there is more room, else above, pinned by its
  // bottom edge; max-height (CSS) keeps a taller card inside the viewport, scrolling within.
  const place = () => {
    if (!current || !anchorBox) return;
    position = placeCard(anchorBox, viewport(), TYPICAL_HEIGHT);
    draw();
  };
  // innerWidth/innerHeight need no layout (documentElement.clientWidth would, when styles are dirty).
  const viewport = () => ({ width: win.innerWidth, height: win.innerHeight });

  return {
    host,
    owns: (node) => node === host || host.contains(node),
    isInside: (event) => event.composedPath().includes(host),
    show(props, anchor) {
      // Pages that rewrite <html>'s children may have dropped us: re-attach.
      if (!host.isConnected) docElement(doc)?.appendChild(host);
      current = props;
      anchorBox = anchor;
      place();
    },
    reposition(anchor) {
      if (!current) return;
      anchorBox = anchor;
      place();
    },
    hide() {
      if (!current) return;
      current = null;
      draw();
    },
    get open() {
      return current !== null;
    },
    hasFocus: () => root.activeElement !== null,
    focus: () => (mount.firstElementChild as HTMLElement | null)?.focus({ preventScroll: true }),
    dispose() {
      current = null;
      last = null;
      renderHoverCard(mount, null);
      host.remove();
    },
  };
}

function adoptStyles(root: ShadowRoot, win: Window): void {
  try {
    const sheet = new (win as unknown as typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(CARD_CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    // Old engines without constructable stylesheets: a <style> inside our own shadow root.
    const style = createIn(root.ownerDocument, 'style');
    style.textContent = CARD_CSS;
    root.appendChild(style);
  }
}
