import { beforeEach, describe, expect, test, vi } from 'vitest';
import { DEFAULT_MARKS } from '../marks';
import { fakeBrowser } from 'wxt/testing';
import type { Runtime } from 'webextension-polyfill';
import Dexie from 'dexie';
import { route, type RouterDeps } from './router';
import { createDbContext } from './db-context';
import { createScanService } from './scan-service';
import { createTabStore } from './tab-store';
import { setupBackground, type BackgroundApi } from './setup';
import { nextBundle } from '../../tests/unit/db-helpers';

const api = fakeBrowser as unknown as BackgroundApi;
const EXT = 'chrome-extension://test-extension-id/';
const content = (tabId = 7, frameId = 0, url = 'https://news.example.org/story#top'): Runtime.MessageSender => ({
  id: 'test-extension-id',
  tab: { id: tabId } as never,
  frameId,
  url,
});
const popup: Runtime.MessageSender = { id: 'test-extension-id', url: `${EXT}popup.html` };

let dbName: string;
let deps: RouterDeps;
let counter = 0;
beforeEach(async () => {
  fakeBrowser.reset();
  dbName = `claimlens-bg-test-${process.pid}-${++counter}`;
  const db = createDbContext(nextBundle, api, { name: dbName });
  deps = { api, db, tabs: createTabStore(api), scans: createScanService(async () => (await db.repo()).getSnapshot()) };
  return async () => {
    (await deps.db.repo()).db?.close();
    await Dexie.delete(dbName);
  };
});

const findings = (claims: number) => ({
  type: 'tab:findings',
  data: {
    mentions: claims + 2,
    claims,
    findings: Array.from({ length: claims }, (_, id) => ({ id, kind: 'claim', fact: 'binance-users', verdict: 'contradicted', text: '300 million users' })),
  },
});

