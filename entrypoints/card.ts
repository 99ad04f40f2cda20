/**
 * The hover card's code, loaded by the content script with import() on the reader's first pointer move (or step shortcut, or a popup reveal) on a page with a highlight
 * (entrypoints/content/card-loader.ts), so pages without one never load or evaluate it and the
 * content script stays small (issue 11). It runs in the content script's isolated world (a module
 * imported from there runs in that world) and hands its API over on that world's global object.
 * Web-accessible under Chrome's per-session random origin (wxt.config.ts), like the note frame.
 */
import { createCardHost } from '../components/card/card-host';
import { CARD_MODULE_KEY, type CardModule } from '../components/card/card-module';
import { createCardController } from './content/card-controller';

export default defineUnlistedScript(() => {
  const api: CardModule = { createCardHost, createCardController };
  Object.defineProperty(globalThis, CARD_MODULE_KEY, { value: Object.freeze(api), configurable: true });
});
