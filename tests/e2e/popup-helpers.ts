/**
 * Small page objects for the popup e2e tests: open the popup for a given tab,
 * wait for the database, download an export and read it back.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './harness';

/** Facts in the claim tables once the background has seeded them (0 while it has not). */
async function seededFacts(page: Page): Promise<number> {
  return page.evaluate(async () => {
    // Never create the database from here: only look once the extension has.
    if (!(await indexedDB.databases()).some((d) => d.name === 'claimlens')) return 0;
    return new Promise<number>((resolve) => {
      const req = indexedDB.open('claimlens');
      req.onerror = () => resolve(0);
      req.onsuccess = () => {
        const db = req.result;
        if (!db.objectStoreNames.contains('facts') || !db.objectStoreNames.contains('meta')) {
          db.close();
          return resolve(0);
        }
        const tx = db.transaction(['facts', 'meta'], 'readonly');
        const count = tx.objectStore('facts').count();
        const meta = tx.objectStore('meta').get('claims');
        tx.oncomplete = () => {
          db.close();
          resolve(meta.result ? count.result : 0);
        };
      };
    });
  });
}

/** Waits until the background has seeded the claim tables (the popup then reads the real database). */
export async function waitForSeededDb(page: Page, timeoutMs = 45_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const facts = await seededFacts(page);
    if (facts > 0 || Date.now() > deadline) return facts;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * The browser's id of the tab showing `page`. Without the "tabs" permission
 * extension pages cannot see other tabs' URLs, so: bring the page to the front
 * and ask an already open extension page for the active tab.
 */
export async function tabIdFor(ext: ExtensionBrowser, page: Page): Promise<number> {
  const helper = await ext.openExtensionPage('popup.html?tab=0');
  try {
    await page.bringToFront();
    const id = await helper.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
      const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.url?.startsWith(location.origin) ? -1 : (tab?.id ?? -1);
    });
    if (id < 0) throw new Error(`could not find the tab of ${page.url()}`);
    return id;
  } finally {
    await helper.close();
  }
}

export async function openPopup(ext: ExtensionBrowser, query = ''): Promise<Page> {
  const page = await ext.openExtensionPage(`popup.html${query}`);
  await page.setViewportSize({ width: 400, height: 600 });
  await page.waitForSelector('[role=tablist]');
  return page;
}

/** Clicks something that downloads a file; returns the file's text and suggested name. */
export async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** Every row of one table of the extension's IndexedDB, read from an extension page, to check what the UI did. */
export async function storedRows<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const req = indexedDB.open('claimlens');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const all = db.transaction(name, 'readonly').objectStore(name).getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as T[]);
          };
        };
      }),
    table,
  );
}

/** Notes straight from IndexedDB (deleted ones included). */
export function storedNotes(page: Page): Promise<{ id: string; body: string; deletedAt?: number; createdAt: number; updatedAt: number; target: Record<string, unknown> }[]> {
  return storedRows(page, 'notes');
}
