/**
 * Everything the popup components need from the outside world, as one object
 * passed down as a prop: the database repository, the tabs API, and a few
 * formatting hooks. The entrypoint builds it; components never reach for
 * globals, so they stay easy to read and to test.
 */
import type { Repo } from '../../lib/db';
import type { TabsApi } from './tab-link';

export interface PopupServices {
  repo: Repo;
  tabs: TabsApi;
  /** location.search of the popup page (?fact=ID, ?tab=ID). */
  search: string;
  /** chrome-extension://<id>/ — our own pages are never "the page". */
  ownOrigin: string;
  /** runtime.sendMessage to the background (site:set, pause:set). */
  send: (message: unknown) => Promise<unknown>;
  /** Opens the options page (runtime.openOptionsPage). */
  openOptions: () => Promise<void>;
  now: () => Date;
  doc: Document;
}

/** The source viewer's address for a quote (see entrypoints/viewer). */
export function viewerHref(sourceId: string, quote?: string, factId?: string): string {
  const params = new URLSearchParams({ source: sourceId });
  if (quote) params.set('quote', quote);
  if (factId) params.set('fact', factId);
  return `viewer.html?${params.toString()}`;
}
