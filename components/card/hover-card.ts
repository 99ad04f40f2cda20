/**
 * The hover card: the entity, the claim in this sentence with its verdict and
 * why, each source's quote, and the actions (pin, note, full comparison).
 * Rendered inside a closed shadow root on a plain host element (see card-host.ts),
 * so page CSS cannot reach it and page scripts cannot get into it. The note
 * field is not here: it is an extension page framed in the card (`noteFrame`,
 * entrypoints/note-frame), where the page cannot hear the keys typed
 * (docs/design.md, section 7). Buttons act on the reader's (trusted) clicks only.
 *
 * Plain DOM, no framework (Preact was a fifth of the content script). Every node is made through
 * lib/dom/page-doc.ts, which reads the page's document through its prototype, so a page that
 * clobbers `document.createElement` (`<img name="createElement">`) cannot stop the card; text is
 * only ever text nodes, never markup. `renderHoverCard(mount, props)` may be called as often as a
 * component would be rendered: the card element, its buttons and the note frame are made once per
 * mount and updated in place, so focus (on a button, in the note) survives a re-render; what is
 * drawn from `data` (entity, the sentence, the claims) is rebuilt when `data` is another object.
 * The note frame is never moved or re-inserted: detaching an iframe unloads its document.
 */
import { createIn, createTextIn } from '../../lib/dom/page-doc';
import { agreementLabel, type CardData, VERDICT_LABEL } from './card-model';

export interface HoverCardProps {
  data: CardData;
  pinned: boolean;
  /** Viewport coordinates: left plus top (below the anchor) or bottom (above it), and the height it may take. */
  position: { left: number; top?: number; bottom?: number; maxHeight: number };
  /** Move focus into the card (only when the reader asked: shortcut or click). */
  autoFocus: boolean;
  /**
   * The note frame's address (entrypoints/note-frame), with `#<token>` while a note is being
   * written. The frame is loaded with the card and kept (hidden) between notes, so "Add note"
   * gives it focus at once; a new token (or none) in the address resets its field.
   */
  noteFrame: string;
  /** Show the note frame and give it focus. */
  noteOpen: boolean;
  /** The card is closed: kept mounted but not shown, so the note frame stays loaded. */
  hidden?: boolean;
  /** One line under the card ("Note saved.", an error), or null. */
  status: string | null;
  onPin(): void;
  onClose(): void;
  onAddNote(): void;
  onOpenFact(factId: string): void;
  /** Which events are the reader's: trusted ones (a page's synthetic clicks are not). Tests may widen it. */
  isReaderEvent?: (e: Event) => boolean;
}

const VERDICT_MARK = { supported: '✓', mixed: '≈', contradicted: '✗', related: '~' } as const;
const trusted = (e: Event) => e.isTrusted;

/** A child as JSX takes it: null, undefined and booleans are nothing, a string is a text node. */
type Child = Node | string | boolean | null | undefined;

/** Makes elements of one document: `el('span', { class: 'title' }, text, child…)`. */
type Make = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> | null, ...children: Child[]) => HTMLElementTagNameMap[K];
type MakeButton = (attrs: Record<string, string>, onClick: (props: HoverCardProps) => void, text: string) => HTMLButtonElement;

/** Each mount's card: draws it for new props, or removes it (null). */
const drawn = new WeakMap<Element, (props: HoverCardProps | null) => void>();

/**
 * Draw the card for `props` into `mount` (the first call creates it), or remove it (null).
 * Focus moves in the same call, as the click or key that caused it is handled, so no keystroke is lost.
 */
export function renderHoverCard(mount: Element, props: HoverCardProps | null): void {
  let draw = drawn.get(mount);
  if (!draw) {
    if (!props) return;
    drawn.set(mount, (draw = createCard(mount, props)));
  }
  draw(props);
  if (!props) drawn.delete(mount);
}

