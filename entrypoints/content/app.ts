/**
 * The content script's lifecycle: ask whether this site is on, fetch the
 * claim snapshot once, run a PageSession while on, answer the popup, report
 * findings for the badge, and clean up completely when the site is switched
 * off or the extension is updated underneath us (an orphaned script).
 *
 * The lifetime is ours alone (lib/content/lifetime.ts): no page event, message
 * or DOM state can end it (docs/design.md, section 7).
 */
import { clearRegistry, dropEarlySheet, preadoptSheet } from '../../lib/dom/highlight-layer';
import { createLifetime } from '../../lib/content/lifetime';
import { docReadyState, docTitle, docVisibility, listenOn } from '../../lib/dom/page-doc';
import { ok, type Result } from '../../lib/protocol/base';
import { isSiteStatus } from '../../lib/content/guards';
import { createBackend } from './backend';
import { DEFAULT_MARKS, markCss, normalizeMarks, type Marks } from '../../lib/marks';
import { readPageText } from '../../lib/dom/page-text';
import { ask, holdFramePort, isOrphaned, listenForPageRequests } from './messaging';
import { startPageSession, type PageSession } from './page-session';

const MAX_URL = 8192;

export async function startClaimLens(win: Window = window): Promise<void> {
  const doc = win.document;
  const isTop = win === win.top;
  const life = createLifetime({
    isOrphaned,
    setInterval: (fn, ms) => setInterval(fn, ms),
    clearInterval: (id) => clearInterval(id as ReturnType<typeof setInterval>),
    setTimeout: (fn, ms) => setTimeout(fn, ms),
  });
  const port = holdFramePort(life);

  let session: PageSession | null = null;
  let wanted = false;
  /** How verdicts are marked, as the background last said (site:status, page:status). */
  let marks: Marks = { ...DEFAULT_MARKS };
  let domReady = false;
  // The engine is the background's (issue 11): one page:prefilter per instance, however many
  // times the site is switched on; page:scan and card:get while a session runs.
  const backend = createBackend(life);

  const report = () => {
    // Every frame reports; the background keeps one entry per frame and sums them for the badge.
    const current = session;
    if (!current || life.ended) return;
    // ensure() may find the extension gone and end the lifetime (stop() clears `session`) right here.
    port.ensure();
    if (life.ended) return;
    void ask('tab:findings', current.counts());
  };

  const stop = () => {
    dropEarlySheet(win as never);
    session?.stop();
    session = null;
  };

  const apply = async (enabled: boolean, next?: unknown) => {
    wanted = enabled;
    if (next !== undefined) {
      marks = normalizeMarks(next);
      session?.setMarks(marks);
    }
    if (!enabled) {
      stop();
      void ask('tab:findings', { mentions: 0, claims: 0 });
      return;
    }
    if (session) return;
    // The ::highlight sheet only for a site that is on (never on a paused or switched-off page),
    // as early as we know it: adopted before the page's first style pass it costs nothing.
    preadoptSheet(win as never, markCss(marks));
    if (!domReady) return;
    const ready = await backend.load();
    if (!ready || !wanted || session || life.ended) return;
    session = startPageSession(win, ready, { onFindings: report, marks });
  };

  let asked = false;
  const checkStatus = async () => {
    const first = !asked;
    asked = true;
    const status = await ask('site:status', { url: win.location.href.slice(0, MAX_URL), ...(first ? { first } : {}) }, isSiteStatus);
    if (!status.ok) {
      life.check();
      return;
    }
    if (!life.ended) await apply(status.value.enabled && !status.value.paused, status.value.marks);
  };

  listenForPageRequests((req): Result<unknown> | undefined => {
    switch (req.type) {
      case 'page:status':
        void apply(req.data.enabled && !req.data.paused, req.data.marks);
        return ok(null);
      case 'page:findings': {
        if (!isTop) return undefined; // the top frame answers for the tab
        const f = session?.findings(true) ?? { mentions: 0, claims: 0, findings: [] };
        return ok({ url: win.location.href.slice(0, MAX_URL), title: docTitle(doc), ...f });
      }
      case 'page:reveal':
        if (!isTop) return undefined;
        return ok({ found: session?.reveal(req.data.id) ?? false });
      case 'page:text':
        // "Add this page as a source": the top frame's text as the engine reads it (lib/dom/page-text.ts).
        if (!isTop) return undefined;
        return ok({ url: win.location.href.slice(0, MAX_URL), ...readPageText(win) });
      case 'page:note':
        // Only the frame whose card holds this note knows its token; others stay silent.
        return session?.noteEvent(req.data.token, req.data.event) ? ok(null) : undefined;
    }
  }, life.signal);

  // One cleanup path for everything our own checks end: the extension updated or removed.
  life.signal.addEventListener('abort', stop, { once: true });
  // Settings may change while the tab sits in the background; re-ask when the reader comes back.
  // (A page can dispatch a fake visibilitychange: it only makes us ask again.)
  listenOn(doc, 'visibilitychange', () => {
    if (docVisibility(doc) === 'visible') void checkStatus();
  }, { signal: life.signal });

  // Ask first (document_start): the answer decides whether the highlight sheet goes in at all.
  const first = checkStatus();
  // Polled, not a DOMContentLoaded listener: a listener runs inside the parser's last task, which
  // on a large page also holds the page's first full layout (120 ms at 100,000 nodes).
  while (docReadyState(doc) === 'loading' && !life.ended) await life.sleep(50);
  if (life.ended) return;
  // A previous instance (before an update) may have left highlights: start clean.
  clearRegistry(win as never);
  domReady = true;
  await first;
  if (wanted) await apply(true);
}
