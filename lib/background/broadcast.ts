/**
 * After the site switch or the global pause changes, tell every open tab's
 * content script its new state (page:status) so highlights go away or come
 * back without a reload. Tabs without our content script simply don't answer.
 */
import type { Browser } from 'webextension-polyfill';
import { statusFor, type Settings } from '../db';
import type { RequestOf } from '../messages';

export async function broadcastStatus(
  api: Pick<Browser, 'tabs'>,
  settings: Settings,
  opts: { onlyHost?: string; reportedUrl?: (tabId: number) => Promise<string | undefined> } = {},
): Promise<number> {
  const { onlyHost, reportedUrl } = opts;
  const tabs = await api.tabs.query({});
  let sent = 0;
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return;
      // Without the "tabs" permission tab.url may be hidden; the URL our content script
      // reported from that tab (sender.url, always visible to us) stands in for it.
      const url = tab.url ?? (await reportedUrl?.(tab.id));
      if (!url) return;
      const status = statusFor(settings, url);
      if (!status.host || (onlyHost !== undefined && status.host !== onlyHost)) return;
      const message: RequestOf<'page:status'> = { type: 'page:status', data: { enabled: status.enabled, paused: status.paused, marks: status.marks } };
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
