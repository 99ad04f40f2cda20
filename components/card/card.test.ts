// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { buildCardData, type CardData, type HitLike } from './card-model';
import { renderHoverCard, type HoverCardProps } from './hover-card';
import { placeCard } from './card-host';
import type { ClaimSnapshot } from '../../lib/model';

const snapshot = {
  version: 't',
  sources: [
    { id: '000_aaaaaaaaaaaaaaaa', cites: 'unnamed reports', title: 'Comeback' },
    { id: '002_bbbbbbbbbbbbbbbb', cites: 'Bloomberg', title: 'USD1 code' },
  ],
  entities: [{ id: 'binance', name: 'Binance', description: 'Crypto exchange.', aliases: [{ text: 'Binance', caseSensitive: false, needsContext: false }] }],
  parties: [],
  facts: [],
} as unknown as ClaimSnapshot;

const text = 'Binance says it serves 300 million users.';
const block = { text };
const mention: HitLike = { kind: 'mention', start: 0, end: 7, block, mention: { entity: 'binance', start: 0, end: 7, text: 'Binance' } };
const claim = (verdict: 'mixed' | 'supported', fact: string): HitLike => ({
  kind: 'claim',
  start: 0,
  end: text.length,
  block,
  claim: {
    start: 0,
    end: text.length,
    text,
    fact,
    verdict,
    reason: 'this page says 300 million; the sources say 250 million (1) and 275 million (1)',
    sources: [
      { source: '000_aaaaaaaaaaaaaaaa', quote: 'boasting 250 million users', agrees: false },
      { source: '002_bbbbbbbbbbbbbbbb', quote: 'its 275 million users', agrees: null },
    ],
  },
});

describe('card model', () => {
  test('a hovered name brings the claims of its sentence, gravest first, with source names', () => {
    const data = buildCardData([mention], [mention, claim('supported', 'rank'), claim('mixed', 'users')], snapshot)!;
    expect(data.entity).toEqual({ id: 'binance', name: 'Binance', description: 'Crypto exchange.' });
    expect(data.claims.map((c) => c.verdict)).toEqual(['mixed', 'supported']);
    expect(data.claims[0]!.sources.map((s) => `${s.title}/${s.cites}/${s.agrees}`)).toEqual(['Comeback/unnamed reports/false', 'USD1 code/Bloomberg/null']);
    expect(data.passage).toEqual({ exact: text, prefix: '', suffix: '' });
  });

  test('nothing under the pointer: no card', () => {
    expect(buildCardData([], [], snapshot)).toBeNull();
  });
});

