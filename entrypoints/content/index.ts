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
  runAt: 'document_idle',
  main(ctx) {
    void startClaimLens(ctx);
  },
});
