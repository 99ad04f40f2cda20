/**
 * After the site switch or the global pause changes, tell every open tab's
 * content script its new state (page:status) so highlights go away or come
 * back without a reload. Tabs without our content script simply don't answer.
 */
import type { Browser } from 'webextension-polyfill';
import { statusFor, type Settings } from '../db';
import type { RequestOf } from '../messages';

export async function broadcastStatus(api: Pick<Browser, 'tabs'>, settings: Settings, onlyHost?: string): Promise<number> {
  const tabs = await api.tabs.query({});
  let sent = 0;
  await Promise.all(
    tabs.map(async (tab) => {
      // tab.url is visible for pages the content script may run on (its match patterns grant it).
      if (tab.id === undefined || !tab.url) return;
      const status = statusFor(settings, tab.url);
      if (!status.host || (onlyHost !== undefined && status.host !== onlyHost)) return;
      const message: RequestOf<'page:status'> = { type: 'page:status', data: { enabled: status.enabled, paused: status.paused } };
      try {
        await api.tabs.sendMessage(tab.id, message);
        sent++;
      } catch {
        // No content script in that tab (not loaded yet, or a page we don't run on).
      }
    }),
  );
  return sent;
}
