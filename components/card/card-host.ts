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

const GAP = 6;
const WIDTH = 380;
const HEIGHT = 300;

/** Beside the anchor: below it if there is room, else above; clamped to the viewport. */
export function placeCard(anchor: DOMRect, viewport: { width: number; height: number }): { left: number; top: number } {
  const width = Math.min(WIDTH, viewport.width - 16);
  const left = Math.max(8, Math.min(anchor.left, viewport.width - width - 8));
  const below = anchor.bottom + GAP;
  const top = below + HEIGHT <= viewport.height || anchor.top - GAP - HEIGHT < 0 ? below : Math.max(8, anchor.top - GAP - HEIGHT);
  return { left, top: Math.max(8, Math.min(top, viewport.height - 40)) };
}

export function createCardHost(doc: Document): CardHost {
  const win = doc.defaultView!;
  const host = doc.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  const mount = doc.createElement('div');
  root.appendChild(mount);
  adoptStyles(root, win);
  let current: Omit<HoverCardProps, 'position'> | null = null;
  let position = { left: 0, top: 0 };

  const draw = () => {
    if (!current) render(null, mount);
    else render(h(HoverCard, { ...current, position }), mount);
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
      position = placeCard(anchor, viewport());
      draw();
    },
    reposition(anchor) {
      if (!current) return;
      position = placeCard(anchor, viewport());
      draw();
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
