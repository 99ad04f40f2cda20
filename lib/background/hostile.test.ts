/**
 * The background against pages that push it (issue #12): bounded tab state in
 * storage.session, answers that never depend on storing it, the note flow
 * between content script, note frame and background, and the switches while
 * IndexedDB is unavailable.
 */
import { DEFAULT_MARKS } from '../marks';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Runtime } from 'webextension-polyfill';
import Dexie from 'dexie';
import { route, type RouterDeps } from './router';
import { createDbContext, type DbContext } from './db-context';
import { createScanService } from './scan-service';
import { createTabStore, MAX_FRAMES_PER_TAB, MAX_NOTES_PER_TAB, MAX_URL_CHARS } from './tab-store';
import { classifySender } from './senders';
import { SETTINGS_MIRROR_KEY } from './settings-mirror';
import type { BackgroundApi } from './setup';
import { createRepo } from '../db';
import { nextBundle } from '../../tests/unit/db-helpers';

const api = fakeBrowser as unknown as BackgroundApi;
const ID = 'test-extension-id';
const EXT = `chrome-extension://${ID}/`;
const PAGE = 'https://news.example.org/story';
const content = (tabId = 7, frameId = 0, url = PAGE): Runtime.MessageSender => ({ id: ID, tab: { id: tabId } as never, frameId, url });
const noteFrame = (token: string, tabId = 7, frameId = 41): Runtime.MessageSender => ({ id: ID, tab: { id: tabId } as never, frameId, url: `${EXT}note-frame.html#${token}` });
const popup: Runtime.MessageSender = { id: ID, url: `${EXT}popup.html` };
const passage = { url: `${PAGE}#top`, title: 'Story', exact: '250 million users', prefix: 'boasting ', suffix: ' and', factId: 'binance-users' };

let dbName: string;
let deps: RouterDeps;
let counter = 0;
beforeEach(async () => {
  fakeBrowser.reset();
  dbName = `claimlens-hostile-test-${process.pid}-${++counter}`;
  const db = createDbContext(nextBundle, api, { name: dbName });
  deps = { api, db, tabs: createTabStore(api), scans: createScanService(async () => (await db.repo()).getSnapshot()) };
  return async () => {
    (await deps.db.repo()).db?.close();
    await Dexie.delete(dbName);
  };
});

const sessionChars = async () => JSON.stringify(await fakeBrowser.storage.session.get(null)).length;
const report = (tabId: number, frameId: number, claims: number, url = `https://frames.example/${frameId}`) =>
  route({ type: 'tab:findings', data: { mentions: claims, claims } }, content(tabId, frameId, url), deps);

