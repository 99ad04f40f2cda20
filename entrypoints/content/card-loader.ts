/**
 * Loads the hover card's code (/card.js, entrypoints/card.ts) into this script's isolated world:
 * once per world (page-session.ts asks on the reader's first move on a page with a highlight). null when
 * it cannot be loaded (the extension was updated or removed: getURL throws, or the load fails): the page
 * keeps its highlights and the popup.
 */
import { CARD_MODULE_KEY, type CardModule } from '../../components/card/card-module';
import { extensionUrl } from './messaging';

let loading: Promise<CardModule | null> | null = null;

export function loadCardModule(): Promise<CardModule | null> {
  // getURL throws once an update or uninstall has cut this script off: a rejection, not a page error.
  loading ??= Promise.resolve()
    .then(() => import(/* @vite-ignore */ extensionUrl('/card.js')))
    .then(
    () => ((globalThis as unknown as Record<string, CardModule | undefined>)[CARD_MODULE_KEY] ?? null),
    () => {
      loading = null; // try again next time
      return null;
    },
  );
  return loading;
}
