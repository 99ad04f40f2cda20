import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { loadClaimsFromDir } from './lib/claims/load-node';

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
      : {}),
  }),
});
