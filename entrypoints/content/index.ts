/**
 * ClaimLens in the page. Thin on purpose: everything lives in ./app.ts and lib/dom.
 * all_frames + match_about_blank: same-origin and srcdoc iframes get their own instance.
 * file:// pages run only where the reader allows file access for the extension.
 */
import { startClaimLens } from './app';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  allFrames: true,
  matchAboutBlank: true,
  // document_start so the ::highlight sheet is adopted before the page is first styled
  // (app.ts); the scan itself waits for DOMContentLoaded and then for an idle moment.
  runAt: 'document_start',
  main(ctx) {
    void startClaimLens(ctx);
  },
});
