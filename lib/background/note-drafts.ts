/**
 * The background's side of the card's note field (docs/design.md, section 7):
 * tokens that name one note being written, and telling the content script
 * (page:note) that the note frame saved or closed, so the card can say so.
 */
import type { Browser } from 'webextension-polyfill';
import type { RequestOf } from '../messages';
import type { NoteDraft } from './tab-store';

/** 128 random bits, URL-safe: the note frame's address carries it after '#'. */
export function newNoteToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function relayNoteEvent(
  api: Pick<Browser, 'tabs'>,
  tabId: number,
  draft: NoteDraft,
  event: RequestOf<'page:note'>['data']['event'],
): Promise<void> {
  const message: RequestOf<'page:note'> = { type: 'page:note', data: { token: draft.token, event } };
  try {
    await api.tabs.sendMessage(tabId, message, { frameId: draft.frameId });
  } catch {
    // The page (or its frame) is gone: nobody to tell.
  }
}
