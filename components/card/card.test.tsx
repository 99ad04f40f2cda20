// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { h, render } from 'preact';
import { buildCardData, type CardData, type HitLike } from './card-model';
import { HoverCard, type HoverCardProps } from './HoverCard';
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
    render(h(HoverCard, props(data, { onAddNote, onOpenFact, isReaderEvent: () => true })), root);
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
    render(h(HoverCard, props(data, { noteFrame: 'about:blank#note-token', noteOpen: true, isReaderEvent: () => true })), root);
    expect(card.querySelector('iframe')).toBe(frame); // the same frame: its document is kept
    expect(frame.hidden).toBe(false);
    expect(frame.getAttribute('src')).toBe('about:blank#note-token');
    expect(frame.getAttribute('title')).toBe('Note on this passage');
    expect(card.querySelector('textarea, input, [contenteditable]')).toBeNull();
    render(h(HoverCard, props(data, { status: 'Note saved.' })), root);
    expect(card.textContent).toContain('Note saved.');
    render(null, root);
  });

  test("buttons ignore a page's synthetic (untrusted) clicks", () => {
    const data = buildCardData([claim('mixed', 'users')], [mention, claim('mixed', 'users')], snapshot)!;
    const onAddNote = vi.fn();
    const onOpenFact = vi.fn();
    const onPin = vi.fn();
    const root = document.createElement('div');
    document.body.appendChild(root);
    render(h(HoverCard, props(data, { onAddNote, onOpenFact, onPin })), root);
    for (const b of root.querySelectorAll('button')) b.click();
    expect([onAddNote, onOpenFact, onPin].map((f) => f.mock.calls.length)).toEqual([0, 0, 0]);
    render(null, root);
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
