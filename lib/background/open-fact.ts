/**
 * "Open the full comparison in the popup" from a hover card.
 *
 * The fact id is left in session storage under PENDING_FACT_KEY, then the
 * toolbar popup is opened with action.openPopup() where the browser allows it
 * (Chrome 127+; Firefox only on a user gesture, which a message is not); the
 * popup reads the key with takePendingFact(). Where openPopup is missing or
 * refuses, popup.html?fact=<id> opens in a new tab instead.
 */
import type { Browser } from 'webextension-polyfill';
import { storageArea } from './tab-store';

export const PENDING_FACT_KEY = 'claimlens:open-fact';
/** A pending fact older than this was not meant for the popup being opened now. */
const PENDING_TTL_MS = 15_000;

export type OpenFactApi = Pick<Browser, 'storage' | 'tabs' | 'runtime'> & Partial<Pick<Browser, 'action' | 'browserAction'>>;

export async function openFact(api: OpenFactApi, factId: string): Promise<'popup' | 'tab'> {
  const { area } = storageArea(api);
  await area.set({ [PENDING_FACT_KEY]: { factId, at: Date.now() } });
  const action = api.action ?? api.browserAction;
  if (action && typeof action.openPopup === 'function') {
    try {
      await action.openPopup();
      return 'popup';
    } catch {
      // No focused window, no user gesture, or not supported: fall through to a tab.
    }
  }
  await area.remove(PENDING_FACT_KEY);
  await api.tabs.create({ url: api.runtime.getURL(`/popup.html?fact=${encodeURIComponent(factId)}`) });
  return 'tab';
}

/** For the popup: the fact it was opened for, if any (read once, then forgotten). */
export async function takePendingFact(api: Pick<Browser, 'storage'>, now = Date.now()): Promise<string | null> {
  const { area } = storageArea(api);
  const stored = (await area.get(PENDING_FACT_KEY))[PENDING_FACT_KEY] as { factId?: unknown; at?: unknown } | undefined;
  if (!stored) return null;
  await area.remove(PENDING_FACT_KEY);
  const fresh = typeof stored.at === 'number' && now - stored.at <= PENDING_TTL_MS;
  return fresh && typeof stored.factId === 'string' ? stored.factId : null;
}
