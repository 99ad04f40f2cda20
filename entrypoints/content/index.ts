/**
 * ClaimLens in the page. Thin on purpose: everything lives in ./app.ts and lib/dom.
 * all_frames: same-origin and cross-origin iframes with a URL get their own instance.
 * No match_about_blank: about:blank and srcdoc frames are never a site we run on
 * (site:status is always "off" there), so an instance there would only cost.
 * file:// pages run only where the reader allows file access for the extension.
 *
 * WXT's ContentScriptContext (the `main` argument) is replaced in this bundle by an
 * inert stand-in (wxt.config.ts) and never used: its invalidation listens to page
 * events, so a page could switch ClaimLens off (docs/design.md, section 7).
 */
import { startClaimLens } from './app';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  allFrames: true,
  // document_start so the status is asked, and the ::highlight sheet adopted for a site that is
  // on, before the page is first styled (app.ts); the scan itself waits for the parsed document.
  runAt: 'document_start',
  main() {
    void startClaimLens(window);
  },
});