describe('HoverCard', () => {
  const props = (data: CardData, over: Partial<HoverCardProps> = {}): HoverCardProps => ({
    data,
    pinned: false,
    position: { left: 10, top: 10, maxHeight: 400 },
    autoFocus: false,
    noteFrame: 'about:blank#',
    noteOpen: false,
    status: null,
    onPin: () => {},
    onClose: () => {},
    onAddNote: () => {},
    onOpenFact: () => {},
    ...over,
  });

  test('renders verdict, reason, quotes with agrees/conflicts/neither; the note field is a frame, not a text area', async () => {
    const data = buildCardData([claim('mixed', 'users')], [mention, claim('mixed', 'users')], snapshot)!;
    const onAddNote = vi.fn();
    const onOpenFact = vi.fn();
    const root = document.createElement('div');
    document.body.appendChild(root);
    // happy-dom's click() is untrusted; a page's is too. Here every event counts as the reader's.
    renderHoverCard(root, props(data, { onAddNote, onOpenFact, isReaderEvent: () => true }));
    const card = root.querySelector('[role="dialog"]')!;
    expect(card.getAttribute('aria-label')).toContain('Mixed');
    expect(card.textContent).toContain('this page says 300 million; the sources say 250 million (1) and 275 million (1)');
    expect([...card.querySelectorAll('.source .mark')].map((m) => m.textContent)).toEqual(['conflicts', 'neither']);
    // Not focused on hover: the reader's focus stays where it was.
    expect(document.activeElement).not.toBe(card);
    (card.querySelector('.compare') as HTMLButtonElement).click();
    expect(onOpenFact).toHaveBeenCalledWith('users');
    const addNote = [...card.querySelectorAll('button')].find((b) => b.textContent === 'Add note')!;
    addNote.click();
    expect(onAddNote).toHaveBeenCalledTimes(1);
    // The controller answers with the note frame's address: an iframe, and no text field in the card.
    const frame = card.querySelector('iframe')!;
    expect(frame.hidden).toBe(true); // loaded with the card, shown when a note is opened
    renderHoverCard(root, props(data, { noteFrame: 'about:blank#note-token', noteOpen: true, isReaderEvent: () => true }));
    expect(card.querySelector('iframe')).toBe(frame); // the same frame: its document is kept
    expect(frame.hidden).toBe(false);
    expect(frame.getAttribute('src')).toBe('about:blank#note-token');
    expect(frame.getAttribute('title')).toBe('Note on this passage');
    expect(card.querySelector('textarea, input, [contenteditable]')).toBeNull();
    renderHoverCard(root, props(data, { status: 'Note saved.' }));
    expect(card.textContent).toContain('Note saved.');
    renderHoverCard(root, null);
  });

  test("buttons ignore a page's synthetic (untrusted) clicks", () => {
    const data = buildCardData([claim('mixed', 'users')], [mention, claim('mixed', 'users')], snapshot)!;
    const onAddNote = vi.fn();
    const onOpenFact = vi.fn();
    const onPin = vi.fn();
    const root = document.createElement('div');
    document.body.appendChild(root);
    renderHoverCard(root, props(data, { onAddNote, onOpenFact, onPin }));
    for (const b of root.querySelectorAll('button')) b.click();
    expect([onAddNote, onOpenFact, onPin].map((f) => f.mock.calls.length)).toEqual([0, 0, 0]);
    renderHoverCard(root, null);
  });

  test('the note frame is one element for the mount: kept through re-renders, a hide and show, and a new card', () => {
    const data = buildCardData([claim('mixed', 'users')], [mention, claim('mixed', 'users')], snapshot)!;
    const other = buildCardData([claim('supported', 'rank')], [claim('supported', 'rank')], snapshot)!;
    const root = document.createElement('div');
    document.body.appendChild(root);
    renderHoverCard(root, props(data));
    const card = root.querySelector('[role="dialog"]') as HTMLElement;
    const frame = card.querySelector('iframe')!;
    // Detaching an iframe unloads its document: the frame must never leave the card.
    const watch = new MutationObserver(() => {});
    watch.observe(root, { childList: true, subtree: true });
    const setSrc = vi.spyOn(frame, 'src', 'set');
    renderHoverCard(root, props(data, { pinned: true })); // same data: pin toggled
    renderHoverCard(root, props(data, { noteOpen: true, noteFrame: 'about:blank#t1' }));
    renderHoverCard(root, props(data, { noteOpen: false, noteFrame: 'about:blank#t1', hidden: true })); // closed (card-host)
    expect(card.hidden).toBe(true);
    expect(frame.hidden).toBe(true);
    renderHoverCard(root, props(data, { noteFrame: 'about:blank#t1' })); // shown again
    expect(card.hidden).toBe(false);
    renderHoverCard(root, props(other, { noteFrame: 'about:blank#t1', status: 'Note saved.' })); // a new card
    expect(card.getAttribute('aria-label')).toContain('Supported');
    expect(card.textContent).not.toContain('Mixed');
    expect(root.querySelectorAll('[role="dialog"]')).toHaveLength(1);
    expect(root.querySelector('[role="dialog"]')).toBe(card);
    expect(card.querySelectorAll('iframe')).toHaveLength(1);
    expect(card.querySelector('iframe')).toBe(frame);
    expect(watch.takeRecords().flatMap((r) => [...r.removedNodes])).not.toContain(frame);
    // The address was set once, when the token came: re-renders with the same one do not reload it.
    expect(setSrc.mock.calls).toEqual([['about:blank#t1']]);
    watch.disconnect();
    renderHoverCard(root, null);
    expect(root.childNodes).toHaveLength(0);
  });

  test('focus: the card when shown with autoFocus, the frame when the note opens; a re-render of the same card leaves it where it is', () => {
    const data = buildCardData([claim('mixed', 'users')], [mention, claim('mixed', 'users')], snapshot)!;
    const root = document.createElement('div');
    document.body.appendChild(root);
    renderHoverCard(root, props(data));
    const card = root.querySelector('[role="dialog"]') as HTMLElement;
    const frame = card.querySelector('iframe')!;
    const pin = card.querySelector('button') as HTMLButtonElement;
    expect(document.activeElement).not.toBe(card);
    renderHoverCard(root, props(data, { autoFocus: true }));
    expect(document.activeElement).toBe(card);
    // The reader's click on Pin focused it; the re-render that follows (pinned, a status line) keeps it.
    pin.focus();
    renderHoverCard(root, props(data, { autoFocus: true, pinned: true }));
    renderHoverCard(root, props(data, { autoFocus: true, pinned: true, status: 'Note saved.' }));
    expect(document.activeElement).toBe(pin);
    expect([pin.textContent, pin.getAttribute('aria-pressed'), pin.title]).toEqual(['Pinned', 'true', 'Unpin']);
    // Hidden, then shown again: the card takes focus again.
    renderHoverCard(root, props(data, { autoFocus: true, hidden: true }));
    pin.blur();
    renderHoverCard(root, props(data, { autoFocus: true, hidden: false }));
    expect(document.activeElement).toBe(card);
    const addNote = [...card.querySelectorAll('button')].find((b) => b.textContent === 'Add note')!;
    expect(addNote.getAttribute('aria-expanded')).toBe('false');
    renderHoverCard(root, props(data, { autoFocus: true, noteOpen: true }));
    expect(document.activeElement).toBe(frame);
    expect(addNote.getAttribute('aria-expanded')).toBe('true');
    // Once its document has loaded, the open note's frame is focused again (blur, then focus).
    const blur = vi.spyOn(frame, 'blur');
    const focus = vi.spyOn(frame, 'focus');
    frame.dispatchEvent(new Event('load'));
    expect([blur.mock.calls.length, focus.mock.calls.length]).toEqual([1, 1]);
    renderHoverCard(root, props(data, { autoFocus: true, noteOpen: false }));
    frame.dispatchEvent(new Event('load'));
    expect([blur.mock.calls.length, focus.mock.calls.length]).toEqual([1, 1]);
    renderHoverCard(root, null);
  });

  test('what a source says, its date, "added by you", and the verdict marks', () => {
    const data: CardData = {
      claims: [
        {
          factId: 'users',
          label: 'How many users?',
          verdict: 'contradicted',
          text,
          reason: 'r',
          sources: [
            { id: 'a', title: 'A', cites: 'Bloomberg', quote: 'q1', says: '250 million', asOf: '2025-03', asOfNote: 'about March 2025', reader: true, agrees: false },
            { id: 'b', title: 'B', cites: '', quote: 'q2', asOf: '2025', agrees: true },
          ],
        },
      ],
      passage: { exact: text, prefix: '', suffix: '' },
    };
    const root = document.createElement('div');
    document.body.appendChild(root);
    renderHoverCard(root, props(data));
    const card = root.querySelector('[role="dialog"]') as HTMLElement;
    expect(card.className).toBe('card verdict-contradicted');
    expect(card.getAttribute('aria-label')).toBe('ClaimLens: Contradicted — How many users?');
    expect(card.getAttribute('tabindex')).toBe('-1');
    expect([card.style.left, card.style.top, card.style.bottom, card.style.maxHeight]).toEqual(['10px', '10px', 'auto', '400px']);
    const badge = card.querySelector('.badge')!;
    expect([badge.getAttribute('data-verdict'), badge.querySelector('[aria-hidden="true"]')!.textContent, badge.textContent]).toEqual(['contradicted', '✗ ', '✗ Contradicted']);
    const [a, b] = [...card.querySelectorAll('li')];
    expect(a!.className).toBe('source conflicts');
    expect(a!.textContent).toBe('conflictsA (Bloomberg) · added by you says 250 million as of 2025-03q1');
    expect(a!.querySelector('.says [title]')!.getAttribute('title')).toBe('about March 2025');
    expect(b!.className).toBe('source agrees');
    expect(b!.textContent).toBe('agreesB as of 2025q2');
    expect(b!.querySelector('.says span')!.hasAttribute('title')).toBe(false);
    expect(card.querySelector('.said')!.textContent).toBe(text);
    expect(card.querySelector('.entity')).toBeNull();
    expect(card.querySelector('.status')).toBeNull();
    renderHoverCard(root, props(data, { status: 'Could not start a note: x' }));
    expect(card.querySelector('.status[role="status"]')!.textContent).toBe('Could not start a note: x');
    renderHoverCard(root, props(data, { status: null }));
    expect(card.querySelector('.status')).toBeNull();
    renderHoverCard(root, null);
  });

  test('a page that clobbers document.createElement and createTextNode cannot stop the card', () => {
    const data = buildCardData([claim('mixed', 'users')], [mention, claim('mixed', 'users')], snapshot)!;
    const root = document.createElement('div');
    document.body.appendChild(root);
    const img = document.createElement('img');
    const names = ['createElement', 'createTextNode'];
    // Named properties as a page's <img name="createElement"> would make them (happy-dom has none of its own;
    // its createElement calls this.createElementNS, which a browser's never does, so that one stays).
    for (const name of names) Object.defineProperty(document, name, { configurable: true, value: img });
    try {
      renderHoverCard(root, props(data));
    } finally {
      for (const name of names) delete (document as unknown as Record<string, unknown>)[name];
    }
    expect(root.querySelector('[role="dialog"]')!.textContent).toContain('this page says 300 million');
    renderHoverCard(root, null);
  });
});

describe('placeCard', () => {
  const viewport = { width: 1000, height: 800 };
  test('below the anchor when it fits, above (growing upwards) when it does not', () => {
    expect(placeCard({ left: 100, top: 100, bottom: 120 }, viewport, 300)).toEqual({ left: 100, top: 126, maxHeight: 440 });
    const above = placeCard({ left: 900, top: 700, bottom: 720 }, viewport, 300);
    expect(above).toEqual({ left: 1000 - 380 - 8, bottom: 106, maxHeight: 440 });
  });
});