describe('tab state in storage.session is bounded', () => {
  test('an entry holds counts and a cut URL, never the findings a frame sent', async () => {
    const findings = Array.from({ length: 5000 }, (_, id) => ({ id, kind: 'claim', text: 'x'.repeat(2000) }));
    const longUrl = `https://frames.example/${'a'.repeat(8000)}`;
    await route({ type: 'tab:findings', data: { mentions: 5000, claims: 5000, findings } }, content(3, 2, longUrl), deps);
    const frame = (await deps.tabs.get(3)).frames[2]!;
    expect(frame).toEqual({ url: longUrl.slice(0, MAX_URL_CHARS), mentions: 5000, claims: 5000, at: expect.any(Number) });
    expect(await sessionChars()).toBeLessThan(MAX_URL_CHARS + 200);
  });

  test('a frame that found nothing is not kept (the top frame is, for its URL)', async () => {
    await report(4, 0, 0, PAGE);
    await report(4, 9, 3);
    await report(4, 9, 0);
    expect(Object.keys((await deps.tabs.get(4)).frames)).toEqual(['0']);
  });

  test('a flood of frames keeps at most MAX_FRAMES_PER_TAB, the top frame among them', async () => {
    await report(5, 0, 1, PAGE);
    for (let f = 1; f <= 3 * MAX_FRAMES_PER_TAB; f++) await report(5, f, 10, `https://frames.example/${f}/${'b'.repeat(3000)}`);
    const tab = await deps.tabs.get(5);
    expect(Object.keys(tab.frames)).toHaveLength(MAX_FRAMES_PER_TAB);
    expect(tab.frames[0]).toBeDefined();
    expect(await sessionChars()).toBeLessThan(MAX_FRAMES_PER_TAB * (MAX_URL_CHARS + 200) + 10_000);
  });

  test('a gone frame (its port disconnected) takes its entry and note passage with it; a newer document keeps its own', async () => {
    await report(6, 0, 1, PAGE);
    await route({ type: 'tab:findings', data: { mentions: 2, claims: 2 } }, { ...content(6, 3), documentId: 'doc-new' } as never, deps);
    await route({ type: 'note:open', data: { ...passage, url: 'https://frames.example/3' } }, content(6, 3, 'https://frames.example/3'), deps);
    await deps.tabs.forgetFrame(6, 3, 'doc-old'); // a late disconnect of the frame's previous document
    expect((await deps.tabs.get(6)).frames[3]).toBeDefined();
    await deps.tabs.forgetFrame(6, 3, 'doc-new');
    expect((await deps.tabs.get(6)).frames[3]).toBeUndefined();
    expect(Object.keys(await fakeBrowser.storage.session.get(null)).filter((k) => k.includes(':note:'))).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 6 })).toBe('1');
  });

  test('at most MAX_NOTES_PER_TAB note passages per tab', async () => {
    for (let f = 0; f < MAX_NOTES_PER_TAB + 3; f++) {
      expect((await route({ type: 'note:open', data: passage }, content(8, f), deps)).ok).toBe(true);
    }
    expect(Object.keys(await fakeBrowser.storage.session.get(null)).filter((k) => k.startsWith('tab:8:note:'))).toHaveLength(MAX_NOTES_PER_TAB);
  });

  test('with storage full, site:status still answers and other tabs are unaffected', async () => {
    const session = fakeBrowser.storage.session;
    const full = { ...session, set: vi.fn(async () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'))) };
    deps = { ...deps, tabs: createTabStore({ ...api, storage: { ...api.storage, session: full } } as never) };
    expect(await route({ type: 'site:status', data: { url: PAGE, first: true } }, content(9, 0), deps)).toEqual({
      ok: true,
      value: { host: 'news.example.org', enabled: true, paused: false, marks: DEFAULT_MARKS },
    });
    expect(await route({ type: 'site:status', data: { url: PAGE } }, content(9, 0), deps)).toMatchObject({ ok: true });
    expect(await route({ type: 'tab:findings', data: { mentions: 1, claims: 1 } }, content(9, 0), deps)).toMatchObject({ ok: true });
    expect(full.set).toHaveBeenCalled();
  });

  test('an iframe loading ("loading" without a URL) keeps the tab; a new top document clears it', async () => {
    await report(10, 0, 2, PAGE);
    await report(10, 4, 3);
    await deps.tabs.navigated(10, { status: 'loading' });
    expect((await deps.tabs.get(10)).claims).toBe(5);
    await route({ type: 'site:status', data: { url: PAGE } }, content(10, 0), deps); // same document asking again
    expect((await deps.tabs.get(10)).claims).toBe(5);
    await route({ type: 'site:status', data: { url: PAGE, first: true } }, content(10, 0), deps); // reloaded
    expect(await deps.tabs.get(10)).toEqual({ mentions: 0, claims: 0, verdicts: { contradicted: 0, mixed: 0, supported: 0, related: 0 }, frames: {} });
    expect(await deps.tabs.pageUrl(10)).toBe(PAGE);
  });
});

