/**
 * The content script's lifecycle: ask whether this site is on, fetch the
 * claim snapshot once, run a PageSession while on, answer the popup, report
 * findings for the badge, and clean up completely when the site is switched
 * off or the extension is updated underneath us (an orphaned script).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { clearRegistry, dropEarlySheet, preadoptSheet } from '../../lib/dom/highlight-layer';
import { ok } from '../../lib/messages';
import type { ClaimSnapshot } from '../../lib/model';
import { HOST_TAG } from '../../components/card/card-host';
import { ask, isOrphaned, listenForPageRequests } from './messaging';
import { startPageSession, type PageSession } from './page-session';

export async function startClaimLens(ctx: ContentScriptContext, win: Window = window): Promise<void> {
  const doc = win.document;
  const isTop = win === win.top;
  // We run at document_start only for this: the highlight styles must be in place before the
  // page's first style pass (added later, they restyle every element). Everything else waits
  // for the parsed document.
  preadoptSheet(win as never);
  // Polled, not a DOMContentLoaded listener: a listener runs inside the parser's last task, which
  // on a large page also holds the page's first full layout (120 ms at 100,000 nodes).
  while (doc.readyState === 'loading' && !ctx.isInvalid) await new Promise<void>((resolve) => ctx.setTimeout(() => resolve(), 50));
  if (ctx.isInvalid) return dropEarlySheet(win as never);
  // A previous instance (before an update) may have left highlights or a card host: start clean.
  clearRegistry(win as never);
  for (const stale of doc.documentElement.querySelectorAll(`:scope > ${HOST_TAG}`)) stale.remove();

  let session: PageSession | null = null;
  let snapshot: ClaimSnapshot | null = null;
  let wanted = false;

  const report = () => {
    // Every frame reports; the background keeps one entry per frame and sums them for the badge.
    if (!session || ctx.isInvalid) return;
    void ask('tab:findings', session.findings(false));
  };

  const apply = async (enabled: boolean) => {
    wanted = enabled;
    if (!enabled) {
      dropEarlySheet(win as never);
      session?.stop();
      session = null;
      void ask('tab:findings', { mentions: 0, claims: 0, findings: [] });
      return;
    }
    if (session) return;
    if (!snapshot) {
      const reply = await ask('snapshot:get', {});
      if (!reply.ok || ctx.isInvalid) return;
      snapshot = reply.value;
    }
    if (!wanted || session || ctx.isInvalid) return;
    session = startPageSession(win, snapshot, { onFindings: report });
  };

  const checkStatus = async () => {
    const status = await ask('site:status', { url: win.location.href.slice(0, 8192) });
    if (!status.ok || ctx.isInvalid) return;
    await apply(status.value.enabled && !status.value.paused);
  };

  listenForPageRequests((req) => {
    switch (req.type) {
      case 'page:status':
        void apply(req.data.enabled && !req.data.paused);
        return ok(null);
      case 'page:findings': {
        if (!isTop) return undefined; // the top frame answers for the tab
        const f = session?.findings(true) ?? { mentions: 0, claims: 0, findings: [] };
        return ok({ url: win.location.href.slice(0, 8192), title: doc.title, ...f });
      }
      case 'page:reveal':
        if (!isTop) return undefined;
        return ok({ found: session?.reveal(req.data.id) ?? false });
    }
  }, ctx.signal);

  // One cleanup path for everything: site switched off, page gone, extension updated.
  ctx.onInvalidated(() => {
    dropEarlySheet(win as never);
    session?.stop();
    session = null;
  });
  // After an update the old script is orphaned (runtime.id is gone) and nothing tells it:
  // notice within a couple of seconds and remove our highlights and listeners.
  ctx.setInterval(() => {
    if (isOrphaned()) ctx.notifyInvalidated();
  }, 2000);
  // Settings may change while the tab sits in the background; re-ask when the reader comes back.
  ctx.addEventListener(doc, 'visibilitychange', () => {
    if (doc.visibilityState === 'visible') void checkStatus();
  });

  await checkStatus();
}
