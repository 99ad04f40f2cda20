/**
 * What the lazily loaded card script (entrypoints/card.ts → /card.js) provides: the hover card's
 * host and controller. Only types here, so the content script carries none of the card's code
 * (issue 11): it imports /card.js on the reader's first move on a page with a highlight (entrypoints/content/card-loader.ts).
 */
import type { createCardHost } from './card-host';
import type { createCardController } from '../../entrypoints/content/card-controller';

export interface CardModule {
  createCardHost: typeof createCardHost;
  createCardController: typeof createCardController;
}

/**
 * Where /card.js leaves its API: a property of the content script's own global (its isolated world,
 * which the page cannot see or reach), read once right after the import.
 */
export const CARD_MODULE_KEY = '__claimlensCardModule';