describe('the note flow: content script names the passage, the note frame sends the text', () => {
  const open = async (tabId = 7, frameId = 0) => {
    const reply = await route({ type: 'note:open', data: passage }, content(tabId, frameId), deps);
    expect(reply).toMatchObject({ ok: true, value: { token: expect.stringMatching(/^[0-9a-f]{32}$/) } });
    return (reply as { value: { token: string } }).value.token;
  };

  test('note:save from the note frame stores the note on the named passage and tells the content frame', async () => {
    const sendMessage = vi.fn(async () => ({ ok: true, value: null }));
    deps = { ...deps, api: { ...api, tabs: { ...fakeBrowser.tabs, sendMessage } } as unknown as BackgroundApi };
    const token = await open(7, 3);
    const saved = await route({ type: 'note:save', data: { token, body: 'Check the court record.' } }, noteFrame(token), deps);
    expect(saved).toMatchObject({ ok: true });
    const note = await (await deps.db.repo()).getNote((saved as { value: { id: string } }).value.id);
    expect(note).toMatchObject({ body: 'Check the court record.', target: { kind: 'passage', url: PAGE, exact: '250 million users', factId: 'binance-users' } });
    expect(sendMessage.mock.calls).toEqual([[7, { type: 'page:note', data: { token, event: 'saved' } }, { frameId: 3 }]]);
    // Used up: the same token saves nothing twice.
    expect(await route({ type: 'note:save', data: { token, body: 'again' } }, noteFrame(token), deps)).toMatchObject({ ok: false });
  });

  test('only the note frame may send the text, only in the tab that opened the note, only with its token', async () => {
    const token = await open();
    const save = { type: 'note:save', data: { token, body: 'x' } };
    expect(await route(save, content(), deps)).toMatchObject({ ok: false, error: expect.stringMatching(/content script/) });
    expect(await route(save, popup, deps)).toMatchObject({ ok: false, error: expect.stringMatching(/extension page/) });
    expect(await route(save, noteFrame(token, 99), deps)).toMatchObject({ ok: false });
    expect(await route({ type: 'note:save', data: { token: 'f'.repeat(32), body: 'x' } }, noteFrame(token), deps)).toMatchObject({ ok: false });
    expect(await route(save, { ...noteFrame(token), id: 'other-extension' }, deps)).toEqual({ ok: false, error: 'sender refused' });
    // The note page opened on its own (no tab, or as a tab's top document) is nobody's note field.
    expect(await route(save, { id: ID, url: `${EXT}note-frame.html#${token}` }, deps)).toEqual({ ok: false, error: 'sender refused' });
    expect(await route(save, { ...noteFrame(token), frameId: 0 }, deps)).toEqual({ ok: false, error: 'sender refused' });
    // …and the frame may do nothing else.
    expect(await route({ type: 'site:set', data: { host: 'news.example.org', enabled: false } }, noteFrame(token), deps)).toMatchObject({ ok: false });
    expect(await route({ type: 'note:create-passage', data: { ...passage, body: 'x' } }, noteFrame(token), deps)).toMatchObject({ ok: false });
    expect(await (await deps.db.repo()).listNotes()).toHaveLength(0);
  });

  test('a content script names passages of its own site only', async () => {
    expect(await route({ type: 'note:open', data: { ...passage, url: 'https://elsewhere.example/' } }, content(), deps)).toMatchObject({ ok: false });
  });

  test('note:close relays cancel and escape to the content frame and drops the passage', async () => {
    const sendMessage = vi.fn(async () => ({ ok: true, value: null }));
    deps = { ...deps, api: { ...api, tabs: { ...fakeBrowser.tabs, sendMessage } } as unknown as BackgroundApi };
    const token = await open(7, 2);
    expect(await route({ type: 'note:close', data: { token, reason: 'escape' } }, noteFrame(token), deps)).toEqual({ ok: true, value: null });
    expect(sendMessage.mock.calls).toEqual([[7, { type: 'page:note', data: { token, event: 'escape' } }, { frameId: 2 }]]);
    expect(await route({ type: 'note:save', data: { token, body: 'late' } }, noteFrame(token), deps)).toMatchObject({ ok: false });
  });
});

describe('senders', () => {
  const runtime = { id: ID, getURL: (p: string) => `${EXT}${p}` } as never;
  test('the note frame is its own kind, only as a frame in a tab', () => {
    expect(classifySender(noteFrame('t', 4, 12), runtime)).toMatchObject({ kind: 'frame', tabId: 4, frameId: 12 });
    expect(classifySender({ id: ID, url: `${EXT}note-frame.html` }, runtime)).toBeNull();
    expect(classifySender({ id: ID, url: `${EXT}popup.html` }, runtime)).toMatchObject({ kind: 'page' });
    expect(classifySender(content(), runtime)).toMatchObject({ kind: 'content' });
  });
});

describe('switches while IndexedDB is unavailable', () => {
  test('a site the reader switched off stays off: site:status answers from the mirrored copy', async () => {
    await route({ type: 'site:set', data: { host: 'news.example.org', enabled: false } }, popup, deps);
    await route({ type: 'pause:set', data: { paused: false } }, popup, deps);
    expect((await fakeBrowser.storage.local.get(SETTINGS_MIRROR_KEY))[SETTINGS_MIRROR_KEY]).toEqual({ paused: false, sites: { 'news.example.org': false }, marks: DEFAULT_MARKS });
    const unavailable: DbContext = { repo: async () => createRepo(null, { bundle: nextBundle() }) };
    const down = { ...deps, db: unavailable };
    expect(await route({ type: 'site:status', data: { url: PAGE } }, content(), down)).toEqual({ ok: true, value: { host: 'news.example.org', enabled: false, paused: false, marks: DEFAULT_MARKS } });
    expect(await route({ type: 'site:status', data: { url: 'https://other.example/' } }, content(), down)).toMatchObject({ ok: true, value: { enabled: true } });
    // A corrupt copy falls back to the defaults rather than breaking pages.
    await fakeBrowser.storage.local.set({ [SETTINGS_MIRROR_KEY]: { paused: 'yes' } });
    expect(await route({ type: 'site:status', data: { url: PAGE } }, content(), down)).toMatchObject({ ok: true, value: { enabled: true } });
  });

  test('the copy is written when the database opens (settings saved by an older version too)', async () => {
    const repo = await deps.db.repo();
    await repo.setPaused(true); // written straight to the database, as before this version
    (repo.db)?.close();
    await createDbContext(nextBundle, api, { name: dbName }).repo();
    expect((await fakeBrowser.storage.local.get(SETTINGS_MIRROR_KEY))[SETTINGS_MIRROR_KEY]).toMatchObject({ paused: true });
  });
});
