/**
 * Who sent a message. Only our own extension's parts are answered:
 *  - "page": an extension page (popup, viewer) — sender.url inside our origin;
 *  - "content": our content script — in a tab, on a page outside our origin.
 * Anything else (another extension, a sender without a tab or URL) is refused.
 */
import type { Runtime } from 'webextension-polyfill';

export type SenderKind = 'content' | 'page';

export interface SenderInfo {
  kind: SenderKind;
  tabId?: number;
  frameId: number;
  url: string;
}

export function classifySender(sender: Runtime.MessageSender, runtime: Pick<Runtime.Static, 'id' | 'getURL'>): SenderInfo | null {
  if (!sender || sender.id !== runtime.id) return null;
  const base = runtime.getURL('');
  const url = sender.url ?? '';
  // Extension pages opened in a tab also have sender.tab: check the URL first.
  if (url.startsWith(base)) return { kind: 'page', tabId: sender.tab?.id, frameId: sender.frameId ?? 0, url };
  if (sender.tab?.id !== undefined && sender.tab.id >= 0 && url) {
    return { kind: 'content', tabId: sender.tab.id, frameId: sender.frameId ?? 0, url };
  }
  return null;
}
