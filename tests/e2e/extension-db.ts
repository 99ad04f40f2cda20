/**
 * e2e helpers for the extension database and the background: read IndexedDB
 * "claimlens" from inside the extension origin (service worker or extension
 * page), message the background from an extension page, stop the worker.
 */
import type { BrowserContext, Page, Worker } from 'playwright-core';

export interface DbDump {
  version: number;
  counts: Record<'sources' | 'entities' | 'parties' | 'facts' | 'reports' | 'notes' | 'settings' | 'meta', number>;
  sourceIds: string[];
  meta: unknown[];
  notes: Record<string, unknown>[];
  reportSources: string[];
}

/**
 * Reads the database without ever creating it: indexedDB.open() on a missing
 * name would create an empty v1 database under Dexie's feet. Returns null until
 * it exists. The connection is closed at once so upgrades are never blocked.
 */
export function readDb(target: Worker | Page): Promise<DbDump | null> {
  return (target as Page).evaluate(async () => {
    const list = await indexedDB.databases();
    if (!list.some((d) => d.name === 'claimlens')) return null;
    const db = await new Promise<IDBDatabase>((ok, err) => {
      const req = indexedDB.open('claimlens');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => err(req.error);
    });
    try {
      const names = [...db.objectStoreNames];
      if (!names.includes('meta')) return null;
      const tx = db.transaction(names, 'readonly');
      const all = (name: string) =>
        new Promise<unknown[]>((ok, err) => {
          const req = tx.objectStore(name).getAll();
          req.onsuccess = () => ok(req.result);
          req.onerror = () => err(req.error);
        });
      const counts = {} as Record<'sources' | 'entities' | 'parties' | 'facts' | 'reports' | 'notes' | 'settings' | 'meta', number>;
      const rows: Record<string, unknown[]> = {};
      for (const name of names) {
        rows[name] = await all(name);
        counts[name as keyof typeof counts] = rows[name]!.length;
      }
      return {
        version: db.version,
        counts,
        sourceIds: (rows.sources as { id: string }[]).map((s) => s.id).sort(),
        meta: rows.meta!,
        notes: rows.notes as Record<string, unknown>[],
        reportSources: [...new Set((rows.reports as { source: string }[]).map((r) => r.source))].sort(),
      };
    } finally {
      db.close();
    }
  });
}

/** chrome.runtime.sendMessage from an extension page (a "page" sender for the router). */
export function send(page: Page, message: unknown): Promise<{ ok: boolean; value?: any; error?: string }> {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), message as never);
}

export function currentWorker(context: BrowserContext, extensionId: string): Worker | undefined {
  return context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
}

export async function waitForWorker(context: BrowserContext, extensionId: string, timeout = 45_000): Promise<Worker> {
  const existing = currentWorker(context, extensionId);
  if (existing) return existing;
  return context.waitForEvent('serviceworker', {
    predicate: (w) => w.url().startsWith(`chrome-extension://${extensionId}/`),
    timeout,
  });
}

export type WorkerStatus = 'stopped' | 'starting' | 'running' | 'stopping';

/**
 * Watches the extension's service worker through the DevTools protocol.
 * Playwright keeps one Worker object across a stop and restart, so its events
 * cannot tell; CDP's ServiceWorker domain reports the real running status.
 */
export async function watchWorker(context: BrowserContext, page: Page, extensionId: string) {
  const cdp = await context.newCDPSession(page);
  const script = `chrome-extension://${extensionId}/`;
  let status: WorkerStatus | undefined;
  const history: WorkerStatus[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: { scriptURL: string; runningStatus: WorkerStatus }[] }) => {
    for (const version of event.versions) {
      if (!version.scriptURL.startsWith(script)) continue;
      status = version.runningStatus;
      history.push(status);
    }
  });
  await cdp.send('ServiceWorker.enable');
  return {
    status: () => status,
    history,
    /** Stops every service worker, as Chrome does after ~30 s idle, and waits until ours is stopped. */
    async stop() {
      const deadline = Date.now() + 15_000;
      const seen = history.length;
      let sentAt = 0;
      // A page's next message may start it again at once: having stopped counts, not staying
      // stopped. A stop sent while the worker is still starting can be lost: sent again.
      while (!history.slice(seen).includes('stopped')) {
        if (Date.now() > deadline) throw new Error(`worker did not stop (status ${status}; seen ${history.slice(seen).join(', ') || 'nothing'})`);
        if (Date.now() - sentAt > 1000) {
          sentAt = Date.now();
          await cdp.send('ServiceWorker.stopAllWorkers');
        }
        await new Promise((ok) => setTimeout(ok, 50));
      }
    },
    detach: () => cdp.detach(),
  };
}

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<any> } };
