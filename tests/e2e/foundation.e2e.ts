/**
 * Foundation, on the built extension in real Chromium: the worker seeds the
 * claim database, extension pages share it, the background answers typed
 * messages (and refuses malformed ones) even after the worker was stopped, and
 * notes and settings survive an extension update and a browser restart.
 */
import { DEFAULT_MARKS } from '../../lib/marks';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchExtension, ROOT, serveFixtures, readHighlights, type ExtensionBrowser, type FixtureServer } from './harness';
import { readDb, send, watchWorker } from './extension-db';
import type { Worker } from 'playwright-core';
import { LATEST_VERSION } from '../../lib/db/schema';

const SOURCE_IDS = (await readdir(join(ROOT, 'seeds/sources'))).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();

let userDataDir: string;
let browser: ExtensionBrowser;
let server: FixtureServer;
let page: Page;

beforeAll(async () => {
  userDataDir = await mkdtemp(join(tmpdir(), 'claimlens-foundation-'));
  browser = await launchExtension({ userDataDir });
  server = await serveFixtures();
  page = await browser.openExtensionPage('popup.html');
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(userDataDir, { recursive: true, force: true });
});

/** Polls until the claims are seeded, reading IndexedDB in the given worker or extension page. */
async function seededDb(where: Worker | Page = page) {
  let dump = null as Awaited<ReturnType<typeof readDb>>;
  await expect
    .poll(async () => {
      dump = await readDb(where);
      return dump?.meta.length ?? 0;
    }, { timeout: 45_000 })
    .toBeGreaterThan(0);
  return dump!;
}

describe('claim database', () => {
  test('the service worker seeds IndexedDB "claimlens" with every fact, report and source', async () => {
    expect(SOURCE_IDS).toHaveLength(3);
    const db = await seededDb(browser.worker);
    expect(db.version).toBe(LATEST_VERSION * 10); // Dexie stores schema version N as IndexedDB version N×10
    expect(db.counts.facts).toBeGreaterThanOrEqual(28);
    expect(db.counts.reports).toBeGreaterThan(db.counts.facts);
    expect(db.counts.entities).toBe(4);
    expect(db.sourceIds).toEqual(SOURCE_IDS);
    expect(db.reportSources).toEqual(SOURCE_IDS); // every source is quoted somewhere
    expect(db.meta).toEqual([
      expect.objectContaining({ key: 'claims', version: expect.any(String), counts: expect.objectContaining({ facts: db.counts.facts }) }),
    ]);
  });

  test('an extension page reads the same database, and the status says ok', async () => {
    const fromWorker = await seededDb(browser.worker);
    const fromPage = await readDb(page);
    expect(fromPage?.counts).toEqual(fromWorker.counts);
    const status = await page.evaluate(() => chrome.storage.local.get('claimlens:db-status'));
    expect(status['claimlens:db-status']).toMatchObject({ state: 'ok' });
  });
});

describe('background messages', () => {
  test('snapshot:get answers with the seeded claims', async () => {
    const db = await seededDb();
    const reply = await send(page, { type: 'snapshot:get', data: {} });
    expect(reply.ok).toBe(true);
    expect(reply.value.facts).toHaveLength(db.counts.facts);
    expect(reply.value.sources.map((s: { id: string }) => s.id).sort()).toEqual(SOURCE_IDS);
    expect((db.meta[0] as { version: string }).version).toBe(reply.value.version);
  });

  test('malformed messages get { ok: false } and the worker keeps answering', async () => {
    for (const bad of [{ type: 'bogus', data: {} }, { type: 'snapshot:get' }, 'snapshot:get', { type: 'site:set', data: { host: 5, enabled: 'no' } }, null]) {
      const reply = await send(page, bad);
      expect(reply, JSON.stringify(bad)).toMatchObject({ ok: false, error: expect.any(String) });
    }
    expect((await send(page, { type: 'snapshot:get', data: {} })).ok).toBe(true);
  });

  test('after the service worker is stopped, snapshot:get still answers (a new worker starts)', async () => {
    const watch = await watchWorker(browser.context, page, browser.extensionId);
    await expect.poll(() => watch.status()).toBe('running');
    await watch.stop();
    expect(watch.status()).toBe('stopped');
    const reply = await send(page, { type: 'snapshot:get', data: {} });
    expect(reply.ok).toBe(true);
    expect(reply.value.facts.length).toBeGreaterThanOrEqual(28);
    // The message woke a fresh worker (stopped → starting → running).
    expect(watch.history.slice(watch.history.lastIndexOf('stopped'))).toEqual(expect.arrayContaining(['starting', 'running']));
    // And again: state is rebuilt on every start, not kept in the stopped worker's globals.
    await watch.stop();
    expect(await send(page, { type: 'site:status', data: { url: 'https://example.com/' } })).toEqual({
      ok: true,
      value: { host: 'example.com', enabled: true, paused: false, marks: DEFAULT_MARKS },
    });
    await watch.detach();
  });

  test('a localhost page gets the content script, which asks the background for its snapshot', async () => {
    server.route('/foundation.html', '<!doctype html><title>t</title><p>Binance says it has 250 million users worldwide.</p>');
    const tab = await browser.context.newPage();
    await tab.goto(server.url('/foundation.html'));
    await expect.poll(async () => (await readHighlights(tab))['claimlens-mention'] ?? [], { timeout: 45_000 }).toContain('Binance');
    await tab.close();
  });
});

