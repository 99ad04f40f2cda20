/**
 * Who sent a message. Only our own extension's parts are answered:
 *  - "page": an extension page (popup, viewer) — sender.url inside our origin;
 *  - "frame": our note frame (NOTE_FRAME_PATH) framed inside a web page's card — it has a tab,
 *    and may only say what the reader typed (docs/design.md, section 7);
 *  - "content": our content script — in a tab, on a page outside our origin.
 * Anything else (another extension, a sender without a tab or URL) is refused.
 */
import type { Runtime } from 'webextension-polyfill';

export type SenderKind = 'content' | 'page' | 'frame';

/** The note frame's page (entrypoints/note-frame), relative to the extension's root. */
export const NOTE_FRAME_PATH = 'note-frame.html';

export interface SenderInfo {
  kind: SenderKind;
  tabId?: number;
  frameId: number;
  url: string;
  /** Chrome's id of the sending document (a frame's next document gets another). */
  documentId?: string;
}

export function classifySender(sender: Runtime.MessageSender, runtime: Pick<Runtime.Static, 'id' | 'getURL'>): SenderInfo | null {
  if (!sender || sender.id !== runtime.id) return null;
  const base = runtime.getURL('');
  const url = sender.url ?? '';
  const tabId = sender.tab?.id;
  const documentId = (sender as { documentId?: unknown }).documentId;
  const doc = typeof documentId === 'string' ? { documentId } : {};
  // Extension pages opened in a tab also have sender.tab: check the URL first.
  if (url.startsWith(base)) {
    const path = url.slice(base.length).replace(/[?#].*$/s, '');
    if (path === NOTE_FRAME_PATH) {
      // Only as a frame inside a tab; opened on its own, it is nobody's note field.
      if (tabId === undefined || tabId < 0 || !sender.frameId) return null;
      return { kind: 'frame', tabId, frameId: sender.frameId, url, ...doc };
    }
    return { kind: 'page', tabId, frameId: sender.frameId ?? 0, url, ...doc };
  }
  if (tabId !== undefined && tabId >= 0 && url) {
    return { kind: 'content', tabId, frameId: sender.frameId ?? 0, url, ...doc };
  }
  return null;
}
