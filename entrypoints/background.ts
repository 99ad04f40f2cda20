/**
 * The background (MV3 service worker / Firefox event page). Thin on purpose:
 * everything lives in lib/background. setupBackground registers every listener
 * synchronously, so events that wake a stopped worker are not missed.
 */
import { browser } from 'wxt/browser';
import { setupBackground, type BackgroundApi } from '../lib/background/setup';
import { loadBundle } from '../lib/claims/bundle';

export default defineBackground(() => {
  // At runtime `browser` is webextension-polyfill (the @wxt-dev/webextension-polyfill module);
  // lib/background is typed against the polyfill, WXT declares its chrome-based type.
  setupBackground({ bundle: loadBundle, api: browser as unknown as BackgroundApi });
});
