import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine';
import { loadSnapshot } from '../cli/snapshot';
import { DEV } from '../../tests/engine/real/dev';
import { checkReaderSource, readerSourceId, type ReaderSource } from './reader-source';
import { withReaderSources } from './merge';
import { proposeReports } from './propose';

const snapshot = loadSnapshot();
const engine = createEngine(snapshot);

// A real article (tests/engine/real/dev.ts): Semafor on the 2023 settlement.
const semafor = DEV.find((c) => c.id === 'dev-002')!;

function sourceFrom(url: string, text: string, pageDate?: string): ReaderSource {
  const p = proposeReports(engine, snapshot, { url, title: 'A page', text, ...(pageDate ? { pageDate } : {}) });
  if (!p.ok) throw new Error(p.error);
  return { id: readerSourceId(url), title: p.title, url, publisher: p.publisher, ...(p.asOf ? { asOf: p.asOf } : {}), text, reports: p.proposals.map(({ label: _l, verdict: _v, valueText: _t, ...r }) => r), enabled: true, addedAt: 1 };
}

describe('reader sources', () => {
  it('proposes one report per fact a real page states in full, each quote verbatim in its text', () => {
    const p = proposeReports(engine, snapshot, { url: semafor.url, title: 'CZ steps down', text: semafor.text, pageDate: semafor.published });
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.publisher).toBe('semafor.com');
    expect(p.asOf).toBe('2023-11-21');
    const facts = p.proposals.map((r) => r.fact);
    expect(new Set(facts).size).toBe(facts.length);
    expect(facts).toContain('us-fine');
    for (const r of p.proposals) expect(semafor.text.includes(r.quote), r.quote).toBe(true);
    // Zhao's personal $50 million is not proposed as Binance's fine: the fine proposed is the $4.3 billion.
    const fine = p.proposals.find((r) => r.fact === 'us-fine')!;
    expect(fine.value).toMatchObject({ type: 'money', amount: 4.3e9 });
    expect(checkReaderSource(sourceFrom(semafor.url, semafor.text, semafor.published), snapshot)).toMatchObject({ ok: true });
  });

  it('refuses a page with nothing to add, an empty or a huge one, with a clear message', () => {
    expect(proposeReports(engine, snapshot, { url: 'https://example.org/', title: 'Weather', text: 'Light rain in the north; clear skies on the coast.' })).toMatchObject({ ok: false, error: expect.stringMatching(/does not name/) });
    expect(proposeReports(engine, snapshot, { url: 'https://example.org/', title: '', text: '   ' })).toMatchObject({ ok: false, error: expect.stringMatching(/no text/) });
    expect(proposeReports(engine, snapshot, { url: 'https://example.org/', title: '', text: 'Binance '.repeat(60_000) })).toMatchObject({ ok: false, error: expect.stringMatching(/too long/) });
    expect(proposeReports(engine, snapshot, { url: 'https://example.org/', title: '', text: 'Binance is an exchange. People talk about it.' })).toMatchObject({ ok: false, error: expect.stringMatching(/no figure/) });
  });

  it('checks every quote against the stored text and every value against its quote', () => {
    const good = sourceFrom(semafor.url, semafor.text, semafor.published);
    const forged = { ...good, reports: good.reports.map((r, i) => (i === 0 ? { ...r, quote: `${r.quote} (edited)` } : r)) };
    expect(checkReaderSource(forged, snapshot)).toMatchObject({ ok: false, errors: [expect.stringMatching(/not in the page's text/)] });
    const fine = good.reports.find((r) => r.fact === 'us-fine')!;
    const wrongValue = { ...good, reports: [{ ...fine, value: { type: 'money', currency: 'USD', amount: 9e9, qualifier: 'exact' } }] };
    expect(checkReaderSource(wrongValue, snapshot)).toMatchObject({ ok: false, errors: [expect.stringMatching(/not what the quote says/)] });
    expect(checkReaderSource({ ...good, reports: [{ ...fine, fact: 'no-such-fact' }] }, snapshot)).toMatchObject({ ok: false });
    expect(checkReaderSource({ ...good, text: 'x'.repeat(500_000) }, snapshot)).toMatchObject({ ok: false });
  });

  it('joins the comparison: a later page agreeing with the reader source is supported, and switched off it is not', () => {
    const later = 'Binance now has more than 300 million registered users, the company said on Tuesday.';
    const page = { named: new Set<never>(), pageDate: '2025-12-10' } as const;
    const before = engine.scan(later, { ...page, named: new Set() }).claims.find((c) => c.fact === 'binance-users')!;
    const reader = sourceFrom('https://news.example/binance-300m', 'Binance said on Monday that it has 300 million users worldwide.', '2025-12-08');
    expect(reader.reports.map((r) => r.fact)).toEqual(['binance-users']);
    const merged = withReaderSources(snapshot, [reader]);
    expect(merged.version).not.toBe(snapshot.version);
    expect(merged.sources.at(-1)).toMatchObject({ id: reader.id, reader: true, cites: 'news.example', asOf: '2025-12-08' });
    const after = createEngine(merged).scan(later, { ...page, named: new Set() }).claims.find((c) => c.fact === 'binance-users')!;
    expect(after.sources.find((s) => s.source === reader.id)?.agrees).toBe(true);
    expect(after.verdict).toBe('supported');
    expect(before.sources.some((s) => s.source === reader.id)).toBe(false);
    // Switched off: kept, but not compared.
    expect(withReaderSources(snapshot, [{ ...reader, enabled: false }])).toBe(snapshot);
  });
});
