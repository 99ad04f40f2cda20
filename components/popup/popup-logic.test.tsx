import { describe, expect, test } from 'vitest';
import type { CompiledFact } from '../../lib/model';
import type { Finding } from '../../lib/messages';
import { filterFacts, NO_FILTER } from './fact-filter';
import { mentionLines, orderClaims, stepIndex, summaryText, verdictCounts } from './page-summary';
import { restrictedPageReason, sendFailureReason } from './page-support';
import { findSubstrings, segmentText } from './quote-marks';
import { resolveTargetTab, requestFindings, type TabsApi } from './tab-link';

describe('pages ClaimLens cannot read', () => {
  test.each([
    ['chrome://extensions', /browser’s own pages/],
    ['edge://settings', /browser’s own pages/],
    ['about:blank', /browser’s own pages/],
    ['view-source:https://example.com', /page sources/],
    ['https://chromewebstore.google.com/detail/x', /extension store/],
    ['https://chrome.google.com/webstore/category/extensions', /extension store/],
    ['chrome-extension://abc/popup.html', /extension’s page/],
    ['ftp://example.com/', /web pages only/],
  ])('%s', (url, reason) => {
    expect(restrictedPageReason(url)).toMatch(reason);
  });
  test('web pages, files and unknown URLs are tried', () => {
    expect(restrictedPageReason('https://news.example/a')).toBeNull();
    expect(restrictedPageReason('http://127.0.0.1:8080/')).toBeNull();
    expect(restrictedPageReason('file:///tmp/a.html')).toBeNull();
    expect(restrictedPageReason(undefined)).toBeNull();
  });
  test('no content script: a browser page, or a tab that needs a reload', () => {
    const reason = sendFailureReason(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(reason).toMatch(/their own pages/);
    expect(reason).toMatch(/reload it/);
    expect(sendFailureReason(new Error('boom'))).toMatch(/could not read this page \(boom\)/);
  });
});

describe('the target tab', () => {
  const own = 'chrome-extension://abc';
  const fake = (tabs: { id: number; url?: string; active?: boolean; lastAccessed?: number }[], reply: unknown = null): TabsApi => ({
    query: async (q) => (q.active ? tabs.filter((t) => t.active) : tabs),
    get: async (id) => {
      const tab = tabs.find((t) => t.id === id);
      if (!tab) throw new Error('No tab with id');
      return tab;
    },
    sendMessage: async () => reply,
  });
  test('?tab=ID wins; junk is ignored', async () => {
    const api = fake([{ id: 1, url: 'https://a.test/', active: true }, { id: 7, url: 'https://b.test/' }]);
    expect(await resolveTargetTab(api, '?tab=7', own)).toMatchObject({ id: 7 });
    expect(await resolveTargetTab(api, '?tab=99', own)).toBeNull();
    expect(await resolveTargetTab(api, '?tab=7;drop', own)).toMatchObject({ id: 1 });
  });
  test('our own page in front: the most recently used other tab', async () => {
    const api = fake([
      { id: 1, url: `${own}/popup.html`, active: true, lastAccessed: 30 },
      { id: 2, url: 'https://old.test/', lastAccessed: 10 },
      { id: 3, url: 'https://recent.test/', lastAccessed: 20 },
    ]);
    expect(await resolveTargetTab(api, '', own)).toMatchObject({ id: 3 });
    // Other tabs' URLs are hidden without the "tabs" permission: still candidates.
    const hidden = fake([
      { id: 1, url: `${own}/popup.html`, active: true, lastAccessed: 30 },
      { id: 4, lastAccessed: 25 },
    ]);
    expect(await resolveTargetTab(hidden, '', own)).toMatchObject({ id: 4 });
  });
  test('replies are validated', async () => {
    await expect(requestFindings(fake([], { ok: false, error: 'paused' }), 1)).rejects.toThrow('paused');
    await expect(requestFindings(fake([], '<html>'), 1)).rejects.toThrow(/unexpected/);
    const value = { url: 'https://a.test/', title: 'A', mentions: 1, claims: 0, findings: [{ id: 0, kind: 'mention', entity: 'binance', text: 'Binance' }] };
    expect(await requestFindings(fake([], { ok: true, value }), 1)).toEqual(value);
  });
});

describe('This page: summary, claim order, mention lines', () => {
  const f = (id: number, kind: Finding['kind'], entity: string, verdict?: Finding['verdict']): Finding => ({ id, kind, entity, verdict, text: `t${id}` });
  const findings = [
    f(0, 'mention', 'cz'),
    f(1, 'claim', 'binance', 'supported'),
    f(2, 'claim', 'binance', 'related'),
    f(3, 'mention', 'binance'),
    f(4, 'claim', 'cz', 'contradicted'),
    f(5, 'claim', 'binance', 'supported'),
    f(6, 'mention', 'binance'),
    f(7, 'claim', 'wlfi', 'mixed'),
    f(8, 'mention', 'cz'),
  ];
  const entities = [
    { id: 'binance', name: 'Binance' },
    { id: 'wlfi', name: 'World Liberty Financial' },
    { id: 'cz', name: 'Changpeng Zhao' },
  ] as const;
  test('counts per verdict, worst first, only those present', () => {
    const counts = verdictCounts(findings);
    expect(summaryText(counts)).toBe('1 contradicted · 1 mixed · 2 supported · 1 related');
    expect(counts.map((c) => c.words)).toEqual(['1 contradicted', '1 mixed', '2 supported', '1 related']);
    expect(summaryText(verdictCounts([f(1, 'claim', 'binance', 'supported'), f(0, 'mention', 'cz')]))).toBe('1 supported');
    expect(verdictCounts([f(0, 'mention', 'cz')])).toEqual([]);
  });
  test('claims ordered contradicted, mixed, supported, related; page order within a verdict', () => {
    expect(orderClaims(findings).map((c) => c.id)).toEqual([4, 7, 1, 5, 2]);
  });
  test('one mention line per entity, in entity order, with its mentions in page order', () => {
    const lines = mentionLines(findings, entities);
    expect(lines.map((l) => [l.name, l.mentions.map((m) => m.id)])).toEqual([
      ['Binance', [3, 6]],
      ['Changpeng Zhao', [0, 8]],
    ]);
  });
  test('previous/next wrap around', () => {
    expect(stepIndex(-1, 1, 3)).toBe(0);
    expect(stepIndex(-1, -1, 3)).toBe(2);
    expect(stepIndex(2, 1, 3)).toBe(0);
    expect(stepIndex(0, -1, 3)).toBe(2);
    expect(stepIndex(0, 1, 0)).toBe(-1);
  });
});

describe('fact filters', () => {
  const fact = (id: string, status: CompiledFact['agreement']['status'], entity: CompiledFact['entities'][number], quote: string): CompiledFact => ({
    id,
    label: `Question ${id}`,
    entities: [entity],
    kind: 'text',
    reports: [{ source: 's', quote, summary: 'x' }],
    agreement: { status, reason: '' },
  });
  const facts = [fact('a', 'conflict', 'binance', '250 million users'), fact('b', 'agree', 'cz', 'four months in prison'), fact('c', 'single', 'binance', 'USD1 listing')];
  test('search words, entity and agreement combine', () => {
    expect(filterFacts(facts, NO_FILTER)).toHaveLength(3);
    expect(filterFacts(facts, { ...NO_FILTER, query: 'MILLION users' }).map((f) => f.id)).toEqual(['a']);
    expect(filterFacts(facts, { ...NO_FILTER, entity: 'binance' }).map((f) => f.id)).toEqual(['a', 'c']);
    expect(filterFacts(facts, { ...NO_FILTER, entity: 'binance', agreement: 'single' }).map((f) => f.id)).toEqual(['c']);
    expect(filterFacts(facts, { ...NO_FILTER, query: 'nothing-like-this' })).toEqual([]);
  });
});

describe('marking values in quotes', () => {
  test('segments around merged spans', () => {
    expect(segmentText('boasting 250 million users', [{ start: 9, end: 20 }])).toEqual([
      { text: 'boasting ', marked: false },
      { text: '250 million', marked: true },
      { text: ' users', marked: false },
    ]);
    expect(segmentText('abcdef', [{ start: 1, end: 3 }, { start: 2, end: 4 }, { start: 9, end: 12 }])).toEqual([
      { text: 'a', marked: false },
      { text: 'bcd', marked: true },
      { text: 'ef', marked: false },
    ]);
    expect(segmentText('', [])).toEqual([{ text: '', marked: false }]);
  });
  test('substring search, case-insensitive, no overlaps', () => {
    expect(findSubstrings('Over $4 billion, over $4 billion', ['over $4 billion', '$4'])).toEqual([
      { start: 0, end: 15 },
      { start: 17, end: 32 },
    ]);
  });
});
