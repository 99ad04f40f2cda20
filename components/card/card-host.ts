/**
 * The card's home on the page: one element attached to <html> (not <body>,
 * which pages replace and which the "DOM unchanged" checks compare) with a
 * CLOSED shadow root, so page scripts cannot read the card or the reader's
 * note. Styles are an adopted stylesheet inside the root: no <style> or
 * style attribute the page's CSP could block, no network fetch.
 */
import { h, render } from 'preact';
import { HoverCard, type HoverCardProps } from './HoverCard';
import { CARD_CSS } from './card-styles';

export const HOST_TAG = 'claimlens-card';

export interface CardHost {
  readonly host: HTMLElement;
  /** Is this node our host (or inside it, from the light-DOM side)? */
  owns(node: Node): boolean;
  /** Did this event happen inside the card? (Closed roots retarget events to the host.) */
  isInside(event: Event): boolean;
  show(props: Omit<HoverCardProps, 'position'>, anchor: DOMRect): void;
  /** Re-place the open card next to a moved anchor. */
  reposition(anchor: DOMRect): void;
  hide(): void;
  readonly open: boolean;
  /** Does focus sit inside the card? */
  hasFocus(): boolean;
  dispose(): void;
}

export type CardPosition = HoverCardProps['position'];

const GAP = 6;
const WIDTH = 380;
const MARGIN = 8;
/** Tall cards scroll inside rather than cover half the article. */
const MAX_HEIGHT = 440;

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
  const host = doc.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  const mount = doc.createElement('div');
  root.appendChild(mount);
  adoptStyles(root, win);
  let current: Omit<HoverCardProps, 'position'> | null = null;
  let position: CardPosition = { left: 0, top: 0, maxHeight: 440 };
  let anchorBox: DOMRect | null = null;

  // A new card (new data) is a new component instance: no half-typed note carries over.
  let generation = 0;
  let shownData: unknown = null;
  const draw = () => {
    if (!current) {
      shownData = null;
      render(null, mount);
      return;
    }
    if (current.data !== shownData) {
      shownData = current.data;
      generation++;
    }
    render(h(HoverCard, { ...current, position, key: generation }), mount);
  };
  // Render, measure the card's natural height, and place it (synchronously: same frame).
  const place = () => {
    if (!current || !anchorBox) return;
    position = { ...position, maxHeight: MAX_HEIGHT };
    draw();
    const el = mount.firstElementChild as HTMLElement | null;
    const height = el ? el.scrollHeight + 2 : 300;
    position = placeCard(anchorBox, viewport(), Math.min(height, MAX_HEIGHT));
    draw();
  };
  const viewport = () => ({ width: doc.documentElement.clientWidth || win.innerWidth, height: win.innerHeight });

  return {
    host,
    owns: (node) => node === host || host.contains(node),
    isInside: (event) => event.composedPath().includes(host),
    show(props, anchor) {
      // Pages that rewrite <html>'s children may have dropped us: re-attach.
      if (!host.isConnected) doc.documentElement.appendChild(host);
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
    dispose() {
      current = null;
      render(null, mount);
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
    const style = root.ownerDocument.createElement('style');
    style.textContent = CARD_CSS;
    root.appendChild(style);
  }
}