describe('persistence', () => {
  const passage = {
    url: 'https://news.example.org/binance#p3',
    title: 'Binance story',
    exact: 'boasting 250 million users',
    prefix: 'the vast global presence of Binance—',
    suffix: ' and $65 billion',
    body: 'Note that must survive <b>updates</b> 🔍',
    factId: 'binance-users',
  };

  test('notes and settings survive an extension update and a browser restart', async () => {
    // Its own profile and its own copy of the extension, so the copy can be "updated" in place
    // (an unpacked extension's id comes from its path: same path, same id, same database).
    const profile = await mkdtemp(join(tmpdir(), 'claimlens-update-'));
    const extensionDir = join(profile, 'extension');
    await cp(EXTENSION_DIR, extensionDir, { recursive: true });
    let run = await launchExtension({ userDataDir: join(profile, 'user'), extensionDir });
    try {
      let p = await run.openExtensionPage('popup.html');
      const created = await send(p, { type: 'note:create-passage', data: passage });
      expect(created.ok).toBe(true);
      const id = created.value.id as string;
      expect(await send(p, { type: 'site:set', data: { host: 'www.paused-site.example', enabled: false } })).toEqual({ ok: true, value: null });
      expect(await send(p, { type: 'pause:set', data: { paused: true } })).toEqual({ ok: true, value: null });
      const stored = (await seededDb(p)).notes.find((n) => n.id === id);
      expect(stored).toMatchObject({
        body: passage.body,
        target: { kind: 'passage', url: 'https://news.example.org/binance', exact: passage.exact, factId: 'binance-users' },
      });

      // 1. An update: the browser finds a new version of the extension at the same place.
      await run.context.close();
      const manifestPath = join(extensionDir, 'manifest.json');
      const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
      manifest.version = '99.0.0';
      await writeFile(manifestPath, JSON.stringify(manifest));
      run = await launchExtension({ userDataDir: join(profile, 'user'), extensionDir });
      p = await run.openExtensionPage('popup.html');
      expect(await p.evaluate(() => chrome.runtime.getManifest().version)).toBe('99.0.0');
      expect((await seededDb(p)).notes.find((n) => n.id === id)).toEqual(stored);
      expect(await send(p, { type: 'site:status', data: { url: 'https://paused-site.example/a' } })).toEqual({
        ok: true,
        value: { host: 'paused-site.example', enabled: false, paused: true, marks: DEFAULT_MARKS },
      });

      // 2. A plain browser restart.
      await run.context.close();
      run = await launchExtension({ userDataDir: join(profile, 'user'), extensionDir });
      const after = await seededDb(run.worker);
      expect(after.notes.find((n) => n.id === id)).toEqual(stored);
      expect(after.counts.facts).toBeGreaterThanOrEqual(28);
      p = await run.openExtensionPage('popup.html');
      expect(await send(p, { type: 'site:status', data: { url: 'https://paused-site.example/a' } })).toMatchObject({
        value: { enabled: false, paused: true },
      });
    } finally {
      await run.context.close().catch(() => {});
      await rm(profile, { recursive: true, force: true });
    }
  });
});

declare const chrome: {
  runtime: { getManifest(): { version: string } };
  storage: Record<'local' | 'session', { get(key: string): Promise<Record<string, any>> }>;
};
