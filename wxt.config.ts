import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { loadClaimsFromDir } from './lib/claims/load-node';

/**
 * WXT wraps every content script in a ContentScriptContext that announces itself to the page
 * (window.postMessage and a document CustomEvent named after the extension id) and aborts when
 * the page dispatches that event: a page could switch ClaimLens off on itself (wxt-dev/wxt#1359).
 * The content script's bundle gets an inert stand-in instead; the script owns its lifecycle
 * (lib/content/lifetime.ts, docs/design.md section 7).
 */
const INERT_CONTEXT = fileURLToPath(new URL('./lib/content/inert-wxt-context.ts', import.meta.url));

/**
 * The content script has no Preact (components/card/hover-card.ts is plain DOM made through
 * lib/dom/page-doc.ts). Preact creates nodes with the global `document`, which a page can clobber
 * (`<img name="createElementNS">`), and is a fifth of the bundle: the build fails if it comes back.
 */
function noPreactInContentScript(): Plugin {
  return {
    name: 'claimlens:no-preact-in-content-script',
    load(id) {
      if (/[\\/]node_modules[\\/]preact[\\/]/.test(id)) this.error(`Preact in the content script (${id}): the page can clobber the document it creates nodes with`);
      return null;
    },
  };
}

// See README "Where things live". Permissions are the fewest that work:
// - storage: per-tab findings in storage.session survive a stopped service worker.
// - No host permissions beyond the content script's matches; no network.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // Fail the build, naming the fact and the problem, if a quote is not verbatim in its source
    // or a value is not what its quote says (lib/claims/validate.ts).
    'build:before': (wxt) => {
      loadClaimsFromDir(wxt.config.root);
    },
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'content-script')) return;
      config.resolve ??= {};
      const alias = config.resolve.alias;
      const ours = { find: /^wxt\/utils\/content-script-context$/, replacement: INERT_CONTEXT };
      config.resolve.alias = Array.isArray(alias) ? [...alias, ours] : [...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) })), ours];
      config.plugins = [...(config.plugins ?? []), noPreactInContentScript()];
    },
  },
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'ClaimLens',
    description:
      'Highlights Binance, World Liberty Financial, USD1 and CZ on any page and checks nearby claims against bundled news reports.',
    permissions: ['storage'],
    action: { default_title: 'ClaimLens' },
    // A suggested key for opening the popup (the options page shows it and how to change it).
    // Firefox's MV2 package names the same command _execute_browser_action.
    commands: {
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Open the ClaimLens popup',
      },
    },
    // The note field of the hover card (docs/design.md section 7): an extension page framed inside
    // the card, so the page cannot read the keys typed into it. Chrome only serves it under a
    // per-session random id (use_dynamic_url), so pages cannot probe for it; Firefox's
    // moz-extension:// origin is already random per install (WXT writes the MV2 form).
    // The hover card's code (entrypoints/card.ts): the content script imports it once a page has a
    // highlight, so most pages never load it (issue 11). Same random-origin rule as the note frame.
    web_accessible_resources: [
      { resources: ['note-frame.html', 'card.js'], matches: ['http://*/*', 'https://*/*', 'file:///*'], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'claimlens@claimlens.example',
              // 140 is the first Firefox (and ESR) with CSS.highlights, which
              // ClaimLens draws with, and the first that reads
              // data_collection_permissions (declared: nothing is collected).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          // 112: CSS.highlights (105), Vite 7's default build target (107) and the 10 MB
          // storage.session quota (112; 1 MB before) that the per-tab bounds are sized against.
          minimum_chrome_version: '112',
        }),
  }),
});
