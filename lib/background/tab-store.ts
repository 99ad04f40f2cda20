/**
 * What the content script found in each tab, and the toolbar badge.
 *
 * The MV3 service worker can be stopped at any moment, so nothing lives only in
 * a global: findings go to storage.session (in memory, cleared when the browser
 * quits, not readable by content scripts), or storage.local where session is
 * missing (older Firefox; then stale entries are cleared at browser start-up).
 * One key per frame (`tab:<tabId>:<frameId>`) so frames reporting at the same
 * time never overwrite each other; the badge is the sum over the tab's frames.
 */
import type { Browser, Storage } from 'webextension-polyfill';
import type { Finding } from '../messages';

export interface FrameFindings {
  /** The frame's URL when it reported. */
  url: string;
  mentions: number;
  claims: number;
  /** Dropped (truncated: true) when too large for session storage; the popup asks the page anyway. */
  findings: Finding[];
  truncated: boolean;
  at: number;
}

export interface TabFindings {
  mentions: number;
  claims: number;
  frames: Record<number, FrameFindings>;
}

/** Session storage is ~10 MB for the whole extension: keep each frame's entry well under that. */
const MAX_ENTRY_CHARS = 512 * 1024;
const PREFIX = 'tab:';

export type TabStoreApi = Pick<Browser, 'storage'> & Partial<Pick<Browser, 'action' | 'browserAction'>>;

export function storageArea(api: Pick<Browser, 'storage'>): { area: Storage.StorageArea; persistent: boolean } {
  const session = (api.storage as Partial<Storage.Static>).session;
  return session ? { area: session, persistent: false } : { area: api.storage.local, persistent: true };
}

function samePage(a: string, b: string): boolean {
  const strip = (url: string) => (url.includes('#') ? url.slice(0, url.indexOf('#')) : url);
  return strip(a) === strip(b);
}

export function badgeText(claims: number): string {
  if (claims <= 0) return '';
  return claims > 999 ? '999+' : String(claims);
}

export function createTabStore(api: TabStoreApi) {
  const { area, persistent } = storageArea(api);
  const key = (tabId: number, frameId: number) => `${PREFIX}${tabId}:${frameId}`;

  async function keysOf(tabId?: number): Promise<string[]> {
    const all = await area.get(null);
    const prefix = tabId === undefined ? PREFIX : `${PREFIX}${tabId}:`;
    return Object.keys(all).filter((k) => k.startsWith(prefix));
  }

  async function get(tabId: number): Promise<TabFindings> {
    const keys = await keysOf(tabId);
    const stored = keys.length ? await area.get(keys) : {};
    const result: TabFindings = { mentions: 0, claims: 0, frames: {} };
    for (const [k, value] of Object.entries(stored)) {
      const frameId = Number(k.slice(k.lastIndexOf(':') + 1));
      if (!Number.isInteger(frameId)) continue; // the top-url entry
      const frame = value as FrameFindings;
      result.frames[frameId] = frame;
      result.mentions += frame.mentions;
      result.claims += frame.claims;
    }
    return result;
  }

  async function setBadge(tabId: number, claims: number): Promise<void> {
    const action = api.action ?? api.browserAction;
    if (!action) return;
    try {
      await action.setBadgeText({ tabId, text: badgeText(claims) });
      if (claims > 0) await action.setBadgeBackgroundColor({ tabId, color: '#8a4b00' });
    } catch {
      // The tab closed meanwhile: nothing to show.
    }
  }

  async function clear(tabId: number): Promise<void> {
    const keys = await keysOf(tabId);
    if (keys.length) await area.remove(keys);
    await setBadge(tabId, 0);
  }

  return {
    get,
    /**
     * The tab's page URL as its top frame's content script last told us (site:status
     * at start-up, then every findings report). Needed because without the "tabs"
     * permission the background cannot read tab.url.
     */
    async pageUrl(tabId: number): Promise<string | undefined> {
      const k = `${PREFIX}${tabId}:top-url`;
      const fromFindings = (await get(tabId)).frames[0]?.url;
      return fromFindings ?? ((await area.get(k))[k] as string | undefined);
    },
    async notePageUrl(tabId: number, url: string): Promise<void> {
      await area.set({ [`${PREFIX}${tabId}:top-url`]: url });
    },
    async put(tabId: number, frameId: number, report: Omit<FrameFindings, 'truncated' | 'at'>): Promise<TabFindings> {
      let entry: FrameFindings = { ...report, truncated: false, at: Date.now() };
      if (JSON.stringify(entry.findings).length > MAX_ENTRY_CHARS) entry = { ...entry, findings: [], truncated: true };
      await area.set({ [key(tabId, frameId)]: entry });
      const tab = await get(tabId);
      await setBadge(tabId, tab.claims);
      return tab;
    },
    clear,
    /**
     * tabs.onUpdated: a reload or a new URL invalidates the tab's findings; a
     * change of #fragment only (in-page link, hash router on the same page) does not.
     */
    async navigated(tabId: number, change: { status?: string; url?: string }): Promise<void> {
      if (change.status !== 'loading' && change.url === undefined) return;
      if (change.url !== undefined) {
        const top = (await get(tabId)).frames[0];
        if (top && samePage(top.url, change.url)) return;
      }
      await clear(tabId);
    },
    /** At browser start-up: tab ids from a previous session mean nothing (only matters for storage.local). */
    async clearAll(): Promise<void> {
      if (!persistent) return;
      const keys = await keysOf();
      if (keys.length) await area.remove(keys);
    },
  };
}

export type TabStore = ReturnType<typeof createTabStore>;