describe('router checks', () => {
  test('a malformed message gets ok:false and changes nothing', async () => {
    for (const raw of [null, 'snapshot:get', { type: 'nope', data: {} }, { type: 'site:set', data: { host: 1 } }, { type: 'tab:findings' }]) {
      const result = await route(raw, popup, deps);
      expect(result.ok, JSON.stringify(raw)).toBe(false);
    }
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  test('senders outside this extension, or without tab or extension URL, are refused', async () => {
    const message = { type: 'snapshot:get', data: {} };
    expect(await route(message, { ...content(), id: 'other-extension' }, deps)).toEqual({ ok: false, error: 'sender refused' });
    expect(await route(message, { id: 'test-extension-id', url: 'https://evil.example/' }, deps)).toEqual({ ok: false, error: 'sender refused' });
    expect(await route(message, { id: 'test-extension-id' }, deps)).toEqual({ ok: false, error: 'sender refused' });
    expect((await route(message, content(), deps)).ok).toBe(true);
    expect((await route(message, popup, deps)).ok).toBe(true);
  });

  test('a content script may not flip settings; the popup may not report findings; page:* is not ours', async () => {
    expect(await route({ type: 'pause:set', data: { paused: true } }, content(), deps)).toMatchObject({ ok: false });
    expect(await route({ type: 'site:set', data: { host: 'x.example', enabled: false } }, content(), deps)).toMatchObject({ ok: false });
    expect(await route(findings(1), popup, deps)).toMatchObject({ ok: false });
    expect(await route({ type: 'page:findings', data: {} }, popup, deps)).toMatchObject({ ok: false, error: expect.stringMatching(/content script/) });
    expect((await (await deps.db.repo()).getSettings()).paused).toBe(false);
  });
});

describe('handlers', () => {
  test('page:scan, page:prefilter and card:get answer content scripts only', async () => {
    const scan = { type: 'page:scan', data: { blocks: ['Binance has 300 million users.'], named: [] } };
    const reply = await route(scan, content(), deps);
    expect(reply).toMatchObject({ ok: true, value: { named: ['binance'] } });
    expect((reply as { value: { results: { claims: unknown[] }[] } }).value.results[0]!.claims.length).toBeGreaterThan(0);
    expect(await route(scan, popup, deps)).toMatchObject({ ok: false, error: expect.stringContaining('not accepted') });
    expect(await route({ type: 'card:get', data: { facts: ['binance-users'] } }, { ...popup, id: 'another-extension' }, deps)).toMatchObject({ ok: false });
    expect(await route({ type: 'page:prefilter', data: {} }, content(), deps)).toMatchObject({ ok: true, value: { anchor: expect.any(String) } });
  });

  test('snapshot:get answers from the seeded database', async () => {
    const result = await route({ type: 'snapshot:get', data: {} }, content(), deps);
    expect(result).toEqual({ ok: true, value: nextBundle().snapshot });
    expect((await deps.db.repo()).status().state).toBe('ok');
    expect((await fakeBrowser.storage.local.get('claimlens:db-status'))['claimlens:db-status']).toMatchObject({ state: 'ok' });
  });

  test('tab:findings is kept per frame in session storage and the badge shows the tab total', async () => {
    expect(await route(findings(3), content(7, 0), deps)).toEqual({ ok: true, value: null });
    await route(findings(2), content(7, 5, 'https://frame.example/'), deps);
    await route(findings(4), content(8, 0), deps);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('5');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('4');
    const tab = await deps.tabs.get(7);
    expect(tab).toMatchObject({ claims: 5, mentions: 9 });
    expect(tab.frames[5]).toEqual({ url: 'https://frame.example/', mentions: 4, claims: 2, at: expect.any(Number) });
    // A report with zero claims clears the number.
    await route(findings(0), content(8, 0), deps);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('');
  });

  test('the badge colour follows the worst verdict in the tab, summed over frames', async () => {
    const report = (verdicts: Record<string, number>) => ({
      type: 'tab:findings',
      data: { mentions: 1, claims: Object.values(verdicts).reduce((a, b) => a + b, 0), verdicts: { contradicted: 0, mixed: 0, supported: 0, related: 0, ...verdicts } },
    });
    const colour = async (tabId: number) => fakeBrowser.action.getBadgeBackgroundColor({ tabId });
    await route(report({ supported: 2, related: 1 }), content(11, 0), deps);
    expect(await colour(11)).toEqual([0x2e, 0x7d, 0x32, 255]);
    // A frame with a mixed claim makes the tab amber; one with a contradiction, red.
    await route(report({ mixed: 1 }), content(11, 3, 'https://frame.example/'), deps);
    expect(await colour(11)).toEqual([0xb4, 0x53, 0x09, 255]);
    await route(report({ contradicted: 1, supported: 4 }), content(11, 4, 'https://frame.example/b'), deps);
    expect(await colour(11)).toEqual([0xc6, 0x28, 0x28, 255]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 11 })).toBe('9');
    // That frame goes: amber again.
    await deps.tabs.forgetFrame(11, 4);
    expect(await colour(11)).toEqual([0xb4, 0x53, 0x09, 255]);
    // Only related claims (or a content script that sends no verdicts): neutral grey.
    await route(report({ related: 3 }), content(12, 0), deps);
    expect(await colour(12)).toEqual([0x5f, 0x63, 0x68, 255]);
    await route(findings(2), content(13, 0), deps);
    expect(await colour(13)).toEqual([0x5f, 0x63, 0x68, 255]);
    // A malformed verdict count is refused like any malformed message.
    expect(await route({ type: 'tab:findings', data: { mentions: 1, claims: 1, verdicts: { contradicted: -1 } } }, content(14, 0), deps)).toMatchObject({ ok: false });
  });

  test('settings:get and settings:set: extension pages only, validated, stored, mirrored and sent to every tab', async () => {
    const sendMessage = vi.fn(async () => ({ ok: true, value: null }));
    const tabsApi = { ...fakeBrowser.tabs, sendMessage, query: async () => [{ id: 1, url: 'https://news.example.org/a' }, { id: 2, url: 'https://other.example/' }] };
    deps = { ...deps, api: { ...api, tabs: tabsApi } as unknown as BackgroundApi };
    expect(await route({ type: 'settings:get', data: {} }, popup, deps)).toEqual({ ok: true, value: { paused: false, sites: [], marks: DEFAULT_MARKS } });
    const marks = { ...DEFAULT_MARKS, related: 'dashed', supported: 'double' };
    // A content script (which a page could drive) may neither read nor change them.
    expect(await route({ type: 'settings:set', data: { marks } }, content(), deps)).toMatchObject({ ok: false, error: expect.stringMatching(/not accepted from a content script/) });
    expect(await route({ type: 'settings:get', data: {} }, content(), deps)).toMatchObject({ ok: false });
    expect(await route({ type: 'settings:set', data: { marks: { ...marks, related: 'blink' } } }, popup, deps)).toMatchObject({ ok: false });
    // One bad site changes nothing, marks included.
    expect(await route({ type: 'settings:set', data: { marks, sites: ['ok.example', 'not a site'] } }, popup, deps)).toMatchObject({ ok: false, error: 'not a site: not a site' });
    expect((await (await deps.db.repo()).getSettings()).marks).toEqual(DEFAULT_MARKS);
    expect(sendMessage).not.toHaveBeenCalled();

    const reply = await route({ type: 'settings:set', data: { marks, sites: ['WWW.News.Example.org', 'b.example'] } }, popup, deps);
    expect(reply).toEqual({ ok: true, value: { paused: false, sites: ['b.example', 'news.example.org'], marks } });
    expect(sendMessage.mock.calls).toEqual([
      [1, { type: 'page:status', data: { enabled: false, paused: false, marks } }],
      [2, { type: 'page:status', data: { enabled: true, paused: false, marks } }],
    ]);
    expect(await route({ type: 'site:status', data: { url: 'https://other.example/x' } }, content(), deps)).toEqual({
      ok: true,
      value: { host: 'other.example', enabled: true, paused: false, marks },
    });
    expect((await fakeBrowser.storage.local.get('claimlens:settings'))['claimlens:settings']).toMatchObject({ marks, sites: { 'news.example.org': false, 'b.example': false } });
    // Only what is sent changes; an empty list switches every site back on.
    expect(await route({ type: 'settings:set', data: { paused: true, sites: [] } }, popup, deps)).toEqual({ ok: true, value: { paused: true, sites: [], marks } });
  });

  test('site:set and pause:set persist, answer site:status, and tell matching tabs', async () => {
    const sendMessage = vi.fn(async () => ({ ok: true, value: null }));
    const tabsApi = { ...fakeBrowser.tabs, sendMessage, query: async () => [
      { id: 1, url: 'https://www.news.example.org/a' },
      { id: 2, url: 'https://other.example/' },
      { id: 3, url: 'chrome://settings' },
    ] };
    deps = { ...deps, api: { ...api, tabs: tabsApi } as unknown as BackgroundApi };
    expect(await route({ type: 'site:set', data: { host: 'news.example.org', enabled: false } }, popup, deps)).toEqual({ ok: true, value: null });
    expect(sendMessage.mock.calls).toEqual([[1, { type: 'page:status', data: { enabled: false, paused: false, marks: DEFAULT_MARKS } }]]);
    expect(await route({ type: 'site:status', data: { url: 'https://news.example.org/x' } }, content(), deps)).toEqual({
      ok: true,
      value: { host: 'news.example.org', enabled: false, paused: false, marks: DEFAULT_MARKS },
    });
    sendMessage.mockClear();
    await route({ type: 'pause:set', data: { paused: true } }, popup, deps);
    expect(sendMessage.mock.calls).toEqual([
      [1, { type: 'page:status', data: { enabled: false, paused: true, marks: DEFAULT_MARKS } }],
      [2, { type: 'page:status', data: { enabled: true, paused: true, marks: DEFAULT_MARKS } }],
    ]);
    expect(await route({ type: 'site:set', data: { host: 'a b', enabled: false } }, popup, deps)).toMatchObject({ ok: false });
  });

  test('tabs whose URL the browser hides are reached through the URL their content script reported', async () => {
    const sendMessage = vi.fn(async () => ({ ok: true, value: null }));
    const tabsApi = { ...fakeBrowser.tabs, sendMessage, query: async () => [{ id: 4 }, { id: 5 }] };
    deps = { ...deps, api: { ...api, tabs: tabsApi } as unknown as BackgroundApi };
    await route(findings(1), content(4, 0, 'https://hidden.example/page'), deps);
    // Tab 5 has asked for its status but not reported findings yet (its scan is running).
    await route({ type: 'site:status', data: { url: 'https://hidden.example/other' } }, content(5, 0, 'https://hidden.example/other'), deps);
    await route({ type: 'site:set', data: { host: 'hidden.example', enabled: false } }, popup, deps);
    expect(sendMessage.mock.calls).toEqual([
      [4, { type: 'page:status', data: { enabled: false, paused: false, marks: DEFAULT_MARKS } }],
      [5, { type: 'page:status', data: { enabled: false, paused: false, marks: DEFAULT_MARKS } }],
    ]);
  });

  test('note:create-passage is for extension pages only: a content script never sends a note\'s text', async () => {
    const data = { url: 'https://news.example.org/story#top', title: 'Story', exact: '250 million users', prefix: 'boasting ', suffix: ' and', body: 'hm', factId: 'binance-users' };
    expect(await route({ type: 'note:create-passage', data }, content(), deps)).toMatchObject({ ok: false, error: expect.stringMatching(/content script/) });
    const result = await route({ type: 'note:create-passage', data }, popup, deps);
    expect(result.ok).toBe(true);
    const id = (result as { value: { id: string } }).value.id;
    expect(await (await deps.db.repo()).getNote(id)).toMatchObject({
      target: { kind: 'passage', url: 'https://news.example.org/story', exact: '250 million users', factId: 'binance-users' },
      body: 'hm',
    });
    expect(await route({ type: 'note:create-passage', data: { ...data, url: 'javascript:alert(1)' } }, popup, deps)).toMatchObject({ ok: false });
    expect(await (await deps.db.repo()).listNotes()).toHaveLength(1);
  });

  test('fact:open opens the popup at that fact where possible, else popup.html?fact= in a tab', async () => {
    // The fake browser's openPopup throws, like Firefox without a user gesture.
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await route({ type: 'fact:open', data: { factId: 'us-fine' } }, content(), deps)).toEqual({ ok: true, value: null });
    expect(create).toHaveBeenCalledWith({ url: `${EXT}popup.html?fact=us-fine` });

    const popups: string[] = [];
    let shown: string | undefined;
    const action = {
      ...fakeBrowser.action,
      setPopup: vi.fn(async ({ popup }: { popup: string }) => void popups.push(popup)),
      openPopup: vi.fn(async () => void (shown = popups.at(-1))),
    };
    const runtime = { ...fakeBrowser.runtime, getManifest: () => ({ action: { default_popup: 'popup.html' } }) };
    deps = { ...deps, api: { ...api, action, runtime } as unknown as BackgroundApi };
    create.mockClear();
    await route({ type: 'fact:open', data: { factId: 'canada-fine' } }, content(), deps);
    expect(shown).toBe('popup.html?fact=canada-fine');
    expect(popups.at(-1)).toBe('popup.html'); // put back for the next toolbar click
    expect(create).not.toHaveBeenCalled();
    expect(await route({ type: 'fact:open', data: { factId: '../x' } }, content(), deps)).toMatchObject({ ok: false });
  });
});

