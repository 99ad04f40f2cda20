/**
 * Everything the background does, wired up from entrypoints/background.ts.
 *
 * Every listener is registered synchronously, before any await: when a stopped
 * MV3 service worker is woken by an event, only listeners added in the first
 * turn receive it. All state lives in IndexedDB (lib/db) or browser.storage
 * (lib/background/tab-store); globals here are caches rebuilt on demand.
 */
import type { Browser, Runtime } from 'webextension-polyfill';
import type { ClaimBundle } from '../db';
import { FRAME_PORT } from '../messages';
import { createDbContext, type DbContext } from './db-context';
import { route } from './router';
import { classifySender } from './senders';
import { createTabStore, type TabStore } from './tab-store';
import { createScanService } from './scan-service';
import Dexie from 'dexie';
import type { OpenFactApi } from './open-fact';

/** Soft-deleted notes are kept this long for undo, then purged at install/start-up. */
const DELETED_NOTES_TTL_MS = 30 * 24 * 3600 * 1000;

export type BackgroundApi = OpenFactApi & Pick<Browser, 'runtime' | 'tabs' | 'storage'>;

export interface BackgroundOptions {
  /** The bundled claims (lib/claims/bundle.ts); called lazily so a worker start stays cheap. */
  bundle: () => ClaimBundle;
  api: BackgroundApi;
  /** Database name (tests). */
  dbName?: string;
}

export function setupBackground(opts: BackgroundOptions): { db: DbContext } {
  const { api } = opts;
  const db = createDbContext(opts.bundle, api, opts.dbName ? { name: opts.dbName } : {});
  const tabs = createTabStore(api);
  // Nothing is compiled until the first page:scan (a worker start stays cheap).
  const scans = createScanService(async () => (await db.repo()).getSnapshot());
  const deps = { api, db, tabs, scans };
  // The popup and the options page write reader sources to the same database; Dexie tells every
  // context of the origin (BroadcastChannel). The next page:scan then reads the new snapshot.
  Dexie.on('storagemutated', (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((key) => /\/(?:readerSources|facts|reports|sources|meta)(?:\/|$)/.test(key))) scans.invalidate();
  });

  api.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, sender, deps));
  api.runtime.onConnect.addListener((port) => watchFrame(port, api, tabs));

  // Install and update: open (running schema upgrades) and replace the claims if the bundle changed.
  // A first install also opens the welcome page (what the marks mean); an update does not.
  api.runtime.onInstalled.addListener((details) => Promise.all([prepare(db), details?.reason === 'install' ? openWelcome(api) : undefined]));
  api.runtime.onStartup.addListener(() => Promise.all([tabs.clearAll(), prepare(db)]));

  // Listeners return their promise: harmless for the browser, and lets tests await them.
  api.tabs.onRemoved.addListener((tabId) => tabs.clear(tabId));
  // A new document in the tab (or a single-page-app URL change): old findings no longer apply;
  // the content script reports again for the new page.
  api.tabs.onUpdated.addListener((tabId, change) => tabs.navigated(tabId, change));

  return { db };
}

/** Each content script holds a port while it reports (FRAME_PORT): when it disconnects, its frame is gone. */
function watchFrame(port: Runtime.Port, api: BackgroundApi, tabs: TabStore): void {
  const sender = port.sender ? classifySender(port.sender, api.runtime) : null;
  if (port.name !== FRAME_PORT || sender?.kind !== 'content' || sender.tabId === undefined) {
    port.disconnect();
    return;
  }
  const { tabId, frameId, documentId } = sender;
  // Also fires when the frame navigates or is removed, or the page closes; not when this worker stops.
  port.onDisconnect.addListener(() => void tabs.forgetFrame(tabId, frameId, documentId));
}

/** The first-run page (entrypoints/welcome). */
export const WELCOME_PATH = '/welcome.html';

async function openWelcome(api: BackgroundApi): Promise<void> {
  try {
    await api.tabs.create({ url: api.runtime.getURL(WELCOME_PATH) });
  } catch {
    // No window to open it in (a headless start): the options page links to it too.
  }
}

async function prepare(db: DbContext): Promise<void> {
  const repo = await db.repo();
  if (repo.db) await repo.purgeDeleted(Date.now() - DELETED_NOTES_TTL_MS).catch(() => 0);
}
