/**
 * The pre-filter may only skip text the engine finds nothing in. Checked
 * against the real engine on every paragraph of the three sources, every
 * labelled and holdout case, both engine fixture pages, and text written to
 * get around a naive test (names behind soft hyphens, odd spaces, across
 * paragraphs of one document via ScanContext).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../lib/engine';
import { loadSnapshot, REPO_ROOT } from '../../lib/cli/snapshot';
import { anchorKeys, anchorRegex, createPrefilter } from '../../lib/dom/prefilter';
import { prefilterSpec } from '../../lib/dom/prefilter-spec';
import type { EntityId } from '../../lib/model';
import { HOLDOUT } from '../engine/holdout';
import { LABELLED } from '../engine/labelled';

const snapshot = loadSnapshot();
const engine = createEngine(snapshot);
const prefilter = createPrefilter(prefilterSpec(snapshot));

const paragraphs = (text: string): string[] => text.split(/\n\s*\n/).filter((p) => p.trim());
const htmlText = (html: string): string[] =>
  paragraphs(html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, '').replace(/<\/(p|div|li|h\d|article|section|header|footer|td|blockquote)>/gi, '\n\n').replace(/<[^>]+>/g, ''));

/** Scans `docs` block by block like the page scanner; returns the blocks the filter wrongly skipped. */
function missed(docs: string[][]): string[] {
  const bad: string[] = [];
  for (const blocks of docs) {
    const named = new Set<EntityId>();
    // What the content script knows of `named` without the engine (it runs in the background): the
    // entities whose names the pre-filter saw, a superset of what the engine counts as named.
    const seen = new Set<EntityId>();
    for (const text of blocks) {
      const pass = prefilter.mayMatch(text, seen);
      const found = engine.scan(text, { named });
      if (!pass && (found.mentions.length || found.claims.length)) bad.push(text);
      if (pass) for (const id of prefilter.namedIn(text)) seen.add(id);
      for (const id of named) if (!seen.has(id)) bad.push(`named ${id} unseen after: ${text}`);
    }
  }
  return bad;
}

describe('pre-filter anchors', () => {
  it('keeps only the shortest distinct form of each alias', () => {
    const keys = anchorKeys(snapshot.entities.flatMap((e) => e.aliases.map((a) => a.text)));
    expect(keys).toEqual(['binance', 'changpeng', 'cz', 'usd1', 'wlf', 'world liberty', 'zhao']);
  });

  it('matches across any whitespace and case, and not inside other words', () => {
    const re = anchorRegex(['binance', 'world liberty', 'cz'])!;
    expect(re.test('WORLD\u00a0\n Liberty')).toBe(true);
    expect(re.test('binance')).toBe(true);
    expect(re.test('the Czech Republic')).toBe(true); // a candidate for the engine's own guard
    expect(re.test('worldliberty, abinance')).toBe(false);
  });
});

describe('pre-filter never hides what the engine finds', () => {
  const root = REPO_ROOT;
  it('on every paragraph of the bundled sources, each scanned as one document', () => {
    const ids = [...new Set(snapshot.facts.flatMap((f) => f.reports.map((r) => r.source)))];
    expect(ids.length).toBe(3);
    const docs = ids.map((id) => paragraphs(readFileSync(join(root, 'seeds/sources', `${id}.txt`), 'utf8')));
    expect(missed(docs)).toEqual([]);
  });

  it('on every labelled and holdout case, alone and after a paragraph naming each entity', () => {
    const cases = [...LABELLED, ...HOLDOUT].map((c) => c.text);
    const lead = ['Binance settled.', 'Changpeng Zhao spoke.', 'World Liberty Financial said so.', 'USD1 grew.'];
    expect(missed(cases.map((t) => [t]))).toEqual([]);
    expect(missed(lead.flatMap((l) => cases.map((t) => [l, t])))).toEqual([]);
  });

  it('on the engine fixture pages', () => {
    const dir = join(root, 'tests/engine/fixtures');
    const docs = ['news-article.html', 'forum-thread.html'].map((f) => htmlText(readFileSync(join(dir, f), 'utf8')));
    expect(missed(docs)).toEqual([]);
  });

  it('on names hidden by soft hyphens, zero-width and no-break spaces', () => {
    const tricky = ['Bi\u00adnance fined', 'World\u00a0Liberty Financial', 'Chang\u200bpeng Zhao left prison', 'World\u2009Liberty said', 'W\u200dLFI token'];
    for (const t of tricky) expect(prefilter.mayMatch(t, new Set()), t).toBe(true);
    expect(missed(tricky.map((t) => [t]))).toEqual([]);
  });

  it('lets document-wide claims through once the page has named their entity, and only then', () => {
    // A sentence with no name, but a rule that fires anywhere in a document about Binance.
    const wide = 'The Justice Department disbanded its crypto enforcement unit last spring.';
    expect(prefilter.mayMatch(wide, new Set())).toBe(false);
    expect(prefilter.mayMatch(wide, new Set<EntityId>(['binance']))).toBe(true);
    expect(missed([['Binance pleaded guilty in 2023.', wide]])).toEqual([]);
  });

  it('skips plain prose', () => {
    const plain = 'The committee met on Tuesday to discuss the budget for the coming year, and adjourned at noon.';
    expect(prefilter.mayMatch(plain, new Set())).toBe(false);
    expect(prefilter.mayMatch(plain, new Set<EntityId>(['binance', 'cz', 'wlfi', 'usd1']))).toBe(false);
  });
});