describe('setupBackground', () => {
  // The fake browser has no runtime.onConnect: a stand-in that records the listener.
  const connectListeners: ((port: unknown) => void)[] = [];
  beforeEach(() => {
    connectListeners.length = 0;
    (fakeBrowser.runtime as unknown as { onConnect: unknown }).onConnect = { addListener: (l: (port: unknown) => void) => connectListeners.push(l) };
  });

  test('survives a worker restart: findings and notes come back, listeners clear the badge on navigation and close', async () => {
    const first = setupBackground({ bundle: nextBundle, api, dbName });
    const send = (message: unknown, sender: Runtime.MessageSender) =>
      fakeBrowser.runtime.onMessage.trigger(message, sender).then((answers) => answers.find(Boolean));
    await send(findings(2), content(7));
    const note = await send({ type: 'note:create-passage', data: { url: 'https://news.example.org/story', title: 't', exact: 'USD1', prefix: '', suffix: '', body: 'b' } }, popup);
    expect(note).toMatchObject({ ok: true });

    // "Stop" the worker: drop every listener and global, then start again.
    (await first.db.repo()).db?.close();
    fakeBrowser.runtime.onMessage.removeAllListeners();
    fakeBrowser.tabs.onUpdated.removeAllListeners();
    fakeBrowser.tabs.onRemoved.removeAllListeners();
    const restarted = setupBackground({ bundle: nextBundle, api, dbName });
    deps = { ...deps, db: restarted.db };
    expect(await createTabStore(api).get(7)).toMatchObject({ claims: 2 });
    expect(await (await restarted.db.repo()).listNotes()).toHaveLength(1);
    expect(await send({ type: 'snapshot:get', data: {} }, content(7))).toMatchObject({ ok: true, value: { version: 'test-next-1' } });

    // Same page, new #fragment: kept. New URL: cleared.
    await fakeBrowser.tabs.onUpdated.trigger(7, { url: 'https://news.example.org/story#later' }, {} as never);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('2');
    await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'loading', url: 'https://news.example.org/next' }, {} as never);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
    expect(await createTabStore(api).get(7)).toMatchObject({ claims: 0, frames: {} });

    await send(findings(1), content(9));
    await fakeBrowser.tabs.onRemoved.trigger(9, { windowId: 0, isWindowClosing: false });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});

describe('first run', () => {
  test('the welcome page opens on install only, not on an update or a browser update', async () => {
    (fakeBrowser.runtime as unknown as { onConnect: unknown }).onConnect = { addListener: () => undefined };
    const first = setupBackground({ bundle: nextBundle, api, dbName });
    deps = { ...deps, db: first.db };
    const urls = async () => (await fakeBrowser.tabs.query({})).map((t) => t.url).filter(Boolean);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9', temporary: false });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'browser_update', temporary: false } as never);
    expect(await urls()).toEqual([]);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(await urls()).toEqual(['chrome-extension://test-extension-id/welcome.html']);
  });
});

describe('tab store without storage.session (older Firefox)', () => {
  test('falls back to storage.local and drops stale tabs at browser start-up', async () => {
    const noSession = { ...api, storage: { local: fakeBrowser.storage.local } } as unknown as BackgroundApi;
    const store = createTabStore(noSession);
    await store.put(3, 0, { url: 'https://a.example/', mentions: 1, claims: 2 });
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual(['tab:3:frame:0']);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('2');
    await fakeBrowser.storage.local.set({ 'claimlens:db-status': { state: 'ok' } });
    await store.clearAll();
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual(['claimlens:db-status']);
  });

});
