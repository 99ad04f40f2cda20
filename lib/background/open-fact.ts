/**
 * "Open the full comparison in the popup" from a hover card.
 *
 * The popup opens a fact given as ?fact=<id>. Where the browser lets us open
 * the toolbar popup from code (action.openPopup: Chrome 127+; Firefox only on
 * a user gesture, which a message is not), the popup's page is pointed at
 * popup.html?fact=<id> for that one opening and put back right after.
 * Otherwise popup.html?fact=<id> opens in a new tab.
 */
import type { Browser } from 'webextension-polyfill';

export type OpenFactApi = Pick<Browser, 'tabs' | 'runtime'> & Partial<Pick<Browser, 'action' | 'browserAction'>>;

export async function openFact(api: OpenFactApi, factId: string): Promise<'popup' | 'tab'> {
  const page = `popup.html?fact=${encodeURIComponent(factId)}`;
  const action = api.action ?? api.browserAction;
  if (action && typeof action.openPopup === 'function') {
    try {
      const manifest = api.runtime.getManifest() as { action?: { default_popup?: string }; browser_action?: { default_popup?: string } };
      const original = manifest.action?.default_popup ?? manifest.browser_action?.default_popup ?? 'popup.html';
      await action.setPopup({ popup: page });
      try {
        await action.openPopup();
        return 'popup';
      } finally {
        await action.setPopup({ popup: original });
      }
    } catch {
      // No focused window, no user gesture, or not supported: fall through to a tab.
    }
  }
  await api.tabs.create({ url: api.runtime.getURL(`/${page}`) });
  return 'tab';
}