function createCard(mount: Element, initial: HoverCardProps): (props: HoverCardProps | null) => void {
  const doc = mount.ownerDocument;
  /** The props last drawn: handlers read them when the event comes. */
  let props = initial;
  let prev: HoverCardProps | undefined;
  const put = (parent: Node, children: Child[], before: Node | null = null) => {
    for (const c of children) {
      if (c != null && typeof c !== 'boolean') parent.insertBefore(typeof c === 'string' ? createTextIn(doc, c) : c, before);
    }
  };
  const el: Make = (tag, attrs, ...children) => {
    const node = createIn(doc, tag);
    for (const name in attrs) node.setAttribute(name, attrs[name]!);
    put(node, children);
    return node;
  };
  const button: MakeButton = (attrs, onClick, text) => {
    const b = el('button', { type: 'button', ...attrs }, text);
    b.addEventListener('click', (e) => {
      if ((props.isReaderEvent ?? trusted)(e)) onClick(props);
    });
    return b;
  };

  const card = el('div', { class: 'card', role: 'dialog', 'aria-label': '', tabindex: '-1' });
  const pin = button({ class: 'icon', 'aria-pressed': 'false', title: '' }, (p) => p.onPin(), '');
  /** The pin button's label: its text node's data changes, the button (maybe focused) stays. */
  const pinText = pin.firstChild as Text;
  const header = el('header', null, el('span', { class: 'brand' }, 'ClaimLens'), pin, button({ class: 'icon', 'aria-label': 'Close', title: 'Close (Esc)' }, (p) => p.onClose(), '×'));
  const addNote = button({ 'aria-expanded': 'false' }, (p) => p.onAddNote(), 'Add note');
  const footer = el('footer', null, addNote);
  const frame = el('iframe', { class: 'note-frame', hidden: '', src: initial.noteFrame, title: 'Note on this passage' });
  /** The frame's address as last set: setting `src` again, even to the same address, reloads it. */
  let src = initial.noteFrame;
  let statusLine: HTMLParagraphElement | null = null;
  // An iframe focused before its document loaded does not pass focus on, and focusing it
  // again is a no-op while it is still the focused element: blur, then focus, once loaded.
  frame.addEventListener('load', () => {
    if (!props.noteOpen) return;
    frame.blur();
    frame.focus({ preventScroll: true });
  });
  put(card, [header, footer, frame]);
  mount.appendChild(card);

  return (next) => {
    if (!next) {
      card.remove();
      return;
    }
    props = next;
    const { data, pinned, position, autoFocus, noteFrame, noteOpen, hidden, status } = next;
    card.hidden = !!hidden;
    if (data !== prev?.data) {
      const first = data.claims[0];
      card.setAttribute('class', `card${first ? ` verdict-${first.verdict}` : ''}`);
      card.setAttribute('aria-label', first ? `ClaimLens: ${VERDICT_LABEL[first.verdict]} — ${first.label}` : `ClaimLens: ${data.entity?.name ?? 'highlight'}`);
      // A new card: what was drawn from the last one's data goes; header, footer and frame stay.
      while (header.nextSibling && header.nextSibling !== footer) card.removeChild(header.nextSibling);
      put(card, drawData(data, el, button), footer);
    }
    const style = card.style;
    style.left = `${position.left}px`;
    style.top = position.top === undefined ? 'auto' : `${position.top}px`;
    style.bottom = position.bottom === undefined ? 'auto' : `${position.bottom}px`;
    style.maxHeight = `${position.maxHeight}px`;
    if (pinned !== prev?.pinned) {
      pin.setAttribute('aria-pressed', String(pinned));
      pin.title = pinned ? 'Unpin' : 'Pin this card';
      pinText.data = pinned ? 'Pinned' : 'Pin';
    }
    addNote.setAttribute('aria-expanded', String(noteOpen));
    frame.hidden = !noteOpen;
    if (noteFrame !== src) frame.src = src = noteFrame;
    if (status !== prev?.status) {
      statusLine?.remove();
      statusLine = status ? el('p', { class: 'status', role: 'status' }, status) : null;
      if (statusLine) card.appendChild(statusLine);
    }
    // Focus, as the component's layout effects did: the card when it is (re)shown with autoFocus or
    // shows other data; the note frame when the note opens. Focusing the frame element gives its
    // window focus; the note page then focuses its text area.
    if ((!prev || autoFocus !== prev.autoFocus || data !== prev.data || hidden !== prev.hidden) && autoFocus && !hidden) card.focus({ preventScroll: true });
    if ((!prev || noteOpen !== prev.noteOpen) && noteOpen) frame.focus({ preventScroll: true });
    prev = next;
  };
}

/** What the card shows of its data, between the header and the footer. */
function drawData({ entity, claims }: CardData, el: Make, button: MakeButton): Child[] {
  const first = claims[0];
  return [
    entity && el('section', { class: 'entity' }, el('h2', null, entity.name), el('p', null, entity.description)),
    first && el('blockquote', { class: 'said' }, first.text),
    ...claims.map((claim) =>
      el(
        'section',
        { class: 'claim' },
        el(
          'p',
          { class: 'verdict' },
          el('span', { class: 'badge', 'data-verdict': claim.verdict }, el('span', { 'aria-hidden': 'true' }, VERDICT_MARK[claim.verdict], ' '), VERDICT_LABEL[claim.verdict]),
          el('span', { class: 'label' }, claim.label),
        ),
        el('p', { class: 'reason' }, claim.reason),
        el(
          'ul',
          { class: 'sources' },
          ...claim.sources.map((s) => {
            const agreement = agreementLabel(s.agrees);
            return el(
              'li',
              { class: `source ${agreement}` },
              el('span', { class: 'mark' }, agreement),
              el('span', { class: 'title' }, s.title),
              s.cites && el('span', { class: 'cites' }, ' (', s.cites, ')'),
              s.reader && el('span', { class: 'added' }, ' · added by you'),
              (s.says || s.asOf) &&
                el('span', { class: 'says' }, s.says ? ` says ${s.says}` : '', s.asOf && el('span', s.asOfNote === undefined ? null : { title: s.asOfNote }, ` as of ${s.asOf}`)),
              el('q', null, s.quote),
            );
          }),
        ),
        button({ class: 'compare' }, (p) => p.onOpenFact(claim.factId), 'Open full comparison'),
      ),
    ),
  ];
}
