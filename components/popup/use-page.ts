/** What the content script found in the target tab, or why we cannot know. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ResponseMap } from '../../lib/messages';
import { restrictedPageReason, sendFailureReason } from './page-support';
import { requestFindings, resolveTargetTab, type TabInfo, type TabsApi } from './tab-link';

export type PageState =
  | { state: 'loading' }
  | { state: 'no-tab' }
  | { state: 'unavailable'; tab: TabInfo; reason: string }
  | { state: 'ready'; tab: TabInfo; page: ResponseMap['page:findings'] };

export function usePage(tabs: TabsApi, search: string, ownOrigin: string): { page: PageState; reload: () => void } {
  const [page, setPage] = useState<PageState>({ state: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    (async (): Promise<PageState> => {
      const tab = await resolveTargetTab(tabs, search, ownOrigin).catch(() => null);
      if (!tab) return { state: 'no-tab' };
      const restricted = restrictedPageReason(tab.url);
      if (restricted) return { state: 'unavailable', tab, reason: restricted };
      try {
        return { state: 'ready', tab, page: await requestFindings(tabs, tab.id) };
      } catch (error) {
        return { state: 'unavailable', tab, reason: sendFailureReason(error) };
      }
    })().then((next) => live && setPage(next));
    return () => {
      live = false;
    };
  }, [tabs, search, ownOrigin, round]);
  return { page, reload: useCallback(() => setRound((r) => r + 1), []) };
}
